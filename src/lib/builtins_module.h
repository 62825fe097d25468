// SPDX-License-Identifier: GPL-3.0-or-later
// The builtins module (builtins_module.cpp).
#pragma once

#include "runtime/value.h"

namespace pyvm {

class Runtime;
class VM;

Value make_builtins_module(VM& vm);

// dir(object): the sorted list of its attribute names (CPython's
// PyObject_Dir).
Value dir_of(VM& vm, const Value& object);

// isinstance(object, classinfo): 1, 0, or -1 with the exception set
// (classinfo may be a tuple; a metaclass's __instancecheck__ is called).
int isinstance_of(Runtime& rt, const Value& object, const Value& classinfo);

}  // namespace pyvm
