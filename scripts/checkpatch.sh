#!/bin/sh
# Run the kernel's checkpatch.pl --strict on every patch of the series.
# The only escape is checkpatch-allow.txt: "PATCH-FILE TYPE reason...",
# one entry a line, every entry with a reason.  Prints one PASS/FAIL line
# per patch; exits non-zero if any patch has an error, warning or check.
set -eu

# shellcheck source=scripts/config.sh
. "$(dirname "$0")/config.sh"

allow="$TOP/checkpatch-allow.txt"
if [ -f "$allow" ] && awk '!/^#/ && NF && NF < 3 { bad = 1 } END { exit !bad }' "$allow"; then
	echo "checkpatch: every entry in checkpatch-allow.txt needs a reason" >&2
	exit 1
fi

if [ -z "$(series_patches)" ]; then
	echo "FAIL: checkpatch: patches/series lists no patch"
	exit 1
fi
rc=0
for p in $(series_patches); do
	ignore=$( { [ -f "$allow" ] && awk -v p="$p" '!/^#/ && $1 == p { print $2 }' "$allow"; } |
		paste -sd, -)
	# Debian's python3 has python3-ply for spdxcheck.py.
	if out=$(cd "$SRC" && PATH=/usr/bin:$PATH ./scripts/checkpatch.pl --strict --color=never \
			--summary-file ${ignore:+--ignore "$ignore"} "$TOP/patches/$p" 2>&1); then
		echo "PASS: checkpatch $p"
	else
		echo "$out"
		echo "FAIL: checkpatch $p"
		rc=1
	fi
done
exit $rc
