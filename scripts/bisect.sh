#!/bin/sh
# Bisectability: check out each commit of the series in turn and build
# what it touches for arm64 and for x86_64, each in a KUnit build
# directory with that build's configuration fragments (arm64-16k, which
# has hugetlbfs and KASAN, and x86_64): every C file it changes (a
# directory's Makefile is read on the way to its objects), the other users
# of the vmalloc interfaces (mm/memory.o and the arch's set_memory code)
# when it changes a header, and mm/vmalloc.o always.  Files of other
# architectures (and on x86_64 the SPE and CoreSight drivers) are left
# out.  The whole kernel is linked once, at the top of the series, by the
# KUnit builds that follow (incremental: the top is left checked out); a
# link at every commit or posting would take CI past its hour.  The
# configuration is made at the first commit and at each commit that
# changes a Kconfig file.
# One PASS/FAIL line a commit and architecture.  A series already checked
# with the same configuration fragments, compilers and script is not built
# again.
set -eu

# shellcheck source=scripts/config.sh
. "$(dirname "$0")/config.sh"

tip=$(git -C "$SRC" rev-parse "$BRANCH")
stamp=$BUILD/kunit/bisect-ok
mkdir -p "$BUILD/kunit"
# What the result depends on besides the commits.
key=$({
	echo "$tip"
	cat "$TOP/kunit/vmap.kunitconfig" "$TOP/kunit/arm64-16k.kunitconfig" \
		"$TOP/kunit/x86_64.kunitconfig" "$0"
	aarch64-linux-gnu-gcc --version | head -n 1
	gcc --version | head -n 1
} | sha256sum | cut -d' ' -f1)

commits=$(git -C "$SRC" rev-list --reverse "base..$tip")
if [ -z "$commits" ]; then
	echo "FAIL: bisect: no commit between base and $BRANCH"
	exit 1
fi

if [ "$(cat "$stamp" 2>/dev/null)" = "$key" ]; then
	for a in arm64 x86_64; do
		git -C "$SRC" log --reverse \
			--format="PASS: bisect $a %s (cached)" "base..$tip"
	done
	exit 0
fi

# targets ARCH: what to build for the files of the current commit ($files).
targets() {
	case $1 in
	arm64) skip='^arch/riscv/\|^arch/x86/'
		users='mm/memory.o arch/arm64/mm/pageattr.o' ;;
	x86_64) skip='^arch/\|^drivers/perf/arm\|^drivers/hwtracing/coresight/'
		users='mm/memory.o arch/x86/mm/pat/set_memory.o' ;;
	esac
	mine=$(echo "$files" | grep -v "$skip" || true)
	{
		echo mm/vmalloc.o
		echo "$mine" | sed -n 's/\.c$/.o/p'
		echo "$mine" | grep -q '\.h$' && echo "$users" | tr ' ' '\n'
	} | sort -u | tr '\n' ' '
}

trap 'git -C "$SRC" checkout -q "$BRANCH"' EXIT
first=$(echo "$commits" | head -n 1)
rc=0
for c in $commits; do
	subject=$(git -C "$SRC" log -1 --format=%s "$c")
	git -C "$SRC" checkout -q --detach "$c"
	files=$(git -C "$SRC" diff --name-only "$c~1" "$c")
	for a in arm64 x86_64; do
		case $a in
		arm64) bd=$BUILD/kunit/arm64-16k cross=aarch64-linux-gnu- ;;
		x86_64) bd=$BUILD/kunit/x86_64 cross= ;;
		esac
		t=$(targets $a)
		if [ -z "${t% }" ]; then
			echo "FAIL: bisect $a $subject: nothing to build"
			rc=1
			continue
		fi
		make="make -s ARCH=$a ${cross:+CROSS_COMPILE=$cross} O=$bd -j$(nproc)"
		# The configuration is made as kunit.py makes it, so an option
		# that a later patch adds is simply absent before; again only
		# where a commit changes a Kconfig file (a few seconds a step).
		config=true
		if [ "$c" = "$first" ] || echo "$files" | grep -q Kconfig; then
			kunit_config "$SRC" $a "$bd" \
				"$TOP/kunit/vmap.kunitconfig" \
				"$TOP/kunit/${bd##*/}.kunitconfig"
			config="$make olddefconfig"
		fi
		# shellcheck disable=SC2086 # $make is a command line, $t a list
		if (cd "$SRC" && $config && $make $t) \
				> "$bd/bisect.log" 2>&1; then
			echo "PASS: bisect $a $subject"
		else
			tail -n 30 "$bd/bisect.log"
			echo "FAIL: bisect $a $subject"
			rc=1
		fi
	done
done
[ $rc -eq 0 ] && echo "$key" > "$stamp"
exit $rc
