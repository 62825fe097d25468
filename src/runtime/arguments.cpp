// SPDX-License-Identifier: GPL-3.0-or-later
// Argument checking with CPython's messages (see arguments.h).
#include "runtime/arguments.h"

#include "runtime/concat.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

bool expect_no_keywords_checked(Runtime& rt, std::string_view qualname, Tuple* kwnames) {
  if (tuple_size(kwnames) == 0) return true;
  rt.raise(Exc::kTypeError, cat(qualname, "() takes no keyword arguments"));
  return false;
}

bool expect_exactly_one_checked(Runtime& rt, std::string_view qualname, size_t nargs,
                                Tuple* kwnames) {
  if (!expect_no_keywords(rt, qualname, kwnames)) return false;
  if (nargs == 1) return true;
  rt.raise(Exc::kTypeError, cat(qualname, "() takes exactly one argument (", nargs, " given)"));
  return false;
}

bool expect_no_arguments_checked(Runtime& rt, std::string_view qualname, size_t nargs,
                                 Tuple* kwnames) {
  if (!expect_no_keywords(rt, qualname, kwnames)) return false;
  if (nargs == 0) return true;
  rt.raise(Exc::kTypeError, cat(qualname, "() takes no arguments (", nargs, " given)"));
  return false;
}

bool expect_positional_checked(Runtime& rt, std::string_view name, size_t nargs, Tuple* kwnames,
                               size_t min, size_t max) {
  if (!expect_no_keywords(rt, name, kwnames)) return false;
  if (nargs >= min && nargs <= max) return true;
  const size_t expected = nargs < min ? min : max;
  const char* qualifier = min == max ? "" : nargs < min ? "at least " : "at most ";
  rt.raise(Exc::kTypeError, cat(name, " expected ", qualifier, expected, " argument",
                                expected == 1 ? "" : "s", ", got ", nargs));
  return false;
}

bool bind_arguments(Runtime& rt, const Parameters& parameters, const Value* args, size_t nargs,
                    Tuple* kwnames, Value* out) {
  const NamedParameters named{parameters.function_name,
                              std::span(parameters.names.begin(), parameters.names.size()),
                              parameters.required, parameters.positional_only,
                              parameters.keyword_only};
  return bind_arguments(rt, named, args, nargs, kwnames, out);
}

bool bind_arguments(Runtime& rt, const NamedParameters& parameters, const Value* args, size_t nargs,
                    Tuple* kwnames, Value* out) {
  const size_t keywords = tuple_size(kwnames);
  const size_t positional = nargs - keywords;
  const size_t count = parameters.names.size();
  const size_t positional_limit = std::min(count, parameters.keyword_only);
  // More arguments than parameters, however passed (CPython's argument
  // parsers check this first).
  if (nargs > count) {
    rt.raise(Exc::kTypeError, cat(parameters.function_name, "() takes at most ", count, " ",
                                  positional == 0 ? "keyword " : "", "argument",
                                  count == 1 ? "" : "s", " (", nargs, " given)"));
    return false;
  }
  if (positional > positional_limit) {
    const char* qualifier = parameters.required == positional_limit ? "exactly" : "at most";
    rt.raise(Exc::kTypeError,
             cat(parameters.function_name, "() takes ", qualifier, " ", positional_limit,
                 " positional argument", positional_limit == 1 ? "" : "s", " (", positional,
                 " given)"));
    return false;
  }
  for (size_t i = 0; i < count; ++i) out[i] = Value();
  for (size_t i = 0; i < positional; ++i) out[i] = args[i];
  // CPython's order of complaints: a missing argument, then one given by
  // name and position, then an unknown keyword.
  std::string_view unknown, repeated;
  size_t repeated_index = count;
  for (size_t k = 0; k < keywords; ++k) {
    const std::string_view key = as_str((*kwnames)[k])->view();
    size_t index = 0;
    const std::string_view* names = parameters.names.data();
    while (index < count && names[index] != key) ++index;
    if (index == count || index < parameters.positional_only) {
      if (unknown.data() == nullptr) unknown = key;
      continue;
    }
    if (!out[index].is_null()) {
      if (index < repeated_index) {
        repeated_index = index;
        repeated = key;
      }
      continue;
    }
    out[index] = args[positional + k];
  }
  for (size_t i = 0; i < parameters.required; ++i) {
    if (out[i].is_null()) {
      rt.raise(Exc::kTypeError, cat(parameters.function_name, "() missing required argument '",
                                    parameters.names[i], "' (pos ", i + 1, ")"));
      return false;
    }
  }
  if (repeated_index < count) {
    rt.raise(Exc::kTypeError, cat("argument for ", parameters.function_name, "() given by name ('",
                                  repeated, "') and position (", repeated_index + 1, ")"));
    return false;
  }
  if (unknown.data() != nullptr) {
    rt.raise(Exc::kTypeError, cat("'", unknown, "' is an invalid keyword argument for ",
                                  parameters.function_name, "()"));
    return false;
  }
  return true;
}

std::string_view argument_type_name(Runtime& rt, const Value& value) {
  return value.is_none() ? std::string_view("None") : type_name(rt, value);
}

}  // namespace pyvm
