// SPDX-License-Identifier: GPL-3.0-or-later
// The _weakref module: the weak-reference types of the runtime
// (src/runtime/weakref.h) and the functions that count and list an object's
// weak references. lib/python/weakref.py builds the weak containers on it.
#include "lib/native_modules.h"
#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/protocols.h"
#include "runtime/weakref.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

Value weakref_getweakrefcount(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "_weakref.getweakrefcount", nargs, kwnames)) return Value();
  if (!args[0].is_object()) return Value::small_int(0);
  return Value::small_int(static_cast<int64_t>(weak_references_to(rt, args[0].as_object()).size()));
}

Value weakref_getweakrefs(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "_weakref.getweakrefs", nargs, kwnames)) return Value();
  std::vector<Value> references;
  if (args[0].is_object()) {
    for (WeakReference* reference : weak_references_to(rt, args[0].as_object())) {
      references.push_back(Value::from_object(reference));
    }
  }
  return make_list(rt, references);
}

Value weakref_proxy(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "proxy", nargs, kwnames, 1, 2)) return Value();
  return make_weak_proxy(rt, args[0], nargs == 2 ? args[1] : Value());
}

// _remove_dead_weakref(dict, key): deletes dict[key] when it is a dead weak
// reference (a WeakValueDictionary's callback, which may run late).
Value weakref_remove_dead_weakref(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "_remove_dead_weakref", nargs, kwnames, 2, 2)) return Value();
  if (!is_dict(args[0])) {
    return rt.raise(Exc::kTypeError, cat("_remove_dead_weakref() argument 1 must be dict, not ",
                                         type_name(rt, args[0])));
  }
  Value value = dict_get(rt, as_dict(args[0]), args[1]);
  if (value.is_null()) {
    if (rt.has_error()) return Value();
    return Value::none();
  }
  if (!is_instance(rt, value, rt.weakref_type)) {
    return rt.raise(Exc::kTypeError, "not a weakref");
  }
  if (static_cast<WeakReference*>(value.as_object())->referent == nullptr &&
      dict_delete(rt, as_dict(args[0]), args[1]) < 0) {
    return Value();
  }
  return Value::none();
}

const MethodDef kWeakrefFunctions[] = {
    {"getweakrefcount", weakref_getweakrefcount},
    {"getweakrefs", weakref_getweakrefs},
    {"proxy", weakref_proxy},
    {"_remove_dead_weakref", weakref_remove_dead_weakref},
};

}  // namespace

Value make_weakref_module(VM& vm) {
  Value module = make_module_with_functions(vm, "_weakref", kWeakrefFunctions);
  Dict* dict = module_dict(module);
  const Value ref = Value::from_object(vm.weakref_type);
  dict_set_str(vm, dict, vm.intern("ref"), ref);
  dict_set_str(vm, dict, vm.intern("ReferenceType"), ref);
  dict_set_str(vm, dict, vm.intern("ProxyType"), Value::from_object(vm.weak_proxy_type));
  dict_set_str(vm, dict, vm.intern("CallableProxyType"),
               Value::from_object(vm.weak_callable_proxy_type));
  return module;
}

}  // namespace pyvm
