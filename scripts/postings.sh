#!/bin/sh
# Check the queue as the lists and distributions get it: each posting in
# patches/ applies with "git am" on the base plus the postings before it
# (a scratch worktree of $SRC at "base"), and its cover letter names the
# base commit, the prerequisite patches of the postings it depends on, and
# To and Cc (none for the *-not-for-posting folder, which is never sent).  One PASS/FAIL line a posting.
set -u

# shellcheck source=scripts/config.sh
. "$(dirname "$0")/config.sh"

wt=$BUILD/postings
git -C "$SRC" worktree remove -f "$wt" > /dev/null 2>&1 || rm -rf "$wt"
git -C "$SRC" worktree prune
git -C "$SRC" worktree add -q --detach "$wt" base || exit 1

before=0
postings > "$BUILD/postings.list"
while read -r dir n _extra; do
	cover=$TOP/patches/$dir/0000-cover-letter.patch
	why=
	grep -q "^base-commit: $(git -C "$SRC" rev-parse base)$" "$cover" || why="no base-commit"
	prereq=$(grep -c '^prerequisite-patch-id: ' "$cover")
	[ "$prereq" -eq "$before" ] || why="$why; $prereq prerequisite ids for $before patches before it"
	case $dir in
	*-not-for-posting)
		! grep -q -e '^To: ' -e '^Cc: ' "$cover" || why="$why; To or Cc on a folder never sent" ;;
	*)	grep -q '^To: ' "$cover" && grep -q '^Cc: ' "$cover" || why="$why; no To or Cc" ;;
	esac
	files=$(find "$TOP/patches/$dir" -name '[0-9][0-9][0-9][0-9]-*.patch' \
		! -name '0000-*' | sort)
	got=$(echo "$files" | grep -c .)
	[ "$got" -eq "$n" ] || why="$why; $got patches, patches/postings says $n"
	# shellcheck disable=SC2086 # a list of paths without spaces
	if ! git -C "$wt" -c user.name=check -c user.email=check@localhost \
			am -q $files > "$BUILD/postings-$dir.log" 2>&1; then
		git -C "$wt" am --abort > /dev/null 2>&1
		why="$why; git am failed (see $BUILD/postings-$dir.log)"
	fi
	if [ -z "$why" ]; then
		echo "PASS: posting $dir ($n patches) applies on base + $before patches before it"
	else
		echo "FAIL: posting $dir:${why#;}"
	fi
	before=$((before + n))
done < "$BUILD/postings.list"
git -C "$SRC" worktree remove -f "$wt"
