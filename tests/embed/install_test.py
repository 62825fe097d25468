#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Install pyvm to a temporary prefix and build examples/embed against it.

    install_test.py --build BUILD_DIR --source SOURCE_DIR --compiler CXX [--generator NAME]

Runs `cmake --install` into a fresh directory, configures and builds
examples/embed with find_package(pyvm) from there, runs both hosts and
checks what they print; then builds one host with pkg-config's flags alone,
and configures a host that adds pyvm's source tree with add_subdirectory.
Exits non-zero, saying why, on the first failure.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile


def run(command, expected_status=0, env=None):
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
    if result.returncode != expected_status:
        sys.exit(f"FAIL: {' '.join(command)} exited {result.returncode}, not {expected_status}\n"
                 f"{result.stdout}{result.stderr}")
    return result.stdout


def expect_in(text, wanted, what):
    if wanted not in text:
        sys.exit(f"FAIL: {what} did not print {wanted!r}; it printed:\n{text}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--compiler", required=True)
    parser.add_argument("--generator", default="")
    args = parser.parse_args()
    args.source = os.path.abspath(args.source)
    args.build = os.path.abspath(args.build)
    examples = os.path.join(args.source, "examples", "embed")
    work = tempfile.mkdtemp(prefix="pyvm_install_test_")
    try:
        prefix = os.path.join(work, "prefix")
        run(["cmake", "--install", args.build, "--prefix", prefix])
        for path in ["bin/pyvm", "include/pyvm/pyvm.h", "lib/cmake/pyvm/pyvmConfig.cmake", "lib/pkgconfig/pyvm.pc"]:
            if not os.path.exists(os.path.join(prefix, path)):
                sys.exit(f"FAIL: the install has no {path}")

        build = os.path.join(work, "examples")
        configure = ["cmake", "-S", examples, "-B", build, f"-DCMAKE_PREFIX_PATH={prefix}",
                     f"-DCMAKE_CXX_COMPILER={args.compiler}"]
        if args.generator:
            configure += ["-G", args.generator]
        run(configure)
        run(["cmake", "--build", build])
        sandbox = os.path.join(build, "sandbox_host")
        output = run([sandbox, os.path.join(examples, "sandbox_script.py")])
        expect_in(output, "[script] no banana: 'no item called banana'", "sandbox_host")
        expect_in(output, "the script's total: 1.50", "sandbox_host")
        output = run([sandbox, os.path.join(examples, "hostile_script.py")], expected_status=3)
        expect_in(output, "[script] refused: import of 'os' is not allowed here", "sandbox_host")
        expect_in(output, "the script was stopped: instruction limit exceeded", "sandbox_host")
        output = run([os.path.join(build, "game_loop")])
        expect_in(output, "final position: (3.00, 1.00)", "game_loop")

        # pkg-config alone: the flags it gives build and link a host.
        env = dict(os.environ, PKG_CONFIG_PATH=os.path.join(prefix, "lib", "pkgconfig"))
        flags = run(["pkg-config", "--cflags", "--libs", "pyvm"], env=env).split()
        program = os.path.join(work, "game_loop_pkg_config")
        run([args.compiler, os.path.join(examples, "game_loop.cpp"), "-o", program] + flags)
        expect_in(run([program]), "final position: (3.00, 1.00)", "game_loop built with pkg-config")

        # add_subdirectory from the source tree defines pyvm::pyvm too, with
        # pyvm's own tests off (configured only: building would build pyvm again).
        host = os.path.join(work, "subdirectory_host")
        os.makedirs(host)
        with open(os.path.join(host, "CMakeLists.txt"), "w") as cmake_lists:
            cmake_lists.write("cmake_minimum_required(VERSION 3.25)\n"
                              "project(subdirectory_host LANGUAGES CXX)\n"
                              f"add_subdirectory({args.source} pyvm)\n"
                              "if(PYVM_TESTS)\n  message(FATAL_ERROR \"pyvm's tests are on in a host\")\nendif()\n"
                              f"add_executable(game_loop {os.path.join(examples, 'game_loop.cpp')})\n"
                              "target_link_libraries(game_loop PRIVATE pyvm::pyvm)\n")
        run(["cmake", "-S", host, "-B", os.path.join(host, "build"), f"-DCMAKE_CXX_COMPILER={args.compiler}"])
        print("installed, built and ran examples/embed with find_package(pyvm) and with pkg-config; "
              "configured a host with add_subdirectory")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
