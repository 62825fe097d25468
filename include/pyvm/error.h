// SPDX-License-Identifier: GPL-3.0-or-later
// The exceptions that cross between pyvm and its host (docs/embedding.md).
// A Python exception that leaves a script reaches the host as pyvm::Error
// (type name, message, formatted traceback); a pyvm::Error that a bound C++
// function throws becomes the Python exception of that type name inside the
// script. A limit that stops a script is a LimitError.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>

#include "pyvm/object.h"

namespace pyvm {

class Error : public std::runtime_error {
 public:
  // `type_name` is a Python exception class's name ("ValueError"); thrown
  // from a bound function, it chooses the exception the script sees.
  Error(std::string type_name, std::string message, std::string traceback = "",
        PyObject exception = PyObject());

  const std::string& type_name() const noexcept { return type_name_; }
  const std::string& message() const noexcept { return message_; }
  // CPython's "Traceback (most recent call last): ..." text, or empty for
  // an error that did not come from running Python code.
  const std::string& traceback() const noexcept { return traceback_; }
  // The Python exception object itself, when the error came from Python
  // (thrown on through a bound function, it is raised again as it was).
  const PyObject& exception() const noexcept { return exception_; }

 private:
  std::string type_name_;
  std::string message_;
  std::string traceback_;
  PyObject exception_;
};

// The limit of Limits (interpreter.h) that ended a script.
enum class Limit { kInstructions, kTime, kMemory };

// A script stopped by a limit. No handler in the script can catch the
// instruction and time limits; the memory limit is a MemoryError the script
// may catch, and becomes a LimitError only when it leaves the script.
class LimitError : public Error {
 public:
  LimitError(Limit limit, std::string type_name, std::string message, std::string traceback,
             PyObject exception)
      : Error(std::move(type_name), std::move(message), std::move(traceback), std::move(exception)),
        limit_(limit) {}
  Limit limit() const noexcept { return limit_; }

 private:
  Limit limit_;
};

}  // namespace pyvm
