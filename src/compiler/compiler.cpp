// SPDX-License-Identifier: GPL-3.0-or-later
// The compiler's entry points (see compiler.h).
#include "compiler/compiler.h"

#include "compiler/codegen.h"
#include "compiler/future.h"
#include "compiler/optimizer/optimizer.h"
#include "compiler/scope.h"
#include "runtime/exceptions.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

CompileResult generate_code(Runtime& rt, const ast::Module& module, const std::string& filename,
                            ParseMode mode) {
  CompileResult result;
  FutureFeatures future;
  if (auto error = read_future_features(module, filename, &future)) {
    result.error = error;
    return result;
  }
  ScopeTable scopes;
  CompileDepth depth(rt);
  if (auto error = analyze_scopes(module, filename, mode == ParseMode::kInteractive, depth, &scopes)) {
    result.error = error;
    return result;
  }
  CodeGenerator generator(rt, scopes, filename, mode, future);
  result.code = generator.compile_module(module);
  if (!result.code) {
    result.error = generator.error();
    return result;
  }
  if (rt.bytecode_optimization > 0) optimize_code(rt, *result.code);
  return result;
}

CompileResult compile_to_code(Runtime& rt, std::string_view source, const std::string& filename,
                              ParseMode mode) {
  ParseResult parsed = parse(source, filename, mode);
  if (parsed.error) {
    CompileResult result;
    result.error = parsed.error;
    return result;
  }
  CompileResult result = generate_code(rt, *parsed.module, filename, mode);
  if (result.error && result.error->text.empty() && result.error->line > 0) {
    // Errors found after parsing carry the source line too.
    size_t start = 0;
    for (int line = 1; line < result.error->line && start != std::string_view::npos; ++line) {
      start = source.find('\n', start);
      if (start != std::string_view::npos) ++start;
    }
    if (start != std::string_view::npos) {
      const size_t end = source.find('\n', start);
      result.error->text = std::string(source.substr(start, end == std::string_view::npos ? end : end - start));
    }
  }
  return result;
}

Value syntax_error_exception(Runtime& rt, const SyntaxError& error) {
  if (error.kind == "RecursionError") {
    return make_exception(rt, rt.exception_type(Exc::kRecursionError),
                          make_tuple(rt, {str_value(rt, error.message)}));
  }
  const Exc kind = error.kind == "IndentationError" ? Exc::kIndentationError
                   : error.kind == "TabError"       ? Exc::kTabError
                                                    : Exc::kSyntaxError;
  auto int_or_none = [](int v) { return v > 0 ? Value::small_int(v) : Value::none(); };
  Value details = make_tuple(
      rt, {str_value(rt, error.filename), int_or_none(error.line), int_or_none(error.column),
           error.text.empty() ? Value::none() : str_value(rt, error.text + "\n"), int_or_none(error.end_line),
           int_or_none(error.end_column)});
  return make_exception(rt, rt.exception_type(kind), make_tuple(rt, {str_value(rt, error.message), details}));
}

Value compile_source(Runtime& rt, std::string_view source, const std::string& filename,
                     ParseMode mode) {
  CompileResult result = compile_to_code(rt, source, filename, mode);
  if (result.error) {
    Value exception = syntax_error_exception(rt, *result.error);
    if (exception.is_null()) return exception;
    return rt.raise_exception(exception);
  }
  return Value(std::move(result.code));
}

}  // namespace pyvm
