#!/bin/sh
# The test command: checkpatch, each posting applying on the base and the
# postings before it, kernel-doc and the Sphinx build of the documentation
# the series touches, bisectability, the powerpc 8xx build, the riscv
# objects, the queue on Debian's 7.2.13 (applies, touched objects build), a
# check of every script with shellcheck, then KUnit on every configuration
# and the perf AUX allocation test on two NUMA nodes.  "make mutate" is not part of it: it would take
# CI past an hour (see README.md).
# Every check and every KUnit case is counted; the last line is
# "N passed, N failed".  Exits non-zero on any failure.
set -u

# shellcheck source=scripts/config.sh
. "$(dirname "$0")/config.sh"

# NAME or NAME:KERNEL-ARG (the same build booted with that argument).
configs=${KUNIT_CONFIGS:-arm64-4k arm64-4k:nohugevmalloc arm64-16k arm64-64k x86_64}
log=$BUILD/check.log
mkdir -p "$BUILD"
: > "$log"
start=$(date +%s)

# A step that exits non-zero counts as a failure even if it printed no
# FAIL line (a script stopped by set -e, say).
step() {
	echo "== $* ($(( ($(date +%s) - start) / 60 )) min in)"
	{ "$@" 2>&1 || echo "FAIL: $* exited with status $?"; } | tee -a "$log"
}

# A list that comes out empty is a failure, not a pass.
[ -n "$configs" ] || echo "FAIL: no KUnit configuration to run" | tee -a "$log"

step sh "$TOP/scripts/checkpatch.sh"
step sh "$TOP/scripts/postings.sh"
step sh "$TOP/scripts/kernel-doc-check.sh"
step sh "$TOP/scripts/docs.sh"
step sh "$TOP/scripts/bisect.sh"
step sh "$TOP/scripts/ppc8xx.sh"
step sh "$TOP/scripts/riscv.sh"
step sh "$TOP/scripts/other-base.sh"
for s in "$TOP"/scripts/*.sh "$TOP/.ci/run"; do
	if shellcheck -x "$s" >> "$log" 2>&1; then
		echo "PASS: shellcheck ${s#"$TOP"/}"
	else
		echo "FAIL: shellcheck ${s#"$TOP"/}"
	fi | tee -a "$log"
done
for c in $configs; do
	# shellcheck disable=SC2046 # NAME:ARG becomes NAME ARG
	step sh "$TOP/scripts/kunit.sh" $(echo "$c" | tr : ' ')
done
# The perf AUX measurement on two NUMA nodes (the arm64-4k and x86_64
# builds).
step sh "$TOP/scripts/aux-numa.sh" arm64-4k
step sh "$TOP/scripts/aux-numa.sh" x86_64

echo
echo "== Summary ($(( ($(date +%s) - start) / 60 )) min)"
grep -E '^(FAIL|KUNIT)' "$log"
checks_pass=$(grep -c '^PASS:' "$log")
checks_fail=$(grep -c '^FAIL:' "$log")
kunit_sum() { # passed|failed: summed over the "KUNIT ..." lines
	sed -n "s/^KUNIT .*: .*$1 \([0-9]*\).*/\1/p" "$log" |
		awk '{ n += $1 } END { print n + 0 }'
}
kunit_pass=$(kunit_sum passed)
kunit_fail=$(kunit_sum failed)
kunit_runs=$(grep -c '^KUNIT' "$log")
configs_n=$(($(echo "$configs" | wc -w) + 2))
if [ "$kunit_runs" -ne "$configs_n" ]; then
	kunit_fail=$((kunit_fail + configs_n - kunit_runs))
fi
echo "checks: $checks_pass passed, $checks_fail failed;" \
	"KUnit cases: $kunit_pass passed, $kunit_fail failed"
passed=$((checks_pass + kunit_pass))
failed=$((checks_fail + kunit_fail))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
