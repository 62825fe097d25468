// SPDX-License-Identifier: GPL-3.0-or-later
// dump_ast: the text of CPython's `ast.dump(ast.parse(source))` for a parsed
// module (no attributes, no indentation), so the parser can be checked
// against CPython node for node.
#pragma once

#include <string>

#include "compiler/ast.h"

namespace pyvm {

// With `include_attributes`, ast.dump(..., include_attributes=True): every
// node's lineno, col_offset, end_lineno and end_col_offset too.
std::string dump_ast(const ast::Module& module, bool include_attributes = false);

// Python's repr() of a float, as ast.dump shows constants ("1e+16", "0.5").
std::string python_float_repr(double value);

}  // namespace pyvm
