// SPDX-License-Identifier: GPL-3.0-or-later
// Parser tests: the corpus in tests/parser/cases against CPython's ast.dump
// (made by tests/parser/regen.py), node positions, parse modes, and a
// robustness sweep over truncated and mutated programs.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/ast_dump.h"
#include "compiler/parser.h"

namespace pyvm {
namespace {

namespace fs = std::filesystem;

const fs::path kCases = fs::path(PYVM_SOURCE_DIR) / "tests" / "parser" / "cases";

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<fs::path> corpus_files() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(kCases)) {
    if (entry.path().extension() == ".py") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string strip_newline(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  return text;
}

std::string dump_or_error(std::string_view source, bool attributes = false) {
  ParseResult result = parse(source, "test.py");
  if (result.error) return "error: " + result.error->message;
  return dump_ast(*result.module, attributes);
}

TEST(ParserCorpus, MatchesCpythonAstDump) {
  const auto files = corpus_files();
  ASSERT_GE(files.size(), 80u) << "corpus missing from " << kCases;
  for (const fs::path& file : files) {
    SCOPED_TRACE(file.filename().string());
    const std::string source = read_file(file);
    ParseResult result = parse(source, file.filename().string());
    ASSERT_FALSE(result.error) << format_syntax_error(*result.error);
    ASSERT_TRUE(result.module);
    EXPECT_EQ(dump_ast(*result.module), strip_newline(read_file(file.string() + ".ast")));
    const fs::path attrs = file.string() + ".attrs";
    if (fs::exists(attrs)) {
      EXPECT_EQ(dump_ast(*result.module, true), strip_newline(read_file(attrs)));
    }
  }
}

// Positions are what the code generator turns into line tables and
// traceback carets; these pin down CPython's conventions.
TEST(ParserPositions, NodeSpansFollowCpython) {
  EXPECT_EQ(dump_or_error("(a)\n", true),
            "Module(body=[Expr(value=Name(id='a', ctx=Load(), lineno=1, col_offset=1, "
            "end_lineno=1, end_col_offset=2), lineno=1, col_offset=0, end_lineno=1, "
            "end_col_offset=3)], type_ignores=[])");
  EXPECT_EQ(dump_or_error("x = 1, 2,\n", true),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, "
            "end_lineno=1, end_col_offset=1)], value=Tuple(elts=[Constant(value=1, lineno=1, "
            "col_offset=4, end_lineno=1, end_col_offset=5), Constant(value=2, lineno=1, "
            "col_offset=7, end_lineno=1, end_col_offset=8)], ctx=Load(), lineno=1, "
            "col_offset=4, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, "
            "end_lineno=1, end_col_offset=9)], type_ignores=[])");
  // A lone generator argument spans the call's parentheses.
  EXPECT_NE(dump_or_error("f(x for x in y)\n", true)
                .find("GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=2, "
                      "end_lineno=1, end_col_offset=3), generators=[comprehension(target=Name("
                      "id='x', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, "
                      "end_col_offset=9), iter=Name(id='y', ctx=Load(), lineno=1, "
                      "col_offset=13, end_lineno=1, end_col_offset=14), ifs=[], is_async=0)], "
                      "lineno=1, col_offset=1, end_lineno=1, end_col_offset=15)"),
            std::string::npos);
  // Columns are UTF-8 byte offsets.
  EXPECT_EQ(dump_or_error("é = 1\n", true),
            "Module(body=[Assign(targets=[Name(id='é', ctx=Store(), lineno=1, col_offset=0, "
            "end_lineno=1, end_col_offset=2)], value=Constant(value=1, lineno=1, col_offset=5, "
            "end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, "
            "end_col_offset=6)], type_ignores=[])");
  // A compound statement ends with its last block; a def starts at 'def'.
  ParseResult result = parse("@d\ndef f():\n    pass\n\n# c\n", "t.py");
  ASSERT_TRUE(result.module);
  const ast::Location& loc = result.module->body[0]->loc;
  EXPECT_EQ(loc.line, 2);
  EXPECT_EQ(loc.column, 0);
  EXPECT_EQ(loc.end_line, 3);
  EXPECT_EQ(loc.end_column, 8);
}

TEST(ParserConstants, ValuesAndTypes) {
  ParseResult result = parse("1\n9223372036854775808\n0x10\n1.5\n2j\n'a\\n'\nb'\\xff'\n", "t.py");
  ASSERT_TRUE(result.module);
  auto constant = [&](size_t index) -> const ast::ConstantValue& {
    return result.module->body[index]->as<ast::ExprStmt>().value->as<ast::Constant>().value;
  };
  EXPECT_EQ(std::get<int64_t>(constant(0)), 1);
  EXPECT_EQ(std::get<ast::BigIntLiteral>(constant(1)).digits, "9223372036854775808");
  EXPECT_EQ(std::get<int64_t>(constant(2)), 16);
  EXPECT_EQ(std::get<double>(constant(3)), 1.5);
  EXPECT_EQ(std::get<ast::ImaginaryLiteral>(constant(4)).imag, 2.0);
  EXPECT_EQ(std::get<std::string>(constant(5)), "a\n");
  EXPECT_EQ(std::get<ast::BytesLiteral>(constant(6)).bytes, "\xff");
}

TEST(ParserModes, ExpressionAndInteractive) {
  ParseResult expression = parse("1 + 2\n\n", "<string>", ParseMode::kExpression);
  ASSERT_TRUE(expression.module);
  ASSERT_EQ(expression.module->body.size(), 1u);
  EXPECT_EQ(expression.module->body[0]->kind, ast::StmtKind::kExpr);
  EXPECT_TRUE(parse("x = 1\n", "<string>", ParseMode::kExpression).error);

  ParseResult single = parse("if x:\n    y = 1\n", "<stdin>", ParseMode::kInteractive);
  ASSERT_TRUE(single.module);
  EXPECT_EQ(single.module->body.size(), 1u);
  ParseResult line = parse("a = 1; b = 2\n", "<stdin>", ParseMode::kInteractive);
  ASSERT_TRUE(line.module);
  EXPECT_EQ(line.module->body.size(), 2u);
  ParseResult two = parse("a = 1\nb = 2\n", "<stdin>", ParseMode::kInteractive);
  ASSERT_TRUE(two.error);
  EXPECT_EQ(two.error->message, "multiple statements found while compiling a single statement");
}

TEST(ParserInput, NewlinesAndEncoding) {
  EXPECT_EQ(dump_or_error("x = 1\r\ny = 2\r"), dump_or_error("x = 1\ny = 2\n"));
  EXPECT_EQ(dump_or_error("\xEF\xBB\xBFx = 1"), dump_or_error("x = 1\n"));
  EXPECT_EQ(dump_or_error(""), "Module(body=[], type_ignores=[])");
  EXPECT_EQ(dump_or_error("# only a comment"), "Module(body=[], type_ignores=[])");
}

// Every prefix of a program and random byte changes must give a module or a
// SyntaxError: never a crash, a hang or an out-of-bounds read (the test runs
// under AddressSanitizer).
void check_robust(std::string_view source) {
  ParseResult result = parse(source, "fuzz.py");
  ASSERT_NE(static_cast<bool>(result.module), static_cast<bool>(result.error));
  if (result.error) {
    EXPECT_FALSE(result.error->message.empty());
    EXPECT_FALSE(format_syntax_error(*result.error).empty());
  }
}

TEST(ParserRobustness, PrefixesAndMutations) {
  std::mt19937 random(12345);
  for (const fs::path& file : corpus_files()) {
    SCOPED_TRACE(file.filename().string());
    const std::string source = read_file(file);
    // Cut points: every line end of the small construct files plus a sample
    // of other bytes; a sample of both in the larger programs. (Every byte
    // of everything takes minutes under AddressSanitizer.)
    const bool construct_file = file.filename().string().rfind("syntax_", 0) == 0;
    std::vector<size_t> cuts;
    for (size_t cut = 0; cut <= source.size(); ++cut) {
      if (cut == source.size() || source[cut] == '\n') cuts.push_back(cut);
    }
    if (!construct_file) {
      std::shuffle(cuts.begin(), cuts.end(), random);
      cuts.resize(std::min<size_t>(cuts.size(), 8));
    }
    for (int extra = 0; extra < (construct_file ? 100 : 4); ++extra) {
      cuts.push_back(random() % (source.size() + 1));
    }
    for (size_t cut : cuts) check_robust(source.substr(0, cut));
    static constexpr char kNoise[] = {'(', ')',  '[',    ']',    '{',    '}', '\'', '"',
                                      ':', '\\', '\n',   '\t',   ' ',    '#', 'f',  '=',
                                      '*', ',',  '\x80', '\xff', '\xc3', '@', '.',  '0'};
    for (int round = 0; round < 4; ++round) {
      std::string mutated = source;
      for (int change = 0; change < 3 && !mutated.empty(); ++change) {
        mutated[random() % mutated.size()] = kNoise[random() % sizeof kNoise];
      }
      check_robust(mutated);
    }
  }
}

TEST(ParserRobustness, DeepNesting) {
  for (const char* open : {"(", "[", "{"}) {
    std::string deep;
    for (int i = 0; i < 5000; ++i) deep += open;
    check_robust(deep);
    ParseResult result = parse(deep, "deep.py");
    ASSERT_TRUE(result.error);
    EXPECT_EQ(result.error->message, "too many nested parentheses");
  }
  std::string unary = "x = ";
  for (int i = 0; i < 100000; ++i) unary += '-';
  unary += "1\n";
  ParseResult result = parse(unary, "deep.py");
  ASSERT_TRUE(result.error);
  EXPECT_EQ(result.error->message, "too many nested expressions");

  std::string chain = "x = ";
  for (int i = 0; i < 5000; ++i) chain += "not ";
  check_robust(chain + "y\n");
  std::string lambdas = "x = ";
  for (int i = 0; i < 5000; ++i) lambdas += "lambda: ";
  check_robust(lambdas + "0\n");
  std::string conditionals = "x = 1";
  for (int i = 0; i < 5000; ++i) conditionals += " if a else 1";
  check_robust(conditionals + "\n");
  std::string fstrings = "f'{f\"{f'''{f\"\"\"{1}\"\"\"}'''}\"}'\n";
  check_robust(fstrings);
  std::string blocks;
  for (int i = 0; i < 150; ++i) blocks += std::string(static_cast<size_t>(i), ' ') + "if x:\n";
  blocks += std::string(150, ' ') + "pass\n";
  result = parse(blocks, "deep.py");
  ASSERT_TRUE(result.error);
  EXPECT_EQ(result.error->message, "too many levels of indentation");
  // A long but flat program must not be mistaken for a deep one.
  std::string flat = "x = 0";
  for (int i = 0; i < 20000; ++i) flat += " + 1";
  EXPECT_FALSE(parse(flat + "\n", "flat.py").error);
}

}  // namespace
}  // namespace pyvm
