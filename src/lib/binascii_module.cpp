// SPDX-License-Identifier: GPL-3.0-or-later
// The binascii module: conversions between binary data and ASCII encodings
// (hexadecimal, base64, uuencode, quoted-printable) and the CRC-32 and
// CRC-CCITT checksums. lib/python/base64.py builds on it.
//
// The a2b_* functions take bytes-like objects or ASCII-only str; the b2a_*
// functions take bytes-like objects. Malformed input raises binascii.Error
// (a ValueError) with CPython's messages.
#include <array>
#include <cstring>
#include <string>

#include "lib/native_modules.h"
#include "runtime/arguments.h"
#include "runtime/bytes.h"
#include "runtime/concat.h"
#include "runtime/dict.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

constexpr char kBase64Alphabet[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kUpperHex[] = "0123456789ABCDEF";
constexpr size_t kUuLineBytes = 45;   // the most b2a_uu encodes in one line
constexpr int kQpMaxLineLength = 76;  // RFC 2045's limit for quoted-printable lines

Value raise_binascii_error(Runtime& rt, std::string_view message) {
  return rt.raise(static_cast<Type*>(vm_of(rt).binascii_error.as_object()), message);
}

// The data of a b2a_* argument: any bytes-like object. Arguments are
// copied: converting the other arguments may run Python code that changes
// a bytearray.
bool binary_argument(Runtime& rt, const Value& value, std::string* out) {
  std::string_view data;
  if (!readable_bytes(rt, value, &data)) {
    rt.raise(Exc::kTypeError,
             cat("a bytes-like object is required, not '", type_name(rt, value), "'"));
    return false;
  }
  *out = data;
  return true;
}

// The data of an a2b_* argument: bytes-like, or a str of ASCII characters.
bool ascii_argument(Runtime& rt, const Value& value, std::string* out) {
  if (is_str(value)) {
    const std::string_view text = as_str(value)->view();
    for (char c : text) {
      if (static_cast<unsigned char>(c) >= 0x80) {
        rt.raise(Exc::kValueError, "string argument should contain only ASCII characters");
        return false;
      }
    }
    *out = text;
    return true;
  }
  std::string_view data;
  if (!readable_bytes(rt, value, &data)) {
    rt.raise(Exc::kTypeError, cat("argument should be bytes, buffer or ASCII string, not '",
                                  type_name(rt, value), "'"));
    return false;
  }
  *out = data;
  return true;
}

int hex_digit_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// A truth-valued keyword argument (true when not given).
bool flag_argument(Runtime& rt, const Value& value, bool fallback, bool* out) {
  if (value.is_null()) {
    *out = fallback;
    return true;
  }
  const int result = truth(rt, value);
  if (result < 0) return false;
  *out = result != 0;
  return true;
}

// ---- hexadecimal

Value binascii_hexlify(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  if (!bind_arguments(rt, {"hexlify", {"data", "sep", "bytes_per_sep"}, 1}, args, nargs, kwnames,
                      bound)) {
    return Value();
  }
  std::string data;
  if (!binary_argument(rt, bound[0], &data)) return Value();
  const Value& sep = bound[1];
  if (!sep.is_null() && !is_str(sep) && !is_bytes_like(rt, sep)) {
    // binascii measures the separator before looking at its type.
    return rt.raise(Exc::kTypeError, cat("object of type '", type_name(rt, sep), "' has no len()"));
  }
  Value text = hex_with_separator(rt, data, bound[1], bound[2]);
  if (text.is_null()) return text;
  return make_bytes(rt, as_str(text)->view());
}

Value binascii_unhexlify(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "unhexlify", nargs, kwnames)) return Value();
  std::string text;
  if (!ascii_argument(rt, args[0], &text)) return Value();
  if (text.size() % 2 != 0) return raise_binascii_error(rt, "Odd-length string");
  std::string out(text.size() / 2, '\0');
  for (size_t i = 0; i < out.size(); ++i) {
    const int high = hex_digit_value(static_cast<unsigned char>(text[2 * i]));
    const int low = hex_digit_value(static_cast<unsigned char>(text[2 * i + 1]));
    if (high < 0 || low < 0) return raise_binascii_error(rt, "Non-hexadecimal digit found");
    out[i] = static_cast<char>(high << 4 | low);
  }
  return make_bytes(rt, out);
}

// ---- base64

Value binascii_b2a_base64(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  if (!bind_arguments(rt, {"b2a_base64", {"data", "newline"}, 1, 1, 1}, args, nargs, kwnames,
                      bound))
    return Value();
  std::string data;
  bool newline;
  if (!binary_argument(rt, bound[0], &data) || !flag_argument(rt, bound[1], true, &newline))
    return Value();
  std::string out;
  out.reserve((data.size() + 2) / 3 * 4 + 1);
  for (size_t i = 0; i < data.size(); i += 3) {
    const size_t left = std::min<size_t>(3, data.size() - i);
    uint32_t group = 0;
    for (size_t k = 0; k < 3; ++k) {
      group = group << 8 | (k < left ? static_cast<unsigned char>(data[i + k]) : 0U);
    }
    for (size_t k = 0; k < 4; ++k) {
      out.push_back(k <= left ? kBase64Alphabet[(group >> (18 - 6 * k)) & 0x3F] : '=');
    }
  }
  if (newline) out.push_back('\n');
  return make_bytes(rt, out);
}

int base64_digit_value(unsigned char c) {
  const char* found = c == 0 ? nullptr : std::strchr(kBase64Alphabet, c);
  return found == nullptr ? -1 : static_cast<int>(found - kBase64Alphabet);
}

// Decodes base64. Without strict_mode, characters outside the alphabet are
// skipped and decoding stops at the padding that completes a group of four.
Value binascii_a2b_base64(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  if (!bind_arguments(rt, {"a2b_base64", {"data", "strict_mode"}, 1, 1, 1}, args, nargs, kwnames,
                      bound)) {
    return Value();
  }
  std::string text;
  bool strict;
  if (!ascii_argument(rt, bound[0], &text) || !flag_argument(rt, bound[1], false, &strict))
    return Value();
  if (strict && !text.empty() && text[0] == '=')
    return raise_binascii_error(rt, "Leading padding not allowed");
  std::string out;
  out.reserve(text.size() / 4 * 3 + 3);
  int position = 0;  // within the group of four
  int pads = 0;
  bool padding_started = false;
  uint32_t pending = 0;  // the bits of the group not yet written
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '=') {
      padding_started = true;
      if (position >= 2 && position + ++pads >= 4) {
        if (strict && i + 1 < text.size())
          return raise_binascii_error(rt, "Excess data after padding");
        return make_bytes(rt, out);
      }
      continue;
    }
    const int digit = base64_digit_value(c);
    if (digit < 0) {
      if (strict) return raise_binascii_error(rt, "Only base64 data is allowed");
      continue;
    }
    if (strict && padding_started)
      return raise_binascii_error(rt, "Discontinuous padding not allowed");
    pads = 0;
    pending = pending << 6 | static_cast<uint32_t>(digit);
    if (position > 0) out.push_back(static_cast<char>((pending >> (6 - 2 * position)) & 0xFF));
    pending &= (1U << (6 - 2 * position)) - 1;
    position = (position + 1) % 4;
    if (position == 0) pending = 0;
  }
  if (position == 1) {
    return raise_binascii_error(
        rt, cat("Invalid base64-encoded string: number of data characters (",
                out.size() / 3 * 4 + 1, ") cannot be 1 more than a multiple of 4"));
  }
  if (position != 0) return raise_binascii_error(rt, "Incorrect padding");
  return make_bytes(rt, out);
}

// ---- uuencode

Value binascii_b2a_uu(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  if (!bind_arguments(rt, {"b2a_uu", {"data", "backtick"}, 1, 1, 1}, args, nargs, kwnames, bound))
    return Value();
  std::string data;
  bool backtick;
  if (!binary_argument(rt, bound[0], &data) || !flag_argument(rt, bound[1], false, &backtick))
    return Value();
  if (data.size() > kUuLineBytes) return raise_binascii_error(rt, "At most 45 bytes at once");
  auto character = [&](uint32_t six_bits) {
    return static_cast<char>(backtick && six_bits == 0 ? '`' : ' ' + six_bits);
  };
  std::string out;
  out.push_back(character(static_cast<uint32_t>(data.size())));
  for (size_t i = 0; i < data.size(); i += 3) {
    uint32_t group = 0;
    for (size_t k = 0; k < 3; ++k) {
      group = group << 8 | (i + k < data.size() ? static_cast<unsigned char>(data[i + k]) : 0U);
    }
    for (int k = 0; k < 4; ++k) out.push_back(character((group >> (18 - 6 * k)) & 0x3F));
  }
  out.push_back('\n');
  return make_bytes(rt, out);
}

Value binascii_a2b_uu(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "a2b_uu", nargs, kwnames)) return Value();
  std::string text;
  if (!ascii_argument(rt, args[0], &text)) return Value();
  // The first character gives the length; an empty line reads as a NUL,
  // which says 32 bytes (all zero: missing characters count as zeros).
  const unsigned char length_char = text.empty() ? 0 : static_cast<unsigned char>(text[0]);
  size_t wanted = static_cast<size_t>((length_char - ' ') & 0x3F);
  std::string out;
  uint32_t pending = 0;
  int pending_bits = 0;
  size_t i = text.empty() ? 0 : 1;
  for (; wanted > 0; ++i) {
    uint32_t six_bits = 0;
    if (i < text.size() && text[i] != '\n' && text[i] != '\r') {
      const auto c = static_cast<unsigned char>(text[i]);
      if (c < ' ' || c > ' ' + 64) return raise_binascii_error(rt, "Illegal char");
      six_bits = (c - ' ') & 0x3F;
    }
    pending = pending << 6 | six_bits;
    pending_bits += 6;
    if (pending_bits >= 8) {
      pending_bits -= 8;
      out.push_back(static_cast<char>((pending >> pending_bits) & 0xFF));
      pending &= (1U << pending_bits) - 1;
      --wanted;
    }
  }
  // The rest of the line may only be padding (' ' or '`') and the line end.
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r')
      return raise_binascii_error(rt, "Trailing garbage");
  }
  return make_bytes(rt, out);
}

// ---- quoted-printable (RFC 1521)

void append_quoted(std::string& out, unsigned char c) {
  out.push_back('=');
  out.push_back(kUpperHex[c >> 4]);
  out.push_back(kUpperHex[c & 15]);
}

struct QpOptions {
  bool quote_tabs, is_text, header;
};

// Whether the byte at data[i] must be written as =XX.
bool qp_needs_quoting(std::string_view data, size_t i, int line_length, const QpOptions& options) {
  const auto c = static_cast<unsigned char>(data[i]);
  const bool last = i + 1 == data.size();
  if (c > 126 || c == '=' || (options.header && c == '_')) return true;
  // A lone '.' on a line would end an SMTP message.
  if (c == '.' && line_length == 0 &&
      (last || data[i + 1] == '\n' || data[i + 1] == '\r' || data[i + 1] == '\0')) {
    return true;
  }
  if (!options.is_text && (c == '\r' || c == '\n')) return true;
  if ((c == '\t' || c == ' ') && last) return true;
  return c < 33 && c != '\r' && c != '\n' && (options.quote_tabs || (c != '\t' && c != ' '));
}

std::string encode_quoted_printable(std::string_view data, const QpOptions& options) {
  // Line ends are written as the data's first one is (CRLF or LF).
  const size_t first_newline = data.find('\n');
  const bool crlf = first_newline != std::string_view::npos && first_newline > 0 &&
                    data[first_newline - 1] == '\r';
  const char* soft_break = crlf ? "=\r\n" : "=\n";
  std::string out;
  int line_length = 0;
  size_t i = 0;
  while (i < data.size()) {
    const auto c = static_cast<unsigned char>(data[i]);
    if (qp_needs_quoting(data, i, line_length, options)) {
      if (line_length + 3 >= kQpMaxLineLength) {
        out += soft_break;
        line_length = 0;
      }
      append_quoted(out, c);
      line_length += 3;
      ++i;
    } else if (options.is_text &&
               (c == '\n' || (c == '\r' && i + 1 < data.size() && data[i + 1] == '\n'))) {
      // A line end: whitespace before it would be lost in transport, so it is quoted.
      if (!out.empty() && (out.back() == ' ' || out.back() == '\t')) {
        const auto space = static_cast<unsigned char>(out.back());
        out.pop_back();
        append_quoted(out, space);
      }
      out += crlf ? "\r\n" : "\n";
      line_length = 0;
      i += c == '\r' ? 2 : 1;
    } else {
      if (i + 1 != data.size() && data[i + 1] != '\n' && line_length + 1 >= kQpMaxLineLength) {
        out += soft_break;
        line_length = 0;
      }
      ++line_length;
      out.push_back(options.header && c == ' ' ? '_' : static_cast<char>(c));
      ++i;
    }
  }
  return out;
}

Value binascii_b2a_qp(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[4];
  if (!bind_arguments(rt, {"b2a_qp", {"data", "quotetabs", "istext", "header"}, 1}, args, nargs,
                      kwnames, bound)) {
    return Value();
  }
  std::string data;
  QpOptions options{};
  if (!binary_argument(rt, bound[0], &data) ||
      !flag_argument(rt, bound[1], false, &options.quote_tabs) ||
      !flag_argument(rt, bound[2], true, &options.is_text) ||
      !flag_argument(rt, bound[3], false, &options.header)) {
    return Value();
  }
  return make_bytes(rt, encode_quoted_printable(data, options));
}

Value binascii_a2b_qp(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[2];
  if (!bind_arguments(rt, {"a2b_qp", {"data", "header"}, 1}, args, nargs, kwnames, bound))
    return Value();
  std::string text;
  bool header;
  if (!ascii_argument(rt, bound[0], &text) || !flag_argument(rt, bound[1], false, &header))
    return Value();
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i++];
    if (header && c == '_') {
      out.push_back(' ');
      continue;
    }
    if (c != '=') {
      out.push_back(c);
      continue;
    }
    if (i >= text.size()) break;  // a final '=' is dropped
    if (text[i] == '\n' || text[i] == '\r') {
      // A soft line break: skip to the end of the line.
      while (i < text.size() && text[i] != '\n') ++i;
      if (i < text.size()) ++i;
    } else if (text[i] == '=') {
      out.push_back('=');  // "==" from broken encoders
      ++i;
    } else if (i + 1 < text.size() && hex_digit_value(static_cast<unsigned char>(text[i])) >= 0 &&
               hex_digit_value(static_cast<unsigned char>(text[i + 1])) >= 0) {
      out.push_back(static_cast<char>(hex_digit_value(static_cast<unsigned char>(text[i])) << 4 |
                                      hex_digit_value(static_cast<unsigned char>(text[i + 1]))));
      i += 2;
    } else {
      out.push_back('=');
    }
  }
  return make_bytes(rt, out);
}

// ---- checksums

// The reflected CRC-32 of ISO 3309 / ITU-T V.42 (polynomial 0xEDB88320).
std::array<uint32_t, 256> make_crc32_table() {
  std::array<uint32_t, 256> table{};
  for (uint32_t n = 0; n < 256; ++n) {
    uint32_t c = n;
    for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
    table[n] = c;
  }
  return table;
}

// The CRC-CCITT (XMODEM) used by BinHex: polynomial 0x1021, most
// significant bit first.
std::array<uint16_t, 256> make_crc_hqx_table() {
  std::array<uint16_t, 256> table{};
  for (uint32_t n = 0; n < 256; ++n) {
    uint32_t c = n << 8;
    for (int k = 0; k < 8; ++k) c = (c & 0x8000) ? (c << 1) ^ 0x1021 : c << 1;
    table[n] = static_cast<uint16_t>(c);
  }
  return table;
}

// An int argument reduced modulo 2**32, as a C unsigned int converter with
// a mask takes it.
bool masked_word(Runtime& rt, const Value& value, uint32_t* out) {
  Value number = index_value(rt, value);
  if (number.is_null()) return false;
  int64_t small;
  if (int_to_int64(number, &small)) {
    *out = static_cast<uint32_t>(small);
    return true;
  }
  Value low = binary_op(rt, BinaryOp::kAnd, number, Value::small_int(0xFFFFFFFF));
  if (low.is_null() || !int_to_int64(low, &small)) return false;
  *out = static_cast<uint32_t>(small);
  return true;
}

Value binascii_crc32(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "crc32", nargs, kwnames, 1, 2)) return Value();
  std::string data;
  uint32_t crc = 0;
  if (!binary_argument(rt, args[0], &data) || (nargs > 1 && !masked_word(rt, args[1], &crc)))
    return Value();
  static const std::array<uint32_t, 256> kTable = make_crc32_table();
  crc = ~crc;
  for (char c : data) crc = kTable[(crc ^ static_cast<unsigned char>(c)) & 0xFF] ^ (crc >> 8);
  return Value::small_int(~crc);
}

Value binascii_crc_hqx(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "crc_hqx", nargs, kwnames, 2, 2)) return Value();
  std::string data;
  uint32_t start;
  if (!binary_argument(rt, args[0], &data) || !masked_word(rt, args[1], &start)) return Value();
  static const std::array<uint16_t, 256> kTable = make_crc_hqx_table();
  auto crc = static_cast<uint16_t>(start);
  for (char c : data)
    crc = static_cast<uint16_t>((crc << 8) ^
                                kTable[((crc >> 8) ^ static_cast<unsigned char>(c)) & 0xFF]);
  return Value::small_int(crc);
}

const MethodDef kBinasciiFunctions[] = {
    {"hexlify", binascii_hexlify},       {"b2a_hex", binascii_hexlify},
    {"unhexlify", binascii_unhexlify},   {"a2b_hex", binascii_unhexlify},
    {"b2a_base64", binascii_b2a_base64}, {"a2b_base64", binascii_a2b_base64},
    {"b2a_uu", binascii_b2a_uu},         {"a2b_uu", binascii_a2b_uu},
    {"b2a_qp", binascii_b2a_qp},         {"a2b_qp", binascii_a2b_qp},
    {"crc32", binascii_crc32},           {"crc_hqx", binascii_crc_hqx},
};

}  // namespace

Value make_binascii_module(VM& vm) {
  if (vm.binascii_error.is_null()) {
    vm.binascii_error =
        make_module_exception(vm, "binascii", "Error", vm.exception_type(Exc::kValueError));
    if (vm.binascii_error.is_null()) return Value();
    vm.binascii_incomplete =
        make_module_exception(vm, "binascii", "Incomplete", vm.exception_type(Exc::kException));
    if (vm.binascii_incomplete.is_null()) return Value();
  }
  Value module = make_module_with_functions(vm, "binascii", kBinasciiFunctions);
  if (module.is_null()) return module;
  Dict* dict = module_dict(module);
  dict_set_str(vm, dict, vm.intern("Error"), vm.binascii_error);
  dict_set_str(vm, dict, vm.intern("Incomplete"), vm.binascii_incomplete);
  return module;
}

}  // namespace pyvm
