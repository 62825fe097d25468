// The text CPython prints for an uncaught exception (traceback_printer.cpp).
#pragma once

#include <string>

#include "runtime/value.h"

namespace pyvm {

class VM;

// "Traceback (most recent call last): ..." for `exception` and the
// exceptions it was chained from.
std::string format_exception(VM& vm, const Value& exception);

}  // namespace pyvm
