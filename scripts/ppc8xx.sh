#!/bin/sh
# powerpc 8xx is the other user of the PTE-level vmap hooks (16 KiB and
# 512 KiB pages), and the one that maps them through the hugetlb helpers,
# the fallback of mm/vmalloc.c for an architecture without
# arch_vmap_pte_set_contig(): build what the series changes there at its
# top, mm/vmalloc.o and mm/memory.o, and powerpc's set_memory code, whose
# guard is_vm_area_hugepages() now also sees leaf-mapped vmap() areas
# (mpc885_ads_defconfig, which always has hugetlbfs).  The queue touches no
# powerpc file, so nothing is linked; QEMU has no 8xx machine to boot.
set -eu

# shellcheck source=scripts/config.sh
. "$(dirname "$0")/config.sh"

bd=$BUILD/ppc8xx
make="make -s ARCH=powerpc CROSS_COMPILE=powerpc-linux-gnu- O=$bd -j$(nproc)"
what="build powerpc 8xx (mpc885_ads_defconfig) mm/vmalloc.o, mm/memory.o, arch/powerpc/mm/pageattr.o"
mkdir -p "$bd"
echo "ppc8xx: building the objects, a few minutes cold; log in $bd/build.log"
# shellcheck disable=SC2086 # $make is a command line
# Debian's source package drops the CPM microcode patches (micropatch.c,
# non-free): the build goes without them, as NO_UCODE_PATCH does.
if (cd "$SRC" && $make mpc885_ads_defconfig &&
		./scripts/config --file "$bd/.config" -e NO_UCODE_PATCH \
			-d USB_SOF_UCODE_PATCH -d I2C_SPI_UCODE_PATCH \
			-d I2C_SPI_SMC1_UCODE_PATCH -d SMC_UCODE_PATCH &&
		$make olddefconfig &&
		$make mm/vmalloc.o mm/memory.o arch/powerpc/mm/pageattr.o &&
		grep -q '^CONFIG_HUGETLB_PAGE=y' "$bd/.config") \
		> "$bd/build.log" 2>&1; then
	echo "PASS: $what"
else
	tail -n 30 "$bd/build.log"
	echo "FAIL: $what"
	exit 1
fi
