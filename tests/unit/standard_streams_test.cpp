// SPDX-License-Identifier: GPL-3.0-or-later
// Output that cannot be written: a full device or a closed pipe raises
// OSError in the program (BrokenPipeError for the pipe), catchable there;
// uncaught, the program ends with CPython's messages and exit statuses.
#include <gtest/gtest.h>

#include "pyvm_process.h"

namespace {

using pyvm_test::exited_with;
using pyvm_test::PyvmRun;
using pyvm_test::run_pyvm;

// Runs pyvm with stdout on /dev/full.
pyvm_test::PyvmResult run_into_full_device(std::vector<std::string> arguments) {
  PyvmRun run(std::move(arguments));
  run.stdout_path = "/dev/full";
  return run_pyvm(run);
}

// Runs pyvm with stdout a pipe the reader closes after `bytes` bytes.
pyvm_test::PyvmResult run_into_pipe_closed_after(size_t bytes, std::vector<std::string> arguments) {
  PyvmRun run(std::move(arguments));
  run.stdout_bytes_wanted = bytes;
  return run_pyvm(run);
}

constexpr const char* kNoSpace = "OSError: [Errno 28] No space left on device\n";
constexpr const char* kIgnoredAtExit =
    "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n";

TEST(StandardStreams, OutputLostAtExitIsReportedWithStatus120) {
  const auto run = run_into_full_device({"-c", "print('hi')"});
  EXPECT_TRUE(exited_with(run, 120)) << run.status;
  EXPECT_EQ(run.err, std::string(kIgnoredAtExit) + kNoSpace);
}

TEST(StandardStreams, FailedWriteRaisesOSErrorInTheProgram) {
  const auto run = run_into_full_device({"-c", "print('x' * 100000)"});
  EXPECT_TRUE(exited_with(run, 1)) << run.status;
  EXPECT_EQ(run.err, std::string("Traceback (most recent call last):\n"
                                 "  File \"<string>\", line 1, in <module>\n") + kNoSpace);
}

TEST(StandardStreams, ProgramCanCatchTheFailedWrite) {
  const auto run = run_into_full_device({"-c",
                                           "import sys\n"
                                           "try:\n"
                                           "    print('x' * 100000)\n"
                                           "except OSError as e:\n"
                                           "    sys.stderr.write(f'caught {e.errno}\\n')\n"
                                           "try:\n"
                                           "    sys.stdout.write('y'); sys.stdout.flush()\n"
                                           "except OSError as e:\n"
                                           "    sys.stderr.write(f'caught {type(e).__name__}\\n')\n"
                                           "sys.stderr.write('still running\\n')\n"});
  EXPECT_TRUE(exited_with(run, 0)) << run.status;
  EXPECT_EQ(run.err, "caught 28\ncaught OSError\nstill running\n");
}

TEST(StandardStreams, UncaughtExceptionThenLostOutput) {
  const auto run = run_into_full_device({"-c", "print('x')\nraise ValueError(3)"});
  EXPECT_TRUE(exited_with(run, 120)) << run.status;
  EXPECT_EQ(run.err, std::string("Traceback (most recent call last):\n"
                                 "  File \"<string>\", line 2, in <module>\n"
                                 "ValueError: 3\n") + kIgnoredAtExit + kNoSpace);
}

TEST(StandardStreams, ClosedPipeRaisesBrokenPipeError) {
  const auto run = run_into_pipe_closed_after(2, {"-c", "for i in range(10**6):\n    print(i)"});
  EXPECT_TRUE(exited_with(run, 1)) << run.status;  // not killed by SIGPIPE
  EXPECT_EQ(run.out.substr(0, 2), "0\n");
  EXPECT_EQ(run.err, "Traceback (most recent call last):\n"
                     "  File \"<string>\", line 2, in <module>\n"
                     "BrokenPipeError: [Errno 32] Broken pipe\n");
}

TEST(StandardStreams, ProgramCanCatchBrokenPipeError) {
  const auto run = run_into_pipe_closed_after(2, {"-c",
                                           "import sys\n"
                                           "try:\n"
                                           "    for i in range(10**6):\n"
                                           "        print(i)\n"
                                           "except BrokenPipeError as e:\n"
                                           "    sys.stderr.write(f'caught {e.errno} {isinstance(e, OSError)}\\n')\n"});
  EXPECT_TRUE(exited_with(run, 0)) << run.status;
  EXPECT_EQ(run.err, "caught 32 True\n");
}

TEST(StandardStreams, DirectoryWithoutMainModule) {
  char directory[] = "/tmp/pyvm_streams_XXXXXX";
  ASSERT_NE(mkdtemp(directory), nullptr);
  const auto run = run_pyvm(PyvmRun({directory}));
  rmdir(directory);
  EXPECT_TRUE(exited_with(run, 1)) << run.status;
  EXPECT_EQ(run.err, std::string("pyvm: can't find '__main__' module in '") + directory + "'\n");
}

TEST(StandardStreams, DirectoryRunsItsMainModule) {
  char directory[] = "/tmp/pyvm_streams_XXXXXX";
  ASSERT_NE(mkdtemp(directory), nullptr);
  const std::string main_file = std::string(directory) + "/__main__.py";
  FILE* file = fopen(main_file.c_str(), "w");
  ASSERT_NE(file, nullptr);
  fputs("import sys\nprint(__name__, sys.argv[1:], sys.path[0] == sys.argv[0], __file__.endswith('/__main__.py'))\n",
        file);
  fclose(file);
  const auto run = run_pyvm(PyvmRun({directory, "a"}));
  unlink(main_file.c_str());
  rmdir(directory);
  EXPECT_TRUE(exited_with(run, 0)) << run.status << run.err;
  EXPECT_EQ(run.out, "__main__ ['a'] True True\n");
}

}  // namespace
