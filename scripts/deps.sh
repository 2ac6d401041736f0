#!/bin/sh
# Install the host packages the series workspace needs, if any are missing.
# Idempotent: does nothing (and needs no network) when all are present.
set -eu

pkgs="gcc make git perl python3 python3-ply bc bison flex cpio xz-utils rsync
gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu gcc-powerpc-linux-gnu
gcc-riscv64-linux-gnu libc6-dev
libssl-dev libelf-dev qemu-system-arm qemu-system-x86 ipxe-qemu
shellcheck python3-sphinx ca-certificates"

missing=
for p in $pkgs; do
	if ! dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null |
			grep -q '^install ok installed$'; then
		missing="$missing $p"
	fi
done

if [ -z "$missing" ]; then
	echo "deps: all host packages present"
	exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
	echo "deps: missing:$missing; run as root or install them" >&2
	exit 1
fi

echo "deps: installing:$missing (apt-get, a few minutes)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086 # word splitting of the package list is wanted
apt-get install -y -qq --no-install-recommends $missing
