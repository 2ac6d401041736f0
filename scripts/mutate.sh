#!/bin/sh
# Mutation testing (make mutate): apply each mutation of
# kunit/mutations.txt in turn to a scratch worktree of the top of the
# series, rebuild the KUnit kernel of its configuration incrementally (in
# build/mutate) and boot it.  A mutation is killed when a case fails or the
# kernel does not finish.  One line a mutation, then
# "mutations: N killed, M survived".  A mutation that does not apply or
# does not build is an error, and the command fails.
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
if [ ! -d "$wt" ]; then
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

tab=$(printf '\t')
grep -v -e '^#' -e '^$' "$list" | grep -F -e "${1:-}" |
while IFS="$tab" read -r config file old new what; do
	OLD=$old NEW=$new
	export OLD NEW
	if ! apply "$wt/$file"; then
		printf 'error\t%s\t%s\n' "$config" "$what" >> "$res"
		continue
	fi
	# shellcheck disable=SC2046 # NAME:ARG becomes NAME ARG
	out=$(KUNIT_SRC=$wt KUNIT_DIR=$dir sh "$TOP/scripts/kunit.sh" \
		$(echo "$config" | tr : ' ') 2>&1) && state=survived || state=killed
	echo "$out" | grep -q '(build failed)' && state=error
	git -C "$wt" checkout -q -- "$file"
	printf '%s\t%s\t%s\n' "$state" "$config" "$what" >> "$res"
	printf '%-8s %-24s %s\n' "$state" "$config" "$what"
done

killed=$(grep -c '^killed' "$res" || true)
survived=$(grep -c '^survived' "$res" || true)
errors=$(grep -c '^error' "$res" || true)
[ "$errors" -eq 0 ] || echo "mutate: $errors mutations did not apply or build" >&2
echo "mutations: $killed killed, $survived survived"
[ "$errors" -eq 0 ]
