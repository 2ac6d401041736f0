#!/bin/sh
# Exact guest instructions per call of one lib/test_vmalloc.c case, per
# kernel function, on an arm64 benchmark kernel: boot it twice under QEMU
# with "-d in_asm,exec,nochain" over the kernel text, with N1 and N2
# loops, count each function's instructions (insn-count.py) and print the
# difference divided by N2 - N1, so that boot and set-up cancel out.  The
# arm64 timer that the benchmark reads counts in steps of 16 instructions
# under -icount; this counts every one.
#
# usage: [TOP=N] insn-trace.sh KERNEL-BUILD-DIR TEST-INDEX [N1 N2]
#   (prints the N functions, default 40, that changed most)
#   e.g. insn-trace.sh build/bench/arm64/patched 18   (18: vmap_one_page_test,
#   the index in lib/test_vmalloc.c's test_case_array)
set -eu

bd=$1 idx=$2 n1=${3:-100} n2=${4:-200}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
start=$(awk '$3 == "_text" { print $1 }' "$bd/System.map")
end=$(awk '$3 == "_etext" { print $1 }' "$bd/System.map")
for n in $n1 $n2; do
	timeout 900 qemu-system-aarch64 -machine virt -cpu max,pauth-impdef=on \
		-nodefaults -accel tcg -smp 1 -m 2G -nographic -no-reboot \
		-serial stdio -nic none -kernel "$bd/arch/arm64/boot/Image" \
		-append "console=ttyAMA0 panic=-1 test_vmalloc.run_test_mask=$((1 << idx)) \
test_vmalloc.nr_threads=1 test_vmalloc.test_loop_count=$n \
test_vmalloc.sequential_test_order=1" \
		-d in_asm,exec,nochain -dfilter "0x$start..0x$end" -D "$tmp/log" \
		< /dev/null > "$tmp/console-$n" 2>&1
	python3 "$(dirname "$0")/insn-count.py" "$tmp/log" "$bd/System.map" \
		> "$tmp/count-$n"
	rm -f "$tmp/log"
done
awk -v d=$((n2 - n1)) 'FNR == NR { a[$2] = $1; next }
	{ x = ($1 - a[$2]) / d; if (x >= 1 || x <= -1) printf "%10.1f %s\n", x, $2 }' \
	"$tmp/count-$n1" "$tmp/count-$n2" | sort -rn | head -n "${TOP:-40}"
