#!/bin/sh
# The queue on the second tree it must apply to: Debian's linux-source-7.2
# 7.2.13-1 (sid), fetched and checked as fetch-base.sh fetches the base,
# unpacked into $BUILD/linux-7.2.  Every patch of patches/series is applied
# with "git apply -C1": two hunks of the KUnit patch (MAINTAINERS and
# mm/Makefile) meet, two or three lines away, lines that 7.2 does not
# have; "patch" with its default fuzz takes them too.  Then the arm64 objects that the queue touches (every C file
# it changes, but riscv's) are built with the arm64-4k KUnit configuration.
# PASS/FAIL lines for the apply and the build.
set -eu

# shellcheck source=scripts/config.sh
. "$(dirname "$0")/config.sh"

BASE_PKG=linux-source-7.2 BASE_SERIES=7.2 BASE_VERSION=7.2.13-1 \
BASE_SUITE=sid \
BASE_DEB_SHA256=30a8c5fc63f9028a62e6d7b3f7f43bee67425dbce2a05fceba83f9b87c92083d \
BASE_TAR_SHA256=ecb3877b9988c936dcc64c63af8a54c2fa6df7f717d4e5ee429d0f4c4859e68b \
	sh "$TOP/scripts/fetch-base.sh"

tree=$BUILD/linux-7.2
out=$BUILD/kunit/other-base
# A pristine tree each time, with an empty git repository of its own so
# that "git apply" patches it in place (no history, no index to build).
echo "other-base: unpacking linux-source-7.2 into $tree (about a minute)"
rm -rf "$tree"
mkdir -p "$tree"
tar -xJf "$BUILD/linux-source-7.2.tar.xz" -C "$tree" --strip-components=1
git -C "$tree" init -q

if (cd "$TOP/patches" && for p in $(series_patches); do
		git -C "$tree" apply -C1 "$TOP/patches/$p" || exit 1
	done) > "$BUILD/other-base-apply.log" 2>&1; then
	echo "PASS: other-base: the queue applies to linux-source-7.2 7.2.13-1"
else
	tail -n 20 "$BUILD/other-base-apply.log"
	echo "FAIL: other-base: the queue does not apply to linux-source-7.2 7.2.13-1"
	exit 1
fi

objs=$(cd "$TOP/patches" && series_patches | sed "s,^,$TOP/patches/," |
	xargs git -C "$tree" apply --numstat | cut -f3 | grep '\.c$' |
	grep -v '^arch/riscv/' | sort -u | sed 's/\.c$/.o/')
kunit_config "$tree" arm64 "$out" "$TOP/kunit/vmap.kunitconfig" \
	"$TOP/kunit/arm64-4k.kunitconfig"
echo "other-base: building $(echo "$objs" | wc -l) objects for arm64 (a few minutes), log in $out/build.log"
# shellcheck disable=SC2086 # $objs is a list of make targets
if (cd "$tree" && make -s ARCH=arm64 CROSS_COMPILE=aarch64-linux-gnu- \
		O="$out" olddefconfig && make -s ARCH=arm64 \
		CROSS_COMPILE=aarch64-linux-gnu- O="$out" -j"$(nproc)" $objs) \
		> "$out/build.log" 2>&1; then
	echo "PASS: other-base: $(echo "$objs" | tr '\n' ' ')build for arm64 on 7.2.13"
else
	tail -n 30 "$out/build.log"
	echo "FAIL: other-base: the touched objects do not build for arm64 on 7.2.13"
	exit 1
fi
