#!/usr/bin/env python3
# Checks that every public function of the core that returns or takes a
# pointer says who owns it, in the gtk-doc comment above its definition:
#
#   build-aux/check-ownership.py SOURCE_ROOT [DIR...]
#
# DIR defaults to src/core and src/gui, each with its subfolders. Public
# means declared in a header of DIR that is not *-private.h. A function passes when the /** name: */ block right
# above its definition in DIR/*.c (or, failing that, above its declaration
# in the header)
#   - has "Returns:" with a (transfer ...) annotation if it returns a
#     pointer;
#   - names every pointer parameter with an @name: line (GError **error
#     excepted), so that the default for an in-parameter, (transfer none),
#     is stated by the block and any exception ((nullable),
#     (transfer full)) has its place;
#   - marks a pointer-to-pointer parameter (out), (inout) or (array).
# It prints every function that fails, and fails if there is one. Whether
# the annotations are right is for the reader of the function: this only
# checks that they are there.
import os
import re
import sys

DECL = re.compile(r'^([A-Za-z_][\w \t\*]*?[ \t\*])(nap_\w+)\s*\(([^;{]*)\)\s*'
                  r'(?:G_GNUC_\w+(?:\s*\([^)]*\))?\s*)*;', re.M | re.S)


def strip_comments (text):
    text = re.sub(r'/\*.*?\*/', ' ', text, flags=re.S)
    return re.sub(r'//[^\n]*', ' ', text)


def is_pointer (ctype):
    return '*' in ctype or re.search(r'\bg(const)?pointer\b', ctype)


def params (arglist):
    result = []
    for arg in arglist.split(','):
        arg = ' '.join(arg.split())
        if arg in ('', 'void', '...'):
            continue
        m = re.match(r'^(.*?)([A-Za-z_]\w*)(\s*\[\s*\w*\s*\])?$', arg)
        if not m:
            continue
        result.append((m.group(1).strip() + (m.group(3) or ''), m.group(2)))
    return result


def declarations (root, dirs):
    decls = {}
    for d in dirs:
        for name in sorted(os.listdir(os.path.join(root, d))):
            if not name.endswith('.h') or name.endswith('-private.h'):
                continue
            with open(os.path.join(root, d, name), encoding='utf-8') as f:
                text = strip_comments(f.read())
            for m in DECL.finditer(text):
                ret = ' '.join(m.group(1).split())
                if 'static' in ret.split() or ret.startswith('typedef'):
                    continue
                ret = ret.replace('extern ', '')
                decls[m.group(2)] = (d, ret, params(m.group(3)))
    return decls


def doc_blocks (root, dirs):
    """Maps a function name to the doc block right above its definition."""
    blocks = {}
    for d in dirs:
        for name in sorted(os.listdir(os.path.join(root, d))):
            if not name.endswith('.c'):
                continue
            path = os.path.join(d, name)
            with open(os.path.join(root, path), encoding='utf-8') as f:
                lines = f.read().split('\n')
            for i, line in enumerate(lines):
                m = re.match(r'^(nap_\w+)\s*\(', line)
                if not m or i == 0:
                    continue
                # The return type is on the line before, the block above it.
                j = i - 1
                if lines[j].strip() in ('', '}') or lines[j].startswith(' '):
                    continue
                j -= 1
                while j >= 0 and lines[j].startswith('G_GNUC'):
                    j -= 1
                block = None
                if j >= 0 and lines[j].strip() == '*/':
                    k = j
                    while k >= 0 and not lines[k].startswith('/**'):
                        if lines[k].startswith('/*') and k != j:
                            break
                        k -= 1
                    if k >= 0 and lines[k].startswith('/**'):
                        block = '\n'.join(lines[k:j + 1])
                blocks[m.group(1)] = (path, i + 1, block)
    return blocks


def header_blocks (root, dirs):
    """Maps a function name to a doc block right above its declaration."""
    blocks = {}
    for d in dirs:
        for name in sorted(os.listdir(os.path.join(root, d))):
            if not name.endswith('.h'):
                continue
            with open(os.path.join(root, d, name), encoding='utf-8') as f:
                lines = f.read().split('\n')
            for i, line in enumerate(lines):
                m = re.match(r'^[A-Za-z_][\w \t\*]*?[ \t\*](nap_\w+)\s*\(', line)
                if not m or i == 0 or lines[i - 1].strip() != '*/':
                    continue
                k = i - 1
                while k >= 0 and not lines[k].startswith('/**'):
                    k -= 1
                if k >= 0:
                    blocks[m.group(1)] = '\n'.join(lines[k:i])
    return blocks


def problems (name, ret, args, block):
    if block is None:
        return ['no /** %s: */ block above the definition' % name]
    found = []
    if not re.search(r'^\s*\*\s*%s:' % re.escape(name), block, re.M):
        found.append('block does not start with "%s:"' % name)
    if ret != 'void' and is_pointer(ret):
        m = re.search(r'Returns:(.*?)(?=\n\s*\*\s*(?:@\w+:|\w[\w ]*:\s*$)|\Z)',
                      block, re.S)
        if not m or '(transfer ' not in m.group(1):
            found.append('Returns: has no (transfer ...)')
    for ctype, pname in args:
        if not is_pointer(ctype):
            continue
        if pname == 'error' and 'GError' in ctype:
            continue
        m = re.search(r'^\s*\*\s*@%s:([^\n]*)' % re.escape(pname), block, re.M)
        if not m:
            found.append('@%s is not described' % pname)
            continue
        if re.search(r'\*\s*\*', ctype) and 'const' not in ctype.split('*')[-2] \
           and not re.search(r'\((?:out|inout|array)\b', m.group(1)):
            found.append('@%s is not marked (out), (inout) or (array)'
                         % pname)
    return found


def main (argv):
    if not argv:
        print('usage: check-ownership.py SOURCE_ROOT [DIR...]', file=sys.stderr)
        return 2
    root = argv[0]
    dirs = [os.path.relpath(path, root)
            for top in argv[1:] or ['src/core', 'src/gui']
            for path, _, _ in sorted(os.walk(os.path.join(root, top)))]
    decls = declarations(root, dirs)
    blocks = doc_blocks(root, dirs)
    in_headers = header_blocks(root, dirs)
    total = 0
    failing = []
    for name in sorted(decls):
        d, ret, args = decls[name]
        takes = any(is_pointer(t) and not (n == 'error' and 'GError' in t)
                    for t, n in args)
        if not (is_pointer(ret) or takes):
            continue
        if name not in blocks:
            continue  # declared but defined by a macro or elsewhere
        total += 1
        path, line, block = blocks[name]
        if block is None:
            block = in_headers.get(name)
        found = problems(name, ret, args, block)
        if found:
            failing.append((path, line, name, found))
    for path, line, name, found in failing:
        print('%s:%d: %s: %s' % (path, line, name, '; '.join(found)),
              file=sys.stderr)
    print('%d of %d public functions taking or returning a pointer lack '
          'ownership notes' % (len(failing), total))
    return 1 if failing else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
