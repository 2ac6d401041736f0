#!/usr/bin/env python3
"""Summarise bench.sh samples: per case and metric, the baseline and patched
medians, the ratio base/patched (above 1: the patched kernel is faster) and
the min-max spread of each.  Prints a table and writes it as TSV."""
import csv
import statistics
import sys


def main(samples, out):
    data = {}
    order = []
    with open(samples) as f:
        for row in csv.DictReader(f, delimiter='\t'):
            key = (row['case'], row['metric'])
            if key not in data:
                data[key] = {'base': [], 'patched': []}
                order.append(key)
            data[key][row['kernel']].append(int(row['ns']))

    rows = []
    for case, metric in order:
        base, patched = data[(case, metric)]['base'], data[(case, metric)]['patched']
        if not base or not patched:
            continue
        mb, mp = statistics.median(base), statistics.median(patched)
        rows.append((f'{case} {metric}', mb, mp, mb / mp if mp else float('inf'),
                     f'{min(base)}-{max(base)}', f'{min(patched)}-{max(patched)}',
                     len(base)))

    head = ('case', 'base median ns', 'patched median ns', 'base/patched',
            'base min-max', 'patched min-max', 'boots')
    with open(out, 'w', newline='') as f:
        w = csv.writer(f, delimiter='\t')
        w.writerow(head)
        for r in rows:
            w.writerow((r[0], int(r[1]), int(r[2]), f'{r[3]:.2f}', r[4], r[5], r[6]))

    print('| ' + ' | '.join(head) + ' |')
    print('|' + '---|' * len(head))
    for r in rows:
        print(f'| {r[0]} | {int(r[1])} | {int(r[2])} | {r[3]:.2f}x | {r[4]} | {r[5]} | {r[6]} |')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
