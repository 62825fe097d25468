// SPDX-License-Identifier: GPL-3.0-or-later
// types.SimpleNamespace (see namespace.h): an object whose attributes are
// its keyword arguments, shown by repr and compared by equality.
#include "runtime/namespace.h"

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "runtime/concat.h"
#include "runtime/dict.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/runtime.h"
#include "runtime/sequence.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

struct Namespace : Object {
  Value dict;  // __dict__: the attributes
};

[[maybe_unused]] bool has_layout(const Object* object, const Namespace*) {
  return layout_extends(object, object->type->runtime->simple_namespace_type);
}

Dict* attributes_of(const Value& self) { return as_dict(self.as<Namespace>()->dict); }

void namespace_traverse(Object* self, VisitFn visit, void* context) {
  const Value& dict = static_cast<Namespace*>(self)->dict;
  if (dict.is_object()) visit(dict.as_object(), context);
}

void namespace_clear(Object* self) { Value dropped = std::move(static_cast<Namespace*>(self)->dict); }

Value namespace_new(Runtime& rt, Type* type, const Value*, size_t, Tuple*) {
  Ref<Dict> dict = make_dict(rt);
  Namespace* ns = new_object<Namespace>(rt.gc, type, type->instance_size - sizeof(Namespace));
  ns->dict = Value(std::move(dict));
  return Value::steal(ns);
}

bool namespace_init(Runtime& rt, const Value& self, const Value* args, size_t nargs, Tuple* kwnames) {
  const size_t positional = nargs - tuple_size(kwnames);
  if (positional > 0) {
    rt.raise(Exc::kTypeError, "no positional arguments expected");
    return false;
  }
  for (size_t i = 0; i < tuple_size(kwnames); ++i) {
    if (!dict_set(rt, attributes_of(self), (*kwnames)[i], args[positional + i])) return false;
  }
  return true;
}

// namespace(a=1, b='x'): the attributes with str names, in insertion order;
// a subclass shows its own name, and a namespace inside itself "...".
Value namespace_repr(Runtime& rt, const Value& self) {
  Type* type = rt.type_of(self);
  const std::string name = type == rt.simple_namespace_type ? "namespace" : std::string(type->name->view());
  ReprGuard guard(rt, self.as_object());
  if (!guard.entered()) return make_str(rt, name + "(...)");
  // A repr may change the attributes: they are taken first.
  std::vector<std::pair<Value, Value>> attributes;
  const Dict* dict = attributes_of(self);
  for (size_t i = 0; i < dict->entry_count; ++i) {
    const DictEntry& entry = dict->entries[i];
    if (!entry.key.is_null() && is_str(entry.key) && as_str(entry.key)->size > 0) {
      attributes.emplace_back(entry.key, entry.value);
    }
  }
  std::string text = name + "(";
  for (size_t i = 0; i < attributes.size(); ++i) {
    if (i > 0) text += ", ";
    text += as_str(attributes[i].first)->view();
    text += "=";
    if (!repr_text(rt, attributes[i].second, &text)) return Value();
  }
  return make_str(rt, text + ")");
}

// == and != compare the attributes of two namespaces; anything else is
// NotImplemented.
Value namespace_compare(Runtime& rt, const Value& a, const Value& b, CompareOp op) {
  if ((op != CompareOp::kEqual && op != CompareOp::kNotEqual) || !is_instance(rt, a, rt.simple_namespace_type) ||
      !is_instance(rt, b, rt.simple_namespace_type)) {
    return rt.not_implemented();
  }
  return compare(rt, a.as<Namespace>()->dict, b.as<Namespace>()->dict, op);
}

}  // namespace

Value make_simple_namespace(Runtime& rt) { return namespace_new(rt, rt.simple_namespace_type, nullptr, 0, nullptr); }

void namespace_set(Runtime& rt, const Value& ns, std::string_view name, const Value& value) {
  dict_set_str(rt, attributes_of(ns), rt.intern(name), value);
}

void init_simple_namespace_type(Runtime& rt) {
  Type* type = rt.simple_namespace_type;
  define_builtin_type(rt, type, "SimpleNamespace", rt.object_type, sizeof(Namespace), kTypeHasGc | kTypeBaseType,
                      dealloc_object<Namespace>);
  type->module_name = Ref<Str>::borrow(rt.intern("types"));
  type->dict_offset = offsetof(Namespace, dict);
  type->traverse = namespace_traverse;
  type->clear = namespace_clear;
  type->new_instance = namespace_new;
  type->init = namespace_init;
  type->repr = namespace_repr;
  type->compare = namespace_compare;
  type->hash = hash_unhashable;
}

}  // namespace pyvm
