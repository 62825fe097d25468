// SPDX-License-Identifier: GPL-3.0-or-later
// The unicodedata module: CPython 3.11's view of the Unicode 14.0 character
// database. The data and the algorithms (names, normalization) live in
// src/runtime/unicode_data.h, shared with the compiler; this file checks
// arguments and shapes results and errors as CPython does.
#include <string>

#include "lib/native_modules.h"
#include "runtime/arguments.h"
#include "runtime/bytes.h"
#include "runtime/codecs.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/module.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/unicode_data.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

constexpr const char* kUnicodeVersion = "14.0.0";
// CPython refuses longer names before looking them up.
constexpr size_t kMaxNameLength = 256;

// The code point of a one-character str argument. `position` is how
// CPython's message numbers the argument: "category() argument must be a
// unicode character, not str" for one-argument functions, "name() argument
// 1 must ..." for the others.
bool character_argument(Runtime& rt, std::string_view function, const char* position,
                        const Value& value, uint32_t* out) {
  if (is_str(value) && as_str(value)->length == 1) {
    *out = str_code_point_at(as_str(value), 0);
    return true;
  }
  rt.raise(Exc::kTypeError,
           cat(function, "() argument", position, " must be a unicode character, not ",
               argument_type_name(rt, value)));
  return false;
}

// The shape of category(), bidirectional(), ...: exactly one character.
bool one_character(Runtime& rt, std::string_view function, const Value* args, size_t nargs,
                   Tuple* kwnames, uint32_t* out) {
  if (!expect_exactly_one(rt, cat("unicodedata.", function), nargs, kwnames)) return false;
  return character_argument(rt, function, "", args[0], out);
}

// The shape of name(), decimal(), ...: a character and an optional default.
bool character_and_default(Runtime& rt, std::string_view function, const Value* args, size_t nargs,
                           Tuple* kwnames, uint32_t* out) {
  if (!expect_no_keywords(rt, cat("unicodedata.", function), kwnames)) return false;
  if (!expect_positional(rt, function, nargs, kwnames, 1, 2)) return false;
  return character_argument(rt, function, " 1", args[0], out);
}

Value unicodedata_category(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t c;
  if (!one_character(rt, "category", args, nargs, kwnames, &c)) return Value();
  return make_str(rt, unicode_properties(c).category);
}

Value unicodedata_bidirectional(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t c;
  if (!one_character(rt, "bidirectional", args, nargs, kwnames, &c)) return Value();
  return make_str(rt, unicode_properties(c).bidirectional);
}

Value unicodedata_combining(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t c;
  if (!one_character(rt, "combining", args, nargs, kwnames, &c)) return Value();
  return Value::small_int(unicode_properties(c).combining);
}

Value unicodedata_east_asian_width(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t c;
  if (!one_character(rt, "east_asian_width", args, nargs, kwnames, &c)) return Value();
  return make_str(rt, unicode_properties(c).east_asian_width);
}

Value unicodedata_mirrored(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t c;
  if (!one_character(rt, "mirrored", args, nargs, kwnames, &c)) return Value();
  return Value::small_int(unicode_properties(c).mirrored ? 1 : 0);
}

Value unicodedata_decomposition(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t c;
  if (!one_character(rt, "decomposition", args, nargs, kwnames, &c)) return Value();
  return make_str(rt, unicode_decomposition(c));
}

// decimal(), digit() and numeric(): the value, else the default, else
// ValueError with `missing` ("not a digit").
Value numeric_property(Runtime& rt, std::string_view function, NumericKind kind,
                       const char* missing, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t c;
  if (!character_and_default(rt, function, args, nargs, kwnames, &c)) return Value();
  const std::optional<double> value = unicode_numeric_value(c, kind);
  if (!value) return nargs == 2 ? args[1] : rt.raise(Exc::kValueError, missing);
  if (kind == NumericKind::kNumeric) return Value::floating(*value);
  return Value::small_int(static_cast<int64_t>(*value));
}

Value unicodedata_decimal(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return numeric_property(rt, "decimal", NumericKind::kDecimal, "not a decimal", args, nargs,
                          kwnames);
}

Value unicodedata_digit(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return numeric_property(rt, "digit", NumericKind::kDigit, "not a digit", args, nargs, kwnames);
}

Value unicodedata_numeric(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return numeric_property(rt, "numeric", NumericKind::kNumeric, "not a numeric character", args,
                          nargs, kwnames);
}

Value unicodedata_name(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t c;
  if (!character_and_default(rt, "name", args, nargs, kwnames, &c)) return Value();
  std::string name;
  if (!unicode_character_name(c, &name))
    return nargs == 2 ? args[1] : rt.raise(Exc::kValueError, "no such name");
  return make_str(rt, name);
}

bool has_surrogate(std::string_view text) {
  for (size_t pos = 0; pos < text.size();) {
    const uint32_t c = utf8_decode_at(text, &pos);
    if (c >= 0xD800 && c <= 0xDFFF) return true;
  }
  return false;
}

// lookup() takes the name as str (encoded to UTF-8, so surrogates fail) or
// as bytes, like CPython's "s#" converter.
bool name_argument(Runtime& rt, const Value& value, std::string_view* out) {
  if (is_str(value)) {
    const std::string_view text = as_str(value)->view();
    if (!as_str(value)->ascii && has_surrogate(text)) {
      encode_to_bytes(rt, Codec::kUtf8, "strict", value);  // raises UnicodeEncodeError
      return false;
    }
    *out = text;
    return true;
  }
  if (is_instance(rt, value, rt.bytes_type)) {
    *out = bytes_view(value);
    return true;
  }
  if (is_bytes_like(rt, value)) {
    rt.raise(Exc::kTypeError, cat("lookup() argument must be read-only bytes-like object, not ",
                                  type_name(rt, value)));
  } else {
    rt.raise(Exc::kTypeError,
             cat("a bytes-like object is required, not '", type_name(rt, value), "'"));
  }
  return false;
}

Value unicodedata_lookup(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "unicodedata.lookup", nargs, kwnames)) return Value();
  std::string_view name;
  if (!name_argument(rt, args[0], &name)) return Value();
  if (name.size() > kMaxNameLength)
    return rt.raise_with_arg(Exc::kKeyError, make_str(rt, "name too long"));
  const std::optional<std::u32string> found = unicode_lookup_name(name, true);
  if (!found) {
    // CPython formats the name as a C string: it stops at a NUL, and bytes
    // that are not UTF-8 show as U+FFFD.
    const std::string shown = sanitize_utf8(name.substr(0, name.find('\0')));
    return rt.raise_with_arg(Exc::kKeyError,
                             make_str(rt, cat("undefined character name '", shown, "'")));
  }
  std::string text;
  for (const uint32_t c : *found) utf8_append(text, c);
  return make_str(rt, text);
}

// normalize() and is_normalized(): the form and the text, both str.
bool normalization_arguments(Runtime& rt, std::string_view function, const Value* args,
                             size_t nargs, Tuple* kwnames, NormalForm* form, Str** text) {
  if (!expect_no_keywords(rt, cat("unicodedata.", function), kwnames)) return false;
  if (!expect_positional(rt, function, nargs, kwnames, 2, 2)) return false;
  for (size_t i = 0; i < 2; ++i) {
    if (!is_str(args[i])) {
      rt.raise(Exc::kTypeError, cat(function, "() argument ", i + 1, " must be str, not ",
                                    argument_type_name(rt, args[i])));
      return false;
    }
  }
  const std::string_view name = as_str(args[0])->view();
  if (name == "NFC") {
    *form = NormalForm::kNfc;
  } else if (name == "NFD") {
    *form = NormalForm::kNfd;
  } else if (name == "NFKC") {
    *form = NormalForm::kNfkc;
  } else if (name == "NFKD") {
    *form = NormalForm::kNfkd;
  } else {
    rt.raise(Exc::kValueError, "invalid normalization form");
    return false;
  }
  *text = as_str(args[1]);
  return true;
}

Value unicodedata_normalize(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  NormalForm form;
  Str* text;
  if (!normalization_arguments(rt, "normalize", args, nargs, kwnames, &form, &text)) return Value();
  // Text already in the form comes back as itself, even a str subclass
  // instance, as in CPython. ASCII text is in every normal form.
  if (text->ascii) return args[1];
  const std::string normal = unicode_normalize(text->view(), form);
  if (normal == text->view()) return args[1];
  return make_str(rt, normal);
}

Value unicodedata_is_normalized(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  NormalForm form;
  Str* text;
  if (!normalization_arguments(rt, "is_normalized", args, nargs, kwnames, &form, &text))
    return Value();
  return Value::boolean(text->ascii || unicode_normalize(text->view(), form) == text->view());
}

const MethodDef kUnicodedataFunctions[] = {
    {"bidirectional", unicodedata_bidirectional},
    {"category", unicodedata_category},
    {"combining", unicodedata_combining},
    {"decimal", unicodedata_decimal},
    {"decomposition", unicodedata_decomposition},
    {"digit", unicodedata_digit},
    {"east_asian_width", unicodedata_east_asian_width},
    {"is_normalized", unicodedata_is_normalized},
    {"lookup", unicodedata_lookup},
    {"mirrored", unicodedata_mirrored},
    {"name", unicodedata_name},
    {"normalize", unicodedata_normalize},
    {"numeric", unicodedata_numeric},
};

}  // namespace

Value make_unicodedata_module(VM& vm) {
  Value module = make_module_with_functions(vm, "unicodedata", kUnicodedataFunctions);
  dict_set_str(vm, module_dict(module), vm.intern("unidata_version"),
               make_str(vm, kUnicodeVersion));
  return module;
}

}  // namespace pyvm
