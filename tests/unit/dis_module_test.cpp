// SPDX-License-Identifier: GPL-3.0-or-later
// The dis module against the disassembler it presents: dis.dis() writes
// exactly the text `pyvm --dis` writes for the same code object (compared
// across processes, and in-process for functions and classes), and
// get_instructions() yields the listing's instruction lines taken apart.
// The golden programs d050-d054 check only what CPython prints too; the
// exact text, which is pyvm's own, is checked here.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "bytecode/code_object.h"
#include "bytecode/disassembler.h"
#include "pyvm_process.h"
#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/function.h"
#include "lib/standard_library.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

using pyvm_test::exited_with;
using pyvm_test::PyvmRun;
using pyvm_test::run_pyvm;

// A program with nested code objects, jumps and an exception handler.
constexpr const char* kProgram =
    "def evens(n):\n"
    "    return [k * 2 for k in range(n) if k % 3]\n"
    "\n"
    "class Counter:\n"
    "    step = 1\n"
    "\n"
    "    def __init__(self):\n"
    "        self.count = 0\n"
    "\n"
    "    def bump(self, text='x'):\n"
    "        try:\n"
    "            self.count += int(text)\n"
    "        except ValueError:\n"
    "            self.count = -1\n"
    "        return self.count\n"
    "\n"
    "    @staticmethod\n"
    "    def zero():\n"
    "        return 0\n"
    "\n"
    "print(evens(7), Counter().bump('4'))\n";

class TemporaryDirectory {
 public:
  TemporaryDirectory() {
    std::string pattern = (std::filesystem::temp_directory_path() / "pyvm-dis-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TemporaryDirectory() { std::filesystem::remove_all(path_); }
  std::string write(const std::string& name, const std::string& text) const {
    const std::string file = path_ + "/" + name;
    std::ofstream(file) << text;
    return file;
  }

 private:
  std::string path_;
};

TEST(DisModuleProcess, DisOfCompiledSourceIsTheListingOfPyvmDis) {
  TemporaryDirectory directory;
  const std::string program = directory.write("program.py", kProgram);
  const auto listing = run_pyvm(PyvmRun({"--dis", program}));
  ASSERT_TRUE(exited_with(listing, 0)) << listing.err;

  const std::string driver =
      directory.write("driver.py", "import dis\ndis.dis(compile(" + str_repr(kProgram) + ", " +
                                       str_repr(program) + ", 'exec'))\n");
  const auto from_dis = run_pyvm(PyvmRun({driver}));
  ASSERT_TRUE(exited_with(from_dis, 0)) << from_dis.err;
  EXPECT_EQ(from_dis.out, listing.out);
}

// Runs kProgram and then `extra` in one VM; the test then reads globals.
class DisModuleTest : public ::testing::Test {
 protected:
  void SetUp() override { globals_ = make_dict(vm_); }
  void TearDown() override { dict_clear(vm_, globals_.get()); }

  void run(const std::string& extra) {
    Value code = vm_.compile(std::string(kProgram) + extra, "program.py", ParseMode::kFile);
    ASSERT_FALSE(code.is_null());
    dict_set_str(vm_, globals_.get(), vm_.names.dunder_builtins, vm_.builtins_module);
    ASSERT_FALSE(vm_.run_code(code.as<CodeObject>(), globals_.get()).is_null())
        << "the program raised";
  }

  Value global(const char* name) { return dict_get_str(globals_.get(), vm_.intern(name)); }
  std::string text(const char* name) { return std::string(as_str(global(name))->view()); }

  // The listing of a function's code object.
  std::string listing_of(const Value& function) {
    return disassemble(vm_, *function.as<Function>()->code_object());
  }

  Value attribute(const Value& object, const char* name) {
    return get_attr(vm_, object, vm_.intern(name));
  }

  StandardVM vm_;
  Ref<Dict> globals_;
};

constexpr const char* kCollector =
    "import dis\n"
    "class Collect:\n"
    "    def __init__(self):\n"
    "        self.parts = []\n"
    "    def write(self, text):\n"
    "        self.parts.append(text)\n"
    "def listing(x):\n"
    "    out = Collect()\n"
    "    dis.dis(x, file=out)\n"
    "    return ''.join(out.parts)\n";

TEST_F(DisModuleTest, DisOfAFunctionIsTheListingOfItsCode) {
  run(std::string(kCollector) +
      "function_text = listing(evens)\nmethod_text = listing(Counter().bump)\n");
  EXPECT_EQ(text("function_text"), listing_of(global("evens")));
  EXPECT_EQ(text("method_text"), listing_of(attribute(global("Counter"), "bump")));
}

TEST_F(DisModuleTest, DisOfAClassListsItsMethodsByName) {
  run(std::string(kCollector) + "class_text = listing(Counter)\n");
  const Value counter = global("Counter");
  const Value zero = attribute(counter, "zero");
  const std::string expected = "Disassembly of __init__:\n" +
                               listing_of(attribute(counter, "__init__")) + "\n" +
                               "Disassembly of bump:\n" + listing_of(attribute(counter, "bump")) +
                               "\n" + "Disassembly of zero:\n" + listing_of(zero) + "\n";
  EXPECT_EQ(text("class_text"), expected);
}

// Each Instruction record is one line of the listing taken apart.
TEST_F(DisModuleTest, InstructionRecordsAreTheListedInstructions) {
  run(std::string(kCollector) + "records = list(dis.get_instructions(Counter.bump))\n");
  const CodeObject& code = *attribute(global("Counter"), "bump").as<Function>()->code_object();
  const std::vector<ListedInstruction> listed = list_instructions(vm_, code);
  const List* records = as_list(global("records"));
  ASSERT_EQ(records->items.size(), listed.size());
  bool saw_jump_target = false;
  for (size_t i = 0; i < listed.size(); ++i) {
    const Tuple* record = as_tuple(records->items[i]);
    const Opcode op = opcode_of(listed[i].word);
    EXPECT_EQ(as_str((*record)[0])->view(), opcode_info(op).name);
    EXPECT_EQ((*record)[1].as_small_int(), static_cast<int64_t>(op));
    EXPECT_EQ(as_str((*record)[4])->view(), listed[i].meaning);
    EXPECT_EQ((*record)[5].as_small_int(), listed[i].offset);
    EXPECT_EQ((*record)[6].is_none(), !listed[i].starts_line);
    EXPECT_EQ((*record)[7].as_bool(), listed[i].is_jump_target);
    saw_jump_target |= listed[i].is_jump_target;
  }
  EXPECT_TRUE(saw_jump_target);  // the except clause is a handler target
}

}  // namespace
}  // namespace pyvm
