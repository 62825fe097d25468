// SPDX-License-Identifier: GPL-3.0-or-later
// Warnings (see warnings.h).
#include "vm/warnings.h"

#include <string>

#include "runtime/concat.h"
#include "runtime/list.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

// Whether a filter's message or module field matches `text`: None
// matches everything, a string only itself, a pattern when its match()
// does (a pattern that fails at exit matches nothing).
bool filter_field_matches(VM& vm, const Value& field, std::string_view text) {
  if (field.is_none()) return true;
  if (is_str(field)) return as_str(field)->view() == text;
  Ref<Str> argument = make_str(vm, text);
  const Value args[] = {Value::from_object(argument.get())};
  Value matched = call_method(vm, field, vm.intern("match"), args, 1);
  const int result = matched.is_null() ? -1 : truth(vm, matched);
  if (result < 0) vm.clear_error();
  return result > 0;
}

// The action of the first of _warnings.filters that matches a warning at
// "sys:1" — what the warnings module would find — or "default".
std::string action_at_exit(VM& vm, Type* category, std::string_view message) {
  if (vm.warnings_filters.is_null() || !is_list(vm.warnings_filters)) return "default";
  const ListItems filters = as_list(vm.warnings_filters)->items;
  for (const Value& item : filters) {
    if (!is_tuple(item) || as_tuple(item)->size != 5) continue;
    Tuple* filter = as_tuple(item);
    const Value& action = (*filter)[0];
    const Value& filter_category = (*filter)[2];
    const Value& lineno = (*filter)[4];
    if (!is_str(action) || !vm.type_of(filter_category)->has_flag(kTypeTypeSubclass)) continue;
    if (!is_subtype(category, filter_category.as<Type>())) continue;
    if (!lineno.is_small_int() || (lineno.as_small_int() != 0 && lineno.as_small_int() != 1))
      continue;
    if (!filter_field_matches(vm, (*filter)[1], message) ||
        !filter_field_matches(vm, (*filter)[3], "sys"))
      continue;
    return std::string(as_str(action)->view());
  }
  return "default";
}

// At exit CPython's warnings module is gone and its C side applies the
// filters itself and prints: "sys", line 1, nothing more. False with the
// warning pending when a filter makes it an error.
bool show_at_exit(VM& vm, Exc category, std::string_view message) {
  Type* type = vm.exception_type(category);
  const std::string action = action_at_exit(vm, type, message);
  if (action == "ignore") return true;
  if (action == "error") {
    vm.raise(category, std::string(message));
    return false;
  }
  const std::string text = cat("sys:1: ", type->name->view(), ": ", message, "\n");
  if (vm.shown_warnings.insert(text).second || action == "always") vm.write_stderr(text);
  return true;
}

bool issue(VM& vm, Exc category, std::string_view message, const Value& source) {
  if (vm.current_frame == nullptr) return show_at_exit(vm, category, message);
  // (message, category, stacklevel 1, source): stacklevel 1 is the frame
  // running now, since native code pushes no frame.
  Ref<Str> text = make_str(vm, message);
  const Value args[] = {Value::from_object(text.get()),
                        Value::from_object(vm.exception_type(category)), Value::small_int(1),
                        source.is_null() ? Value::none() : source};
  return !run_warning(vm, "_warn_impl", args, std::size(args)).is_null();
}

}  // namespace

Value warnings_module(VM& vm) {
  return vm.import_module(vm.intern("warnings"), Value(), Value::none(), 0);
}

Value run_warning(VM& vm, const char* implementation, const Value* args, size_t nargs) {
  Value module = warnings_module(vm);
  if (module.is_null()) return module;
  Value function = get_attr(vm, module, vm.intern(implementation));
  if (function.is_null()) return function;
  Value result = call(vm, function, args, nargs);
  if (result.is_null() || result.is_none()) return result;
  return vm.raise_exception(std::move(result));
}

bool warn(VM& vm, Exc category, std::string_view message) {
  return issue(vm, category, message, Value());
}

bool warn_with_source(VM& vm, Exc category, std::string_view message, const Value& source) {
  return issue(vm, category, message, source);
}

}  // namespace pyvm
