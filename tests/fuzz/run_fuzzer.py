#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs a libFuzzer target as a test.

Usage: run_fuzzer.py --corpus DIR FUZZER [FLAGS and SEED DIRS...]

Empties DIR (the writable corpus, where libFuzzer adds the inputs it finds
interesting; seed directories are only read) and runs
`FUZZER [FLAGS...] DIR [SEED DIRS...]`. libFuzzer's progress lines (one per
new input) and its recommended dictionary are left out of the output, so
that what remains — the seed corpus it read, a crash report if any, and the
final "Done N runs in S second(s)" with its statistics — fits in ctest's
output. The test fails if the fuzzer fails or stops before the -runs=N it
was asked for.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys

# "#4096\tpulse  cov: ...", "#123\tNEW    cov: ...", "#77\tREDUCE cov: ...",
# "\tNEW_FUNC[1/2]: ..."
PROGRESS = re.compile(r"^(#\d+\t(NEW|REDUCE|pulse) |\tNEW_FUNC)")
DICTIONARY_START = "###### Recommended dictionary. ######"
DICTIONARY_END = "###### End of recommended dictionary. ######"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", required=True, help="writable corpus directory (emptied first)")
    parser.add_argument("fuzzer")
    parser.add_argument("arguments", nargs=argparse.REMAINDER)
    args = parser.parse_args()

    shutil.rmtree(args.corpus, ignore_errors=True)
    os.makedirs(args.corpus)
    flags = [a for a in args.arguments if a.startswith("-")]
    seeds = [a for a in args.arguments if not a.startswith("-")]
    command = [args.fuzzer, *flags, args.corpus, *seeds]
    print(" ".join(command), flush=True)

    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True, errors="replace")
    progress_lines = 0
    runs_done = None
    in_dictionary = False
    for line in process.stdout:
        if line.startswith(DICTIONARY_START):
            in_dictionary = True
        if in_dictionary or PROGRESS.match(line):
            progress_lines += 1
            in_dictionary = in_dictionary and not line.startswith(DICTIONARY_END)
            continue
        sys.stdout.write(line)
        done = re.match(r"Done (\d+) runs", line)
        if done:
            runs_done = int(done.group(1))
    status = process.wait()
    sys.stdout.write(f"({progress_lines} progress and dictionary lines left out; exit status {status})\n")
    if status != 0:
        return 1

    wanted = next((int(f[len("-runs="):]) for f in flags if f.startswith("-runs=")), None)
    if wanted is not None and (runs_done is None or runs_done < wanted):
        print(f"error: the fuzzer stopped before the {wanted} runs asked for", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
