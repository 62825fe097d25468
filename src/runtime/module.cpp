// SPDX-License-Identifier: GPL-3.0-or-later
// module objects (see module.h): attribute access goes to the module's dict.
#include "runtime/module.h"

#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/slots.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

void module_traverse(Object* self, VisitFn visit, void* context) {
  const Value& dict = static_cast<Module*>(self)->dict;
  if (dict.is_object()) visit(dict.as_object(), context);
}

void module_clear(Object* self) { Value dropped = std::move(static_cast<Module*>(self)->dict); }

Value module_name_of(Runtime& rt, const Value& module) {
  Value name = dict_get_str(module_dict(module), rt.names.dunder_name);
  return name.is_null() || !is_str(name) ? Value() : name;
}

Value module_getattr(Runtime& rt, const Value& self, Str* name) {
  Value value = dict_get_str(module_dict(self), name);
  if (!value.is_null()) return value;
  // Descriptors of the module type itself (__dict__, __class__).
  if (lookup_in_mro(rt.type_of(self), name)) return generic_getattr(rt, self, name);
  // PEP 562: a module-level __getattr__.
  Value hook = dict_get_str(module_dict(self), rt.names.dunder_getattr);
  if (!hook.is_null()) {
    Value argument = Value::from_object(name);
    return call(rt, hook, &argument, 1);
  }
  Value module_name = module_name_of(rt, self);
  if (module_name.is_null()) {
    return rt.raise(Exc::kAttributeError, cat("module has no attribute '", name->view(), "'"));
  }
  return rt.raise(Exc::kAttributeError, cat("module '", as_str(module_name)->view(),
                                            "' has no attribute '", name->view(), "'"));
}

bool module_setattr(Runtime& rt, const Value& self, Str* name, const Value& value) {
  Dict* dict = module_dict(self);
  if (value.is_null()) {
    const int deleted = dict_delete(rt, dict, Value::from_object(name));
    if (deleted == 0) {
      Value module_name = module_name_of(rt, self);
      rt.raise(Exc::kAttributeError,
               cat("module '", module_name.is_null() ? "?" : as_str(module_name)->view(),
                   "' has no attribute '", name->view(), "'"));
    }
    return deleted > 0;
  }
  dict_set_str(rt, dict, rt.intern(name), value);
  return true;
}

Value module_repr(Runtime& rt, const Value& self) {
  Value name = module_name_of(rt, self);
  const std::string shown = name.is_null() ? "?" : std::string(as_str(name)->view());
  Value file = dict_get_str(module_dict(self), rt.names.dunder_file);
  if (!file.is_null() && is_str(file)) {
    return make_str(rt, cat("<module '", shown, "' from '", as_str(file)->view(), "'>"));
  }
  switch (self.as<Module>()->origin) {
    case ModuleOrigin::kBuiltin: return make_str(rt, cat("<module '", shown, "' (built-in)>"));
    case ModuleOrigin::kFrozen: return make_str(rt, cat("<module '", shown, "' (frozen)>"));
    case ModuleOrigin::kOther: break;
  }
  return make_str(rt, cat("<module '", shown, "'>"));
}

Value module_dict_get(Runtime&, const Value& self) { return self.as<Module>()->dict; }

// dir(module): the module's names, or what its own __dir__ function returns.
Value module_dir(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "module.__dir__", nargs - 1, kwnames)) return Value();
  Value hook = dict_get_str(module_dict(args[0]), rt.names.dunder_dir);
  if (!hook.is_null()) return call(rt, hook, nullptr, 0);
  return list_from_iterable(rt, args[0].as<Module>()->dict);
}

const GetSetDef kModuleGetSets[] = {{"__dict__", module_dict_get}};
const MethodDef kModuleMethods[] = {{"__dir__", module_dir}};

Value module_new(Runtime& rt, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "module", nargs - tuple_size(kwnames), nullptr, 1, 2)) return Value();
  if (!is_str(args[0])) {
    return rt.raise(Exc::kTypeError, cat("module.__init__() argument 'name' must be str, not ",
                                         type_name(rt, args[0])));
  }
  Value module = make_module(rt, rt.intern(as_str(args[0])));
  if (nargs > 1) dict_set_str(rt, module_dict(module), rt.names.dunder_doc, args[1]);
  return module;
}

}  // namespace

Value make_module(Runtime& rt, Str* name) {
  Module* module = new_object<Module>(rt.gc, rt.module_type, 0);
  Value result = Value::steal(module);  // (owned before anything else allocates)
  module->dict = make_dict(rt);
  Dict* dict = as_dict(module->dict);
  dict_set_str(rt, dict, rt.names.dunder_name, Value::from_object(name));
  dict_set_str(rt, dict, rt.names.dunder_doc, Value::none());
  dict_set_str(rt, dict, rt.names.dunder_package, Value::none());
  dict_set_str(rt, dict, rt.names.dunder_loader, Value::none());
  dict_set_str(rt, dict, rt.names.dunder_spec, Value::none());
  return result;
}

void init_module_type(Runtime& rt) {
  Type* type = rt.module_type;
  define_builtin_type(rt, type, "module", rt.object_type, sizeof(Module),
                      kTypeHasGc | kTypeBaseType | kTypeWeakReferenceable, dealloc_object<Module>);
  type->traverse = module_traverse;
  type->clear = module_clear;
  type->getattr = module_getattr;
  type->setattr = module_setattr;
  type->repr = module_repr;
  type->new_instance = module_new;
  add_getsets(rt, type, kModuleGetSets);
  add_methods(rt, type, kModuleMethods);
}

bool has_layout(const Object* object, const Module*) {
  return layout_extends(object, object->type->runtime->module_type);
}

}  // namespace pyvm
