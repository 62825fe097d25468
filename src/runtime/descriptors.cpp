// SPDX-License-Identifier: GPL-3.0-or-later
// Native functions (builtin_function_or_method) and the descriptors that put
// C++ functions into type dicts: method, classmethod and getset descriptors.
#include "runtime/descriptors.h"

#include <cinttypes>
#include <cstdio>
#include <vector>

#include "runtime/concat.h"
#include "runtime/dict.h"
#include "runtime/object_type.h"
#include "runtime/property.h"
#include "runtime/protocols.h"
#include "runtime/tuple.h"

namespace pyvm {

// ----------------------------------------------------------- native functions

Ref<NativeFunction> make_native_function(Runtime& rt, std::string_view name, NativeFn function,
                                         Value self, Str* module_name) {
  // Owned at once: interning the name may fail under a memory ceiling.
  Ref<NativeFunction> f =
      Ref<NativeFunction>::steal(new_object<NativeFunction>(rt.gc, rt.native_function_type, 0));
  f->name = Ref<Str>::borrow(rt.intern(name));
  f->function = function;
  f->self = std::move(self);
  if (module_name) f->module_name = Ref<Str>::borrow(module_name);
  return f;
}

Value call_native_function(Runtime& rt, const Value& callable, const Value* args, size_t nargs,
                           Tuple* kwnames) {
  NativeFunction* f = callable.as<NativeFunction>();
  if (f->self.is_null()) return f->function(rt, args, nargs, kwnames);
  // A bound method: self goes first. Small calls use the native stack.
  constexpr size_t kInline = 8;
  if (nargs < kInline) {
    Value bound[kInline];
    bound[0] = f->self;
    for (size_t i = 0; i < nargs; ++i) bound[i + 1] = args[i];
    return f->function(rt, bound, nargs + 1, kwnames);
  }
  std::vector<Value> bound;
  bound.reserve(nargs + 1);
  bound.push_back(f->self);
  bound.insert(bound.end(), args, args + nargs);
  return f->function(rt, bound.data(), bound.size(), kwnames);
}

namespace {

std::string address_of(const Value& v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "0x%" PRIxPTR, static_cast<uintptr_t>(object_id(v)));
  return buffer;
}

Value native_function_repr(Runtime& rt, const Value& self) {
  NativeFunction* f = self.as<NativeFunction>();
  if (f->self.is_null() || (f->self.is_object() && rt.type_of(f->self) == rt.module_type)) {
    return make_str(rt, cat("<built-in function ", f->name->view(), ">"));
  }
  if (rt.type_of(f->self)->has_flag(kTypeTypeSubclass)) {
    return make_str(rt, cat("<built-in method ", f->name->view(), " of type object at ",
                            address_of(f->self), ">"));
  }
  return make_str(rt, cat("<built-in method ", f->name->view(), " of ", type_name(rt, f->self),
                          " object at ", address_of(f->self), ">"));
}

void native_function_traverse(Object* self, VisitFn visit, void* context) {
  auto* f = static_cast<NativeFunction*>(self);
  if (f->self.is_object()) visit(f->self.as_object(), context);
}

void native_function_clear(Object* self) {
  Value dropped = std::move(static_cast<NativeFunction*>(self)->self);
}

Value native_function_name(Runtime&, const Value& self) {
  return Value(self.as<NativeFunction>()->name);
}

Value native_function_qualname(Runtime& rt, const Value& self) {
  NativeFunction* f = self.as<NativeFunction>();
  if (f->self.is_null() || rt.type_of(f->self) == rt.module_type) return Value(f->name);
  Type* owner = rt.type_of(f->self)->has_flag(kTypeTypeSubclass) ? f->self.as<Type>()
                                                                  : rt.type_of(f->self);
  return make_str(rt, cat(owner->name->view(), ".", f->name->view()));
}

Value native_function_module(Runtime&, const Value& self) {
  NativeFunction* f = self.as<NativeFunction>();
  return f->module_name ? Value(f->module_name) : Value::none();
}

Value native_function_self(Runtime& rt, const Value& self) {
  NativeFunction* f = self.as<NativeFunction>();
  if (f->self.is_null()) {
    // Module functions report their module; ours are unbound.
    (void)rt;
    return Value::none();
  }
  return f->self;
}

const GetSetDef kNativeFunctionGetSets[] = {
    {"__name__", native_function_name},
    {"__qualname__", native_function_qualname},
    {"__module__", native_function_module},
    {"__self__", native_function_self},
};

// ---------------------------------------------------------- method descriptors

bool check_receiver(Runtime& rt, MethodDescriptor* d, const Value* args, size_t nargs) {
  if (nargs == 0) {
    rt.raise(Exc::kTypeError, cat("unbound method ", d->owner->name->view(), ".", d->name->view(),
                                  "() needs an argument"));
    return false;
  }
  if (!is_instance(rt, args[0], d->owner)) {
    rt.raise(Exc::kTypeError,
             cat("descriptor '", d->name->view(), "' for '", message_type_name(d->owner),
                 "' objects doesn't apply to a '", type_name(rt, args[0]), "' object"));
    return false;
  }
  return true;
}

Value method_descriptor_call(Runtime& rt, const Value& callable, const Value* args, size_t nargs,
                             Tuple* kwnames) {
  MethodDescriptor* d = callable.as<MethodDescriptor>();
  if (!check_receiver(rt, d, args, nargs - tuple_size(kwnames))) return Value();
  return d->function(rt, args, nargs, kwnames);
}

Value method_descriptor_get(Runtime& rt, const Value& descriptor, const Value& instance, Type*) {
  if (instance.is_null()) return descriptor;
  MethodDescriptor* d = descriptor.as<MethodDescriptor>();
  if (!is_instance(rt, instance, d->owner)) {
    return rt.raise(Exc::kTypeError,
                    cat("descriptor '", d->name->view(), "' for '", message_type_name(d->owner),
                        "' objects doesn't apply to a '", type_name(rt, instance), "' object"));
  }
  return make_native_function(rt, d->name->view(), d->function, instance);
}

Value method_descriptor_repr(Runtime& rt, const Value& self) {
  MethodDescriptor* d = self.as<MethodDescriptor>();
  return make_str(
      rt, cat("<method '", d->name->view(), "' of '", message_type_name(d->owner), "' objects>"));
}

Value method_descriptor_name(Runtime&, const Value& self) {
  return Value(self.as<MethodDescriptor>()->name);
}
Value method_descriptor_qualname(Runtime& rt, const Value& self) {
  MethodDescriptor* d = self.as<MethodDescriptor>();
  return make_str(rt, cat(d->owner->name->view(), ".", d->name->view()));
}
Value method_descriptor_objclass(Runtime&, const Value& self) {
  return Value::from_object(self.as<MethodDescriptor>()->owner);
}

const GetSetDef kMethodDescriptorGetSets[] = {
    {"__name__", method_descriptor_name},
    {"__qualname__", method_descriptor_qualname},
    {"__objclass__", method_descriptor_objclass},
};

// A classmethod of a built-in type binds to the class it is read through,
// which must derive from the owner (the function assumes its layout).
Value classmethod_descriptor_get(Runtime& rt, const Value& descriptor, const Value& instance,
                                 Type* owner) {
  MethodDescriptor* d = descriptor.as<MethodDescriptor>();
  Type* cls = owner ? owner : rt.type_of(instance);
  if (!is_subtype(cls, d->owner)) {
    return rt.raise(Exc::kTypeError,
                    cat("descriptor '", d->name->view(), "' requires a subtype of '",
                        message_type_name(d->owner), "' but received '", cls->name->view(), "'"));
  }
  return make_native_function(rt, d->name->view(), d->function, Value::from_object(cls));
}

Value classmethod_descriptor_call(Runtime& rt, const Value& callable, const Value* args,
                                  size_t nargs, Tuple* kwnames) {
  MethodDescriptor* d = callable.as<MethodDescriptor>();
  if (nargs == 0 || !rt.type_of(args[0])->has_flag(kTypeTypeSubclass) ||
      !is_subtype(args[0].as<Type>(), d->owner)) {
    return rt.raise(
        Exc::kTypeError,
        cat("descriptor '", d->name->view(), "' for type '", message_type_name(d->owner),
            "' needs a type, not a '", nargs ? type_name(rt, args[0]) : "NoneType", "' as arg 1"));
  }
  return d->function(rt, args, nargs, kwnames);
}

Value classmethod_descriptor_repr(Runtime& rt, const Value& self) {
  MethodDescriptor* d = self.as<MethodDescriptor>();
  return make_str(
      rt, cat("<method '", d->name->view(), "' of '", message_type_name(d->owner), "' objects>"));
}

// ----------------------------------------------------------- getset descriptors

// Getset and member descriptors apply to instances of their owner only (the
// getter assumes the owner's layout): "descriptor 'x' for 'C' objects
// doesn't apply to a 'int' object".
bool check_descriptor_applies(Runtime& rt, const Str* name, const Type* owner,
                              const Value& instance) {
  if (is_instance(rt, instance, owner)) return true;
  rt.raise(Exc::kTypeError,
           cat("descriptor '", name->view(), "' for '", message_type_name(owner),
               "' objects doesn't apply to a '", type_name(rt, instance), "' object"));
  return false;
}

Value getset_get(Runtime& rt, const Value& descriptor, const Value& instance, Type*) {
  if (instance.is_null()) return descriptor;
  GetSetDescriptor* d = descriptor.as<GetSetDescriptor>();
  if (!check_descriptor_applies(rt, d->name.get(), d->owner.get(), instance)) return Value();
  return d->get(rt, instance);
}

bool getset_set(Runtime& rt, const Value& descriptor, const Value& instance, const Value& value) {
  GetSetDescriptor* d = descriptor.as<GetSetDescriptor>();
  if (!check_descriptor_applies(rt, d->name.get(), d->owner.get(), instance)) return false;
  if (d->set == nullptr) {
    rt.raise(Exc::kAttributeError,
             cat("attribute '", d->name->view(), "' of '", message_type_name(d->owner.get()),
                 "' objects is not writable"));
    return false;
  }
  return d->set(rt, instance, value);
}

Value getset_repr(Runtime& rt, const Value& self) {
  GetSetDescriptor* d = self.as<GetSetDescriptor>();
  return make_str(rt, cat("<attribute '", d->name->view(), "' of '",
                          message_type_name(d->owner.get()), "' objects>"));
}

void getset_traverse(Object* self, VisitFn visit, void* context) {
  visit(static_cast<GetSetDescriptor*>(self)->owner.get(), context);
}

Value getset_name(Runtime&, const Value& self) { return Value(self.as<GetSetDescriptor>()->name); }

const GetSetDef kGetSetDescriptorGetSets[] = {{"__name__", getset_name}};

// ----------------------------------------------------------- member descriptors

// The slot a member descriptor reads in `instance`, which the caller has
// checked is an instance of the owner: its layout holds a Value there.
Value* member_slot(const MemberDescriptor* d, const Value& instance) {
  return value_at_offset(instance.as_object(), d->offset);
}

Value member_get(Runtime& rt, const Value& descriptor, const Value& instance, Type*) {
  if (instance.is_null()) return descriptor;
  MemberDescriptor* d = descriptor.as<MemberDescriptor>();
  if (!check_descriptor_applies(rt, d->name.get(), d->owner.get(), instance)) return Value();
  const Value& value = *member_slot(d, instance);
  if (value.is_null()) return raise_no_attribute(rt, instance, d->name.get());
  return value;
}

bool member_set(Runtime& rt, const Value& descriptor, const Value& instance, const Value& value) {
  MemberDescriptor* d = descriptor.as<MemberDescriptor>();
  if (!check_descriptor_applies(rt, d->name.get(), d->owner.get(), instance)) return false;
  Value* slot = member_slot(d, instance);
  if (value.is_null() && slot->is_null()) {
    // CPython's message for deleting an empty slot is just the name.
    rt.raise(Exc::kAttributeError, d->name->view());
    return false;
  }
  *slot = value;
  return true;
}

Value member_repr(Runtime& rt, const Value& self) {
  MemberDescriptor* d = self.as<MemberDescriptor>();
  return make_str(rt, cat("<member '", d->name->view(), "' of '", message_type_name(d->owner.get()),
                          "' objects>"));
}

void member_traverse(Object* self, VisitFn visit, void* context) {
  visit(static_cast<MemberDescriptor*>(self)->owner.get(), context);
}

Value member_name(Runtime&, const Value& self) { return Value(self.as<MemberDescriptor>()->name); }
Value member_qualname(Runtime& rt, const Value& self) {
  MemberDescriptor* d = self.as<MemberDescriptor>();
  return make_str(rt, cat(d->owner->qualname->view(), ".", d->name->view()));
}
Value member_objclass(Runtime&, const Value& self) {
  return Value(self.as<MemberDescriptor>()->owner);
}
Value member_doc(Runtime&, const Value&) { return Value::none(); }

const GetSetDef kMemberDescriptorGetSets[] = {
    {"__name__", member_name},
    {"__qualname__", member_qualname},
    {"__objclass__", member_objclass},
    {"__doc__", member_doc},
};

}  // namespace

void add_methods(Runtime& rt, Type* type, std::span<const MethodDef> methods) {
  if (!type->dict) type->dict = make_dict(rt);
  for (const MethodDef& method : methods) {
    Value entry;
    if (method.kind == MethodKind::kStatic) {
      entry = make_staticmethod(rt, Value(make_native_function(rt, method.name, method.function)));
    } else {
      Type* descriptor_type = method.kind == MethodKind::kClass ? rt.classmethod_descriptor_type
                                                                : rt.method_descriptor_type;
      Ref<MethodDescriptor> d =
          Ref<MethodDescriptor>::steal(new_object<MethodDescriptor>(rt.gc, descriptor_type, 0));
      d->name = Ref<Str>::borrow(rt.intern(method.name));
      d->function = method.function;
      d->owner = type;
      d->kind = method.kind;
      entry = Value(std::move(d));
    }
    dict_set_str(rt, type->dict.get(), rt.intern(method.name), entry);
  }
}

void add_getsets(Runtime& rt, Type* type, std::span<const GetSetDef> getsets) {
  if (!type->dict) type->dict = make_dict(rt);
  for (const GetSetDef& getset : getsets) {
    Ref<GetSetDescriptor> d = Ref<GetSetDescriptor>::steal(
        new_object<GetSetDescriptor>(rt.gc, rt.getset_descriptor_type, 0));
    d->name = Ref<Str>::borrow(rt.intern(getset.name));
    d->get = getset.get;
    d->set = getset.set;
    d->owner = Ref<Type>::borrow(type);
    Str* name = d->name.get();
    dict_set_str(rt, type->dict.get(), name, Value(std::move(d)));
  }
}

void add_member(Runtime& rt, Type* type, Str* name, ptrdiff_t offset) {
  Ref<MemberDescriptor> d = Ref<MemberDescriptor>::steal(
      new_object<MemberDescriptor>(rt.gc, rt.member_descriptor_type, 0));
  d->name = Ref<Str>::borrow(rt.intern(name));
  d->offset = offset;
  d->owner = Ref<Type>::borrow(type);
  Str* interned = d->name.get();
  dict_set_str(rt, type->dict.get(), interned, Value(std::move(d)));
}

void init_descriptor_layouts(Runtime& rt) {
  rt.native_function_type->flags |= kTypeHasGc;
  rt.native_function_type->instance_size = sizeof(NativeFunction);
  rt.native_function_type->dealloc = dealloc_object<NativeFunction>;
  for (Type* type : {rt.method_descriptor_type, rt.classmethod_descriptor_type}) {
    type->instance_size = sizeof(MethodDescriptor);
    type->dealloc = dealloc_object<MethodDescriptor>;
  }
  rt.getset_descriptor_type->flags |= kTypeHasGc;  // it references its owner
  rt.getset_descriptor_type->instance_size = sizeof(GetSetDescriptor);
  rt.getset_descriptor_type->dealloc = dealloc_object<GetSetDescriptor>;
  init_method_wrapper_layouts(rt);  // staticmethod objects are made for str.maketrans
}

void init_descriptor_types(Runtime& rt) {
  Type* function = rt.native_function_type;
  define_builtin_type(rt, function, "builtin_function_or_method", rt.object_type,
                      sizeof(NativeFunction), kTypeWeakReferenceable, dealloc_object<NativeFunction>);
  function->traverse = native_function_traverse;
  function->clear = native_function_clear;
  function->call = call_native_function;
  function->repr = native_function_repr;
  add_getsets(rt, function, kNativeFunctionGetSets);

  Type* method = rt.method_descriptor_type;
  define_builtin_type(rt, method, "method_descriptor", rt.object_type, sizeof(MethodDescriptor),
                      0, dealloc_object<MethodDescriptor>);
  method->flags |= kTypeMethodDescriptor;
  method->call = method_descriptor_call;
  method->descr_get = method_descriptor_get;
  method->repr = method_descriptor_repr;
  add_getsets(rt, method, kMethodDescriptorGetSets);

  Type* classmethod = rt.classmethod_descriptor_type;
  define_builtin_type(rt, classmethod, "classmethod_descriptor", rt.object_type,
                      sizeof(MethodDescriptor), 0, dealloc_object<MethodDescriptor>);
  classmethod->call = classmethod_descriptor_call;
  classmethod->descr_get = classmethod_descriptor_get;
  classmethod->repr = classmethod_descriptor_repr;
  add_getsets(rt, classmethod, kMethodDescriptorGetSets);

  Type* getset = rt.getset_descriptor_type;
  define_builtin_type(rt, getset, "getset_descriptor", rt.object_type, sizeof(GetSetDescriptor),
                      0, dealloc_object<GetSetDescriptor>);
  getset->descr_get = getset_get;
  getset->descr_set = getset_set;
  getset->repr = getset_repr;
  getset->traverse = getset_traverse;
  add_getsets(rt, getset, kGetSetDescriptorGetSets);

  Type* member = rt.member_descriptor_type;
  define_builtin_type(rt, member, "member_descriptor", rt.object_type, sizeof(MemberDescriptor),
                      kTypeHasGc, dealloc_object<MemberDescriptor>);
  member->descr_get = member_get;
  member->descr_set = member_set;
  member->repr = member_repr;
  member->traverse = member_traverse;
  add_getsets(rt, member, kMemberDescriptorGetSets);
}

bool has_layout(const Object* object, const GetSetDescriptor*) {
  return layout_extends(object, object->type->runtime->getset_descriptor_type);
}

bool has_layout(const Object* object, const MemberDescriptor*) {
  return layout_extends(object, object->type->runtime->member_descriptor_type);
}

bool has_layout(const Object* object, const MethodDescriptor*) {
  return layout_extends(object, object->type->runtime->method_descriptor_type) ||
         layout_extends(object, object->type->runtime->classmethod_descriptor_type);
}

bool has_layout(const Object* object, const NativeFunction*) {
  return layout_extends(object, object->type->runtime->native_function_type);
}

}  // namespace pyvm
