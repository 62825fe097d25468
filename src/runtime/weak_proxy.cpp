// SPDX-License-Identifier: GPL-3.0-or-later
// weakref.proxy objects (weakref.ProxyType, weakref.CallableProxyType): a
// weak reference that stands for its referent. Every operation unwraps the
// proxies among its operands and does the same on the referents; once a
// referent died, ReferenceError. Their layout is WeakReference (weakref.h).
#include <cinttypes>
#include <cstdio>
#include <string>

#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/runtime.h"
#include "runtime/str.h"
#include "runtime/weakref.h"

namespace pyvm {

namespace {

bool is_proxy(Runtime& rt, const Value& value) {
  Type* type = rt.type_of(value);
  return type == rt.weak_proxy_type || type == rt.weak_callable_proxy_type;
}

// The referent a proxy stands for (any other value stands for itself);
// null with ReferenceError once the referent died.
Value unwrap(Runtime& rt, const Value& value) {
  if (!is_proxy(rt, value)) return value;
  Object* referent = static_cast<WeakReference*>(value.as_object())->referent;
  if (referent == nullptr) {
    return rt.raise(Exc::kReferenceError, "weakly-referenced object no longer exists");
  }
  return Value::from_object(referent);
}

void proxy_traverse(Object* self, VisitFn visit, void* context) {
  const Value& callback = static_cast<WeakReference*>(self)->callback;
  if (callback.is_object()) visit(callback.as_object(), context);
}

std::string address_text(uintptr_t address) {
  char text[32];
  std::snprintf(text, sizeof text, "0x%" PRIxPTR, address);
  return text;
}

// <weakproxy at 0x...; to Foo at 0x...>: CPython names a dead proxy's
// referent as None.
Value proxy_repr(Runtime& rt, const Value& self) {
  Object* referent = static_cast<WeakReference*>(self.as_object())->referent;
  const Value target = referent != nullptr ? Value::from_object(referent) : Value::none();
  return make_str(rt, cat("<weakproxy at ", address_text(static_cast<uintptr_t>(object_id(self))),
                          " to ", type_name(rt, target), " at ",
                          address_text(static_cast<uintptr_t>(object_id(target))), ">"));
}

bool proxy_hash(Runtime& rt, const Value& self, int64_t*) {
  rt.raise(Exc::kTypeError, cat("unhashable type: '", type_name(rt, self), "'"));
  return false;
}

Value proxy_str(Runtime& rt, const Value& self) {
  Value referent = unwrap(rt, self);
  return referent.is_null() ? Value() : to_str(rt, referent);
}

Value proxy_getattr(Runtime& rt, const Value& self, Str* name) {
  Value referent = unwrap(rt, self);
  return referent.is_null() ? Value() : get_attr(rt, referent, name);
}

bool proxy_setattr(Runtime& rt, const Value& self, Str* name, const Value& value) {
  Value referent = unwrap(rt, self);
  if (referent.is_null()) return false;
  return value.is_null() ? delete_attr(rt, referent, name) : set_attr(rt, referent, name, value);
}

Value proxy_compare(Runtime& rt, const Value& left, const Value& right, CompareOp op) {
  Value a = unwrap(rt, left);
  if (a.is_null()) return Value();
  Value b = unwrap(rt, right);
  if (b.is_null()) return Value();
  return compare(rt, a, b, op);
}

int proxy_truth(Runtime& rt, const Value& self) {
  Value referent = unwrap(rt, self);
  return referent.is_null() ? -1 : truth(rt, referent);
}

Value proxy_call(Runtime& rt, const Value& self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value referent = unwrap(rt, self);
  return referent.is_null() ? Value() : call(rt, referent, args, nargs, kwnames);
}

Value proxy_iter(Runtime& rt, const Value& self) {
  Value referent = unwrap(rt, self);
  return referent.is_null() ? Value() : get_iter(rt, referent);
}

Value proxy_next(Runtime& rt, const Value& self) {
  Value referent = unwrap(rt, self);
  if (referent.is_null()) return Value();
  UnaryFn next = rt.type_of(referent)->next;
  if (next == nullptr) {
    return rt.raise(Exc::kTypeError, cat("Weakref proxy referenced a non-iterator '",
                                         type_name(rt, referent), "' object"));
  }
  return next(rt, referent);
}

int64_t proxy_length(Runtime& rt, const Value& self) {
  Value referent = unwrap(rt, self);
  return referent.is_null() ? -1 : length(rt, referent);
}

Value proxy_getitem(Runtime& rt, const Value& self, const Value& key) {
  Value referent = unwrap(rt, self);
  return referent.is_null() ? Value() : get_item(rt, referent, key);
}

bool proxy_setitem(Runtime& rt, const Value& self, const Value& key, const Value& value) {
  Value referent = unwrap(rt, self);
  if (referent.is_null()) return false;
  return value.is_null() ? delete_item(rt, referent, key) : set_item(rt, referent, key, value);
}

int proxy_contains(Runtime& rt, const Value& self, const Value& item) {
  Value referent = unwrap(rt, self);
  return referent.is_null() ? -1 : contains(rt, referent, item);
}

template <BinaryOp op>
Value proxy_binary(Runtime& rt, const Value& left, const Value& right) {
  Value a = unwrap(rt, left);
  if (a.is_null()) return Value();
  Value b = unwrap(rt, right);
  if (b.is_null()) return Value();
  return binary_op(rt, op, a, b);
}

// `p += x` is `referent += x`; the name is rebound to the result.
template <BinaryOp op>
Value proxy_inplace(Runtime& rt, const Value& left, const Value& right) {
  Value a = unwrap(rt, left);
  if (a.is_null()) return Value();
  Value b = unwrap(rt, right);
  if (b.is_null()) return Value();
  return inplace_op(rt, op, a, b);
}

Value proxy_power(Runtime& rt, const Value& base, const Value& exponent, const Value& modulus) {
  Value a = unwrap(rt, base);
  if (a.is_null()) return Value();
  Value b = unwrap(rt, exponent);
  if (b.is_null()) return Value();
  Value m = modulus.is_null() ? modulus : unwrap(rt, modulus);
  if (!modulus.is_null() && m.is_null()) return Value();
  return power(rt, a, b, m);
}

template <Value (*operation)(Runtime&, const Value&)>
Value proxy_unary(Runtime& rt, const Value& self) {
  Value referent = unwrap(rt, self);
  return referent.is_null() ? Value() : operation(rt, referent);
}

Value to_int_value(Runtime& rt, const Value& value) {
  const Value type = Value::from_object(rt.int_type);
  return call(rt, type, &value, 1);
}

Value to_float_value(Runtime& rt, const Value& value) {
  const Value type = Value::from_object(rt.float_type);
  return call(rt, type, &value, 1);
}

Value proxy_bytes(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "__bytes__", nargs - 1, kwnames)) return Value();
  Value referent = unwrap(rt, args[0]);
  if (referent.is_null()) return Value();
  const Value type = Value::from_object(rt.bytes_type);
  return call(rt, type, &referent, 1);
}

Value proxy_reversed(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "__reversed__", nargs - 1, kwnames)) return Value();
  Value referent = unwrap(rt, args[0]);
  if (referent.is_null()) return Value();
  const Value type = Value::from_object(rt.reversed_type);
  return call(rt, type, &referent, 1);
}

const MethodDef kProxyMethods[] = {{"__bytes__", proxy_bytes}, {"__reversed__", proxy_reversed}};

template <size_t... ops>
void set_operator_slots(Type* type, std::index_sequence<ops...>) {
  ((type->binary[ops] = proxy_binary<static_cast<BinaryOp>(ops)>), ...);
  ((type->inplace[ops] = proxy_inplace<static_cast<BinaryOp>(ops)>), ...);
}

void define_proxy_type(Runtime& rt, Type* type, const char* name) {
  define_builtin_type(rt, type, name, rt.object_type, sizeof(WeakReference), kTypeHasGc,
                      rt.weakref_type->dealloc);
  type->module_name = Ref<Str>::borrow(rt.intern("weakref"));
  type->traverse = proxy_traverse;
  type->clear = rt.weakref_type->clear;
  type->repr = proxy_repr;
  type->str = proxy_str;
  type->hash = proxy_hash;
  type->compare = proxy_compare;
  type->truth = proxy_truth;
  type->getattr = proxy_getattr;
  type->setattr = proxy_setattr;
  type->iter = proxy_iter;
  type->next = proxy_next;
  type->length = proxy_length;
  type->getitem = proxy_getitem;
  type->setitem = proxy_setitem;
  type->contains = proxy_contains;
  set_operator_slots(type, std::make_index_sequence<kBinaryOpCount>());
  type->inplace[static_cast<int>(BinaryOp::kDivmod)] = nullptr;  // no `divmod=`
  type->power = proxy_power;
  type->negative = proxy_unary<negative>;
  type->positive = proxy_unary<positive>;
  type->invert = proxy_unary<invert>;
  type->absolute = proxy_unary<absolute>;
  type->index = proxy_unary<index_value>;
  type->to_int = proxy_unary<to_int_value>;
  type->to_float = proxy_unary<to_float_value>;
  add_methods(rt, type, kProxyMethods);
}

}  // namespace

void init_weak_proxy_types(Runtime& rt) {
  define_proxy_type(rt, rt.weak_proxy_type, "ProxyType");
  define_proxy_type(rt, rt.weak_callable_proxy_type, "CallableProxyType");
  rt.weak_callable_proxy_type->call = proxy_call;
}

}  // namespace pyvm
