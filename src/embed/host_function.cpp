// SPDX-License-Identifier: GPL-3.0-or-later
// The host function type (host_function.h): calling one converts the
// arguments into handles, runs the host's body, and turns what it returns
// or throws back into Python.
#include "embed/host_function.h"

#include <new>
#include <stdexcept>
#include <utility>
#include <vector>

#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/gc.h"
#include "runtime/object_type.h"
#include "runtime/out_of_memory.h"
#include "runtime/property.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

struct HostFunctionObject : Object {
  Value keep_type;  // the type lives as long as its instances (host_function_type)
  Interpreter::Impl* impl = nullptr;
  std::string name;
  Interpreter::HostFunction body;
  bool binds_self = false;
  // With named parameters (pyvm::arg): what bind_arguments sorts a call's
  // arguments by — "self" first for a method, then the host's names (views
  // of `parameters`' names) —, how many of them must be given, and each
  // named parameter's default (null where it has none).
  HostParameters parameters;
  std::vector<std::string_view> binding_names;
  size_t required = 0;
};

void host_function_dealloc(Object* self) { dealloc_object<HostFunctionObject>(self); }

HostFunctionObject* as_host_function(const Value& value) {
  return static_cast<HostFunctionObject*>(value.as_object());
}

// The arguments of a call to a function with named parameters, one per
// parameter in order: keywords put in place, defaults filled in.
bool bind_named_arguments(Runtime& rt, const HostFunctionObject* function, const Value* args,
                          size_t nargs, Tuple* kwnames, std::vector<Value>* out) {
  const size_t instance = function->binds_self ? 1 : 0;
  out->assign(function->binding_names.size(), Value());
  const NamedParameters parameters{function->name, function->binding_names, function->required,
                                   instance};
  if (!bind_arguments(rt, parameters, args, nargs, kwnames, out->data())) return false;
  for (size_t i = instance; i < out->size(); ++i) {
    if ((*out)[i].is_null()) (*out)[i] = function->parameters[i - instance].default_value;
  }
  return true;
}

Value host_function_call(Runtime& rt, const Value& callable, const Value* args, size_t nargs,
                         Tuple* kwnames) {
  HostFunctionObject* function = as_host_function(callable);
  std::vector<Value> bound;
  if (!function->parameters.empty()) {
    if (!bind_named_arguments(rt, function, args, nargs, kwnames, &bound)) return Value();
    args = bound.data();
    nargs = bound.size();
  } else if (tuple_size(kwnames) > 0) {
    return rt.raise(Exc::kTypeError, cat(function->name, "() takes no keyword arguments"));
  }
  // Kept alive while it runs: the body may drop the last other reference.
  const Value keep = callable;
  try {
    std::vector<PyObject> arguments;
    arguments.reserve(nargs);
    for (size_t i = 0; i < nargs; ++i) arguments.push_back(function->impl->adopt(args[i]));
    const PyObject result = function->body(arguments);
    if (!result.valid()) return Value::none();
    if (&result.interpreter() != &function->impl->self) {
      return rt.raise(Exc::kTypeError,
                      cat(function->name, "() returned a value of another interpreter"));
    }
    return function->impl->value_of(result);
  } catch (...) {
    return raise_host_exception(vm_of(rt), std::current_exception());
  }
}

Value host_function_repr(Runtime& rt, const Value& self) {
  return make_str(rt, cat("<built-in function ", as_host_function(self)->name, ">"));
}

// As a class attribute, a method binds the instance it is read from.
Value host_function_get(Runtime& rt, const Value& descriptor, const Value& instance, Type*) {
  if (instance.is_null() || instance.is_none() || !as_host_function(descriptor)->binds_self)
    return descriptor;
  return make_method(rt, descriptor, instance);
}

Type* host_function_type(VM& vm) {
  static_assert(sizeof(HostFunctionObject) > sizeof(Object));
  Interpreter::Impl& impl = *static_cast<Interpreter::Impl*>(vm.embedding);
  if (impl.host_function_type.is_null()) {
    Type* type = allocate_type(vm, vm.type_type);
    impl.host_function_type = Value::steal(type);
    define_builtin_type(vm, type, "builtin_function_or_method", vm.object_type,
                        sizeof(HostFunctionObject), 0, host_function_dealloc);
    type->call = host_function_call;
    type->repr = host_function_repr;
    type->descr_get = host_function_get;
    finish_type(vm, type);
  }
  return impl.host_function_type.as<Type>();
}

}  // namespace

Value make_host_function(Interpreter::Impl& impl, std::string name, Interpreter::HostFunction body,
                         bool binds_self, HostParameters parameters) {
  Type* type = host_function_type(impl.vm);
  auto* function = new_object<HostFunctionObject>(impl.vm.gc, type, 0);
  Value result = Value::steal(function);
  function->keep_type = Value::from_object(type);
  function->impl = &impl;
  function->name = std::move(name);
  function->body = std::move(body);
  function->binds_self = binds_self;
  function->parameters = std::move(parameters);
  if (binds_self) function->binding_names.push_back("self");
  function->required = function->binding_names.size();
  for (const HostParameter& parameter : function->parameters) {
    function->binding_names.push_back(parameter.name);
    if (parameter.default_value.is_null()) function->required = function->binding_names.size();
  }
  return result;
}

Value raise_host_exception(VM& vm, const std::exception_ptr& thrown) {
  try {
    std::rethrow_exception(thrown);
  } catch (const Error& error) {
    const PyObject& original = error.exception();
    if (original.valid() && &owner_of(original.handle()).vm == &vm) {
      return vm.raise_exception(original.handle()->value);
    }
    const Value found = dict_get_str(vm.builtins_dict(), vm.intern(error.type_name()));
    if (!found.is_null() && is_instance(vm, found, vm.type_type) &&
        is_subtype(found.as<Type>(), vm.exception_type(Exc::kBaseException))) {
      return vm.raise(found.as<Type>(), error.message());
    }
    return vm.raise(Exc::kRuntimeError, cat(error.type_name(), ": ", error.message()));
  } catch (const std::bad_alloc&) {
    return raise_no_memory(vm);
  } catch (const std::exception& error) {
    return vm.raise(Exc::kRuntimeError, cat("C++ exception: ", error.what()));
  } catch (...) {
    return vm.raise(Exc::kRuntimeError, "C++ exception of an unknown type");
  }
}

}  // namespace pyvm
