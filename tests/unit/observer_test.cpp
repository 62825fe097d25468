// SPDX-License-Identifier: GPL-3.0-or-later
// The observer hook (vm/observer.h) seen from C++: an observer gets every
// instruction of the VM it is attached to, with call, line and return
// events around them; detaching stops the events; and another VM in the
// same process runs unobserved and unchanged while one VM is observed
// (the dispatch table is shared, the events are not).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "bytecode/code_object.h"
#include "runtime/dict.h"
#include "runtime/module.h"
#include "runtime/str.h"
#include "vm/frame.h"
#include "vm/observer.h"
#include "lib/standard_library.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

constexpr const char* kProgram =
    "def double(x):\n"
    "    return x * 2\n"
    "total = 0\n"
    "for i in range(3):\n"
    "    total += double(i)\n";

// Records events as "call NAME", "line N", "return NAME" and counts instructions.
class Recorder : public Observer {
 public:
  std::vector<std::string> events;
  size_t instructions = 0;

  bool on_call(VM&, Frame* frame) override {
    events.push_back("call " + std::string(frame->code->name->view()));
    return true;
  }
  bool on_line(VM&, Frame*, int line) override {
    events.push_back("line " + std::to_string(line));
    return true;
  }
  bool on_instruction(VM&, Frame*) override {
    ++instructions;
    return true;
  }
  bool on_return(VM&, Frame* frame, const Value&) override {
    events.push_back("return " + std::string(frame->code->name->view()));
    return true;
  }
};

// Runs kProgram in `vm` and returns its global `total`.
int64_t run_program(VM& vm) {
  Value code = vm.compile(kProgram, "observed.py", ParseMode::kFile);
  EXPECT_FALSE(code.is_null());
  Ref<Dict> globals = make_dict(vm);
  dict_set_str(vm, globals.get(), vm.names.dunder_builtins, vm.builtins_module);
  EXPECT_FALSE(vm.run_code(code.as<CodeObject>(), globals.get()).is_null());
  Value total = dict_get_str(globals.get(), vm.intern("total"));
  const int64_t result = total.is_small_int() ? total.as_small_int() : -1;
  dict_clear(vm, globals.get());
  return result;
}

TEST(Observer, SeesCallsLinesAndReturnsInOrder) {
  StandardVM vm;
  Recorder recorder;
  vm.attach_observer(&recorder);
  EXPECT_EQ(run_program(vm), 6);
  vm.detach_observer(&recorder);
  const std::vector<std::string> expected = {
      "call <module>", "line 1", "line 3", "line 4", "line 5", "call double", "line 2", "return double",
      "line 4",        "line 5", "call double", "line 2", "return double", "line 4", "line 5",
      "call double",   "line 2", "return double", "line 4", "return <module>"};
  EXPECT_EQ(recorder.events, expected);
  EXPECT_GT(recorder.instructions, recorder.events.size());
}

TEST(Observer, DetachedObserverSeesNothingMore) {
  StandardVM vm;
  Recorder recorder;
  vm.attach_observer(&recorder);
  vm.detach_observer(&recorder);
  EXPECT_FALSE(vm.is_observed());
  EXPECT_EQ(run_program(vm), 6);
  EXPECT_TRUE(recorder.events.empty());
  EXPECT_EQ(recorder.instructions, 0u);
}

TEST(Observer, AnotherVmRunsUnobservedMeanwhile) {
  StandardVM observed;
  StandardVM other;
  Recorder recorder;
  observed.attach_observer(&recorder);
  // The shared dispatch table now leads every VM to the hook; `other` has
  // no observers, so it passes straight on and reports nothing.
  EXPECT_EQ(run_program(other), 6);
  EXPECT_TRUE(recorder.events.empty());
  EXPECT_EQ(run_program(observed), 6);
  EXPECT_FALSE(recorder.events.empty());
  observed.detach_observer(&recorder);
}

}  // namespace
}  // namespace pyvm
