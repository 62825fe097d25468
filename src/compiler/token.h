// SPDX-License-Identifier: GPL-3.0-or-later
// Tokens: what the lexer hands the parser.
//
// The token list is written once, as X-macros, and everything that needs a
// per-token fact (the enum, the spelling the lexer matches, the name tests
// print) is generated from it. Keywords get their own kinds so the parser
// matches them by kind, never by comparing text.
#pragma once

#include <cstdint>
#include <string_view>

namespace pyvm {

// Tokens without a fixed spelling.
#define PYVM_TOKENS_SPECIAL(X) \
  X(kEndMarker, "ENDMARKER")   \
  X(kName, "NAME")             \
  X(kNumber, "NUMBER")         \
  X(kString, "STRING")         \
  X(kNewline, "NEWLINE")       \
  X(kIndent, "INDENT")         \
  X(kDedent, "DEDENT")         \
  X(kErrorToken, "ERRORTOKEN")  // a character that starts no token, e.g. '$' or '?'

// Operators and delimiters. The lexer tries three-, then two-, then
// one-character spellings, so the order here does not matter.
#define PYVM_TOKENS_OPERATOR(X) \
  X(kLeftParen, "(")            \
  X(kRightParen, ")")           \
  X(kLeftBracket, "[")          \
  X(kRightBracket, "]")         \
  X(kLeftBrace, "{")            \
  X(kRightBrace, "}")           \
  X(kColon, ":")                \
  X(kComma, ",")                \
  X(kSemicolon, ";")            \
  X(kPlus, "+")                 \
  X(kMinus, "-")                \
  X(kStar, "*")                 \
  X(kSlash, "/")                \
  X(kVerticalBar, "|")          \
  X(kAmpersand, "&")            \
  X(kLess, "<")                 \
  X(kGreater, ">")              \
  X(kEqual, "=")                \
  X(kDot, ".")                  \
  X(kPercent, "%")              \
  X(kEqEqual, "==")             \
  X(kNotEqual, "!=")            \
  X(kLessEqual, "<=")           \
  X(kGreaterEqual, ">=")        \
  X(kTilde, "~")                \
  X(kCircumflex, "^")           \
  X(kLeftShift, "<<")           \
  X(kRightShift, ">>")          \
  X(kDoubleStar, "**")          \
  X(kPlusEqual, "+=")           \
  X(kMinusEqual, "-=")          \
  X(kStarEqual, "*=")           \
  X(kSlashEqual, "/=")          \
  X(kPercentEqual, "%=")        \
  X(kAmpersandEqual, "&=")      \
  X(kVerticalBarEqual, "|=")    \
  X(kCircumflexEqual, "^=")     \
  X(kLeftShiftEqual, "<<=")     \
  X(kRightShiftEqual, ">>=")    \
  X(kDoubleStarEqual, "**=")    \
  X(kDoubleSlash, "//")         \
  X(kDoubleSlashEqual, "//=")   \
  X(kAt, "@")                   \
  X(kAtEqual, "@=")             \
  X(kRightArrow, "->")          \
  X(kEllipsis, "...")           \
  X(kColonEqual, ":=")

// Reserved words: a NAME with one of these spellings becomes the keyword.
#define PYVM_TOKENS_KEYWORD(X) \
  X(kFalse, "False")           \
  X(kNone, "None")             \
  X(kTrue, "True")             \
  X(kAnd, "and")               \
  X(kAs, "as")                 \
  X(kAssert, "assert")         \
  X(kAsync, "async")           \
  X(kAwait, "await")           \
  X(kBreak, "break")           \
  X(kClass, "class")           \
  X(kContinue, "continue")     \
  X(kDef, "def")               \
  X(kDel, "del")               \
  X(kElif, "elif")             \
  X(kElse, "else")             \
  X(kExcept, "except")         \
  X(kFinally, "finally")       \
  X(kFor, "for")               \
  X(kFrom, "from")             \
  X(kGlobal, "global")         \
  X(kIf, "if")                 \
  X(kImport, "import")         \
  X(kIn, "in")                 \
  X(kIs, "is")                 \
  X(kLambda, "lambda")         \
  X(kNonlocal, "nonlocal")     \
  X(kNot, "not")               \
  X(kOr, "or")                 \
  X(kPass, "pass")             \
  X(kRaise, "raise")           \
  X(kReturn, "return")         \
  X(kTry, "try")               \
  X(kWhile, "while")           \
  X(kWith, "with")             \
  X(kYield, "yield")

enum class TokenKind : uint8_t {
#define PYVM_TOKEN_ENUM(name, spelling) name,
  PYVM_TOKENS_SPECIAL(PYVM_TOKEN_ENUM) PYVM_TOKENS_OPERATOR(PYVM_TOKEN_ENUM)
      PYVM_TOKENS_KEYWORD(PYVM_TOKEN_ENUM)
#undef PYVM_TOKEN_ENUM
};

// A position in the source: 1-based line, 0-based UTF-8 byte column.
struct SourcePosition {
  int line = 0;
  int column = 0;
};

struct Token {
  TokenKind kind = TokenKind::kEndMarker;
  // The token's bytes in the lexer's source text (empty for INDENT, DEDENT
  // and ENDMARKER; a NEWLINE's text is "" too).
  std::string_view text;
  SourcePosition start;
  SourcePosition end;  // one past the last byte
  // Bracket nesting depth after this token, as CPython's token->level: some
  // error messages (the "forgot a comma?" hint) only apply inside brackets.
  int depth = 0;
};

// The spelling for operators and keywords ("+=", "while"), the grammar name
// for the others ("NAME", "NEWLINE").
std::string_view token_kind_name(TokenKind kind);

bool is_keyword(TokenKind kind);

}  // namespace pyvm
