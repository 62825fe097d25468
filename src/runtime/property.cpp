// SPDX-License-Identifier: GPL-3.0-or-later
// staticmethod, classmethod, property and bound methods (see property.h).
#include "runtime/property.h"

#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

void visit_values(std::initializer_list<const Value*> values, VisitFn visit, void* context) {
  for (const Value* v : values) {
    if (v->is_object()) visit(v->as_object(), context);
  }
}

// CPython's _PyObject_IsAbstract: the truth of `object.__isabstractmethod__`
// (false when it has none); -1 on error.
int is_abstract(Runtime& rt, const Value& object) {
  if (object.is_null()) return 0;
  Value flag = get_attr_optional(rt, object, rt.intern("__isabstractmethod__"));
  if (flag.is_null()) return rt.has_error() ? -1 : 0;
  return truth(rt, flag);
}

Value abstract_flag(int result) {
  if (result < 0) return Value();
  return Value::boolean(result > 0);
}

// ---- staticmethod / classmethod

template <class Wrapper>
void wrapper_traverse(Object* self, VisitFn visit, void* context) {
  auto* w = static_cast<Wrapper*>(self);
  visit_values({&w->callable, &w->dict}, visit, context);
}

template <class Wrapper>
void wrapper_clear(Object* self) {
  auto* w = static_cast<Wrapper*>(self);
  Value a = std::move(w->callable), b = std::move(w->dict);
}

template <class Wrapper>
Value wrapper_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  const char* name = type == rt.staticmethod_type ? "staticmethod" : "classmethod";
  if (!expect_no_keywords(rt, name, kwnames)) return Value();
  if (!expect_positional(rt, name, nargs, nullptr, 1, 1)) return Value();
  Wrapper* w = new_object<Wrapper>(rt.gc, type, type->instance_size - sizeof(Wrapper));
  w->callable = args[0];
  return Value::steal(w);
}

template <class Wrapper>
Value wrapper_func(Runtime&, const Value& self) {
  return self.as<Wrapper>()->callable;
}

template <class Wrapper>
Value wrapper_repr(Runtime& rt, const Value& self) {
  std::string out = cat("<", type_name(rt, self), "(");
  if (!repr_text(rt, self.as<Wrapper>()->callable, &out)) return Value();
  return make_str(rt, out + ")>");
}

Value staticmethod_get(Runtime&, const Value& descriptor, const Value&, Type*) {
  return descriptor.as<StaticMethod>()->callable;
}

Value staticmethod_call(Runtime& rt, const Value& callable, const Value* args, size_t nargs,
                        Tuple* kwnames) {
  return call(rt, callable.as<StaticMethod>()->callable, args, nargs, kwnames);
}

Value classmethod_get(Runtime& rt, const Value& descriptor, const Value& instance, Type* owner) {
  Type* cls = owner ? owner : rt.type_of(instance);
  return make_method(rt, descriptor.as<ClassMethod>()->callable, Value::from_object(cls));
}

// __isabstractmethod__: whether the wrapped callable is abstract (abc).
template <class Wrapper>
Value wrapper_is_abstract(Runtime& rt, const Value& self) {
  return abstract_flag(is_abstract(rt, self.as<Wrapper>()->callable));
}

const GetSetDef kStaticMethodGetSets[] = {{"__func__", wrapper_func<StaticMethod>},
                                          {"__isabstractmethod__", wrapper_is_abstract<StaticMethod>}};
const GetSetDef kClassMethodGetSets[] = {{"__func__", wrapper_func<ClassMethod>},
                                         {"__isabstractmethod__", wrapper_is_abstract<ClassMethod>}};

// ---- property

Property* as_property(const Value& v) { return v.as<Property>(); }

void property_traverse(Object* self, VisitFn visit, void* context) {
  auto* p = static_cast<Property*>(self);
  visit_values({&p->getter, &p->setter, &p->deleter, &p->doc, &p->name}, visit, context);
}

void property_clear(Object* self) {
  auto* p = static_cast<Property*>(self);
  Value a = std::move(p->getter), b = std::move(p->setter), c = std::move(p->deleter),
        d = std::move(p->doc), e = std::move(p->name);
}

std::string property_name_for_message(Runtime& rt, Property* p) {
  if (is_str(p->name)) return std::string(as_str(p->name)->view());
  if (!p->getter.is_none()) {
    Value name = get_attr_optional(rt, p->getter, rt.names.dunder_name);
    rt.clear_error();
    if (!name.is_null() && is_str(name)) return std::string(as_str(name)->view());
  }
  return "";
}

Value property_missing(Runtime& rt, Property* p, const Value& instance, const char* what) {
  const std::string name = property_name_for_message(rt, p);
  if (name.empty()) {
    return rt.raise(Exc::kAttributeError, cat("property of '", type_name(rt, instance),
                                              "' object has no ", what));
  }
  return rt.raise(Exc::kAttributeError, cat("property '", name, "' of '", type_name(rt, instance),
                                            "' object has no ", what));
}

Value property_get(Runtime& rt, const Value& descriptor, const Value& instance, Type*) {
  if (instance.is_null()) return descriptor;
  Property* p = as_property(descriptor);
  if (p->getter.is_none()) return property_missing(rt, p, instance, "getter");
  return call(rt, p->getter, &instance, 1);
}

bool property_set(Runtime& rt, const Value& descriptor, const Value& instance, const Value& value) {
  Property* p = as_property(descriptor);
  if (value.is_null()) {
    if (p->deleter.is_none()) return !property_missing(rt, p, instance, "deleter").is_null();
    return !call(rt, p->deleter, &instance, 1).is_null();
  }
  if (p->setter.is_none()) return !property_missing(rt, p, instance, "setter").is_null();
  const Value args[] = {instance, value};
  return !call(rt, p->setter, args, 2).is_null();
}

Value make_property(Runtime& rt, Type* type, Value getter, Value setter, Value deleter, Value doc) {
  // Owned at once: reading the getter's __doc__ may fail (and allocate).
  Ref<Property> p =
      Ref<Property>::steal(new_object<Property>(rt.gc, type, type->instance_size - sizeof(Property)));
  p->getter = getter.is_null() ? Value::none() : std::move(getter);
  p->setter = setter.is_null() ? Value::none() : std::move(setter);
  p->deleter = deleter.is_null() ? Value::none() : std::move(deleter);
  if ((doc.is_null() || doc.is_none()) && !p->getter.is_none()) {
    doc = get_attr_optional(rt, p->getter, rt.names.dunder_doc);
    rt.clear_error();
  }
  p->doc = doc.is_null() ? Value::none() : std::move(doc);
  p->name = Value::none();
  return p;
}

Value property_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"property", {"fget", "fset", "fdel", "doc"}, 0, 0};
  Value bound[4];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  return make_property(rt, type, bound[0], bound[1], bound[2], bound[3]);
}

// p.getter(f) / p.setter(f) / p.deleter(f): a copy with one accessor replaced.
Value property_copy_with(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames,
                         const char* name, int which) {
  if (!expect_exactly_one(rt, cat("property.", name), nargs - 1, kwnames)) return Value();
  Property* p = as_property(args[0]);
  Value accessors[3] = {p->getter, p->setter, p->deleter};
  accessors[which] = args[1];
  Value doc = which == 0 ? Value() : p->doc;
  Value copy = make_property(rt, rt.type_of(args[0]), accessors[0], accessors[1], accessors[2], doc);
  if (!copy.is_null()) as_property(copy)->name = p->name;
  return copy;
}

Value property_getter(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return property_copy_with(rt, args, nargs, kwnames, "getter", 0);
}
Value property_setter(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return property_copy_with(rt, args, nargs, kwnames, "setter", 1);
}
Value property_deleter(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return property_copy_with(rt, args, nargs, kwnames, "deleter", 2);
}

Value property_set_name(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "__set_name__", nargs - 1, kwnames, 2, 2)) return Value();
  as_property(args[0])->name = args[2];
  return Value::none();
}

Value property_fget(Runtime&, const Value& self) { return as_property(self)->getter; }
Value property_fset(Runtime&, const Value& self) { return as_property(self)->setter; }
Value property_fdel(Runtime&, const Value& self) { return as_property(self)->deleter; }
Value property_doc(Runtime&, const Value& self) { return as_property(self)->doc; }
bool property_doc_set(Runtime&, const Value& self, const Value& value) {
  as_property(self)->doc = value.is_null() ? Value::none() : value;
  return true;
}

// __isabstractmethod__: whether any of the accessors is abstract (abc).
Value property_is_abstract(Runtime& rt, const Value& self) {
  Property* property = as_property(self);
  for (const Value* accessor : {&property->getter, &property->setter, &property->deleter}) {
    const int result = is_abstract(rt, *accessor);
    if (result != 0) return abstract_flag(result);
  }
  return Value::boolean(false);
}

const MethodDef kPropertyMethods[] = {
    {"getter", property_getter},
    {"setter", property_setter},
    {"deleter", property_deleter},
    {"__set_name__", property_set_name},
};
const GetSetDef kPropertyGetSets[] = {
    {"fget", property_fget},
    {"fset", property_fset},
    {"fdel", property_fdel},
    {"__doc__", property_doc, property_doc_set},
    {"__isabstractmethod__", property_is_abstract},
};

// ---- bound methods

Method* as_method(const Value& v) { return v.as<Method>(); }

void method_traverse(Object* self, VisitFn visit, void* context) {
  auto* m = static_cast<Method*>(self);
  visit_values({&m->function, &m->self}, visit, context);
}

void method_clear(Object* self) {
  auto* m = static_cast<Method*>(self);
  Value a = std::move(m->function), b = std::move(m->self);
}

Value method_call(Runtime& rt, const Value& callable, const Value* args, size_t nargs,
                  Tuple* kwnames) {
  Method* m = as_method(callable);
  constexpr size_t kInline = 8;
  if (nargs < kInline) {
    Value bound[kInline];
    bound[0] = m->self;
    for (size_t i = 0; i < nargs; ++i) bound[i + 1] = args[i];
    return call(rt, m->function, bound, nargs + 1, kwnames);
  }
  std::vector<Value> bound;
  bound.reserve(nargs + 1);
  bound.push_back(m->self);
  bound.insert(bound.end(), args, args + nargs);
  return call(rt, m->function, bound.data(), bound.size(), kwnames);
}

Value method_repr(Runtime& rt, const Value& self) {
  Method* m = as_method(self);
  Value name = get_attr_optional(rt, m->function, rt.names.dunder_qualname);
  if (name.is_null()) name = get_attr_optional(rt, m->function, rt.names.dunder_name);
  if (rt.has_error()) return Value();
  std::string out = "<bound method ";
  if (name.is_null() || !is_str(name)) {
    out += "?";
  } else {
    out += as_str(name)->view();
  }
  out += " of ";
  if (!repr_text(rt, m->self, &out)) return Value();
  return make_str(rt, out + ">");
}

Value method_compare(Runtime& rt, const Value& a, const Value& b, CompareOp op) {
  if (rt.type_of(b) != rt.method_type || (op != CompareOp::kEqual && op != CompareOp::kNotEqual)) {
    return rt.not_implemented();
  }
  Method* x = as_method(a);
  Method* y = as_method(b);
  bool equal = x->self.is(y->self);
  if (equal) {
    const int same = equals(rt, x->function, y->function);
    if (same < 0) return Value();
    equal = same;
  }
  return Value::boolean(op == CompareOp::kEqual ? equal : !equal);
}

bool method_hash(Runtime& rt, const Value& self, int64_t* out) {
  int64_t function_hash;
  if (!hash(rt, as_method(self)->function, &function_hash)) return false;
  *out = function_hash ^ pointer_hash(as_method(self)->self.is_object()
                                          ? static_cast<const void*>(as_method(self)->self.as_object())
                                          : nullptr);
  if (*out == -1) *out = -2;
  return true;
}

Value method_getattr(Runtime& rt, const Value& self, Str* name) {
  // Attributes the method type does not define come from the function.
  if (lookup_in_mro(rt.type_of(self), name)) return generic_getattr(rt, self, name);
  return get_attr(rt, as_method(self)->function, name);
}

Value method_func(Runtime&, const Value& self) { return as_method(self)->function; }
Value method_self(Runtime&, const Value& self) { return as_method(self)->self; }
// A bound method's __doc__ is its function's.
Value method_doc(Runtime& rt, const Value& self) { return get_attr(rt, as_method(self)->function, rt.names.dunder_doc); }

const GetSetDef kMethodGetSets[] = {
    {"__func__", method_func}, {"__self__", method_self}, {"__doc__", method_doc}};

Value method_new(Runtime& rt, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, "method", kwnames)) return Value();
  if (!expect_positional(rt, "method", nargs, nullptr, 2, 2)) return Value();
  if (!is_callable(rt, args[0])) return rt.raise(Exc::kTypeError, "first argument must be callable");
  if (args[1].is_none()) return rt.raise(Exc::kTypeError, "instance must not be None");
  return make_method(rt, args[0], args[1]);
}

}  // namespace

Value make_staticmethod(Runtime& rt, Value callable) {
  StaticMethod* w = new_object<StaticMethod>(rt.gc, rt.staticmethod_type, 0);
  w->callable = std::move(callable);
  return Value::steal(w);
}

Value make_method(Runtime& rt, Value function, Value self) {
  Method* m = new_object<Method>(rt.gc, rt.method_type, 0);
  m->function = std::move(function);
  m->self = std::move(self);
  return Value::steal(m);
}

void init_method_wrapper_layouts(Runtime& rt) {
  Type* staticmethod = rt.staticmethod_type;
  staticmethod->flags |= kTypeHasGc;
  staticmethod->instance_size = sizeof(StaticMethod);
  staticmethod->dealloc = dealloc_object<StaticMethod>;
}

void init_property_types(Runtime& rt) {
  Type* staticmethod = rt.staticmethod_type;
  define_builtin_type(rt, staticmethod, "staticmethod", rt.object_type, sizeof(StaticMethod),
                      kTypeHasGc | kTypeBaseType, dealloc_object<StaticMethod>);
  staticmethod->traverse = wrapper_traverse<StaticMethod>;
  staticmethod->clear = wrapper_clear<StaticMethod>;
  staticmethod->new_instance = wrapper_new<StaticMethod>;
  staticmethod->descr_get = staticmethod_get;
  staticmethod->call = staticmethod_call;
  staticmethod->repr = wrapper_repr<StaticMethod>;
  staticmethod->dict_offset = offsetof(StaticMethod, dict);
  add_getsets(rt, staticmethod, kStaticMethodGetSets);

  Type* classmethod = rt.classmethod_type;
  define_builtin_type(rt, classmethod, "classmethod", rt.object_type, sizeof(ClassMethod),
                      kTypeHasGc | kTypeBaseType, dealloc_object<ClassMethod>);
  classmethod->traverse = wrapper_traverse<ClassMethod>;
  classmethod->clear = wrapper_clear<ClassMethod>;
  classmethod->new_instance = wrapper_new<ClassMethod>;
  classmethod->descr_get = classmethod_get;
  classmethod->repr = wrapper_repr<ClassMethod>;
  classmethod->dict_offset = offsetof(ClassMethod, dict);
  add_getsets(rt, classmethod, kClassMethodGetSets);

  Type* property = rt.property_type;
  define_builtin_type(rt, property, "property", rt.object_type, sizeof(Property),
                      kTypeHasGc | kTypeBaseType, dealloc_object<Property>);
  property->traverse = property_traverse;
  property->clear = property_clear;
  property->new_instance = property_new;
  property->descr_get = property_get;
  property->descr_set = property_set;
  add_methods(rt, property, kPropertyMethods);
  add_getsets(rt, property, kPropertyGetSets);

  Type* method = rt.method_type;
  define_builtin_type(rt, method, "method", rt.object_type, sizeof(Method), kTypeHasGc | kTypeWeakReferenceable,
                      dealloc_object<Method>);
  method->traverse = method_traverse;
  method->clear = method_clear;
  method->call = method_call;
  method->repr = method_repr;
  method->compare = method_compare;
  method->hash = method_hash;
  method->getattr = method_getattr;
  method->new_instance = method_new;
  add_getsets(rt, method, kMethodGetSets);
}

bool has_layout(const Object* object, const ClassMethod*) {
  return layout_extends(object, object->type->runtime->classmethod_type);
}

bool has_layout(const Object* object, const StaticMethod*) {
  return layout_extends(object, object->type->runtime->staticmethod_type);
}

bool has_layout(const Object* object, const Property*) {
  return layout_extends(object, object->type->runtime->property_type);
}

bool has_layout(const Object* object, const Method*) {
  return layout_extends(object, object->type->runtime->method_type);
}

}  // namespace pyvm
