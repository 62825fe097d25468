// SPDX-License-Identifier: GPL-3.0-or-later
// Slots <-> dunder methods (see slots.h). The table kSlotDefs is the single
// list pairing every special method name with its slot; the two directions
// below both walk it.
#include "runtime/slots.h"

#include <cinttypes>
#include <cstdio>
#include <vector>

#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/object_type.h"
#include "runtime/property.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

enum class SlotKind : uint8_t {
  kRepr, kStr, kHash, kCompare, kBool, kGetattribute, kGetattr, kSetattr, kDelattr, kGet, kSet,
  kDelete, kCall, kInit, kIter, kNext, kLen, kGetitem, kSetitem, kDelitem, kContains, kBinary,
  kReflected, kInplace, kNegative, kPositive, kInvert, kAbsolute, kIndex, kInt, kFloat, kDel
};

struct SlotDef {
  const char* name;
  SlotKind kind;
  int op;  // CompareOp or BinaryOp, for the kinds that have one
};

constexpr int kNoOp = 0;
constexpr int op(CompareOp c) { return static_cast<int>(c); }
constexpr int op(BinaryOp b) { return static_cast<int>(b); }

const SlotDef kSlotDefs[] = {
    {"__repr__", SlotKind::kRepr, kNoOp},
    {"__str__", SlotKind::kStr, kNoOp},
    {"__hash__", SlotKind::kHash, kNoOp},
    {"__lt__", SlotKind::kCompare, op(CompareOp::kLess)},
    {"__le__", SlotKind::kCompare, op(CompareOp::kLessEqual)},
    {"__eq__", SlotKind::kCompare, op(CompareOp::kEqual)},
    {"__ne__", SlotKind::kCompare, op(CompareOp::kNotEqual)},
    {"__gt__", SlotKind::kCompare, op(CompareOp::kGreater)},
    {"__ge__", SlotKind::kCompare, op(CompareOp::kGreaterEqual)},
    {"__bool__", SlotKind::kBool, kNoOp},
    {"__getattribute__", SlotKind::kGetattribute, kNoOp},
    {"__getattr__", SlotKind::kGetattr, kNoOp},
    {"__setattr__", SlotKind::kSetattr, kNoOp},
    {"__delattr__", SlotKind::kDelattr, kNoOp},
    {"__get__", SlotKind::kGet, kNoOp},
    {"__set__", SlotKind::kSet, kNoOp},
    {"__delete__", SlotKind::kDelete, kNoOp},
    {"__call__", SlotKind::kCall, kNoOp},
    {"__init__", SlotKind::kInit, kNoOp},
    {"__iter__", SlotKind::kIter, kNoOp},
    {"__next__", SlotKind::kNext, kNoOp},
    {"__len__", SlotKind::kLen, kNoOp},
    {"__getitem__", SlotKind::kGetitem, kNoOp},
    {"__setitem__", SlotKind::kSetitem, kNoOp},
    {"__delitem__", SlotKind::kDelitem, kNoOp},
    {"__contains__", SlotKind::kContains, kNoOp},
#define BINARY_SLOTS(name, o)                               \
  {"__" name "__", SlotKind::kBinary, op(BinaryOp::o)},     \
      {"__r" name "__", SlotKind::kReflected, op(BinaryOp::o)}, \
      {"__i" name "__", SlotKind::kInplace, op(BinaryOp::o)}
    BINARY_SLOTS("add", kAdd),
    BINARY_SLOTS("sub", kSubtract),
    BINARY_SLOTS("mul", kMultiply),
    BINARY_SLOTS("truediv", kTrueDivide),
    BINARY_SLOTS("floordiv", kFloorDivide),
    BINARY_SLOTS("mod", kRemainder),
    BINARY_SLOTS("pow", kPower),
    BINARY_SLOTS("lshift", kLeftShift),
    BINARY_SLOTS("rshift", kRightShift),
    BINARY_SLOTS("and", kAnd),
    BINARY_SLOTS("or", kOr),
    BINARY_SLOTS("xor", kXor),
    BINARY_SLOTS("matmul", kMatrixMultiply),
#undef BINARY_SLOTS
    {"__divmod__", SlotKind::kBinary, op(BinaryOp::kDivmod)},
    {"__rdivmod__", SlotKind::kReflected, op(BinaryOp::kDivmod)},
    {"__neg__", SlotKind::kNegative, kNoOp},
    {"__pos__", SlotKind::kPositive, kNoOp},
    {"__invert__", SlotKind::kInvert, kNoOp},
    {"__abs__", SlotKind::kAbsolute, kNoOp},
    {"__index__", SlotKind::kIndex, kNoOp},
    {"__int__", SlotKind::kInt, kNoOp},
    {"__float__", SlotKind::kFloat, kNoOp},
    {"__del__", SlotKind::kDel, kNoOp},
};

// Whether `type` defines the slot a SlotDef describes (non-null).
bool has_slot(const Type* type, const SlotDef& def) {
  switch (def.kind) {
    case SlotKind::kRepr: return type->repr;
    case SlotKind::kStr: return type->str;
    case SlotKind::kHash: return type->hash;
    case SlotKind::kCompare: return type->compare;
    case SlotKind::kBool: return type->truth;
    case SlotKind::kGetattribute: return type->getattr;
    case SlotKind::kGetattr: return false;  // only classes have __getattr__
    case SlotKind::kSetattr:
    case SlotKind::kDelattr: return type->setattr;
    case SlotKind::kGet: return type->descr_get;
    case SlotKind::kSet:
    case SlotKind::kDelete: return type->descr_set;
    case SlotKind::kCall: return type->call;
    case SlotKind::kInit: return type->init;
    case SlotKind::kIter: return type->iter;
    case SlotKind::kNext: return type->next;
    case SlotKind::kLen: return type->length;
    case SlotKind::kGetitem: return type->getitem;
    case SlotKind::kSetitem:
    case SlotKind::kDelitem: return type->setitem;
    case SlotKind::kContains: return type->contains;
    case SlotKind::kBinary:
    case SlotKind::kReflected:
      return def.op == op(BinaryOp::kPower) ? (type->binary[def.op] || type->power)
                                            : type->binary[def.op] != nullptr;
    case SlotKind::kInplace: return type->inplace[def.op];
    case SlotKind::kNegative: return type->negative;
    case SlotKind::kPositive: return type->positive;
    case SlotKind::kInvert: return type->invert;
    case SlotKind::kAbsolute: return type->absolute;
    case SlotKind::kIndex: return type->index;
    case SlotKind::kInt: return type->to_int;
    case SlotKind::kFloat: return type->to_float;
    case SlotKind::kDel: return type->finalize;
  }
  return false;
}

// Whether two types have the same function in the slot (so the subclass
// does not need a wrapper of its own).
bool same_slot(const Type* a, const Type* b, const SlotDef& def) {
  switch (def.kind) {
    case SlotKind::kRepr: return a->repr == b->repr;
    case SlotKind::kStr: return a->str == b->str;
    case SlotKind::kHash: return a->hash == b->hash;
    case SlotKind::kCompare: return a->compare == b->compare;
    case SlotKind::kBool: return a->truth == b->truth;
    case SlotKind::kGetattribute: return a->getattr == b->getattr;
    case SlotKind::kGetattr: return true;
    case SlotKind::kSetattr:
    case SlotKind::kDelattr: return a->setattr == b->setattr;
    case SlotKind::kGet: return a->descr_get == b->descr_get;
    case SlotKind::kSet:
    case SlotKind::kDelete: return a->descr_set == b->descr_set;
    case SlotKind::kCall: return a->call == b->call;
    case SlotKind::kInit: return a->init == b->init;
    case SlotKind::kIter: return a->iter == b->iter;
    case SlotKind::kNext: return a->next == b->next;
    case SlotKind::kLen: return a->length == b->length;
    case SlotKind::kGetitem: return a->getitem == b->getitem;
    case SlotKind::kSetitem:
    case SlotKind::kDelitem: return a->setitem == b->setitem;
    case SlotKind::kContains: return a->contains == b->contains;
    case SlotKind::kBinary:
    case SlotKind::kReflected: return a->binary[def.op] == b->binary[def.op];
    case SlotKind::kInplace: return a->inplace[def.op] == b->inplace[def.op];
    case SlotKind::kNegative: return a->negative == b->negative;
    case SlotKind::kPositive: return a->positive == b->positive;
    case SlotKind::kInvert: return a->invert == b->invert;
    case SlotKind::kAbsolute: return a->absolute == b->absolute;
    case SlotKind::kIndex: return a->index == b->index;
    case SlotKind::kInt: return a->to_int == b->to_int;
    case SlotKind::kFloat: return a->to_float == b->to_float;
    case SlotKind::kDel: return a->finalize == b->finalize;
  }
  return true;
}

// ================================================== built-in slots as methods

// wrapper_descriptor: `list.__len__`, bound to an instance as a method.
struct SlotWrapper : Object {
  Ref<Str> name;
  const SlotDef* def = nullptr;
  Type* owner = nullptr;
};

[[maybe_unused]] bool has_layout(const Object* object, const SlotWrapper*) {
  return layout_extends(object, object->type->runtime->slot_wrapper_type);
}

Value expect_count(Runtime& rt, const SlotWrapper* w, size_t given, size_t expected) {
  if (given == expected) return Value::none();
  if (expected == 0) {
    return rt.raise(Exc::kTypeError, cat("expected 0 arguments, got ", given));
  }
  return rt.raise(Exc::kTypeError, cat("expected ", expected, " argument", expected == 1 ? "" : "s",
                                       ", got ", given));
  (void)w;
}

Value bool_or_error(int result) { return result < 0 ? Value() : Value::boolean(result); }

// Calls the owner's slot for `self` with the method's arguments.
Value call_slot(Runtime& rt, const SlotWrapper* w, const Value& self, const Value* args,
                size_t nargs, Tuple* kwnames) {
  const Type* t = w->owner;
  const SlotDef& def = *w->def;
  const bool takes_keywords = def.kind == SlotKind::kCall || def.kind == SlotKind::kInit;
  if (!takes_keywords && tuple_size(kwnames) > 0) {
    return rt.raise(Exc::kTypeError, cat("wrapper ", def.name, "() takes no keyword arguments"));
  }
  auto arity = [&](size_t expected) { return expect_count(rt, w, nargs, expected); };
  switch (def.kind) {
    case SlotKind::kRepr:
      if (arity(0).is_null()) return Value();
      return t->repr(rt, self);
    case SlotKind::kStr:
      if (arity(0).is_null()) return Value();
      return t->str(rt, self);
    case SlotKind::kHash: {
      if (arity(0).is_null()) return Value();
      int64_t h;
      if (!t->hash(rt, self, &h)) return Value();
      return Value::small_int(h);
    }
    case SlotKind::kCompare:
      if (arity(1).is_null()) return Value();
      return t->compare(rt, self, args[0], static_cast<CompareOp>(def.op));
    case SlotKind::kBool:
      if (arity(0).is_null()) return Value();
      return bool_or_error(t->truth(rt, self));
    case SlotKind::kGetattribute:
      if (arity(1).is_null()) return Value();
      if (!is_str(args[0])) {
        return rt.raise(Exc::kTypeError, cat("attribute name must be string, not '",
                                             type_name(rt, args[0]), "'"));
      }
      return t->getattr(rt, self, as_str(args[0]));
    case SlotKind::kSetattr:
    case SlotKind::kDelattr: {
      const bool deleting = def.kind == SlotKind::kDelattr;
      if (arity(deleting ? 1 : 2).is_null()) return Value();
      if (!is_str(args[0])) {
        return rt.raise(Exc::kTypeError, cat("attribute name must be string, not '",
                                             type_name(rt, args[0]), "'"));
      }
      if (!t->setattr(rt, self, as_str(args[0]), deleting ? Value() : args[1])) return Value();
      return Value::none();
    }
    case SlotKind::kGet: {
      if (nargs < 1 || nargs > 2) return arity(2);
      const Value instance = args[0].is_none() ? Value() : args[0];
      // The descriptor slots take the owner as a type: anything else is
      // treated as no owner (the instance's type stands in).
      const bool owner_is_type = nargs > 1 && rt.type_of(args[1])->has_flag(kTypeTypeSubclass);
      Type* owner = owner_is_type ? args[1].as<Type>() : nullptr;
      if (instance.is_null() && owner == nullptr) {
        return rt.raise(Exc::kTypeError, "__get__(None, None) is invalid");
      }
      return t->descr_get(rt, self, instance, owner);
    }
    case SlotKind::kSet:
    case SlotKind::kDelete: {
      const bool deleting = def.kind == SlotKind::kDelete;
      if (arity(deleting ? 1 : 2).is_null()) return Value();
      if (!t->descr_set(rt, self, args[0], deleting ? Value() : args[1])) return Value();
      return Value::none();
    }
    case SlotKind::kCall: return t->call(rt, self, args, nargs, kwnames);
    case SlotKind::kInit:
      if (!t->init(rt, self, args, nargs, kwnames)) return Value();
      return Value::none();
    case SlotKind::kIter:
      if (arity(0).is_null()) return Value();
      return t->iter(rt, self);
    case SlotKind::kNext: {
      if (arity(0).is_null()) return Value();
      Value item = t->next(rt, self);
      if (item.is_null() && !rt.has_error()) return rt.raise_exception(
          make_exception(rt, rt.exception_type(Exc::kStopIteration), Ref<Tuple>::borrow(rt.empty_tuple())));
      return item;
    }
    case SlotKind::kLen: {
      if (arity(0).is_null()) return Value();
      const int64_t n = t->length(rt, self);
      return n < 0 ? Value() : Value::small_int(n);
    }
    case SlotKind::kGetitem:
      if (arity(1).is_null()) return Value();
      return t->getitem(rt, self, args[0]);
    case SlotKind::kSetitem:
    case SlotKind::kDelitem: {
      const bool deleting = def.kind == SlotKind::kDelitem;
      if (arity(deleting ? 1 : 2).is_null()) return Value();
      if (!t->setitem(rt, self, args[0], deleting ? Value() : args[1])) return Value();
      return Value::none();
    }
    case SlotKind::kContains:
      if (arity(1).is_null()) return Value();
      return bool_or_error(t->contains(rt, self, args[0]));
    case SlotKind::kBinary:
    case SlotKind::kReflected: {
      const bool reflected = def.kind == SlotKind::kReflected;
      if (def.op == op(BinaryOp::kPower) && nargs == 2 && !reflected) {
        return t->power ? t->power(rt, self, args[0], args[1]) : rt.not_implemented();
      }
      if (arity(1).is_null()) return Value();
      BinaryFn fn = t->binary[def.op];
      if (fn == nullptr) return rt.not_implemented();
      return reflected ? fn(rt, args[0], self) : fn(rt, self, args[0]);
    }
    case SlotKind::kInplace:
      if (arity(1).is_null()) return Value();
      return t->inplace[def.op](rt, self, args[0]);
    case SlotKind::kNegative:
      if (arity(0).is_null()) return Value();
      return t->negative(rt, self);
    case SlotKind::kPositive:
      if (arity(0).is_null()) return Value();
      return t->positive(rt, self);
    case SlotKind::kInvert:
      if (arity(0).is_null()) return Value();
      return t->invert(rt, self);
    case SlotKind::kAbsolute:
      if (arity(0).is_null()) return Value();
      return t->absolute(rt, self);
    case SlotKind::kIndex:
      if (arity(0).is_null()) return Value();
      return t->index(rt, self);
    case SlotKind::kInt:
      if (arity(0).is_null()) return Value();
      return t->to_int(rt, self);
    case SlotKind::kFloat:
      if (arity(0).is_null()) return Value();
      return t->to_float(rt, self);
    case SlotKind::kDel:
      // obj.__del__() runs the finalizer again, as CPython's wrapper does.
      if (arity(0).is_null()) return Value();
      if (self.is_object()) t->finalize(self.as_object());
      return Value::none();
    case SlotKind::kGetattr: break;
  }
  return rt.raise(Exc::kSystemError, "bad slot wrapper");
}

Value slot_wrapper_call(Runtime& rt, const Value& callable, const Value* args, size_t nargs,
                        Tuple* kwnames) {
  SlotWrapper* w = callable.as<SlotWrapper>();
  if (nargs - tuple_size(kwnames) == 0) {
    return rt.raise(Exc::kTypeError, cat("descriptor '", w->name->view(), "' of '",
                                         w->owner->name->view(), "' object needs an argument"));
  }
  if (!is_instance(rt, args[0], w->owner)) {
    return rt.raise(Exc::kTypeError, cat("descriptor '", w->name->view(), "' requires a '",
                                         w->owner->name->view(), "' object but received a '",
                                         type_name(rt, args[0]), "'"));
  }
  return call_slot(rt, w, args[0], args + 1, nargs - 1, kwnames);
}

Value slot_wrapper_get(Runtime& rt, const Value& descriptor, const Value& instance, Type*) {
  if (instance.is_null()) return descriptor;
  return make_method(rt, descriptor, instance);
}

Value slot_wrapper_repr(Runtime& rt, const Value& self) {
  SlotWrapper* w = self.as<SlotWrapper>();
  return make_str(rt, cat("<slot wrapper '", w->name->view(), "' of '", w->owner->name->view(),
                          "' objects>"));
}

Value slot_wrapper_name(Runtime&, const Value& self) { return Value(self.as<SlotWrapper>()->name); }
Value slot_wrapper_qualname(Runtime& rt, const Value& self) {
  SlotWrapper* w = self.as<SlotWrapper>();
  return make_str(rt, cat(w->owner->name->view(), ".", w->name->view()));
}
Value slot_wrapper_objclass(Runtime&, const Value& self) {
  return Value::from_object(self.as<SlotWrapper>()->owner);
}

const GetSetDef kSlotWrapperGetSets[] = {
    {"__name__", slot_wrapper_name},
    {"__qualname__", slot_wrapper_qualname},
    {"__objclass__", slot_wrapper_objclass},
};

Value slot_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames);

// T.__new__(subtype, *args): a builtin bound to T (CPython's tp_new_wrapper).
Value new_wrapper(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* type = args[0].as<Type>();
  if (nargs - tuple_size(kwnames) < 2) {
    return rt.raise(Exc::kTypeError, cat(type->name->view(), ".__new__(): not enough arguments"));
  }
  const Value& subtype = args[1];
  if (!rt.type_of(subtype)->has_flag(kTypeTypeSubclass)) {
    return rt.raise(Exc::kTypeError, cat(type->name->view(), ".__new__(X): X is not a type object (",
                                         type_name(rt, subtype), ")"));
  }
  Type* sub = subtype.as<Type>();
  if (!is_subtype(sub, type)) {
    return rt.raise(Exc::kTypeError, cat(type->name->view(), ".__new__(", sub->name->view(), "): ",
                                         sub->name->view(), " is not a subtype of ",
                                         type->name->view()));
  }
  // The nearest built-in constructor on the subtype's side must be this
  // one: object.__new__(int) would build an int without its value.
  Type* static_base = sub;
  while (static_base != nullptr && static_base->new_instance == slot_new) static_base = static_base->base;
  if (static_base != nullptr && static_base->new_instance != type->new_instance) {
    return rt.raise(Exc::kTypeError, cat(type->name->view(), ".__new__(", sub->name->view(),
                                         ") is not safe, use ", static_base->name->view(), ".__new__()"));
  }
  return type->new_instance(rt, sub, args + 2, nargs - 2, kwnames);
}

// ========================================================= dunders as slots

// The special method `name` of a class, or null (None means "explicitly not
// supported", e.g. __hash__ = None).
const Value* find_special(const Type* type, Str* name) { return lookup_in_mro(type, name); }

}  // namespace

namespace {

// Calls `found`, what type(self).name is (a function, a descriptor, any
// callable), as a special method of self.
Value call_found_special(Runtime& rt, const Value& self, const Value& found, const Value* args,
                         size_t nargs) {
  Value method = found;
  Type* method_type = rt.type_of(method);
  constexpr size_t kInline = 6;
  if (method_type->has_flag(kTypeMethodDescriptor) && nargs < kInline) {
    Value bound[kInline];
    bound[0] = self;
    for (size_t i = 0; i < nargs; ++i) bound[i + 1] = args[i];
    return call(rt, method, bound, nargs + 1);
  }
  if (method_type->descr_get) {
    method = method_type->descr_get(rt, method, self, rt.type_of(self));
    if (method.is_null()) return method;
  }
  return call(rt, method, args, nargs);
}

}  // namespace

Value call_special_method(Runtime& rt, const Value& self, Str* name, const Value* args,
                          size_t nargs) {
  const Value* found = find_special(rt.type_of(self), name);
  if (found == nullptr) return raise_no_attribute(rt, self, name);
  return call_found_special(rt, self, *found, args, nargs);
}

namespace {

Value call_dunder(Runtime& rt, const Value& self, const char* name, const Value* args, size_t nargs) {
  return call_special_method(rt, self, rt.intern_static(name), args, nargs);
}

Value slot_repr(Runtime& rt, const Value& self) { return call_dunder(rt, self, "__repr__", nullptr, 0); }
Value slot_str(Runtime& rt, const Value& self) { return call_dunder(rt, self, "__str__", nullptr, 0); }

bool slot_hash(Runtime& rt, const Value& self, int64_t* out) {
  const Value* method = find_special(rt.type_of(self), rt.names.dunder_hash);
  if (method == nullptr || method->is_none()) return hash_unhashable(rt, self, out);
  Value result = call_dunder(rt, self, "__hash__", nullptr, 0);
  if (result.is_null()) return false;
  if (!is_int(result)) {
    rt.raise(Exc::kTypeError, "__hash__ method should return an integer");
    return false;
  }
  // A big hash is reduced as int's own hash is.
  *out = result.is_small_int() && result.as_small_int() != -1 ? result.as_small_int() : int_hash(result);
  return true;
}

const char* compare_dunder(CompareOp op) {
  static const char* const kNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  return kNames[static_cast<int>(op)];
}

Value slot_compare(Runtime& rt, const Value& a, const Value& b, CompareOp op) {
  Str* name = rt.intern_static(compare_dunder(op));
  const Value* method = find_special(rt.type_of(a), name);
  if (method == nullptr || method->is_none()) return rt.not_implemented();
  return call_special_method(rt, a, name, &b, 1);
}

int slot_bool(Runtime& rt, const Value& self) {
  Type* type = rt.type_of(self);
  if (find_special(type, rt.names.dunder_bool)) {
    Value result = call_special_method(rt, self, rt.names.dunder_bool, nullptr, 0);
    if (result.is_null()) return -1;
    if (!result.is_bool()) {
      rt.raise(Exc::kTypeError, cat("__bool__ should return bool, returned ", type_name(rt, result)));
      return -1;
    }
    return result.as_bool();
  }
  if (find_special(type, rt.names.dunder_len)) {
    const int64_t n = length(rt, self);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

Value slot_getattribute(Runtime& rt, const Value& self, Str* name) {
  Value argument = Value::from_object(name);
  return call_special_method(rt, self, rt.names.dunder_getattribute, &argument, 1);
}

// With __getattr__: the normal lookup first, __getattr__ on AttributeError.
Value slot_getattr_hook(Runtime& rt, const Value& self, Str* name) {
  Type* type = rt.type_of(self);
  Value result;
  const Value* getattribute = find_special(type, rt.names.dunder_getattribute);
  if (getattribute && rt.type_of(*getattribute) == rt.slot_wrapper_type &&
      getattribute->as<SlotWrapper>()->owner->getattr == generic_getattr) {
    result = generic_getattr(rt, self, name);
  } else {
    result = slot_getattribute(rt, self, name);
  }
  if (!result.is_null() || !rt.error_matches(Exc::kAttributeError)) return result;
  rt.clear_error();
  Value argument = Value::from_object(name);
  return call_special_method(rt, self, rt.names.dunder_getattr, &argument, 1);
}

bool slot_setattr(Runtime& rt, const Value& self, Str* name, const Value& value) {
  Value result;
  if (value.is_null()) {
    Value argument = Value::from_object(name);
    result = call_special_method(rt, self, rt.names.dunder_delattr, &argument, 1);
  } else {
    const Value arguments[] = {Value::from_object(name), value};
    result = call_special_method(rt, self, rt.names.dunder_setattr, arguments, 2);
  }
  return !result.is_null();
}

Value slot_descr_get(Runtime& rt, const Value& descriptor, const Value& instance, Type* owner) {
  const Value arguments[] = {instance.is_null() ? Value::none() : instance,
                             owner ? Value::from_object(owner) : Value::none()};
  return call_special_method(rt, descriptor, rt.names.dunder_get, arguments, 2);
}

bool slot_descr_set(Runtime& rt, const Value& descriptor, const Value& instance, const Value& value) {
  Value result;
  if (value.is_null()) {
    result = call_special_method(rt, descriptor, rt.names.dunder_delete, &instance, 1);
  } else {
    const Value arguments[] = {instance, value};
    result = call_special_method(rt, descriptor, rt.names.dunder_set, arguments, 2);
  }
  return !result.is_null();
}

Value slot_call(Runtime& rt, const Value& callable, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* type = rt.type_of(callable);
  const Value* found = find_special(type, rt.names.dunder_call);
  if (found == nullptr) return raise_no_attribute(rt, callable, rt.names.dunder_call);
  Value method = *found;
  if (rt.type_of(method)->has_flag(kTypeMethodDescriptor)) {
    std::vector<Value> bound;
    bound.reserve(nargs + 1);
    bound.push_back(callable);
    bound.insert(bound.end(), args, args + nargs);
    return call(rt, method, bound.data(), bound.size(), kwnames);
  }
  if (DescrGetFn get = rt.type_of(method)->descr_get) method = get(rt, method, callable, type);
  if (method.is_null()) return method;
  return call(rt, method, args, nargs, kwnames);
}

bool slot_init(Runtime& rt, const Value& self, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* type = rt.type_of(self);
  const Value* found = find_special(type, rt.names.dunder_init);
  if (found == nullptr) return true;
  Value method = *found;
  Value result;
  if (rt.type_of(method)->has_flag(kTypeMethodDescriptor)) {
    // [self, args...]: on the native stack for the usual few arguments
    // (every instantiation of a class with __init__ comes here).
    constexpr size_t kInline = 8;
    Value inline_bound[kInline];
    std::vector<Value> heap_bound;
    Value* bound = inline_bound;
    if (nargs + 1 > kInline) {
      heap_bound.resize(nargs + 1);
      bound = heap_bound.data();
    }
    bound[0] = self;
    std::copy(args, args + nargs, bound + 1);
    result = call(rt, method, bound, nargs + 1, kwnames);
  } else {
    if (DescrGetFn get = rt.type_of(method)->descr_get) method = get(rt, method, self, type);
    if (method.is_null()) return false;
    result = call(rt, method, args, nargs, kwnames);
  }
  if (result.is_null()) return false;
  if (!result.is_none()) {
    raise_init_returned_value(rt, result);
    return false;
  }
  return true;
}

}  // namespace

bool is_python_init_slot(InitFn init) { return init == slot_init; }

void raise_init_returned_value(Runtime& rt, const Value& result) {
  rt.raise(Exc::kTypeError, cat("__init__() should return None, not '", type_name(rt, result), "'"));
}

namespace {

// A class's __del__ (PEP 442). It may run anywhere a reference is dropped —
// while an exception unwinds, too — so the pending exception is set aside
// and put back, and an error in __del__ is reported, never propagated.
void slot_finalize(Object* self) {
  Runtime& rt = *self->type->runtime;
  Value interrupted_error = rt.take_error();
  const Value instance = Value::from_object(self);
  Type* type = self->type;
  if (const Value* found = find_special(type, rt.names.dunder_del)) {
    // CPython names the function in "Exception ignored in:" (unbound for a
    // plain method, the bound result of __get__ otherwise).
    Value method = *found;
    Value result;
    if (rt.type_of(method)->has_flag(kTypeMethodDescriptor)) {
      result = call(rt, method, &instance, 1);
    } else {
      if (DescrGetFn get = rt.type_of(method)->descr_get) method = get(rt, method, instance, type);
      if (!method.is_null()) result = call(rt, method, nullptr, 0);
    }
    if (method.is_null()) {
      rt.clear_error();  // __get__ failed: CPython drops that silently
    } else if (result.is_null()) {
      rt.report_unraisable(method);
    }
  }
  rt.raise_exception(std::move(interrupted_error));
}

Value slot_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  const Value* found = find_special(type, rt.names.dunder_new);
  if (found == nullptr) return rt.raise(Exc::kTypeError, "no __new__");
  Value method = *found;
  if (rt.type_of(method) == rt.staticmethod_type) method = method.as<StaticMethod>()->callable;
  std::vector<Value> bound;
  bound.reserve(nargs + 1);
  bound.push_back(Value::from_object(type));
  bound.insert(bound.end(), args, args + nargs);
  return call(rt, method, bound.data(), bound.size(), kwnames);
}

Value slot_iter(Runtime& rt, const Value& self) {
  const Value* method = find_special(rt.type_of(self), rt.names.dunder_iter);
  if (method && method->is_none()) {
    return rt.raise(Exc::kTypeError, cat("'", type_name(rt, self), "' object is not iterable"));
  }
  return call_special_method(rt, self, rt.names.dunder_iter, nullptr, 0);
}

Value slot_next(Runtime& rt, const Value& self) {
  Value result = call_special_method(rt, self, rt.names.dunder_next, nullptr, 0);
  // StopIteration from __next__ means "exhausted" to the slot's callers.
  if (result.is_null() && rt.error_matches(Exc::kStopIteration)) rt.clear_error();
  return result;
}

int64_t slot_length(Runtime& rt, const Value& self) {
  Value result = call_special_method(rt, self, rt.names.dunder_len, nullptr, 0);
  if (result.is_null()) return -1;
  Value index = index_value(rt, result);
  if (index.is_null()) return -1;
  int64_t n;
  if (!int_to_int64(index, &n)) {
    rt.raise(Exc::kOverflowError, "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  if (n < 0) {
    rt.raise(Exc::kValueError, "__len__() should return >= 0");
    return -1;
  }
  return n;
}

Value slot_getitem(Runtime& rt, const Value& self, const Value& key) {
  return call_special_method(rt, self, rt.names.dunder_getitem, &key, 1);
}

bool slot_setitem(Runtime& rt, const Value& self, const Value& key, const Value& value) {
  Value result;
  if (value.is_null()) {
    result = call_special_method(rt, self, rt.names.dunder_delitem, &key, 1);
  } else {
    const Value arguments[] = {key, value};
    result = call_special_method(rt, self, rt.names.dunder_setitem, arguments, 2);
  }
  return !result.is_null();
}

int slot_contains(Runtime& rt, const Value& self, const Value& item) {
  const Value* method = find_special(rt.type_of(self), rt.names.dunder_contains);
  if (method == nullptr) {
    // No __contains__: search by iteration.
    int found = 0;
    const bool ok = for_each(rt, self, [&](Value element) {
      found = equals(rt, element, item);
      return found == 0;
    });
    return found != 0 ? found : (ok ? 0 : -1);
  }
  Value result = call_special_method(rt, self, rt.names.dunder_contains, &item, 1);
  if (result.is_null()) return -1;
  return truth(rt, result);
}

const char* binary_dunder(BinaryOp o, bool reflected) {
  static const char* const kNames[kBinaryOpCount][2] = {
      {"__add__", "__radd__"},           {"__sub__", "__rsub__"},
      {"__mul__", "__rmul__"},           {"__truediv__", "__rtruediv__"},
      {"__floordiv__", "__rfloordiv__"}, {"__mod__", "__rmod__"},
      {"__pow__", "__rpow__"},           {"__lshift__", "__rlshift__"},
      {"__rshift__", "__rrshift__"},     {"__and__", "__rand__"},
      {"__or__", "__ror__"},             {"__xor__", "__rxor__"},
      {"__matmul__", "__rmatmul__"},     {"__divmod__", "__rdivmod__"}};
  return kNames[static_cast<int>(o)][reflected ? 1 : 0];
}

// The slot of a class defining __add__/__radd__ in Python. Called with either
// operand being an instance of the class (CPython's SLOT1BINFULL).
template <BinaryOp kOp>
Value slot_binary(Runtime& rt, const Value& a, const Value& b) {
  Str* forward = rt.intern_static(binary_dunder(kOp, false));
  Str* reflected = rt.intern_static(binary_dunder(kOp, true));
  Type* type_a = rt.type_of(a);
  Type* type_b = rt.type_of(b);
  const int i = static_cast<int>(kOp);
  const bool a_uses_this = type_a->binary[i] == slot_binary<kOp>;
  bool try_other = type_a != type_b && type_b->binary[i] == slot_binary<kOp>;
  auto call_if_defined = [&](const Value& self, Str* name, const Value& other) -> Value {
    const Value* method = find_special(rt.type_of(self), name);
    if (method == nullptr || method->is_none()) return rt.not_implemented();
    return call_found_special(rt, self, *method, &other, 1);  // (looked up once)
  };
  if (a_uses_this) {
    if (try_other && is_subtype(type_b, type_a)) {
      Value result = call_if_defined(b, reflected, a);
      if (!result.is(rt.not_implemented())) return result;
      try_other = false;
    }
    Value result = call_if_defined(a, forward, b);
    if (!result.is(rt.not_implemented()) || type_a == type_b) return result;
  }
  if (try_other || (!a_uses_this && type_b->binary[i] == slot_binary<kOp>)) {
    return call_if_defined(b, reflected, a);
  }
  return rt.not_implemented();
}

template <BinaryOp kOp>
Value slot_inplace(Runtime& rt, const Value& a, const Value& b) {
  static const char* const kNames[kBinaryOpCount] = {
      "__iadd__", "__isub__", "__imul__", "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__",
      "__ilshift__", "__irshift__", "__iand__", "__ior__", "__ixor__", "__imatmul__", nullptr};
  Str* name = rt.intern_static(kNames[static_cast<int>(kOp)]);
  const Value* method = find_special(rt.type_of(a), name);
  if (method == nullptr || method->is_none()) return rt.not_implemented();
  return call_special_method(rt, a, name, &b, 1);
}

Value slot_power(Runtime& rt, const Value& base, const Value& exponent, const Value& modulus) {
  if (modulus.is_null() || modulus.is_none()) return slot_binary<BinaryOp::kPower>(rt, base, exponent);
  // Three-argument pow only calls the base's __pow__ (as CPython).
  if (rt.type_of(base)->power != slot_power) return rt.not_implemented();
  const Value arguments[] = {exponent, modulus};
  return call_special_method(rt, base, rt.intern_static("__pow__"), arguments, 2);
}

template <const char* kName>
Value slot_unary(Runtime& rt, const Value& self) {
  return call_dunder(rt, self, kName, nullptr, 0);
}

constexpr char kNegName[] = "__neg__";
constexpr char kPosName[] = "__pos__";
constexpr char kInvertName[] = "__invert__";
constexpr char kAbsName[] = "__abs__";
constexpr char kIntName[] = "__int__";

Value slot_index(Runtime& rt, const Value& self) {
  return call_special_method(rt, self, rt.names.dunder_index, nullptr, 0);
}

Value slot_float(Runtime& rt, const Value& self) {
  Value result = call_special_method(rt, self, rt.names.dunder_float, nullptr, 0);
  if (!result.is_null() && !is_float(result)) {
    return rt.raise(Exc::kTypeError, cat(type_name(rt, self), ".__float__ returned non-float (type ",
                                         type_name(rt, result), ")"));
  }
  return result;
}

BinaryFn binary_slot_function(int i) {
  static const BinaryFn kSlots[kBinaryOpCount] = {
      slot_binary<BinaryOp::kAdd>,         slot_binary<BinaryOp::kSubtract>,
      slot_binary<BinaryOp::kMultiply>,    slot_binary<BinaryOp::kTrueDivide>,
      slot_binary<BinaryOp::kFloorDivide>, slot_binary<BinaryOp::kRemainder>,
      slot_binary<BinaryOp::kPower>,       slot_binary<BinaryOp::kLeftShift>,
      slot_binary<BinaryOp::kRightShift>,  slot_binary<BinaryOp::kAnd>,
      slot_binary<BinaryOp::kOr>,          slot_binary<BinaryOp::kXor>,
      slot_binary<BinaryOp::kMatrixMultiply>, slot_binary<BinaryOp::kDivmod>};
  return kSlots[i];
}

BinaryFn inplace_slot_function(int i) {
  static const BinaryFn kSlots[kBinaryOpCount] = {
      slot_inplace<BinaryOp::kAdd>,         slot_inplace<BinaryOp::kSubtract>,
      slot_inplace<BinaryOp::kMultiply>,    slot_inplace<BinaryOp::kTrueDivide>,
      slot_inplace<BinaryOp::kFloorDivide>, slot_inplace<BinaryOp::kRemainder>,
      slot_inplace<BinaryOp::kPower>,       slot_inplace<BinaryOp::kLeftShift>,
      slot_inplace<BinaryOp::kRightShift>,  slot_inplace<BinaryOp::kAnd>,
      slot_inplace<BinaryOp::kOr>,          slot_inplace<BinaryOp::kXor>,
      slot_inplace<BinaryOp::kMatrixMultiply>, nullptr};
  return kSlots[i];
}

// Whether `value` (found in a class's MRO under `name`) is the built-in
// wrapper of that very slot, of a type the class derives from: then the
// class can reuse the owner's C++ slot instead of calling through Python.
// A wrapper taken from an unrelated type (`__len__ = list.__len__`) is
// called through Python, where it refuses the foreign receiver: the C++
// slot would assume the owner's layout.
const SlotWrapper* builtin_wrapper(Runtime& rt, const Type* type, Str* name, const Value& value) {
  if (rt.type_of(value) != rt.slot_wrapper_type) return nullptr;
  const SlotWrapper* wrapper = value.as<SlotWrapper>();
  if (wrapper->name.get() != name || !is_subtype(type, wrapper->owner)) return nullptr;
  return wrapper;
}

// Dunder names sharing one slot: __set__/__delete__ (descr_set), the six
// comparisons (compare), __add__/__radd__ (binary[kAdd]), ...
int slot_group(const SlotDef& def) {
  switch (def.kind) {
    case SlotKind::kDelattr: return static_cast<int>(SlotKind::kSetattr);
    case SlotKind::kDelete: return static_cast<int>(SlotKind::kSet);
    case SlotKind::kDelitem: return static_cast<int>(SlotKind::kSetitem);
    case SlotKind::kCompare: return static_cast<int>(SlotKind::kCompare);
    case SlotKind::kReflected: return static_cast<int>(SlotKind::kBinary) + 256 * (def.op + 1);
    case SlotKind::kBinary:
    case SlotKind::kInplace: return static_cast<int>(def.kind) + 256 * (def.op + 1);
    default: return static_cast<int>(def.kind);
  }
}

// Where a class's slot comes from, judging by every dunder name of its
// group in the MRO: a Python definition of any of them means the slot calls
// through Python; otherwise a built-in base's wrapper lends its owner's
// function; with neither, the slot is empty.
struct SlotSource {
  bool python_defined = false;
  const Type* owner = nullptr;
};

SlotSource find_slot_source(Runtime& rt, const Type* type, const SlotDef& def) {
  SlotSource source;
  const int group = slot_group(def);
  for (const SlotDef& member : kSlotDefs) {
    if (slot_group(member) != group) continue;
    const Value* found = find_special(type, rt.intern(member.name));
    if (found == nullptr) continue;
    Str* member_name = rt.intern(member.name);
    const SlotWrapper* wrapper = builtin_wrapper(rt, type, member_name, *found);
    if (wrapper == nullptr) {
      source.python_defined = true;
    } else if (source.owner == nullptr) {
      source.owner = wrapper->owner;
    }
  }
  return source;
}

template <class Fn>
Fn choose(const SlotSource& source, Fn python, Fn Type::*member) {
  if (source.python_defined) return python;
  return source.owner ? source.owner->*member : nullptr;
}

// Derives one slot of a class from its MRO, so that defining, replacing or
// deleting a dunder method — on the class or on a base, at any time — is
// reflected in the slot the interpreter calls.
void update_slot(Runtime& rt, Type* type, const SlotDef& def) {
  const SlotSource source = find_slot_source(rt, type, def);
  switch (def.kind) {
    case SlotKind::kRepr: type->repr = choose(source, slot_repr, &Type::repr); break;
    case SlotKind::kStr: type->str = choose(source, slot_str, &Type::str); break;
    case SlotKind::kHash: {
      type->hash = choose(source, slot_hash, &Type::hash);
      const Value* found = find_special(type, rt.names.dunder_hash);
      if (found && found->is_none()) type->hash = hash_unhashable;
      break;
    }
    case SlotKind::kCompare: type->compare = choose(source, slot_compare, &Type::compare); break;
    case SlotKind::kBool: type->truth = choose(source, slot_bool, &Type::truth); break;
    case SlotKind::kGetattribute:
    case SlotKind::kGetattr: {
      const Value* hook = find_special(type, rt.names.dunder_getattr);
      const Value* getattribute = find_special(type, rt.names.dunder_getattribute);
      const SlotWrapper* base_getattribute =
          getattribute ? builtin_wrapper(rt, type, rt.names.dunder_getattribute, *getattribute)
                       : nullptr;
      if (hook) {
        type->getattr = slot_getattr_hook;
      } else if (getattribute && !base_getattribute) {
        type->getattr = slot_getattribute;
      } else if (base_getattribute) {
        type->getattr = base_getattribute->owner->getattr;
      }
      break;
    }
    case SlotKind::kSetattr:
    case SlotKind::kDelattr: type->setattr = choose(source, slot_setattr, &Type::setattr); break;
    case SlotKind::kGet: type->descr_get = choose(source, slot_descr_get, &Type::descr_get); break;
    case SlotKind::kSet:
    case SlotKind::kDelete: type->descr_set = choose(source, slot_descr_set, &Type::descr_set); break;
    case SlotKind::kCall: type->call = choose(source, slot_call, &Type::call); break;
    case SlotKind::kInit: type->init = choose(source, slot_init, &Type::init); break;
    case SlotKind::kIter: type->iter = choose(source, slot_iter, &Type::iter); break;
    case SlotKind::kNext: type->next = choose(source, slot_next, &Type::next); break;
    case SlotKind::kLen: type->length = choose(source, slot_length, &Type::length); break;
    case SlotKind::kGetitem: type->getitem = choose(source, slot_getitem, &Type::getitem); break;
    case SlotKind::kSetitem:
    case SlotKind::kDelitem: type->setitem = choose(source, slot_setitem, &Type::setitem); break;
    case SlotKind::kContains: type->contains = choose(source, slot_contains, &Type::contains); break;
    case SlotKind::kBinary:
    case SlotKind::kReflected:
      if (source.python_defined) {
        type->binary[def.op] = binary_slot_function(def.op);
      } else {
        type->binary[def.op] = source.owner ? source.owner->binary[def.op] : nullptr;
      }
      if (def.op == op(BinaryOp::kPower)) type->power = choose(source, slot_power, &Type::power);
      break;
    case SlotKind::kInplace:
      if (source.python_defined) {
        type->inplace[def.op] = inplace_slot_function(def.op);
      } else {
        type->inplace[def.op] = source.owner ? source.owner->inplace[def.op] : nullptr;
      }
      break;
    case SlotKind::kNegative: type->negative = choose(source, slot_unary<kNegName>, &Type::negative); break;
    case SlotKind::kPositive: type->positive = choose(source, slot_unary<kPosName>, &Type::positive); break;
    case SlotKind::kInvert: type->invert = choose(source, slot_unary<kInvertName>, &Type::invert); break;
    case SlotKind::kAbsolute: type->absolute = choose(source, slot_unary<kAbsName>, &Type::absolute); break;
    case SlotKind::kIndex: type->index = choose(source, slot_index, &Type::index); break;
    case SlotKind::kInt: type->to_int = choose(source, slot_unary<kIntName>, &Type::to_int); break;
    case SlotKind::kFloat: type->to_float = choose(source, slot_float, &Type::to_float); break;
    case SlotKind::kDel: type->finalize = choose(source, slot_finalize, &Type::finalize); break;
  }
}

}  // namespace

void add_slot_wrappers(Runtime& rt, Type* type) {
  Dict* dict = type->dict.get();
  for (const SlotDef& def : kSlotDefs) {
    if (!has_slot(type, def)) continue;
    if (type->base && has_slot(type->base, def) && same_slot(type, type->base, def)) continue;
    Str* name = rt.intern(def.name);
    if (dict_find_str(dict, name) >= 0) continue;
    if (def.kind == SlotKind::kHash && type->hash == hash_unhashable) {
      dict_set_str(rt, dict, name, Value::none());
      continue;
    }
    if (def.kind == SlotKind::kInplace && type->inplace[def.op] == nullptr) continue;
    // A sequence's concatenation has no reflected form (no bytes.__radd__).
    if (def.kind == SlotKind::kReflected && def.op == op(BinaryOp::kAdd) &&
        type->has_flag(kTypeSequenceConcat)) {
      continue;
    }
    SlotWrapper* w = new_object<SlotWrapper>(rt.gc, rt.slot_wrapper_type, 0);
    w->name = Ref<Str>::borrow(name);
    w->def = &def;
    w->owner = type;
    dict_set_str(rt, dict, name, Value::steal(w));
  }
  if (type->new_instance && dict_find_str(dict, rt.names.dunder_new) < 0 &&
      (type->base == nullptr || type->new_instance != type->base->new_instance)) {
    dict_set_str(rt, dict, rt.names.dunder_new,
                 Value(make_native_function(rt, "__new__", new_wrapper, Value::from_object(type))));
  }
}

void add_constructor_wrappers(Runtime& rt, Type* type, bool with_new) {
  Dict* dict = type->dict.get();
  if (dict_find_str(dict, rt.names.dunder_init) < 0) {
    for (const SlotDef& def : kSlotDefs) {
      if (def.kind != SlotKind::kInit) continue;
      SlotWrapper* w = new_object<SlotWrapper>(rt.gc, rt.slot_wrapper_type, 0);
      w->name = Ref<Str>::borrow(rt.names.dunder_init);
      w->def = &def;
      w->owner = type;
      dict_set_str(rt, dict, rt.names.dunder_init, Value::steal(w));
    }
  }
  if (with_new && dict_find_str(dict, rt.names.dunder_new) < 0) {
    dict_set_str(rt, dict, rt.names.dunder_new,
                 Value(make_native_function(rt, "__new__", new_wrapper, Value::from_object(type))));
  }
  type_modified(rt, type);
}

namespace {

// Whether `value` is a built-in type's `__new__` (T.__new__(subtype, ...)).
bool is_new_wrapper(Runtime& rt, const Value& value) {
  return rt.type_of(value) == rt.native_function_type &&
         value.as<NativeFunction>()->function == new_wrapper;
}

}  // namespace

void set_slots_from_dunders(Runtime& rt, Type* type) {
  for (const SlotDef& def : kSlotDefs) update_slot(rt, type, def);
  // A __new__ written in Python is called through Python. Otherwise (the
  // first __new__ in the MRO is a built-in type's) a new class builds its
  // instances as its best base does, as in CPython: `class X(Plain, list)`
  // builds lists, not bare objects with a list's layout, and a foreign
  // wrapper (`__new__ = list.__new__`) cannot build a layout it lacks.
  // An existing class keeps the constructor it has, as CPython's
  // update_one_slot does: after `del C.__new__`, C is still built through
  // the __new__ its MRO now finds (object.__new__, which then refuses
  // arguments since C's constructor is not object's own).
  if (const Value* found = find_special(type, rt.names.dunder_new)) {
    if (!is_new_wrapper(rt, *found)) {
      type->new_instance = slot_new;
    } else if (type->new_instance == nullptr) {
      type->new_instance = type->base->new_instance;
    }
  }
}

void update_slot_for_attribute(Runtime& rt, Type* type, Str* name) {
  // The classes inheriting the name see the change too.
  for (const SlotDef& def : kSlotDefs) {
    if (name->view() == def.name) update_slot(rt, type, def);
  }
  if (name == rt.names.dunder_new) set_slots_from_dunders(rt, type);
  for (Type* subclass : type->subclasses) update_slot_for_attribute(rt, subclass, name);
}

void init_slot_wrapper_type(Runtime& rt) {
  Type* type = rt.slot_wrapper_type;
  define_builtin_type(rt, type, "wrapper_descriptor", rt.object_type, sizeof(SlotWrapper),
                      kTypeMethodDescriptor, dealloc_object<SlotWrapper>);
  type->call = slot_wrapper_call;
  type->descr_get = slot_wrapper_get;
  type->repr = slot_wrapper_repr;
  add_getsets(rt, type, kSlotWrapperGetSets);
}

}  // namespace pyvm
