#!/bin/sh
# powerpc 8xx is the other user of the PTE-level vmap hooks (16 KiB and
# 512 KiB pages), and the one that maps them through the hugetlb helpers,
# the fallback of mm/vmalloc.c for an architecture without
# arch_vmap_pte_set_contig(): build and link the top of the series for it
# (mpc885_ads_defconfig, which always has hugetlbfs).  QEMU has no 8xx
# machine to boot it on.
set -eu

# shellcheck source=scripts/config.sh
. "$(dirname "$0")/config.sh"

bd=$BUILD/ppc8xx
make="make -s ARCH=powerpc CROSS_COMPILE=powerpc-linux-gnu- O=$bd -j$(nproc)"
what="build and link powerpc 8xx (mpc885_ads_defconfig) vmlinux"
mkdir -p "$bd"
echo "ppc8xx: building vmlinux, several minutes cold; log in $bd/build.log"
# shellcheck disable=SC2086 # $make is a command line
if (cd "$SRC" && $make mpc885_ads_defconfig && $make vmlinux &&
		grep -q '^CONFIG_HUGETLB_PAGE=y' "$bd/.config") \
		> "$bd/build.log" 2>&1; then
	echo "PASS: $what"
else
	tail -n 30 "$bd/build.log"
	echo "FAIL: $what"
	exit 1
fi
