// SPDX-License-Identifier: GPL-3.0-or-later
// Conversions between C++ and Python values: Converter<T>::to_python and
// from_python for bool, the integer types (range-checked), float/double,
// std::string, std::vector, std::map, std::unordered_map, std::optional
// (None), std::pair and std::tuple (tuples), and pyvm::PyObject itself.
// Instances of bound classes convert through the primary template (bind.h).
// A value of the wrong type is a pyvm::Error: TypeError, or OverflowError
// for an int that does not fit.
#pragma once

#include <cstddef>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <typeindex>
#include <typeinfo>
#include <unordered_map>
#include <utility>
#include <vector>

#include "pyvm/interpreter.h"
#include "pyvm/object.h"

namespace pyvm {

// Anything else: an instance of a class bound with bind_class (a copy of
// its C++ object from Python; a new instance holding a copy to Python).
template <class T, class Enable = void>
struct Converter {
  static_assert(std::is_class_v<T>, "pyvm: no conversion for this type");
  static constexpr bool kBoundClass = true;
  static PyObject to_python(Interpreter& interpreter, const T& value) {
    return interpreter.make_instance(typeid(T), std::make_shared<T>(value));
  }
  static T from_python(const PyObject& object) {
    return *static_cast<T*>(object.host_pointer(typeid(T), typeid(T).name()));
  }
};

template <>
struct Converter<PyObject> {
  static PyObject to_python(Interpreter&, const PyObject& value) { return value; }
  static PyObject from_python(const PyObject& object) { return object; }
};

template <>
struct Converter<bool> {
  static PyObject to_python(Interpreter& interpreter, bool value) {
    return interpreter.from_bool(value);
  }
  static bool from_python(const PyObject& object) { return object.to_bool(); }
};

namespace detail {
// "OverflowError" for an int outside T's range.
[[noreturn]] void throw_integer_out_of_range(const PyObject& object, std::string_view cpp_type,
                                             bool is_signed, size_t bits);
}  // namespace detail

template <class T>
struct Converter<T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>>> {
  static PyObject to_python(Interpreter& interpreter, T value) {
    if constexpr (std::is_signed_v<T>) {
      return interpreter.from_int(static_cast<int64_t>(value));
    } else {
      return interpreter.from_uint(static_cast<uint64_t>(value));
    }
  }
  static T from_python(const PyObject& object) {
    if constexpr (std::is_signed_v<T>) {
      const int64_t value = object.to_int64();
      if (value < static_cast<int64_t>(std::numeric_limits<T>::min()) ||
          value > static_cast<int64_t>(std::numeric_limits<T>::max())) {
        detail::throw_integer_out_of_range(object, typeid(T).name(), true, sizeof(T) * 8);
      }
      return static_cast<T>(value);
    } else {
      const uint64_t value = object.to_uint64();
      if (value > static_cast<uint64_t>(std::numeric_limits<T>::max())) {
        detail::throw_integer_out_of_range(object, typeid(T).name(), false, sizeof(T) * 8);
      }
      return static_cast<T>(value);
    }
  }
};

template <class T>
struct Converter<T, std::enable_if_t<std::is_floating_point_v<T>>> {
  static PyObject to_python(Interpreter& interpreter, T value) {
    return interpreter.from_double(static_cast<double>(value));
  }
  static T from_python(const PyObject& object) { return static_cast<T>(object.to_double()); }
};

template <>
struct Converter<std::string> {
  static PyObject to_python(Interpreter& interpreter, const std::string& value) {
    return interpreter.from_string(value);
  }
  static std::string from_python(const PyObject& object) { return object.to_string(); }
};

// To Python only: a view or a C string is copied into a str.
template <>
struct Converter<std::string_view> {
  static PyObject to_python(Interpreter& interpreter, std::string_view value) {
    return interpreter.from_string(value);
  }
};
template <>
struct Converter<const char*> {
  static PyObject to_python(Interpreter& interpreter, const char* value) {
    return interpreter.from_string(value);
  }
};

// A list to Python; a list or a tuple from Python.
template <class T>
struct Converter<std::vector<T>> {
  static PyObject to_python(Interpreter& interpreter, const std::vector<T>& values) {
    std::vector<PyObject> items;
    items.reserve(values.size());
    for (const T& value : values) items.push_back(Converter<T>::to_python(interpreter, value));
    return interpreter.make_list(items);
  }
  static std::vector<T> from_python(const PyObject& object) {
    std::vector<T> result;
    for (const PyObject& item : object.items()) result.push_back(Converter<T>::from_python(item));
    return result;
  }
};

namespace detail {
template <class Map>
PyObject map_to_python(Interpreter& interpreter, const Map& map) {
  std::vector<std::pair<PyObject, PyObject>> items;
  items.reserve(map.size());
  for (const auto& [key, value] : map) {
    items.emplace_back(Converter<typename Map::key_type>::to_python(interpreter, key),
                       Converter<typename Map::mapped_type>::to_python(interpreter, value));
  }
  return interpreter.make_dict(items);
}
template <class Map>
Map map_from_python(const PyObject& object) {
  Map map;
  for (const auto& [key, value] : object.dict_items()) {
    map.emplace(Converter<typename Map::key_type>::from_python(key),
                Converter<typename Map::mapped_type>::from_python(value));
  }
  return map;
}
}  // namespace detail

template <class K, class V>
struct Converter<std::map<K, V>> {
  static PyObject to_python(Interpreter& interpreter, const std::map<K, V>& map) {
    return detail::map_to_python(interpreter, map);
  }
  static std::map<K, V> from_python(const PyObject& object) {
    return detail::map_from_python<std::map<K, V>>(object);
  }
};

template <class K, class V>
struct Converter<std::unordered_map<K, V>> {
  static PyObject to_python(Interpreter& interpreter, const std::unordered_map<K, V>& map) {
    return detail::map_to_python(interpreter, map);
  }
  static std::unordered_map<K, V> from_python(const PyObject& object) {
    return detail::map_from_python<std::unordered_map<K, V>>(object);
  }
};

// None is the empty optional.
template <class T>
struct Converter<std::optional<T>> {
  static PyObject to_python(Interpreter& interpreter, const std::optional<T>& value) {
    return value ? Converter<T>::to_python(interpreter, *value) : interpreter.none();
  }
  static std::optional<T> from_python(const PyObject& object) {
    if (object.is_none()) return std::nullopt;
    return Converter<T>::from_python(object);
  }
};

namespace detail {
// "TypeError" for a tuple of the wrong length.
[[noreturn]] void throw_wrong_tuple_size(const PyObject& object, size_t expected, size_t actual);

template <class Tuple, size_t... I>
PyObject tuple_to_python(Interpreter& interpreter, const Tuple& value, std::index_sequence<I...>) {
  return interpreter.make_tuple(
      {Converter<std::tuple_element_t<I, Tuple>>::to_python(interpreter, std::get<I>(value))...});
}
template <class Tuple, size_t... I>
Tuple tuple_from_python(const PyObject& object, std::index_sequence<I...>) {
  const std::vector<PyObject> items = object.items();
  if (items.size() != sizeof...(I)) throw_wrong_tuple_size(object, sizeof...(I), items.size());
  return Tuple(Converter<std::tuple_element_t<I, Tuple>>::from_python(items[I])...);
}
}  // namespace detail

template <class... T>
struct Converter<std::tuple<T...>> {
  static PyObject to_python(Interpreter& interpreter, const std::tuple<T...>& value) {
    return detail::tuple_to_python(interpreter, value, std::index_sequence_for<T...>());
  }
  static std::tuple<T...> from_python(const PyObject& object) {
    return detail::tuple_from_python<std::tuple<T...>>(object, std::index_sequence_for<T...>());
  }
};

template <class A, class B>
struct Converter<std::pair<A, B>> {
  static PyObject to_python(Interpreter& interpreter, const std::pair<A, B>& value) {
    return detail::tuple_to_python(interpreter, value, std::make_index_sequence<2>());
  }
  static std::pair<A, B> from_python(const PyObject& object) {
    return detail::tuple_from_python<std::pair<A, B>>(object, std::make_index_sequence<2>());
  }
};

// ---- the template members of PyObject and Interpreter

template <class T>
T PyObject::as() const {
  return Converter<std::remove_cv_t<T>>::from_python(*this);
}

template <class T>
void PyObject::set_attr(std::string_view name, const T& value) const {
  set_attr(name, Converter<std::decay_t<const T&>>::to_python(interpreter(), value));
}

template <class... Args>
PyObject PyObject::operator()(Args&&... arguments) const {
  Interpreter& owner = interpreter();
  return call({Converter<std::decay_t<Args>>::to_python(owner, arguments)...});
}

template <class T>
PyObject Interpreter::to_python(const T& value) {
  return Converter<std::decay_t<const T&>>::to_python(*this, value);
}

template <class T>
void Interpreter::set_global(std::string_view name, const T& value) {
  set_global(name, to_python(value));
}

template <class... Args>
PyObject Interpreter::call(std::string_view function_name, Args&&... arguments) {
  return global(function_name)(std::forward<Args>(arguments)...);
}

}  // namespace pyvm
