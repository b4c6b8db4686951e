#!/usr/bin/env python3
# xml-bench.py: how fast NAP XML export and import are, beside xmllint and
# sqlite3 on the same data.
#
#   tests/bench/xml-bench.py BUILD_DIR [PILLARS OBJECTIVES ACTIONS CONSULTATIONS]
#
# Targets (issue 3): export within 2x `sqlite3 PLAN.nap .dump`; import within
# 3x `xmllint --noout` on the file plus loading that dump into a new database
# with sqlite3. Each step runs once per round; the best of three rounds counts.
#
# Then the merge of long lists (issue 10: once a unit test's time bound):
# the same plan with one consultation grown to 100,000 groups and 20,000
# organisations, merged twice with `nap-tool merge`; lists that a file makes
# long must cost linear time, a few seconds, not minutes.
#
# Copyright 2026 The NAP Drafter authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time


def run(argv, stdin=None, stdout=subprocess.DEVNULL):
    start = time.perf_counter()
    subprocess.run(argv, stdin=stdin, stdout=stdout, check=True)
    return time.perf_counter() - start


def long_lists(xml):
    """The plan XML with 20,000 more actors, and its first consultation
    grown to 100,000 more groups and 20,000 more organisations."""
    ids = [f'00000000-0000-4000-8000-{i:012d}' for i in range(20000)]
    actors = ''.join(f'    <actor id="{a}" kind="other">Actor {i}</actor>\n' for i, a in enumerate(ids))
    groups = ''.join(f'      <group name="group {i}" count="{i}"/>\n' for i in range(100000))
    organisations = ''.join(f'      <organisation actor="{a}"/>\n' for a in ids)
    xml = xml.replace('  </actors>\n', actors + '  </actors>\n', 1)
    group = re.search(r'      <group name="[^"]*" count="[0-9]+"/>\n', xml)
    xml = xml[:group.end()] + groups + xml[group.end():]
    organisation = re.search(r'      <organisation actor="[^"]*"/>\n', xml)
    return xml[:organisation.end()] + organisations + xml[organisation.end():]


def bench_merge(tool, big, tmp):
    """Seconds for the first and second merge of the long lists."""
    grown = os.path.join(tmp, 'long-lists.xml')
    with open(big, encoding='utf-8') as source, open(grown, 'w', encoding='utf-8') as out:
        out.write(long_lists(source.read()))
    best = None
    for round_ in range(3):
        plan = os.path.join(tmp, f'merge-{round_}.nap')
        run([tool, 'import-xml', big, '-o', plan])
        times = (run([tool, 'merge', plan, grown]), run([tool, 'merge', plan, grown]))
        if best is None or sum(times) < sum(best):
            best = times
        os.unlink(plan)
    return best


def main():
    if len(sys.argv) not in (2, 6):
        sys.exit(__doc__ or 'usage: xml-bench.py BUILD_DIR [P O A C]')
    build = os.path.abspath(sys.argv[1])
    tool = os.path.join(build, 'src', 'cli', 'nap-tool')
    generate = os.path.join(build, 'tests', 'bench', 'xml-bench-generate')
    for program in (tool, generate):
        if not os.access(program, os.X_OK):
            sys.exit(f'{program} is missing: ninja -C {build} src/cli/nap-tool tests/bench/xml-bench-generate')
    for program in ('xmllint', 'sqlite3'):
        if shutil.which(program) is None:
            sys.exit(f'{program} is not installed')

    with tempfile.TemporaryDirectory(prefix='nap-bench-') as tmp:
        big = os.path.join(tmp, 'big.xml')
        with open(big, 'wb') as out:
            subprocess.run([generate] + sys.argv[2:], stdout=out, check=True)
        size = os.path.getsize(big)

        best = {}
        identical = True
        for round_ in range(3):
            plan = os.path.join(tmp, f'big-{round_}.nap')
            exported = os.path.join(tmp, f'exported-{round_}.xml')
            dump = os.path.join(tmp, f'dump-{round_}.sql')
            loaded = os.path.join(tmp, f'loaded-{round_}.db')
            times = {
                'import': run([tool, 'import-xml', big, '-o', plan]),
                'export': run([tool, 'export-xml', plan, '-o', exported]),
                'xmllint': run(['xmllint', '--noout', big]),
            }
            with open(dump, 'wb') as out:
                times['dump'] = run(['sqlite3', plan, '.dump'], stdout=out)
            with open(dump, 'rb') as sql:
                times['load'] = run(['sqlite3', loaded], stdin=sql)
            with open(big, 'rb') as a, open(exported, 'rb') as b:
                identical = identical and a.read() == b.read()
            for key, value in times.items():
                best[key] = min(best.get(key, value), value)
            for path in (plan, exported, dump, loaded):
                os.unlink(path)

        records = sum(1 for line in open(big, encoding='utf-8')
                      if line.lstrip().startswith(('<objective ', '<indicator ', '<budget-line ',
                                                   '<consultation ', '<recommendation ', '<actor ')))
        print(f'plan: {size / 1e6:.1f} MB of XML, {records} records')
        print(f'export-xml                 {best["export"]:7.2f} s')
        print(f'sqlite3 .dump              {best["dump"]:7.2f} s')
        print(f'import-xml                 {best["import"]:7.2f} s')
        print(f'xmllint --noout            {best["xmllint"]:7.2f} s')
        print(f'sqlite3 load of the dump   {best["load"]:7.2f} s')
        export_ratio = best['export'] / best['dump']
        import_ratio = best['import'] / (best['xmllint'] + best['load'])
        print(f'export / dump              {export_ratio:7.2f}  (target <= 2)')
        print(f'import / (xmllint + load)  {import_ratio:7.2f}  (target <= 3)')
        print(f'export after import gives the same bytes: {"yes" if identical else "NO"}')
        first, second = bench_merge(tool, big, tmp)
        print('merge of long lists (100,000 groups, 20,000 organisations):')
        print(f'  first merge              {first:7.2f} s')
        print(f'  second merge (no change) {second:7.2f} s')
        print(f'  both                     {first + second:7.2f} s  (linear: seconds, not minutes)')
        return 0 if identical else 1


if __name__ == '__main__':
    sys.exit(main())
