#!/usr/bin/env python3
"""Time pyvm against a reference Python on the benchmark programs of a folder.

    run.py --vm CMD [--ref python3] [--runs 5] [--scale N] [--only a,b,...]
           [--timeout 60] [--json FILE] [--no-resolve] [--dir FOLDER]
    run.py --list [--dir FOLDER]

The benchmarks are the NAME.py files of FOLDER (default: the folder of this
script) whose first line is a comment starting "# Hot path:" (what --list
shows); other files, such as runners and helpers, are not run. Each runs as
`CMD /abs/path/NAME.py SCALE`, in FOLDER, with stdin closed; CMD is split as a
shell would split it (shlex), but no shell runs it.

Per benchmark: one untimed warm-up run of the reference and one of the VM,
then --runs timed pairs, alternating VM and reference. A run's time is its
wall-clock time from start to exit; its peak memory is the child's maximum
resident set size (os.wait4). On Linux that maximum includes the runner's
own memory, which the child has until it starts the program (fork, then
exec), so a peak no higher than the runner's is shown as "<N". Every run of the VM must print exactly what
the reference's warm-up printed, or the benchmark is not timed further:

    ok          ratio = the median over the pairs of vm time / ref time
    WRONG       the VM printed something else
    FAILED      the VM exited with a non-zero status, was killed by a signal,
                could not be started, or ran longer than --timeout seconds
    REF-FAILED  the reference failed in one of those ways (not counted)

The last line is the geometric mean of the ratios of the 'ok' benchmarks,
with the number of WRONG and FAILED ones. Below 1.0 the VM is faster.

The reference is run through its real executable (its sys.executable), so
that a wrapper such as a pyenv shim does not add its start-up to every
time; a --vm naming the same program as --ref is resolved the same way.
--no-resolve runs both commands as given.

Exit status: 0 when the measurement ran, whatever it found; 2 for bad
arguments; 130 when interrupted.
"""

import argparse
import json
import math
import os
import platform
import resource
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

THIS_SCRIPT = os.path.abspath(__file__)
DEFAULT_FOLDER = os.path.dirname(THIS_SCRIPT)
TAIL_LINES = 5  # of stderr, shown for a failure
SHOWN_CHARS = 160  # of a differing output line


class Run:
    """What one execution of a program did."""

    def __init__(self, seconds, output, errors, status, peak_kb, problem):
        self.seconds = seconds
        self.output = output  # bytes printed on stdout
        self.errors = errors  # bytes printed on stderr
        self.status = status  # exit status, or -signal
        self.peak_kb = peak_kb
        self.problem = problem  # None when the run succeeded, else why not

    @property
    def failed(self):
        return self.problem is not None


def own_peak_kb():
    """The runner's own peak resident size: the floor of any child's ru_maxrss."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def execute(command, arguments, folder, timeout):
    """Runs command + arguments once, timed; never raises for the program's own failures."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        try:
            child = subprocess.Popen(command + arguments, cwd=folder, stdin=subprocess.DEVNULL,
                                     stdout=out, stderr=err, start_new_session=True)
        except OSError as error:
            return Run(0.0, b"", b"", None, 0, "could not start: %s" % error)
        timed_out = threading.Event()

        def kill_on_timeout():
            timed_out.set()
            try:
                os.killpg(child.pid, signal.SIGKILL)
            except OSError:
                pass

        timer = threading.Timer(timeout, kill_on_timeout)
        timer.start()
        try:
            _, wait_status, usage = os.wait4(child.pid, 0)
        except BaseException:
            kill_on_timeout()
            os.waitpid(child.pid, 0)
            child.returncode = -signal.SIGKILL
            raise
        finally:
            timer.cancel()
        seconds = time.perf_counter() - started
        status = os.waitstatus_to_exitcode(wait_status)
        child.returncode = status  # waited for here, not by Popen
        out.seek(0)
        err.seek(0)
        output = out.read()
        errors = err.read()
    # ru_maxrss is in kilobytes on Linux.
    peak_kb = usage.ru_maxrss
    problem = None
    if timed_out.is_set():
        problem = "ran longer than %g s" % timeout
    elif status < 0:
        problem = "killed by signal %d (%s)" % (-status, signal.Signals(-status).name)
    elif status != 0:
        problem = "exit status %d" % status
    return Run(seconds, output, errors, status, peak_kb, problem)


BENCHMARK_MARK = "# hot path:"


def first_line(path):
    with open(path, encoding="utf-8", errors="replace") as source:
        return source.readline().strip()


def find_benchmarks(folder):
    """Benchmark name -> absolute path, in name order."""
    found = {}
    for name in sorted(os.listdir(folder)):
        path = os.path.abspath(os.path.join(folder, name))
        if (name.endswith(".py") and os.path.isfile(path) and path != THIS_SCRIPT
                and first_line(path).lower().startswith(BENCHMARK_MARK)):
            found[name[:-3]] = path
    return found


def summary_line(path):
    """What a benchmark exercises: its first line without the mark."""
    return first_line(path)[len(BENCHMARK_MARK):].strip()


def real_executable(command):
    """The interpreter a Python command really runs (its sys.executable), or None."""
    probe = execute(command, ["-c", "import sys; print(sys.executable)"], DEFAULT_FOLDER, 30)
    if probe.failed:
        return None
    path = probe.output.decode(errors="replace").strip()
    return path if os.path.isfile(path) else None


def same_program(first, second):
    located = [shutil.which(word) for word in (first, second)]
    return None not in located and os.path.realpath(located[0]) == os.path.realpath(located[1])


def resolve(vm, ref):
    """The commands to time: the reference's real executable, and the VM's if it is the same program."""
    executable = real_executable(ref)
    if executable is None:
        return vm, ref
    resolved_vm = [executable] + vm[1:] if same_program(vm[0], ref[0]) else vm
    return resolved_vm, [executable] + ref[1:]


def startup_seconds(command, runs=3):
    """The best time of an empty program: what every measurement includes."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as empty:
        path = empty.name
    try:
        times = [execute(command, [path], DEFAULT_FOLDER, 30) for _ in range(runs)]
        good = [run.seconds for run in times if not run.failed]
        return min(good) if good else None
    finally:
        os.unlink(path)


def first_difference(expected, actual):
    """The first line where two outputs differ, for the report."""
    expected_lines = expected.decode(errors="replace").splitlines()
    actual_lines = actual.decode(errors="replace").splitlines()
    for number in range(max(len(expected_lines), len(actual_lines))):
        want = expected_lines[number] if number < len(expected_lines) else "<no line>"
        got = actual_lines[number] if number < len(actual_lines) else "<no line>"
        if want != got:
            return "line %d: expected %r, got %r" % (number + 1, want[:SHOWN_CHARS], got[:SHOWN_CHARS])
    return "the same lines, different bytes (line endings or a missing final newline)"


def stderr_tail(run):
    lines = run.errors.decode(errors="replace").rstrip().splitlines()[-TAIL_LINES:]
    return "\n".join("      " + line for line in lines)


class Result:
    """One benchmark's measurement."""

    def __init__(self, name):
        self.name = name
        self.status = "ok"
        self.vm_times = []
        self.ref_times = []
        self.vm_peak_kb = 0
        self.ref_peak_kb = 0
        self.detail = ""

    def ratios(self):
        return [vm / ref for vm, ref in zip(self.vm_times, self.ref_times)]

    def ratio(self):
        return statistics.median(self.ratios())

    def spread(self):
        ratios = self.ratios()
        return (max(ratios) - min(ratios)) / statistics.median(ratios)

    def as_dict(self):
        data = {"name": self.name, "status": self.status, "vm_times": self.vm_times,
                "ref_times": self.ref_times, "vm_peak_kb": self.vm_peak_kb,
                "ref_peak_kb": self.ref_peak_kb, "detail": self.detail}
        if self.status == "ok":
            data["ratio"] = self.ratio()
        return data


def measure(name, path, vm, ref, settings):
    result = Result(name)
    arguments = [path, str(settings.scale)]

    def run(command, is_vm, expected):
        """Runs one side; returns it, or None after marking the result failed or wrong."""
        outcome = execute(command, arguments, settings.dir, settings.timeout)
        if is_vm:
            result.vm_peak_kb = max(result.vm_peak_kb, outcome.peak_kb)
        else:
            result.ref_peak_kb = max(result.ref_peak_kb, outcome.peak_kb)
        if outcome.failed:
            result.status = "FAILED" if is_vm else "REF-FAILED"
            result.detail = outcome.problem
            tail = stderr_tail(outcome)
            if tail:
                result.detail += "\n" + tail
            return None
        if expected is not None and outcome.output != expected:
            result.status = "WRONG" if is_vm else "REF-FAILED"
            result.detail = first_difference(expected, outcome.output)
            if not is_vm:
                result.detail = "the reference's output changed between runs: " + result.detail
            return None
        return outcome

    warm_ref = run(ref, False, None)
    if warm_ref is None:
        return result
    expected = warm_ref.output
    if run(vm, True, expected) is None:
        return result
    for _ in range(settings.runs):
        vm_run = run(vm, True, expected)
        if vm_run is None:
            return result
        ref_run = run(ref, False, expected)
        if ref_run is None:
            return result
        result.vm_times.append(vm_run.seconds)
        result.ref_times.append(ref_run.seconds)
    return result


def geometric_mean(values):
    return math.exp(sum(math.log(value) for value in values) / len(values))


def megabytes(kb):
    floor = own_peak_kb()
    if kb <= floor:
        return "<%.0f" % math.ceil(floor / 1024.0) if kb else "-"
    return "%.1f" % (kb / 1024.0)


def print_row(result):
    if result.status == "ok":
        print("%-16s %8.3f %8.3f %7.3f %6.0f%% %7s %7s  ok" % (
            result.name, statistics.median(result.ref_times), statistics.median(result.vm_times),
            result.ratio(), 100.0 * result.spread(), megabytes(result.vm_peak_kb),
            megabytes(result.ref_peak_kb)))
    else:
        print("%-16s %8s %8s %7s %7s %7s %7s  %s" % (
            result.name, "-", "-", "-", "-", megabytes(result.vm_peak_kb),
            megabytes(result.ref_peak_kb), result.status))
    sys.stdout.flush()


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        description="Time a VM against a reference Python on the benchmarks of a folder.")
    parser.add_argument("--vm", help="the VM's command, e.g. build/pyvm")
    parser.add_argument("--ref", default="python3", help="the reference's command (python3)")
    parser.add_argument("--runs", type=int, default=5, help="timed pairs per benchmark (5)")
    parser.add_argument("--scale", type=int, default=1, help="passed to every benchmark (1)")
    parser.add_argument("--only", default="", help="comma-separated benchmark names")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per run (60)")
    parser.add_argument("--json", help="also write every timing to this file")
    parser.add_argument("--no-resolve", action="store_true",
                        help="run --ref and --vm as given, not through sys.executable")
    parser.add_argument("--dir", default=DEFAULT_FOLDER,
                        help="the folder of benchmarks (this script's folder)")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    settings = parser.parse_args(argv)
    settings.dir = os.path.abspath(settings.dir)
    if not os.path.isdir(settings.dir):
        parser.error("--dir %s is not a folder" % settings.dir)
    if not settings.list:
        if not settings.vm:
            parser.error("--vm is required")
        if settings.runs < 1 or settings.scale < 1 or settings.timeout <= 0:
            parser.error("--runs and --scale must be at least 1, --timeout positive")
        try:
            settings.vm_command = shlex.split(settings.vm)
            settings.ref_command = shlex.split(settings.ref)
        except ValueError as error:
            parser.error("cannot split a command: %s" % error)
        if not settings.vm_command or not settings.ref_command:
            parser.error("--vm and --ref must not be empty")
        # The programs run in their folder: a relative path to an interpreter
        # (build/pyvm) means one relative to where the runner was started.
        for command in (settings.vm_command, settings.ref_command):
            if os.sep in command[0] and not os.path.isabs(command[0]):
                command[0] = os.path.abspath(command[0])
    return settings, parser


def main(argv):
    settings, parser = parse_arguments(argv)
    benchmarks = find_benchmarks(settings.dir)
    if settings.only:
        wanted = [name.strip() for name in settings.only.split(",") if name.strip()]
        unknown = [name for name in wanted if name not in benchmarks]
        if unknown:
            parser.error("unknown benchmark(s): %s" % ", ".join(unknown))
        benchmarks = {name: benchmarks[name] for name in wanted}
    if settings.list:
        for name, path in benchmarks.items():
            print("%-16s %s" % (name, summary_line(path)))
        return 0

    vm, ref = settings.vm_command, settings.ref_command
    if not settings.no_resolve:
        vm, ref = resolve(vm, ref)
    vm_startup = startup_seconds(vm)
    ref_startup = startup_seconds(ref)
    show = lambda seconds: "failed" if seconds is None else "%.3f s" % seconds
    print("vm:  %s (start-up %s)" % (shlex.join(vm), show(vm_startup)))
    print("ref: %s (start-up %s)" % (shlex.join(ref), show(ref_startup)))
    print("%s, %s, %d CPUs; %d timed pair(s) per benchmark after a warm-up, scale %d, %s" % (
        platform.node(), platform.machine(), os.cpu_count(), settings.runs, settings.scale,
        time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())))
    print()
    print("%-16s %8s %8s %7s %7s %7s %7s  %s" % (
        "benchmark", "ref s", "vm s", "vm/ref", "spread", "vm MB", "ref MB", "status"))

    results = []
    for name, path in benchmarks.items():
        result = measure(name, path, vm, ref, settings)
        results.append(result)
        print_row(result)

    problems = [result for result in results if result.status != "ok"]
    if problems:
        print()
        for result in problems:
            print("%s %s: %s" % (result.status, result.name, result.detail))
    ratios = [result.ratio() for result in results if result.status == "ok"]
    wrong = sum(1 for result in results if result.status == "WRONG")
    failed = sum(1 for result in results if result.status == "FAILED")
    print()
    if ratios:
        print("geometric mean over %d benchmark(s): %.3f (%d WRONG, %d FAILED)" % (
            len(ratios), geometric_mean(ratios), wrong, failed))
    else:
        print("geometric mean: none timed (%d WRONG, %d FAILED)" % (wrong, failed))

    if settings.json:
        with open(settings.json, "w", encoding="utf-8") as out:
            json.dump({"vm": vm, "ref": ref, "vm_startup": vm_startup, "ref_startup": ref_startup,
                       "runs": settings.runs, "scale": settings.scale, "folder": settings.dir,
                       "results": [result.as_dict() for result in results],
                       "geometric_mean": geometric_mean(ratios) if ratios else None},
                      out, indent=2)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        sys.exit(130)
