// SPDX-License-Identifier: GPL-3.0-or-later
// The root of the type system: `object`, `type`, and the singleton types of
// None, NotImplemented and Ellipsis; plus what every type goes through when
// it is created — allocation, naming, MRO computation and slot inheritance.
#pragma once

#include <cstddef>
#include <string_view>

#include "runtime/runtime.h"
#include "runtime/type.h"

namespace pyvm {

// A blank type object whose type is `metatype` (null: the type of types itself).
Type* allocate_type(Runtime& rt, Type* metatype);
// Names a built-in type and sets its base and instance layout.
void define_builtin_type(Runtime& rt, Type* type, std::string_view name, Type* base,
                         size_t instance_size, uint32_t flags, DeallocFn dealloc);
// Completes a type once its own slots are set: bases, MRO, slots inherited
// from the bases, dunder methods for its slots, a fresh version tag.
void finish_type(Runtime& rt, Type* type);
// Copies into `type` every slot it leaves empty and `base` fills (and the
// layout flags), as a subclass inherits behaviour.
void inherit_type_slots(Type* type, const Type* base);
// C3 linearisation of a type with (possibly several) bases; false with
// TypeError when no consistent order exists.
bool compute_mro(Runtime& rt, Type* type);
// Adds the `__dict__` descriptor for a type whose instances gained a
// __dict__ slot (one its bases do not have).
void add_instance_dict_descriptor(Runtime& rt, Type* type);
// Adds the `__weakref__` attribute of a class that CPython would make
// weakly referenceable (always None in pyvm).
void add_instance_weakref_descriptor(Runtime& rt, Type* type);

// The bytes a class appends to its built-in base's layout (its __slots__
// members and __dict__), zero for a built-in type. A constructor of a
// variable-size layout (kTypeVariableSize) allocates them after the items.
inline size_t appended_size(const Type* type) {
  return type->instance_size - type->layout->instance_size;
}
// 8-byte alignment of a variable-size layout's items (item_bytes).
inline size_t round_up_to_8(size_t bytes) { return (bytes + 7) & ~size_t{7}; }
// Whether CPython sizes the layout's instances per item (tp_itemsize != 0:
// int, tuple, bytes, type): their subclasses take no nonempty __slots__
// and no weak references, and those with a __dict__ cannot trade
// __class__ with another subclass.
bool layout_has_items(Runtime& rt, const Type* layout);

// Drops every reference a type holds (at shutdown, before the built-in
// types are freed together).
void release_type_contents(Type* type);

// Enters a new type in its bases' subclass lists (it leaves them when it dies).
void link_to_bases(Type* type);

// Called after a type's attributes changed (it and its subclasses drop
// their attribute caches).
void type_modified(Runtime& rt, Type* type);
// "module.qualname" for repr, or just the qualname for built-in types.
std::string type_display_name(const Type* type);

// object.__repr__: "<module.Name object at 0x...>".
Value object_default_repr(Runtime& rt, const Value& self);
// id(): the address of an object (inline values get a stable stand-in).
int64_t object_id(const Value& value);
// The identity hash of object.__hash__.
int64_t pointer_hash(const void* pointer);

// Type slots shared with other files.
Value type_call(Runtime& rt, const Value& callable, const Value* args, size_t nargs,
                Tuple* kwnames);
Value type_getattr(Runtime& rt, const Value& self, Str* name);
// The hash slot of mutable containers: "unhashable type: 'list'".
bool hash_unhashable(Runtime& rt, const Value& self, int64_t* out);
// type(name, bases, namespace): creates a class (heap_type.cpp).
Value type_new(Runtime& rt, Type* metatype, const Value* args, size_t nargs, Tuple* kwnames);
// object.__new__ and object.__init__ (argument checks as CPython's).
Value object_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames);
bool object_init(Runtime& rt, const Value& self, const Value* args, size_t nargs,
                 Tuple* kwnames);

void init_type_layout(Runtime& rt);
void init_object_types(Runtime& rt);

}  // namespace pyvm
