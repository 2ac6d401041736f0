#!/bin/sh
# Benchmark: build the baseline kernel (base + the series up to and
# including the lib/test_vmalloc.c vmap benchmarks) and the patched kernel
# (the whole series) with the same configuration, boot them alternately
# under QEMU (TCG) ROUNDS times each and print, per case, both medians,
# their ratio and the spread.  The raw samples and the table are also
# written to build/bench/ARCH/results.tsv and table.tsv.
#
# With ICOUNT=1, QEMU counts guest instructions (-icount shift=0): the
# "ns" figures are then instructions executed, the same on every host and
# every run, and the logs and results go to build/bench/ARCH/icount.
#
# With PATCHED_REV=REV, the "patched" kernel is commit REV of the series
# instead of its top (to measure one patch against the one before it); it
# is built, logged and tabled in build/bench/ARCH/rev-REV.
#
# With NOHUGETLB=1 both kernels are built without hugetlbfs (adding
# kunit/bench-nohugetlb.config), in build/bench/ARCH-nohugetlb: plain
# vunmap() must not pay there for contiguous-PTE blocks it cannot have.
#
# usage: [ICOUNT=1] [ROUNDS=N] [PATCHED_REV=REV] [NOHUGETLB=1] bench.sh [arm64|x86_64]
set -eu

# shellcheck source=scripts/config.sh
. "$(dirname "$0")/config.sh"

arch=${1:-arm64}
rounds=${ROUNDS:-5}
dir=$BUILD/bench/$arch
fragments=$TOP/kunit/bench.config
variant=
if [ "${NOHUGETLB:-0}" = 1 ]; then
	dir=$dir-nohugetlb
	fragments="$fragments $TOP/kunit/bench-nohugetlb.config"
	variant=" without hugetlbfs"
fi
ptree=$SRC
pdir=$dir/patched
res=$dir
if [ -n "${PATCHED_REV:-}" ]; then
	rev=$(git -C "$SRC" rev-parse --short "$PATCHED_REV")
	ptree=$BUILD/bench/src-patched
	pdir=$dir/rev-$rev
	res=$pdir
fi
accel=tcg
clock="TCG (emulated: times track work done, not a real CPU's caches and TLBs)"
if [ "${ICOUNT:-0}" = 1 ]; then
	accel="tcg -icount shift=0"
	res=$res/icount
	clock="TCG with -icount shift=0 (1 ns = 1 guest instruction)"
fi
wt=$BUILD/bench/src-base

case $arch in
arm64)
	cross=aarch64-linux-gnu-
	qemu="qemu-system-aarch64 -machine virt -cpu max,pauth-impdef=on"
	image=arch/arm64/boot/Image console=ttyAMA0 ;;
x86_64)
	cross=
	qemu="qemu-system-x86_64 -bios qboot.rom"
	image=arch/x86/boot/bzImage console=ttyS0 ;;
*)
	echo "bench: unknown architecture $arch" >&2
	exit 1 ;;
esac

commit_of() { # SUBJECT: the series' commit with that subject
	c=$(git -C "$SRC" log --format=%H --grep="^$1\$" "base..$BRANCH")
	if [ -z "$c" ]; then
		echo "bench: no commit '$1' in the series" >&2
		exit 1
	fi
	echo "$c"
}

# The baseline is the commit that adds the benchmarks, with the commits of
# BENCH_EXTRA_SUBJECTS (or the paths named of them) picked on top; picked
# again only when one of them changes, so that an unchanged baseline is
# not rebuilt.  In $want, COMMIT:PATH,PATH stands for the paths of COMMIT.
tab=$(printf '\t')
base=$(commit_of "$BENCH_SUBJECT")
want=$base
while IFS="$tab" read -r subject paths; do
	c=$(commit_of "$subject")
	want="$want $c${paths:+:$(echo "$paths" | tr ' ' ,)}"
done <<EOF
$BENCH_EXTRA_SUBJECTS
EOF
if [ ! -d "$wt" ]; then
	rm -f "$wt.picked"
	git -C "$SRC" worktree prune
	git -C "$SRC" worktree add -q --detach "$wt" "$base"
fi
if [ "$(cat "$wt.picked" 2>/dev/null)" != "$want" ]; then
	# The stamp goes first: a pick that fails leaves none.
	rm -f "$wt.picked"
	git -C "$wt" cherry-pick --abort > /dev/null 2>&1 || true
	git -C "$wt" reset -q --hard "$base"
	for c in ${want#"$base"}; do
		case $c in
		*:*)	# shellcheck disable=SC2046 # paths without spaces
			git -C "$SRC" diff "${c%%:*}^" "${c%%:*}" -- \
				$(echo "${c#*:}" | tr , ' ') |
				git -C "$wt" apply --index
			git -C "$wt" -c user.name=bench -c user.email=bench@localhost \
				commit -q -m "bench: ${c#*:} of ${c%%:*}" ;;
		*)	git -C "$wt" -c user.name=bench -c user.email=bench@localhost \
				cherry-pick "$c" > /dev/null ;;
		esac
	done
	echo "$want" > "$wt.picked"
fi
if [ "$ptree" != "$SRC" ]; then
	[ -d "$ptree" ] || git -C "$SRC" worktree add -q --detach "$ptree" "$rev"
	git -C "$ptree" checkout -q --detach "$rev"
fi

build() { # SRC-TREE BUILD-DIR
	# shellcheck disable=SC2086 # $fragments is a list of files
	kunit_config "$1" "$arch" "$2" $fragments
	echo "bench: building $2 (about 9 min from cold on 2 cores, seconds when built), log in $2/build.log"
	(cd "$1" && make -s ARCH="$arch" ${cross:+CROSS_COMPILE=$cross} \
		O="$2" -j"$(nproc)" olddefconfig "$(basename "$image")") \
		> "$2/build.log" 2>&1 || { tail -n 30 "$2/build.log"; exit 1; }
}
build "$wt" "$dir/base"
build "$ptree" "$pdir"

# Four boots a round: big arrays with few loops, small ones with many,
# and each cold-range case alone, so that nothing has used its range.
groups="big:$BENCH_BIG_MASK:$BENCH_BIG_LOOPS small:$BENCH_SMALL_MASK:$BENCH_SMALL_LOOPS"
groups="$groups cold8:$BENCH_COLD8_MASK:$BENCH_COLD_LOOPS cold9:$BENCH_COLD9_MASK:$BENCH_COLD_LOOPS"
mkdir -p "$res"
results=$res/results.tsv
printf 'kernel\tround\tcase\tmetric\tns\n' > "$results"
echo "bench: $rounds rounds of 8 boots under QEMU (several minutes a round), logs in $res"
r=1
while [ $r -le "$rounds" ]; do
	for k in base patched; do
		kdir=$dir/base
		[ $k = base ] || kdir=$pdir
		for g in $groups; do
			mask=$(echo "$g" | cut -d: -f2)
			loops=$(echo "$g" | cut -d: -f3)
			log=$res/$k-$r-${g%%:*}.log
			# shellcheck disable=SC2086 # $qemu is a command line
			timeout 900 $qemu -nodefaults -accel $accel -smp 1 -m 2G \
				-nographic -no-reboot -serial stdio -nic none \
				-kernel "$kdir/$image" -append "console=$console \
panic=-1 test_vmalloc.run_test_mask=$mask test_vmalloc.nr_threads=1 \
test_vmalloc.test_loop_count=$loops test_vmalloc.sequential_test_order=1" \
				< /dev/null > "$log" 2>&1 || true
			sed -n "s/.*vmap_bench: \([a-z0-9_]*\) \(.*\)/\1 \2/p" "$log" |
				tr -d '\r' | awk -v k=$k -v r=$r -v OFS='\t' '{
					for (i = 2; i < NF; i += 2)
						if ($i ~ /_ns:$/)
							print k, r, $1, substr($i, 1, length($i) - 4), $(i + 1)
				}' >> "$results"
		done
	done
	echo "bench: round $r of $rounds done"
	r=$((r + 1))
done

echo "bench: $arch$variant, QEMU $($qemu -version | head -n 1 | sed 's/.*version //'), $clock, $rounds boots each"
python3 "$TOP/scripts/bench-table.py" "$results" "$res/table.tsv"
