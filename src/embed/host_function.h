// SPDX-License-Identifier: GPL-3.0-or-later
// The Python side of a C++ callable the host binds (Interpreter::
// make_function): a callable object holding the host's std::function, and
// the translation of the C++ exceptions it throws into Python exceptions.
#pragma once

#include <exception>
#include <string>

#include "embed/interpreter_impl.h"
#include "runtime/value.h"

namespace pyvm {

// A callable named `name` running `body`; with `binds_self`, reading it
// from an instance (a method of a bound class) binds the instance as its
// first argument, as a Python function does. With `parameters` (one per
// argument after the instance), callers may pass arguments by keyword and
// leave out those with defaults.
Value make_host_function(Interpreter::Impl& impl, std::string name, Interpreter::HostFunction body,
                         bool binds_self, HostParameters parameters = {});

// Raises the Python exception standing for the C++ exception `thrown`:
// a pyvm::Error as the exception class its type name names (RuntimeError
// when no such class exists), std::bad_alloc as MemoryError, and any other
// as RuntimeError with its what(). Returns null.
Value raise_host_exception(VM& vm, const std::exception_ptr& thrown);

}  // namespace pyvm
