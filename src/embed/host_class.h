// SPDX-License-Identifier: GPL-3.0-or-later
// Classes bound to C++ types (Interpreter::define_class): each is a Python
// class whose instances hold one C++ object through a shared_ptr<void>,
// with the C++ type recorded, so that a method receives only the type it
// was written for.
#pragma once

#include <memory>
#include <string>
#include <typeindex>

#include "embed/interpreter_impl.h"
#include "runtime/value.h"

namespace pyvm {

// The class attribute holding a bound class's constructor.
constexpr const char* kHostConstructorName = "__pyvm_constructor__";

// A new class called `name` for instances of `cpp_type`. Calling it runs
// the function in its attribute kHostConstructorName (TypeError without one).
Value make_host_class(Interpreter::Impl& impl, const std::string& name, std::type_index cpp_type);

// An instance of `cls` holding `object`.
Value make_host_instance(Interpreter::Impl& impl, const Value& cls, std::type_index cpp_type,
                         std::shared_ptr<void> object);

// The C++ object of `value` when it is an instance holding a `cpp_type`,
// else null.
void* host_object_of(const Value& value, std::type_index cpp_type);

}  // namespace pyvm
