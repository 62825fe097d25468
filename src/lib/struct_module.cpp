// SPDX-License-Identifier: GPL-3.0-or-later
// The _struct module: packing Python values into C structs held in bytes
// and unpacking them back (lib/python/struct.py re-exports it).
//
// A format is parsed once into a StructLayout: a list of (code, count)
// groups with their offsets, sizes and alignment resolved for its byte
// order ('@' native sizes and alignment, '=' '<' little-endian standard
// sizes, '>' '!' big-endian standard sizes). Groups are never expanded
// item by item, so '2000000000q' costs no memory until it is packed.
#include <gmp.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "lib/native_modules.h"
#include "runtime/arguments.h"
#include "runtime/bytes.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/object_type.h"
#include "runtime/out_of_memory.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

enum class ByteOrder : uint8_t { kNative, kLittle, kBig };

struct FormatGroup {
  char code;
  int64_t count;   // items, or the length of one 's'/'p' item, or pad bytes
  int64_t offset;  // of the group's first byte
  int64_t size;    // of one item (for 's'/'p': 1)
};

struct StructLayout {
  ByteOrder order = ByteOrder::kNative;
  std::vector<FormatGroup> groups;
  int64_t size = 0;
  int64_t item_count = 0;  // the values pack() takes and unpack() returns
};

struct StructObject : Object {
  Value format;  // the str the Struct was made from
  StructLayout layout;
};

struct UnpackIteratorObject : Object {
  Value owner;   // the StructObject
  Value buffer;  // the bytes-like object being walked
  int64_t position = 0;
};

StructObject* as_struct(const Value& v) { return static_cast<StructObject*>(v.as_object()); }
UnpackIteratorObject* as_unpack_iterator(const Value& v) {
  return static_cast<UnpackIteratorObject*>(v.as_object());
}

Value raise_struct_error(Runtime& rt, std::string_view message) {
  return rt.raise(static_cast<Type*>(vm_of(rt).struct_error.as_object()), message);
}

// ---- formats

// The size of one item of `code` in this byte order (0: not a format code
// there). Native sizes are this machine's (LP64).
int64_t item_size(char code, ByteOrder order) {
  switch (code) {
    case 'x':
    case 'c':
    case 'b':
    case 'B':
    case '?':
    case 's':
    case 'p':
      return 1;
    case 'h':
    case 'H':
    case 'e':
      return 2;
    case 'i':
    case 'I':
    case 'f':
      return 4;
    case 'q':
    case 'Q':
    case 'd':
      return 8;
    case 'l':
    case 'L':
      return order == ByteOrder::kNative ? 8 : 4;
    case 'n':
    case 'N':
    case 'P':
      return order == ByteOrder::kNative ? 8 : 0;
    default:
      return 0;
  }
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Parses `format` into `layout`; false with struct.error set.
bool parse_format(Runtime& rt, std::string_view format, StructLayout* layout) {
  if (format.find('\0') != std::string_view::npos) {
    raise_struct_error(rt, "embedded null character");
    return false;
  }
  size_t i = 0;
  layout->order = ByteOrder::kNative;
  if (!format.empty()) {
    switch (format[0]) {
      case '@':
        i = 1;
        break;
      case '=':
      case '<':
        layout->order = ByteOrder::kLittle;
        i = 1;
        break;
      case '>':
      case '!':
        layout->order = ByteOrder::kBig;
        i = 1;
        break;
      default:
        break;
    }
  }
  constexpr int64_t kMaxSize = std::numeric_limits<int64_t>::max();
  int64_t offset = 0, items = 0;
  while (i < format.size()) {
    if (is_space(format[i])) {
      ++i;
      continue;
    }
    int64_t count = 1;
    if (format[i] >= '0' && format[i] <= '9') {
      count = 0;
      for (; i < format.size() && format[i] >= '0' && format[i] <= '9'; ++i) {
        const int digit = format[i] - '0';
        if (count > (kMaxSize - digit) / 10) {
          raise_struct_error(rt, "total struct size too long");
          return false;
        }
        count = count * 10 + digit;
      }
      if (i == format.size()) {
        raise_struct_error(rt, "repeat count given without format specifier");
        return false;
      }
    }
    const char code = format[i++];
    const int64_t size = item_size(code, layout->order);
    if (size == 0) {
      raise_struct_error(rt, "bad char in struct format");
      return false;
    }
    // Native alignment: an item starts at a multiple of its size (even a
    // group of zero items moves the offset).
    if (layout->order == ByteOrder::kNative && size > 1) offset = (offset + size - 1) / size * size;
    if (count > (kMaxSize - offset) / size) {
      raise_struct_error(rt, "total struct size too long");
      return false;
    }
    layout->groups.push_back({code, count, offset, size});
    offset += count * size;
    if (code == 's' || code == 'p') {
      ++items;
    } else if (code != 'x') {
      items += count;
    }
  }
  layout->size = offset;
  layout->item_count = items;
  return true;
}

// ---- integers and floats in bytes

void store_unsigned(char* out, uint64_t value, int64_t size, bool big_endian) {
  for (int64_t k = 0; k < size; ++k) {
    const int64_t index = big_endian ? size - 1 - k : k;
    out[index] = static_cast<char>(value & 0xFF);
    value >>= 8;
  }
}

uint64_t load_unsigned(const char* in, int64_t size, bool big_endian) {
  uint64_t value = 0;
  for (int64_t k = 0; k < size; ++k) {
    const int64_t index = big_endian ? k : size - 1 - k;
    value = (value << 8) | static_cast<unsigned char>(in[index]);
  }
  return value;
}

Value int_from_uint64(Runtime& rt, uint64_t value) {
  if (value <= static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
    return Value::small_int(static_cast<int64_t>(value));
  }
  mpz_t big;
  mpz_init(big);
  mpz_import(big, 1, -1, sizeof value, 0, 0, &value);
  Value result = int_from_mpz(rt, big);
  mpz_clear(big);
  return result;
}

// IEEE 754 binary16 from a double, rounding to nearest even; false when
// the value is too large for it.
bool double_to_half(double x, uint16_t* out) {
  const uint16_t sign = std::signbit(x) ? 0x8000 : 0;
  if (std::isnan(x)) {
    *out = sign | 0x7E00;
    return true;
  }
  const double magnitude = std::fabs(x);
  if (std::isinf(x)) {
    *out = sign | 0x7C00;
    return true;
  }
  if (magnitude == 0.0) {
    *out = sign;
    return true;
  }
  int exponent;
  const double fraction = std::frexp(magnitude, &exponent);  // magnitude = fraction * 2**exponent
  if (exponent - 1 < -14) {
    // Subnormal: a multiple of 2**-24 (rounding up to 0x400 is the
    // smallest normal number, which the same bits encode).
    *out = sign | static_cast<uint16_t>(std::nearbyint(std::ldexp(magnitude, 24)));
    return true;
  }
  int biased = exponent - 1 + 15;
  auto mantissa = static_cast<uint32_t>(std::nearbyint((fraction * 2.0 - 1.0) * 1024.0));
  if (mantissa == 1024) {
    mantissa = 0;
    ++biased;
  }
  if (biased >= 31) return false;
  *out = sign | static_cast<uint16_t>(biased << 10) | static_cast<uint16_t>(mantissa);
  return true;
}

double half_to_double(uint16_t bits) {
  const int biased = (bits >> 10) & 0x1F;
  const int mantissa = bits & 0x3FF;
  double magnitude;
  if (biased == 0) {
    magnitude = std::ldexp(mantissa, -24);
  } else if (biased == 31) {
    magnitude = mantissa == 0 ? std::numeric_limits<double>::infinity()
                              : std::numeric_limits<double>::quiet_NaN();
  } else {
    magnitude = std::ldexp(mantissa + 1024, biased - 25);
  }
  return (bits & 0x8000) ? -magnitude : magnitude;
}

// ---- packing one value

// The int an integer code packs: the value itself or its __index__.
Value integer_argument(Runtime& rt, const Value& value) {
  if (is_int(value)) return value;
  if (rt.type_of(value)->index == nullptr)
    return raise_struct_error(rt, "required argument is not an integer");
  return index_value(rt, value);
}

// The argument as a signed (int64) or unsigned (uint64) machine word;
// "argument out of range" when it is neither.
bool signed_word(Runtime& rt, const Value& number, int64_t* out) {
  if (int_to_int64(number, out)) return true;
  raise_struct_error(rt, "argument out of range");
  return false;
}

bool unsigned_word(Runtime& rt, const Value& number, uint64_t* out) {
  int64_t small;
  if (int_to_int64(number, &small)) {
    if (small >= 0) {
      *out = static_cast<uint64_t>(small);
      return true;
    }
  } else if (int_sign(number) > 0 && int_bit_length(number) <= 64) {
    mpz_t big;
    mpz_init(big);
    int_to_mpz(number, big);
    *out = 0;
    mpz_export(out, nullptr, -1, sizeof *out, 0, 0, big);
    mpz_clear(big);
    return true;
  }
  raise_struct_error(rt, "argument out of range");
  return false;
}

// The range message of a code narrower than a machine word. CPython packs
// 'b' and 'B' with its native functions in every byte order, and 'h' and
// 'H' too in the native and little-endian ones (on a little-endian
// machine): those name the C type; the others name the format character.
bool check_range(Runtime& rt, char code, bool native_packer, bool in_range, int64_t low,
                 uint64_t high) {
  if (in_range) return true;
  if (code == 'b') {
    raise_struct_error(rt, "byte format requires -128 <= number <= 127");
  } else if (code == 'B') {
    raise_struct_error(rt, "ubyte format requires 0 <= number <= 255");
  } else if (native_packer && code == 'h') {
    raise_struct_error(rt, "short format requires -32768 <= number <= 32767");
  } else if (native_packer && code == 'H') {
    raise_struct_error(rt, "ushort format requires 0 <= number <= 65535");
  } else {
    raise_struct_error(rt, cat("'", code, "' format requires ", low, " <= number <= ", high));
  }
  return false;
}

bool pack_integer(Runtime& rt, char code, int64_t size, ByteOrder order, const Value& value,
                  char* out) {
  Value number = integer_argument(rt, value);
  if (number.is_null()) return false;
  const bool native_packer = size == 1 || (size == 2 && order != ByteOrder::kBig);
  // Unsigned codes convert through an unsigned C type (a negative number is
  // "out of range"), except those the native 'b'/'h'-style packers handle,
  // which convert through long and then check the range.
  const bool is_unsigned =
      (code == 'B' || code == 'H' || code == 'I' || code == 'L' || code == 'Q' || code == 'N');
  uint64_t bits;
  if (code == 'P') {
    // A pointer takes any value of either word type.
    int64_t as_signed;
    if (int_to_int64(number, &as_signed)) {
      bits = static_cast<uint64_t>(as_signed);
    } else if (int_sign(number) < 0 || int_bit_length(number) > 64) {
      raise_struct_error(rt, "int too large to convert");
      return false;
    } else if (!unsigned_word(rt, number, &bits)) {
      return false;
    }
  } else if (size == 8 && order == ByteOrder::kBig) {
    // Big-endian 8-byte codes convert the int to bytes directly.
    int64_t as_signed = 0;
    const bool fits = is_unsigned ? int_sign(number) >= 0 && int_bit_length(number) <= 64
                                  : int_to_int64(number, &as_signed);
    if (!fits) {
      raise_struct_error(rt, "int too large to convert");
      return false;
    }
    bits = static_cast<uint64_t>(as_signed);
    if (is_unsigned && !unsigned_word(rt, number, &bits)) return false;
  } else if (is_unsigned && !native_packer) {
    if (!unsigned_word(rt, number, &bits)) return false;
    const uint64_t high =
        size == 8 ? std::numeric_limits<uint64_t>::max() : (uint64_t{1} << (size * 8)) - 1;
    if (!check_range(rt, code, native_packer, bits <= high, 0, high)) return false;
  } else {
    int64_t as_signed;
    if (!signed_word(rt, number, &as_signed)) return false;
    if (size < 8) {
      const int64_t bits_wide = size * 8;
      const int64_t low = is_unsigned ? 0 : -(int64_t{1} << (bits_wide - 1));
      const int64_t high =
          is_unsigned ? (int64_t{1} << bits_wide) - 1 : (int64_t{1} << (bits_wide - 1)) - 1;
      if (!check_range(rt, code, native_packer, as_signed >= low && as_signed <= high, low,
                       static_cast<uint64_t>(high))) {
        return false;
      }
    }
    bits = static_cast<uint64_t>(as_signed);
  }
  store_unsigned(out, bits, size, order == ByteOrder::kBig);
  return true;
}

// The double a float code packs (any failure is "required argument is not
// a float", as CPython reports it).
bool float_argument(Runtime& rt, const Value& value, double* out) {
  bool converted = false;
  if (is_float(value) || is_int(value)) {
    converted = to_double(rt, value, out);
  } else {
    const Type* type = rt.type_of(value);
    if (type->to_float != nullptr || type->index != nullptr) {
      Value as_float = float_from_value(rt, value);
      converted = !as_float.is_null() && to_double(rt, as_float, out);
    }
  }
  if (converted) return true;
  rt.clear_error();
  raise_struct_error(rt, "required argument is not a float");
  return false;
}

bool pack_float(Runtime& rt, char code, ByteOrder order, const Value& value, char* out) {
  double x;
  if (!float_argument(rt, value, &x)) return false;
  const bool big_endian = order == ByteOrder::kBig;
  if (code == 'd') {
    uint64_t bits;
    std::memcpy(&bits, &x, 8);
    store_unsigned(out, bits, 8, big_endian);
  } else if (code == 'f') {
    const auto narrow = static_cast<float>(x);
    if (order != ByteOrder::kNative && std::isinf(narrow) && !std::isinf(x)) {
      rt.raise(Exc::kOverflowError, "float too large to pack with f format");
      return false;
    }
    uint32_t bits;
    std::memcpy(&bits, &narrow, 4);
    store_unsigned(out, bits, 4, big_endian);
  } else {
    uint16_t bits;
    if (!double_to_half(x, &bits)) {
      rt.raise(Exc::kOverflowError, "float too large to pack with e format");
      return false;
    }
    store_unsigned(out, bits, 2, big_endian);
  }
  return true;
}

bool is_bytes_or_bytearray(Runtime& rt, const Value& value) {
  return value.is_object() &&
         (is_bytearray(rt, value) || value.as_object()->type->layout == rt.bytes_type);
}

// 's' and 'p' items: the bytes cut or zero-padded to `length`; 'p' first
// stores how many follow (at most 255).
bool pack_string(Runtime& rt, char code, int64_t length, const Value& value, char* out) {
  if (!is_bytes_or_bytearray(rt, value)) {
    raise_struct_error(rt, cat("argument for '", code, "' must be a bytes object"));
    return false;
  }
  const std::string_view data = bytes_view(value);
  if (code == 's') {
    std::memcpy(out, data.data(), std::min<size_t>(data.size(), static_cast<size_t>(length)));
    return true;
  }
  if (length == 0) return true;
  const size_t stored =
      std::min<size_t>({data.size(), static_cast<size_t>(length - 1), size_t{255}});
  out[0] = static_cast<char>(stored);
  std::memcpy(out + 1, data.data(), stored);
  return true;
}

bool pack_item(Runtime& rt, const FormatGroup& group, ByteOrder order, const Value& value,
               char* out) {
  switch (group.code) {
    case 'c':
      if (!value.is_object() || value.as_object()->type->layout != rt.bytes_type ||
          bytes_view(value).size() != 1) {
        raise_struct_error(rt, "char format requires a bytes object of length 1");
        return false;
      }
      *out = bytes_view(value)[0];
      return true;
    case '?': {
      const int truth_value = truth(rt, value);
      if (truth_value < 0) return false;
      *out = static_cast<char>(truth_value);
      return true;
    }
    case 'e':
    case 'f':
    case 'd':
      return pack_float(rt, group.code, order, value, out);
    default:
      return pack_integer(rt, group.code, group.size, order, value, out);
  }
}

// Packs `values` (layout.item_count of them) into `out` (layout.size bytes, zeroed).
bool pack_values(Runtime& rt, const StructLayout& layout, const Value* values, char* out) {
  size_t next = 0;
  for (const FormatGroup& group : layout.groups) {
    if (group.code == 'x') continue;
    if (group.code == 's' || group.code == 'p') {
      if (!pack_string(rt, group.code, group.count, values[next++], out + group.offset))
        return false;
      continue;
    }
    for (int64_t k = 0; k < group.count; ++k) {
      if (!pack_item(rt, group, layout.order, values[next++], out + group.offset + k * group.size))
        return false;
    }
  }
  return true;
}

// ---- unpacking

Value unpack_item(Runtime& rt, const FormatGroup& group, ByteOrder order, const char* in) {
  const bool big_endian = order == ByteOrder::kBig;
  switch (group.code) {
    case 'c':
      return make_bytes(rt, std::string_view(in, 1));
    case '?':
      return Value::boolean(*in != 0);
    case 'e':
      return Value::floating(
          half_to_double(static_cast<uint16_t>(load_unsigned(in, 2, big_endian))));
    case 'f': {
      const auto bits = static_cast<uint32_t>(load_unsigned(in, 4, big_endian));
      float narrow;
      std::memcpy(&narrow, &bits, 4);
      return Value::floating(narrow);
    }
    case 'd': {
      const uint64_t bits = load_unsigned(in, 8, big_endian);
      double wide;
      std::memcpy(&wide, &bits, 8);
      return Value::floating(wide);
    }
    case 'b':
    case 'h':
    case 'i':
    case 'l':
    case 'q':
    case 'n': {
      const uint64_t bits = load_unsigned(in, group.size, big_endian);
      const int shift = static_cast<int>(64 - group.size * 8);
      return Value::small_int(static_cast<int64_t>(bits << shift) >> shift);  // sign-extended
    }
    default:
      return int_from_uint64(rt, load_unsigned(in, group.size, big_endian));
  }
}

Value unpack_string(Runtime& rt, const FormatGroup& group, const char* in) {
  if (group.code == 's')
    return make_bytes(rt, std::string_view(in, static_cast<size_t>(group.count)));
  if (group.count == 0) return make_bytes(rt, "");
  const int64_t stored = std::min<int64_t>(static_cast<unsigned char>(in[0]), group.count - 1);
  return make_bytes(rt, std::string_view(in + 1, static_cast<size_t>(stored)));
}

// The tuple of the values in `buffer` (at least layout.size bytes).
Value unpack_values(Runtime& rt, const StructLayout& layout, const char* buffer) {
  // Read from a copy: making the values allocates, and a collection may run
  // a finalizer that resizes the bytearray the data came from.
  const std::string copy(buffer, static_cast<size_t>(layout.size));
  const char* data = copy.data();
  Ref<Tuple> result = allocate_tuple(rt, static_cast<size_t>(layout.item_count));
  size_t next = 0;
  for (const FormatGroup& group : layout.groups) {
    if (group.code == 'x') continue;
    if (group.code == 's' || group.code == 'p') {
      Value item = unpack_string(rt, group, data + group.offset);
      if (item.is_null()) return item;
      (*result)[next++] = std::move(item);
      continue;
    }
    for (int64_t k = 0; k < group.count; ++k) {
      Value item = unpack_item(rt, group, layout.order, data + group.offset + k * group.size);
      if (item.is_null()) return item;
      (*result)[next++] = std::move(item);
    }
  }
  return Value(std::move(result));
}

// ---- Struct objects

// The format as text: a str, or bytes decoded as ASCII-compatible text.
bool format_text(Runtime& rt, const Value& format, std::string* out) {
  if (is_str(format)) {
    *out = std::string(as_str(format)->view());
    return true;
  }
  if (format.is_object() && format.as_object()->type->layout == rt.bytes_type) {
    *out = std::string(bytes_view(format));
    return true;
  }
  rt.raise(Exc::kTypeError,
           cat("Struct() argument 1 must be a str or bytes object, not ", type_name(rt, format)));
  return false;
}

// Parses `format` into the Struct (its __init__; __new__ leaves it empty,
// so that a subclass's __init__ may take other arguments, as in CPython).
bool init_struct(Runtime& rt, StructObject* object, const Value& format) {
  std::string text;
  if (!format_text(rt, format, &text)) return false;
  // As CPython, the new format is kept even when it does not parse (the
  // layout stays the old one).
  object->format = is_str(format) ? format : Value(make_str(rt, sanitize_utf8(text)));
  StructLayout layout;
  if (!parse_format(rt, text, &layout)) return false;
  object->layout = std::move(layout);
  return true;
}

Value struct_new(Runtime& rt, Type* type, const Value*, size_t, Tuple*) {
  auto* object = new_object<StructObject>(rt.gc, type, type->instance_size - sizeof(StructObject));
  Value result = Value::steal(object);
  object->format = Value::from_object(rt.empty_str());
  return result;
}

bool struct_init(Runtime& rt, const Value& self, const Value* args, size_t nargs, Tuple* kwnames) {
  Value format;
  if (!bind_arguments(rt, {"Struct", {"format"}, 1}, args, nargs, kwnames, &format)) return false;
  return init_struct(rt, as_struct(self), format);
}

// A Struct for a module function's format argument.
Value new_struct(Runtime& rt, const Value& format) {
  Value result = struct_new(rt, rt.struct_type, nullptr, 0, nullptr);
  if (!init_struct(rt, as_struct(result), format)) return Value();
  return result;
}

Value pack_layout(Runtime& rt, const char* function, const StructLayout& layout,
                  const Value* values, size_t count) {
  if (static_cast<int64_t>(count) != layout.item_count) {
    return raise_struct_error(
        rt, cat(function, " expected ", layout.item_count, " items for packing (got ", count, ")"));
  }
  if (static_cast<uint64_t>(layout.size) > allocation_limit() || layout.size >= (int64_t{1} << 48))
    return raise_no_memory(rt);
  std::string packed(static_cast<size_t>(layout.size), '\0');
  if (!pack_values(rt, layout, values, packed.data())) return Value();
  return make_bytes(rt, packed);
}

// The buffer argument of unpack functions: a bytes-like object or an array.
bool readable_buffer(Runtime& rt, const Value& buffer) {
  std::string_view data;
  if (readable_bytes(rt, buffer, &data)) return true;
  rt.raise(Exc::kTypeError,
           cat("a bytes-like object is required, not '", type_name(rt, buffer), "'"));
  return false;
}

// The bytes of a buffer readable_buffer accepted.
std::string_view buffer_view(Runtime& rt, const Value& buffer) {
  std::string_view data;
  readable_bytes(rt, buffer, &data);
  return data;
}

Value unpack_layout(Runtime& rt, const StructLayout& layout, const Value& buffer) {
  if (!readable_buffer(rt, buffer)) return Value();
  const std::string_view data = buffer_view(rt, buffer);
  if (static_cast<int64_t>(data.size()) != layout.size) {
    return raise_struct_error(rt, cat("unpack requires a buffer of ", layout.size, " bytes"));
  }
  return unpack_values(rt, layout, data.data());
}

Value unpack_from_layout(Runtime& rt, const StructLayout& layout, const Value& buffer,
                         const Value& offset_value) {
  if (!readable_buffer(rt, buffer)) return Value();
  int64_t offset = 0;
  if (!offset_value.is_null() && !index_as_int64(rt, offset_value, &offset, Exc::kOverflowError))
    return Value();
  const std::string_view data = buffer_view(rt, buffer);
  const auto length = static_cast<int64_t>(data.size());
  if (offset < 0) {
    if (offset + layout.size > 0) {
      return raise_struct_error(
          rt, cat("not enough data to unpack ", layout.size, " bytes at offset ", offset));
    }
    if (offset + length < 0) {
      return raise_struct_error(
          rt, cat("offset ", offset, " out of range for ", length, "-byte buffer"));
    }
    offset += length;
  }
  if (length - offset < layout.size) {
    return raise_struct_error(
        rt, cat("unpack_from requires a buffer of at least ", layout.size + offset,
                " bytes for unpacking ", layout.size, " bytes at offset ", offset,
                " (actual buffer size is ", length, ")"));
  }
  return unpack_values(rt, layout, data.data() + offset);
}

// The bytes pack_into may write: a bytearray's, or a writable memoryview's.
char* writable_bytes(Runtime& rt, const Value& buffer, int64_t* length) {
  if (is_bytearray(rt, buffer)) {
    RuntimeBytes& bytes = buffer.as<ByteArray>()->bytes;
    *length = static_cast<int64_t>(bytes.size());
    return bytes.data();
  }
  if (buffer.is_object() && buffer.as_object()->type->layout == rt.memoryview_type &&
      is_bytes_like(rt, buffer)) {
    const MemoryView* view = buffer.as<MemoryView>();
    if (!view->readonly) {
      *length = view->length;
      return view->object.as<ByteArray>()->bytes.data() + view->start;
    }
  }
  rt.raise(Exc::kTypeError,
           cat("argument must be read-write bytes-like object, not ", type_name(rt, buffer)));
  return nullptr;
}

Value pack_into_layout(Runtime& rt, const StructLayout& layout, const Value& buffer,
                       const Value& offset_value, const Value* values, size_t count) {
  if (static_cast<int64_t>(count) != layout.item_count) {
    return raise_struct_error(
        rt, cat("pack_into expected ", layout.item_count, " items for packing (got ", count, ")"));
  }
  int64_t length;
  if (writable_bytes(rt, buffer, &length) == nullptr) return Value();
  int64_t offset;
  if (!index_as_int64(rt, offset_value, &offset, Exc::kOverflowError)) return Value();
  if (offset < 0) {
    if (offset + layout.size > 0) {
      return raise_struct_error(rt,
                                cat("no space to pack ", layout.size, " bytes at offset ", offset));
    }
    if (offset + length < 0) {
      return raise_struct_error(
          rt, cat("offset ", offset, " out of range for ", length, "-byte buffer"));
    }
    offset += length;
  }
  if (length - offset < layout.size) {
    return raise_struct_error(
        rt,
        cat("pack_into requires a buffer of at least ", layout.size + offset, " bytes for packing ",
            layout.size, " bytes at offset ", offset, " (actual buffer size is ", length, ")"));
  }
  // Packed aside first, so that the values' conversions (which run Python
  // code) cannot resize the buffer under us; as in CPython, a failing value
  // leaves the region zeroed up to the values packed before it.
  std::string packed(static_cast<size_t>(layout.size), '\0');
  const bool packed_all = pack_values(rt, layout, values, packed.data());
  Value error = packed_all ? Value() : rt.take_error();
  char* target = writable_bytes(rt, buffer, &length);
  if (target == nullptr) return Value();
  if (length - offset < layout.size)
    return raise_struct_error(rt, "buffer changed size during packing");
  std::memcpy(target + offset, packed.data(), packed.size());
  if (!packed_all) return rt.raise_exception(std::move(error));
  return Value::none();
}

Value new_unpack_iterator(Runtime& rt, const Value& owner, const Value& buffer) {
  const StructLayout& layout = as_struct(owner)->layout;
  if (!readable_buffer(rt, buffer)) return Value();
  if (layout.size == 0)
    return raise_struct_error(rt, "cannot iteratively unpack with a struct of length 0");
  const auto length = static_cast<int64_t>(buffer_view(rt, buffer).size());
  if (length % layout.size != 0) {
    return raise_struct_error(
        rt, cat("iterative unpacking requires a buffer of a multiple of ", layout.size, " bytes"));
  }
  auto* iterator = new_object<UnpackIteratorObject>(rt.gc, rt.struct_unpack_iterator_type, 0);
  Value result = Value::steal(iterator);
  iterator->owner = owner;
  iterator->buffer = buffer;
  return result;
}

Value struct_pack(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, "Struct.pack", kwnames)) return Value();
  return pack_layout(rt, "pack", as_struct(args[0])->layout, args + 1, nargs - 1);
}

Value struct_unpack(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "Struct.unpack", nargs - 1, kwnames)) return Value();
  return unpack_layout(rt, as_struct(args[0])->layout, args[1]);
}

Value struct_unpack_from(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  if (!bind_arguments(rt, {"unpack_from", {"buffer", "offset"}, 1}, args + 1, nargs - 1, kwnames,
                      bound)) {
    return Value();
  }
  return unpack_from_layout(rt, as_struct(args[0])->layout, bound[0], bound[1]);
}

Value struct_pack_into(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, "Struct.pack_into", kwnames)) return Value();
  if (nargs < 2) return raise_struct_error(rt, "pack_into expected buffer argument");
  if (nargs < 3) return raise_struct_error(rt, "pack_into expected offset argument");
  return pack_into_layout(rt, as_struct(args[0])->layout, args[1], args[2], args + 3, nargs - 3);
}

Value struct_iter_unpack(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "Struct.iter_unpack", nargs - 1, kwnames)) return Value();
  return new_unpack_iterator(rt, args[0], args[1]);
}

Value struct_format(Runtime&, const Value& self) { return as_struct(self)->format; }
Value struct_size(Runtime&, const Value& self) {
  return Value::small_int(as_struct(self)->layout.size);
}

Value struct_sizeof(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "__sizeof__", nargs - 1, kwnames)) return Value();
  const StructObject* self = as_struct(args[0]);
  return Value::small_int(static_cast<int64_t>(sizeof(StructObject) +
                                               self->layout.groups.size() * sizeof(FormatGroup)));
}

const MethodDef kStructMethods[] = {
    {"pack", struct_pack},
    {"pack_into", struct_pack_into},
    {"unpack", struct_unpack},
    {"unpack_from", struct_unpack_from},
    {"iter_unpack", struct_iter_unpack},
    {"__sizeof__", struct_sizeof},
};

const GetSetDef kStructGetSets[] = {
    {"format", struct_format},
    {"size", struct_size},
};

// ---- the unpack iterator

Value unpack_iterator_next(Runtime& rt, const Value& self) {
  UnpackIteratorObject* iterator = as_unpack_iterator(self);
  if (iterator->owner.is_null()) return Value();
  const StructLayout& layout = as_struct(iterator->owner)->layout;
  const std::string_view data = buffer_view(rt, iterator->buffer);
  if (iterator->position + layout.size > static_cast<int64_t>(data.size())) {
    iterator->owner = Value();
    iterator->buffer = Value();
    return Value();
  }
  Value result = unpack_values(rt, layout, data.data() + iterator->position);
  iterator->position += layout.size;
  return result;
}

Value unpack_iterator_length_hint(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "__length_hint__", nargs - 1, kwnames)) return Value();
  const UnpackIteratorObject* iterator = as_unpack_iterator(args[0]);
  if (iterator->owner.is_null()) return Value::small_int(0);
  const int64_t left =
      static_cast<int64_t>(buffer_view(rt, iterator->buffer).size()) - iterator->position;
  return Value::small_int(left / as_struct(iterator->owner)->layout.size);
}

const MethodDef kUnpackIteratorMethods[] = {
    {"__length_hint__", unpack_iterator_length_hint},
};

// ---- module functions: a Struct made from the format, then its method

Value struct_for(Runtime& rt, const Value& format) { return new_struct(rt, format); }

Value module_pack(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, "_struct.pack", kwnames)) return Value();
  if (nargs == 0) return rt.raise(Exc::kTypeError, "missing format argument");
  Value owner = struct_for(rt, args[0]);
  if (owner.is_null()) return owner;
  return pack_layout(rt, "pack", as_struct(owner)->layout, args + 1, nargs - 1);
}

Value module_pack_into(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, "_struct.pack_into", kwnames)) return Value();
  if (nargs == 0) return rt.raise(Exc::kTypeError, "missing format argument");
  Value owner = struct_for(rt, args[0]);
  if (owner.is_null()) return owner;
  std::vector<Value> rest(args, args + nargs);
  rest[0] = owner;
  return struct_pack_into(rt, rest.data(), nargs, nullptr);
}

Value module_unpack(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "unpack", nargs, kwnames, 2, 2)) return Value();
  Value owner = struct_for(rt, args[0]);
  if (owner.is_null()) return owner;
  return unpack_layout(rt, as_struct(owner)->layout, args[1]);
}

Value module_unpack_from(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  if (!bind_arguments(rt, {"unpack_from", {"format", "buffer", "offset"}, 2, 1}, args, nargs,
                      kwnames, bound)) {
    return Value();
  }
  Value owner = struct_for(rt, bound[0]);
  if (owner.is_null()) return owner;
  return unpack_from_layout(rt, as_struct(owner)->layout, bound[1], bound[2]);
}

Value module_iter_unpack(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "iter_unpack", nargs, kwnames, 2, 2)) return Value();
  Value owner = struct_for(rt, args[0]);
  if (owner.is_null()) return owner;
  return new_unpack_iterator(rt, owner, args[1]);
}

Value module_calcsize(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "calcsize", nargs, kwnames)) return Value();
  Value owner = struct_for(rt, args[0]);
  if (owner.is_null()) return owner;
  return Value::small_int(as_struct(owner)->layout.size);
}

Value module_clearcache(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "_clearcache", nargs, kwnames)) return Value();
  return Value::none();  // formats are not cached
}

const MethodDef kStructFunctions[] = {
    {"pack", module_pack},
    {"pack_into", module_pack_into},
    {"unpack", module_unpack},
    {"unpack_from", module_unpack_from},
    {"iter_unpack", module_iter_unpack},
    {"calcsize", module_calcsize},
    {"_clearcache", module_clearcache},
};

void define_struct_types(VM& vm) {
  Type* type = vm.struct_type;
  define_builtin_type(vm, type, "Struct", vm.object_type, sizeof(StructObject),
                      kTypeBaseType | kTypeHasGc, dealloc_object<StructObject>);
  type->module_name = Ref<Str>::borrow(vm.intern("_struct"));
  type->new_instance = struct_new;
  type->init = struct_init;
  type->traverse = [](Object* self, VisitFn fn, void* context) {
    const Value& format = static_cast<StructObject*>(self)->format;
    if (format.is_object()) fn(format.as_object(), context);
  };
  type->clear = [](Object* self) {
    Value format = std::move(static_cast<StructObject*>(self)->format);
  };
  add_methods(vm, type, kStructMethods);
  add_getsets(vm, type, kStructGetSets);
  finish_type(vm, type);

  type = vm.struct_unpack_iterator_type;
  define_builtin_type(vm, type, "unpack_iterator", vm.object_type, sizeof(UnpackIteratorObject),
                      kTypeHasGc, dealloc_object<UnpackIteratorObject>);
  type->module_name = Ref<Str>::borrow(vm.intern("_struct"));
  type->message_name = Ref<Str>::borrow(vm.intern("_struct.unpack_iterator"));
  type->traverse = [](Object* self, VisitFn fn, void* context) {
    auto* iterator = static_cast<UnpackIteratorObject*>(self);
    if (iterator->owner.is_object()) fn(iterator->owner.as_object(), context);
    if (iterator->buffer.is_object()) fn(iterator->buffer.as_object(), context);
  };
  type->clear = [](Object* self) {
    auto* iterator = static_cast<UnpackIteratorObject*>(self);
    Value owner = std::move(iterator->owner), buffer = std::move(iterator->buffer);
  };
  type->iter = [](Runtime&, const Value& self) { return self; };
  type->next = unpack_iterator_next;
  add_methods(vm, type, kUnpackIteratorMethods);
  finish_type(vm, type);
}

}  // namespace

Value make_struct_module(VM& vm) {
  if (!vm.struct_type->name) define_struct_types(vm);
  if (vm.struct_error.is_null()) {
    vm.struct_error =
        make_module_exception(vm, "struct", "error", vm.exception_type(Exc::kException));
    if (vm.struct_error.is_null()) return Value();
  }
  Value module = make_module_with_functions(vm, "_struct", kStructFunctions);
  if (module.is_null()) return module;
  Dict* dict = module_dict(module);
  dict_set_str(vm, dict, vm.intern("Struct"), Value::from_object(vm.struct_type));
  dict_set_str(vm, dict, vm.intern("error"), vm.struct_error);
  return module;
}

}  // namespace pyvm
