// SPDX-License-Identifier: GPL-3.0-or-later
// pyvm::Interpreter: one Python interpreter inside a C++ program, with the
// standard library, its own globals (a __main__ module) and its own limits.
// Interpreters share nothing: a process may hold any number, each used by
// one thread at a time. Every failure reaches the host as pyvm::Error
// (error.h). The template members are defined in convert.h and bind.h;
// include <pyvm/pyvm.h>.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <typeindex>
#include <vector>

#include "pyvm/error.h"
#include "pyvm/object.h"

namespace pyvm {

// What one call into the interpreter (exec, eval, call, a function call on
// an PyObject) may use; each such call from the host starts afresh.
struct Limits {
  // Bytecode instructions executed (each counts one; a built-in that
  // loops over its input counts its work too: one per comparison of
  // objects while sorting, one per 1024 items summed, joined or built), so
  // every script that runs long runs out of them; 0: no limit.
  int64_t max_instructions = 0;
  // Wall-clock seconds; 0: no limit.
  double timeout_seconds = 0;
  // Bytes the interpreter's objects may take in all (memory_used());
  // past it an allocation is a MemoryError inside the script, which the
  // script may catch, and the interpreter stays usable. 0: no limit.
  size_t max_memory_bytes = 0;
  // Nested Python calls (sys.getrecursionlimit()).
  int max_recursion_depth = 1000;
  // The modules `import` may load (top-level names: "math", "json"), or
  // any when empty. Modules the host binds (module()) are always allowed.
  std::optional<std::vector<std::string>> importable_modules;
  // Whether open() and the os module may touch the file system.
  bool file_access = true;
};

template <class C>
class PyClass;
class PyModule;
class Interpreter;

// A named parameter of a bound C++ function, as pybind11's py::arg:
// callers may pass it by keyword, and `pyvm::arg("n") = 10` gives it a
// default (parameters with defaults come last).
struct Arg {
  std::string name;
  // Makes the default value; empty when the argument is required.
  std::function<PyObject(Interpreter&)> make_default;
  template <class T>
  Arg& operator=(T value);  // (bind.h)
};
inline Arg arg(std::string name) { return Arg{std::move(name), {}}; }

class Interpreter {
 public:
  explicit Interpreter(Limits limits = {});
  ~Interpreter();
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  void set_limits(Limits limits);
  const Limits& limits() const;
  // The bytes the interpreter's objects take now (what max_memory_bytes
  // limits; the standard library's modules loaded at start count too).
  size_t memory_used() const;

  // Where print() and sys.stdout / sys.stderr go (the process's streams by default).
  using OutputSink = std::function<void(std::string_view text)>;
  void set_stdout(OutputSink sink);
  void set_stderr(OutputSink sink);

  // ---- running code in the __main__ module's globals
  void exec(std::string_view source, const std::string& filename = "<string>");
  // A .py file, or a .pvc file of compiled bytecode (told by its contents).
  void exec_file(const std::string& path);
  PyObject eval(std::string_view expression);
  template <class T>
  T eval_as(std::string_view expression) {
    return eval(expression).template as<T>();
  }
  PyObject import(const std::string& module_name);

  PyObject global(std::string_view name) const;  // NameError when unbound
  bool has_global(std::string_view name) const;
  void set_global(std::string_view name, const PyObject& value);
  template <class T>
  void set_global(std::string_view name, const T& value);
  // Calls the global `function_name` with C++ values converted.
  template <class... Args>
  PyObject call(std::string_view function_name, Args&&... arguments);

  // ---- Python values from C++ values (the conversions' primitives)
  PyObject none();
  PyObject from_bool(bool value);
  PyObject from_int(int64_t value);
  PyObject from_uint(uint64_t value);
  PyObject from_double(double value);
  PyObject from_string(std::string_view utf8);  // ValueError when not UTF-8
  PyObject make_list(const std::vector<PyObject>& items);
  PyObject make_tuple(const std::vector<PyObject>& items);
  PyObject make_dict(const std::vector<std::pair<PyObject, PyObject>>& items);
  template <class T>
  PyObject to_python(const T& value);

  // ---- C++ callables and classes seen from Python (bind.h)
  // The body receives the positional arguments as given.
  using HostFunction = std::function<PyObject(const std::vector<PyObject>& arguments)>;
  // With `parameters` (one per argument), callers may also pass arguments
  // by keyword and leave out those with defaults: the body receives them
  // all, in order.
  PyObject make_function(std::string name, HostFunction body,
                         const std::vector<Arg>& parameters = {});
  // A function whose typed arguments and result are converted (bind.h);
  // `parameters`, if any, name every argument (pyvm::arg).
  template <class F, class... Parameters>
  PyObject function(std::string name, F&& callable, Parameters... parameters);
  // function() stored as the global `name`.
  template <class F, class... Parameters>
  void def(std::string name, F&& callable, Parameters... parameters);
  // Binds the C++ class C as a Python class called `name`, a global of
  // __main__ (bind.h).
  template <class C>
  PyClass<C> bind_class(std::string name);
  // A module that scripts can import, made by the host (bind.h).
  PyModule module(std::string name);

  // ---- what bind.h builds on
  // A new class for the C++ type `type`; calling it runs the function
  // set_constructor gives it.
  PyObject define_class(std::string name, std::type_index type);
  void set_constructor(const PyObject& cls, HostFunction body);
  // Wraps a C++ object as an instance of the class bound to its type.
  PyObject make_instance(std::type_index type, std::shared_ptr<void> object);
  // `body` as a method of `cls` (receives the instance as its first
  // argument; `parameters` name the ones after it).
  void add_method(const PyObject& cls, std::string name, HostFunction body,
                  const std::vector<Arg>& parameters = {});
  void add_property(const PyObject& cls, std::string name, HostFunction getter,
                    HostFunction setter);
  PyObject make_module(std::string name);

  struct Impl;  // (src/embed/interpreter_impl.h)
  Impl& impl() const { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace pyvm
