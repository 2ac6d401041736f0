#!/bin/sh
# Bisectability: check out each commit of the series in turn and build what
# it touches for arm64, in the arm64-4k KUnit build directory with the same
# configuration fragments: every C file the patch changes, the directory of
# every Kconfig or Makefile it changes, and mm/ and arch/arm64/mm/ (the
# users of the vmalloc headers) when it changes a header.  Rebuilding all of
# vmlinux for each header change would cost minutes a commit on CI's two
# cores.  The top of the series is left checked out, so the KUnit build that
# follows is incremental and is the full arm64 link; the x86_64 KUnit build
# is the full x86_64 link.  One PASS/FAIL line a commit; a series already
# checked is not built again.
set -eu

# shellcheck source=scripts/config.sh
. "$(dirname "$0")/config.sh"

bd=$BUILD/kunit/arm64-4k
make="make -s ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu- O=$bd -j$(nproc)"
tip=$(git -C "$SRC" rev-parse "$BRANCH")
mkdir -p "$bd"

if [ "$(cat "$bd/bisect-ok" 2>/dev/null)" = "$tip" ]; then
	git -C "$SRC" log --reverse --format='PASS: bisect arm64 %s (cached)' "base..$tip"
	exit 0
fi

trap 'git -C "$SRC" checkout -q "$BRANCH"' EXIT
rc=0
for c in $(git -C "$SRC" rev-list --reverse "base..$tip"); do
	subject=$(git -C "$SRC" log -1 --format=%s "$c")
	git -C "$SRC" checkout -q --detach "$c"
	files=$(git -C "$SRC" diff --name-only "$c~1" "$c")
	targets=$({
		echo "$files" | sed -n 's/\.c$/.o/p'
		echo "$files" | sed -n 's,^\(.*\)/\(Kconfig\|Makefile\|Kbuild\)$,\1/,p'
		echo "$files" | grep -q '\.h$' && printf 'mm/\narch/arm64/mm/\n'
	} | sort -u | tr '\n' ' ')
	[ -n "${targets% }" ] || targets=olddefconfig
	# The configuration is made at each step as kunit.py makes it, so an
	# option that a later patch adds is simply absent before it.
	kunit_config "$SRC" arm64 "$bd" "$TOP/kunit/vmap.kunitconfig" \
		"$TOP/kunit/arm64-4k.kunitconfig"
	# shellcheck disable=SC2086 # $make is a command line, $targets a list
	if (cd "$SRC" && $make olddefconfig && $make $targets) > "$bd/bisect.log" 2>&1; then
		echo "PASS: bisect arm64 $subject"
	else
		tail -n 30 "$bd/bisect.log"
		echo "FAIL: bisect arm64 $subject"
		rc=1
	fi
done
[ $rc -eq 0 ] && echo "$tip" > "$bd/bisect-ok"
exit $rc
