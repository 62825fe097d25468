// SPDX-License-Identifier: GPL-3.0-or-later
// printf-style formatting: format % args, for str (CPython's
// PyUnicode_Format) and for bytes (PEP 461). Parsing of each %-specifier and
// the conversion of its argument live here; the digits and padding come from
// number_format.cpp.
#include <cmath>
#include <limits>

#include "runtime/bytes.h"
#include "runtime/concat.h"
#include "runtime/dict.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/number_format.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/str_methods.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

// What a % operation builds: a str, or bytes, whose %s %r %a %c accept other
// arguments and whose %b exists, and whose precision and width count bytes.
enum class PercentTarget { kStr, kBytes };

// The arguments of one % operation: a tuple's items, or one value, or a
// mapping for %(key)s specifiers.
class PercentArguments {
 public:
  PercentArguments(Runtime& rt, const Value& args, PercentTarget target)
      : rt_(rt), args_(args), target_(target) {
    if (is_tuple(args)) {
      items_ = as_tuple(args)->items();
      count_ = as_tuple(args)->size;
    } else {
      items_ = &args_;
      count_ = 1;
    }
    // A mapping (not a tuple, nor the format's own type) may serve
    // %(key)s lookups.
    Type* type = rt.type_of(args);
    const bool same_kind = target == PercentTarget::kStr ? is_str(args) : is_bytes_like(rt, args);
    is_mapping_ = !is_tuple(args) && !same_kind && type->getitem != nullptr;
  }

  Value next() {
    if (next_ >= count_) {
      return rt_.raise(Exc::kTypeError, "not enough arguments for format string");
    }
    return items_[next_++];
  }

  Value lookup(std::string_view key) {
    if (!is_mapping_) return rt_.raise(Exc::kTypeError, "format requires a mapping");
    used_mapping_ = true;
    const Value key_object =
        target_ == PercentTarget::kStr ? str_value(rt_, key) : make_bytes(rt_, key);
    return get_item(rt_, args_, key_object);
  }

  // Whether arguments were left over ("not all arguments converted").
  bool all_used() const {
    if (used_mapping_) return true;
    if (is_tuple(args_)) return next_ >= count_;
    return next_ >= 1 || is_mapping_;
  }

 private:
  Runtime& rt_;
  const Value& args_;
  PercentTarget target_;
  const Value* items_;
  size_t count_;
  size_t next_ = 0;
  bool is_mapping_ = false;
  bool used_mapping_ = false;
};

// A '*' width (a C ssize_t in CPython) or precision (a C int).
bool star_argument(Runtime& rt, PercentArguments& arguments, bool precision, int64_t* out) {
  Value v = arguments.next();
  if (v.is_null()) return false;
  if (!is_int(v)) {
    rt.raise(Exc::kTypeError, "* wants int");
    return false;
  }
  const bool fits =
      int_to_int64(v, out) && (!precision || (*out >= std::numeric_limits<int>::min() &&
                                              *out <= std::numeric_limits<int>::max()));
  if (!fits) {
    rt.raise(Exc::kOverflowError, precision ? "Python int too large to convert to C int"
                                            : "Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

// %d %i %u %x %X %o
bool format_integer_conversion(Runtime& rt, const PrintfSpec& spec, const Value& argument,
                               std::string* out) {
  Value number;
  const char c = spec.conversion;
  const bool decimal = c == 'd' || c == 'i' || c == 'u';
  if (is_int(argument)) {
    number = argument;
  } else if (decimal && (argument.is_float() || rt.type_of(argument)->to_int)) {
    number = argument.is_float() ? int_from_double(rt, argument.as_float())
                                 : int_from_value(rt, argument);
    if (number.is_null()) return false;
  } else if (rt.type_of(argument)->index) {
    number = index_value(rt, argument);
    if (number.is_null()) return false;
  } else {
    rt.raise(Exc::kTypeError, cat("%", c, " format: ", decimal ? "a real number" : "an integer",
                                  " is required, not ", type_name(rt, argument)));
    return false;
  }
  const int base = printf_integer_base(c);
  out->append(printf_integer(spec, int_sign(number) < 0, int_magnitude_digits(number, base)));
  return true;
}

bool format_float_conversion(Runtime& rt, PercentTarget target, const PrintfSpec& spec,
                             const Value& argument, std::string* out) {
  double d;
  if (is_float(argument)) {
    d = float_value(argument);  // a subclass's own value, as CPython's PyFloat_AsDouble
  } else if (is_int(argument)) {
    if (!to_double(rt, argument, &d)) return false;
  } else if (rt.type_of(argument)->to_float || rt.type_of(argument)->index) {
    Value converted = call(rt, Value::from_object(rt.float_type), &argument, 1);
    if (converted.is_null()) return false;
    d = converted.as_float();
  } else {
    rt.raise(Exc::kTypeError, cat(target == PercentTarget::kStr ? "must be real number, not "
                                                                : "float argument required, not ",
                                  type_name(rt, argument)));
    return false;
  }
  out->append(printf_float(spec, d));
  return true;
}

bool format_char_conversion(Runtime& rt, const PrintfSpec& spec, const Value& argument,
                            std::string* out) {
  std::string text;
  if (is_str(argument) && as_str(argument)->length == 1) {
    text = as_str(argument)->view();
  } else if (is_int(argument)) {
    int64_t cp;
    if (!int_to_int64(argument, &cp) || cp < 0 || cp > 0x10FFFF) {
      rt.raise(Exc::kOverflowError, "%c arg not in range(0x110000)");
      return false;
    }
    utf8_append(text, static_cast<uint32_t>(cp));
  } else {
    rt.raise(Exc::kTypeError, "%c requires int or char");
    return false;
  }
  PrintfSpec no_precision = spec;
  no_precision.precision = -1;
  out->append(printf_string(no_precision, text));
  return true;
}

bool format_text_conversion(Runtime& rt, const PrintfSpec& spec, const Value& argument,
                            std::string* out) {
  Value text;
  switch (spec.conversion) {
    case 's': text = to_str(rt, argument); break;
    case 'r': text = repr(rt, argument); break;
    default: {  // 'a'
      text = repr(rt, argument);
      if (!text.is_null()) text = make_str(rt, str_ascii_escape(as_str(text)->view()));
    }
  }
  if (text.is_null()) return false;
  out->append(printf_string(spec, as_str(text)->view()));
  return true;
}

// %c of bytes: an int in range(256), or a bytes object of length 1.
bool format_byte_conversion(Runtime& rt, const PrintfSpec& spec, const Value& argument,
                            std::string* out) {
  std::string byte;
  if (is_bytes_like(rt, argument) && bytes_view(argument).size() == 1) {
    byte = bytes_view(argument);
  } else if (is_int(argument)) {
    int64_t value;
    if (!int_to_int64(argument, &value) || value < 0 || value > 255) {
      rt.raise(Exc::kOverflowError, "%c arg not in range(256)");
      return false;
    }
    byte.push_back(static_cast<char>(value));
  } else {
    rt.raise(Exc::kTypeError, "%c requires an integer in range(256) or a single byte");
    return false;
  }
  PrintfSpec no_precision = spec;
  no_precision.precision = -1;
  out->append(printf_bytes(no_precision, byte));
  return true;
}

// %s and %b of bytes take a bytes object or one with __bytes__; %r and %a
// both give ascii(x).
bool format_bytes_text_conversion(Runtime& rt, const PrintfSpec& spec, const Value& argument,
                                  std::string* out) {
  if (spec.conversion == 'r' || spec.conversion == 'a') {
    const Value text = repr(rt, argument);
    if (text.is_null()) return false;
    out->append(printf_bytes(spec, str_ascii_escape(as_str(text)->view())));
    return true;
  }
  Value data = argument;
  if (!is_bytes_like(rt, argument)) {
    if (!has_dunder_bytes(rt, argument)) {
      rt.raise(Exc::kTypeError, cat("%b requires a bytes-like object, or an object that implements "
                                    "__bytes__, not '",
                                    type_name(rt, argument), "'"));
      return false;
    }
    data = call_dunder_bytes(rt, argument);
    if (data.is_null()) return false;
  }
  out->append(printf_bytes(spec, bytes_view(data)));
  return true;
}

// A conversion character no conversion has, as CPython words the error: a
// code point of a str, a byte of bytes (whose non-ASCII bytes CPython fails
// to show, raising OverflowError instead).
Value raise_unsupported_conversion(Runtime& rt, PercentTarget target, uint32_t conversion,
                                   size_t index) {
  if (target == PercentTarget::kBytes && conversion >= 0x80) {
    return rt.raise(Exc::kOverflowError, "character argument not in range(0x110000)");
  }
  std::string shown;
  utf8_append(shown, conversion);
  char hex[16];
  std::snprintf(hex, sizeof hex, "%x", conversion);
  return rt.raise(Exc::kValueError,
                  cat("unsupported format character '", shown, "' (0x", hex, ") at index ", index));
}

// format % args into `out`; `format_str` is the format when it is a str
// (error messages count its code points). False with the error set.
bool percent_format(Runtime& rt, PercentTarget target, std::string_view text, const Str* format_str,
                    const Value& args, std::string& out) {
  PercentArguments arguments(rt, args, target);
  out.reserve(text.size() + 16);
  size_t i = 0;
  while (i < text.size()) {
    const size_t percent = text.find('%', i);
    if (percent == std::string_view::npos) {
      out.append(text.substr(i));
      break;
    }
    out.append(text.substr(i, percent - i));
    i = percent + 1;
    if (i >= text.size()) {
      rt.raise(Exc::kValueError, "incomplete format");
      return false;
    }
    // Only "%%" is a percent sign: after a key, flags or a width, '%' is a
    // conversion character like any other (and an unsupported one).
    if (text[i] == '%') {
      out.push_back('%');
      ++i;
      continue;
    }
    Value mapped;  // the argument named by %(key)
    if (text[i] == '(') {
      size_t depth = 1, j = i + 1;
      while (j < text.size() && depth > 0) {
        if (text[j] == '(') ++depth;
        if (text[j] == ')') --depth;
        ++j;
      }
      if (depth > 0) {
        rt.raise(Exc::kValueError, "incomplete format key");
        return false;
      }
      mapped = arguments.lookup(text.substr(i + 1, j - i - 2));
      if (mapped.is_null()) return false;
      i = j;
    }
    PrintfSpec spec;
    for (; i < text.size(); ++i) {
      const char flag = text[i];
      if (flag == '-') spec.left_adjust = true;
      else if (flag == '+') spec.plus_sign = true;
      else if (flag == ' ') spec.space_sign = true;
      else if (flag == '#') spec.alternate = true;
      else if (flag == '0') spec.zero_pad = true;
      else break;
    }
    // As CPython's: a width up to the largest ssize_t, a precision up to
    // the largest C int (a width too wide to allocate is a MemoryError later).
    auto read_number = [&](int64_t* target) -> bool {
      const bool precision = target == &spec.precision;
      if (i < text.size() && text[i] == '*') {
        ++i;
        if (!star_argument(rt, arguments, precision, target)) return false;
        if (*target < 0 && !precision) {
          spec.left_adjust = true;
          // CPython's negation leaves the smallest ssize_t negative: no padding.
          *target = *target == std::numeric_limits<int64_t>::min() ? -1 : -*target;
        }
        return true;
      }
      if (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        const int64_t limit =
            precision ? std::numeric_limits<int>::max() : std::numeric_limits<int64_t>::max();
        int64_t value = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
          const int digit = text[i] - '0';
          if (value > (limit - digit) / 10) {
            rt.raise(Exc::kValueError, precision ? "precision too big" : "width too big");
            return false;
          }
          value = value * 10 + digit;
          ++i;
        }
        *target = value;
      }
      return true;
    };
    if (!read_number(&spec.width)) return false;
    if (i < text.size() && text[i] == '.') {
      ++i;
      spec.precision = 0;
      if (!read_number(&spec.precision)) return false;
    }
    while (i < text.size() && (text[i] == 'h' || text[i] == 'l' || text[i] == 'L')) ++i;
    if (i >= text.size()) {
      rt.raise(Exc::kValueError, "incomplete format");
      return false;
    }
    const size_t conversion_index = i;
    size_t after = i;
    const uint32_t conversion = target == PercentTarget::kStr
                                    ? utf8_decode_at(text, &after)
                                    : static_cast<unsigned char>(text[after++]);
    i = after;
    spec.conversion = static_cast<char>(conversion);
    Value argument = mapped.is_null() ? arguments.next() : mapped;
    if (argument.is_null()) return false;
    bool ok;
    switch (conversion) {
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
        ok = format_integer_conversion(rt, spec, argument, &out);
        break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        ok = format_float_conversion(rt, target, spec, argument, &out);
        break;
      case 'c':
        ok = target == PercentTarget::kStr ? format_char_conversion(rt, spec, argument, &out)
                                           : format_byte_conversion(rt, spec, argument, &out);
        break;
      case 's': case 'r': case 'a':
        ok = target == PercentTarget::kStr ? format_text_conversion(rt, spec, argument, &out)
                                           : format_bytes_text_conversion(rt, spec, argument, &out);
        break;
      case 'b':
        if (target == PercentTarget::kBytes) {
          ok = format_bytes_text_conversion(rt, spec, argument, &out);
          break;
        }
        [[fallthrough]];
      default:
        raise_unsupported_conversion(
            rt, target, conversion,
            format_str ? index_of_code_point(format_str, conversion_index) : conversion_index);
        return false;
    }
    if (!ok) return false;
  }
  if (!arguments.all_used()) {
    rt.raise(Exc::kTypeError, target == PercentTarget::kStr
                                  ? "not all arguments converted during string formatting"
                                  : "not all arguments converted during bytes formatting");
    return false;
  }
  return true;
}

}  // namespace

Value str_percent_format(Runtime& rt, Str* format, const Value& args) {
  std::string out;
  if (!percent_format(rt, PercentTarget::kStr, format->view(), format, args, out)) return Value();
  // A format with no conversions comes back as itself, a subclass instance
  // included (CPython's writer hands back the one string it was given whole).
  if (format->view().find('%') == std::string_view::npos) return Value::from_object(format);
  return make_str(rt, out);
}

Value bytes_percent_format(Runtime& rt, std::string_view format, const Value& args) {
  std::string out;
  if (!percent_format(rt, PercentTarget::kBytes, format, nullptr, args, out)) return Value();
  return make_bytes(rt, out);
}

}  // namespace pyvm
