#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Run a Python program through pyvm's bytecode file instead of its source.

    run_as_bytecode.py [--via-asm] VM PROGRAM.py [ARG...]

Compiles PROGRAM.py with `VM --compile` into a temporary bytecode file and
runs that file with the same working directory, arguments and stdin,
passing its output and exit status through; so a test runner given
`--vm "python3 run_as_bytecode.py build/pyvm"` checks that every program
behaves the same from bytecode as from source.

With --via-asm the .pvc is made by the text round trip instead:
`VM --dis PROGRAM.py` > a.pasm, `VM --asm a.pasm`, and `VM --dis` of the
result must reproduce a.pasm exactly (exit status 3 otherwise).

A program that does not compile (SyntaxError) reports exactly as a run of
its source would, so expected outputs need no special case.
"""
import os
import signal
import subprocess
import sys
import tempfile


def forward(result):
    sys.stdout.buffer.write(result.stdout)
    sys.stderr.buffer.write(result.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    if result.returncode < 0:  # killed by a signal: die the same way
        signal.signal(-result.returncode, signal.SIG_DFL)
        os.kill(os.getpid(), -result.returncode)
    sys.exit(result.returncode)


def make_pvc(vm, program, directory, via_asm):
    """Path of the .pvc, or the failed step's result. The file keeps the
    program's own name (pyvm knows bytecode by its magic number, not its
    name), so sys.argv[0] still ends with NAME.py."""
    pvc = os.path.join(directory, os.path.basename(program))
    if not via_asm:
        result = subprocess.run([vm, '--compile', program, '-o', pvc], capture_output=True)
        return pvc if result.returncode == 0 else result
    listing = subprocess.run([vm, '--dis', program], capture_output=True)
    if listing.returncode != 0:
        return listing
    pasm = os.path.join(directory, 'program.pasm')
    with open(pasm, 'wb') as f:
        f.write(listing.stdout)
    assembled = subprocess.run([vm, '--asm', pasm, '-o', pvc], capture_output=True)
    if assembled.returncode != 0:
        return assembled
    again = subprocess.run([vm, '--dis', pvc], capture_output=True)
    if again.returncode != 0 or again.stdout != listing.stdout:
        sys.stderr.write('run_as_bytecode: --dis of the assembled file differs from the original listing\n')
        sys.stderr.buffer.write(again.stderr)
        sys.exit(3)
    return pvc


def main(argv):
    via_asm = argv[:1] == ['--via-asm']
    if via_asm:
        argv = argv[1:]
    if len(argv) < 2:
        sys.exit(__doc__)
    vm, program, args = argv[0], argv[1], argv[2:]
    with tempfile.TemporaryDirectory(prefix='pyvm-bytecode-') as directory:
        made = make_pvc(vm, program, directory, via_asm)
        if not isinstance(made, str):
            forward(made)
        forward(subprocess.run([vm, made] + args, capture_output=True))


if __name__ == '__main__':
    main(sys.argv[1:])
