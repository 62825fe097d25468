// SPDX-License-Identifier: GPL-3.0-or-later
// Future statements (see future.h).
#include "compiler/future.h"

#include <string_view>

namespace pyvm {

namespace {

// Features every 3.11 program has anyway, or (barry_as_FLUFL) that pyvm
// accepts without effect.
bool is_settled_feature(std::string_view name) {
  for (std::string_view known : {"nested_scopes", "generators", "division", "absolute_import", "with_statement",
                                 "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop"}) {
    if (name == known) return true;
  }
  return false;
}

bool is_future_import(const ast::Stmt& stmt) {
  if (stmt.kind != ast::StmtKind::kImportFrom) return false;
  const auto& from = stmt.as<ast::ImportFrom>();
  return from.level == 0 && from.module == "__future__";
}

bool is_docstring(const ast::Stmt& stmt) {
  if (stmt.kind != ast::StmtKind::kExpr) return false;
  const ast::Expr& value = *stmt.as<ast::ExprStmt>().value;
  return value.kind == ast::ExprKind::kConstant &&
         std::holds_alternative<std::string>(value.as<ast::Constant>().value);
}

SyntaxError error_at(const ast::Stmt& stmt, const std::string& filename, std::string message) {
  // CPython gives only the statement's start.
  SyntaxError error;
  error.message = std::move(message);
  error.filename = filename;
  error.line = stmt.loc.line;
  error.column = stmt.loc.column + 1;
  error.end_line = stmt.loc.line;
  return error;
}

}  // namespace

std::optional<SyntaxError> read_future_features(const ast::Module& module, const std::string& filename,
                                                FutureFeatures* out) {
  bool first = true;
  for (const ast::StmtPtr& stmt : module.body) {
    const bool docstring = first && is_docstring(*stmt);
    first = false;
    if (docstring) continue;
    if (!is_future_import(*stmt)) break;
    for (const ast::Alias& alias : stmt->as<ast::ImportFrom>().names) {
      if (alias.name == "annotations") {
        out->annotations = true;
      } else if (alias.name == "braces") {
        return error_at(*stmt, filename, "not a chance");
      } else if (!is_settled_feature(alias.name)) {
        return error_at(*stmt, filename, "future feature " + alias.name + " is not defined");
      }
    }
    out->last_line = stmt->loc.line;
  }
  return std::nullopt;
}

}  // namespace pyvm
