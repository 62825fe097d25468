// Ctrl-C during a long native operation: a big-int power that runs for
// half a minute checks for it between its steps, so SIGINT raises
// KeyboardInterrupt within moments, uncaught (the process ends by SIGINT)
// or caught (the program goes on).
#include <gtest/gtest.h>

#include "pyvm_process.h"

namespace {

using pyvm_test::PyvmRun;
using pyvm_test::run_pyvm;

// Runs `pyvm -c program` and sends SIGINT after half a second; the run
// must end long before the operation could finish by itself.
pyvm_test::PyvmResult interrupt_after_half_a_second(const std::string& program) {
  PyvmRun run({"-c", program});
  run.interrupt_after = std::chrono::milliseconds(500);
  run.timeout = std::chrono::milliseconds(20000);
  return run_pyvm(run);
}

TEST(LongOperationInterrupt, BigPowerStopsAtCtrlC) {
  const auto run = interrupt_after_half_a_second("7 ** (10**9)");
  ASSERT_FALSE(run.timed_out);
  EXPECT_TRUE(WIFSIGNALED(run.status) && WTERMSIG(run.status) == SIGINT) << run.status;
  EXPECT_NE(run.err.find("\nKeyboardInterrupt\n"), std::string::npos) << run.err;
}

TEST(LongOperationInterrupt, ProgramCatchesTheInterruptAndGoesOn) {
  const auto run = interrupt_after_half_a_second(
      "try:\n"
      "    x = 7 ** (10**9)\n"
      "except KeyboardInterrupt:\n"
      "    print('interrupted', 2 ** 10)\n");
  ASSERT_FALSE(run.timed_out);
  EXPECT_TRUE(pyvm_test::exited_with(run, 0)) << run.status << run.err;
  EXPECT_EQ(run.out, "interrupted 1024\n");
}

}  // namespace
