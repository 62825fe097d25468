// SPDX-License-Identifier: GPL-3.0-or-later
// The import cache: a module's compiled code kept in
// __pycache__/NAME.pyvm-V.pvc beside its source, as CPython's __pycache__.
// A cache file is used only when its header names the exact size and hash
// of the current source and it loads and verifies; otherwise the source is
// compiled and the cache file rewritten. Nothing is written when the
// environment sets PYTHONDONTWRITEBYTECODE or the directory is read-only.
// The cache holds optimized code only: with -X opt=0 it is bypassed.
#pragma once

#include <string>

#include "runtime/value.h"

namespace pyvm {

class VM;

// The module code for the source file `path` whose bytes are `source`; null
// with a pending exception (SyntaxError) when it does not compile.
Value compile_with_cache(VM& vm, const std::string& path, const std::string& source);

// Where the cache file for `path` lives: one per -O level, whose code differs.
std::string cache_path_for(const std::string& path, int optimize_level = 0);

}  // namespace pyvm
