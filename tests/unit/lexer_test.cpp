// SPDX-License-Identifier: GPL-3.0-or-later
// Lexer tests: token kinds, text and positions (1-based lines, 0-based UTF-8
// byte columns, CPython's conventions), and the tokenizer's errors.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "compiler/lexer.h"

namespace pyvm {
namespace {

struct Lexed {
  std::vector<Token> tokens;
  std::string error;  // "Kind: message @line:column"
};

// Owns the source, so the tokens' text stays valid.
class LexerTest : public ::testing::Test {
 protected:
  const Lexed& lex(std::string_view raw) {
    source_ = std::make_unique<SourceText>(normalize_source(raw, "t.py"), "t.py");
    Lexer lexer(*source_);
    result_ = {};
    try {
      for (;;) {
        result_.tokens.push_back(lexer.next());
        if (result_.tokens.back().kind == TokenKind::kEndMarker) break;
      }
    } catch (const SyntaxErrorException& exception) {
      const SyntaxError& e = exception.error;
      result_.error = e.kind + ": " + e.message + " @" + std::to_string(e.line) + ":" +
                      std::to_string(e.column);
    }
    return result_;
  }

  // "KIND text" for each token, e.g. "NAME x", "NUMBER 1", "NEWLINE".
  std::vector<std::string> kinds(std::string_view raw) {
    std::vector<std::string> out;
    for (const Token& token : lex(raw).tokens) {
      std::string item(token_kind_name(token.kind));
      if (token.kind == TokenKind::kName || token.kind == TokenKind::kNumber ||
          token.kind == TokenKind::kString || token.kind == TokenKind::kErrorToken) {
        item += ' ';
        item += token.text;
      }
      out.push_back(item);
    }
    return out;
  }

  std::string error(std::string_view raw) { return lex(raw).error; }

 private:
  std::unique_ptr<SourceText> source_;
  Lexed result_;
};

using Strings = std::vector<std::string>;

TEST_F(LexerTest, SimpleStatementWithPositions) {
  const Lexed& lexed = lex("x = foo(1, 'a')\n");
  ASSERT_TRUE(lexed.error.empty());
  const auto& t = lexed.tokens;
  ASSERT_EQ(t.size(), 10u);
  EXPECT_EQ(t[0].kind, TokenKind::kName);
  EXPECT_EQ(t[0].text, "x");
  EXPECT_EQ(t[0].start.line, 1);
  EXPECT_EQ(t[0].start.column, 0);
  EXPECT_EQ(t[0].end.column, 1);
  EXPECT_EQ(t[1].kind, TokenKind::kEqual);
  EXPECT_EQ(t[3].kind, TokenKind::kLeftParen);
  EXPECT_EQ(t[3].depth, 1);
  EXPECT_EQ(t[6].kind, TokenKind::kString);
  EXPECT_EQ(t[6].text, "'a'");
  EXPECT_EQ(t[6].start.column, 11);
  EXPECT_EQ(t[6].end.column, 14);
  EXPECT_EQ(t[7].kind, TokenKind::kRightParen);
  EXPECT_EQ(t[7].depth, 0);
  // NEWLINE covers the '\n' itself.
  EXPECT_EQ(t[8].kind, TokenKind::kNewline);
  EXPECT_EQ(t[8].start.column, 15);
  EXPECT_EQ(t[8].end.column, 15);
  EXPECT_EQ(t[9].kind, TokenKind::kEndMarker);
}

TEST_F(LexerTest, IndentationProducesIndentAndDedent) {
  EXPECT_EQ(kinds("if x:\n    y\n        z\nw\n"),
            (Strings{"if", "NAME x", ":", "NEWLINE", "INDENT", "NAME y", "NEWLINE", "INDENT",
                     "NAME z", "NEWLINE", "DEDENT", "DEDENT", "NAME w", "NEWLINE", "ENDMARKER"}));
  // Dedents at end of file come before ENDMARKER, even without a newline.
  EXPECT_EQ(kinds("if x:\n  y"), (Strings{"if", "NAME x", ":", "NEWLINE", "INDENT", "NAME y",
                                          "NEWLINE", "DEDENT", "ENDMARKER"}));
  // Tabs count to the next multiple of 8, so tab-only indentation works.
  EXPECT_EQ(kinds("if x:\n\ty\n\t\tz\n"),
            (Strings{"if", "NAME x", ":", "NEWLINE", "INDENT", "NAME y", "NEWLINE", "INDENT",
                     "NAME z", "NEWLINE", "DEDENT", "DEDENT", "ENDMARKER"}));
}

TEST_F(LexerTest, BlankAndCommentLinesAreSkipped) {
  EXPECT_EQ(kinds("\n\n# comment\n   \nx  # trailing\n\n  # indented comment\ny\n"),
            (Strings{"NAME x", "NEWLINE", "NAME y", "NEWLINE", "ENDMARKER"}));
  // A NEWLINE after a comment starts at the comment, as in CPython.
  const Lexed& lexed = lex("x  # c\n");
  EXPECT_EQ(lexed.tokens[1].start.column, 3);
  EXPECT_EQ(lexed.tokens[1].end.column, 6);
}

TEST_F(LexerTest, LineJoining) {
  EXPECT_EQ(kinds("x = (1,\n  2)\ny = [\n]\n"),
            (Strings{"NAME x", "=", "(", "NUMBER 1", ",", "NUMBER 2", ")", "NEWLINE", "NAME y", "=",
                     "[", "]", "NEWLINE", "ENDMARKER"}));
  EXPECT_EQ(kinds("x = 1 + \\\n    2\n"),
            (Strings{"NAME x", "=", "NUMBER 1", "+", "NUMBER 2", "NEWLINE", "ENDMARKER"}));
  const Lexed& lexed = lex("x = 1 + \\\n    2\n");
  EXPECT_EQ(lexed.tokens[4].start.line, 2);
  EXPECT_EQ(lexed.tokens[4].start.column, 4);
}

TEST_F(LexerTest, Numbers) {
  EXPECT_EQ(kinds("0 00 0_0 123 1_000 0x1F 0XfF 0o17 0O7 0b101 0B1 0x_f\n"),
            (Strings{"NUMBER 0", "NUMBER 00", "NUMBER 0_0", "NUMBER 123", "NUMBER 1_000",
                     "NUMBER 0x1F", "NUMBER 0XfF", "NUMBER 0o17", "NUMBER 0O7", "NUMBER 0b101",
                     "NUMBER 0B1", "NUMBER 0x_f", "NEWLINE", "ENDMARKER"}));
  EXPECT_EQ(kinds("1. .5 1.5 1e10 1E-5 1_000.5e-3 09.5 0e0 2j 1.5J 1e3j .5j\n"),
            (Strings{"NUMBER 1.", "NUMBER .5", "NUMBER 1.5", "NUMBER 1e10", "NUMBER 1E-5",
                     "NUMBER 1_000.5e-3", "NUMBER 09.5", "NUMBER 0e0", "NUMBER 2j", "NUMBER 1.5J",
                     "NUMBER 1e3j", "NUMBER .5j", "NEWLINE", "ENDMARKER"}));
  // A keyword may touch a number ("1if x else y" is valid Python).
  EXPECT_EQ(kinds("1if x else 2\n"),
            (Strings{"NUMBER 1", "if", "NAME x", "else", "NUMBER 2", "NEWLINE", "ENDMARKER"}));
  EXPECT_EQ(kinds("1 .real\n"), (Strings{"NUMBER 1", ".", "NAME real", "NEWLINE", "ENDMARKER"}));
}

TEST_F(LexerTest, NumberErrors) {
  EXPECT_EQ(error("x = 1abc\n"), "SyntaxError: invalid decimal literal @1:5");
  EXPECT_EQ(error("0777\n"),
            "SyntaxError: leading zeros in decimal integer literals are not permitted; use an "
            "0o prefix for octal integers @1:1");
  EXPECT_EQ(error("0x\n"), "SyntaxError: invalid hexadecimal literal @1:2");
  EXPECT_EQ(error("0b12\n"), "SyntaxError: invalid digit '2' in binary literal @1:4");
  EXPECT_EQ(error("0o8\n"), "SyntaxError: invalid digit '8' in octal literal @1:3");
  EXPECT_EQ(error("0o\n"), "SyntaxError: invalid octal literal @1:2");
  EXPECT_EQ(error("1_\n"), "SyntaxError: invalid decimal literal @1:2");
  EXPECT_EQ(error("1__0\n"), "SyntaxError: invalid decimal literal @1:2");
  EXPECT_EQ(error("1e\n"), "SyntaxError: invalid decimal literal @1:1");
  EXPECT_EQ(error("1e+\n"), "SyntaxError: invalid decimal literal @1:3");
  EXPECT_EQ(error("5j2\n"), "SyntaxError: invalid imaginary literal @1:2");
}

TEST_F(LexerTest, Strings) {
  EXPECT_EQ(kinds("'a' \"b\" '''c''' \"\"\"d\"\"\" '' r'\\n' b'x' rb'x' Br'x' f'{x}' rf'' Fr''"
                  " u'x' U'x'\n"),
            (Strings{"STRING 'a'", "STRING \"b\"", "STRING '''c'''", "STRING \"\"\"d\"\"\"",
                     "STRING ''", "STRING r'\\n'", "STRING b'x'", "STRING rb'x'", "STRING Br'x'",
                     "STRING f'{x}'", "STRING rf''", "STRING Fr''", "STRING u'x'", "STRING U'x'",
                     "NEWLINE", "ENDMARKER"}));
  // Not prefixes: these are a name and a string.
  EXPECT_EQ(kinds("ub'x' bu'x'\n"),
            (Strings{"NAME ub", "STRING 'x'", "NAME bu", "STRING 'x'", "NEWLINE", "ENDMARKER"}));
  EXPECT_EQ(kinds("'it\\'s' 'a\\\nb'\n"),
            (Strings{"STRING 'it\\'s'", "STRING 'a\\\nb'", "NEWLINE", "ENDMARKER"}));
  const Lexed& lexed = lex("x = '''a\nbc''' + 1\n");
  EXPECT_EQ(lexed.tokens[2].start.line, 1);
  EXPECT_EQ(lexed.tokens[2].start.column, 4);
  EXPECT_EQ(lexed.tokens[2].end.line, 2);
  EXPECT_EQ(lexed.tokens[2].end.column, 5);
}

TEST_F(LexerTest, StringErrors) {
  EXPECT_EQ(error("x = 'abc\n"),
            "SyntaxError: unterminated string literal (detected at line 1) @1:5");
  EXPECT_EQ(error("x = \"\"\"abc\n\ndef\n"),
            "SyntaxError: unterminated triple-quoted string literal (detected at line 3) @1:5");
  EXPECT_EQ(error("f'abc\n"), "SyntaxError: unterminated string literal (detected at line 1) @1:1");
}

TEST_F(LexerTest, OperatorsAndKeywords) {
  EXPECT_EQ(kinds("a **= b //= c -> d := e ... f != g <> h @= i >>= j <<= k\n"),
            (Strings{"NAME a", "**=", "NAME b", "//=", "NAME c", "->",      "NAME d",   ":=",
                     "NAME e", "...", "NAME f", "!=",  "NAME g", "!=",      "NAME h",   "@=",
                     "NAME i", ">>=", "NAME j", "<<=", "NAME k", "NEWLINE", "ENDMARKER"}));
  EXPECT_EQ(kinds("if None True False and or not is in lambda yield await async matched\n"),
            (Strings{"if", "None", "True", "False", "and", "or", "not", "is", "in", "lambda",
                     "yield", "await", "async", "NAME matched", "NEWLINE", "ENDMARKER"}));
  EXPECT_EQ(kinds("a..b\n"), (Strings{"NAME a", ".", ".", "NAME b", "NEWLINE", "ENDMARKER"}));
  EXPECT_EQ(kinds("$ ? !\n"),
            (Strings{"ERRORTOKEN $", "ERRORTOKEN ?", "ERRORTOKEN !", "NEWLINE", "ENDMARKER"}));
}

TEST_F(LexerTest, NonAsciiIdentifiersUseByteColumns) {
  const Lexed& lexed = lex("café = π\n");
  ASSERT_TRUE(lexed.error.empty());
  EXPECT_EQ(lexed.tokens[0].text, "café");
  EXPECT_EQ(lexed.tokens[0].end.column, 5);
  EXPECT_EQ(lexed.tokens[2].start.column, 8);
  EXPECT_EQ(error("x = …\n"), "SyntaxError: invalid character '…' (U+2026) @1:5");
  EXPECT_EQ(error("x\xe2\x80\x8b = 1\n"),
            "SyntaxError: invalid non-printable character U+200B @1:2");
  EXPECT_EQ(error("x = 1\x01\n"), "SyntaxError: invalid non-printable character U+0001 @1:6");
}

TEST_F(LexerTest, BracketErrors) {
  EXPECT_EQ(error("x = )\n"), "SyntaxError: unmatched ')' @1:5");
  EXPECT_EQ(error("x = (]\n"),
            "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @1:6");
  EXPECT_EQ(error("x = (\n]\n"),
            "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on "
            "line 1 @2:1");
  EXPECT_EQ(error("x = [1,\n"), "SyntaxError: '[' was never closed @1:5");
  EXPECT_EQ(error(std::string(201, '(')), "SyntaxError: too many nested parentheses @1:201");
}

TEST_F(LexerTest, IndentationErrors) {
  EXPECT_EQ(error("if x:\n  a\n b\n"),
            "IndentationError: unindent does not match any outer indentation level @3:3");
  // A tab is 8 columns, but mixing it with 8 spaces is ambiguous.
  EXPECT_EQ(error("if x:\n\ta\n        b\n"),
            "TabError: inconsistent use of tabs and spaces in indentation @3:1");
  std::string deep;
  for (int i = 0; i < 101; ++i) deep += std::string(static_cast<size_t>(i), ' ') + "if x:\n";
  EXPECT_EQ(error(deep), "IndentationError: too many levels of indentation @101:1");
}

TEST_F(LexerTest, LineContinuationErrors) {
  EXPECT_EQ(error("a \\ b\n"),
            "SyntaxError: unexpected character after line continuation character @1:4");
  EXPECT_EQ(error("x = 1 + \\"), "SyntaxError: unexpected EOF while parsing @1:10");
}

}  // namespace
}  // namespace pyvm
