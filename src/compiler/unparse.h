// SPDX-License-Identifier: GPL-3.0-or-later
// An expression's AST back to source text, normalized the way CPython's
// compiler writes it for postponed annotations (PEP 563: with
// `from __future__ import annotations`, `def f(x: List[int])` stores the
// string 'List[int]'): minimal parentheses, one space around binary
// operators, strings in repr() form.
#pragma once

#include <string>

#include "compiler/ast.h"

namespace pyvm {

std::string unparse_expression(const ast::Expr& expr);

}  // namespace pyvm
