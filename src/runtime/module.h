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

// Where a module without a __file__ came from, which its repr shows as
// CPython's spec origin does: "<module 'sys' (built-in)>", "<module 'abc'
// (frozen)>", or for a module made by ModuleType(), "<module 'name'>".
enum class ModuleOrigin : uint8_t { kOther, kBuiltin, kFrozen };

struct Module : Object {
  Value dict;  // the module's globals: a dict
  ModuleOrigin origin = ModuleOrigin::kOther;
};
bool has_layout(const Object* object, const Module*);

inline Dict* module_dict(const Value& module) { return module.as<Module>()->dict.as<Dict>(); }
// A new module named `name` with __name__ (and __doc__, __package__, ... None) set.
Value make_module(Runtime& rt, Str* name);

void init_module_type(Runtime& rt);

}  // namespace pyvm
