#!/bin/sh
# riscv has its own posting (the __set_memory() guard) and selects huge
# vmalloc: build the objects of the top of the queue that riscv compiles
# differently (arch/riscv/mm/pageattr.o, mm/vmalloc.o, mm/memory.o) with
# riscv's defconfig.  QEMU could boot it, but no KUnit configuration does
# yet.
set -eu

# shellcheck source=scripts/config.sh
. "$(dirname "$0")/config.sh"

bd=$BUILD/riscv
make="make -s ARCH=riscv CROSS_COMPILE=riscv64-linux-gnu- O=$bd -j$(nproc)"
what="build riscv (defconfig) arch/riscv/mm/pageattr.o mm/vmalloc.o mm/memory.o"
mkdir -p "$bd"
echo "riscv: building three objects, a few minutes cold; log in $bd/build.log"
# shellcheck disable=SC2086 # $make is a command line
if (cd "$SRC" && $make defconfig &&
		$make arch/riscv/mm/pageattr.o mm/vmalloc.o mm/memory.o) \
		> "$bd/build.log" 2>&1; then
	echo "PASS: $what"
else
	tail -n 30 "$bd/build.log"
	echo "FAIL: $what"
	exit 1
fi
