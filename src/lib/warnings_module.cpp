// SPDX-License-Identifier: GPL-3.0-or-later
// The _warnings module: the state CPython's C accelerator shares with the
// `warnings` module — `filters` (CPython's default filters to start with),
// `_defaultaction` and `_onceregistry` — and `warn`, `warn_explicit` and
// `_filters_mutated`, which run the `warnings` module's Python code (its
// `warn` and `warn_explicit` are these), so that one set of filters and one
// showwarning serve every warning.
#include "lib/native_modules.h"
#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"
#include "vm/warnings.h"

namespace pyvm {

namespace {

// warn's category must be a Warning subclass (unless the message is a
// Warning, which is its own category). Checked here, so that the
// TypeError's traceback has no frame of the warnings module.
bool check_category(VM& vm, const Value& message, const Value& category) {
  if (is_instance(vm, message, vm.exception_type(Exc::kWarning))) return true;
  if (category.is_null() || category.is_none()) return true;
  if (vm.type_of(category)->has_flag(kTypeTypeSubclass) &&
      is_subtype(category.as<Type>(), vm.exception_type(Exc::kWarning))) {
    return true;
  }
  vm.raise(Exc::kTypeError,
           cat("category must be a Warning subclass, not '", type_name(vm, category), "'"));
  return false;
}

// warn(message, category=None, stacklevel=1, source=None)
Value warnings_warn(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"warn", {"message", "category", "stacklevel", "source"}, 1};
  Value bound[4];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  VM& vm = vm_of(rt);
  if (!check_category(vm, bound[0], bound[1])) return Value();
  const Value defaults[] = {Value(), Value::none(), Value::small_int(1), Value::none()};
  for (size_t i = 1; i < std::size(bound); ++i) {
    if (bound[i].is_null()) bound[i] = defaults[i];
  }
  return run_warning(vm, "_warn_impl", bound, std::size(bound));
}

// warn_explicit(message, category, filename, lineno, module=None,
//               registry=None, module_globals=None, source=None)
Value warnings_warn_explicit(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"warn_explicit",
                                      {"message", "category", "filename", "lineno", "module",
                                       "registry", "module_globals", "source"},
                                      4};
  Value bound[8];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  for (Value& value : bound) {
    if (value.is_null()) value = Value::none();
  }
  return run_warning(vm_of(rt), "_warn_explicit_impl", bound, std::size(bound));
}

Value warnings_filters_mutated(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "_filters_mutated", nargs, kwnames)) return Value();
  VM& vm = vm_of(rt);
  Value module = warnings_module(vm);
  if (module.is_null()) return module;
  Value function = get_attr(vm, module, vm.intern("_filters_mutated"));
  if (function.is_null()) return function;
  return call(vm, function, nullptr, 0);
}

const MethodDef kWarningsFunctions[] = {
    {"warn", warnings_warn},
    {"warn_explicit", warnings_warn_explicit},
    {"_filters_mutated", warnings_filters_mutated},
};

// ('action', None, Category, module, 0), a filter as filterwarnings makes
// them, except that the module is a plain string matched exactly.
Value make_filter(VM& vm, const char* action, Exc category, const char* module) {
  return make_tuple(vm, {Value::from_object(vm.intern(action)), Value::none(),
                         Value::from_object(vm.exception_type(category)),
                         module == nullptr ? Value::none() : Value::from_object(vm.intern(module)),
                         Value::small_int(0)});
}

// CPython's filters for a release build: DeprecationWarning shows only in
// __main__'s code; these categories are otherwise ignored.
Value make_default_filters(VM& vm) {
  const Value items[] = {
      make_filter(vm, "default", Exc::kDeprecationWarning, "__main__"),
      make_filter(vm, "ignore", Exc::kDeprecationWarning, nullptr),
      make_filter(vm, "ignore", Exc::kPendingDeprecationWarning, nullptr),
      make_filter(vm, "ignore", Exc::kImportWarning, nullptr),
      make_filter(vm, "ignore", Exc::kResourceWarning, nullptr),
  };
  return make_list(vm, items);
}

}  // namespace

Value make_warnings_module(VM& vm) {
  Value module = make_module_with_functions(vm, "_warnings", kWarningsFunctions);
  if (module.is_null()) return module;
  Dict* dict = module_dict(module);
  Value filters = make_default_filters(vm);
  dict_set_str(vm, dict, vm.intern("filters"), filters);
  vm.warnings_filters = filters;
  dict_set_str(vm, dict, vm.intern("_defaultaction"), Value::from_object(vm.intern("default")));
  dict_set_str(vm, dict, vm.intern("_onceregistry"), make_dict(vm));
  return module;
}

}  // namespace pyvm
