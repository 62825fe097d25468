// SPDX-License-Identifier: GPL-3.0-or-later
// object.__sizeof__ (sizeof.cpp): the size CPython 3.11 gives an object of
// the same value; sys.getsizeof adds the collector's header.
#pragma once

#include <cstdint>

#include "runtime/value.h"

namespace pyvm {

class Runtime;
struct Tuple;
struct Type;

int64_t object_size(Runtime& rt, const Value& value);
// Whether CPython keeps the instances' __dict__ pointer before the object
// header (a class's dict on a layout not sized per item), which
// sys.getsizeof counts too.
bool has_dict_before_header(Runtime& rt, const Type* type);
Value object_sizeof(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames);

}  // namespace pyvm
