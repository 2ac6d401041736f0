#!/bin/sh
# Export the commits base..$BRANCH of $SRC to patches/ with git format-patch:
# a cover letter from the branch description, base-commit recorded, and
# output that stays byte-identical when nothing changed.
set -eu

# shellcheck source=scripts/config.sh
. "$(dirname "$0")/config.sh"

cd "$SRC"
if [ -n "$(git status --porcelain)" ]; then
	echo "export: $SRC has uncommitted changes; commit them first" >&2
	exit 1
fi
if [ -z "$(git config --default '' "branch.$BRANCH.description")" ]; then
	echo "export: no cover letter text; run 'git -C $SRC branch --edit-description'" >&2
	exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The cover letter takes its date and sender from the committer identity:
# pin them to the top commit's author, which "git am" keeps, so an unchanged
# series exports identically, also from a tree that "make apply" rebuilt.
GIT_COMMITTER_DATE=$(git log -1 --format=%aD) \
GIT_COMMITTER_NAME=$(git log -1 --format=%an) \
GIT_COMMITTER_EMAIL=$(git log -1 --format=%ae) \
git format-patch -q --zero-commit --no-signature --base=base \
	--subject-prefix="PATCH v$SERIES_VERSION" \
	--cover-letter --cover-from-description=subject \
	-o "$tmp" "base..$BRANCH"

rm -f "$TOP"/patches/*.patch
mv "$tmp"/*.patch "$TOP/patches/"
(cd "$TOP/patches" && for p in [0-9][0-9][0-9][0-9]-*.patch; do
	case $p in 0000-cover-letter.patch) ;; *) echo "$p" ;; esac
done > series)

stamp=$(series_stamp)
git config series.stamp "$stamp"
git config series.head "$(git rev-parse HEAD)"
echo "export: $(wc -l < "$TOP/patches/series") patches written to patches/"
