// SPDX-License-Identifier: GPL-3.0-or-later
// Ctrl-C during a long native operation: a big-int power, product or
// modular power that runs for many seconds checks for it between its
// pieces, so SIGINT raises KeyboardInterrupt within moments, uncaught (the
// process ends by SIGINT) or caught (the program goes on). The same checks
// take steps from the step budget in proportion to the work, so a small
// budget stops such an operation before it runs long.
#include <gtest/gtest.h>

#include <chrono>

#include "compiler/compiler.h"
#include "pyvm_process.h"
#include "runtime/module.h"
#include "lib/standard_library.h"
#include "vm/vm.h"

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

// One product or modular power that took 10 to 40 seconds as a single
// GMP call: SIGINT must end it within a second or so (a few on a busy
// machine).
TEST(LongOperationInterrupt, SingleHugeProductsStopAtCtrlC) {
  for (const char* program :
       {"x = (1 << 2**30) - 1\ny = x * x\n", "x = (1 << 2**30) - 1\ny = x * (x >> 2**29)\n",
        "pow(3, (1 << 2**24) - 1, 2**4000 - 1)\n"}) {
    PyvmRun run({"-c", program});
    run.interrupt_after = std::chrono::milliseconds(500);
    run.timeout = std::chrono::milliseconds(10000);  // room for a loaded machine
    const auto result = run_pyvm(run);
    ASSERT_FALSE(result.timed_out) << program;
    EXPECT_TRUE(WIFSIGNALED(result.status) && WTERMSIG(result.status) == SIGINT)
        << program << result.err;
  }
}

// Native loops over endless iterators (ItemPoll): each used to ignore
// Ctrl-C for good.
TEST(LongOperationInterrupt, EndlessNativeLoopsStopAtCtrlC) {
  for (const char* program :
       {"sum(iter(int, 1))", "1 in iter(int, 1)", "any(iter(int, 1))", "max(range(10**18))",
        "next(filter(None, iter(int, 1)))", "b''.join(iter(bytes, b'x'))"}) {
    PyvmRun run({"-c", program});
    run.interrupt_after = std::chrono::milliseconds(300);
    run.timeout = std::chrono::milliseconds(5000);
    const auto result = run_pyvm(run);
    ASSERT_FALSE(result.timed_out) << program;
    EXPECT_TRUE(WIFSIGNALED(result.status) && WTERMSIG(result.status) == SIGINT)
        << program << result.err;
  }
}

// The fuzzer's budget of 2000 steps: each of these ran for seconds or for
// ever (the first is a fuzz_exec timeout) and now ends with the budget's
// RuntimeError: native work is charged to the budget. (No timing is
// asserted; a hang would hit ctest's timeout.)
TEST(LongOperationStepBudget, NativeWorkCountsAgainstTheBudget) {
  for (const char* program :
       {"2 ** 452984912\n", "x = 7 ** 10**7\nwhile True: x = x * x\n",
        "pow(3, (1 << 10**6) - 1, 2**4000 - 1)\n", "sum(range(10**18))\n",
        "a, *b = range(10**18)\n", "set(range(10**18))\n", "import math\nmath.factorial(10**7)\n",
        "import math\nmath.comb(10**9, 10**7)\n",
        "s = 'ab' * 10**8\nfor i in range(1000): repr(s)\n"}) {
    pyvm::StandardVM vm;
    pyvm::CompileResult compiled =
        pyvm::compile_to_code(vm, program, "budget.py", pyvm::ParseMode::kFile);
    ASSERT_TRUE(compiled.code) << program;
    const pyvm::Value module = pyvm::make_module(vm, vm.names.dunder_main);
    vm.steps_left = 2000;
    const pyvm::Value result = vm.run_code(compiled.code.get(), pyvm::module_dict(module));
    ASSERT_TRUE(result.is_null()) << program;
    const pyvm::Value error = vm.take_error();
    EXPECT_EQ(vm.type_of(error), vm.exception_type(pyvm::Exc::kRuntimeError)) << program;
  }
}

}  // namespace
