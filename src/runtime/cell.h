// SPDX-License-Identifier: GPL-3.0-or-later
// cell: the box a closure shares with the function that created a
// variable (a local captured by an inner function lives in a cell).
#pragma once

#include "runtime/object.h"
#include "runtime/value.h"

namespace pyvm {

class Runtime;

struct Cell : Object {
  Value contents;  // null while the variable is unbound
};
bool has_layout(const Object* object, const Cell*);

Value make_cell(Runtime& rt, Value contents);

void init_cell_type(Runtime& rt);

}  // namespace pyvm
