// SPDX-License-Identifier: GPL-3.0-or-later
// Native callables and the descriptors that expose C++ functions as Python
// attributes: builtin functions (`len`), methods of built-in types
// (`list.append`), computed attributes (`slice.start`), the members of
// classes with __slots__, and the dunder wrappers around type slots
// (`list.__len__`).
//
// Every native function has the same signature as the call slot: the
// arguments in a contiguous array (a method receives `self` as args[0]),
// the last len(kwnames) of them passed by keyword.
#pragma once

#include <cstddef>
#include <span>

#include "runtime/object.h"
#include "runtime/runtime.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include "runtime/value.h"

namespace pyvm {

struct Tuple;

using NativeFn = Value (*)(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames);
using GetterFn = Value (*)(Runtime& rt, const Value& self);
// Sets the attribute, or deletes it when value is null.
using SetterFn = bool (*)(Runtime& rt, const Value& self, const Value& value);

enum class MethodKind : uint8_t {
  kInstance,  // called on an instance: args[0] is self
  kClass,     // a classmethod: args[0] is the class (dict.fromkeys)
  kStatic     // no implicit first argument (str.maketrans)
};

struct MethodDef {
  const char* name;
  NativeFn function;
  MethodKind kind = MethodKind::kInstance;
};

struct GetSetDef {
  const char* name;
  GetterFn get;
  SetterFn set = nullptr;  // null: read-only
};

// builtin_function_or_method: a native function, possibly bound to `self`
// (then called with self prepended to the arguments).
struct NativeFunction : Object {
  Ref<Str> name;
  NativeFn function = nullptr;
  Value self;              // null for a plain function such as len
  Ref<Str> module_name;    // "builtins", "math", ...
};
bool has_layout(const Object* object, const NativeFunction*);

// A method in a built-in type's dict; reading it from an instance binds it.
struct MethodDescriptor : Object {
  Ref<Str> name;
  NativeFn function = nullptr;
  Type* owner = nullptr;
  MethodKind kind = MethodKind::kInstance;
};
bool has_layout(const Object* object, const MethodDescriptor*);

// A computed attribute of a built-in type (`slice.start`, `e.args`) or of
// a class (its instances' `__dict__`).
struct GetSetDescriptor : Object {
  Ref<Str> name;
  GetterFn get = nullptr;
  SetterFn set = nullptr;
  // Counted: the descriptor can outlive the class (`d = C.__dict__['__dict__']`).
  Ref<Type> owner;
};
bool has_layout(const Object* object, const GetSetDescriptor*);

// A member of a class's __slots__ (`C.x`, a member_descriptor): reads and
// writes the Value at `offset` in instances of `owner` and its subclasses,
// whose layouts all extend the owner's (heap_type.cpp refuses bases whose
// layouts conflict).
struct MemberDescriptor : Object {
  Ref<Str> name;
  ptrdiff_t offset = 0;  // as value_at_offset takes it (type.h)
  Ref<Type> owner;  // counted, as GetSetDescriptor's
};
bool has_layout(const Object* object, const MemberDescriptor*);

Ref<NativeFunction> make_native_function(Runtime& rt, std::string_view name, NativeFn function,
                                         Value self = Value(), Str* module_name = nullptr);
Value call_native_function(Runtime& rt, const Value& callable, const Value* args, size_t nargs,
                           Tuple* kwnames);

void add_methods(Runtime& rt, Type* type, std::span<const MethodDef> methods);
void add_getsets(Runtime& rt, Type* type, std::span<const GetSetDef> getsets);
// Puts a member descriptor for the Value at `offset` in the class's dict.
void add_member(Runtime& rt, Type* type, Str* name, ptrdiff_t offset);

// Calls a method descriptor with self (used by the interpreter's method
// calls, which never materialise the bound method).
inline Value call_method_descriptor(Runtime& rt, MethodDescriptor* descriptor, const Value* args,
                                    size_t nargs, Tuple* kwnames) {
  return descriptor->function(rt, args, nargs, kwnames);
}

// Layouts of the descriptor types, set before any type gets methods.
void init_descriptor_layouts(Runtime& rt);
void init_descriptor_types(Runtime& rt);

}  // namespace pyvm
