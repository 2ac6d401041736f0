#!/bin/sh
# Apply patches/series onto the base commit of $SRC with "git am", one
# commit per patch, on branch $BRANCH.  Does nothing when the tree already
# holds exactly this series.  Refuses to throw away commits or edits made in
# $SRC that were not exported yet (set FORCE=1 to discard them).
set -eu

# shellcheck source=scripts/config.sh
. "$(dirname "$0")/config.sh"

stamp=$(series_stamp)
cd "$SRC"
head=$(git rev-parse HEAD)
if [ "$(git config --default '' series.stamp)" = "$stamp" ] &&
		[ "$(git config --default '' series.head)" = "$head" ] &&
		[ -z "$(git status --porcelain)" ]; then
	echo "apply: $SRC already holds this series"
	exit 0
fi
if [ "${FORCE:-0}" != 1 ] && { [ -n "$(git status --porcelain)" ] ||
		! git merge-base --is-ancestor HEAD "$(git config --default base series.head)"; }; then
	echo "apply: $SRC has edits or commits not in patches/; run 'make export'" >&2
	echo "apply: or set FORCE=1 to discard them" >&2
	exit 1
fi

name=$(git -C "$TOP" config --default "Series Workspace" user.name)
email=$(git -C "$TOP" config --default "series@localhost" user.email)
git checkout -q -f -B "$BRANCH" base
git clean -q -fdx

n=0
for p in $(series_patches); do
	git -c user.name="$name" -c user.email="$email" \
		am -q --committer-date-is-author-date "$TOP/patches/$p"
	n=$((n + 1))
done

# Each posting's cover letter (its subject and text) is kept in
# .git/covers/FOLDER, which export.sh hands to "git format-patch
# --cover-from-description=subject" to write it back.
mkdir -p .git/covers
postings | while read -r dir _count; do
	awk '
	/^Subject: / { sub(/^Subject: (\[[^]]*\] )?/, ""); subj = $0; insubj = 1; next }
	insubj && /^ / { subj = subj $0; next }
	{ insubj = 0 }
	!body && /^$/ { body = 1; print subj; print ""; next }
	body && /^[^ ].* \([0-9]+\):$/ { exit }
	body { print }
	' "$TOP/patches/$dir/0000-cover-letter.patch" |
		sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' > ".git/covers/$dir"
done

git config series.stamp "$stamp"
git config series.head "$(git rev-parse HEAD)"
echo "apply: $n patches applied on $(git rev-parse --short base)"
