#!/bin/sh
# Post the exported series with git send-email: To the maintainers, Cc the
# reviewers and lists that scripts/get_maintainer.pl names for the whole
# series.  A dry run unless SEND=1; extra arguments go to git send-email
# (--from=..., --in-reply-to=... for a respin).
set -eu

# shellcheck source=scripts/config.sh
. "$(dirname "$0")/config.sh"

cd "$SRC"
gm="./scripts/get_maintainer.pl --norolestats --no-git --no-git-fallback"
patches=$(series_patches | sed "s,^,$TOP/patches/,")
# shellcheck disable=SC2086 # $gm is a command line, $patches a list
to=$($gm --no-r --no-l $patches | paste -sd, -)
# shellcheck disable=SC2086
cc=$($gm --no-m $patches | paste -sd, -)
dry=--dry-run
[ "${SEND:-0}" = 1 ] && dry=
# shellcheck disable=SC2086
exec git send-email $dry --annotate --suppress-cc=self --thread \
	--no-chain-reply-to --to="$to" --cc="$cc" "$@" \
	"$TOP/patches/0000-cover-letter.patch" $patches
