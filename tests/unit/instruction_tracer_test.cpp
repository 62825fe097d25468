// SPDX-License-Identifier: GPL-3.0-or-later
// The instruction tracer (tools/instruction_tracer.h): how values are cut
// and guarded, what a record looks like as text and as JSON, every JSON
// line of a traced program parsing with the documented fields, Ctrl-C
// under the tracer, and the option parser. The transcripts themselves are
// checked by the sessions tests/sessions/trace_*.
#include "tools/instruction_tracer.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "bytecode/code_object.h"
#include "bytecode/disassembler.h"
#include "pyvm_process.h"
#include "runtime/dict.h"
#include "runtime/str.h"
#include "lib/standard_library.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

using pyvm_test::exited_with;
using pyvm_test::PyvmRun;
using pyvm_test::run_pyvm;

class TraceReprTest : public ::testing::Test {
 protected:
  void SetUp() override { globals_ = make_dict(vm_); }
  void TearDown() override { dict_clear(vm_, globals_.get()); }

  // The trace repr of `expression`'s value, computed after running `setup`.
  std::string shown(const std::string& expression, const std::string& setup = "",
                    size_t width = 40) {
    Value code = vm_.compile(setup + "value = " + expression + "\n", "values.py", ParseMode::kFile);
    EXPECT_FALSE(code.is_null());
    dict_set_str(vm_, globals_.get(), vm_.names.dunder_builtins, vm_.builtins_module);
    EXPECT_FALSE(vm_.run_code(code.as<CodeObject>(), globals_.get()).is_null());
    std::string text = trace_repr(vm_, dict_get_str(globals_.get(), vm_.intern("value")), width);
    EXPECT_FALSE(vm_.has_error());
    return text;
  }

  StandardVM vm_;
  Ref<Dict> globals_;
};

TEST_F(TraceReprTest, ShortValuesShowAsTheirRepr) {
  EXPECT_EQ(shown("None"), "None");
  EXPECT_EQ(shown("-12"), "-12");
  EXPECT_EQ(shown("2.5"), "2.5");
  EXPECT_EQ(shown("'it\\'s'"), "\"it's\"");
  EXPECT_EQ(shown("b'\\x00a'"), "b'\\x00a'");
  EXPECT_EQ(shown("(1,)"), "(1,)");
  EXPECT_EQ(shown("{1: [2, (3, 4)], 'k': {5}}"), "{1: [2, (3, 4)], 'k': {5}}");
  EXPECT_EQ(shown("set()"), "set()");
  EXPECT_EQ(shown("frozenset({7})"), "frozenset({7})");
  EXPECT_EQ(shown("10 ** 30"), "1000000000000000000000000000000");
}

TEST_F(TraceReprTest, LongValuesAreCutToTheWidthWithAnEllipsis) {
  EXPECT_EQ(shown("'x' * 100"), "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...");
  EXPECT_EQ(shown("list(range(10 ** 6))"), "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11...");
  EXPECT_EQ(shown("'é' * 100", "", 10), "'éééééé...");
  EXPECT_EQ(shown("[1, 2, 3]", "", 5), "[1...");
}

TEST_F(TraceReprTest, ContainersInsideThemselvesShowAsTheirRepr) {
  EXPECT_EQ(shown("r", "r = [1]\nr.append(r)\n"), "[1, [...]]");
  EXPECT_EQ(shown("d", "d = {}\nd['me'] = d\n"), "{'me': {...}}");
}

TEST_F(TraceReprTest, AddressesAreLeftOut) {
  EXPECT_EQ(shown("f", "def f(): pass\n"), "<function f>");
  EXPECT_EQ(shown("object()"), "<object object>");
}

TEST_F(TraceReprTest, AFailingReprShowsAPlaceholderAndLeavesNoError) {
  const std::string bad = "class Bad:\n    def __repr__(self):\n        raise ValueError('no')\n";
  EXPECT_EQ(shown("Bad()", bad, 80), "<Bad object; repr raised ValueError>");
  EXPECT_EQ(shown("[Bad()]", bad, 80), "[<Bad object; repr raised ValueError>]");
  const std::string wrong = "class Wrong:\n    def __repr__(self):\n        return 3\n";
  EXPECT_EQ(shown("Wrong()", wrong, 80), "<Wrong object; repr raised TypeError>");
}

// A record of `source`'s first instruction (LOAD_CONST 0 (7)).
class RecordFormatTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Value code = vm_.compile("x = 7\n", "m.py", ParseMode::kFile);
    ASSERT_FALSE(code.is_null());
    code_ = Ref<CodeObject>::borrow(code.as<CodeObject>());
    listing_ = list_instructions(vm_, *code_);
    line_ = listing_line(listing_[0]);
    record_.depth = 2;
    record_.function = "f\t<x>";
    record_.file = "dir/m.py";
    record_.instruction = &listing_[0];
    record_.listing_line = line_;
  }

  StandardVM vm_;
  Ref<CodeObject> code_;
  std::vector<ListedInstruction> listing_;
  std::string line_;
  InstructionRecord record_;
};

TEST_F(RecordFormatTest, TextIsIndentedByDepthWithTheListingLineAndTheStack) {
  record_.outcome = TraceOutcome::kNext;
  record_.stack_known = true;
  record_.stack = {"7", "'a'"};
  std::string text;
  append_text(record_, &text);
  EXPECT_EQ(text, "    2 f\t<x>     0     1  LOAD_CONST              0 (7)  | [7, 'a']\n");
}

TEST_F(RecordFormatTest, TextNamesHowTheInstructionEnded) {
  const struct {
    TraceOutcome outcome;
    bool stack_known;
    const char* after;
  } kCases[] = {
      {TraceOutcome::kCall, false, "calls g"},       {TraceOutcome::kResume, false, "resumes g"},
      {TraceOutcome::kReturn, true, "[] returns g"}, {TraceOutcome::kYield, true, "[] yields g"},
      {TraceOutcome::kRaise, false, "raises g"},     {TraceOutcome::kUnwind, false, "unwinds"},
      {TraceOutcome::kUnknown, false, "?"},
  };
  for (const auto& c : kCases) {
    record_.outcome = c.outcome;
    record_.stack_known = c.stack_known;
    record_.value = "g";
    std::string text;
    append_text(record_, &text);
    EXPECT_EQ(text.substr(text.find("| ") + 2), std::string(c.after) + "\n");
  }
}

TEST_F(RecordFormatTest, JsonHasEveryFieldEscaped) {
  record_.outcome = TraceOutcome::kReturn;
  record_.stack_known = true;
  record_.stack = {"'\"\\\x01'", "\xff"};
  record_.value = "None";
  std::string json;
  append_json(record_, &json);
  EXPECT_EQ(json,
            "{\"depth\": 2, \"function\": \"f\\t<x>\", \"file\": \"dir/m.py\", \"index\": 0, "
            "\"line\": 1, "
            "\"opcode\": \"LOAD_CONST\", \"argument\": 0, \"argrepr\": \"7\", "
            "\"stack\": [\"'\\\"\\\\\\u0001'\", \"\\ufffd\"], \"outcome\": \"return\", \"value\": "
            "\"None\"}\n");
  record_.outcome = TraceOutcome::kCall;
  record_.stack_known = false;
  json.clear();
  append_json(record_, &json);
  EXPECT_NE(json.find("\"stack\": null, \"outcome\": \"call\", \"value\": \"None\"}"),
            std::string::npos);
}

// ---- the JSON Lines of a whole program

// A strict reader of one JSON value (RFC 8259), enough to check the lines.
class JsonReader {
 public:
  explicit JsonReader(std::string_view text) : text_(text) {}

  // The top-level object's keys with the kind of each value ('s' string,
  // 'n' number, 'a' array, 'o' object, 'l' null, 'b' boolean); false when
  // the text is not one JSON object.
  bool read_object(std::vector<std::pair<std::string, char>>* fields) {
    skip_space();
    if (!value(fields)) return false;
    skip_space();
    return position_ == text_.size();
  }

 private:
  bool value(std::vector<std::pair<std::string, char>>* fields = nullptr, char* kind = nullptr) {
    skip_space();
    if (position_ >= text_.size()) return false;
    const char c = text_[position_];
    char ignored;
    char& out = kind != nullptr ? *kind : ignored;
    out = c == '{'               ? 'o'
          : c == '['             ? 'a'
          : c == '"'             ? 's'
          : c == 'n'             ? 'l'
          : c == 't' || c == 'f' ? 'b'
                                 : 'n';
    switch (out) {
      case 'o':
        return object(fields);
      case 'a':
        return array();
      case 's':
        return string(nullptr);
      case 'l':
        return literal("null");
      case 'b':
        return literal(c == 't' ? "true" : "false");
      default:
        return number();
    }
  }

  bool object(std::vector<std::pair<std::string, char>>* fields) {
    ++position_;
    skip_space();
    if (take('}')) return true;
    while (true) {
      skip_space();
      std::string key;
      if (!string(&key)) return false;
      skip_space();
      if (!take(':')) return false;
      char kind = 0;
      if (!value(nullptr, &kind)) return false;
      if (fields != nullptr) fields->emplace_back(key, kind);
      skip_space();
      if (take('}')) return true;
      if (!peek(',')) return false;
      ++position_;
    }
  }

  bool array() {
    ++position_;
    skip_space();
    if (take(']')) return true;
    while (true) {
      if (!value()) return false;
      skip_space();
      if (take(']')) return true;
      if (!peek(',')) return false;
      ++position_;
    }
  }

  bool string(std::string* out) {
    if (!peek('"')) return false;
    ++position_;
    while (position_ < text_.size()) {
      const unsigned char c = static_cast<unsigned char>(text_[position_++]);
      if (c == '"') return true;
      if (c < 0x20) return false;
      if (c == '\\') {
        if (position_ >= text_.size()) return false;
        const char escape = text_[position_++];
        if (escape == 'u') {
          for (int i = 0; i < 4; ++i) {
            if (position_ >= text_.size() ||
                !std::isxdigit(static_cast<unsigned char>(text_[position_++]))) {
              return false;
            }
          }
        } else if (std::string_view("\"\\/bfnrt").find(escape) == std::string_view::npos) {
          return false;
        }
        continue;
      }
      if (out != nullptr) *out += static_cast<char>(c);
    }
    return false;
  }

  bool number() {
    const size_t start = position_;
    if (peek('-')) ++position_;
    while (position_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[position_])))
      ++position_;
    return position_ > start && std::isdigit(static_cast<unsigned char>(text_[position_ - 1]));
  }

  bool literal(std::string_view word) {
    if (text_.substr(position_, word.size()) != word) return false;
    position_ += word.size();
    return true;
  }

  bool peek(char c) const { return position_ < text_.size() && text_[position_] == c; }
  bool take(char c) {
    if (!peek(c)) return false;
    ++position_;
    return true;
  }
  void skip_space() {
    while (position_ < text_.size() &&
           std::string_view(" \t\r\n").find(text_[position_]) != std::string_view::npos) {
      ++position_;
    }
  }

  std::string_view text_;
  size_t position_ = 0;
};

class TemporaryDirectory {
 public:
  TemporaryDirectory() {
    std::string pattern = (std::filesystem::temp_directory_path() / "pyvm-trace-XXXXXX").string();
    path_ = mkdtemp(pattern.data());
  }
  ~TemporaryDirectory() { std::filesystem::remove_all(path_); }
  std::string write(const std::string& name, const std::string& text) const {
    const std::string file = path_ + "/" + name;
    std::ofstream(file) << text;
    return file;
  }
  std::string path(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

constexpr const char* kBusyProgram =
    "def gen(n):\n"
    "    for i in range(n):\n"
    "        yield '\\x01\\t\"é\"' * i\n"
    "class Bad:\n"
    "    def __repr__(self):\n"
    "        raise ValueError\n"
    "def risky(x):\n"
    "    try:\n"
    "        return [Bad(), x][2]\n"
    "    finally:\n"
    "        pass\n"
    "try:\n"
    "    risky(list(gen(3)))\n"
    "except IndexError as e:\n"
    "    print('caught', e)\n"
    "print(sorted({3, 1, 2}, key=lambda v: -v))\n";

TEST(TracerProcess, EveryJsonLineIsAnObjectWithTheDocumentedFields) {
  TemporaryDirectory directory;
  const std::string program = directory.write("busy.py", kBusyProgram);
  for (const char* mode : {"--trace", "--trace=lines"}) {
    const auto run = run_pyvm(PyvmRun({mode, "--trace-format=jsonl", program}));
    ASSERT_TRUE(exited_with(run, 0)) << run.err;
    EXPECT_EQ(run.out, "caught list index out of range\n[3, 2, 1]\n");
    const std::vector<std::pair<std::string, char>> kInstructionFields = {
        {"depth", 'n'}, {"function", 's'}, {"file", 's'},     {"index", 'n'},
        {"line", 'n'},  {"opcode", 's'},   {"argument", '?'}, {"argrepr", 's'},
        {"stack", '?'}, {"outcome", 's'},  {"value", '?'},
    };
    const std::vector<std::pair<std::string, char>> kLineFields = {
        {"depth", 'n'}, {"function", 's'}, {"file", 's'}, {"line", 'n'}, {"source", 's'}};
    const auto& expected = std::string(mode) == "--trace" ? kInstructionFields : kLineFields;
    std::istringstream lines(run.err);
    std::string line;
    int count = 0;
    while (std::getline(lines, line)) {
      ++count;
      std::vector<std::pair<std::string, char>> fields;
      ASSERT_TRUE(JsonReader(line).read_object(&fields)) << line;
      ASSERT_EQ(fields.size(), expected.size()) << line;
      for (size_t i = 0; i < fields.size(); ++i) {
        EXPECT_EQ(fields[i].first, expected[i].first) << line;
        if (expected[i].second != '?') {
          EXPECT_EQ(fields[i].second, expected[i].second) << line;
        }
      }
    }
    EXPECT_GT(count, 20) << mode;
  }
}

// The field names of a JSON line, in order.
std::vector<std::string> field_names(const std::string& line) {
  std::vector<std::pair<std::string, char>> fields;
  EXPECT_TRUE(JsonReader(line).read_object(&fields)) << line;
  std::vector<std::string> names;
  for (const auto& field : fields) names.push_back(field.first);
  return names;
}

TEST(TracerProcess, StateRecordsDefineEachStateOnceBeforeItIsUsed) {
  TemporaryDirectory directory;
  const std::string program = directory.write("busy.py", kBusyProgram);
  const auto run = run_pyvm(PyvmRun({"--trace-state", "--trace", program}));
  ASSERT_TRUE(exited_with(run, 0)) << run.err;
  const std::vector<std::string> kInstruction = {
      "depth", "function", "file", "index", "line", "opcode", "argument", "argrepr",
      "stack", "outcome", "value", "code", "frames", "heap", "stack_objects"};
  const std::map<std::string, std::vector<std::string>> kDefinitions = {
      {"code", {"code", "function", "file", "first_line", "listing"}},
      {"frame", {"frame", "code", "index", "line", "locals", "cells"}},
      {"state", {"state", "object", "kind", "type", "name", "items", "entries", "more"}},
      {"heap", {"heap", "states"}}};
  std::map<std::string, std::set<std::string>> bodies;  // of each kind, without the number
  std::istringstream lines(run.err);
  std::string line, output;
  int instructions = 0;
  while (std::getline(lines, line)) {
    std::vector<std::string> names = field_names(line);
    ASSERT_FALSE(names.empty()) << line;
    if (names[0] == "depth") {
      ++instructions;
      if (names.back() == "output") {
        const size_t at = line.find("\"output\": \"");
        output += line.substr(at + 11, line.size() - at - 13);
        names.pop_back();
      }
      EXPECT_EQ(names, kInstruction) << line;
      continue;
    }
    ASSERT_TRUE(kDefinitions.count(names[0])) << line;
    EXPECT_EQ(names, kDefinitions.at(names[0])) << line;
    // Numbered from 0 in the order written, and each body written once.
    auto& seen = bodies[names[0]];
    const std::string number = "{\"" + names[0] + "\": " + std::to_string(seen.size()) + ", ";
    ASSERT_EQ(line.rfind(number, 0), 0u) << line;
    EXPECT_TRUE(seen.insert(line.substr(number.size())).second) << "written twice: " << line;
  }
  EXPECT_GT(instructions, 50);
  EXPECT_EQ(output, "caught list index out of range\\n[3, 2, 1]\\n");
}

TEST(TracerProcess, CtrlCStopsATracedProgramAsAnUntracedOne) {
  TemporaryDirectory directory;
  const std::string program = directory.write("spin.py",
                                              "class Slow:\n"
                                              "    def __repr__(self):\n"
                                              "        return str(sum(range(20000)))\n"
                                              "s = Slow()\n"
                                              "while True:\n"
                                              "    s\n");
  PyvmRun run({"--trace", "--trace-file", directory.path("trace.txt"), program});
  run.interrupt_after = std::chrono::milliseconds(500);
  const auto result = run_pyvm(run);
  ASSERT_FALSE(result.timed_out);
  EXPECT_TRUE(WIFSIGNALED(result.status) && WTERMSIG(result.status) == SIGINT) << result.err;
  EXPECT_NE(result.err.find("KeyboardInterrupt"), std::string::npos) << result.err;
  std::ifstream trace(directory.path("trace.txt"));
  std::string text((std::istreambuf_iterator<char>(trace)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("raises KeyboardInterrupt()\n"), std::string::npos);
}

// ---- options

int parse(std::vector<std::string> arguments, TraceOptions* options, int* next) {
  std::vector<char*> argv{const_cast<char*>("pyvm")};
  for (std::string& argument : arguments) argv.push_back(argument.data());
  int i = 1;
  const int status = parse_trace_option(static_cast<int>(argv.size()), argv.data(), &i, options);
  *next = i + 1;
  return status;
}

TEST(TraceOptions, ValuesComeAfterEqualsOrAsTheNextArgument) {
  TraceOptions options;
  int next = 0;
  EXPECT_EQ(parse({"--trace=lines"}, &options, &next), -1);
  EXPECT_TRUE(options.enabled && options.lines);
  EXPECT_EQ(parse({"--trace-only", "f,A.g", "prog.py"}, &options, &next), -1);
  EXPECT_EQ(options.only, (std::vector<std::string>{"f", "A.g"}));
  EXPECT_EQ(next, 3);
  EXPECT_EQ(parse({"--trace-file=out.txt"}, &options, &next), -1);
  EXPECT_EQ(options.file, "out.txt");
  EXPECT_EQ(parse({"--trace-format", "jsonl"}, &options, &next), -1);
  EXPECT_TRUE(options.jsonl);
  EXPECT_EQ(parse({"--trace-limit=25"}, &options, &next), -1);
  EXPECT_EQ(options.limit, 25u);
  TraceOptions state;
  EXPECT_EQ(parse({"--trace-state"}, &state, &next), -1);
  EXPECT_TRUE(state.enabled && state.state && state.jsonl);
}

TEST(TraceOptions, BadValuesAreUsageErrors) {
  for (const std::vector<std::string>& arguments :
       std::vector<std::vector<std::string>>{{"--trace=all"},
                                             {"--trace-only"},
                                             {"--trace-only=f,"},
                                             {"--trace-file="},
                                             {"--trace-format=xml"},
                                             {"--trace-limit=0"},
                                             {"--trace-limit=-3"},
                                             {"--trace-limit=ten"},
                                             {"--traced"}}) {
    TraceOptions options;
    int next = 0;
    ::testing::internal::CaptureStderr();
    EXPECT_EQ(parse(arguments, &options, &next), 2) << arguments[0];
    const std::string message = ::testing::internal::GetCapturedStderr();
    EXPECT_EQ(message.rfind("pyvm: ", 0), 0u) << message;
    EXPECT_EQ(std::count(message.begin(), message.end(), '\n'), 1) << message;
  }
}

}  // namespace
}  // namespace pyvm
