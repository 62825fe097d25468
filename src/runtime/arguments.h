// SPDX-License-Identifier: GPL-3.0-or-later
// Argument checking for native functions, with CPython's exact TypeError
// messages for each calling style its built-ins use:
//
//   expect_exactly_one    "list.append() takes exactly one argument (0 given)"
//   expect_no_arguments   "list.copy() takes no arguments (1 given)"
//   expect_positional     "insert expected 2 arguments, got 1"
//   bind_arguments        "'sepp' is an invalid keyword argument for print()",
//                         "round() missing required argument 'number' (pos 1)"
#pragma once

#include <cstddef>
#include <initializer_list>
#include <span>
#include <string_view>

#include "runtime/runtime.h"
#include "runtime/value.h"

namespace pyvm {

struct Tuple;

// Each check is inline for the call that passes it (every native call makes
// one); the *_checked function behind it handles an empty keyword tuple and
// raises the TypeError.
bool expect_no_keywords_checked(Runtime& rt, std::string_view qualname, Tuple* kwnames);
bool expect_exactly_one_checked(Runtime& rt, std::string_view qualname, size_t nargs,
                                Tuple* kwnames);
bool expect_no_arguments_checked(Runtime& rt, std::string_view qualname, size_t nargs,
                                 Tuple* kwnames);
bool expect_positional_checked(Runtime& rt, std::string_view name, size_t nargs, Tuple* kwnames,
                               size_t min, size_t max);

// "NAME() takes no keyword arguments" unless kwnames is empty.
inline bool expect_no_keywords(Runtime& rt, std::string_view qualname, Tuple* kwnames) {
  return kwnames == nullptr || expect_no_keywords_checked(rt, qualname, kwnames);
}
// A one-argument function: no keywords and exactly one positional argument.
inline bool expect_exactly_one(Runtime& rt, std::string_view qualname, size_t nargs,
                               Tuple* kwnames) {
  return (nargs == 1 && kwnames == nullptr) ||
         expect_exactly_one_checked(rt, qualname, nargs, kwnames);
}
inline bool expect_no_arguments(Runtime& rt, std::string_view qualname, size_t nargs,
                                Tuple* kwnames) {
  return (nargs == 0 && kwnames == nullptr) ||
         expect_no_arguments_checked(rt, qualname, nargs, kwnames);
}
// Positional arguments only, between min and max of them.
inline bool expect_positional(Runtime& rt, std::string_view name, size_t nargs, Tuple* kwnames,
                              size_t min, size_t max) {
  return (nargs >= min && nargs <= max && kwnames == nullptr) ||
         expect_positional_checked(rt, name, nargs, kwnames, min, max);
}

// A parameter list for bind_arguments: the first `positional_only` names
// cannot be passed by keyword, names from `keyword_only` on cannot be passed
// by position, and the first `required` must be given.
struct Parameters {
  std::string_view function_name;  // as it appears in messages: "print", "sort"
  std::initializer_list<std::string_view> names;
  size_t required = 0;
  size_t positional_only = 0;
  size_t keyword_only = static_cast<size_t>(-1);  // index of the first keyword-only name
};

// Sorts the call's arguments into `out` (one slot per parameter name, null
// where not given). Values are borrowed copies of the caller's arguments.
bool bind_arguments(Runtime& rt, const Parameters& parameters, const Value* args, size_t nargs,
                    Tuple* kwnames, Value* out);
// The same for names known only at run time (a host's bound function).
struct NamedParameters {
  std::string_view function_name;
  std::span<const std::string_view> names;
  size_t required = 0;
  size_t positional_only = 0;
  size_t keyword_only = static_cast<size_t>(-1);
};
bool bind_arguments(Runtime& rt, const NamedParameters& parameters, const Value* args, size_t nargs,
                    Tuple* kwnames, Value* out);

// How "argument must be str, not X" messages name an argument's type: its
// type's name, except "None" for None ("replace() argument 1 must be str, not None").
std::string_view argument_type_name(Runtime& rt, const Value& value);

}  // namespace pyvm
