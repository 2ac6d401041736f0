#!/bin/sh
# The perf AUX allocation test (kernel/events/aux_test.c) on two NUMA
# nodes: boot the arm64-4k KUnit build under QEMU with two CPUs and two
# 512 MiB nodes and run only that suite.  QEMU counts guest instructions
# (-icount shift=0), so the "ns" it reports are instructions executed,
# the same on every run.
#
# usage: aux-numa.sh
set -eu

nodes="-object memory-backend-ram,id=m0,size=512M"
nodes="$nodes -object memory-backend-ram,id=m1,size=512M"
nodes="$nodes -numa node,nodeid=0,cpus=0,memdev=m0"
nodes="$nodes -numa node,nodeid=1,cpus=1,memdev=m1"
KUNIT_SMP=2 KUNIT_MEM=1G KUNIT_QEMU_ARGS="-icount shift=0 $nodes" \
	exec sh "$(dirname "$0")/kunit.sh" arm64-4k \
	'kunit.filter_glob=perf_aux_alloc.*'
