// SPDX-License-Identifier: GPL-3.0-or-later
// pyvm under a virtual-memory limit (ulimit -v): it starts in little
// address space, and allocations that fail become MemoryError, which the
// program catches and goes on. (Sanitizer builds reserve terabytes of
// address space for themselves and cannot run under such a limit.)
#include <gtest/gtest.h>

#include "pyvm_process.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PYVM_TEST_ADDRESS_SANITIZER 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define PYVM_TEST_ADDRESS_SANITIZER 1
#endif

namespace {

using pyvm_test::exited_with;
using pyvm_test::PyvmRun;
using pyvm_test::run_pyvm;

constexpr rlim_t kMegabyte = rlim_t{1} << 20;

pyvm_test::PyvmResult run_with_address_space(rlim_t megabytes, const std::string& program) {
  PyvmRun run({"-c", program});
  run.address_space_limit = megabytes * kMegabyte;
  return run_pyvm(run);
}

class MemoryLimit : public testing::Test {
 protected:
  void SetUp() override {
#ifdef PYVM_TEST_ADDRESS_SANITIZER
    GTEST_SKIP() << "AddressSanitizer cannot run under RLIMIT_AS";
#endif
  }
};

TEST_F(MemoryLimit, StartsInLittleAddressSpace) {
  const auto run = run_with_address_space(100,
                                          "def depth(n):\n"
                                          "    return 0 if n == 0 else 1 + depth(n - 1)\n"
                                          "print(depth(900))\n");
  EXPECT_TRUE(exited_with(run, 0)) << run.status << run.err;
  EXPECT_EQ(run.out, "900\n");
}

TEST_F(MemoryLimit, FailedAllocationsAreCaughtAsMemoryError) {
  const auto run = run_with_address_space(
      100,
      "def attempt(label, make):\n"
      "    try:\n"
      "        make()\n"
      "        print(label, 'fitted')\n"
      "    except MemoryError as e:\n"
      "        print(label, repr(e))\n"
      "attempt('list', lambda: [0] * 10**9)\n"
      "attempt('str', lambda: 'a' * 10**10)\n"
      "attempt('power', lambda: 7 ** (10**9))\n"
      "attempt('product', lambda: (1 << 2**31) * (1 << 2**31))\n"
      "attempt('dict', lambda: {i: i for i in range(10**9)})\n"
      "def fill():\n"
      "    chunks = []\n"
      "    while True:\n"
      "        chunks.append([len(chunks)] * 10000)\n"
      "attempt('growing', fill)\n"
      "attempt('growing again', fill)\n"
      "print('after', sum(range(100)), 'x' * 3)\n");
  EXPECT_TRUE(exited_with(run, 0)) << run.status << run.err;
  EXPECT_EQ(run.out,
            "list MemoryError()\n"
            "str MemoryError()\n"
            "power MemoryError()\n"
            "product MemoryError()\n"
            "dict MemoryError()\n"
            "growing MemoryError()\n"
            "growing again MemoryError()\n"
            "after 4950 xxx\n");
}

TEST_F(MemoryLimit, UncaughtMemoryErrorIsReported) {
  const auto run = run_with_address_space(200, "x = [0] * 10**9\n");
  EXPECT_TRUE(exited_with(run, 1)) << run.status;
  EXPECT_EQ(run.err,
            "Traceback (most recent call last):\n"
            "  File \"<string>\", line 1, in <module>\n"
            "MemoryError\n");
}

}  // namespace
