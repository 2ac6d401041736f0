# shellcheck shell=sh
# Pinned base tree and workspace locations, sourced by the other scripts.
# shellcheck disable=SC2034 # variables are used by the sourcing scripts

TOP=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$TOP/build}

BASE_PKG=linux-source-7.3
BASE_SERIES=7.3
BASE_VERSION=7.3.4-1~bpo13+1
BASE_SUITE=trixie-backports
BASE_MIRROR=${BASE_MIRROR:-http://deb.debian.org/debian}
BASE_KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
BASE_DEB_SHA256=703e369ddd4cce971452f5a593ee55df3a5c10c83caf0fa0df039633ed181ee3
BASE_TAR_SHA256=76df1affb19f24926949369be1d74b60071c963c598ce8780bddd4bbf0fc3bc4

# The kernel tree with the series applied as commits, on branch "series".
SRC=$BUILD/linux
BRANCH=series

# The patch files listed in patches/series, in order, one a line.
series_patches() {
	sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$TOP/patches/series"
}

# A hash of the series file and every patch it lists.
series_stamp() {
	(cd "$TOP/patches" && series_patches | xargs cat series) |
		sha256sum | cut -d' ' -f1
}
