#!/bin/sh
# Build with Sphinx the documentation directories the series touches
# (Documentation/mm and Documentation/trace/coresight), and fail on any
# warning in a file the series touches, or if one of its documents is not
# built.  The kernel-doc of the
# C files it touches is checked by kernel-doc-check.sh; rendering the
# directories that include it (core-api, driver-api) as well would cost CI
# several minutes.  A build of a directory gives warnings of its own in its
# other files (references into the rest of the tree), and in its files
# undefined labels that name a document by its path from Documentation/
# (autosectionlabel, which a build of one directory cannot resolve); those
# are counted, not failed.
set -eu

# shellcheck source=scripts/config.sh
. "$(dirname "$0")/config.sh"

out=$BUILD/docs
mkdir -p "$out"
docs=$(git -C "$SRC" diff --name-only "base..$BRANCH" -- 'Documentation/*.rst')
if [ -z "$docs" ]; then
	echo "docs: the series touches no documentation" >&2
	exit 1
fi
sources=$(git -C "$SRC" diff --name-only "base..$BRANCH" -- '*.c' '*.h')
# The smallest directory above each document that Sphinx can build alone
# (it has an index.rst): Documentation/trace/coresight, not all of trace.
dirs=$(for d in $docs; do
	p=${d%/*}
	while [ "$p" != Documentation ] && [ ! -f "$SRC/$p/index.rst" ]; do
		p=${p%/*}
	done
	[ "$p" = Documentation ] && echo . || echo "${p#Documentation/}"
done | sort -u | tr '\n' ' ')
echo "docs: Sphinx build of Documentation/ $dirs(under a minute here), log in $out/build.log"
# Read again even if unchanged, so that their warnings are seen every
# time; Debian's Sphinx is a module of the system's Python.
# shellcheck disable=SC2086 # a list of paths without spaces
(cd "$SRC" && touch $docs)
make -C "$SRC" O="$out" SPHINXDIRS="$dirs" PYTHON3=/usr/bin/python3 \
	htmldocs > "$out/build.log" 2>&1 || {
	tail -n 30 "$out/build.log"
	exit 1
}
fail=0 ours=0
for d in $docs $sources; do
	if grep -F "$d:" "$out/build.log" |
			grep -v -E "undefined label: '($(echo "$dirs" | tr ' ' '|' | sed 's/|$//'))/"; then
		fail=1
		ours=$((ours + $(grep -F "$d:" "$out/build.log" | grep -c WARNING)))
	fi
done
for d in $docs; do
	html=$out/Documentation/output/${d#Documentation/}
	if [ ! -f "${html%.rst}.html" ]; then
		echo "docs: $d was not built"
		fail=1
	fi
done
echo "docs: $(echo "$docs" | wc -l) files of the series built;" \
	"$(($(grep -c 'WARNING' "$out/build.log") - ours)) warnings in the other files"
if [ $fail -eq 0 ]; then
	echo "PASS: docs"
else
	echo "FAIL: docs"
fi
exit $fail
