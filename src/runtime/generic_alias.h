// SPDX-License-Identifier: GPL-3.0-or-later
// Type expressions built from classes at run time:
//   types.GenericAlias (PEP 585)  list[int], dict[str, list[int]], made by
//                                 the __class_getitem__ of list, dict, tuple,
//                                 set, frozenset, type and enumerate;
//   types.UnionType (PEP 604)     int | None, from `|` between classes.
// Both print as written, compare by their parts, and stand in for their
// classes where that makes sense: a GenericAlias is called and subclassed as
// its origin; isinstance/issubclass accept a union as a tuple of classes.
#pragma once

#include "runtime/value.h"

namespace pyvm {

class Runtime;
struct Tuple;
struct Type;

// origin[item]: a tuple item gives several arguments.
Value make_generic_alias(Runtime& rt, const Value& origin, const Value& item);
bool is_generic_alias(Runtime& rt, const Value& value);

// The union's arguments (classes, None as NoneType) when `value` is a
// union, else null.
const Tuple* union_arguments(Runtime& rt, const Value& value);

// Adds __class_getitem__ to a built-in class (list[int]).
void add_class_getitem(Runtime& rt, Type* type);

void init_generic_alias_types(Runtime& rt);

}  // namespace pyvm
