#!/bin/sh
# Unpack the verified base tarball into $SRC and make it a git repository
# whose single commit, tagged "base", is the unmodified Debian tree.  The
# commit has a fixed identity and date, so its id is the same everywhere.
set -eu

# shellcheck source=scripts/config.sh
. "$(dirname "$0")/config.sh"

if git -C "$SRC" rev-parse -q --verify refs/tags/base >/dev/null 2>&1; then
	echo "base-tree: $SRC already has the base commit"
	exit 0
fi

tarball="$BUILD/linux-source-$BASE_SERIES.tar.xz"
rm -rf "$SRC"
mkdir -p "$SRC"
echo "base-tree: unpacking $tarball into a git tree (about a minute)"
tar -xJf "$tarball" -C "$SRC" --strip-components=1

cd "$SRC"
git init -q -b "$BRANCH"
git config gc.auto 0
git config core.abbrev 12
git add -A -f
GIT_AUTHOR_NAME="Debian kernel team" GIT_AUTHOR_EMAIL=debian-kernel@lists.debian.org \
GIT_COMMITTER_NAME="Debian kernel team" GIT_COMMITTER_EMAIL=debian-kernel@lists.debian.org \
GIT_AUTHOR_DATE="2026-01-01T00:00:00Z" GIT_COMMITTER_DATE="2026-01-01T00:00:00Z" \
	git commit -q --no-verify -m "$BASE_PKG $BASE_VERSION"
git tag base
echo "base-tree: base commit $(git rev-parse base)"
