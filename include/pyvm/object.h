// SPDX-License-Identifier: GPL-3.0-or-later
// pyvm::PyObject: the host's handle to one Python value of one Interpreter.
// A handle keeps its value alive; copying it shares the value. Handles may
// outlive their interpreter: they are then empty, and using one throws.
// The typed conversions (as<T>(), calls with C++ arguments) are in
// convert.h; the methods here are the primitives they are built on.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <typeindex>
#include <utility>
#include <vector>

namespace pyvm {

class Interpreter;
namespace detail {
struct Handle;
}

class PyObject {
 public:
  PyObject() noexcept = default;  // holds no value
  PyObject(const PyObject& other);
  PyObject(PyObject&& other) noexcept : handle_(std::exchange(other.handle_, nullptr)) {}
  PyObject& operator=(PyObject other) noexcept {
    std::swap(handle_, other.handle_);
    return *this;
  }
  ~PyObject();

  // Whether the handle holds a value of a living interpreter.
  bool valid() const noexcept;
  Interpreter& interpreter() const;

  bool is_none() const;
  // The value's class name ("int", "list", "Point").
  std::string type_name() const;
  // repr(value) and str(value).
  std::string repr() const;
  std::string str() const;

  PyObject attr(std::string_view name) const;
  void set_attr(std::string_view name, const PyObject& value) const;
  template <class T>
  void set_attr(std::string_view name, const T& value) const;
  bool has_attr(std::string_view name) const;

  // Calls the value with Python values, or with C++ values converted.
  PyObject call(const std::vector<PyObject>& arguments) const;
  template <class... Args>
  PyObject operator()(Args&&... arguments) const;

  // The value as a C++ type (convert.h); pyvm::Error ("TypeError",
  // "OverflowError") when it is not one.
  template <class T>
  T as() const;

  // ---- primitives of the conversions: each throws pyvm::Error (TypeError)
  // naming the expected and the actual type when the value is not of it.
  bool to_bool() const;                 // bool only
  int64_t to_int64() const;             // int (bool included); OverflowError outside int64
  uint64_t to_uint64() const;           // int >= 0; OverflowError outside uint64
  double to_double() const;             // float or int
  std::string to_string() const;        // str (UTF-8)
  std::vector<PyObject> items() const;  // the items of a list or tuple
  std::vector<std::pair<PyObject, PyObject>> dict_items() const;  // a dict's, in order
  // The C++ object inside an instance of a bound class (bind.h) of the C++
  // type `type`; TypeError when the value is not one.
  void* host_pointer(std::type_index type, std::string_view expected_name) const;

  // (The implementation's: the handle an PyObject owns.)
  explicit PyObject(detail::Handle* handle) noexcept : handle_(handle) {}
  detail::Handle* handle() const noexcept { return handle_; }

 private:
  detail::Handle* handle_ = nullptr;
};

}  // namespace pyvm
