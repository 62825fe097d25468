// SPDX-License-Identifier: GPL-3.0-or-later
// The io module (CPython's io and _io): open(), the file classes FileIO,
// BufferedReader, BufferedWriter, BufferedRandom and TextIOWrapper, the
// in-memory BytesIO and StringIO, their base classes, and
// io.UnsupportedOperation. io_internal.h describes the layers.
#pragma once

#include <cstddef>
#include <string_view>

#include "runtime/value.h"

namespace pyvm {

class Runtime;
class VM;
struct Tuple;

// Defines the io classes and makes io.UnsupportedOperation and open() (at
// VM construction: builtins holds open).
void init_io_types(VM& vm);

// The module `io` or `_io` (the same classes and functions under both).
Value make_io_module(VM& vm, std::string_view name);

}  // namespace pyvm
