// SPDX-License-Identifier: GPL-3.0-or-later
// types.GenericAlias and types.UnionType (see generic_alias.h).
#include "runtime/generic_alias.h"

#include <string>
#include <vector>

#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/runtime.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

struct GenericAlias : Object {
  Value origin;
  Value args;  // a tuple
};

struct UnionObject : Object {
  Value args;  // a tuple of at least two, without repeats
};

[[maybe_unused]] bool has_layout(const Object* object, const GenericAlias*) {
  return layout_extends(object, object->type->runtime->generic_alias_type);
}
[[maybe_unused]] bool has_layout(const Object* object, const UnionObject*) {
  return layout_extends(object, object->type->runtime->union_type);
}

GenericAlias* as_alias(const Value& v) { return v.as<GenericAlias>(); }
UnionObject* as_union(const Value& v) { return v.as<UnionObject>(); }

bool is_class(Runtime& rt, const Value& v) { return rt.type_of(v)->has_flag(kTypeTypeSubclass); }

// How a type expression shows one of its parts: a class by its qualified
// name (the module too, unless builtins), ... for Ellipsis, None for
// NoneType, anything else by repr().
bool append_part(Runtime& rt, const Value& part, std::string* out) {
  if (part.is(rt.ellipsis())) {
    *out += "...";
    return true;
  }
  if (is_class(rt, part)) {
    if (part.as<Type>() == rt.none_type) {
      *out += "None";
      return true;
    }
    *out += type_display_name(part.as<Type>());
    return true;
  }
  std::string text;
  if (!repr_text(rt, part, &text)) return false;
  *out += text;
  return true;
}

// ---- GenericAlias

Value alias_repr(Runtime& rt, const Value& self) {
  GenericAlias* alias = as_alias(self);
  std::string text;
  if (!append_part(rt, alias->origin, &text)) return Value();
  text += '[';
  const Tuple* args = as_tuple(alias->args);
  if (args->size == 0) text += "()";
  for (size_t i = 0; i < args->size; ++i) {
    if (i > 0) text += ", ";
    if (!append_part(rt, (*args)[i], &text)) return Value();
  }
  text += ']';
  return make_str(rt, text);
}

// Attributes the alias answers itself; any other comes from its origin
// (list[int].append is list.append).
bool is_alias_own_attribute(std::string_view name) {
  for (std::string_view own : {"__class__", "__origin__", "__args__", "__parameters__", "__unpacked__",
                               "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
                               "__getattribute__", "__or__", "__ror__", "__eq__", "__ne__", "__hash__",
                               "__repr__", "__call__", "__getitem__", "__instancecheck__", "__subclasscheck__"}) {
    if (name == own) return true;
  }
  return false;
}

Value alias_getattr(Runtime& rt, const Value& self, Str* name) {
  if (!is_alias_own_attribute(name->view())) return get_attr(rt, as_alias(self)->origin, name);
  return generic_getattr(rt, self, name);
}

Value alias_call(Runtime& rt, const Value& self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value result = call(rt, as_alias(self)->origin, args, nargs, kwnames);
  if (result.is_null()) return result;
  // The instance remembers its alias when it can (CPython ignores failure).
  if (!set_attr(rt, result, rt.intern("__orig_class__"), self)) {
    if (!rt.error_matches(Exc::kAttributeError) && !rt.error_matches(Exc::kTypeError)) return Value();
    rt.clear_error();
  }
  return result;
}

Value alias_compare(Runtime& rt, const Value& a, const Value& b, CompareOp op) {
  if ((op != CompareOp::kEqual && op != CompareOp::kNotEqual) || !is_generic_alias(rt, b)) {
    return rt.not_implemented();
  }
  int same = equals(rt, as_alias(a)->origin, as_alias(b)->origin);
  if (same == 1) same = equals(rt, as_alias(a)->args, as_alias(b)->args);
  if (same < 0) return Value();
  return Value::boolean((same == 1) == (op == CompareOp::kEqual));
}

bool alias_hash(Runtime& rt, const Value& self, int64_t* out) {
  int64_t origin_hash, args_hash;
  if (!hash(rt, as_alias(self)->origin, &origin_hash) || !hash(rt, as_alias(self)->args, &args_hash)) return false;
  *out = origin_hash ^ args_hash;
  if (*out == -1) *out = -2;
  return true;
}

Value alias_getitem(Runtime& rt, const Value& self, const Value&) {
  std::string shown;
  if (!repr_text(rt, self, &shown)) return Value();
  return rt.raise(Exc::kTypeError, cat(shown, " is not a generic class"));
}

// types.GenericAlias(origin, args), as __class_getitem__ = classmethod(GenericAlias) uses it.
Value alias_new(Runtime& rt, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (tuple_size(kwnames) > 0) return rt.raise(Exc::kTypeError, "GenericAlias() takes no keyword arguments");
  if (nargs != 2) return rt.raise(Exc::kTypeError, cat("GenericAlias expected 2 arguments, got ", nargs));
  return make_generic_alias(rt, args[0], args[1]);
}

Value alias_origin(Runtime&, const Value& self) { return as_alias(self)->origin; }
Value alias_args(Runtime&, const Value& self) { return as_alias(self)->args; }
Value alias_parameters(Runtime& rt, const Value&) { return Value::from_object(rt.empty_tuple()); }
Value alias_unpacked(Runtime&, const Value&) { return Value::boolean(false); }

// class C(list[int]) derives from list.
Value alias_mro_entries(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "__mro_entries__", nargs - 1, kwnames)) return Value();
  return Value(make_tuple(rt, {as_alias(args[0])->origin}));
}

Value refuse_instance_check(Runtime& rt, const Value*, size_t, Tuple*) {
  return rt.raise(Exc::kTypeError, "isinstance() argument 2 cannot be a parameterized generic");
}
Value refuse_subclass_check(Runtime& rt, const Value*, size_t, Tuple*) {
  return rt.raise(Exc::kTypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

const MethodDef kAliasMethods[] = {
    {"__mro_entries__", alias_mro_entries},
    {"__instancecheck__", refuse_instance_check},
    {"__subclasscheck__", refuse_subclass_check},
};

const GetSetDef kAliasGetSets[] = {
    {"__origin__", alias_origin},
    {"__args__", alias_args},
    {"__parameters__", alias_parameters},
    {"__unpacked__", alias_unpacked},
};

// ---- UnionType

// Classes, None, aliases and unions may be joined with |.
bool is_unionable(Runtime& rt, const Value& v) {
  return v.is_none() || is_class(rt, v) || is_generic_alias(rt, v) || union_arguments(rt, v) != nullptr;
}

void collect_union_parts(Runtime& rt, const Value& v, std::vector<Value>* parts) {
  if (const Tuple* args = union_arguments(rt, v)) {
    for (const Value& arg : args->span()) collect_union_parts(rt, arg, parts);
    return;
  }
  const Value part = v.is_none() ? Value::from_object(rt.none_type) : v;
  for (const Value& seen : *parts) {
    if (seen.is(part)) return;
  }
  parts->push_back(part);
}

// a | b: NotImplemented unless both may be joined; a single class when the
// parts repeat one (int | int is int).
Value union_or(Runtime& rt, const Value& a, const Value& b) {
  if (!is_unionable(rt, a) || !is_unionable(rt, b)) return rt.not_implemented();
  std::vector<Value> parts;
  collect_union_parts(rt, a, &parts);
  collect_union_parts(rt, b, &parts);
  if (parts.size() == 1) return parts[0];
  auto* result = new_object<UnionObject>(rt.gc, rt.union_type, 0);
  Value owned = Value::steal(result);  // (owned before the tuple is allocated)
  result->args = Value(make_tuple_from(rt, parts));
  return owned;
}

Value union_repr(Runtime& rt, const Value& self) {
  std::string text;
  const Tuple* args = as_tuple(as_union(self)->args);
  for (size_t i = 0; i < args->size; ++i) {
    if (i > 0) text += " | ";
    if (!append_part(rt, (*args)[i], &text)) return Value();
  }
  return make_str(rt, text);
}

// Unions are equal when they join the same classes, in any order.
Value union_compare(Runtime& rt, const Value& a, const Value& b, CompareOp op) {
  const Tuple* right = union_arguments(rt, b);
  if ((op != CompareOp::kEqual && op != CompareOp::kNotEqual) || right == nullptr) return rt.not_implemented();
  const Tuple* left = as_tuple(as_union(a)->args);
  bool same = left->size == right->size;
  for (size_t i = 0; same && i < left->size; ++i) {
    bool found = false;
    for (const Value& candidate : right->span()) found = found || candidate.is((*left)[i]);
    same = found;
  }
  return Value::boolean(same == (op == CompareOp::kEqual));
}

bool union_hash(Runtime& rt, const Value& self, int64_t* out) {
  // Order-independent, as hash(frozenset(args)).
  uint64_t combined = 0;
  for (const Value& arg : as_tuple(as_union(self)->args)->span()) {
    int64_t h;
    if (!hash(rt, arg, &h)) return false;
    combined ^= static_cast<uint64_t>(h) * 0x9E3779B97F4A7C15ULL;
  }
  *out = static_cast<int64_t>(combined >> 1);
  return true;
}

Value union_args(Runtime&, const Value& self) { return as_union(self)->args; }
Value union_parameters(Runtime& rt, const Value&) { return Value::from_object(rt.empty_tuple()); }

const GetSetDef kUnionGetSets[] = {
    {"__args__", union_args},
    {"__parameters__", union_parameters},
};

Value class_getitem(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "__class_getitem__", nargs - 1, kwnames)) return Value();
  return make_generic_alias(rt, args[0], args[1]);
}

const MethodDef kClassGetItem[] = {{"__class_getitem__", class_getitem, MethodKind::kClass}};

template <class T>
void define_expression_type(Runtime& rt, Type* type, const char* name) {
  define_builtin_type(rt, type, name, rt.object_type, sizeof(T), kTypeHasGc, dealloc_object<T>);
  type->module_name = Ref<Str>::borrow(rt.intern("types"));
  type->binary[static_cast<int>(BinaryOp::kOr)] = union_or;
}

}  // namespace

Value make_generic_alias(Runtime& rt, const Value& origin, const Value& item) {
  auto* alias = new_object<GenericAlias>(rt.gc, rt.generic_alias_type, 0);
  Value owned = Value::steal(alias);  // (owned before the tuple is allocated)
  alias->origin = origin;
  alias->args = is_tuple(item) ? item : Value(make_tuple(rt, {item}));
  return owned;
}

bool is_generic_alias(Runtime& rt, const Value& value) { return rt.type_of(value) == rt.generic_alias_type; }

const Tuple* union_arguments(Runtime& rt, const Value& value) {
  return rt.type_of(value) == rt.union_type ? as_tuple(as_union(value)->args) : nullptr;
}

void add_class_getitem(Runtime& rt, Type* type) { add_methods(rt, type, kClassGetItem); }

void init_generic_alias_types(Runtime& rt) {
  Type* type = rt.generic_alias_type;
  define_expression_type<GenericAlias>(rt, type, "GenericAlias");
  type->flags |= kTypeWeakReferenceable;
  type->traverse = [](Object* self, VisitFn visit, void* context) {
    auto* a = static_cast<GenericAlias*>(self);
    for (const Value* v : {&a->origin, &a->args}) {
      if (v->is_object()) visit(v->as_object(), context);
    }
  };
  type->clear = [](Object* self) {
    auto* a = static_cast<GenericAlias*>(self);
    Value o = std::move(a->origin), g = std::move(a->args);
  };
  type->repr = alias_repr;
  type->getattr = alias_getattr;
  type->call = alias_call;
  type->compare = alias_compare;
  type->hash = alias_hash;
  type->getitem = alias_getitem;
  type->new_instance = alias_new;
  add_methods(rt, type, kAliasMethods);
  add_getsets(rt, type, kAliasGetSets);

  type = rt.union_type;
  define_expression_type<UnionObject>(rt, type, "UnionType");
  type->traverse = [](Object* self, VisitFn visit, void* context) {
    const Value& args = static_cast<UnionObject*>(self)->args;
    if (args.is_object()) visit(args.as_object(), context);
  };
  type->clear = [](Object* self) { Value dropped = std::move(static_cast<UnionObject*>(self)->args); };
  type->repr = union_repr;
  type->compare = union_compare;
  type->hash = union_hash;
  add_getsets(rt, type, kUnionGetSets);

  // `|` between classes: type's own slot, which every metaclass inherits.
  rt.type_type->binary[static_cast<int>(BinaryOp::kOr)] = union_or;
  for (Type* generic : {rt.list_type, rt.dict_type, rt.tuple_type, rt.set_type, rt.frozenset_type,
                        rt.enumerate_type}) {
    add_class_getitem(rt, generic);
  }
}

}  // namespace pyvm
