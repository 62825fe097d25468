// SPDX-License-Identifier: GPL-3.0-or-later
// Bound classes and their instances (host_class.h).
#include "embed/host_class.h"

#include <utility>

#include "embed/host_function.h"
#include "runtime/concat.h"
#include "runtime/gc.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

struct HostInstance : Object {
  HostInstance(std::type_index type, std::shared_ptr<void> held)
      : cpp_type(type), object(std::move(held)) {}
  Value keep_type;  // a class lives as long as its instances
  std::type_index cpp_type;
  std::shared_ptr<void> object;
};

void host_instance_dealloc(Object* self) { dealloc_object<HostInstance>(self); }

bool is_host_instance(const Value& value) {
  return value.is_object() && value.as_object()->type->dealloc == host_instance_dealloc;
}

// Calling the class: its constructor makes the instance.
Value host_instance_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  const Value* constructor = lookup_in_mro(type, rt.intern(kHostConstructorName));
  if (constructor == nullptr) {
    return rt.raise(Exc::kTypeError, cat("cannot create '", type->name->view(), "' instances"));
  }
  return rt.call(*constructor, args, nargs, kwnames);
}

}  // namespace

Value make_host_class(Interpreter::Impl& impl, const std::string& name, std::type_index cpp_type) {
  VM& vm = impl.vm;
  Type* type = allocate_type(vm, vm.type_type);
  Value cls = Value::steal(type);
  // Abstract: object.__new__ may not make one without its C++ object.
  define_builtin_type(vm, type, name, vm.object_type, sizeof(HostInstance), kTypeAbstract,
                      host_instance_dealloc);
  type->module_name = Ref<Str>::borrow(vm.names.dunder_main);
  type->new_instance = host_instance_new;
  finish_type(vm, type);
  impl.classes[cpp_type] = cls;
  return cls;
}

Value make_host_instance(Interpreter::Impl& impl, const Value& cls, std::type_index cpp_type,
                         std::shared_ptr<void> object) {
  Type* type = cls.as<Type>();
  auto* instance = new_object<HostInstance>(impl.vm.gc, type, 0, cpp_type, std::move(object));
  Value result = Value::steal(instance);
  instance->keep_type = cls;
  return result;
}

void* host_object_of(const Value& value, std::type_index cpp_type) {
  if (!is_host_instance(value)) return nullptr;
  auto* instance = static_cast<HostInstance*>(value.as_object());
  return instance->cpp_type == cpp_type ? instance->object.get() : nullptr;
}

}  // namespace pyvm
