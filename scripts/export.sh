#!/bin/sh
# Export the commits base..$BRANCH of $SRC to patches/ as the queue of
# postings that patches/postings lists: each posting is a git format-patch
# set in its own folder, with its cover letter (the text apply.sh kept in
# $SRC/.git/covers/FOLDER), base-commit and prerequisite-patch-id lines for
# the postings before it, and To/Cc headers from get_maintainer.pl for its
# own patches (and the extra Cc that patches/postings names: authors of
# earlier work); none for a *-not-for-posting folder.  patches/series gets the quilt order of the whole queue.
# Output stays byte-identical when nothing changed.
set -eu

# shellcheck source=scripts/config.sh
. "$(dirname "$0")/config.sh"

cd "$SRC"
if [ -n "$(git status --porcelain)" ]; then
	echo "export: $SRC has uncommitted changes; commit them first" >&2
	exit 1
fi
total=$(git rev-list --count "base..$BRANCH")
want=$(postings | awk '{ n += $2 } END { print n + 0 }')
if [ "$total" -ne "$want" ]; then
	echo "export: $BRANCH has $total commits, patches/postings lists $want" >&2
	exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
gm="./scripts/get_maintainer.pl --norolestats --no-git --no-git-fallback --no-keywords"
# The cover letters take their date and sender from the committer identity:
# pin them to the top commit's author, which "git am" keeps, so an unchanged
# queue exports identically, also from a tree that "make apply" rebuilt.
GIT_COMMITTER_DATE=$(git log -1 --format=%aD)
GIT_COMMITTER_NAME=$(git log -1 --format=%an)
GIT_COMMITTER_EMAIL=$(git log -1 --format=%ae)
export GIT_COMMITTER_DATE GIT_COMMITTER_NAME GIT_COMMITTER_EMAIL

done_n=0
: > "$tmp/series"
postings > "$tmp/postings"
while read -r dir n extra; do
	from=$(git rev-list --reverse "base..$BRANCH" | sed -n "$((done_n + 1))p")
	to=$(git rev-list --reverse "base..$BRANCH" | sed -n "$((done_n + n))p")
	cover=$(git rev-parse --git-common-dir)/covers/$dir
	if [ ! -s "$cover" ]; then
		echo "export: no cover letter text for $dir in $cover" >&2
		exit 1
	fi
	# format-patch takes the cover letter from the description of the
	# branch that ends the range: one scratch branch a posting.
	git branch -f "cover-$dir" "$to"
	git config "branch.cover-$dir.description" "$(cat "$cover")"
	range="$from^..cover-$dir"
	# First pass for get_maintainer.pl, second with its To and Cc.
	git format-patch -q --zero-commit --no-signature -o "$tmp/gm" "$range"
	# shellcheck disable=SC2086 # $gm is a command line
	tolist=$($gm --no-r --no-l "$tmp"/gm/*.patch | paste -sd, -)
	# shellcheck disable=SC2086
	# Cc: reviewers, lists and the extra Cc, less anyone already in To or
	# named twice (matched by address).
	cclist=$({ $gm --no-m "$tmp"/gm/*.patch; echo "$extra" | tr , '\n'; } |
		awk -v to="$tolist" 'NF {
			a = $0; if (match(a, /<[^>]*>/)) a = substr(a, RSTART, RLENGTH)
			if (index(to, a) || seen[a]++) next; print }' | paste -sd, -)
	rm -rf "$tmp/gm"
	# A folder that is never sent gets no addresses at all.
	case $dir in *-not-for-posting) tolist='' cclist='' ;; esac
	git format-patch -q --zero-commit --no-signature --base=base \
		--subject-prefix="$SUBJECT_PREFIX" --cover-letter \
		--cover-from-description=subject \
		${tolist:+--to="$tolist"} ${cclist:+--cc="$cclist"} \
		-o "$tmp/out/$dir" "$range"
	for p in "$tmp/out/$dir"/[0-9]*.patch; do
		case $p in */0000-cover-letter.patch) ;; *) echo "$dir/${p##*/}" ;; esac
	done >> "$tmp/series"
	git branch -q -D "cover-$dir"
	done_n=$((done_n + n))
done < "$tmp/postings"

for d in "$TOP"/patches/*/; do
	rm -rf "$d"
done
rm -f "$TOP"/patches/*.patch
mv "$tmp"/out/* "$TOP/patches/"
mv "$tmp/series" "$TOP/patches/series"

stamp=$(series_stamp)
git config series.stamp "$stamp"
git config series.head "$(git rev-parse HEAD)"
echo "export: $(wc -l < "$TOP/patches/series") patches in $(wc -l < "$tmp/postings") postings written to patches/"
