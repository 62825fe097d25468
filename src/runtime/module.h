// SPDX-License-Identifier: GPL-3.0-or-later
// module objects: a namespace (its dict holds the module's globals) with a
// name. Native modules (sys, math) and modules compiled from .py files are
// both this type.
#pragma once

#include "runtime/object.h"
#include "runtime/value.h"

namespace pyvm {

class Runtime;
struct Dict;
struct Str;

struct Module : Object {
  Value dict;  // the module's globals: a dict
};
bool has_layout(const Object* object, const Module*);

inline Dict* module_dict(const Value& module) { return module.as<Module>()->dict.as<Dict>(); }
// A new module named `name` with __name__ (and __doc__, __package__, ... None) set.
Value make_module(Runtime& rt, Str* name);

void init_module_type(Runtime& rt);

}  // namespace pyvm
