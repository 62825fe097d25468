// SPDX-License-Identifier: GPL-3.0-or-later
// The operations every value supports, each dispatching through the type
// slots of its operands (CPython's abstract.c and object.c): repr, hash,
// comparison, truth, arithmetic, attribute access, subscripting, iteration.
// The interpreter's opcodes and the built-in functions are written in terms
// of these; each returns the failure marker with the pending exception set.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/keyboard_interrupt.h"
#include "runtime/out_of_memory.h"
#include "runtime/runtime.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include "runtime/value.h"

namespace pyvm {

struct Str;

// ---- types
// The name messages give a type (CPython's tp_name): its name, or
// "module.name" for a built-in type outside builtins (Type::message_name);
// and the name they give a value's type.
std::string_view message_type_name(const Type* type);
std::string_view type_name(Runtime& rt, const Value& value);
bool is_subtype(const Type* type, const Type* base);
inline bool is_instance(Runtime& rt, const Value& value, const Type* type) {
  return is_subtype(rt.type_of(value), type);
}
// Looks `name` up along the type's MRO: a pointer to the value in the
// defining type's dict (valid until that dict changes), or null if absent.
const Value* lookup_in_mro(const Type* type, Str* name);

// ---- text forms
Value repr(Runtime& rt, const Value& value);    // a str, or null
Value to_str(Runtime& rt, const Value& value);  // str(value)
// repr/str as C++ text (false on error).
bool repr_text(Runtime& rt, const Value& value, std::string* out);
bool str_text(Runtime& rt, const Value& value, std::string* out);
// format(value, spec)
Value format(Runtime& rt, const Value& value, const Value& spec);

// ---- hashing and comparison
bool hash_of_any(Runtime& rt, const Value& value, int64_t* out);
// hash(value): false with the error raised. The two keys of most dict and
// set lookups are answered here, inline: a small int (the int itself below
// 2**61 - 1, -1 made -2) and a str whose hash is cached.
inline bool hash(Runtime& rt, const Value& value, int64_t* out) {
  constexpr int64_t kIntHashModulus = (int64_t{1} << 61) - 1;
  if (value.is_small_int()) {
    const int64_t x = value.as_small_int();
    if (x > -kIntHashModulus && x < kIntHashModulus) {
      *out = x == -1 ? -2 : x;
      return true;
    }
  } else if (value.is_object() && value.as_object()->type == rt.str_type) {
    const int64_t cached = static_cast<const Str*>(value.as_object())->hash;
    if (cached != -1) {
      *out = cached;
      return true;
    }
  }
  return hash_of_any(rt, value, out);
}
// a == b as a C++ bool: 1, 0 or -1 on error. Identical objects are equal
// (as CPython's PyObject_RichCompareBool), so containers find nan keys.
int equals(Runtime& rt, const Value& a, const Value& b);
// The rich comparison a <op> b, with reflected fallbacks.
Value compare(Runtime& rt, const Value& a, const Value& b, CompareOp op);
int compare_bool(Runtime& rt, const Value& a, const Value& b, CompareOp op);
int truth(Runtime& rt, const Value& value);  // bool(value): 1, 0, -1 on error
const char* compare_op_symbol(CompareOp op);

// ---- arithmetic
Value binary_op(Runtime& rt, BinaryOp op, const Value& a, const Value& b);
Value inplace_op(Runtime& rt, BinaryOp op, const Value& a, const Value& b);
Value power(Runtime& rt, const Value& base, const Value& exponent, const Value& modulus);
Value negative(Runtime& rt, const Value& value);
Value positive(Runtime& rt, const Value& value);
Value invert(Runtime& rt, const Value& value);
Value absolute(Runtime& rt, const Value& value);
const char* binary_op_symbol(BinaryOp op);
// x.__index__() as an exact int value.
Value index_value(Runtime& rt, const Value& value);
// x.__index__() as int64, raising IndexError/OverflowError-style
// "cannot fit 'int' into an index-sized integer" when it does not fit.
bool index_as_int64(Runtime& rt, const Value& value, int64_t* out, Exc overflow = Exc::kIndexError);

// ---- attributes
Value get_attr(Runtime& rt, const Value& object, Str* name);
// After a failed lookup of `name` on `object` by a program (an attribute
// load, getattr()): a pending AttributeError records both as its `name` and
// `obj` (CPython's attribute error context, which "Did you mean" reads).
// Kept out of get_attr, whose success path is a tail call.
void note_attribute_error_context(Runtime& rt, const Value& object, Str* name);
// As get_attr, but an AttributeError is swallowed: null with no error pending.
Value get_attr_optional(Runtime& rt, const Value& object, Str* name);
bool set_attr(Runtime& rt, const Value& object, Str* name, const Value& value);
bool delete_attr(Runtime& rt, const Value& object, Str* name);
// object.__getattribute__ / __setattr__: descriptors, then the instance dict.
Value generic_getattr(Runtime& rt, const Value& object, Str* name);
bool generic_setattr(Runtime& rt, const Value& object, Str* name, const Value& value);
Value raise_no_attribute(Runtime& rt, const Value& object, Str* name);
// The instance's __dict__ slot (null when its type has none).
Value* instance_dict_slot(const Value& object);

// ---- containers
int64_t length(Runtime& rt, const Value& value);  // -1 on error
Value get_item(Runtime& rt, const Value& container, const Value& key);
bool set_item(Runtime& rt, const Value& container, const Value& key, const Value& value);
bool delete_item(Runtime& rt, const Value& container, const Value& key);
int contains(Runtime& rt, const Value& container, const Value& item);  // `in`

// ---- iteration
Value get_iter(Runtime& rt, const Value& iterable);
// The next item, or null: exhausted when no error is pending.
Value iter_next(Runtime& rt, const Value& iterator);
// Calls fn(item) for each item; fn returns false to stop with an error.
// The iterable may be endless, so the loop polls for Ctrl-C (after an item
// fn accepted: a caller that stops early by returning false sees its own
// stop, not the poll's).
template <class Fn>
bool for_each(Runtime& rt, const Value& iterable, Fn&& fn) {
  Value iterator = get_iter(rt, iterable);
  if (iterator.is_null()) return false;
  ItemPoll poll(rt);
  for (;;) {
    Value item = iter_next(rt, iterator);
    if (item.is_null()) return !rt.has_error();
    if (!fn(std::move(item)) || poll.tick()) return false;
  }
}

// for_each for a consumer that takes every item and stops only on an error
// of its own (list(), tuple(), str.join): an iterator with a `drain` slot
// hands the items over in one go, in the same order and at the same
// moments (a generator runs its frame once for all of them, instead of
// being resumed from native code for each). `fn` must run no Python code:
// it is called while the generator's frame is still the running one, so
// code it ran would see that frame as its caller and the generator as
// running (sum(), set() and min() take their items with for_each).
template <class Fn>
bool for_all(Runtime& rt, const Value& iterable, Fn&& fn) {
  if (iterable.is_object()) {
    if (DrainFn drain = iterable.as_object()->type->drain) {
      struct Consumer {
        Runtime& rt;
        Fn& fn;
      } consumer{rt, fn};
      ItemSink sink = [](void* context, Value item) {
        Consumer& c = *static_cast<Consumer*>(context);
        // A failed allocation is the consumer's MemoryError, raised here
        // (as when it takes items one by one), not at the generator's yield.
        try {
          return c.fn(std::move(item));
        } catch (const std::bad_alloc&) {
          raise_no_memory(c.rt);
          return false;
        }
      };
      return drain(rt, iterable, sink, &consumer);
    }
  }
  return for_each(rt, iterable, std::forward<Fn>(fn));
}

// ---- calls
inline Value call(Runtime& rt, const Value& callable, const Value* args, size_t nargs,
                  Tuple* kwnames = nullptr) {
  return rt.call(callable, args, nargs, kwnames);
}
Value call_method(Runtime& rt, const Value& object, Str* name, const Value* args, size_t nargs);
bool is_callable(Runtime& rt, const Value& value);

// isinstance(object, classinfo) and issubclass(object, classinfo): 1, 0, or
// -1 with the exception set (classinfo may be a tuple or a union; a
// metaclass's __instancecheck__/__subclasscheck__ is called).
int isinstance_of(Runtime& rt, const Value& object, const Value& classinfo);
int issubclass_of(Runtime& rt, const Value& object, const Value& classinfo);

// dir(object): the sorted list of its attribute names (CPython's
// PyObject_Dir).
Value dir_of(Runtime& rt, const Value& object);

}  // namespace pyvm
