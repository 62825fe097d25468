// SPDX-License-Identifier: GPL-3.0-or-later
// The parser: Python 3 source text in, an AST (ast.h) or a SyntaxError out.
//
// A hand-written recursive-descent parser over the lexer's token stream. It
// accepts Python 3.11's grammar except async/await, match and type parameters,
// and reports errors with CPython 3.11's messages and positions.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "compiler/ast.h"
#include "compiler/syntax_error.h"

namespace pyvm {

struct ParseResult {
  std::unique_ptr<ast::Module> module;  // set on success
  std::optional<SyntaxError> error;     // set on failure
};

// How the source is to be read (CPython's compile() modes).
enum class ParseMode {
  kFile,        // a module: any statements ("exec")
  kExpression,  // one expression; the module holds a single ExprStmt ("eval")
  kInteractive  // one REPL entry: a simple statement line or one compound statement ("single")
};

ParseResult parse(std::string_view source, const std::string& filename,
                  ParseMode mode = ParseMode::kFile);

}  // namespace pyvm
