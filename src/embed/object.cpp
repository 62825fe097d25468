// SPDX-License-Identifier: GPL-3.0-or-later
// pyvm::PyObject (include/pyvm/object.h) and the primitives of the
// conversions between C++ and Python values (convert.h): each checks the
// Python type and names the expected and the actual one when it differs.
#include <gmp.h>

#include <utility>

#include "embed/host_class.h"
#include "embed/interpreter_impl.h"
#include "pyvm/bind.h"
#include "runtime/concat.h"
#include "runtime/dict.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

Interpreter::Impl& impl_of(const PyObject& object) { return owner_of(object.handle()); }
const Value& value_of(const PyObject& object) { return impl_of(object).value_of(object); }

bool is_valid_utf8(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const size_t width = utf8_valid_sequence(text, i);
    if (width == 0) return false;
    i += width;
  }
  return true;
}

// The values of handles of `impl`'s interpreter.
std::vector<Value> values_of(const Interpreter::Impl& impl, const std::vector<PyObject>& objects) {
  std::vector<Value> values;
  values.reserve(objects.size());
  for (const PyObject& object : objects) values.push_back(impl.value_of(object));
  return values;
}

[[noreturn]] void throw_wrong_type(const PyObject& object, std::string_view expected) {
  throw Error("TypeError", cat("expected ", expected, ", got ", object.type_name()));
}

}  // namespace

// ---------------------------------------------------------------- handles

PyObject::PyObject(const PyObject& other) {
  if (other.handle_ != nullptr && other.handle_->owner != nullptr) {
    *this = other.handle_->owner->adopt(other.handle_->value);
  }
}

PyObject::~PyObject() {
  if (handle_ == nullptr) return;
  if (handle_->owner == nullptr) {
    Interpreter::Impl::release(handle_);
    return;
  }
  // Dropping the value may run a finalizer, which is Python code.
  Interpreter::Impl::Entry entry(*handle_->owner);
  Interpreter::Impl::release(handle_);
}

bool PyObject::valid() const noexcept { return handle_ != nullptr && handle_->owner != nullptr; }

Interpreter& PyObject::interpreter() const { return impl_of(*this).self; }

// ------------------------------------------------------- looking at values

bool PyObject::is_none() const { return value_of(*this).is_none(); }

std::string PyObject::type_name() const {
  Interpreter::Impl& impl = impl_of(*this);
  return std::string(impl.vm.type_of(impl.value_of(*this))->name->view());
}

namespace {

// repr() or str() of the value, as `describe` (repr_text, str_text) makes it.
std::string text_of(const PyObject& object,
                    bool (*describe)(Runtime&, const Value&, std::string*)) {
  Interpreter::Impl& impl = impl_of(object);
  Interpreter::Impl::Entry entry(impl);
  std::string text;
  if (!describe(impl.vm, impl.value_of(object), &text)) impl.throw_pending_error();
  return text;
}

}  // namespace

std::string PyObject::repr() const { return text_of(*this, repr_text); }

std::string PyObject::str() const { return text_of(*this, str_text); }

PyObject PyObject::attr(std::string_view name) const {
  Interpreter::Impl& impl = impl_of(*this);
  Interpreter::Impl::Entry entry(impl);
  return impl.adopt(impl.checked(get_attr(impl.vm, impl.value_of(*this), impl.vm.intern(name))));
}

void PyObject::set_attr(std::string_view name, const PyObject& value) const {
  Interpreter::Impl& impl = impl_of(*this);
  Interpreter::Impl::Entry entry(impl);
  if (!pyvm::set_attr(impl.vm, impl.value_of(*this), impl.vm.intern(name), impl.value_of(value))) {
    impl.throw_pending_error();
  }
}

bool PyObject::has_attr(std::string_view name) const {
  Interpreter::Impl& impl = impl_of(*this);
  Interpreter::Impl::Entry entry(impl);
  const Value found = get_attr_optional(impl.vm, impl.value_of(*this), impl.vm.intern(name));
  if (found.is_null() && impl.vm.has_error()) impl.throw_pending_error();
  return !found.is_null();
}

PyObject PyObject::call(const std::vector<PyObject>& arguments) const {
  Interpreter::Impl& impl = impl_of(*this);
  Interpreter::Impl::Entry entry(impl);
  const std::vector<Value> values = values_of(impl, arguments);
  return impl.adopt(
      impl.checked(pyvm::call(impl.vm, impl.value_of(*this), values.data(), values.size())));
}

// ---------------------------------------------------- Python to C++ values

bool PyObject::to_bool() const {
  const Value& value = value_of(*this);
  if (!value.is_bool()) throw_wrong_type(*this, "bool");
  return value.as_bool();
}

int64_t PyObject::to_int64() const {
  const Value& value = value_of(*this);
  if (!is_int(value)) throw_wrong_type(*this, "int");
  int64_t result;
  if (!int_to_int64(value, &result)) {
    throw Error("OverflowError",
                cat("int ", int_to_decimal(value), " does not fit in a 64-bit signed integer"));
  }
  return result;
}

uint64_t PyObject::to_uint64() const {
  const Value& value = value_of(*this);
  if (!is_int(value)) throw_wrong_type(*this, "int");
  int64_t small;
  if (int_to_int64(value, &small) && small >= 0) return static_cast<uint64_t>(small);
  mpz_t big;
  mpz_init(big);
  int_to_mpz(value, big);
  const bool fits = mpz_sgn(big) >= 0 && mpz_sizeinbase(big, 2) <= 64;
  const uint64_t result = fits ? (uint64_t{mpz_getlimbn(big, 0)}) : 0;
  mpz_clear(big);
  if (!fits) {
    throw Error("OverflowError",
                cat("int ", int_to_decimal(value), " does not fit in a 64-bit unsigned integer"));
  }
  return result;
}

double PyObject::to_double() const {
  const Value& value = value_of(*this);
  if (is_float(value)) return float_value(value);
  if (!is_int(value)) throw_wrong_type(*this, "float");
  double result;
  if (!int_to_double(value, &result))
    throw Error("OverflowError", "int too large to convert to float");
  return result;
}

std::string PyObject::to_string() const {
  const Value& value = value_of(*this);
  if (!is_str(value)) throw_wrong_type(*this, "str");
  return std::string(as_str(value)->view());
}

std::vector<PyObject> PyObject::items() const {
  Interpreter::Impl& impl = impl_of(*this);
  const Value& value = impl.value_of(*this);
  std::vector<PyObject> result;
  if (is_list(value)) {
    // (A copy first: adopting a value cannot change the list, but be plain about ownership.)
    const ListItems items = as_list(value)->items;
    for (const Value& item : items) result.push_back(impl.adopt(item));
  } else if (is_tuple(value)) {
    const Tuple* tuple = as_tuple(value);
    for (size_t i = 0; i < tuple->size; ++i) result.push_back(impl.adopt((*tuple)[i]));
  } else {
    throw_wrong_type(*this, "list or tuple");
  }
  return result;
}

std::vector<std::pair<PyObject, PyObject>> PyObject::dict_items() const {
  Interpreter::Impl& impl = impl_of(*this);
  const Value& value = impl.value_of(*this);
  if (!is_dict(value)) throw_wrong_type(*this, "dict");
  std::vector<std::pair<PyObject, PyObject>> result;
  size_t position = 0;
  DictEntry* entry;
  while (dict_next(as_dict(value), &position, &entry))
    result.emplace_back(impl.adopt(entry->key), impl.adopt(entry->value));
  return result;
}

void* PyObject::host_pointer(std::type_index type, std::string_view expected_name) const {
  Interpreter::Impl& impl = impl_of(*this);
  void* object = host_object_of(impl.value_of(*this), type);
  if (object != nullptr) return object;
  const auto bound = impl.classes.find(type);
  if (bound == impl.classes.end()) throw_wrong_type(*this, expected_name);
  throw_wrong_type(*this, bound->second.as<Type>()->name->view());
}

// ---------------------------------------------------- C++ to Python values

PyObject Interpreter::none() { return impl_->adopt(Value::none()); }

PyObject Interpreter::from_bool(bool value) { return impl_->adopt(Value::boolean(value)); }

PyObject Interpreter::from_int(int64_t value) { return impl_->adopt(Value::small_int(value)); }

PyObject Interpreter::from_uint(uint64_t value) {
  Impl::Entry entry(*impl_);
  if (value <= static_cast<uint64_t>(INT64_MAX)) return from_int(static_cast<int64_t>(value));
  mpz_t big;
  mpz_init(big);
  mpz_import(big, 1, 1, sizeof(value), 0, 0, &value);
  PyObject result = impl_->adopt(int_from_mpz(impl_->vm, big));
  mpz_clear(big);
  return result;
}

PyObject Interpreter::from_double(double value) { return impl_->adopt(Value::floating(value)); }

PyObject Interpreter::from_string(std::string_view utf8) {
  Impl::Entry entry(*impl_);
  if (!is_valid_utf8(utf8)) throw Error("ValueError", "the C++ string is not valid UTF-8");
  return impl_->adopt(pyvm::make_str(impl_->vm, utf8));
}

PyObject Interpreter::make_list(const std::vector<PyObject>& items) {
  Impl::Entry entry(*impl_);
  return impl_->adopt(pyvm::make_list(impl_->vm, values_of(*impl_, items)));
}

PyObject Interpreter::make_tuple(const std::vector<PyObject>& items) {
  Impl::Entry entry(*impl_);
  return impl_->adopt(make_tuple_from(impl_->vm, values_of(*impl_, items)));
}

PyObject Interpreter::make_dict(const std::vector<std::pair<PyObject, PyObject>>& items) {
  Impl::Entry entry(*impl_);
  Ref<Dict> dict = pyvm::make_dict(impl_->vm, items.size());
  for (const auto& [key, value] : items) {
    if (!dict_set(impl_->vm, dict.get(), impl_->value_of(key), impl_->value_of(value)))
      impl_->throw_pending_error();
  }
  return impl_->adopt(std::move(dict));
}

// ------------------------------------------------- the conversions' errors

namespace detail {

void throw_integer_out_of_range(const PyObject& object, std::string_view, bool is_signed,
                                size_t bits) {
  throw Error("OverflowError",
              cat("int ", object.repr(), " does not fit in a ", std::to_string(bits), "-bit ",
                  is_signed ? "signed" : "unsigned", " integer"));
}

void throw_wrong_tuple_size(const PyObject& object, size_t expected, size_t actual) {
  throw Error("TypeError", cat("expected a tuple of ", std::to_string(expected), " items, got ",
                               object.type_name(), " of ", std::to_string(actual)));
}

void throw_wrong_argument_count(const std::string& name, size_t expected, size_t given) {
  throw Error("TypeError", cat(name, "() takes ", std::to_string(expected), " argument",
                               expected == 1 ? "" : "s", " (", std::to_string(given), " given)"));
}

void throw_bad_argument(const std::string& name, size_t position, const Error& error) {
  throw Error(error.type_name(),
              cat(name, "() argument ", std::to_string(position), ": ", error.message()));
}

}  // namespace detail

}  // namespace pyvm
