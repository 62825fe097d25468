// SPDX-License-Identifier: GPL-3.0-or-later
// C++ callables and classes seen from Python. A function or lambda becomes
// a Python function whose arguments are converted to the C++ parameter
// types and whose result is converted back (convert.h); a wrong argument is
// a TypeError naming it. PyClass<C> binds a C++ class: constructor, methods
// and properties; PyModule is a module scripts import.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <tuple>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <vector>

#include "pyvm/convert.h"

namespace pyvm {
namespace detail {

// The parameter and result types of a callable: a function (pointer), a
// member function (its class first), or an object with one operator().
template <class F>
struct Signature : Signature<decltype(&F::operator())> {};
template <class R, class... A>
struct Signature<R (*)(A...)> {
  using Result = R;
  using Parameters = std::tuple<A...>;
};
template <class R, class... A>
struct Signature<R(A...)> : Signature<R (*)(A...)> {};
template <class L, class R, class... A>  // a lambda or functor's operator()
struct Signature<R (L::*)(A...) const> : Signature<R (*)(A...)> {};
template <class L, class R, class... A>
struct Signature<R (L::*)(A...)> : Signature<R (*)(A...)> {};

// "TypeError" for a call with the wrong number of arguments.
[[noreturn]] void throw_wrong_argument_count(const std::string& name, size_t expected,
                                             size_t given);
// Rethrows `error`, converting argument `position` (from 1) of `name`,
// with both in its message.
[[noreturn]] void throw_bad_argument(const std::string& name, size_t position, const Error& error);

// A parameter of a bound class's type by reference (Point&, const Point&)
// receives the instance's own C++ object; anything else is converted.
template <class T, class = void>
struct IsBoundClass : std::false_type {};
template <class T>
struct IsBoundClass<T, std::void_t<decltype(Converter<T>::kBoundClass)>> : std::true_type {};
template <class P>
constexpr bool kReferencesInstance =
    std::conjunction_v<std::is_lvalue_reference<P>, IsBoundClass<std::decay_t<P>>>;

template <class P>
decltype(auto) argument_as(const std::vector<PyObject>& arguments, size_t index,
                           const std::string& name) {
  using Value = std::decay_t<P>;
  try {
    if constexpr (kReferencesInstance<P>) {
      return *static_cast<Value*>(
          arguments[index].host_pointer(typeid(Value), typeid(Value).name()));
    } else {
      return Converter<Value>::from_python(arguments[index]);
    }
  } catch (const Error& error) {
    throw_bad_argument(name, index + 1, error);
  }
}

template <class F, class Parameters, size_t... I>
PyObject invoke_converted(Interpreter& interpreter, const std::string& name, F& callable,
                          const std::vector<PyObject>& arguments, std::index_sequence<I...>) {
  using Result = std::invoke_result_t<F&, std::tuple_element_t<I, Parameters>...>;
  if (arguments.size() != sizeof...(I))
    throw_wrong_argument_count(name, sizeof...(I), arguments.size());
  if constexpr (std::is_void_v<Result>) {
    std::invoke(callable, argument_as<std::tuple_element_t<I, Parameters>>(arguments, I, name)...);
    return interpreter.none();
  } else {
    return Converter<std::decay_t<Result>>::to_python(
        interpreter, std::invoke(callable, argument_as<std::tuple_element_t<I, Parameters>>(
                                               arguments, I, name)...));
  }
}

// The untyped body of a typed callable.
template <class F>
Interpreter::HostFunction typed_body(Interpreter& interpreter, std::string name, F callable) {
  using Parameters = typename Signature<std::decay_t<F>>::Parameters;
  return [&interpreter, name = std::move(name),
          callable = std::move(callable)](const std::vector<PyObject>& arguments) mutable {
    return invoke_converted<F, Parameters>(
        interpreter, name, callable, arguments,
        std::make_index_sequence<std::tuple_size_v<Parameters>>());
  };
}

// A member function pointer as a callable taking the object first (with
// the member's own result type: a reference it returns stays one).
template <class C, class R, class... A>
auto as_callable(R (C::*method)(A...)) {
  return std::function<R(C&, A...)>([method](C& self, A... arguments) -> R {
    return (self.*method)(std::forward<A>(arguments)...);
  });
}
template <class C, class R, class... A>
auto as_callable(R (C::*method)(A...) const) {
  return std::function<R(const C&, A...)>([method](const C& self, A... arguments) -> R {
    return (self.*method)(std::forward<A>(arguments)...);
  });
}
template <class F>
F as_callable(F callable) {
  return callable;
}

}  // namespace detail

template <class T>
Arg& Arg::operator=(T value) {
  make_default = [value = std::move(value)](Interpreter& interpreter) {
    return interpreter.to_python(value);
  };
  return *this;
}

namespace detail {

// The number of arguments a callable takes from Python (`skipped`: those
// bound otherwise, as a method's instance).
template <class F, size_t skipped = 0>
constexpr size_t kArity = std::tuple_size_v<typename Signature<std::decay_t<F>>::Parameters> - skipped;

template <class... Parameters>
std::vector<Arg> named_parameters(Parameters... parameters) {
  static_assert((std::is_same_v<Parameters, Arg> && ...), "parameters are pyvm::arg(name)");
  return std::vector<Arg>{std::move(parameters)...};
}

}  // namespace detail

template <class F, class... Parameters>
PyObject Interpreter::function(std::string name, F&& callable, Parameters... parameters) {
  auto wrapped = detail::as_callable(std::forward<F>(callable));
  static_assert(sizeof...(Parameters) == 0 || sizeof...(Parameters) == detail::kArity<decltype(wrapped)>,
                "name every argument or none");
  return make_function(name, detail::typed_body(*this, name, std::move(wrapped)),
                       detail::named_parameters(std::move(parameters)...));
}

template <class F, class... Parameters>
void Interpreter::def(std::string name, F&& callable, Parameters... parameters) {
  set_global(name, function(name, std::forward<F>(callable), std::move(parameters)...));
}

// Binds the C++ class C. Methods and property accessors are member
// functions, or callables whose first parameter is C& (or const C&).
template <class C>
class PyClass {
 public:
  PyClass(Interpreter& interpreter, PyObject cls)
      : interpreter_(interpreter), class_(std::move(cls)) {}

  // Calling the class from Python makes a C from these arguments.
  template <class... A>
  PyClass& constructor() {
    const std::string name = class_.attr("__name__").to_string();
    auto make = [&interpreter = interpreter_](A... arguments) {
      return interpreter.make_instance(typeid(C),
                                       std::make_shared<C>(std::forward<A>(arguments)...));
    };
    set_constructor(detail::typed_body(interpreter_, name, std::function<PyObject(A...)>(make)));
    return *this;
  }

  // `parameters` (pyvm::arg), if any, name every argument after the instance.
  template <class F, class... Parameters>
  PyClass& method(std::string name, F&& callable, Parameters... parameters) {
    auto wrapped = detail::as_callable(std::forward<F>(callable));
    static_assert(sizeof...(Parameters) == 0 ||
                      sizeof...(Parameters) == detail::kArity<decltype(wrapped), 1>,
                  "name every argument after the instance, or none");
    interpreter_.add_method(class_, name,
                            detail::typed_body(interpreter_, name, std::move(wrapped)),
                            detail::named_parameters(std::move(parameters)...));
    return *this;
  }

  // A read-only property, or read-write with a setter (C&, value).
  template <class G>
  PyClass& property(std::string name, G&& getter) {
    auto get = detail::as_callable(std::forward<G>(getter));
    interpreter_.add_property(class_, name, detail::typed_body(interpreter_, name, std::move(get)),
                              nullptr);
    return *this;
  }
  template <class G, class S>
  PyClass& property(std::string name, G&& getter, S&& setter) {
    auto get = detail::as_callable(std::forward<G>(getter));
    auto set = detail::as_callable(std::forward<S>(setter));
    interpreter_.add_property(class_, name, detail::typed_body(interpreter_, name, std::move(get)),
                              detail::typed_body(interpreter_, name, std::move(set)));
    return *this;
  }
  // A data member as a read-write property.
  template <class T>
  PyClass& field(std::string name, T C::*member) {
    return property(
        std::move(name), [member](const C& self) { return self.*member; },
        [member](C& self, const T& value) { self.*member = value; });
  }

  const PyObject& type() const { return class_; }

 private:
  void set_constructor(Interpreter::HostFunction body);

  Interpreter& interpreter_;
  PyObject class_;
};

template <class C>
void PyClass<C>::set_constructor(Interpreter::HostFunction body) {
  interpreter_.set_constructor(class_, std::move(body));
}

template <class C>
PyClass<C> Interpreter::bind_class(std::string name) {
  PyObject cls = define_class(name, typeid(C));
  set_global(name, cls);
  return PyClass<C>(*this, std::move(cls));
}

// A module made by the host: `import NAME` in a script finds it.
class PyModule {
 public:
  PyModule(Interpreter& interpreter, PyObject module)
      : interpreter_(interpreter), module_(std::move(module)) {}

  template <class F, class... Parameters>
  PyModule& def(std::string name, F&& callable, Parameters... parameters) {
    module_.set_attr(name, interpreter_.function(name, std::forward<F>(callable),
                                                 std::move(parameters)...));
    return *this;
  }
  template <class T>
  PyModule& add(std::string name, const T& value) {
    module_.set_attr(name, value);
    return *this;
  }
  template <class C>
  PyClass<C> bind_class(std::string name) {
    PyObject cls = interpreter_.define_class(name, typeid(C));
    module_.set_attr(name, cls);
    return PyClass<C>(interpreter_, std::move(cls));
  }
  const PyObject& object() const { return module_; }

 private:
  Interpreter& interpreter_;
  PyObject module_;
};

inline PyModule Interpreter::module(std::string name) {
  return PyModule(*this, make_module(std::move(name)));
}

}  // namespace pyvm
