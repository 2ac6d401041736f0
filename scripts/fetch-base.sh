#!/bin/sh
# Fetch the pinned Debian linux-source package with a private apt state
# (the machine's apt configuration is not touched), check its SHA-256 and
# that of the tarball inside, and unpack the tarball into $BUILD/linux-src.tar.xz.
set -eu

# shellcheck source=scripts/config.sh
. "$(dirname "$0")/config.sh"

tarball="$BUILD/linux-source-$BASE_SERIES.tar.xz"
if [ -f "$tarball" ] &&
		echo "$BASE_TAR_SHA256  $tarball" | sha256sum -c --quiet 2>/dev/null; then
	echo "fetch-base: $tarball already verified"
	exit 0
fi

apt_dir="$BUILD/apt"
mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" \
	"$apt_dir/etc/preferences.d" "$apt_dir/dl"
printf 'Types: deb\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: %s\n' \
	"$BASE_MIRROR" "$BASE_SUITE" "$BASE_KEYRING" > "$apt_dir/etc/base.sources"
: > "$apt_dir/etc/empty.list"

apt_opts="-o Dir::State::Lists=$apt_dir/lists
-o Dir::Cache=$apt_dir/cache
-o Dir::Etc::SourceList=$apt_dir/etc/empty.list
-o Dir::Etc::SourceParts=$apt_dir/etc
-o Dir::Etc::Preferences=$apt_dir/etc/empty.pref
-o Dir::Etc::PreferencesParts=$apt_dir/etc/preferences.d
-o APT::Architecture=amd64 -o APT::Architectures=amd64
-o Debug::NoLocking=1
-o APT::Sandbox::User=root"

echo "fetch-base: updating private apt lists for $BASE_SUITE"
# shellcheck disable=SC2086 # apt_opts is a list of options
apt-get $apt_opts update -qq

# shellcheck disable=SC2086
available=$(apt-cache $apt_opts madison "$BASE_PKG" | awk '{print $3}')
if ! echo "$available" | grep -qxF "$BASE_VERSION"; then
	newest=$(echo "$available" | head -n 1)
	cat >&2 <<MSG
fetch-base: $BASE_PKG $BASE_VERSION is no longer served by $BASE_SUITE.
  Versions offered now: ${available:-none}
  To build on the newest 7.3.x instead, update BASE_VERSION, BASE_DEB_SHA256
  and BASE_TAR_SHA256 in scripts/config.sh for ${newest:-that version}
  (the series is expected to apply) and run again.
MSG
	exit 1
fi

echo "fetch-base: downloading $BASE_PKG=$BASE_VERSION (167 MB)"
# shellcheck disable=SC2086
(cd "$apt_dir/dl" && apt-get $apt_opts download "$BASE_PKG=$BASE_VERSION")
deb=$(ls "$apt_dir/dl/${BASE_PKG}_"*.deb)
echo "$BASE_DEB_SHA256  $deb" | sha256sum -c --quiet

rm -rf "$apt_dir/x"
dpkg-deb -x "$deb" "$apt_dir/x"
src="$apt_dir/x/usr/src/linux-source-$BASE_SERIES.tar.xz"
echo "$BASE_TAR_SHA256  $src" | sha256sum -c --quiet
mv "$src" "$tarball"
rm -rf "$apt_dir/x" "$deb"
echo "fetch-base: $tarball verified"
