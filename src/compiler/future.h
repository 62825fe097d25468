// SPDX-License-Identifier: GPL-3.0-or-later
// Future statements: the `from __future__ import ...` lines at the top of a
// module (after its docstring), which turn on language features for it.
// Only `annotations` changes pyvm's output (PEP 563: annotations are kept
// as strings, unevaluated); the others are accepted as the defaults they
// have become. `barry_as_FLUFL` is accepted and has no effect.
#pragma once

#include <optional>
#include <string>

#include "compiler/ast.h"
#include "compiler/syntax_error.h"

namespace pyvm {

struct FutureFeatures {
  bool annotations = false;
  // The line of the last future statement: a `from __future__ import`
  // after it is misplaced (the code generator's error).
  int last_line = 0;
};

// The features the module's future statements turn on, or CPython's
// SyntaxError for an unknown one ("future feature X is not defined", and
// "not a chance" for braces).
std::optional<SyntaxError> read_future_features(const ast::Module& module, const std::string& filename,
                                                FutureFeatures* out);

}  // namespace pyvm
