// SPDX-License-Identifier: GPL-3.0-or-later
// Disassembler tests: what the text says about a code object (headers,
// tables, argument meanings, labels, line and exception tables), and the
// round trip over every golden and conformance program: compile, disassemble,
// assemble, disassemble again — the two texts are equal and the reassembled
// code objects equal the compiler's field by field.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bytecode/assembler.h"
#include "bytecode/code_object.h"
#include "bytecode/disassembler.h"
#include "compiler/compiler.h"
#include "runtime/bytes.h"
#include "runtime/complex.h"
#include "runtime/int.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "lib/standard_library.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

// ---------------------------------------------------------------- equality

// Constants compare by type and exact value: floats by their bits (so -0.0
// and NaN payloads count), frozensets in iteration order, code objects
// field by field.
bool same_code(Runtime& rt, const CodeObject& a, const CodeObject& b, std::string* why);

bool same_constant(Runtime& rt, const Value& a, const Value& b, std::string* why) {
  if (a.tag() != b.tag()) return false;
  switch (a.tag()) {
    case Tag::kNull:
    case Tag::kNone:
      return true;
    case Tag::kBool:
      return a.as_bool() == b.as_bool();
    case Tag::kInt:
      return a.as_small_int() == b.as_small_int();
    case Tag::kFloat: {
      const double x = a.as_float(), y = b.as_float();
      return std::memcmp(&x, &y, sizeof x) == 0;
    }
    case Tag::kObject:
      break;
  }
  Type* type = rt.type_of(a);
  if (type != rt.type_of(b)) return false;
  if (type == rt.str_type) return as_str(a)->view() == as_str(b)->view();
  if (type == rt.bytes_type) return bytes_view(a) == bytes_view(b);
  if (type == rt.int_type) return int_compare(a, b) == 0;
  if (type == rt.complex_type) {
    const ComplexParts x = complex_parts(a), y = complex_parts(b);
    return std::memcmp(&x, &y, sizeof x) == 0;
  }
  if (type == rt.tuple_type) {
    const Tuple* x = as_tuple(a);
    const Tuple* y = as_tuple(b);
    if (x->size != y->size) return false;
    for (size_t i = 0; i < x->size; ++i) {
      if (!same_constant(rt, (*x)[i], (*y)[i], why)) return false;
    }
    return true;
  }
  if (type == rt.frozenset_type) {
    std::vector<Value> xs, ys;
    size_t position = 0;
    SetEntry* entry;
    while (set_next(a.as<Set>(), &position, &entry)) xs.push_back(entry->key);
    position = 0;
    while (set_next(b.as<Set>(), &position, &entry)) ys.push_back(entry->key);
    if (xs.size() != ys.size()) return false;
    for (size_t i = 0; i < xs.size(); ++i) {
      if (!same_constant(rt, xs[i], ys[i], why)) return false;
    }
    return true;
  }
  if (type == rt.code_type) return same_code(rt, *a.as<CodeObject>(), *b.as<CodeObject>(), why);
  return a.is(b);  // Ellipsis
}

bool same_names(const std::vector<Ref<Str>>& a, const std::vector<Ref<Str>>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i]->view() != b[i]->view()) return false;
  }
  return true;
}

bool same_code(Runtime& rt, const CodeObject& a, const CodeObject& b, std::string* why) {
  auto differ = [&](const char* field) {
    *why = std::string(a.qualname->view()) + ": " + field + " differs";
    return false;
  };
  if (a.instructions != b.instructions) return differ("instructions");
  if (a.constants.size() != b.constants.size()) return differ("constant count");
  for (size_t i = 0; i < a.constants.size(); ++i) {
    if (!same_constant(rt, a.constants[i], b.constants[i], why)) {
      if (why->empty()) differ("a constant");
      return false;
    }
  }
  if (!same_names(a.names, b.names)) return differ("names");
  if (!same_names(a.local_names, b.local_names)) return differ("local_names");
  if (!same_names(a.cell_names, b.cell_names)) return differ("cell_names");
  if (!same_names(a.free_names, b.free_names)) return differ("free_names");
  if (a.cell_parameters != b.cell_parameters) return differ("cell_parameters");
  if (a.argument_count != b.argument_count) return differ("argument_count");
  if (a.positional_only_count != b.positional_only_count) return differ("positional_only_count");
  if (a.keyword_only_count != b.keyword_only_count) return differ("keyword_only_count");
  if (a.flags != b.flags) return differ("flags");
  if (a.stack_size != b.stack_size) return differ("stack_size");
  if (a.first_line != b.first_line) return differ("first_line");
  if (a.name->view() != b.name->view()) return differ("name");
  if (a.qualname->view() != b.qualname->view()) return differ("qualname");
  if (a.filename->view() != b.filename->view()) return differ("filename");
  if (a.lines.size() != b.lines.size()) return differ("line table size");
  for (size_t i = 0; i < a.lines.size(); ++i) {
    const LineEntry& x = a.lines[i];
    const LineEntry& y = b.lines[i];
    if (x.instruction != y.instruction || x.line != y.line || x.end_line != y.end_line ||
        x.column != y.column || x.end_column != y.end_column) {
      return differ("line table");
    }
  }
  if (a.handlers.size() != b.handlers.size()) return differ("exception table size");
  for (size_t i = 0; i < a.handlers.size(); ++i) {
    const ExceptionHandler& x = a.handlers[i];
    const ExceptionHandler& y = b.handlers[i];
    if (x.start != y.start || x.end != y.end || x.target != y.target || x.depth != y.depth) {
      return differ("exception table");
    }
  }
  return true;
}

// ---------------------------------------------------------------- fixture

class DisassemblerTest : public ::testing::Test {
 protected:
  Ref<CodeObject> compile(std::string_view source, const std::string& filename = "test.py") {
    CompileResult result = compile_to_code(vm_, source, filename, ParseMode::kFile);
    EXPECT_FALSE(result.error) << result.error->message;
    return result.code;
  }

  std::string dis(std::string_view source) { return disassemble(vm_, *compile(source)); }

  // Compiles, disassembles, assembles and disassembles again; both texts and
  // both code objects must agree.
  void expect_round_trip(const CodeObject& code) {
    const std::string text = disassemble(vm_, code);
    std::string error;
    Ref<CodeObject> again = assemble(vm_, text, "round_trip.pasm", &error);
    ASSERT_TRUE(again) << error << "\n" << text;
    EXPECT_EQ(first_difference(disassemble(vm_, *again), text), "");
    std::string why;
    EXPECT_TRUE(same_code(vm_, code, *again, &why)) << why;
  }

  // The first line where two texts differ, with its number; "" if equal.
  static std::string first_difference(const std::string& a, const std::string& b) {
    std::istringstream x(a), y(b);
    std::string line_a, line_b;
    for (int line = 1;; ++line) {
      const bool more_a = static_cast<bool>(std::getline(x, line_a));
      const bool more_b = static_cast<bool>(std::getline(y, line_b));
      if (!more_a && !more_b) return a == b ? "" : "(trailing newline)";
      if (!more_a || !more_b || line_a != line_b) {
        return "line " + std::to_string(line) + ": " + (more_a ? line_a : "(end)") + " | " +
               (more_b ? line_b : "(end)");
      }
    }
  }

  // Whether some instruction line reads "NAME ARG (meaning)", however it is aligned.
  static bool has_instruction(const std::string& text, const std::string& instruction) {
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
      std::string squeezed;
      for (const char c : line) {
        if (c != ' ' || (!squeezed.empty() && squeezed.back() != ' ')) squeezed += c;
      }
      if (squeezed.find(" " + instruction) != std::string::npos &&
          squeezed.size() == squeezed.find(" " + instruction) + instruction.size() + 1) {
        return true;
      }
    }
    return false;
  }

  static bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
  }

  StandardVM vm_;
};

// ---------------------------------------------------------------- the text

TEST_F(DisassemblerTest, WritesTheHeaderOfEveryCodeObject) {
  const std::string text = dis("def add(a, b, *rest, c, **more):\n    return a + b\n");
  EXPECT_TRUE(contains(text,
                       ".code 0\n.name                   '<module>'\n"
                       ".qualname               '<module>'\n"
                       ".filename               'test.py'\n"
                       ".first_line             1\n"))
      << text;
  EXPECT_TRUE(contains(text, ".code 1\n.name                   'add'\n")) << text;
  EXPECT_TRUE(contains(text,
                       ".argument_count         2\n"
                       ".positional_only_count  0\n"
                       ".keyword_only_count     1\n"
                       ".flags                  VARARGS | VARKEYWORDS | FUNCTION\n"))
      << text;
  EXPECT_TRUE(contains(text, "    0  code 1\n")) << text;
  EXPECT_TRUE(contains(
      text, "\n.locals\n    0  'a'\n    1  'b'\n    2  'c'\n    3  'rest'\n    4  'more'\n"))
      << text;
}

TEST_F(DisassemblerTest, ExplainsEachArgument) {
  const std::string text =
      dis("import math\n"
          "def f(x):\n"
          "    y = 3.14\n"
          "    def g():\n"
          "        return y\n"
          "    if x == y and (x is not None) == y:\n"
          "        return math.pi\n"
          "    return g\n");
  EXPECT_TRUE(has_instruction(text, "LOAD_CONST 0 (3.14)")) << text;
  EXPECT_TRUE(has_instruction(text, "LOAD_FAST 0 (x)")) << text;
  EXPECT_TRUE(has_instruction(text, "COMPARE_OP 2 (==)")) << text;
  EXPECT_TRUE(has_instruction(text, "IS_OP 1 (is not)")) << text;
  EXPECT_TRUE(has_instruction(text, "LOAD_DEREF 0 (y)")) << text;
  EXPECT_TRUE(has_instruction(text, "LOAD_GLOBAL 0 (math)")) << text;
  EXPECT_TRUE(has_instruction(text, "LOAD_ATTR 1 (pi)")) << text;
  EXPECT_TRUE(has_instruction(text, "MAKE_FUNCTION 8 (closure)")) << text;
  EXPECT_TRUE(contains(text, "(code 2: f.<locals>.g)")) << text;
  EXPECT_TRUE(contains(text, "\n.cells\n    0  'y'\n")) << text;
  EXPECT_TRUE(contains(text, "\n.frees\n    0  'y'\n")) << text;
}

TEST_F(DisassemblerTest, MarksJumpTargetsWithLabels) {
  const std::string text = dis("x = 1\nwhile x < 10:\n    x = x + 1\nprint(x)\n");
  // Every label appears once on its own line and is the target of a jump.
  std::istringstream lines(text);
  std::string line;
  std::vector<std::string> labels;
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == ':') labels.push_back(line.substr(0, line.size() - 1));
  }
  ASSERT_FALSE(labels.empty()) << text;
  for (const std::string& label : labels) {
    EXPECT_TRUE(contains(text, "(to " + label + ")")) << label << "\n" << text;
  }
  EXPECT_EQ(labels[0], "L1");
}

TEST_F(DisassemblerTest, WritesTheLineAndExceptionTables) {
  const std::string text = dis("try:\n    x = 1\nexcept ValueError:\n    x = 2\n");
  EXPECT_TRUE(contains(text, "\n.lines\n")) << text;
  EXPECT_TRUE(contains(text, "2:4-2:5")) << text;  // x in `x = 1`: line 2, columns 4 to 5
  EXPECT_TRUE(contains(text, "\n.handlers\n")) << text;
  EXPECT_TRUE(contains(text, " -> L")) << text;
}

TEST_F(DisassemblerTest, SpellsEveryKindOfConstant) {
  const std::string source =
      "a = (None, True, False, 7, -7, 123456789012345678901234567890, 1.5, -0.0, 1e999, -1e999, "
      "1e-05,\n"
      "     1e+16, 2j, -1.5-2j, \"it's\", 'q\"', '\\n\\t\\x00\\u20ac\\U0001f600\\ud800', 'é€', "
      "b'\\x00\\xff\\'',\n"
      "     ..., (), (1,), ((1, 2), 'x'))\n"
      "b = x in {3, 1, 2}\n"
      "c = 1e999j - 1e999j\n"
      "d = -99999999999999999999\n";
  const std::string text = dis(source);
  EXPECT_TRUE(
      contains(text,
               "  (None, True, False, 7, -7, 123456789012345678901234567890, 1.5, -0.0, inf, "
               "-inf, 1e-05, 1e+16, complex(0.0, 2.0), complex(-1.5, -2.0), \"it's\", 'q\"', "
               "'\\n\\t\\x00€😀\\ud800', 'é€', b\"\\x00\\xff'\", ..., (), (1,), ((1, 2), 'x'))\n"))
      << text;
  EXPECT_TRUE(contains(text, "  frozenset({1, 2, 3})\n")) << text;
  EXPECT_TRUE(contains(text, "  99999999999999999999\n")) << text;
  // inf - inf is a NaN with the sign bit set on x86: its bits are kept.
  EXPECT_TRUE(contains(text, "  complex(0.0, nan(0x")) << text;
  expect_round_trip(*compile(source));
}

TEST_F(DisassemblerTest, GivesTheSlotsOfFrozensetsThatAddingInOrderWouldNotRebuild) {
  // 29, 13, 21 and 5 all start probing at slot 5 of an 8-slot table: where
  // each ends up depends on the order they were added, and so does the
  // order the set prints in. Added again in iteration order, they would
  // land elsewhere, so the text gives their slots.
  const std::string text = dis("for x in {29, 13, 21, 5}: print(x)\n");
  EXPECT_TRUE(contains(text, "  frozenset({29, 13, 21, 5}, slots=[0, 2, 3, 5], table_size=8)\n"))
      << text;
  EXPECT_TRUE(contains(dis("x in {3, 1, 2}\n"), "  frozenset({1, 2, 3})\n"));
  for (const char* set :
       {"{29, 13, 21, 5}", "{1, 33, 65, 97, 129}", "{1, 33, 65, 97, 129, 161, 2, 34, 3}",
        "{8, 40, 72, 104, 0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, "
        "416, 448}"}) {
    SCOPED_TRACE(set);
    expect_round_trip(*compile(std::string("for x in ") + set + ": print(x)\n"));
  }
  // Sets of sizes around the table's resizes (at 5, 19, 77 and 307 items).
  for (int size : {1, 4, 5, 6, 18, 19, 20, 40, 76, 77, 78, 150, 306, 307, 308, 500}) {
    SCOPED_TRACE(size);
    std::string source = "x in {";
    for (int i = 0; i < size; ++i) {
      source += "'s" + std::to_string(i * 7) + "', " + std::to_string(i * 64) + ", " +
                std::to_string(i) + ".5, ";
    }
    expect_round_trip(*compile(source + "}\n"));
  }
}

TEST_F(DisassemblerTest, CutsLongConstantsInMeanings) {
  const std::string text = dis("s = '" + std::string(200, 'x') + "'\n");
  EXPECT_TRUE(contains(text, "    0  '" + std::string(200, 'x') + "'\n")) << text;
  EXPECT_TRUE(contains(text, std::string("('").append(56, 'x').append("...)"))) << text;
}

TEST_F(DisassemblerTest, WritesWordsItCannotSpellAsInstructions) {
  Ref<CodeObject> code = compile("pass\n");
  code->instructions.insert(code->instructions.begin(),
                            {0x000000ff, encode_instruction(Opcode::NOP, 5)});
  const std::string text = disassemble(vm_, *code);
  EXPECT_TRUE(contains(text, ".word 0x000000ff\n")) << text;
  EXPECT_TRUE(contains(text, ".word 0x00000500\n")) << text;
  expect_round_trip(*code);
}

TEST_F(DisassemblerTest, SurvivesIndicesOutOfRange) {
  Ref<CodeObject> code = compile("pass\n");
  code->instructions = {
      encode_instruction(Opcode::LOAD_CONST, 99), encode_instruction(Opcode::LOAD_FAST, 3),
      encode_instruction(Opcode::LOAD_DEREF, 7), encode_instruction(Opcode::JUMP, 1000),
      encode_instruction(Opcode::COMPARE_OP, 9)};
  code->handlers = {{0, 2, 500, 0}};
  const std::string text = disassemble(vm_, *code);
  EXPECT_TRUE(has_instruction(text, "LOAD_CONST 99 (?)")) << text;
  EXPECT_TRUE(has_instruction(text, "JUMP 1000 (?)")) << text;
  EXPECT_TRUE(contains(text, "    0 to 2 -> 500 depth 0\n")) << text;
  expect_round_trip(*code);
}

TEST_F(DisassemblerTest, RoundTripsCodeObjectsSharedOrInsideTuples) {
  Ref<CodeObject> inner = compile("def f(): pass\n");
  Ref<CodeObject> outer = compile("x = 1\n");
  outer->constants.push_back(Value(inner));
  outer->constants.push_back(Value(make_tuple(vm_, {Value(inner), Value::small_int(1)})));
  const std::string text = disassemble(vm_, *outer);
  EXPECT_TRUE(contains(text, "(code 1, 1)")) << text;
  expect_round_trip(*outer);
}

// ---------------------------------------------------------------- round trips

std::vector<std::string> program_paths() {
  std::vector<std::string> paths;
  for (const char* directory :
       {PYVM_SOURCE_DIR "/tests/programs", PYVM_SOURCE_DIR "/../shared/conformance"}) {
    std::error_code ignored;
    for (const auto& entry : std::filesystem::directory_iterator(directory, ignored)) {
      if (entry.path().extension() == ".py") paths.push_back(entry.path().string());
    }
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

class DisassemblerProgramTest : public DisassemblerTest,
                                public ::testing::WithParamInterface<std::string> {};

TEST_P(DisassemblerProgramTest, RoundTripsThroughTheAssembler) {
  std::ifstream file(GetParam(), std::ios::binary);
  std::stringstream source;
  source << file.rdbuf();
  CompileResult result = compile_to_code(vm_, source.str(), GetParam(), ParseMode::kFile);
  if (result.error) GTEST_SKIP() << "does not compile: " << result.error->message;
  expect_round_trip(*result.code);
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = std::filesystem::path(info.param).stem().string();
  if (info.param.find("/conformance/") != std::string::npos) name = "conformance_" + name;
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(DisassemblerPrograms, DisassemblerProgramTest,
                         ::testing::ValuesIn(program_paths()), test_name);

}  // namespace
}  // namespace pyvm
