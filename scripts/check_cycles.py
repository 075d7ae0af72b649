#!/usr/bin/env python3
"""Finds import cycles between the source files of each crate (and lists the longest files).

A file `a.rs` depends on `b.rs` when it names `crate::b` (or `super::b`, `self::b` of a
directory module), in a `use` or inline. A cycle is a set of files that depend on each other,
directly or through others. Exits 1 when a cycle exists or, with --max-lines N, a file of
`--lines-in` is longer than N lines.

    python3 scripts/check_cycles.py                      # every crate
    python3 scripts/check_cycles.py --max-lines 700 --lines-in crates/coder/src
"""
import argparse
import os
import re
import sys

PATH = re.compile(r"\b(crate|super|self)((?:::[A-Za-z_][A-Za-z0-9_]*)+)")
# `use crate::{a, b::c}` groups: the names right after `crate::{`
GROUP = re.compile(r"\b(crate|super|self)::\{([^}]*)\}", re.S)


def modules(src):
    """Module path (tuple) -> file, for one crate's src directory."""
    out = {}
    for root, _, files in os.walk(src):
        for f in files:
            if not f.endswith(".rs"):
                continue
            full = os.path.join(root, f)
            rel = os.path.relpath(full, src)[:-3].split(os.sep)
            if rel[-1] in ("mod", "lib", "main"):
                rel = rel[:-1]
            out[tuple(rel)] = full
    return out


def strip_comments(text):
    # Unit tests (`#[cfg(test)] mod tests`, at the end of a file by convention) are not
    # part of the module's dependencies.
    at = text.find("#[cfg(test)]")
    if at >= 0:
        text = text[:at]
    text = re.sub(r"//[^\n]*", "", text)
    return re.sub(r"/\*.*?\*/", "", text, flags=re.S)


def resolve(mods, here, kind, parts):
    """The file a path names, longest known module prefix first."""
    if kind == "crate":
        base = ()
    elif kind == "self":
        base = here
    else:  # super: the parent of this module, whether a file or a directory module
        base = here[:-1]
    path = base + tuple(parts)
    for n in range(len(path), -1, -1):
        if path[:n] in mods:
            return mods[path[:n]]
    return None


def graph(src):
    mods = modules(src)
    edges = {f: set() for f in mods.values()}
    for mod, f in mods.items():
        is_dir = os.path.basename(f) in ("mod.rs", "lib.rs", "main.rs")
        text = strip_comments(open(f, encoding="utf-8").read())
        refs = []
        for kind, rest in PATH.findall(text):
            refs.append((kind, [p for p in rest.split("::") if p]))
        for kind, inner in GROUP.findall(text):
            for item in inner.split(","):
                item = item.strip()
                if item:
                    refs.append((kind, [p for p in re.split(r"::|\s+as\s+", item) if p and p != "{"]))
        if is_dir:
            # In lib.rs and mod.rs, a bare `child::item` names a declared child module.
            children = {m[-1] for m in mods if len(m) == len(mod) + 1 and m[:len(mod)] == mod}
            for name in re.findall(r"(?<![:\w])([a-z_][a-z0-9_]*)::", text):
                if name in children:
                    refs.append(("self", [name]))
        for kind, parts in refs:
            target = resolve(mods, mod, kind, parts)
            # A parent module (lib.rs, mod.rs) only declares its children: not an import.
            if target and target != f:
                edges[f].add(target)
    # `mod x;` declarations are not imports; `use`, re-exports and inline paths are.
    return edges


def cycles(edges):
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in edges:
        if v not in index:
            visit(v)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", default=os.path.join(os.path.dirname(__file__), ".."))
    ap.add_argument("--max-lines", type=int)
    ap.add_argument("--lines-in", default="crates/coder/src")
    args = ap.parse_args()
    crates = os.path.join(args.root, "crates")
    bad = False
    for c in sorted(os.listdir(crates)):
        src = os.path.join(crates, c, "src")
        if not os.path.isdir(src):
            continue
        edges = graph(src)
        for comp in cycles(edges):
            bad = True
            print("import cycle in crates/%s: %s" % (c, ", ".join(os.path.relpath(f, src) for f in comp)))
    if args.max_lines:
        for rootdir, _, files in os.walk(os.path.join(args.root, args.lines_in)):
            for f in files:
                full = os.path.join(rootdir, f)
                n = sum(1 for _ in open(full, encoding="utf-8"))
                if n > args.max_lines:
                    bad = True
                    print("%s: %d lines (at most %d)" % (os.path.relpath(full, args.root), n, args.max_lines))
    if not bad:
        print("no import cycles" + (", no file over %d lines" % args.max_lines if args.max_lines else ""))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
