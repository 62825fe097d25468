// SPDX-License-Identifier: GPL-3.0-or-later
// Warnings (see warnings.h).
#include "vm/warnings.h"

#include <string>

#include "runtime/concat.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

// At exit CPython's warnings module is gone and its C side prints the
// warning under its default filter: "sys", line 1, nothing more.
void show_at_exit(VM& vm, Exc category, std::string_view message) {
  const std::string text = cat("sys:1: ", vm.exception_type(category)->name->view(), ": ", message, "\n");
  if (vm.shown_warnings.insert(text).second) vm.write_stderr(text);
}

bool issue(VM& vm, Exc category, std::string_view message, const Value& source) {
  if (vm.current_frame == nullptr) {
    show_at_exit(vm, category, message);
    return true;
  }
  // (message, category, stacklevel 1, source): stacklevel 1 is the frame
  // running now, since native code pushes no frame.
  Ref<Str> text = make_str(vm, message);
  const Value args[] = {Value::from_object(text.get()), Value::from_object(vm.exception_type(category)),
                        Value::small_int(1), source.is_null() ? Value::none() : source};
  return !run_warning(vm, "_warn_impl", args, std::size(args)).is_null();
}

}  // namespace

Value warnings_module(VM& vm) { return vm.import_module(vm.intern("warnings"), Value(), Value::none(), 0); }

Value run_warning(VM& vm, const char* implementation, const Value* args, size_t nargs) {
  Value module = warnings_module(vm);
  if (module.is_null()) return module;
  Value function = get_attr(vm, module, vm.intern(implementation));
  if (function.is_null()) return function;
  Value result = call(vm, function, args, nargs);
  if (result.is_null() || result.is_none()) return result;
  return vm.raise_exception(std::move(result));
}

bool warn(VM& vm, Exc category, std::string_view message) { return issue(vm, category, message, Value()); }

bool warn_with_source(VM& vm, Exc category, std::string_view message, const Value& source) {
  return issue(vm, category, message, source);
}

}  // namespace pyvm
