// SPDX-License-Identifier: GPL-3.0-or-later
// Interpreter shutdown: the atexit functions, then the order in which
// CPython 3.11 (Py_FinalizeEx, finalize_modules) lets the objects still
// alive at exit go, so that their __del__ methods and generators' `finally`
// blocks run, and print, in the same order.
//
//  0. The atexit functions run (if the pyvm command has not run them
//     already, before writing out what stdout buffers).
//  1. A full collection while everything is in place.
//  2. The modules leave sys.modules. A module nothing else holds dies, and
//     its globals — in a cycle with the functions and classes defined there —
//     become garbage for the next collection, which finalizes them in the
//     collector's list order (not in the order of the globals).
//  3. The modules still alive have their globals replaced by None (names
//     with one leading underscore first), the latest imported first; then
//     sys and builtins.
//  4. A last collection. After it no finalizer runs: what remains is freed
//     when the VM is torn down.
#include <string>
#include <vector>

#include "runtime/dict.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/traceback_printer.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

// CPython's _PyModule_ClearDict: every global but __builtins__ becomes
// None, those named `_x` first, which makes the order of their finalizers
// a little more predictable.
void clear_module_globals(VM& vm, Dict* globals) {
  auto clear_names = [&](bool underscored_only) {
    for (size_t position = 0; position < globals->entry_count; ++position) {
      const DictEntry& entry = globals->entries[position];
      if (entry.key.is_null() || entry.value.is_none() || !is_str(entry.key)) continue;
      Value key = entry.key;  // setting the value may run a finalizer that changes the dict
      const std::string_view name = as_str(key)->view();
      const bool underscored = name.size() >= 1 && name[0] == '_' && (name.size() == 1 || name[1] != '_');
      if (underscored_only ? !underscored : name == "__builtins__") continue;
      dict_set(vm, globals, key, Value::none());
    }
  };
  clear_names(true);
  clear_names(false);
  vm.clear_error();
}

// sys.stdin/stdout/stderr go back to the original streams, so that
// finalizers print where the program started printing.
void restore_standard_streams(VM& vm) {
  Dict* sys = module_dict(vm.sys_module);
  for (const char* name : {"stdin", "stdout", "stderr"}) {
    Value original = dict_get_str(sys, vm.intern(std::string("__") + name + "__"));
    dict_set_str(vm, sys, vm.intern(name), original.is_null() ? Value::none() : original);
  }
}

// CPython's _PyGC_CollectNoFail: shutdown collects even when gc.disable()
// was called.
void collect_even_if_disabled(Gc& gc) {
  const bool enabled = gc.enabled;
  gc.enabled = true;
  gc.collect_all();
  gc.enabled = enabled;
}

// CPython's report of an exception an atexit function raised.
void report_exit_callback_error(VM& vm, const Value& function, const Value& exception) {
  std::string shown;
  if (!repr_text(vm, function, &shown)) {
    vm.clear_error();
    shown = "<object repr() failed>";
  }
  vm.write_stderr("Exception ignored in atexit callback: " + shown + "\n" +
                  format_unraisable(vm, exception, Value()));
}

}  // namespace

void VM::run_exit_callbacks() {
  if (exit_callbacks.is_null()) return;
  clear_error();
  // The functions registered so far, taken from the list: those that
  // register others while exiting do not see them called (as in CPython).
  List* registered = exit_callbacks.as<List>();
  const ListItems callbacks = std::move(registered->items);
  registered->items.clear();
  for (auto entry = callbacks.rbegin(); entry != callbacks.rend(); ++entry) {
    if (entry->is_none()) continue;  // unregistered
    const Tuple* callback = as_tuple(*entry);
    const Value& function = (*callback)[0];
    const Tuple* arguments = as_tuple((*callback)[1]);
    Tuple* kwnames = (*callback)[2].is_none() ? nullptr : as_tuple((*callback)[2]);
    const size_t positional = arguments->size - tuple_size(kwnames);
    if (call(function, arguments->items(), positional, kwnames).is_null()) {
      report_exit_callback_error(*this, function, take_error());
    }
  }
  if (!exit_callbacks.is_null()) exit_callbacks.as<List>()->items.clear();
}

void VM::finalize_modules() {
  run_exit_callbacks();
  // A bare VM (no library installed, so no sys) never ran a module.
  if (modules.is_null() || !is_dict(modules) || sys_module.is_null()) return;
  clear_error();
  if (gc.enabled) gc.collect_all();
  restore_standard_streams(*this);

  Dict* table = as_dict(modules);
  for (size_t position = 0; position < table->entry_count; ++position) {
    const DictEntry& entry = table->entries[position];
    if (entry.key.is_null() || type_of(entry.value) != module_type) continue;
    Value key = entry.key;
    dict_set(*this, table, key, Value::none());
  }
  dict_clear(*this, table);
  clear_error();
  collect_even_if_disabled(gc);

  // The modules something still holds, latest first; sys and builtins last.
  std::vector<Value> alive;
  gc.for_each_tracked([&](Object* object) {
    if (object->type == module_type && object != sys_module.as_object() &&
        object != builtins_module.as_object()) {
      alive.push_back(Value::from_object(object));
    }
  });
  for (auto module = alive.rbegin(); module != alive.rend(); ++module) {
    clear_module_globals(*this, module_dict(*module));
  }
  alive.clear();
  clear_module_globals(*this, module_dict(sys_module));
  clear_module_globals(*this, builtins_dict());
  collect_even_if_disabled(gc);
  gc.finalizers_enabled = false;
}

}  // namespace pyvm
