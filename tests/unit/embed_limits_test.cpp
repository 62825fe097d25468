// SPDX-License-Identifier: GPL-3.0-or-later
// The limits an embedding host sets on an interpreter (pyvm::Limits): each
// stops or refuses what it is for, and leaves the host and the interpreter
// able to go on.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "pyvm/pyvm.h"

namespace {

constexpr const char* kEndlessLoop = "n = 0\nwhile True:\n    n += 1\n";

// The limit that stopped `source`, or a description of what else happened.
std::string stopped_by(pyvm::Interpreter& python, const std::string& source) {
  try {
    python.exec(source);
  } catch (const pyvm::LimitError& error) {
    switch (error.limit()) {
      case pyvm::Limit::kInstructions:
        return "instructions: " + error.message();
      case pyvm::Limit::kTime:
        return "time: " + error.message();
      case pyvm::Limit::kMemory:
        return "memory: " + error.type_name();
    }
  } catch (const pyvm::Error& error) {
    return "error " + error.type_name() + ": " + error.message();
  }
  return "finished";
}

TEST(EmbedLimits, TheInstructionLimitStopsAnEndlessLoop) {
  pyvm::Limits limits;
  limits.max_instructions = 100000;
  pyvm::Interpreter python(limits);
  EXPECT_EQ(stopped_by(python, kEndlessLoop), "instructions: instruction limit exceeded");
  // Each call starts with the whole allowance: the interpreter goes on.
  EXPECT_EQ(stopped_by(python, "total = sum(i for i in range(1000))"), "finished");
  EXPECT_EQ(python.global("total").as<int>(), 499500);
}

TEST(EmbedLimits, TheInstructionLimitCountsEachInstruction) {
  // `x = 1` runs four: LOAD_CONST, STORE_NAME, LOAD_CONST None, RETURN_VALUE.
  pyvm::Limits limits;
  limits.max_instructions = 4;
  pyvm::Interpreter enough(limits);
  EXPECT_EQ(stopped_by(enough, "x = 1"), "finished");
  limits.max_instructions = 3;
  pyvm::Interpreter one_short(limits);
  EXPECT_EQ(stopped_by(one_short, "x = 1"), "instructions: instruction limit exceeded");
}

TEST(EmbedLimits, TheInstructionLimitCountsNativeWork) {
  // One instruction calls sum(), which would run for hours: its items count.
  pyvm::Limits limits;
  limits.max_instructions = 100000;
  pyvm::Interpreter python(limits);
  EXPECT_EQ(stopped_by(python, "sum(range(10**15))"), "instructions: instruction limit exceeded");
  EXPECT_EQ(stopped_by(python, "sorted(zip(range(300000, 0, -1)))"),
            "instructions: instruction limit exceeded");
}

TEST(EmbedLimits, NoHandlerCatchesALimit) {
  pyvm::Limits limits;
  limits.max_instructions = 50000;
  pyvm::Interpreter python(limits);
  EXPECT_EQ(stopped_by(python,
                       "while True:\n"
                       "    try:\n"
                       "        while True:\n"
                       "            pass\n"
                       "    except BaseException:\n"
                       "        pass\n"
                       "    finally:\n"
                       "        escaped = True\n"),
            "instructions: instruction limit exceeded");
  EXPECT_FALSE(python.has_global("escaped"));
}

TEST(EmbedLimits, TheInstructionLimitCountsRecursionAndCallsFromTheHost) {
  pyvm::Limits limits;
  limits.max_instructions = 20000;
  pyvm::Interpreter python(limits);
  python.exec("def spin():\n    while True:\n        pass\n");
  try {
    python.call("spin");
    FAIL() << "not stopped";
  } catch (const pyvm::LimitError& error) {
    EXPECT_EQ(error.limit(), pyvm::Limit::kInstructions);
  }
  python.def("host_calls_back", [&python]() { python.call("spin"); });
  EXPECT_EQ(stopped_by(python, "host_calls_back()"), "instructions: instruction limit exceeded");
  EXPECT_EQ(
      stopped_by(
          python,
          "def f(n):\n    return f(n + 1) if n < 500 else n\nfor _ in range(10**6):\n    f(0)\n"),
      "instructions: instruction limit exceeded");
}

TEST(EmbedLimits, TheTimeoutStopsAnEndlessLoop) {
  pyvm::Limits limits;
  limits.timeout_seconds = 0.2;
  pyvm::Interpreter python(limits);
  EXPECT_EQ(stopped_by(python, kEndlessLoop), "time: time limit exceeded");
  EXPECT_GT(python.global("n").as<int64_t>(), 0);
  EXPECT_EQ(stopped_by(python, "x = 1"), "finished");
}

TEST(EmbedLimits, TheTimeoutStopsLongNativeWork) {
  pyvm::Limits limits;
  limits.timeout_seconds = 0.2;
  pyvm::Interpreter python(limits);
  EXPECT_EQ(stopped_by(python, "while True:\n    sorted(range(100000), key=lambda x: -x)\n"),
            "time: time limit exceeded");
}

TEST(EmbedLimits, TheTimeoutStopsASleep) {
  pyvm::Limits limits;
  limits.timeout_seconds = 0.2;
  pyvm::Interpreter python(limits);
  EXPECT_EQ(stopped_by(python, "import time\ntime.sleep(3600)"), "time: time limit exceeded");
  EXPECT_EQ(stopped_by(python, "time.sleep(0.01)"), "finished");
}

TEST(EmbedLimits, TheRecursionLimit) {
  pyvm::Limits limits;
  limits.max_recursion_depth = 60;
  pyvm::Interpreter python(limits);
  python.exec("def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\n");
  EXPECT_EQ(python.call("depth", 50).as<int>(), 50);
  EXPECT_EQ(stopped_by(python, "depth(100)"),
            "error RecursionError: maximum recursion depth exceeded");
  EXPECT_EQ(python.eval_as<int>("__import__('sys').getrecursionlimit()"), 60);
  // A script may lower the limit, not raise it past the host's.
  EXPECT_EQ(stopped_by(python, "import sys\nsys.setrecursionlimit(100000)"),
            "error ValueError: recursion limit 100000 is above the host's limit of 60");
  python.exec("import sys\nsys.setrecursionlimit(30)");
  EXPECT_EQ(stopped_by(python, "depth(50)"),
            "error RecursionError: maximum recursion depth exceeded");
}

TEST(EmbedLimits, OnlyTheListedModulesCanBeImported) {
  pyvm::Limits limits;
  limits.importable_modules = std::vector<std::string>{"math"};
  pyvm::Interpreter python(limits);
  python.module("host_api").def("answer", []() { return 42; });
  python.exec("import math\nimport host_api\nvalue = math.floor(host_api.answer() + 0.5)\n");
  EXPECT_EQ(python.global("value").as<int>(), 42);
  EXPECT_EQ(stopped_by(python, "import os"),
            "error ImportError: import of 'os' is not allowed here");
  EXPECT_EQ(stopped_by(python, "import sys"),
            "error ImportError: import of 'sys' is not allowed here");
  EXPECT_EQ(stopped_by(python, "__import__('os.path')"),
            "error ImportError: import of 'os' is not allowed here");
  EXPECT_EQ(stopped_by(python, "from os import path"),
            "error ImportError: import of 'os' is not allowed here");
  // Lifting the limit allows them again.
  python.set_limits(pyvm::Limits());
  EXPECT_EQ(stopped_by(python, "import os"), "finished");
}

TEST(EmbedLimits, FileAccessCanBeTurnedOff) {
  pyvm::Limits limits;
  limits.file_access = false;
  pyvm::Interpreter python(limits);
  const std::string outcome = stopped_by(python, "open('/etc/hostname')");
  EXPECT_EQ(outcome.rfind("error PermissionError", 0), 0u) << outcome;
}

TEST(EmbedLimits, TheMemoryCeilingIsAMemoryErrorTheScriptCanCatch) {
  pyvm::Interpreter python;
  const size_t start = python.memory_used();
  EXPECT_GT(start, 0u);
  // A file of one 40 MB line, made before the ceiling is set.
  const std::string path = ::testing::TempDir() + "pyvm_ceiling_line.txt";
  python.set_global("path", path);
  python.exec("with open(path, 'w') as f:\n    f.write('y' * 40_000_000)\n");
  pyvm::Limits limits;
  limits.max_memory_bytes = python.memory_used() + (size_t{32} << 20);
  python.set_limits(limits);
  python.exec(
      "def fill():\n"
      "    chunks = []\n"
      "    while True:\n"
      "        chunks.append('x' * 100000)\n"
      "def stringio_fill():\n"
      "    text = __import__('io').StringIO()\n"
      "    while True:\n"
      "        text.write('x' * 100000)\n"
      "def attempt(make):\n"
      "    try:\n"
      "        make()\n"
      "        return 'made'\n"
      "    except MemoryError:\n"
      "        return 'MemoryError'\n"
      "outcomes = [attempt(fill), attempt(lambda: [0] * 10**8), attempt(lambda: 7 ** 10**9),\n"
      "            attempt(lambda: {i: i for i in range(10**7)}), attempt(lambda: bytes(10**8)),\n"
      "            attempt(lambda: bytearray(10**8)), attempt(lambda: "
      "__import__('array').array('q', [0]) * 10**8),\n"
      "            attempt(lambda: __import__('collections').deque(range(10**8))),\n"
      "            attempt(stringio_fill), attempt(lambda: open(path, buffering=10**9)),\n"
      "            attempt(lambda: open(path).read()), attempt(lambda: open(path).readline()),\n"
      "            attempt(lambda: 'small' * 10)]\n");
  EXPECT_EQ(python.global("outcomes").as<std::vector<std::string>>(),
            (std::vector<std::string>{"MemoryError", "MemoryError", "MemoryError", "MemoryError",
                                      "MemoryError", "MemoryError", "MemoryError", "MemoryError",
                                      "MemoryError", "MemoryError", "MemoryError", "MemoryError",
                                      "made"}));
  EXPECT_LT(python.memory_used(), limits.max_memory_bytes);
  std::remove(path.c_str());
}

TEST(EmbedLimits, CompilingAHugeSourceIsAMemoryErrorUnderTheCeiling) {
  pyvm::Interpreter python;
  pyvm::Limits limits;
  limits.max_memory_bytes = python.memory_used() + (size_t{64} << 20);
  python.set_limits(limits);
  // Two million additions are about 300 MB of syntax tree.
  python.exec(
      "source = 'x = ' + '1+' * 2000000 + '1'\n"
      "try:\n"
      "    exec(source)\n"
      "    outcome = 'compiled'\n"
      "except MemoryError:\n"
      "    outcome = 'MemoryError'\n");
  EXPECT_EQ(python.global("outcome").as<std::string>(), "MemoryError");
  EXPECT_THROW(python.exec(python.global("source").as<std::string>()), pyvm::LimitError);
  python.exec("exec('y = 1 + 2')");
  EXPECT_EQ(python.global("y").as<int>(), 3);
}

// Under ceilings from 1 to 24 MB the same work is refused at a different
// allocation each time: whatever was made before it must be freed (the
// sanitizer build's leak checker sees any that is not), and the
// interpreter must go on working.
TEST(EmbedLimits, WorkRefusedHalfwayLeavesNothingBehind) {
  const char* kWork =
      "def attempt(make):\n"
      "    try:\n"
      "        make()\n"
      "    except MemoryError:\n"
      "        pass\n"
      "items = list(range(200_000))\n"
      "class Point:\n"
      "    def __init__(self, x):\n"
      "        self.x = x\n"
      "        self.y = [x]\n"
      "attempt(lambda: 10 ** (10**7))\n"
      "attempt(lambda: ValueError(*items, *items))\n"
      "attempt(lambda: {i: str(i) for i in items})\n"
      "attempt(lambda: sorted(zip(items, map(str, items)), reverse=True))\n"
      "attempt(lambda: [Point(i) for i in items])\n"
      "attempt(lambda: ','.join(map(str, items)) * 4)\n"
      "attempt(lambda: {frozenset((i, -i)) for i in items})\n"
      "attempt(lambda: list(x * 2 for x in items for _ in range(3)))\n";
  for (size_t megabytes = 1; megabytes <= 24; ++megabytes) {
    pyvm::Interpreter python;
    pyvm::Limits limits;
    limits.max_memory_bytes = python.memory_used() + (megabytes << 20);
    python.set_limits(limits);
    try {
      python.exec(kWork);
    } catch (const pyvm::Error&) {
      // (a MemoryError outside the attempts: the ceiling was too low for them)
    }
    EXPECT_EQ(python.eval_as<int>("6 * 7"), 42) << megabytes << " MB";
  }
}

TEST(EmbedLimits, AnUncaughtMemoryErrorIsTheCeilingsLimitError) {
  pyvm::Limits limits;
  pyvm::Interpreter python;
  limits.max_memory_bytes = python.memory_used() + (size_t{16} << 20);
  python.set_limits(limits);
  EXPECT_EQ(stopped_by(python, "chunks = []\nwhile True:\n    chunks.append([0] * 10000)\n"),
            "memory: MemoryError");
  // The host goes on; once the script's data is gone there is room again.
  python.exec("del chunks");
  EXPECT_EQ(stopped_by(python, "data = list(range(100000))"), "finished");
  EXPECT_EQ(python.eval_as<int>("len(data)"), 100000);
}

TEST(EmbedLimits, ALimitStopsOneInterpreterAndNotAnother) {
  pyvm::Limits limits;
  limits.max_instructions = 10000;
  limits.max_memory_bytes = size_t{64} << 20;
  pyvm::Interpreter limited(limits);
  pyvm::Interpreter free;
  free.exec("def work():\n    return sum(range(100000)) + len([0] * 10**7)\n");
  limited.def("other_work", [&free]() { return free.call("work").as<int64_t>(); });
  // The free interpreter's work, called from inside the limited one, is
  // not charged to the limited one.
  EXPECT_EQ(limited.eval_as<int64_t>("other_work()"), 4999950000 + 10000000);
  EXPECT_EQ(stopped_by(limited, kEndlessLoop), "instructions: instruction limit exceeded");
  free.exec(kEndlessLoop + std::string("    if n == 1000000:\n        break\n"));
  EXPECT_EQ(free.global("n").as<int>(), 1000000);
}

}  // namespace
