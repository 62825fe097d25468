// SPDX-License-Identifier: GPL-3.0-or-later
// The atexit module: functions to call when the interpreter exits. They
// live in VM::exit_callbacks, which VM::run_exit_callbacks (shutdown.cpp)
// calls in reverse order of registration at normal exit — after an
// uncaught exception or sys.exit() too — before the modules are torn down.
#include <vector>

#include "lib/native_modules.h"
#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

// The VM's list of callbacks, made on first use.
List* callbacks_of(VM& vm) {
  if (vm.exit_callbacks.is_null()) vm.exit_callbacks = make_list(vm);
  return vm.exit_callbacks.as<List>();
}

// register(func, *args, **kwargs): each callback is kept as the tuple
// (func, arguments, kwnames) of a vectorcall — arguments holding the
// positional values then the keyword values, kwnames None without keywords.
Value atexit_register(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs == 0)
    return rt.raise(Exc::kTypeError, "register() takes at least 1 argument (0 given)");
  if (!is_callable(rt, args[0])) return rt.raise(Exc::kTypeError, "the first argument must be callable");
  const size_t count = nargs - 1 + tuple_size(kwnames);
  Ref<Tuple> arguments = make_tuple_from(rt, std::span<const Value>(args + 1, count));
  Value names = kwnames != nullptr && kwnames->size > 0 ? Value::from_object(kwnames) : Value::none();
  callbacks_of(vm_of(rt))->items.push_back(make_tuple(rt, {args[0], arguments, names}));
  return args[0];
}

// unregister(func): forgets every registration of func (compared with
// ==). As in CPython, a forgotten one leaves an empty slot (None) that
// _ncallbacks() still counts until the functions are run or cleared.
Value atexit_unregister(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "atexit.unregister", nargs, kwnames)) return Value();
  VM& vm = vm_of(rt);
  if (vm.exit_callbacks.is_null()) return Value::none();
  for (size_t i = 0; i < vm.exit_callbacks.as<List>()->items.size(); ++i) {
    Value entry = vm.exit_callbacks.as<List>()->items[i];  // __eq__ may change the list
    if (entry.is_none()) continue;
    const int equal = compare_bool(rt, (*as_tuple(entry))[0], args[0], CompareOp::kEqual);
    if (equal < 0) return Value();
    ListItems& items = vm.exit_callbacks.as<List>()->items;
    if (equal > 0 && i < items.size() && items[i].as_object() == entry.as_object()) {
      items[i] = Value::none();
    }
  }
  return Value::none();
}

Value atexit_run_exitfuncs(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "atexit._run_exitfuncs", nargs, kwnames)) return Value();
  vm_of(rt).run_exit_callbacks();
  return Value::none();
}

Value atexit_clear(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "atexit._clear", nargs, kwnames)) return Value();
  VM& vm = vm_of(rt);
  if (!vm.exit_callbacks.is_null()) vm.exit_callbacks.as<List>()->items.clear();
  return Value::none();
}

Value atexit_ncallbacks(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "atexit._ncallbacks", nargs, kwnames)) return Value();
  VM& vm = vm_of(rt);
  const size_t count = vm.exit_callbacks.is_null() ? 0 : vm.exit_callbacks.as<List>()->items.size();
  return Value::small_int(static_cast<int64_t>(count));
}

const MethodDef kAtexitFunctions[] = {
    {"register", atexit_register},
    {"unregister", atexit_unregister},
    {"_run_exitfuncs", atexit_run_exitfuncs},
    {"_clear", atexit_clear},
    {"_ncallbacks", atexit_ncallbacks},
};

}  // namespace

Value make_atexit_module(VM& vm) {
  return make_module_with_functions(vm, "atexit", kAtexitFunctions);
}

}  // namespace pyvm
