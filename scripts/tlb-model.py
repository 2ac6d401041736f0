#!/usr/bin/env python3
"""TLB reach of the benchmark buffers: a model, not a measurement.

QEMU models no TLB, so what block mappings buy a buffer's users on hardware
is not measured here.  This counts the translation entries that cover each
buffer and projects the share of L2 TLB misses for uniform random access,
with 1024 and 2048 entries, before and after the series:

- entries: a PMD leaf is one entry, a contiguous-PTE block one entry on CPUs
  that coalesce it (16 on those that do not: the base's figure), a PTE one;
- misses: a fully associative LRU TLB holding only this buffer, under
  independent uniform random accesses, by Che's approximation: an entry
  covering a share p of the buffer stays cached for a characteristic time T
  given by sum(1 - exp(-p T)) = E, and the hit ratio is
  sum(p (1 - exp(-p T))).  Real TLBs are set-associative, shared with other
  data and backed by page-walk caches; the figures compare mappings, they
  do not predict a CPU.

The census of the system-heap buffers is read from the KUnit log of
vmap_system_heap (their real layout in that boot); the other buffers'
layouts follow from how the benchmark builds them.

usage: tlb-model.py KUNIT-CONSOLE-LOG
"""
import math
import re
import sys

PAGE = 4096
CONT = 16  # pages in an arm64 contiguous-PTE block with 4K pages
PMD = 512


def units(pmd, cont, pte, coalesce=True):
    """Sizes, in pages, of the entries that map a buffer."""
    if coalesce:
        return [PMD] * pmd + [CONT] * cont + [1] * pte
    return [PMD] * pmd + [1] * (cont * CONT + pte)


def miss_ratio(sizes, entries):
    """Che's approximation of the LRU miss ratio, uniform random access."""
    if len(sizes) <= entries:
        return 0.0
    total = sum(sizes)
    shares = [s / total for s in sizes]

    def occupied(t):
        return sum(1 - math.exp(-p * t) for p in shares)

    lo, hi = 0.0, 1.0
    while occupied(hi) < entries:
        hi *= 2
    for _ in range(100):
        mid = (lo + hi) / 2
        if occupied(mid) < entries:
            lo = mid
        else:
            hi = mid
    return 1 - sum(p * (1 - math.exp(-p * lo)) for p in shares)


def heap_census(log):
    """(KiB, PMD, CONT, PTE) of each vmap_system_heap buffer in the log."""
    out, last = [], None
    census = re.compile(r'# vmap_system_heap: (\d+) pages, huge: \d+ PUD, '
                        r'(\d+) PMD, (\d+) CONT, (\d+) PTE')
    done = re.compile(r'^\s*ok \d+ (\d+) KiB')
    for line in log:
        m = census.search(line)
        if m:
            last = tuple(int(x) for x in m.groups()[1:])
            continue
        m = done.search(line)
        if m and last:
            out.append((int(m.group(1)),) + last)
            last = None
    return out


def main():
    with open(sys.argv[1], errors='replace') as f:
        heap = heap_census(f)
    if not heap:
        sys.exit('tlb-model: no vmap_system_heap census in ' + sys.argv[1])
    rows = []
    for kib, pmd, cont, pte in heap:
        rows.append(('system heap, %d KiB (KUnit boot)' % kib, pmd, cont, pte,
                     kib * 1024 // PAGE))
    # 100 MiB of order-8 pages: 16 blocks each, none assumed to pair into
    # a PMD (the fewest leaves the benchmark's array can get).
    rows.append(('100 MiB of order-8 pages (layout)', 0, 100 * 16, 0, 25600))
    # Huge vmalloc() and ioremap() of 1 MiB: 16 blocks before and after.
    rows.append(('huge vmalloc() / ioremap() of 1 MiB (layout)', 0, 16, 0,
                 None))

    print('TLB reach, arm64 4K pages: a MODEL (QEMU does not model the TLB; '
          'uniform random access, fully associative LRU, Che approximation)')
    print()
    print('| buffer | entries before | entries after (CONT coalesced) '
          '| L2 misses, 1024 entries, before / after '
          '| L2 misses, 2048 entries, before / after |')
    print('|---|---|---|---|---|')
    for name, pmd, cont, pte, base_pages in rows:
        after = units(pmd, cont, pte)
        if base_pages is None:
            before = after          # the base maps these with blocks too
        else:
            before = [1] * base_pages
        cells = [name, str(len(before)), str(len(after))]
        for e in (1024, 2048):
            cells.append('%.1f%% / %.1f%%' % (100 * miss_ratio(before, e),
                                              100 * miss_ratio(after, e)))
        print('| ' + ' | '.join(cells) + ' |')
    print()
    print('On a CPU that does not coalesce contiguous-PTE blocks, each '
          'block counts as 16 entries and only the PMD leaves help.')


if __name__ == '__main__':
    main()
