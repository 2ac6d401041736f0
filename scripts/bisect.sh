#!/bin/sh
# Bisectability: check out each commit of the series in turn and build what
# it touches for arm64 and for x86_64, each in a KUnit build directory with
# that build's configuration fragments (arm64-16k, which has hugetlbfs, and
# x86_64): every C file the patch changes, the directory of every Kconfig or
# Makefile it changes, and the users of the vmalloc headers (mm/ and the
# arch's mm/) when it changes a header.  Rebuilding all of vmlinux for each
# header change would cost minutes a commit on CI's two cores.  Files that
# only build on arm64 (arch/arm64, the SPE and CoreSight drivers) are left
# out of the x86_64 build.  The top of the series is left checked out, so
# the KUnit builds that follow are incremental and are the full links.
# One PASS/FAIL line a commit and architecture; a series already checked is
# not built again.
set -eu

# shellcheck source=scripts/config.sh
. "$(dirname "$0")/config.sh"

tip=$(git -C "$SRC" rev-parse "$BRANCH")
stamp=$BUILD/kunit/bisect-ok
mkdir -p "$BUILD/kunit"

if [ "$(cat "$stamp" 2>/dev/null)" = "$tip" ]; then
	for a in arm64 x86_64; do
		git -C "$SRC" log --reverse \
			--format="PASS: bisect $a %s (cached)" "base..$tip"
	done
	exit 0
fi

# targets ARCH: what to build for the files of the current commit ($files).
targets() {
	case $1 in
	arm64) skip='^arch/[^a]' mmdirs='mm/ arch/arm64/mm/' ;;
	x86_64) skip='^arch/\|^drivers/perf/arm\|^drivers/hwtracing/coresight/'
		mmdirs='mm/ arch/x86/mm/' ;;
	esac
	mine=$(echo "$files" | grep -v "$skip" || true)
	{
		echo "$mine" | sed -n 's/\.c$/.o/p'
		echo "$mine" | sed -n 's,^\(.*\)/\(Kconfig\|Makefile\|Kbuild\)$,\1/,p'
		echo "$mine" | grep -q '\.h$' && echo "$mmdirs" | tr ' ' '\n'
	} | sort -u | tr '\n' ' '
}

trap 'git -C "$SRC" checkout -q "$BRANCH"' EXIT
rc=0
for c in $(git -C "$SRC" rev-list --reverse "base..$tip"); do
	subject=$(git -C "$SRC" log -1 --format=%s "$c")
	git -C "$SRC" checkout -q --detach "$c"
	files=$(git -C "$SRC" diff --name-only "$c~1" "$c")
	for a in arm64 x86_64; do
		case $a in
		arm64) bd=$BUILD/kunit/arm64-16k cross=aarch64-linux-gnu- ;;
		x86_64) bd=$BUILD/kunit/x86_64 cross= ;;
		esac
		t=$(targets $a)
		[ -n "${t% }" ] || t=olddefconfig
		# The configuration is made at each step as kunit.py makes it,
		# so an option that a later patch adds is simply absent before.
		kunit_config "$SRC" $a "$bd" "$TOP/kunit/vmap.kunitconfig" \
			"$TOP/kunit/${bd##*/}.kunitconfig"
		make="make -s ARCH=$a ${cross:+CROSS_COMPILE=$cross} O=$bd -j$(nproc)"
		# shellcheck disable=SC2086 # $make is a command line, $t a list
		if (cd "$SRC" && $make olddefconfig && $make $t) \
				> "$bd/bisect.log" 2>&1; then
			echo "PASS: bisect $a $subject"
		else
			tail -n 30 "$bd/bisect.log"
			echo "FAIL: bisect $a $subject"
			rc=1
		fi
	done
done
[ $rc -eq 0 ] && echo "$tip" > "$stamp"
exit $rc
