// SPDX-License-Identifier: GPL-3.0-or-later
// What stands behind a pyvm::Interpreter (include/pyvm/interpreter.h): the
// VM with the standard library, the __main__ module, the host's limits, the
// classes bound to C++ types, and the handles (pyvm::PyObject) the host holds.
// Each call from the host runs inside an Entry, which sets up the native
// stack check and the limits for the outermost call and turns a pending
// Python exception into a C++ one.
#pragma once

#include <memory>
#include <string>
#include <typeindex>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lib/standard_library.h"
#include "pyvm/interpreter.h"
#include "runtime/memory_account.h"
#include "runtime/value.h"

namespace pyvm {

namespace detail {
// A host's handle on one value; the interpreter links all of its handles
// so that it can release their values before it goes (owner then null).
struct Handle {
  Interpreter::Impl* owner = nullptr;
  Value value;
  Handle* previous = nullptr;
  Handle* next = nullptr;
};
}  // namespace detail

// A named parameter of a host function (pyvm::arg), its default made.
struct HostParameter {
  std::string name;
  Value default_value;  // null: required
};
using HostParameters = std::vector<HostParameter>;

struct Interpreter::Impl {
  Impl(Interpreter& self, Limits limits, std::unique_ptr<MemoryAccount> account);
  ~Impl();

  Interpreter& self;
  // What the VM's memory takes (memory_account.h): current while the VM is
  // made, runs and goes, so it outlives it.
  std::unique_ptr<MemoryAccount> memory_account;
  StandardVM vm;  // (before the values below, which go first)
  Value main_module;
  Value host_function_type;  // made on first use (host_function.cpp)
  Limits limits;
  // The Python class bound to each C++ type (Interpreter::define_class).
  std::unordered_map<std::type_index, Value> classes;
  // The modules the host made (importable whatever the limits say).
  std::unordered_set<std::string> host_modules;
  detail::Handle handles;  // the list's sentinel
  int entry_depth = 0;

  Dict* globals() const;
  // A new handle on `value`, which must not be null.
  PyObject adopt(Value value);
  // The value of a handle of this interpreter (pyvm::Error for an empty
  // handle or another interpreter's).
  const Value& value_of(const PyObject& object) const;
  // Unlinks the handle (and drops its value while the interpreter lives).
  static void release(detail::Handle* handle);
  // Applies `limits` to the VM's recursion limit, imports and file access.
  void apply_limits();
  // Throws the pending Python exception as pyvm::Error (LimitError for a limit's).
  [[noreturn]] void throw_pending_error();
  // The named parameters of a bound function, defaults made (pyvm::Error
  // when one without a default follows one with a default).
  HostParameters host_parameters(const std::vector<Arg>& parameters);
  // Throws the pending exception when `result` is null; else returns it.
  Value checked(Value result) {
    if (result.is_null()) throw_pending_error();
    return result;
  }

  // The scope of one call from the host into the interpreter.
  class Entry {
   public:
    explicit Entry(Impl& impl);
    ~Entry();
    Entry(const Entry&) = delete;
    Entry& operator=(const Entry&) = delete;

   private:
    Impl& impl_;
    MemoryAccountScope memory_scope_;
  };
};

// The value behind a PyObject of a living interpreter; throws pyvm::Error
// for an empty handle or one whose interpreter is gone.
Interpreter::Impl& owner_of(const detail::Handle* handle);

}  // namespace pyvm
