# shellcheck shell=sh
# Pinned base tree and workspace locations, sourced by the other scripts.
# shellcheck disable=SC2034 # variables are used by the sourcing scripts

TOP=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$TOP/build}

# scripts/other-base.sh sets these to fetch the second tree the queue must
# apply to (Debian's 7.2.13 in sid, OTHER_* below).
BASE_PKG=${BASE_PKG:-linux-source-7.3}
BASE_SERIES=${BASE_SERIES:-7.3}
BASE_VERSION=${BASE_VERSION:-7.3.4-1~bpo13+1}
BASE_SUITE=${BASE_SUITE:-trixie-backports}
BASE_MIRROR=${BASE_MIRROR:-http://deb.debian.org/debian}
BASE_KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
BASE_DEB_SHA256=${BASE_DEB_SHA256:-703e369ddd4cce971452f5a593ee55df3a5c10c83caf0fa0df039633ed181ee3}
BASE_TAR_SHA256=${BASE_TAR_SHA256:-76df1affb19f24926949369be1d74b60071c963c598ce8780bddd4bbf0fc3bc4}

# The kernel tree with the series applied as commits, on branch "series".
SRC=${SERIES_SRC:-$BUILD/linux}
# The version of the series, in the subject prefix of the exported patches.
SERIES_VERSION=5
# Every posting is an RFC against the Debian 7.3.4 tree, not mm-new.
SUBJECT_PREFIX="RFC PATCH v$SERIES_VERSION"
BRANCH=${SERIES_BRANCH:-series}

# The patch files listed in patches/series, in order, one a line, each
# relative to patches/ and inside the folder of its posting.
series_patches() {
	sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$TOP/patches/series"
}

# A hash of the series file and every patch it lists.
series_stamp() {
	(cd "$TOP/patches" && series_patches | xargs cat series) |
		sha256sum | cut -d' ' -f1
}

# The benchmark patch: base + the series up to it is the baseline kernel,
# with what the later benchmarks need picked on top: the system heap's
# KUnit allocator and the system-heap and cold-range cases.  A line is a
# commit's subject, then optionally a tab and the paths to take from it
# (all of it otherwise).
BENCH_SUBJECT="lib/test_vmalloc: add vmap() benchmarks"
BENCH_EXTRA_SUBJECTS="dma-buf: system_heap: test the kernel mapping of buffers	drivers/dma-buf/heaps/system_heap.c drivers/dma-buf/heaps/system_heap.h
NOT FOR POSTING: tests and benchmarks kept beside the postings	lib/test_vmalloc.c"
# Big arrays (128 MiB order-8, split order-9, order-0 with and without the
# opt-in, 16 MiB mixed, random reads, 100 MiB order-8, a 128 MiB system-heap
# buffer) and small ones (one page with and without the opt-in, huge
# vmalloc of 2 and 4 MiB, its mapping step at 4 MiB and at 1 MiB, the
# mapping step of a 1 MiB ioremap(), and the batches of 64 short calls of
# callers that do not opt in: one page, 16 pages, an opted-in 2 pages,
# vmalloc() of 4 KiB and 64 KiB).  The bits are indices of the cases in
# lib/test_vmalloc.c's test_case_array.
BENCH_BIG_MASK=$(( (1 << 13) | (1 << 14) | (1 << 15) | (1 << 16) | (1 << 17) | (1 << 23) | (1 << 27) | (1 << 28) ))
BENCH_BIG_LOOPS=${BENCH_BIG_LOOPS:-8}
BENCH_SMALL_MASK=$(( (1 << 18) | (1 << 19) | (1 << 20) | (1 << 21) | (1 << 22) | (1 << 24) | (1 << 25) | (1 << 26) ))
BENCH_SMALL_LOOPS=${BENCH_SMALL_LOOPS:-1000}
# The 128 MiB order-8 and split order-9 cases in a new virtual range each
# call (page tables allocated in the timed call), each alone in a boot:
# after one, the other would reuse its range and find its page tables.
BENCH_COLD8_MASK=$(( 1 << 29 ))
BENCH_COLD9_MASK=$(( 1 << 30 ))
BENCH_COLD_LOOPS=${BENCH_COLD_LOOPS:-8}

# kunit_config TREE ARCH OUT FRAGMENT...: write OUT/.config as kunit.py
# starts one (its QEMU kconfig for ARCH, then the fragments), for a later
# "make olddefconfig".  An option the tree does not know simply drops out.
# Its variables carry a kc_ prefix: sh has no locals, and callers have
# their own tree, arch and out.
kunit_config() {
	kc_tree=$1 kc_arch=$2 kc_out=$3
	shift 3
	mkdir -p "$kc_out"
	sed -n 's/^\(CONFIG_[A-Z0-9_]*=.*\)$/\1/p' \
		"$kc_tree/tools/testing/kunit/qemu_configs/$kc_arch.py" \
		> "$kc_out/.config"
	cat "$@" >> "$kc_out/.config"
}

# The postings, in order, one a line: FOLDER (under patches/) and the
# number of commits of the series it takes, from patches/postings.
postings() {
	sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$TOP/patches/postings"
}
