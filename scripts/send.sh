#!/bin/sh
# Post the queue with git send-email, one thread a posting, never the
# *-not-for-posting folder: each posting's files already carry the To and
# Cc that get_maintainer.pl names for it (see export.sh).  A dry run
# unless SEND=1; POSTING=FOLDER sends only that posting; extra arguments go
# to git send-email (--from=..., --in-reply-to= for a respin).
set -eu

# shellcheck source=scripts/config.sh
. "$(dirname "$0")/config.sh"

dry=--dry-run
[ "${SEND:-0}" = 1 ] && dry=
postings | while read -r dir _count; do
	[ -n "${POSTING:-}" ] && [ "$POSTING" != "$dir" ] && continue
	case $dir in *-not-for-posting) continue ;; esac
	echo "send: $dir"
	git -C "$SRC" send-email $dry --suppress-cc=self --thread \
		--no-chain-reply-to --confirm=never "$@" "$TOP/patches/$dir"/*.patch
done
