#!/bin/sh
# kernel-doc on every C file and header the series touches: no warning,
# in the default mode or with -Wall, that the same file in the base tree
# does not already give (those, such as missing "Return:" sections of
# functions the series leaves alone, or the undescribed members of
# include/linux/perf_event.h, are counted, not failed).
set -eu

# shellcheck source=scripts/config.sh
. "$(dirname "$0")/config.sh"

cd "$SRC"
files=$(git diff --name-only "base..$BRANCH" -- '*.c' '*.h')
if [ -z "$files" ]; then
	echo "kernel-doc: the series touches no C file" >&2
	exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# warnings TREE FILE [-Wall]: its warnings, without line numbers
warnings() {
	(cd "$1" && python3 "$SRC/scripts/kernel-doc" -none ${3:+"$3"} "$2" 2>&1) |
		grep -Ei 'warning|error' | sed 's/^\([^:]*: [^:]*\):[0-9]*/\1/' | sort -u
}

fail=0 old=0 n=0
for f in $files; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	warnings . "$f" > "$tmp/plain"
	warnings . "$f" -Wall > "$tmp/tip"
	: > "$tmp/base"
	if git cat-file -e "base:$f" 2>/dev/null; then
		mkdir -p "$tmp/b/$(dirname "$f")"
		git show "base:$f" > "$tmp/b/$f"
		{ warnings "$tmp/b" "$f"; warnings "$tmp/b" "$f" -Wall; } |
			sort -u > "$tmp/base"
	fi
	new=$(sort -u "$tmp/plain" "$tmp/tip" | comm -23 - "$tmp/base")
	if [ -n "$new" ]; then
		echo "$new"
		fail=1
	fi
	old=$((old + $(comm -12 "$tmp/tip" "$tmp/base" | wc -l)))
done
echo "kernel-doc: $n files of the series, $old -Wall warnings already in the base tree"
if [ $fail -eq 0 ]; then
	echo "PASS: kernel-doc"
else
	echo "FAIL: kernel-doc"
fi
exit $fail
