// SPDX-License-Identifier: GPL-3.0-or-later
// The bridge between type slots and dunder methods, both ways (CPython's
// typeobject.c slotdefs):
//  - a built-in type's slots appear as methods: `list.__len__`, `int.__add__`;
//  - a class that defines `__len__` or `__add__` in Python gets slots that
//    call those methods, so the interpreter's fast paths and every built-in
//    function treat user objects exactly like built-in ones.
// The table in slots.cpp is the one place that pairs each dunder name with
// its slot.
#pragma once

#include "runtime/runtime.h"
#include "runtime/type.h"

namespace pyvm {

struct Str;

// Adds a wrapper method to a built-in type's dict for each slot it defines
// (not inherited from its base) whose name is not in the dict already.
void add_slot_wrappers(Runtime& rt, Type* type);
// Puts `__init__` (the wrapper of the init slot) and, when `with_new`,
// `__new__` in a built-in type's own dict, as CPython has them on each
// built-in exception type that defines its own constructor.
void add_constructor_wrappers(Runtime& rt, Type* type, bool with_new);
// Sets the slots of a class from the dunder methods in its MRO (at class
// creation).
void set_slots_from_dunders(Runtime& rt, Type* type);
// After `Class.name = value`: re-derives the slots tied to that name.
void update_slot_for_attribute(Runtime& rt, Type* type, Str* name);

// Whether a type's init slot calls the __init__ its class defines in Python
// (the interpreter's CALL_TYPE_INIT then runs that __init__ in a frame of
// its own instead).
bool is_python_init_slot(InitFn init);
// The TypeError of an __init__ that returned `result`, not None.
void raise_init_returned_value(Runtime& rt, const Value& result);
// Calls type(self).name(self, *args) — the lookup special methods use,
// which skips the instance dict. Null with AttributeError when absent.
Value call_special_method(Runtime& rt, const Value& self, Str* name, const Value* args,
                          size_t nargs);

void init_slot_wrapper_type(Runtime& rt);

}  // namespace pyvm
