// SPDX-License-Identifier: GPL-3.0-or-later
// The _warnings module: warn(message, category=UserWarning, stacklevel=1)
// with CPython's default filters — shown once per place, except that
// DeprecationWarning shows only when the code it is attributed to is
// __main__'s, and PendingDeprecationWarning, ImportWarning and
// ResourceWarning never show. (-W options are not applied.)
#include "lib/native_modules.h"
#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "vm/vm.h"
#include "vm/warnings.h"

namespace pyvm {

namespace {

bool is_category(VM& vm, Type* category, Exc kind) { return is_subtype(category, vm.exception_type(kind)); }

// Whether the default filters show a warning of `category` raised in code
// whose module is `module_name`.
bool shown_by_default(VM& vm, Type* category, std::string_view module_name) {
  if (is_category(vm, category, Exc::kDeprecationWarning)) return module_name == "__main__";
  return !is_category(vm, category, Exc::kPendingDeprecationWarning) &&
         !is_category(vm, category, Exc::kImportWarning) && !is_category(vm, category, Exc::kResourceWarning);
}

Value warnings_warn(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"warn", {"message", "category", "stacklevel", "source"}, 1};
  Value bound[4];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  VM& vm = vm_of(rt);
  // A Warning instance is its own category.
  Value message = bound[0];
  Type* category = nullptr;
  if (is_instance(vm, message, vm.exception_type(Exc::kWarning))) {
    category = vm.type_of(message);
  } else if (bound[1].is_null() || bound[1].is_none()) {
    category = vm.exception_type(Exc::kUserWarning);
  } else if (vm.type_of(bound[1])->has_flag(kTypeTypeSubclass) &&
             is_subtype(bound[1].as<Type>(), vm.exception_type(Exc::kWarning))) {
    category = bound[1].as<Type>();
  } else {
    return vm.raise(Exc::kTypeError,
                    cat("category must be a Warning subclass, not '", type_name(vm, bound[1]), "'"));
  }
  int64_t stacklevel = 1;
  if (!bound[2].is_null() && !index_as_int64(vm, bound[2], &stacklevel, Exc::kOverflowError)) return Value();
  Frame* frame = vm.current_frame;
  for (int64_t level = 1; level < stacklevel && frame != nullptr; ++level) frame = frame->previous;
  std::string_view module_name = "sys";
  if (frame != nullptr) {
    Value name = dict_get_str(frame->globals, vm.names.dunder_name);
    module_name = !name.is_null() && is_str(name) ? as_str(name)->view() : "<string>";
  }
  if (!shown_by_default(vm, category, module_name)) return Value::none();
  Value text = to_str(vm, message);
  if (text.is_null()) return text;
  warn_at(vm, frame, category->name->view(), as_str(text)->view());
  return Value::none();
}

const MethodDef kWarningsFunctions[] = {
    {"warn", warnings_warn},
};

}  // namespace

Value make_warnings_module(VM& vm) { return make_module_with_functions(vm, "_warnings", kWarningsFunctions); }

}  // namespace pyvm
