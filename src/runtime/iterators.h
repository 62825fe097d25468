// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in iterator types that are not tied to one container:
// iteration over __getitem__ (old sequence protocol), iter(f, sentinel),
// and the lazy builtins enumerate, zip, map, filter and reversed.
#pragma once

#include "runtime/runtime.h"
#include "runtime/value.h"

namespace pyvm {

// iter(x) for an object with __getitem__ but no __iter__.
Value make_sequence_iterator(Runtime& rt, const Value& sequence);
// iter(callable, sentinel)
Value make_callable_iterator(Runtime& rt, const Value& callable, const Value& sentinel);

void init_iterator_types(Runtime& rt);

}  // namespace pyvm
