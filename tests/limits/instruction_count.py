#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`pyvm --max-instructions N` counts every instruction a program runs.

For each program, the number of instructions it runs is read from its
`--trace` (one record per instruction dispatched; a superinstruction or a
test-and-jump form runs the instruction after it too, so it counts two).
Under `--max-instructions` of exactly that number the program must run as
it does without a limit (the same output and exit status), and one
instruction short of it be stopped (exit status 3, one line), with the
optimizer and quickening on and off. The programs are ones whose built-in
calls do little work: a native loop over many items counts one instruction
per 1024 items too (docs/embedding.md), which the trace does not show.

usage: instruction_count.py --vm PYVM PROGRAM...
"""
import argparse
import re
import subprocess
import sys

# Opcodes that run the instruction after them in the same dispatch: the
# superinstructions, and the test-and-jump forms (COMPARE_OP_*_JUMP,
# CONTAINS_OP_SET_JUMP) — unless their guard fails, when the jump after
# them is dispatched (and traced) on its own.
SUPERINSTRUCTION = re.compile(r"^[A-Z_]+__[A-Z_]+$")
TEST_AND_JUMP = re.compile(r"^(COMPARE|CONTAINS)_OP_[A-Z]+_JUMP$")
# A --trace record: depth, function, index, line, opcode name, ...
RECORD = re.compile(r"^ *(\d+) (\S+) +(\d+) +\d+ +([A-Z_]+)")


def instructions_run(vm, options, program):
    trace = subprocess.run(vm + options + ["--trace", program], capture_output=True, text=True,
                           stdin=subprocess.DEVNULL, timeout=120)
    count = 0
    last_at_depth = {}  # depth -> (function, index, name) of its latest record
    for line in trace.stderr.splitlines():
        record = RECORD.match(line)
        if not record:
            continue
        depth, function, index, name = record.groups()
        count += 2 if SUPERINSTRUCTION.match(name) or TEST_AND_JUMP.match(name) else 1
        # (records of frames the test called come between, deeper)
        previous = last_at_depth.get(depth)
        if (previous and TEST_AND_JUMP.match(previous[2]) and name.startswith("POP_JUMP_IF_")
                and previous[:2] == (function, int(index) - 1)):
            count -= 1  # the test's guard failed: its jump ran on its own
        last_at_depth[depth] = (function, int(index), name)
    return count


def run_limited(vm, options, program, limit):
    return subprocess.run(vm + options + ["--max-instructions", str(limit), program],
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120)


def check(vm, options, program):
    count = instructions_run(vm, options, program)
    if count == 0:
        return f"{program}: no trace records"
    unlimited = subprocess.run(vm + options + [program], capture_output=True, text=True,
                               stdin=subprocess.DEVNULL, timeout=120)
    enough = run_limited(vm, options, program, count)
    if (enough.returncode, enough.stdout) != (unlimited.returncode, unlimited.stdout):
        return (f"{program} {' '.join(options)}: stopped under --max-instructions {count} "
                f"(the trace counts {count}): {enough.stderr.strip()[-300:]}")
    short = run_limited(vm, options, program, count - 1)
    expected = f"pyvm: instruction limit exceeded (--max-instructions {count - 1})"
    if short.returncode != 3 or short.stderr.strip().splitlines()[-1:] != [expected]:
        return (f"{program} {' '.join(options)}: not stopped one instruction short of {count} "
                f"(status {short.returncode}, {short.stderr.strip()!r})")
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--vm", required=True)
    parser.add_argument("programs", nargs="+")
    args = parser.parse_args()
    vm = args.vm.split()
    failures = []
    checks = 0
    for program in args.programs:
        for options in ([], ["-X", "opt=0"]):
            checks += 1
            failure = check(vm, options, program)
            if failure:
                failures.append(failure)
                print("FAIL", failure)
    print(f"{checks - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
