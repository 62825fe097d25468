// SPDX-License-Identifier: GPL-3.0-or-later
// The descriptor types Python code builds with decorators: staticmethod,
// classmethod and property; and `method`, a callable bound to an instance
// (what `obj.f` gives for a function f defined in obj's class).
#pragma once

#include "runtime/object.h"
#include "runtime/runtime.h"
#include "runtime/value.h"

namespace pyvm {

struct StaticMethod : Object {
  Value callable;
  Value dict;  // __dict__ (functools.wraps-style attribute copies)
};
bool has_layout(const Object* object, const StaticMethod*);

struct ClassMethod : Object {
  Value callable;
  Value dict;
};
bool has_layout(const Object* object, const ClassMethod*);

struct Property : Object {
  Value getter;  // fget, fset, fdel, __doc__: None when absent
  Value setter;
  Value deleter;
  Value doc;
  Value name;  // set by __set_name__, used in error messages
};
bool has_layout(const Object* object, const Property*);

// A function bound to its first argument (PyMethodObject).
struct Method : Object {
  Value function;
  Value self;
};
bool has_layout(const Object* object, const Method*);

Value make_staticmethod(Runtime& rt, Value callable);
Value make_method(Runtime& rt, Value function, Value self);

void init_method_wrapper_layouts(Runtime& rt);
void init_property_types(Runtime& rt);

}  // namespace pyvm
