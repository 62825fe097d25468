// SPDX-License-Identifier: GPL-3.0-or-later
// The generic operations on values (see protocols.h): each finds the right
// slot on the operands' types, applies Python's rules for reflected and
// fallback forms, and raises CPython's TypeError when nothing applies.
#include "runtime/protocols.h"

#include <vector>

#include "runtime/concat.h"
#include "runtime/dict.h"
#include "runtime/float.h"
#include "runtime/generic_alias.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/object_type.h"
#include "runtime/slots.h"
#include "runtime/str.h"
#include "runtime/str_methods.h"
#include "runtime/tuple.h"

namespace pyvm {

// --------------------------------------------------------------------- types

std::string_view message_type_name(const Type* type) {
  return type->message_name ? type->message_name->view() : type->name->view();
}

std::string_view type_name(Runtime& rt, const Value& value) {
  return message_type_name(rt.type_of(value));
}

bool is_subtype(const Type* type, const Type* base) {
  if (type == base) return true;
  if (const Tuple* mro = type->mro.get()) {
    for (size_t i = 1; i < mro->size; ++i) {
      if ((*mro)[i].as_object() == base) return true;
    }
    return false;
  }
  for (const Type* t = type->base; t != nullptr; t = t->base) {  // before the MRO exists
    if (t == base) return true;
  }
  return false;
}

namespace {

const Value* search_mro(const Type* type, Str* name) {
  if (const Tuple* mro = type->mro.get()) {
    for (size_t i = 0; i < mro->size; ++i) {
      Dict* dict = (*mro)[i].as<Type>()->dict.get();
      if (dict == nullptr) continue;
      const int64_t index = dict_find_str(dict, name);
      if (index >= 0) return &dict->entries[index].value;
    }
    return nullptr;
  }
  for (const Type* t = type; t != nullptr; t = t->base) {
    if (!t->dict) continue;
    const int64_t index = dict_find_str(t->dict.get(), name);
    if (index >= 0) return &t->dict->entries[index].value;
  }
  return nullptr;
}

}  // namespace

const Value* lookup_in_mro(const Type* type, Str* name) {
  // Types being built (version 0) and names that may die are not cached.
  if (type->version == 0 || !name->interned) return search_mro(type, name);
  Runtime::AttributeCacheEntry& entry = type->runtime->attribute_cache_entry(type, type->version, name);
  if (entry.type == type && entry.version == type->version && entry.name == name) return entry.found;
  const Value* found = search_mro(type, name);
  entry = {type, type->version, name, found};
  return found;
}

// ---------------------------------------------------------------- text forms

Value repr(Runtime& rt, const Value& value) {
  Type* type = rt.type_of(value);
  if (type == rt.str_type) return make_str(rt, str_repr(as_str(value)->view()));
  RecursionGuard guard(rt, " while getting the repr of an object");
  if (!guard.ok()) return Value();
  Value result = type->repr ? type->repr(rt, value) : object_default_repr(rt, value);
  if (!result.is_null() && !is_str(result)) {
    return rt.raise(Exc::kTypeError,
                    cat("__repr__ returned non-string (type ", type_name(rt, result), ")"));
  }
  return result;
}

Value to_str(Runtime& rt, const Value& value) {
  Type* type = rt.type_of(value);
  if (type == rt.str_type) return value;
  if (type->str == nullptr) return repr(rt, value);
  RecursionGuard guard(rt, " while getting the str of an object");
  if (!guard.ok()) return Value();
  Value result = type->str(rt, value);
  if (!result.is_null() && !is_str(result)) {
    return rt.raise(Exc::kTypeError,
                    cat("__str__ returned non-string (type ", type_name(rt, result), ")"));
  }
  return result;
}

bool repr_text(Runtime& rt, const Value& value, std::string* out) {
  Value text = repr(rt, value);
  if (text.is_null()) return false;
  out->append(as_str(text)->view());
  return true;
}

bool str_text(Runtime& rt, const Value& value, std::string* out) {
  Value text = to_str(rt, value);
  if (text.is_null()) return false;
  out->append(as_str(text)->view());
  return true;
}

Value format(Runtime& rt, const Value& value, const Value& spec) {
  // The built-in types' own __format__, without looking it up: their
  // classes cannot be changed (the f-string fields of every program).
  const Type* type = rt.type_of(value);
  const std::string_view spec_text = as_str(spec)->view();
  if (type == rt.int_type) return format_int_value(rt, value, spec_text);
  if (type == rt.float_type) return format_float_value(rt, float_value(value), spec_text);
  if (type == rt.str_type) return format_str_value(rt, as_str(value), spec_text);
  Value result = call_special_method(rt, value, rt.names.dunder_format, &spec, 1);
  if (result.is_null()) return result;
  if (!is_str(result)) {
    return rt.raise(Exc::kTypeError,
                    cat("__format__ must return a str, not ", type_name(rt, result)));
  }
  return result;
}

// ----------------------------------------------------- hashing and comparison

bool hash_of_any(Runtime& rt, const Value& value, int64_t* out) {
  switch (value.tag()) {
    case Tag::kInt:
    case Tag::kBool:
      *out = int_hash(value);
      return true;
    case Tag::kFloat:
      *out = float_hash(value.as_float());
      return true;
    default:
      break;
  }
  Type* type = rt.type_of(value);
  if (type == rt.str_type) {
    *out = str_hash(as_str(value));
    return true;
  }
  if (type->hash == nullptr) return hash_unhashable(rt, value, out);
  // A tuple nested a million deep hashes its items recursively.
  if (rt.native_stack_exhausted()) {
    rt.raise(Exc::kRecursionError, "maximum recursion depth exceeded");
    return false;
  }
  if (!type->hash(rt, value, out)) return false;
  if (*out == -1) *out = -2;  // (as CPython: sets mark deleted slots with -1)
  return true;
}

namespace {

CompareOp swapped(CompareOp op) {
  switch (op) {
    case CompareOp::kLess: return CompareOp::kGreater;
    case CompareOp::kLessEqual: return CompareOp::kGreaterEqual;
    case CompareOp::kGreater: return CompareOp::kLess;
    case CompareOp::kGreaterEqual: return CompareOp::kLessEqual;
    default: return op;
  }
}

}  // namespace

const char* compare_op_symbol(CompareOp op) {
  static const char* const kSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
  return kSymbols[static_cast<int>(op)];
}

Value compare(Runtime& rt, const Value& a, const Value& b, CompareOp op) {
  Type* type_a = rt.type_of(a);
  Type* type_b = rt.type_of(b);
  RecursionGuard guard(rt, " in comparison");
  if (!guard.ok()) return Value();
  bool reflected_tried = false;
  // A subclass's reflected method gets the first chance (Python's rule).
  if (type_a != type_b && type_b->compare && is_subtype(type_b, type_a)) {
    reflected_tried = true;
    Value result = type_b->compare(rt, b, a, swapped(op));
    if (!result.is(rt.not_implemented())) return result;
  }
  if (type_a->compare) {
    Value result = type_a->compare(rt, a, b, op);
    if (!result.is(rt.not_implemented())) return result;
  }
  if (!reflected_tried && type_b->compare) {
    Value result = type_b->compare(rt, b, a, swapped(op));
    if (!result.is(rt.not_implemented())) return result;
  }
  if (op == CompareOp::kEqual) return Value::boolean(a.is(b));
  if (op == CompareOp::kNotEqual) return Value::boolean(!a.is(b));
  return rt.raise(Exc::kTypeError,
                  cat("'", compare_op_symbol(op), "' not supported between instances of '",
                      message_type_name(type_a), "' and '", message_type_name(type_b), "'"));
}

int compare_bool(Runtime& rt, const Value& a, const Value& b, CompareOp op) {
  if (a.is_small_int() && b.is_small_int()) {
    const int64_t x = a.as_small_int();
    const int64_t y = b.as_small_int();
    switch (op) {
      case CompareOp::kLess: return x < y;
      case CompareOp::kLessEqual: return x <= y;
      case CompareOp::kEqual: return x == y;
      case CompareOp::kNotEqual: return x != y;
      case CompareOp::kGreater: return x > y;
      case CompareOp::kGreaterEqual: return x >= y;
    }
  }
  Value result = compare(rt, a, b, op);
  if (result.is_null()) return -1;
  if (result.is_bool()) return result.as_bool();
  return truth(rt, result);
}

int equals(Runtime& rt, const Value& a, const Value& b) {
  if (a.is(b)) return 1;
  if (a.is_small_int() && b.is_small_int()) return 0;  // different values
  if (is_str(a) && is_str(b) && rt.type_of(a) == rt.str_type && rt.type_of(b) == rt.str_type) {
    return str_equal(as_str(a), as_str(b));
  }
  return compare_bool(rt, a, b, CompareOp::kEqual);
}

int truth(Runtime& rt, const Value& value) {
  switch (value.tag()) {
    case Tag::kNone: return 0;
    case Tag::kBool:
    case Tag::kInt: return value.as_small_int() != 0;
    case Tag::kFloat: return value.as_float() != 0.0;
    case Tag::kNull: return 0;
    case Tag::kObject: break;
  }
  Type* type = value.as_object()->type;
  if (type->truth) return type->truth(rt, value);
  if (type->length) {
    const int64_t n = type->length(rt, value);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

// ---------------------------------------------------------------- arithmetic

const char* binary_op_symbol(BinaryOp op) {
  static const char* const kSymbols[] = {"+",  "-",  "*", "/", "//", "%", "**",
                                         "<<", ">>", "&", "|", "^",  "@", "divmod()"};
  return kSymbols[static_cast<int>(op)];
}

namespace {

bool is_sequence_for_concat(Runtime& rt, const Value& v) {
  const Type* type = rt.type_of(v);
  return type->has_flag(kTypeStrSubclass | kTypeListSubclass | kTypeTupleSubclass) ||
         is_subtype(type, rt.bytes_type) || is_subtype(type, rt.deque_type);
}

// Whether the type's slot for + or * is its built-in layout's sequence
// concatenation or repetition (kTypeSequenceConcat), not a numeric slot.
bool is_sequence_slot(const Type* type, int i) {
  return type->has_flag(kTypeSequenceConcat) && type->binary[i] == type->layout->binary[i];
}

// CPython's PyNumber_Add and PyNumber_Multiply when an operand is a
// sequence: the numeric slots first (a class's __radd__ on the right comes
// before str's concatenation on the left), then the left operand's
// concatenation, or either operand's repetition.
Value sequence_dispatch(Runtime& rt, BinaryOp op, const Value& a, const Value& b, Type* type_a,
                        Type* type_b) {
  const int i = static_cast<int>(op);
  const bool sequence_a = is_sequence_slot(type_a, i);
  const bool sequence_b = is_sequence_slot(type_b, i);
  BinaryFn slot_a = sequence_a ? nullptr : type_a->binary[i];
  BinaryFn slot_b = type_b != type_a && !sequence_b ? type_b->binary[i] : nullptr;
  if (slot_b == slot_a) slot_b = nullptr;
  if (slot_a) {
    if (slot_b && is_subtype(type_b, type_a)) {
      Value result = slot_b(rt, a, b);
      if (!result.is(rt.not_implemented())) return result;
      slot_b = nullptr;
    }
    Value result = slot_a(rt, a, b);
    if (!result.is(rt.not_implemented())) return result;
  }
  if (slot_b) {
    Value result = slot_b(rt, a, b);
    if (!result.is(rt.not_implemented())) return result;
  }
  if (sequence_a) return type_a->binary[i](rt, a, b);
  if (sequence_b && op == BinaryOp::kMultiply) return type_b->binary[i](rt, a, b);
  return rt.not_implemented();
}

// Python's rule for a op b: try a's slot, then b's; but when b's type is a
// subclass of a's and overrides the operation, b's goes first.
Value binary_dispatch(Runtime& rt, BinaryOp op, const Value& a, const Value& b) {
  const int i = static_cast<int>(op);
  Type* type_a = rt.type_of(a);
  Type* type_b = rt.type_of(b);
  if ((op == BinaryOp::kAdd || op == BinaryOp::kMultiply) &&
      ((type_a->flags | type_b->flags) & kTypeSequenceConcat)) {
    return sequence_dispatch(rt, op, a, b, type_a, type_b);
  }
  BinaryFn slot_a = type_a->binary[i];
  BinaryFn slot_b = type_b != type_a ? type_b->binary[i] : nullptr;
  if (slot_b == slot_a) slot_b = nullptr;
  if (slot_a) {
    if (slot_b && is_subtype(type_b, type_a)) {
      Value result = slot_b(rt, a, b);
      if (!result.is(rt.not_implemented())) return result;
      slot_b = nullptr;
    }
    Value result = slot_a(rt, a, b);
    if (!result.is(rt.not_implemented())) return result;
  }
  if (slot_b) return slot_b(rt, a, b);
  return rt.not_implemented();
}

Value raise_unsupported(Runtime& rt, BinaryOp op, const Value& a, const Value& b,
                        bool inplace) {
  if (op == BinaryOp::kAdd && is_sequence_for_concat(rt, a) && !inplace) {
    return rt.raise(Exc::kTypeError, cat("can only concatenate ", type_name(rt, a), " (not \"",
                                         type_name(rt, b), "\") to ", type_name(rt, a)));
  }
  if (op == BinaryOp::kMultiply &&
      (is_sequence_for_concat(rt, a) || is_sequence_for_concat(rt, b))) {
    const Value& other = is_sequence_for_concat(rt, a) ? b : a;
    return rt.raise(Exc::kTypeError, cat("can't multiply sequence by non-int of type '",
                                         type_name(rt, other), "'"));
  }
  // CPython names ** as "** or pow()", but its in-place form as "**=".
  const std::string symbol = inplace ? cat(binary_op_symbol(op), "=")
                             : op == BinaryOp::kPower ? std::string("** or pow()")
                                                      : std::string(binary_op_symbol(op));
  return rt.raise(Exc::kTypeError, cat("unsupported operand type(s) for ", symbol, ": '",
                                       type_name(rt, a), "' and '", type_name(rt, b), "'"));
}

}  // namespace

Value binary_op(Runtime& rt, BinaryOp op, const Value& a, const Value& b) {
  Value result = binary_dispatch(rt, op, a, b);
  if (result.is(rt.not_implemented())) return raise_unsupported(rt, op, a, b, false);
  return result;
}

Value inplace_op(Runtime& rt, BinaryOp op, const Value& a, const Value& b) {
  if (BinaryFn slot = rt.type_of(a)->inplace[static_cast<int>(op)]) {
    Value result = slot(rt, a, b);
    if (!result.is(rt.not_implemented())) return result;
  }
  Value result = binary_dispatch(rt, op, a, b);
  if (result.is(rt.not_implemented())) {
    if (op == BinaryOp::kAdd && is_sequence_for_concat(rt, a)) {
      return raise_unsupported(rt, op, a, b, false);
    }
    return raise_unsupported(rt, op, a, b, true);
  }
  return result;
}

Value power(Runtime& rt, const Value& base, const Value& exponent, const Value& modulus) {
  if (modulus.is_none() || modulus.is_null()) return binary_op(rt, BinaryOp::kPower, base, exponent);
  Type* type_a = rt.type_of(base);
  Type* type_b = rt.type_of(exponent);
  for (Type* type : {type_a, type_b}) {
    if (type->power) {
      Value result = type->power(rt, base, exponent, modulus);
      if (!result.is(rt.not_implemented())) return result;
    }
  }
  // The modulus's type gets the last chance (pow(2, 2, 3j) is complex's
  // "complex modulo" error), as in CPython's ternary_op.
  Type* type_m = rt.type_of(modulus);
  if (type_m->power && type_m->power != type_a->power && type_m->power != type_b->power) {
    Value result = type_m->power(rt, base, exponent, modulus);
    if (!result.is(rt.not_implemented())) return result;
  }
  return rt.raise(Exc::kTypeError, cat("unsupported operand type(s) for ** or pow(): '",
                                       message_type_name(type_a), "', '", message_type_name(type_b),
                                       "', '", type_name(rt, modulus), "'"));
}

namespace {

Value unary(Runtime& rt, UnaryFn Type::*slot, const Value& value, const char* what) {
  UnaryFn fn = rt.type_of(value)->*slot;
  if (fn == nullptr) {
    return rt.raise(Exc::kTypeError, cat("bad operand type for ", what, ": '",
                                         type_name(rt, value), "'"));
  }
  return fn(rt, value);
}

}  // namespace

Value negative(Runtime& rt, const Value& value) {
  return unary(rt, &Type::negative, value, "unary -");
}
Value positive(Runtime& rt, const Value& value) {
  return unary(rt, &Type::positive, value, "unary +");
}
Value invert(Runtime& rt, const Value& value) { return unary(rt, &Type::invert, value, "unary ~"); }
Value absolute(Runtime& rt, const Value& value) {
  return unary(rt, &Type::absolute, value, "abs()");
}

Value index_value(Runtime& rt, const Value& value) {
  if (value.is_small_int()) return value;
  if (value.is_bool()) return Value::small_int(value.as_bool());
  Type* type = rt.type_of(value);
  if (type == rt.int_type) return value;
  // An int subclass's own value, whatever its __index__ says (CPython's
  // PyNumber_Index).
  if (type->has_flag(kTypeIntSubclass)) return int_from_mpz(rt, value.as<BigInt>()->value);
  if (type->index == nullptr) {
    return rt.raise(Exc::kTypeError, cat("'", message_type_name(type),
                                         "' object cannot be interpreted as an integer"));
  }
  Value result = type->index(rt, value);
  if (result.is_null()) return result;
  if (!is_int(result)) {
    return rt.raise(Exc::kTypeError,
                    cat("__index__ returned non-int (type ", type_name(rt, result), ")"));
  }
  if (result.is_bool()) return Value::small_int(result.as_bool());
  return result;
}

bool index_as_int64(Runtime& rt, const Value& value, int64_t* out, Exc overflow) {
  if (value.is_small_int()) {
    *out = value.as_small_int();
    return true;
  }
  Value index = index_value(rt, value);
  if (index.is_null()) return false;
  if (!int_to_int64(index, out)) {
    rt.raise(overflow, cat("cannot fit '", type_name(rt, value), "' into an index-sized integer"));
    return false;
  }
  return true;
}

// ---------------------------------------------------------------- attributes

Value* instance_dict_slot(const Value& object) {
  if (!object.is_object()) return nullptr;
  // One test for the common case, a class's instance with a fixed layout.
  const ptrdiff_t offset = object.as_object()->type->dict_offset;
  if (offset > 0) [[likely]] {
    return reinterpret_cast<Value*>(reinterpret_cast<char*>(object.as_object()) + offset);
  }
  if (offset == 0) return nullptr;
  return value_after_items(object.as_object(), static_cast<size_t>(-offset));
}

Value raise_no_attribute(Runtime& rt, const Value& object, Str* name) {
  return rt.raise(Exc::kAttributeError,
                  cat("'", type_name(rt, object), "' object has no attribute '", name->view(), "'"));
}

Value generic_getattr(Runtime& rt, const Value& object, Str* name) {
  Type* type = rt.type_of(object);
  const Value* found = lookup_in_mro(type, name);
  Value descriptor;
  DescrGetFn get = nullptr;
  if (found) {
    descriptor = *found;
    Type* descriptor_type = rt.type_of(descriptor);
    get = descriptor_type->descr_get;
    if (get && descriptor_type->descr_set) return get(rt, descriptor, object, type);
  }
  if (Value* dict_slot = instance_dict_slot(object); dict_slot && !dict_slot->is_null()) {
    Value value = dict_get_str(as_dict(*dict_slot), name);
    if (!value.is_null()) return value;
  }
  if (get) return get(rt, descriptor, object, type);
  if (!descriptor.is_null()) return descriptor;
  return raise_no_attribute(rt, object, name);
}

bool generic_setattr(Runtime& rt, const Value& object, Str* name, const Value& value) {
  Type* type = rt.type_of(object);
  const Value* found = lookup_in_mro(type, name);
  if (found != nullptr) {
    Type* descriptor_type = rt.type_of(*found);
    if (descriptor_type->descr_set) {
      Value descriptor = *found;
      return descriptor_type->descr_set(rt, descriptor, object, value);
    }
  }
  Value* dict_slot = instance_dict_slot(object);
  if (dict_slot == nullptr) {
    if (found != nullptr) {  // a class attribute no instance can shadow
      rt.raise(Exc::kAttributeError, cat("'", type_name(rt, object), "' object attribute '",
                                         name->view(), "' is read-only"));
    } else {
      raise_no_attribute(rt, object, name);
    }
    return false;
  }
  if (dict_slot->is_null()) {
    if (value.is_null()) {
      raise_no_attribute(rt, object, name);
      return false;
    }
    *dict_slot = make_instance_dict(rt);
  }
  Dict* dict = as_dict(*dict_slot);
  if (value.is_null()) {
    const int deleted = dict_delete(rt, dict, Value::from_object(name));
    if (deleted == 0) raise_no_attribute(rt, object, name);
    return deleted > 0;
  }
  dict_set_str(rt, dict, rt.intern(name), value);
  return true;
}

Value get_attr(Runtime& rt, const Value& object, Str* name) {
  return rt.type_of(object)->getattr(rt, object, name);
}

void note_attribute_error_context(Runtime& rt, const Value& object, Str* name) {
  if (!rt.has_error()) return;
  const Value& error = rt.pending_error();
  if (!is_instance(rt, error, rt.exception_type(Exc::kAttributeError))) return;
  Value* dict = instance_dict_slot(error);
  if (dict == nullptr || dict->is_null() || !is_dict(*dict)) return;
  dict_set_str(rt, as_dict(*dict), rt.names.name, Value::from_object(name));
  dict_set_str(rt, as_dict(*dict), rt.intern("obj"), object);
}

Value get_attr_optional(Runtime& rt, const Value& object, Str* name) {
  Value result = get_attr(rt, object, name);
  if (result.is_null() && rt.error_matches(Exc::kAttributeError)) rt.clear_error();
  return result;
}

bool set_attr(Runtime& rt, const Value& object, Str* name, const Value& value) {
  SetAttrFn setattr = rt.type_of(object)->setattr;
  if (setattr == nullptr) {
    raise_no_attribute(rt, object, name);
    return false;
  }
  return setattr(rt, object, name, value);
}

bool delete_attr(Runtime& rt, const Value& object, Str* name) {
  return set_attr(rt, object, name, Value());
}

// ---------------------------------------------------------------- containers

int64_t length(Runtime& rt, const Value& value) {
  Type* type = rt.type_of(value);
  if (type->length == nullptr) {
    rt.raise(Exc::kTypeError, cat("object of type '", message_type_name(type), "' has no len()"));
    return -1;
  }
  return type->length(rt, value);
}

Value get_item(Runtime& rt, const Value& container, const Value& key) {
  Type* type = rt.type_of(container);
  if (type->getitem) return type->getitem(rt, container, key);
  if (type->has_flag(kTypeTypeSubclass)) {
    // type[int] is special: type has no __class_getitem__, which every
    // class would otherwise find through its metaclass.
    if (container.as<Type>() == rt.type_type) return make_generic_alias(rt, container, key);
    // Class[...]: __class_getitem__ (list[int] and generic classes).
    Value method = get_attr_optional(rt, container, rt.names.dunder_class_getitem);
    if (!method.is_null()) return call(rt, method, &key, 1);
    if (rt.has_error()) return Value();
    return rt.raise(Exc::kTypeError,
                    cat("type '", container.as<Type>()->name->view(), "' is not subscriptable"));
  }
  return rt.raise(Exc::kTypeError,
                  cat("'", message_type_name(type), "' object is not subscriptable"));
}

bool set_item(Runtime& rt, const Value& container, const Value& key, const Value& value) {
  Type* type = rt.type_of(container);
  if (type->setitem == nullptr) {
    rt.raise(Exc::kTypeError,
             cat("'", message_type_name(type), "' object does not support item assignment"));
    return false;
  }
  return type->setitem(rt, container, key, value);
}

bool delete_item(Runtime& rt, const Value& container, const Value& key) {
  Type* type = rt.type_of(container);
  if (type->setitem == nullptr) {
    // CPython words it differently when the deletion went through the
    // sequence protocol (an index on a type with sequence methods).
    const bool sequence_like = type->has_flag(kTypeHeapType) || type->length != nullptr ||
                               type->contains != nullptr || type->getitem != nullptr;
    const bool index_key = is_int(key) || rt.type_of(key)->index != nullptr;
    rt.raise(Exc::kTypeError, cat("'", message_type_name(type), "' object ",
                                  sequence_like && index_key ? "doesn't" : "does not",
                                  " support item deletion"));
    return false;
  }
  return type->setitem(rt, container, key, Value());
}

int contains(Runtime& rt, const Value& container, const Value& item) {
  Type* type = rt.type_of(container);
  if (type->contains) return type->contains(rt, container, item);
  if (type->iter == nullptr && type->getitem == nullptr) {
    rt.raise(Exc::kTypeError,
             cat("argument of type '", message_type_name(type), "' is not iterable"));
    return -1;
  }
  int found = 0;
  const bool ok = for_each(rt, container, [&](Value element) {
    const int equal = equals(rt, element, item);
    if (equal != 0) {
      found = equal;
      return false;  // stop: found, or an error
    }
    return true;
  });
  if (found == 1) return 1;
  return ok ? 0 : -1;
}

// ----------------------------------------------------------------- iteration

Value get_iter(Runtime& rt, const Value& iterable) {
  Type* type = rt.type_of(iterable);
  if (type->iter) {
    Value iterator = type->iter(rt, iterable);
    if (!iterator.is_null() && rt.type_of(iterator)->next == nullptr) {
      return rt.raise(Exc::kTypeError, cat("iter() returned non-iterator of type '",
                                           type_name(rt, iterator), "'"));
    }
    return iterator;
  }
  if (type->getitem && !type->has_flag(kTypeDictSubclass)) {
    return make_sequence_iterator(rt, iterable);
  }
  return rt.raise(Exc::kTypeError, cat("'", message_type_name(type), "' object is not iterable"));
}

Value iter_next(Runtime& rt, const Value& iterator) {
  UnaryFn next = rt.type_of(iterator)->next;
  if (next == nullptr) {
    return rt.raise(Exc::kTypeError,
                    cat("'", type_name(rt, iterator), "' object is not an iterator"));
  }
  // A chain of native iterators (map(f, map(f, ...))) recurses here once per
  // link without a Python frame between; CPython overflows the stack.
  if (rt.native_stack_exhausted()) return rt.raise(Exc::kRecursionError, "maximum recursion depth exceeded");
  return next(rt, iterator);
}

// --------------------------------------------------------------------- calls

Value call_method(Runtime& rt, const Value& object, Str* name, const Value* args, size_t nargs) {
  Value method = get_attr(rt, object, name);
  if (method.is_null()) return method;
  return call(rt, method, args, nargs);
}

bool is_callable(Runtime& rt, const Value& value) { return rt.type_of(value)->call != nullptr; }

// ------------------------------------------------------------------ isinstance, dir

namespace {

// isinstance(object, cls) for a class: by the object's type or, as in
// CPython, by the class its __class__ attribute names (a weakref.proxy
// reports its referent's class).
int is_instance_or_claims(Runtime& rt, const Value& object, Type* cls) {
  if (is_instance(rt, object, cls)) return 1;
  Value claimed = get_attr_optional(rt, object, rt.names.dunder_class);
  if (claimed.is_null()) return rt.has_error() ? -1 : 0;
  if (claimed.is_object() && rt.type_of(claimed)->has_flag(kTypeTypeSubclass) &&
      claimed.as<Type>() != rt.type_of(object)) {
    return is_subtype(claimed.as<Type>(), cls);
  }
  return 0;
}

// isinstance/issubclass with tuples (recursively) and __instancecheck__.
int check_class(Runtime& rt, const Value& object, const Value& classinfo, bool subclass, int depth) {
  if (depth > 100) {
    rt.raise(Exc::kRecursionError, "maximum recursion depth exceeded in __instancecheck__");
    return -1;
  }
  // A tuple, or a union (int | str) as the tuple of its classes.
  const Tuple* alternatives = is_tuple(classinfo) ? as_tuple(classinfo) : union_arguments(rt, classinfo);
  if (alternatives != nullptr) {
    for (const Value& item : alternatives->span()) {
      const int result = check_class(rt, object, item, subclass, depth + 1);
      if (result != 0) return result;
    }
    return 0;
  }
  if (is_generic_alias(rt, classinfo)) {
    rt.raise(Exc::kTypeError, subclass ? "issubclass() argument 2 cannot be a parameterized generic"
                                       : "isinstance() argument 2 cannot be a parameterized generic");
    return -1;
  }
  Type* metatype = rt.type_of(classinfo);
  // The class's type (a metaclass, or any class whose instances stand for
  // classes, as typing's aliases) may decide in Python; type's own
  // __instancecheck__ is the plain check below.
  if (metatype != rt.type_type) {
    Str* hook = rt.intern(subclass ? "__subclasscheck__" : "__instancecheck__");
    const Value* found = lookup_in_mro(metatype, hook);
    if (found && rt.type_of(*found) != rt.method_descriptor_type) {
      Value result = call_special_method(rt, classinfo, hook, &object, 1);
      return result.is_null() ? -1 : truth(rt, result);
    }
  }
  if (!metatype->has_flag(kTypeTypeSubclass)) {
    rt.raise(Exc::kTypeError, subclass ? "issubclass() arg 2 must be a class, a tuple of classes, or a union"
                                       : "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
  }
  if (subclass) {
    if (!rt.type_of(object)->has_flag(kTypeTypeSubclass)) {
      rt.raise(Exc::kTypeError, "issubclass() arg 1 must be a class");
      return -1;
    }
    return is_subtype(object.as<Type>(), classinfo.as<Type>());
  }
  return is_instance_or_claims(rt, object, classinfo.as<Type>());
}

}  // namespace

int isinstance_of(Runtime& rt, const Value& object, const Value& classinfo) {
  return check_class(rt, object, classinfo, false, 0);
}

int issubclass_of(Runtime& rt, const Value& object, const Value& classinfo) {
  return check_class(rt, object, classinfo, true, 0);
}

Value dir_of(Runtime& rt, const Value& object) {
  Value names;
  if (rt.type_of(object)->has_flag(kTypeTypeSubclass)) {
    // A class: its attributes and its bases' (not the metaclass's).
    Ref<Dict> collected = make_dict(rt);
    const Tuple* mro = object.as<Type>()->mro.get();
    for (size_t i = 0; i < mro->size; ++i) {
      if (!dict_update(rt, collected.get(), Value((*mro)[i].as<Type>()->dict))) return Value();
    }
    names = list_from_iterable(rt, Value(collected));
  } else {
    Value listing = call_special_method(rt, object, rt.intern("__dir__"), nullptr, 0);
    if (listing.is_null()) return listing;
    names = list_from_iterable(rt, listing);
  }
  if (names.is_null() || !list_sort(rt, as_list(names), Value(), false)) return Value();
  return names;
}

}  // namespace pyvm
