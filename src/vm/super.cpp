// SPDX-License-Identifier: GPL-3.0-or-later
// super objects (see super.h).
#include "vm/super.h"

#include "bytecode/code_object.h"
#include "runtime/arguments.h"
#include "runtime/cell.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

struct Super : Object {
  Value type;         // the class whose successors are searched
  Value object;       // the instance (or class) bound to; null when unbound
  Value object_type;  // the type whose MRO is searched
};

[[maybe_unused]] bool has_layout(const Object* object, const Super*) {
  return layout_extends(object, object->type->runtime->super_type);
}

// The type whose MRO super(type, object) searches.
Type* super_check(VM& vm, Type* type, const Value& object) {
  if (vm.type_of(object)->has_flag(kTypeTypeSubclass) && is_subtype(object.as<Type>(), type)) {
    return object.as<Type>();
  }
  if (is_subtype(vm.type_of(object), type)) return vm.type_of(object);
  vm.raise(Exc::kTypeError, "super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

// super() with no arguments: the class from the frame's __class__ cell and
// the instance from its first argument.
bool zero_argument_super(VM& vm, Value* type, Value* object) {
  Frame* frame = vm.current_frame;
  if (frame == nullptr) {
    vm.raise(Exc::kRuntimeError, "super(): no current frame");
    return false;
  }
  CodeObject* code = frame->code;
  if (code->argument_count == 0) {
    vm.raise(Exc::kRuntimeError, "super(): no arguments");
    return false;
  }
  Value first = frame->slots()[0];
  for (size_t i = 0; i < code->cell_count(); ++i) {
    if (code->cell_parameters[i] == 0) first = frame->slots()[code->local_count() + i].as<Cell>()->contents;
  }
  if (first.is_null()) {
    vm.raise(Exc::kRuntimeError, "super(): arg[0] deleted");
    return false;
  }
  for (size_t i = 0; i < code->free_count(); ++i) {
    if (code->free_names[i]->view() != "__class__") continue;
    const Value& cell = frame->slots()[code->local_count() + code->cell_count() + i];
    const Value& cls = cell.as<Cell>()->contents;
    if (cls.is_null()) {
      vm.raise(Exc::kRuntimeError, "super(): empty __class__ cell");
      return false;
    }
    if (!vm.type_of(cls)->has_flag(kTypeTypeSubclass)) {
      vm.raise(Exc::kRuntimeError, cat("super(): __class__ is not a type (", type_name(vm, cls), ")"));
      return false;
    }
    *type = cls;
    *object = first;
    return true;
  }
  vm.raise(Exc::kRuntimeError, "super(): __class__ cell not found");
  return false;
}

Value super_new(Runtime& rt, Type* cls, const Value* args, size_t nargs, Tuple* kwnames) {
  VM& vm = vm_of(rt);
  if (!expect_no_keywords(vm, "super", kwnames)) return Value();
  if (nargs > 2) return vm.raise(Exc::kTypeError, cat("super() takes at most 2 arguments (", nargs, " given)"));
  Value type, object;
  if (nargs == 0) {
    if (!zero_argument_super(vm, &type, &object)) return Value();
  } else {
    type = args[0];
    if (nargs == 2 && !args[1].is_none()) object = args[1];
  }
  if (!vm.type_of(type)->has_flag(kTypeTypeSubclass)) {
    return vm.raise(Exc::kTypeError, cat("super() argument 1 must be a type, not ", type_name(vm, type)));
  }
  Value object_type;
  if (!object.is_null()) {
    Type* checked = super_check(vm, type.as<Type>(), object);
    if (checked == nullptr) return Value();
    object_type = Value::from_object(checked);
  }
  Super* s = new_object<Super>(vm.gc, cls, cls->instance_size - sizeof(Super));
  s->type = std::move(type);
  s->object = std::move(object);
  s->object_type = std::move(object_type);
  return Value::steal(s);
}

Value super_getattr(Runtime& rt, const Value& self, Str* name) {
  Super* s = self.as<Super>();
  // __class__ is the super object's own; everything else comes from the MRO.
  if (!s->object_type.is_null() && name != rt.names.dunder_class) {
    Type* start = s->object_type.as<Type>();
    const Tuple* mro = start->mro.get();
    size_t i = 0;
    while (i < mro->size && !(*mro)[i].is(s->type)) ++i;
    for (++i; i < mro->size; ++i) {
      Type* candidate = (*mro)[i].as<Type>();
      const int64_t index = dict_find_str(candidate->dict.get(), name);
      if (index < 0) continue;
      Value attribute = candidate->dict->entries[index].value;
      if (DescrGetFn get = rt.type_of(attribute)->descr_get) {
        const Value instance = s->object.is(Value::from_object(start)) ? Value() : s->object;
        return get(rt, attribute, instance, start);
      }
      return attribute;
    }
  }
  return generic_getattr(rt, self, name);
}

Value super_get(Runtime& rt, const Value& descriptor, const Value& instance, Type*) {
  Super* s = descriptor.as<Super>();
  if (instance.is_null() || !s->object.is_null()) return descriptor;
  const Value args[] = {s->type, instance};
  return call(rt, Value::from_object(rt.type_of(descriptor)), args, 2);
}

Value super_repr(Runtime& rt, const Value& self) {
  Super* s = self.as<Super>();
  std::string out = cat("<super: <class '", s->type.as<Type>()->name->view(), "'>, ");
  if (s->object_type.is_null()) return make_str(rt, out + "NULL>");
  return make_str(rt, cat(out, "<", s->object_type.as<Type>()->name->view(), " object>>"));
}

void super_traverse(Object* self, VisitFn visit, void* context) {
  Super* s = static_cast<Super*>(self);
  for (const Value* v : {&s->type, &s->object, &s->object_type}) {
    if (v->is_object()) visit(v->as_object(), context);
  }
}

void super_clear(Object* self) {
  Super* s = static_cast<Super*>(self);
  Value a = std::move(s->type), b = std::move(s->object), c = std::move(s->object_type);
}

Value super_thisclass(Runtime&, const Value& self) { return self.as<Super>()->type; }
Value super_self(Runtime&, const Value& self) {
  const Value& object = self.as<Super>()->object;
  return object.is_null() ? Value::none() : object;
}
Value super_self_class(Runtime&, const Value& self) {
  const Value& type = self.as<Super>()->object_type;
  return type.is_null() ? Value::none() : type;
}

const GetSetDef kSuperGetSets[] = {
    {"__thisclass__", super_thisclass},
    {"__self__", super_self},
    {"__self_class__", super_self_class},
};

}  // namespace

void init_super_type(VM& vm) {
  Type* type = vm.super_type;
  define_builtin_type(vm, type, "super", vm.object_type, sizeof(Super), kTypeHasGc | kTypeBaseType,
                      dealloc_object<Super>);
  type->traverse = super_traverse;
  type->clear = super_clear;
  type->new_instance = super_new;
  type->getattr = super_getattr;
  type->descr_get = super_get;
  type->repr = super_repr;
  add_getsets(vm, type, kSuperGetSets);
  finish_type(vm, type);
}

}  // namespace pyvm
