#!/bin/sh
# The perf AUX measurement on fragmented memory
# (kernel/events/aux_frag_test.c) on two NUMA nodes: boot a KUnit build
# (arm64-4k, or x86_64) under QEMU with two CPUs and 1 GiB in two nodes
# and run only that suite.  arm64 gets one CPU on each of two QEMU NUMA
# nodes; the x86_64 build has no ACPI NUMA and emulates two nodes
# (numa=fake=2), both CPUs on the first.  QEMU counts guest instructions
# (-icount shift=0), so the "ns" the suite reports are instructions.
#
# usage: aux-numa.sh [arm64-4k|x86_64 [KERNEL-ARGS...]]
#   e.g. tp_printk trace_event=kmem:mm_page_alloc_extfrag,vmscan:mm_vmscan_wakeup_kswapd
#   prints those tracepoints in the console log between the suite's lines.
set -eu

name=${1:-arm64-4k}
[ $# -eq 0 ] || shift
case $name in
x86_64)
	nodes='' fake=numa=fake=2 ;;
*)
	nodes="-object memory-backend-ram,id=m0,size=512M"
	nodes="$nodes -object memory-backend-ram,id=m1,size=512M"
	nodes="$nodes -numa node,nodeid=0,cpus=0,memdev=m0"
	nodes="$nodes -numa node,nodeid=1,cpus=1,memdev=m1"
	# The 4K build has KCSAN: off at boot, so that its watchpoint
	# delays do not count as guest instructions.
	fake=kcsan.early_enable=0 ;;
esac
# shellcheck disable=SC2086 # an empty $fake vanishes
KUNIT_SMP=2 KUNIT_MEM=1G KUNIT_QEMU_ARGS="-icount shift=0 $nodes" \
	exec sh "$(dirname "$0")/kunit.sh" "$name" \
	'kunit.filter_glob=perf_aux_fragmented.*' $fake "$@"
