# Entry point of the series workspace.  "make" runs the main job, "make
# check" every test; both install what is missing and fetch the base tree.

SCRIPTS := scripts

.PHONY: all check deps base apply export checkpatch bisect ppc8xx kunit bench mutate clean

# Main job: build the patched arm64 kernel, boot it under QEMU and print
# the vmap KUnit results, then the arm64 baseline-versus-patched table in
# exact guest instructions (QEMU -icount shift=0) and what it means.
all: apply
	sh $(SCRIPTS)/kunit.sh arm64-4k
	ICOUNT=1 ROUNDS=1 sh $(SCRIPTS)/bench.sh arm64
	@cat $(SCRIPTS)/bench-about.txt

# Every test: checkpatch, bisectability, powerpc 8xx build, shellcheck,
# KUnit on all configs.
check: apply
	sh $(SCRIPTS)/check.sh

deps:
	sh $(SCRIPTS)/deps.sh

base: deps
	sh $(SCRIPTS)/fetch-base.sh
	sh $(SCRIPTS)/base-tree.sh

# Apply patches/series to build/linux, one commit per patch.
apply: base
	sh $(SCRIPTS)/apply.sh

# Write the commits of build/linux back to patches/.
export:
	sh $(SCRIPTS)/export.sh

checkpatch: apply
	sh $(SCRIPTS)/checkpatch.sh

bisect: apply
	sh $(SCRIPTS)/bisect.sh

ppc8xx: apply
	sh $(SCRIPTS)/ppc8xx.sh

# One KUnit configuration: make kunit CONFIG=arm64-16k
CONFIG ?= arm64-4k
kunit: apply
	sh $(SCRIPTS)/kunit.sh $(CONFIG)

# Baseline-versus-patched benchmark tables: make bench ARCHES=arm64.
# arm64 is measured with and without hugetlbfs.
ARCHES ?= arm64 x86_64
bench: apply
	for a in $(ARCHES); do sh $(SCRIPTS)/bench.sh $$a || exit 1; done
	case " $(ARCHES) " in *" arm64 "*) NOHUGETLB=1 sh $(SCRIPTS)/bench.sh arm64 ;; esac

# Mutation testing: every edit of kunit/mutations.txt, rebuilt and booted
# in build/mutate; "make mutate PATTERN=arm64" runs only matching lines.
mutate: apply
	sh $(SCRIPTS)/mutate.sh "$(PATTERN)"

clean:
	rm -rf build/kunit build/bench build/ppc8xx build/mutate
