#!/bin/sh
# Mutation testing (make mutate): apply each mutation of
# kunit/mutations.txt in turn to a scratch worktree of the top of the
# series, rebuild the KUnit kernel of its configuration incrementally (in
# build/mutate) and boot it.  A mutation is killed when a case fails or the
# kernel does not finish.  One line a mutation, then
# "mutations: N killed, M survived".  A mutation that survives, does not
# apply or does not build fails the command.
#
# A mutation of a header (FILE written HEADER@USER.c) keeps the header's
# time stamp and rebuilds USER.c alone, the one object that uses what it
# mutates, rather than everything that includes the header.
#
# usage: mutate.sh [PATTERN]   (only the mutations whose line has PATTERN)
set -eu

# shellcheck source=scripts/config.sh
. "$(dirname "$0")/config.sh"

list=$TOP/kunit/mutations.txt
dir=$BUILD/mutate
wt=$dir/src
res=$dir/results.tsv
mkdir -p "$dir"
# A scratch directory that is not a worktree of $SRC is made again.
if [ ! -e "$wt/.git" ]; then
	rm -rf "$wt"
	git -C "$SRC" worktree prune
	git -C "$SRC" worktree add -q --detach "$wt" "$BRANCH"
fi
git -C "$wt" checkout -q -f --detach "$(git -C "$SRC" rev-parse "$BRANCH")"
: > "$res"

# apply FILE: replace $OLD by $NEW once (\n and \t decoded).
apply() {
	python3 - "$1" <<'EOF'
import os, sys
dec = lambda s: s.replace("\\n", "\n").replace("\\t", "\t")
old, new = dec(os.environ["OLD"]), dec(os.environ["NEW"])
s = open(sys.argv[1]).read()
if s.count(old) != 1:
    sys.exit("mutate: %s: found %d times: %s" % (sys.argv[1], s.count(old), old))
open(sys.argv[1], "w").write(s.replace(old, new))
EOF
}

# The unmutated kernel of each configuration must pass first: otherwise a
# "killed" would mean nothing.  This is also the one full build.
tab=$(printf '\t')
# shellcheck disable=SC2013 # configuration names have no spaces
for config in $(grep -v -e '^#' -e '^$' "$list" | grep -F -e "${1:-}" |
		cut -f 1 | sort -u); do
	start=$(date +%s)
	# shellcheck disable=SC2046 # NAME:ARG becomes NAME ARG
	if ! KUNIT_SRC=$wt KUNIT_DIR=$dir sh "$TOP/scripts/kunit.sh" \
			$(echo "$config" | tr : ' ') > "$dir/baseline.log" 2>&1; then
		tail -n 20 "$dir/baseline.log"
		echo "mutate: the unmutated kernel fails on $config" >&2
		exit 1
	fi
	echo "mutate: unmutated $config passes"
done
# A mutation that hangs the kernel is killed after three times the boot
# of the unmutated kernel (at least two minutes).
secs=$(($(date +%s) - start))
KUNIT_TIMEOUT=${KUNIT_TIMEOUT:-$((secs * 3 > 120 ? secs * 3 : 120))}
export KUNIT_TIMEOUT

# touch_users FILE: after an edit of FILE (HEADER@USER.c), give the
# header its old time stamp back and make USER.c newer instead.
touch_users() {
	case $1 in
	*@*)	touch -r "$dir/stamp" "$wt/${1%@*}"
		touch "$wt/${1#*@}" ;;
	esac
}

printf '%-8s %-22s %5s  %-40s %s\n' state config secs "failed cases" mutation
grep -v -e '^#' -e '^$' "$list" | grep -F -e "${1:-}" |
while IFS="$tab" read -r config file old new what; do
	OLD=$old NEW=$new
	export OLD NEW
	t0=$(date +%s)
	touch -r "$wt/${file%@*}" "$dir/stamp"
	if ! apply "$wt/${file%@*}"; then
		printf 'error\t%s\t%s\n' "$config" "$what" >> "$res"
		continue
	fi
	touch_users "$file"
	# shellcheck disable=SC2046 # NAME:ARG becomes NAME ARG
	out=$(KUNIT_SRC=$wt KUNIT_DIR=$dir sh "$TOP/scripts/kunit.sh" \
		$(echo "$config" | tr : ' ') 2>&1) && state=survived || state=killed
	echo "$out" | grep -q '(build failed)' && state=error
	git -C "$wt" checkout -q -- "${file%@*}"
	touch_users "$file"
	# What killed it: the failed cases, or a crash or a kernel report.
	why=$(echo "$out" |
		sed -n 's/^\[[0-9:]*\] \[\(FAILED\|CRASHED\)\] \([^ ]*\).*/\2/p' |
		grep . | sort -u | head -n 3 | paste -s -d, -)
	echo "$out" | grep -q 'kernel reports' && why="${why:+$why,}kernel report"
	printf '%s\t%s\t%s\t%s\t%s\n' "$state" "$config" "$(($(date +%s) - t0))" \
		"${why:--}" "$what" >> "$res"
	printf '%-8s %-22s %5s  %-40s %s\n' "$state" "$config" \
		"$(($(date +%s) - t0))" "${why:--}" "$what"
done

killed=$(grep -c '^killed' "$res" || true)
survived=$(grep -c '^survived' "$res" || true)
errors=$(grep -c '^error' "$res" || true)
[ "$errors" -eq 0 ] || echo "mutate: $errors mutations did not apply or build" >&2
echo "mutations: $killed killed, $survived survived"
[ "$errors" -eq 0 ] && [ "$survived" -eq 0 ]
