// SPDX-License-Identifier: GPL-3.0-or-later
// The function type: creation by MAKE_FUNCTION, calling, binding to an
// instance as a method, and the function attributes (__name__,
// __defaults__, __code__, ...).
#include "vm/function.h"

#include <cinttypes>
#include <cstdio>

#include "bytecode/code_object.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/module.h"
#include "runtime/object_type.h"
#include "runtime/property.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/call.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

Function* as_function(const Value& v) { return v.as<Function>(); }

void function_traverse(Object* self, VisitFn visit, void* context) {
  auto* f = static_cast<Function*>(self);
  for (const Value* v : {&f->code, &f->globals, &f->builtins, &f->name, &f->qualname, &f->defaults,
                         &f->keyword_defaults, &f->closure, &f->doc, &f->dict, &f->annotations,
                         &f->module}) {
    if (v->is_object()) visit(v->as_object(), context);
  }
}

void function_clear(Object* self) {
  auto* f = static_cast<Function*>(self);
  Value dropped[] = {std::move(f->globals), std::move(f->builtins), std::move(f->defaults),
                     std::move(f->keyword_defaults), std::move(f->closure), std::move(f->doc),
                     std::move(f->dict), std::move(f->annotations), std::move(f->module)};
}

Value function_call(Runtime& rt, const Value& callable, const Value* args, size_t nargs,
                    Tuple* kwnames) {
  return vm_of(rt).call_function(as_function(callable), args, nargs, kwnames);
}

Value function_get(Runtime& rt, const Value& descriptor, const Value& instance, Type*) {
  if (instance.is_null()) return descriptor;
  return make_method(rt, descriptor, instance);
}

Value function_repr(Runtime& rt, const Value& self) {
  char address[32];
  std::snprintf(address, sizeof address, "0x%" PRIxPTR, reinterpret_cast<uintptr_t>(self.as_object()));
  return make_str(rt, cat("<function ", as_str(as_function(self)->qualname)->view(), " at ",
                          address, ">"));
}

// ---- attributes

Value get_name(Runtime&, const Value& self) { return as_function(self)->name; }
bool set_name(Runtime& rt, const Value& self, const Value& value) {
  if (value.is_null() || !is_str(value)) {
    rt.raise(Exc::kTypeError, "__name__ must be set to a string object");
    return false;
  }
  as_function(self)->name = value;
  return true;
}
Value get_qualname(Runtime&, const Value& self) { return as_function(self)->qualname; }
bool set_qualname(Runtime& rt, const Value& self, const Value& value) {
  if (value.is_null() || !is_str(value)) {
    rt.raise(Exc::kTypeError, "__qualname__ must be set to a string object");
    return false;
  }
  as_function(self)->qualname = value;
  return true;
}
Value get_defaults(Runtime&, const Value& self) {
  const Value& d = as_function(self)->defaults;
  return d.is_null() ? Value::none() : d;
}
bool set_defaults(Runtime& rt, const Value& self, const Value& value) {
  if (value.is_null() || value.is_none()) {
    as_function(self)->defaults = Value();
    return true;
  }
  if (!is_tuple(value)) {
    rt.raise(Exc::kTypeError, "__defaults__ must be set to a tuple object");
    return false;
  }
  as_function(self)->defaults = value;
  return true;
}
Value get_kwdefaults(Runtime&, const Value& self) {
  const Value& d = as_function(self)->keyword_defaults;
  return d.is_null() ? Value::none() : d;
}
bool set_kwdefaults(Runtime& rt, const Value& self, const Value& value) {
  if (value.is_null() || value.is_none()) {
    as_function(self)->keyword_defaults = Value();
    return true;
  }
  if (!is_dict(value)) {
    rt.raise(Exc::kTypeError, "__kwdefaults__ must be set to a dict object");
    return false;
  }
  as_function(self)->keyword_defaults = value;
  return true;
}
Value get_code(Runtime&, const Value& self) { return as_function(self)->code; }
Value get_globals(Runtime&, const Value& self) { return as_function(self)->globals; }
Value get_closure(Runtime&, const Value& self) {
  const Value& c = as_function(self)->closure;
  return c.is_null() ? Value::none() : c;
}
Value get_doc(Runtime&, const Value& self) { return as_function(self)->doc; }
bool set_doc(Runtime&, const Value& self, const Value& value) {
  as_function(self)->doc = value.is_null() ? Value::none() : value;
  return true;
}
Value get_module(Runtime&, const Value& self) { return as_function(self)->module; }
bool set_module(Runtime&, const Value& self, const Value& value) {
  as_function(self)->module = value.is_null() ? Value::none() : value;
  return true;
}
Value get_annotations(Runtime& rt, const Value& self) {
  Function* f = as_function(self);
  if (f->annotations.is_null()) f->annotations = make_dict(rt);
  return f->annotations;
}
bool set_annotations(Runtime& rt, const Value& self, const Value& value) {
  if (!value.is_null() && !value.is_none() && !is_dict(value)) {
    rt.raise(Exc::kTypeError, "__annotations__ must be set to a dict object");
    return false;
  }
  as_function(self)->annotations = value.is_none() ? Value() : value;
  return true;
}
Value get_builtins(Runtime&, const Value& self) { return as_function(self)->builtins; }

const GetSetDef kFunctionGetSets[] = {
    {"__name__", get_name, set_name},
    {"__qualname__", get_qualname, set_qualname},
    {"__defaults__", get_defaults, set_defaults},
    {"__kwdefaults__", get_kwdefaults, set_kwdefaults},
    {"__code__", get_code},
    {"__globals__", get_globals},
    {"__closure__", get_closure},
    {"__doc__", get_doc, set_doc},
    {"__module__", get_module, set_module},
    {"__annotations__", get_annotations, set_annotations},
    {"__builtins__", get_builtins},
};

}  // namespace

Value make_function(VM& vm, CodeObject* code, Dict* globals) {
  Function* f = new_object<Function>(vm.gc, vm.function_type, 0);
  Value result = Value::steal(f);
  f->code = Value::from_object(code);
  f->frame_bytes = static_cast<uint32_t>(Frame::bytes_for(code));
  f->variable_count = static_cast<uint32_t>(code->variable_count());
  f->plain_arity = takes_plain_positional_call(code) ? code->argument_count : -1;
  f->globals = Value::from_object(globals);
  // The builtins the function sees are fixed by its globals' __builtins__.
  VM::GlobalsEntries& known = vm.function_globals;
  if (known.globals != globals || known.version != globals->version) {
    known = {globals, globals->version, dict_find_str(globals, vm.names.dunder_builtins),
             dict_find_str(globals, vm.names.dunder_name)};
  }
  auto entry_value = [&](int64_t index) {
    return index >= 0 ? globals->entries[index].value : Value();
  };
  Value builtins = entry_value(known.builtins);
  if (!builtins.is_null() && vm.type_of(builtins) == vm.module_type) builtins = builtins.as<Module>()->dict;
  f->builtins = !builtins.is_null() && is_dict(builtins) ? builtins
                                                         : Value::from_object(vm.builtins_dict());
  f->name = Value(code->name);
  f->qualname = Value(code->qualname);
  f->doc = code->has_flag(kCodeHasDocstring) && !code->constants.empty() ? code->constants[0]
                                                                          : Value::none();
  Value module = entry_value(known.module_name);
  f->module = module.is_null() ? Value::none() : module;
  return result;
}

void init_function_type(VM& vm) {
  Type* type = vm.function_type;
  define_builtin_type(vm, type, "function", vm.object_type, sizeof(Function),
                      kTypeHasGc | kTypeMethodDescriptor | kTypeWeakReferenceable,
                      dealloc_object<Function>);
  type->traverse = function_traverse;
  type->clear = function_clear;
  type->call = function_call;
  type->descr_get = function_get;
  type->repr = function_repr;
  type->dict_offset = offsetof(Function, dict);
  add_getsets(vm, type, kFunctionGetSets);
  finish_type(vm, type);
}

bool has_layout(const Object* object, const Function*) {
  return layout_extends(object, object->type->runtime->function_type);
}

}  // namespace pyvm
