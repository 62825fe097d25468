// SPDX-License-Identifier: GPL-3.0-or-later
// mappingproxy (see mapping_proxy.h): every operation forwards to the
// wrapped mapping; there are no mutating methods.
#include "runtime/mapping_proxy.h"

#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/runtime.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

struct MappingProxy : Object {
  Value mapping;
};

[[maybe_unused]] bool has_layout(const Object* object, const MappingProxy*) {
  return layout_extends(object, object->type->runtime->mapping_proxy_type);
}

const Value& mapping_of(const Value& proxy) { return proxy.as<MappingProxy>()->mapping; }

void proxy_traverse(Object* self, VisitFn visit, void* context) {
  const Value& mapping = static_cast<MappingProxy*>(self)->mapping;
  if (mapping.is_object()) visit(mapping.as_object(), context);
}

void proxy_clear(Object* self) { Value dropped = std::move(static_cast<MappingProxy*>(self)->mapping); }

// Whether `value` can be wrapped: a mapping, not a sequence (CPython checks
// PyMapping_Check and rejects lists and tuples).
bool is_mapping(Runtime& rt, const Value& value) {
  if (is_list(value) || is_tuple(value)) return false;
  return rt.type_of(value)->getitem != nullptr;
}

Value proxy_new(Runtime& rt, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"mappingproxy", {"mapping"}, 1, 0};
  Value bound[1];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  if (!is_mapping(rt, bound[0])) {
    return rt.raise(Exc::kTypeError, cat("mappingproxy() argument must be a mapping, not ",
                                         type_name(rt, bound[0])));
  }
  return make_mapping_proxy(rt, bound[0]);
}

// str(proxy) is str(mapping), as CPython (print(Enum.__members__) shows the dict).
Value proxy_str(Runtime& rt, const Value& self) { return to_str(rt, mapping_of(self)); }

Value proxy_repr(Runtime& rt, const Value& self) {
  std::string text = "mappingproxy(";
  if (!repr_text(rt, mapping_of(self), &text)) return Value();
  return make_str(rt, text + ")");
}

Value proxy_getitem(Runtime& rt, const Value& self, const Value& key) {
  return get_item(rt, mapping_of(self), key);
}
int proxy_contains(Runtime& rt, const Value& self, const Value& key) {
  return contains(rt, mapping_of(self), key);
}
int64_t proxy_length(Runtime& rt, const Value& self) { return length(rt, mapping_of(self)); }
Value proxy_iter(Runtime& rt, const Value& self) { return get_iter(rt, mapping_of(self)); }

Value proxy_compare(Runtime& rt, const Value& a, const Value& b, CompareOp op) {
  return compare(rt, mapping_of(a), b, op);
}

// keys(), values(), items(), get(), copy(): the mapping's own methods.
template <const char* kName>
Value forward_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  Value method = get_attr(rt, mapping_of(args[0]), rt.intern(kName));
  if (method.is_null()) return method;
  return call(rt, method, args + 1, nargs - 1, kwnames);
}
constexpr char kKeys[] = "keys";
constexpr char kValues[] = "values";
constexpr char kItems[] = "items";
constexpr char kGet[] = "get";
constexpr char kCopy[] = "copy";

// proxy | other: a new dict, as dict(proxy) | other.
Value proxy_or(Runtime& rt, const Value& a, const Value& b) {
  const bool left = rt.type_of(a) == rt.mapping_proxy_type;
  Value mine = left ? a : b;
  Value copy = forward_method<kCopy>(rt, &mine, 1, nullptr);
  if (copy.is_null()) return copy;
  return left ? binary_op(rt, BinaryOp::kOr, copy, b) : binary_op(rt, BinaryOp::kOr, a, copy);
}

const MethodDef kProxyMethods[] = {
    {"keys", forward_method<kKeys>},   {"values", forward_method<kValues>},
    {"items", forward_method<kItems>}, {"get", forward_method<kGet>},
    {"copy", forward_method<kCopy>},
};

}  // namespace

Value make_mapping_proxy(Runtime& rt, const Value& mapping) {
  auto* proxy = new_object<MappingProxy>(rt.gc, rt.mapping_proxy_type, 0);
  proxy->mapping = mapping;
  return Value::steal(proxy);
}

void init_mapping_proxy_type(Runtime& rt) {
  Type* type = rt.mapping_proxy_type;
  define_builtin_type(rt, type, "mappingproxy", rt.object_type, sizeof(MappingProxy), kTypeHasGc | kTypeMapping,
                      dealloc_object<MappingProxy>);
  type->traverse = proxy_traverse;
  type->clear = proxy_clear;
  type->repr = proxy_repr;
  type->str = proxy_str;
  type->getitem = proxy_getitem;
  type->contains = proxy_contains;
  type->length = proxy_length;
  type->iter = proxy_iter;
  type->compare = proxy_compare;
  type->hash = hash_unhashable;
  type->binary[static_cast<int>(BinaryOp::kOr)] = proxy_or;
  type->new_instance = proxy_new;
  add_methods(rt, type, kProxyMethods);
}

}  // namespace pyvm
