// SPDX-License-Identifier: GPL-3.0-or-later
// The runtime's allocation limit (out_of_memory.h): with it lowered, a
// program's request above it is a MemoryError the program can catch, and
// the VM goes on working, as on a machine with that little memory.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "runtime/dict.h"
#include "runtime/out_of_memory.h"
#include "runtime/str.h"
#include "lib/standard_library.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

// Lowers the limit for one test and puts it back.
class AllocationLimit : public ::testing::Test {
 protected:
  void SetUp() override { set_allocation_limit(size_t{4} << 20); }
  void TearDown() override { set_allocation_limit(SIZE_MAX); }
};

// Runs `source` in a fresh module; the value it leaves in `result`.
std::string run_for_result(VM& vm, const std::string& source) {
  Value code = vm.compile(source, "limit.py", ParseMode::kFile);
  if (code.is_null()) return "compile error";
  Ref<Dict> globals = make_dict(vm);
  dict_set_str(vm, globals.get(), vm.names.dunder_builtins, vm.builtins_module);
  if (vm.run_code(code.as<CodeObject>(), globals.get()).is_null()) {
    vm.clear_error();
    return "uncaught exception";
  }
  const Value result = dict_get_str(globals.get(), vm.intern("result"));
  std::string text = is_str(result) ? std::string(result.as<Str>()->view()) : "no result";
  dict_clear(vm, globals.get());
  return text;
}

TEST_F(AllocationLimit, RequestsAboveItAreMemoryErrors) {
  StandardVM vm;
  // Each request is a few times the 4 MB limit; the objects below it work.
  const std::string source =
      "def attempt(make):\n"
      "    try:\n"
      "        make()\n"
      "        return 'made'\n"
      "    except MemoryError:\n"
      "        return 'MemoryError'\n"
      "outcomes = [\n"
      "    attempt(lambda: 'a' * 20_000_000),\n"
      "    attempt(lambda: b'b' * 20_000_000),\n"
      "    attempt(lambda: {i: i for i in range(1_000_000)}),\n"
      "    attempt(lambda: set(range(1_000_000))),\n"
      "    attempt(lambda: 3 ** 100_000_000),\n"
      "    attempt(lambda: 'a' * 1000),\n"
      "]\n"
      "result = ' '.join(outcomes)\n";
  EXPECT_EQ(run_for_result(vm, source), "MemoryError MemoryError MemoryError MemoryError MemoryError made");
  // And the VM runs on.
  EXPECT_EQ(run_for_result(vm, "result = str(sum(range(10)))\n"), "45");
}

}  // namespace
}  // namespace pyvm
