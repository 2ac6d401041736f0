#!/bin/sh
# powerpc 8xx is the other user of the PTE-level vmap hooks (16 KiB and
# 512 KiB pages, mapped through the hugetlb helpers): build the top of the
# series for it (mpc885_ads_defconfig, which always has hugetlbfs), the mm
# code that uses the hooks and the 8xx code that implements them.
set -eu

# shellcheck source=scripts/config.sh
. "$(dirname "$0")/config.sh"

bd=$BUILD/ppc8xx
make="make -s ARCH=powerpc CROSS_COMPILE=powerpc-linux-gnu- O=$bd -j$(nproc)"
mkdir -p "$bd"
# shellcheck disable=SC2086 # $make is a command line
if (cd "$SRC" && $make mpc885_ads_defconfig && $make mm/ arch/powerpc/mm/) \
		> "$bd/build.log" 2>&1; then
	echo "PASS: build powerpc 8xx (mpc885_ads_defconfig) mm/ arch/powerpc/mm/"
else
	tail -n 30 "$bd/build.log"
	echo "FAIL: build powerpc 8xx (mpc885_ads_defconfig) mm/ arch/powerpc/mm/"
	exit 1
fi
