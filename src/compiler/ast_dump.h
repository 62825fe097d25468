// dump_ast: the text of CPython's `ast.dump(ast.parse(source))` for a parsed
// module (no attributes, no indentation), so the parser can be checked
// against CPython node for node.
#pragma once

#include <string>

#include "compiler/ast.h"

namespace pyvm {

std::string dump_ast(const ast::Module& module);

// Python's repr() of a float, as ast.dump shows constants ("1e+16", "0.5").
std::string python_float_repr(double value);

}  // namespace pyvm
