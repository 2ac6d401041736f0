#!/usr/bin/env python3
"""Guest instructions executed per function, from a QEMU log written with
"-d in_asm,exec,nochain": each translated block's length comes from its
"IN:" listing, each execution from a "Trace" line, and each block start is
mapped to its function with System.map.  Prints "COUNT FUNCTION" lines and
a TOTAL."""
import bisect
import collections
import re
import sys


def main(log, system_map):
    size = {}
    runs = collections.Counter()
    cur = None
    insn = re.compile(r'^0x([0-9a-f]+):\s')
    trace = re.compile(r'\[[0-9a-f]+/([0-9a-f]+)/')
    with open(log, errors='replace') as f:
        for line in f:
            if line.startswith('IN:'):
                cur = None
                continue
            m = insn.match(line)
            if m:
                if cur is None:
                    cur = int(m.group(1), 16)
                    size[cur] = 0
                size[cur] += 1
                continue
            if line.startswith('Trace'):
                cur = None
                m = trace.search(line)
                if m:
                    runs[int(m.group(1), 16)] += 1
    addrs, names = [], []
    with open(system_map) as f:
        for line in f:
            a, t, n = line.split()[:3]
            if t in 'tT':
                addrs.append(int(a, 16))
                names.append(n)
    order = sorted(range(len(addrs)), key=addrs.__getitem__)
    addrs = [addrs[i] for i in order]
    names = [names[i] for i in order]
    count = collections.Counter()
    for pc, n in runs.items():
        i = bisect.bisect_right(addrs, pc) - 1
        name = names[i] if i >= 0 else '?'
        count[name] += n * size.get(pc, 0)
        count['TOTAL'] += n * size.get(pc, 0)
    for name, n in count.most_common():
        print(n, name)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
