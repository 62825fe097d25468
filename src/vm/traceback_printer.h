// SPDX-License-Identifier: GPL-3.0-or-later
// The text CPython prints for an uncaught exception (traceback_printer.cpp).
#pragma once

#include <string>

#include "runtime/value.h"

namespace pyvm {

class VM;

// "Traceback (most recent call last): ..." for `exception` and the
// exceptions it was chained from.
std::string format_exception(VM& vm, const Value& exception);

// The marked part of a traceback entry's failing expression `segment`
// (CPython's extract_anchors_from_line): a binary operation's operator or
// a subscript's brackets, as code-point offsets [left, right) into it.
// False for any other expression, or text that is not one.
bool find_caret_anchors(const std::string& segment, int64_t* left, int64_t* right);

// What happens to an exception no handler caught (other than SystemExit):
// sys.excepthook(type, value, traceback) reports it when the program
// replaced the hook, else its traceback goes to stderr; CPython's messages
// when the hook is missing or fails.
void report_uncaught_exception(VM& vm, const Value& exception);

// What CPython's default sys.unraisablehook prints for an exception that
// could not propagate (raised by a finalizer): "Exception ignored in:
// <object>", then the exception's own traceback and line, without the
// exceptions it was chained from.
std::string format_unraisable(VM& vm, const Value& exception, const Value& object);

}  // namespace pyvm
