// SPDX-License-Identifier: GPL-3.0-or-later
// The compiler's entry points: Python source (or an AST) in, a code object
// out. Parsing (parser.h), scope analysis (scope.h) and code generation
// (codegen.cpp) run in turn; the first error stops the pipeline.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "bytecode/code_object.h"
#include "compiler/ast.h"
#include "compiler/parser.h"
#include "compiler/syntax_error.h"
#include "runtime/runtime.h"

namespace pyvm {

struct CompileResult {
  Ref<CodeObject> code;              // set on success
  std::optional<SyntaxError> error;  // set on failure
};

// Source to code object, errors as SyntaxError values (no Python exception).
CompileResult compile_to_code(Runtime& rt, std::string_view source, const std::string& filename,
                              ParseMode mode);
// An analysed AST to code object.
CompileResult generate_code(Runtime& rt, const ast::Module& module, const std::string& filename,
                            ParseMode mode);
// Source to code object; a syntax error becomes the pending SyntaxError
// exception (null result). This is the one function the VM calls.
Value compile_source(Runtime& rt, std::string_view source, const std::string& filename,
                     ParseMode mode);
// The Python SyntaxError (or IndentationError, TabError) for an error.
Value syntax_error_exception(Runtime& rt, const SyntaxError& error);

}  // namespace pyvm
