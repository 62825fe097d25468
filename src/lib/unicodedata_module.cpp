// SPDX-License-Identifier: GPL-3.0-or-later
// The unicodedata module: CPython 3.11's view of the Unicode 14.0 character
// database, and the UCD type whose one instance, ucd_3_2_0, answers from
// Unicode 3.2.0. The data and the algorithms (names, normalization) live in
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
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/unicode_data.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

constexpr const char* kUnicodeVersion = "14.0.0";
// CPython refuses longer names before looking them up.
constexpr size_t kMaxNameLength = 256;

// Who answers a call: the module's functions (the current database) or a
// method of ucd_3_2_0. `owner` prefixes the names in argument-count
// messages ("unicodedata.category() takes exactly one argument", or
// "UCD.category() ...").
struct Database {
  UnicodeVersion version;
  std::string_view owner;
};
constexpr Database kCurrentDatabase{UnicodeVersion::kCurrent, "unicodedata"};
constexpr Database kDatabase320{UnicodeVersion::kVersion320, "UCD"};

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
bool one_character(Runtime& rt, const Database& db, std::string_view function, const Value* args,
                   size_t nargs, Tuple* kwnames, uint32_t* out) {
  if (!expect_exactly_one(rt, cat(db.owner, ".", function), nargs, kwnames)) return false;
  return character_argument(rt, function, "", args[0], out);
}

// The shape of name(), decimal(), ...: a character and an optional default.
bool character_and_default(Runtime& rt, const Database& db, std::string_view function,
                           const Value* args, size_t nargs, Tuple* kwnames, uint32_t* out) {
  if (!expect_no_keywords(rt, cat(db.owner, ".", function), kwnames)) return false;
  if (!expect_positional(rt, function, nargs, kwnames, 1, 2)) return false;
  return character_argument(rt, function, " 1", args[0], out);
}

Value category(Runtime& rt, const Database& db, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t c;
  if (!one_character(rt, db, "category", args, nargs, kwnames, &c)) return Value();
  return make_str(rt, unicode_properties(c, db.version).category);
}

Value bidirectional(Runtime& rt, const Database& db, const Value* args, size_t nargs,
                    Tuple* kwnames) {
  uint32_t c;
  if (!one_character(rt, db, "bidirectional", args, nargs, kwnames, &c)) return Value();
  return make_str(rt, unicode_properties(c, db.version).bidirectional);
}

Value combining(Runtime& rt, const Database& db, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t c;
  if (!one_character(rt, db, "combining", args, nargs, kwnames, &c)) return Value();
  return Value::small_int(unicode_properties(c, db.version).combining);
}

Value east_asian_width(Runtime& rt, const Database& db, const Value* args, size_t nargs,
                       Tuple* kwnames) {
  uint32_t c;
  if (!one_character(rt, db, "east_asian_width", args, nargs, kwnames, &c)) return Value();
  return make_str(rt, unicode_properties(c, db.version).east_asian_width);
}

Value mirrored(Runtime& rt, const Database& db, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t c;
  if (!one_character(rt, db, "mirrored", args, nargs, kwnames, &c)) return Value();
  return Value::small_int(unicode_properties(c, db.version).mirrored ? 1 : 0);
}

Value decomposition(Runtime& rt, const Database& db, const Value* args, size_t nargs,
                    Tuple* kwnames) {
  uint32_t c;
  if (!one_character(rt, db, "decomposition", args, nargs, kwnames, &c)) return Value();
  return make_str(rt, unicode_decomposition(c, db.version));
}

// decimal(), digit() and numeric(): the value, else the default, else
// ValueError with `missing` ("not a digit").
Value numeric_property(Runtime& rt, const Database& db, std::string_view function, NumericKind kind,
                       const char* missing, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t c;
  if (!character_and_default(rt, db, function, args, nargs, kwnames, &c)) return Value();
  const std::optional<double> value = unicode_numeric_value(c, kind, db.version);
  if (!value) return nargs == 2 ? args[1] : rt.raise(Exc::kValueError, missing);
  if (kind == NumericKind::kNumeric) return Value::floating(*value);
  return Value::small_int(static_cast<int64_t>(*value));
}

Value decimal(Runtime& rt, const Database& db, const Value* args, size_t nargs, Tuple* kwnames) {
  return numeric_property(rt, db, "decimal", NumericKind::kDecimal, "not a decimal", args, nargs,
                          kwnames);
}

Value digit(Runtime& rt, const Database& db, const Value* args, size_t nargs, Tuple* kwnames) {
  return numeric_property(rt, db, "digit", NumericKind::kDigit, "not a digit", args, nargs,
                          kwnames);
}

Value numeric(Runtime& rt, const Database& db, const Value* args, size_t nargs, Tuple* kwnames) {
  return numeric_property(rt, db, "numeric", NumericKind::kNumeric, "not a numeric character", args,
                          nargs, kwnames);
}

Value name(Runtime& rt, const Database& db, const Value* args, size_t nargs, Tuple* kwnames) {
  uint32_t c;
  if (!character_and_default(rt, db, "name", args, nargs, kwnames, &c)) return Value();
  std::string text;
  if (!unicode_character_name(c, &text, db.version)) {
    return nargs == 2 ? args[1] : rt.raise(Exc::kValueError, "no such name");
  }
  return make_str(rt, text);
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

Value lookup(Runtime& rt, const Database& db, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, cat(db.owner, ".lookup"), nargs, kwnames)) return Value();
  std::string_view text;
  if (!name_argument(rt, args[0], &text)) return Value();
  if (text.size() > kMaxNameLength) {
    return rt.raise_with_arg(Exc::kKeyError, make_str(rt, "name too long"));
  }
  const std::optional<std::u32string> found = unicode_lookup_name(text, true, db.version);
  if (!found) {
    // CPython formats the name as a C string: it stops at a NUL, and bytes
    // that are not UTF-8 show as U+FFFD.
    const std::string shown = sanitize_utf8(text.substr(0, text.find('\0')));
    return rt.raise_with_arg(Exc::kKeyError,
                             make_str(rt, cat("undefined character name '", shown, "'")));
  }
  std::string result;
  for (const uint32_t c : *found) utf8_append(result, c);
  return make_str(rt, result);
}

// normalize() and is_normalized(): the form and the text, both str.
bool normalization_arguments(Runtime& rt, const Database& db, std::string_view function,
                             const Value* args, size_t nargs, Tuple* kwnames, NormalForm* form,
                             Str** text) {
  if (!expect_no_keywords(rt, cat(db.owner, ".", function), kwnames)) return false;
  if (!expect_positional(rt, function, nargs, kwnames, 2, 2)) return false;
  for (size_t i = 0; i < 2; ++i) {
    if (!is_str(args[i])) {
      rt.raise(Exc::kTypeError, cat(function, "() argument ", i + 1, " must be str, not ",
                                    argument_type_name(rt, args[i])));
      return false;
    }
  }
  const std::string_view form_name = as_str(args[0])->view();
  if (form_name == "NFC") {
    *form = NormalForm::kNfc;
  } else if (form_name == "NFD") {
    *form = NormalForm::kNfd;
  } else if (form_name == "NFKC") {
    *form = NormalForm::kNfkc;
  } else if (form_name == "NFKD") {
    *form = NormalForm::kNfkd;
  } else {
    rt.raise(Exc::kValueError, "invalid normalization form");
    return false;
  }
  *text = as_str(args[1]);
  return true;
}

// CPython returns the text itself (a str subclass instance included) when
// it is empty or the quick check proves it normal, and otherwise a new str
// even if nothing changed. The 3.2.0 view never trusts the quick check.
Value normalize(Runtime& rt, const Database& db, const Value* args, size_t nargs, Tuple* kwnames) {
  NormalForm form;
  Str* text;
  if (!normalization_arguments(rt, db, "normalize", args, nargs, kwnames, &form, &text)) {
    return Value();
  }
  if (text->size == 0) return args[1];
  const bool current = db.version == UnicodeVersion::kCurrent;
  if (current && (text->ascii || unicode_quick_check_yes(text->view(), form))) return args[1];
  return make_str(rt, unicode_normalize(text->view(), form, db.version));
}

Value is_normalized(Runtime& rt, const Database& db, const Value* args, size_t nargs,
                    Tuple* kwnames) {
  NormalForm form;
  Str* text;
  if (!normalization_arguments(rt, db, "is_normalized", args, nargs, kwnames, &form, &text)) {
    return Value();
  }
  if (db.version == UnicodeVersion::kCurrent && text->ascii) return Value::boolean(true);
  return Value::boolean(unicode_normalize(text->view(), form, db.version) == text->view());
}

// Each operation twice: a module function on the current database and a
// UCD method (self first) on Unicode 3.2.0.
#define DATABASE_OPERATION(operation)                                                           \
  Value unicodedata_##operation(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) { \
    return operation(rt, kCurrentDatabase, args, nargs, kwnames);                               \
  }                                                                                             \
  Value ucd_##operation(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {         \
    return operation(rt, kDatabase320, args + 1, nargs - 1, kwnames);                           \
  }

DATABASE_OPERATION(bidirectional)
DATABASE_OPERATION(category)
DATABASE_OPERATION(combining)
DATABASE_OPERATION(decimal)
DATABASE_OPERATION(decomposition)
DATABASE_OPERATION(digit)
DATABASE_OPERATION(east_asian_width)
DATABASE_OPERATION(is_normalized)
DATABASE_OPERATION(lookup)
DATABASE_OPERATION(mirrored)
DATABASE_OPERATION(name)
DATABASE_OPERATION(normalize)
DATABASE_OPERATION(numeric)
#undef DATABASE_OPERATION

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

const MethodDef kUcdMethods[] = {
    {"bidirectional", ucd_bidirectional},
    {"category", ucd_category},
    {"combining", ucd_combining},
    {"decimal", ucd_decimal},
    {"decomposition", ucd_decomposition},
    {"digit", ucd_digit},
    {"east_asian_width", ucd_east_asian_width},
    {"is_normalized", ucd_is_normalized},
    {"lookup", ucd_lookup},
    {"mirrored", ucd_mirrored},
    {"name", ucd_name},
    {"normalize", ucd_normalize},
    {"numeric", ucd_numeric},
};

Value ucd_unidata_version(Runtime& rt, const Value&) { return make_str(rt, "3.2.0"); }

// A read-only member in CPython, with the members' message.
bool ucd_set_unidata_version(Runtime& rt, const Value&, const Value&) {
  rt.raise(Exc::kAttributeError, "readonly attribute");
  return false;
}

const GetSetDef kUcdGetSets[] = {{"unidata_version", ucd_unidata_version, ucd_set_unidata_version}};

// unicodedata.UCD: no instances but ucd_3_2_0, which carries no state.
Type* ucd_type(VM& vm) {
  Type* type = vm.ucd_type;
  if (!type->name) {  // (the module may be imported again after `del sys.modules[...]`)
    define_builtin_type(vm, type, "UCD", vm.object_type, sizeof(Object), 0, dealloc_object<Object>);
    type->module_name = Ref<Str>::borrow(vm.intern("unicodedata"));
    add_methods(vm, type, kUcdMethods);
    add_getsets(vm, type, kUcdGetSets);
    finish_type(vm, type);
  }
  return type;
}

}  // namespace

Value make_unicodedata_module(VM& vm) {
  Value module = make_module_with_functions(vm, "unicodedata", kUnicodedataFunctions);
  Dict* dict = module_dict(module);
  dict_set_str(vm, dict, vm.intern("unidata_version"), make_str(vm, kUnicodeVersion));
  Type* type = ucd_type(vm);
  dict_set_str(vm, dict, vm.intern("UCD"), Value::from_object(type));
  dict_set_str(vm, dict, vm.intern("ucd_3_2_0"), Value::steal(new_object<Object>(vm.gc, type, 0)));
  return module;
}

}  // namespace pyvm
