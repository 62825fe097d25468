// SPDX-License-Identifier: GPL-3.0-or-later
// Type objects: every Python value's type, holding the slots (C++ function
// pointers) through which the interpreter and the built-in functions operate
// on values, plus the type's attribute dictionary and method resolution order.
//
// As in CPython, a slot is the fast path for a protocol (`len(x)` calls
// `type(x)->length`), and every slot of a built-in type is also visible as a
// dunder method (`x.__len__`), generated from the slot table in slots.cpp. A
// class written in Python gets slots that call its dunder methods.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "runtime/value.h"

namespace pyvm {

class Runtime;
struct Str;
struct Tuple;
struct Dict;

// Binary operators, in the order the interpreter's opcodes and the slot table
// use them. kPower is separate because pow() takes a third argument.
// kDivmod is divmod(a, b) (__divmod__/__rdivmod__), which has no in-place form.
enum class BinaryOp : uint8_t {
  kAdd, kSubtract, kMultiply, kTrueDivide, kFloorDivide, kRemainder, kPower, kLeftShift,
  kRightShift, kAnd, kOr, kXor, kMatrixMultiply, kDivmod
};
constexpr int kBinaryOpCount = 14;

enum class CompareOp : uint8_t { kLess, kLessEqual, kEqual, kNotEqual, kGreater, kGreaterEqual };

// Called by a traverse slot for each object the traversed object references.
using VisitFn = void (*)(Object* referent, void* context);

using DeallocFn = void (*)(Object* self);
using TraverseFn = void (*)(Object* self, VisitFn visit, void* context);
using ClearFn = void (*)(Object* self);
// __del__ (PEP 442): runs Python code before an object is freed. Must leave
// no exception pending: an error is reported as unraisable and dropped.
using FinalizeFn = void (*)(Object* self);
// repr, str, iter, next, unary operators, index, ...: null result = error
// (or, for `next`, exhaustion when no exception is pending).
using UnaryFn = Value (*)(Runtime& rt, const Value& self);
// Binary operators: may return rt.not_implemented() when they do not handle
// the operand types.
using BinaryFn = Value (*)(Runtime& rt, const Value& left, const Value& right);
using PowerFn = Value (*)(Runtime& rt, const Value& base, const Value& exponent,
                          const Value& modulus);
using CompareFn = Value (*)(Runtime& rt, const Value& left, const Value& right, CompareOp op);
// Returns false with the pending exception set on failure.
using HashFn = bool (*)(Runtime& rt, const Value& self, int64_t* hash);
// Returns -1 with the pending exception set on failure.
using LengthFn = int64_t (*)(Runtime& rt, const Value& self);
// 1 true, 0 false, -1 error.
using PredicateFn = int (*)(Runtime& rt, const Value& self);
using ContainsFn = int (*)(Runtime& rt, const Value& container, const Value& item);
// Hands each remaining item of an iterator to `sink` (false from it stops
// with its error pending): for consumers that take every item as it comes
// (list(), tuple(), str.join). False with the pending exception on failure.
using ItemSink = bool (*)(void* context, Value item);
using DrainFn = bool (*)(Runtime& rt, const Value& self, ItemSink sink, void* context);
using GetItemFn = Value (*)(Runtime& rt, const Value& self, const Value& key);
// Stores `value` at `key`, or deletes the item when value is null.
using SetItemFn = bool (*)(Runtime& rt, const Value& self, const Value& key, const Value& value);
using GetAttrFn = Value (*)(Runtime& rt, const Value& self, Str* name);
// Sets the attribute, or deletes it when value is null.
using SetAttrFn = bool (*)(Runtime& rt, const Value& self, Str* name, const Value& value);
// The calling convention of every call in pyvm: `nargs` values at `args`,
// the last len(kwnames) of them passed by keyword (kwnames may be null).
using CallFn = Value (*)(Runtime& rt, const Value& callable, const Value* args, size_t nargs,
                         Tuple* kwnames);
using NewFn = Value (*)(Runtime& rt, Type* type, const Value* args, size_t nargs,
                        Tuple* kwnames);
using InitFn = bool (*)(Runtime& rt, const Value& self, const Value* args, size_t nargs,
                        Tuple* kwnames);
// Descriptor protocol: instance is null when the attribute is read through
// the class.
using DescrGetFn = Value (*)(Runtime& rt, const Value& descriptor, const Value& instance,
                             Type* owner);
using DescrSetFn = bool (*)(Runtime& rt, const Value& descriptor, const Value& instance,
                            const Value& value);
// The bytes an instance's items take after its layout's fixed part, a
// multiple of 8 (kTypeVariableSize).
using ItemBytesFn = size_t (*)(const Object* self);

enum TypeFlags : uint32_t {
  kTypeHasGc = 1u << 0,        // instances are containers tracked by the cycle collector
  kTypeBaseType = 1u << 1,     // may be subclassed
  kTypeHeapType = 1u << 2,     // created by a class statement or type(); mutable
  kTypeAbstract = 1u << 3,     // cannot be instantiated directly
  // The instances can be weakly referenced (weakref.h; a class gets a
  // `__weakref__` attribute unless a base has one or its __slots__ omit it).
  kTypeWeakReferenceable = 1u << 4,
  // What a `match` statement takes the instances for (CPython's
  // Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING): sequence patterns match
  // only kTypeSequence instances (not str, bytes, bytearray), mapping
  // patterns only kTypeMapping ones.
  kTypeSequence = 1u << 5,
  kTypeMapping = 1u << 6,
  // A class pattern `int(x)` with one positional sub-pattern matches the
  // subject itself (CPython's _Py_TPFLAGS_MATCH_SELF; lost by a class that
  // defines __match_args__).
  kTypeMatchSelf = 1u << 7,
  // Fast subclass tests for the built-in layouts (CPython's *_SUBCLASS flags).
  kTypeIntSubclass = 1u << 8,
  kTypeStrSubclass = 1u << 9,
  kTypeTupleSubclass = 1u << 10,
  kTypeListSubclass = 1u << 11,
  kTypeDictSubclass = 1u << 12,
  kTypeExceptionSubclass = 1u << 13,  // BaseException and its subclasses
  kTypeTypeSubclass = 1u << 14,
  // Calling an instance with `self` prepended to the arguments is the same
  // as binding it to self first (functions, method descriptors): the
  // interpreter's method calls and special-method calls skip the binding.
  kTypeMethodDescriptor = 1u << 15,
  kTypeFloatSubclass = 1u << 16,
  // The instances of the layout vary in size, their items after the fixed
  // part (str, tuple, bytes): the Values a class appends to such a layout
  // (its __dict__, its __slots__ members) follow the items. Their offsets
  // (dict_offset, member descriptors) are negative, as CPython's
  // tp_dictoffset: minus the offset they would have if the items took no
  // room; `value_at_offset` adds the instance's `item_bytes`.
  kTypeVariableSize = 1u << 17,
  // The type's binary[kAdd] and binary[kMultiply] are a sequence's
  // concatenation and repetition (CPython's sq_concat and sq_repeat, which
  // have no reflected form and come after the other operand's numeric
  // slots): str, bytes, bytearray, tuple, list, and inherited (a class's
  // own __add__ or __mul__ replaces the slot: compare with the layout's).
  kTypeSequenceConcat = 1u << 18,
  // A true __abstractmethods__ was set on the class (abc.ABCMeta does):
  // object.__new__ refuses it (CPython's Py_TPFLAGS_IS_ABSTRACT; not inherited).
  kTypeHasAbstractMethods = 1u << 19,
  // The exceptions whose __init__ sets attributes of their own (SystemExit's
  // code, OSError's errno, ...) and their subclasses: an exception without
  // it skips the search for which ones apply.
  kTypeExceptionInitSetsAttributes = 1u << 20,
};

struct Type;
// Whether `object`'s C++ layout is `layout`'s: its type's layout is
// `layout` or a built-in type derived from it (the has_layout checks of
// Value::as, value.h).
bool layout_extends(const Object* object, const Type* layout);

struct Type : Object {
  Ref<Str> name;         // __name__
  Ref<Str> qualname;     // __qualname__
  Ref<Str> module_name;  // __module__ ("builtins" for built-in types)
  // How error messages name the type's instances when that is not just its
  // name: "module.name" for a built-in type outside builtins
  // ('_io.TextIOWrapper' object has no attribute 'x'), as CPython's tp_name.
  Ref<Str> message_name;
  Type* base = nullptr;  // __base__ (owned through `bases`)
  Ref<Tuple> bases;      // __bases__
  Ref<Tuple> mro;        // __mro__: this type first, object last
  Ref<Dict> dict;        // attributes: methods, class variables, descriptors
  // The members a class's __slots__ added (mangled, sorted), null without
  // __slots__ (CPython's ht_slots: __class__ assignment compares them).
  Ref<Tuple> slot_names;
  // The built-in type whose C++ layout the instances have: the type itself
  // for a built-in type, the nearest built-in base for a class. Built-in
  // types outlive every instance, so deallocation can always rely on it.
  Type* layout = nullptr;
  // The classes naming this type among their bases, in creation order
  // (__subclasses__, and invalidating their caches when this type changes),
  // and the bases whose lists name this type. Not owning, and kept apart
  // from `bases` (which the collector may clear first): a type that dies
  // takes itself out of both sides' lists.
  std::vector<Type*> subclasses;
  std::vector<Type*> linked_bases;
  uint32_t flags = 0;
  size_t instance_size = sizeof(Object);  // bytes of an instance's C++ layout
  // Byte offset of the instance's `__dict__` (a Value) within the instance,
  // 0 if none; negative past the items of a variable-size layout
  // (kTypeVariableSize, value_at_offset).
  ptrdiff_t dict_offset = 0;
  // Changes whenever this type's or a base's attributes change; attribute
  // caches in the interpreter compare it (0 = caching disabled).
  uint32_t version = 0;
  Runtime* runtime = nullptr;

  DeallocFn dealloc = nullptr;
  TraverseFn traverse = nullptr;
  ClearFn clear = nullptr;
  // Called once before an instance is freed, by its dealloc or by the cycle
  // collector (gc.h); null for the types whose instances need none.
  FinalizeFn finalize = nullptr;

  UnaryFn repr = nullptr;
  UnaryFn str = nullptr;
  HashFn hash = nullptr;
  CompareFn compare = nullptr;
  PredicateFn truth = nullptr;  // null: true unless length says 0
  GetAttrFn getattr = nullptr;
  SetAttrFn setattr = nullptr;
  DescrGetFn descr_get = nullptr;
  DescrSetFn descr_set = nullptr;
  CallFn call = nullptr;
  NewFn new_instance = nullptr;
  InitFn init = nullptr;
  UnaryFn iter = nullptr;
  UnaryFn next = nullptr;
  // Optional, not inherited: the items `next` would give one by one, given
  // in one go (a generator runs its frame once for all of them). See
  // for_all in protocols.h.
  DrainFn drain = nullptr;

  LengthFn length = nullptr;
  GetItemFn getitem = nullptr;
  SetItemFn setitem = nullptr;
  ContainsFn contains = nullptr;

  BinaryFn binary[kBinaryOpCount] = {};          // a + b (either operand is this type)
  BinaryFn inplace[kBinaryOpCount] = {};         // a += b (left operand is this type)
  PowerFn power = nullptr;                       // pow(a, b, m); binary[kPower] is a ** b
  UnaryFn negative = nullptr;
  UnaryFn positive = nullptr;
  UnaryFn invert = nullptr;
  UnaryFn absolute = nullptr;
  UnaryFn index = nullptr;      // __index__: an exact int
  UnaryFn to_int = nullptr;     // __int__
  UnaryFn to_float = nullptr;   // __float__
  ItemBytesFn item_bytes = nullptr;  // kTypeVariableSize layouts

  bool has_flag(uint32_t flag) const { return (flags & flag) != 0; }
};
bool has_layout(const Object* object, const Type*);

// The Value at byte `offset` past the items of an instance of a
// variable-size layout (out of line, rare).
Value* value_after_items(Object* object, size_t offset);
// The Value at a class's `offset` (dict_offset, a member's) in an instance:
// from the start, or when negative, past the items (kTypeVariableSize).
PYVM_ALWAYS_INLINE Value* value_at_offset(Object* object, ptrdiff_t offset) {
  if (offset < 0) [[unlikely]] return value_after_items(object, static_cast<size_t>(-offset));
  return reinterpret_cast<Value*>(reinterpret_cast<char*>(object) + offset);
}
// The offset a class records for a Value it appends at byte `offset` of its
// built-in base's layout (as if that layout had no items).
inline ptrdiff_t appended_value_offset(const Type* layout, size_t offset) {
  const auto signed_offset = static_cast<ptrdiff_t>(offset);
  return layout->has_flag(kTypeVariableSize) ? -signed_offset : signed_offset;
}

}  // namespace pyvm
