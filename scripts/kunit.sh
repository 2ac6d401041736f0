#!/bin/sh
# Build one KUnit configuration with kunit.py, boot it under QEMU with TCG
# (never KVM: x86_64 guests hang under the nested KVM of these machines)
# and parse the results with kunit.py.
#
# usage: kunit.sh NAME [KERNEL-ARGS...]
#   NAME is arm64-4k, arm64-16k, arm64-64k, x86_64, ...: kunit/NAME.kunitconfig
#   adds to kunit/vmap.kunitconfig.  The last line printed is
#   "KUNIT NAME: passed P failed F skipped S".  A skipped case counts as
#   failed unless kunit/NAME.skips (kunit/NAME-ARGS.skips for a boot with
#   arguments) names it with the reason; a kernel warning, BUG, lockdep,
#   KASAN or KCSAN report or a panic in the console log fails the run.  The random
#   arrays use the seed KUNIT_SEED (printed; 0 picks one at boot).  QEMU
#   has 2 CPUs.
#   KUNIT_SMP, KUNIT_MEM and KUNIT_QEMU_ARGS change the QEMU machine
#   (CPUs, memory, more options such as NUMA nodes); KUNIT_SRC and
#   KUNIT_DIR another source tree and build root (scripts/mutate.sh).
set -eu

# shellcheck source=scripts/config.sh
. "$(dirname "$0")/config.sh"

name=$1
shift
label=$name${1:+ ($*)}
src=${KUNIT_SRC:-$SRC}
bd=${KUNIT_DIR:-$BUILD/kunit}/$name
# Boots of one build with other arguments keep their own logs.
run=$(echo "${*:-default}" | tr -c 'A-Za-z0-9=\n' _)
skiplist=$TOP/kunit/$name${1:+-$run}.skips
kunit="python3 $src/tools/testing/kunit/kunit.py"
seed=${KUNIT_SEED:-20261202}
echo "kunit: $label: random arrays with seed $seed"
# A panic ends the boot at once (QEMU has -no-reboot), not at the timeout.
set -- "$@" kunit.enable=1 kunit_shutdown=reboot panic=-1 \
	vmap_kunit.seed="$seed"

case $name in
arm64*)
	arch=arm64 cross=aarch64-linux-gnu-
	qemu="qemu-system-aarch64 -machine virt -cpu max,pauth-impdef=on"
	kernel=arch/arm64/boot/Image.gz console=ttyAMA0 ;;
x86_64*)
	arch=x86_64 cross=
	qemu="qemu-system-x86_64 -bios qboot.rom"
	kernel=arch/x86/boot/bzImage console=ttyS0 ;;
*)
	echo "kunit: unknown configuration $name" >&2
	exit 1 ;;
esac

mkdir -p "$bd"
echo "kunit: building the $name kernel (5-8 min from cold on 2 cores, a minute when only the series changed), log in $bd/build.log"
extra=
[ -f "$TOP/kunit/$name.kunitconfig" ] && extra=--kunitconfig="$TOP/kunit/$name.kunitconfig"
# shellcheck disable=SC2086 # empty options vanish
(cd "$src" && $kunit build --build_dir="$bd" --arch=$arch \
	${cross:+--cross_compile=$cross} --jobs="$(nproc)" \
	--kunitconfig="$TOP/kunit/vmap.kunitconfig" $extra) > "$bd/build.log" 2>&1 || {
	tail -n 40 "$bd/build.log"
	echo "KUNIT $label: passed 0 failed 1 skipped 0 (build failed)"
	exit 1
}

echo "kunit: booting $label under QEMU (1-5 min), console in $bd/console-$run.log"
rc=0
# shellcheck disable=SC2086 # $qemu is a command line
timeout "${KUNIT_TIMEOUT:-900}" $qemu -nodefaults -accel tcg \
	-smp "${KUNIT_SMP:-2}" -m "${KUNIT_MEM:-3G}" ${KUNIT_QEMU_ARGS:-} \
	-nographic -no-reboot -serial stdio -nic none \
	-kernel "$bd/$kernel" -append "console=$console $*" \
	< /dev/null > "$bd/console-$run.log" 2>&1 || rc=$?
$kunit parse "$bd/console-$run.log" > "$bd/results-$run.txt" 2>&1 ||
	rc=$((rc ? rc : 1))
cat "$bd/results-$run.txt"

summary=$(grep 'Testing complete' "$bd/results-$run.txt" | tail -n 1)
count() {
	echo "$summary" | sed -n "s/.* $1: \([0-9]*\).*/\1/p" | grep . || echo 0
}
passed=$(count passed)
failed=$(($(count failed) + $(count crashed) + $(count errors)))
skipped=$(count skipped)
if [ "$rc" -ne 0 ] || [ "$passed" -eq 0 ]; then
	failed=$((failed ? failed : 1))
fi

# Skipped cases (TAP "ok N name # SKIP why", indented: not a suite).
tab=$(printf '\t')
sed -n 's/^  *ok [0-9]* \([^ ]*\) # SKIP *\(.*\)/\1\t\2/p' \
	"$bd/console-$run.log" > "$bd/skipped-$run.txt"
while IFS="$tab" read -r case why; do
	if grep -q "^$case$tab" "$skiplist" 2>/dev/null; then
		echo "kunit: expected skip: $case ($why)"
	else
		echo "kunit: $label: unexpected skip: $case ($why)"
		failed=$((failed + 1))
	fi
done < "$bd/skipped-$run.txt"

# Reports that no case sees: lockdep, KASAN, KCSAN, warnings from other
# threads.
reports=$(grep -c -E 'WARNING:|BUG:|Oops|cut here|Kernel panic' \
	"$bd/console-$run.log" || true)
if [ "$reports" -ne 0 ]; then
	grep -E -A 3 'WARNING:|BUG:|Oops|Kernel panic' "$bd/console-$run.log" |
		head -n 40
	echo "kunit: $label: $reports kernel reports in the console log"
	failed=$((failed + 1))
fi
echo "KUNIT $label: passed $passed failed $failed skipped $skipped"
[ "$failed" -eq 0 ]
