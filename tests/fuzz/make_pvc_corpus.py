#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Seed corpus for fuzz_loader: real .pvc files, one per program.

Usage: make_pvc_corpus.py --vm PYVM --out DIR (PROGRAM.py | PROGRAM_DIR)...

Empties DIR, then compiles each program (each *.py of a PROGRAM_DIR) with
`PYVM --compile PROGRAM.py -o DIR/NAME.pvc`. Programs that are meant to fail
to compile (golden programs checking a SyntaxError) are skipped; it is an
error if fewer than half of the programs compile, since the corpus would
then miss most of the format.
"""
import argparse
import glob
import os
import shutil
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vm", required=True, help="the pyvm executable")
    parser.add_argument("--out", required=True, help="the corpus directory (emptied first)")
    parser.add_argument("sources", nargs="+", help="Python programs, or directories of them")
    args = parser.parse_args()
    programs = []
    for source in args.sources:
        if os.path.isdir(source):
            programs += glob.glob(os.path.join(source, "*.py"))
        else:
            programs.append(source)

    shutil.rmtree(args.out, ignore_errors=True)
    os.makedirs(args.out)
    written = 0
    for program in sorted(programs):
        name = os.path.splitext(os.path.basename(program))[0]
        output = os.path.join(args.out, name + ".pvc")
        result = subprocess.run([args.vm, "--compile", program, "-o", output],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if result.returncode == 0 and os.path.isfile(output):
            written += 1
        else:
            first_line = (result.stderr.strip().splitlines() or ["(no message)"])[-1]
            print(f"skipped {program}: {first_line}")
    print(f"{written} of {len(programs)} programs compiled into {args.out}")
    if written * 2 < len(programs):
        print("error: too few programs compiled for a useful corpus", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
