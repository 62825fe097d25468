// SPDX-License-Identifier: GPL-3.0-or-later
// Slice assignment whose new items come from a generator that shrinks the
// list under the slice. CPython 3.11 writes past the list's end there (it
// crashes, so no golden program can hold these cases); pyvm does what
// CPython 3.12.5+ does (gh-120384): an extended slice is fitted again to the
// list as the generator left it. Each case is a Python program whose own
// asserts state the expected result; the rest of the re-entrancy cases are
// golden programs (tests/programs/c00*_*mutates*.py).
#include <gtest/gtest.h>

#include <string>

#include "compiler/compiler.h"
#include "runtime/dict.h"
#include "vm/traceback_printer.h"
#include "lib/standard_library.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

// Runs `source`; the test fails with the traceback if it raises.
void expect_runs(const std::string& source) {
  StandardVM vm;
  Value code = vm.compile(source, "case.py", ParseMode::kFile);
  ASSERT_FALSE(code.is_null());
  Ref<Dict> globals = make_dict(vm);
  dict_set_str(vm, globals.get(), vm.names.dunder_builtins, vm.builtins_module);
  if (vm.run_code(code.as<CodeObject>(), globals.get()).is_null()) {
    FAIL() << format_exception(vm, vm.take_error());
  }
}

TEST(ListReentrancy, ExtendedSliceFromGeneratorThatClearsTheList) {
  expect_runs(
      "L = list(range(10))\n"
      "def clears():\n"
      "    L.clear()\n"
      "    yield from range(5)\n"
      "try:\n"
      "    L[::2] = clears()\n"
      "except ValueError as e:\n"
      "    assert str(e) == 'attempt to assign sequence of size 5 to extended slice of size 0', e\n"
      "else:\n"
      "    raise AssertionError('no ValueError')\n"
      "assert L == [], L\n");
}

TEST(ListReentrancy, ExtendedSliceFromGeneratorThatShrinksTheList) {
  expect_runs(
      "L = list(range(10))\n"
      "def shrinks():\n"
      "    del L[3:]\n"
      "    yield from 'ab'\n"
      "try:\n"
      "    L[1:8:3] = shrinks()\n"
      "except ValueError as e:\n"
      "    assert str(e) == 'attempt to assign sequence of size 2 to extended slice of size 1', e\n"
      "else:\n"
      "    raise AssertionError('no ValueError')\n"
      "assert L == [0, 1, 2], L\n");
}

TEST(ListReentrancy, ExtendedSliceRefittedToTheShrunkList) {
  // [::3] of ten items is positions 0, 3, 6, 9; of the four left, 0 and 3.
  expect_runs(
      "L = list(range(10))\n"
      "def shrinks():\n"
      "    del L[4:]\n"
      "    yield from 'ab'\n"
      "L[::3] = shrinks()\n"
      "assert L == ['a', 1, 2, 'b'], L\n"
      "L = list(range(10))\n"
      "def shrinks_backwards():\n"
      "    del L[5:]\n"
      "    yield from 'xyz'\n"
      "L[::-2] = shrinks_backwards()\n"
      "assert L == ['z', 1, 'y', 3, 'x'], L\n");
}

}  // namespace
}  // namespace pyvm
