// SPDX-License-Identifier: GPL-3.0-or-later
// Text encodings and their error handlers (see codecs.h).
#include "runtime/codecs.h"

#include <cstring>
#include <vector>

#include "runtime/arguments.h"
#include "runtime/bytes.h"
#include "runtime/concat.h"
#include "runtime/exceptions.h"
#include "runtime/protocols.h"
#include "runtime/runtime.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

// CPython's codec registry lowercases a name and turns spaces into hyphens;
// the encodings package then joins the runs of characters that are neither
// alphanumeric nor '.' into one '_' (dropping them at either end) and looks
// the result up among the module names and aliases.
std::string normalize_encoding_name(std::string_view name) {
  std::string out;
  bool punctuation = false;
  for (char c : name) {
    const unsigned char u = static_cast<unsigned char>(c);
    const bool alphanumeric =
        (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
    if (alphanumeric || c == '.' || u >= 0x80) {
      if (punctuation && !out.empty()) out.push_back('_');
      // Non-ASCII letters count as alphanumeric but are dropped, as there.
      if (u < 0x80) out.push_back(static_cast<char>(u >= 'A' && u <= 'Z' ? u - 'A' + 'a' : u));
      punctuation = false;
    } else {
      punctuation = true;
    }
  }
  return out;
}

struct CodecAlias {
  const char* name;
  Codec codec;
};

// The module names and the aliases of encodings/aliases.py for the three codecs.
constexpr CodecAlias kCodecNames[] = {
    {"utf_8", Codec::kUtf8},
    {"u8", Codec::kUtf8},
    {"utf", Codec::kUtf8},
    {"utf8", Codec::kUtf8},
    {"utf8_ucs2", Codec::kUtf8},
    {"utf8_ucs4", Codec::kUtf8},
    {"cp65001", Codec::kUtf8},
    {"ascii", Codec::kAscii},
    {"646", Codec::kAscii},
    {"ansi_x3.4_1968", Codec::kAscii},
    {"ansi_x3_4_1968", Codec::kAscii},
    {"ansi_x3.4_1986", Codec::kAscii},
    {"cp367", Codec::kAscii},
    {"csascii", Codec::kAscii},
    {"ibm367", Codec::kAscii},
    {"iso646_us", Codec::kAscii},
    {"iso_646.irv_1991", Codec::kAscii},
    {"iso_ir_6", Codec::kAscii},
    {"us", Codec::kAscii},
    {"us_ascii", Codec::kAscii},
    {"latin_1", Codec::kLatin1},
    {"8859", Codec::kLatin1},
    {"cp819", Codec::kLatin1},
    {"csisolatin1", Codec::kLatin1},
    {"ibm819", Codec::kLatin1},
    {"iso8859", Codec::kLatin1},
    {"iso8859_1", Codec::kLatin1},
    {"iso_8859_1", Codec::kLatin1},
    {"iso_8859_1_1987", Codec::kLatin1},
    {"iso_ir_100", Codec::kLatin1},
    {"l1", Codec::kLatin1},
    {"latin", Codec::kLatin1},
    {"latin1", Codec::kLatin1},
};

bool find_codec(std::string_view normalized, Codec* codec) {
  for (const CodecAlias& alias : kCodecNames) {
    if (normalized == alias.name) {
      *codec = alias.codec;
      return true;
    }
  }
  return false;
}

bool is_surrogate(uint32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

// ---------------------------------------------------------------- encoding

Value raise_encode_error(Runtime& rt, Codec codec, std::string_view text, const Value& object,
                         int64_t start, int64_t end, std::string_view reason) {
  Value str = object.is_null() ? Value(make_str(rt, text)) : object;
  Ref<Tuple> details =
      make_tuple(rt, {make_str(rt, codec_name(codec)), str, Value::small_int(start),
                      Value::small_int(end), make_str(rt, reason)});
  return rt.raise_exception(
      make_exception(rt, rt.exception_type(Exc::kUnicodeEncodeError), details));
}

Value raise_unknown_handler(Runtime& rt, std::string_view errors) {
  return rt.raise(Exc::kLookupError, cat("unknown error handler name '", errors, "'"));
}

void append_hex(std::string& out, uint32_t value, int digits) {
  static const char kHex[] = "0123456789abcdef";
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
    out.push_back(kHex[(value >> shift) & 15]);
}

void append_backslash_escape(std::string& out, uint32_t c) {
  if (c <= 0xFF) {
    out += "\\x";
    append_hex(out, c, 2);
  } else if (c <= 0xFFFF) {
    out += "\\u";
    append_hex(out, c, 4);
  } else {
    out += "\\U";
    append_hex(out, c, 8);
  }
}

// The characters [start, end) of the text could not be encoded: the error
// handler decides what goes to `out` instead.
bool handle_encode_error(Runtime& rt, Codec codec, std::string_view errors, std::string_view text,
                         const Value& object, const std::vector<uint32_t>& run, int64_t start,
                         std::string* out) {
  const int64_t end = start + static_cast<int64_t>(run.size());
  const char* reason = codec == Codec::kUtf8    ? "surrogates not allowed"
                       : codec == Codec::kAscii ? "ordinal not in range(128)"
                                                : "ordinal not in range(256)";
  if (errors == "strict") {
    raise_encode_error(rt, codec, text, object, start, end, reason);
    return false;
  }
  if (errors == "ignore") return true;
  if (errors == "replace") {
    out->append(run.size(), '?');
    return true;
  }
  if (errors == "backslashreplace") {
    for (uint32_t c : run) append_backslash_escape(*out, c);
    return true;
  }
  if (errors == "xmlcharrefreplace") {
    for (uint32_t c : run) *out += cat("&#", c, ";");
    return true;
  }
  if (errors == "surrogateescape") {
    for (uint32_t c : run) {
      if (c < 0xDC80 || c > 0xDCFF) {
        raise_encode_error(rt, codec, text, object, start, end, reason);
        return false;
      }
    }
    for (uint32_t c : run) out->push_back(static_cast<char>(c - 0xDC00));
    return true;
  }
  if (errors == "surrogatepass") {
    if (codec != Codec::kUtf8) {
      raise_encode_error(rt, codec, text, object, start, end, reason);
      return false;
    }
    for (uint32_t c : run) utf8_append(*out, c);  // only surrogates reach here
    return true;
  }
  raise_unknown_handler(rt, errors);
  return false;
}

// Whether a UTF-8 text holds a lone surrogate (ED A0..BF ..).
bool has_surrogate(std::string_view text) {
  const char* p = text.data();
  const char* end = p + text.size();
  while ((p = static_cast<const char*>(std::memchr(p, '\xED', static_cast<size_t>(end - p)))) !=
         nullptr) {
    if (p + 1 < end && static_cast<unsigned char>(p[1]) >= 0xA0) return true;
    ++p;
  }
  return false;
}

bool is_ascii_text(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// ---------------------------------------------------------------- decoding

// What the UTF-8 sequence starting at data[i] is: `width` bytes of a valid
// character; or, when width is 0, an error over the `bad` bytes of its
// longest valid beginning, `truncated` when the data ended inside it.
struct Utf8Sequence {
  int width = 0;
  int bad = 0;
  bool truncated = false;
  const char* reason = nullptr;
};

Utf8Sequence scan_utf8(std::string_view data, size_t i) {
  const unsigned char lead = static_cast<unsigned char>(data[i]);
  Utf8Sequence s;
  if (lead < 0x80) {
    s.width = 1;
    return s;
  }
  if (lead < 0xC2 || lead > 0xF4) {
    s.bad = 1;
    s.reason = "invalid start byte";
    return s;
  }
  const int need = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
  unsigned char low = 0x80, high = 0xBF;  // the second byte's range
  if (lead == 0xE0) low = 0xA0;
  if (lead == 0xED) high = 0x9F;
  if (lead == 0xF0) low = 0x90;
  if (lead == 0xF4) high = 0x8F;
  for (int k = 1; k <= need; ++k) {
    if (i + static_cast<size_t>(k) >= data.size()) {
      s.bad = k;
      s.truncated = true;
      s.reason = "unexpected end of data";
      return s;
    }
    const unsigned char c = static_cast<unsigned char>(data[i + static_cast<size_t>(k)]);
    if (k == 1 ? (c < low || c > high) : (c < 0x80 || c > 0xBF)) {
      s.bad = k;
      s.reason = "invalid continuation byte";
      return s;
    }
  }
  s.width = need + 1;
  return s;
}

Value raise_decode_error(Runtime& rt, Codec codec, std::string_view data, size_t start, size_t end,
                         std::string_view reason) {
  Ref<Tuple> details =
      make_tuple(rt, {make_str(rt, codec_name(codec)), make_bytes(rt, data),
                      Value::small_int(static_cast<int64_t>(start)),
                      Value::small_int(static_cast<int64_t>(end)), make_str(rt, reason)});
  return rt.raise_exception(
      make_exception(rt, rt.exception_type(Exc::kUnicodeDecodeError), details));
}

// The bytes [start, end) could not be decoded: the error handler decides
// what goes to `out` instead; *resume is where decoding continues.
bool handle_decode_error(Runtime& rt, Codec codec, std::string_view errors, std::string_view data,
                         size_t start, size_t end, const char* reason, std::string* out,
                         size_t* resume) {
  *resume = end;
  if (errors == "strict") {
    raise_decode_error(rt, codec, data, start, end, reason);
    return false;
  }
  if (errors == "ignore") return true;
  if (errors == "replace") {
    utf8_append(*out, 0xFFFD);
    return true;
  }
  if (errors == "backslashreplace") {
    for (size_t i = start; i < end; ++i)
      append_backslash_escape(*out, static_cast<unsigned char>(data[i]));
    return true;
  }
  if (errors == "surrogateescape") {
    for (size_t i = start; i < end; ++i) {
      if (static_cast<unsigned char>(data[i]) < 0x80) {
        raise_decode_error(rt, codec, data, start, end, reason);
        return false;
      }
    }
    for (size_t i = start; i < end; ++i)
      utf8_append(*out, 0xDC00 + static_cast<unsigned char>(data[i]));
    return true;
  }
  if (errors == "surrogatepass") {
    // An encoded surrogate: ED A0..BF 80..BF.
    if (codec == Codec::kUtf8 && start + 3 <= data.size() &&
        static_cast<unsigned char>(data[start]) == 0xED &&
        (static_cast<unsigned char>(data[start + 1]) & 0xE0) == 0xA0 &&
        (static_cast<unsigned char>(data[start + 2]) & 0xC0) == 0x80) {
      out->append(data.substr(start, 3));
      *resume = start + 3;
      return true;
    }
    raise_decode_error(rt, codec, data, start, end, reason);
    return false;
  }
  if (errors == "xmlcharrefreplace" || errors == "namereplace") {
    rt.raise(Exc::kTypeError, "don't know how to handle UnicodeDecodeError in error callback");
    return false;
  }
  raise_unknown_handler(rt, errors);
  return false;
}

}  // namespace

std::string_view codec_name(Codec codec) {
  switch (codec) {
    case Codec::kUtf8:
      return "utf-8";
    case Codec::kAscii:
      return "ascii";
    case Codec::kLatin1:
      return "latin-1";
  }
  return "utf-8";
}

bool lookup_codec(Runtime& rt, std::string_view name, Codec* codec) {
  if (name.find('\0') != std::string_view::npos) {
    rt.raise(Exc::kValueError, "embedded null character");
    return false;
  }
  const std::string normalized = normalize_encoding_name(name);
  if (find_codec(normalized, codec)) return true;
  std::string underscored = normalized;
  for (char& c : underscored) {
    if (c == '.') c = '_';
  }
  // The aliases are tried with '.' as '_' too; module names are not.
  if (underscored != normalized && underscored != "utf_8" && underscored != "latin_1" &&
      find_codec(underscored, codec)) {
    return true;
  }
  rt.raise(Exc::kLookupError, cat("unknown encoding: ", name));
  return false;
}

bool codec_arguments(Runtime& rt, std::string_view function, const Value& encoding,
                     const Value& errors, CodecArguments* out) {
  if (!encoding.is_null()) {
    if (!is_str(encoding)) {
      rt.raise(Exc::kTypeError, cat(function, "() argument 'encoding' must be str, not ",
                                    argument_type_name(rt, encoding)));
      return false;
    }
  }
  if (!errors.is_null()) {
    if (!is_str(errors)) {
      rt.raise(Exc::kTypeError, cat(function, "() argument 'errors' must be str, not ",
                                    argument_type_name(rt, errors)));
      return false;
    }
    out->errors = as_str(errors)->view();
  }
  if (!encoding.is_null() && !lookup_codec(rt, as_str(encoding)->view(), &out->codec)) return false;
  return true;
}

bool encode_text(Runtime& rt, Codec codec, std::string_view errors, std::string_view text,
                 std::string* out, const Value& object) {
  if (codec == Codec::kUtf8 ? !has_surrogate(text)
                            : codec == Codec::kAscii && is_ascii_text(text)) {
    out->append(text);
    return true;
  }
  const uint32_t limit = codec == Codec::kAscii ? 0x80 : 0x100;
  auto encodable = [&](uint32_t c) { return codec == Codec::kUtf8 ? !is_surrogate(c) : c < limit; };
  std::vector<uint32_t> run;
  int64_t index = 0;
  for (size_t pos = 0; pos < text.size();) {
    const size_t begin = pos;
    const uint32_t c = utf8_decode_at(text, &pos);
    if (encodable(c)) {
      if (codec == Codec::kUtf8) {
        out->append(text.substr(begin, pos - begin));
      } else {
        out->push_back(static_cast<char>(c));
      }
      ++index;
      continue;
    }
    // A run of characters the codec cannot encode goes to the handler at once.
    run.assign(1, c);
    size_t next = pos;
    while (next < text.size()) {
      size_t after = next;
      const uint32_t d = utf8_decode_at(text, &after);
      if (encodable(d)) break;
      run.push_back(d);
      next = after;
    }
    if (!handle_encode_error(rt, codec, errors, text, object, run, index, out)) return false;
    index += static_cast<int64_t>(run.size());
    pos = next;
  }
  return true;
}

bool decode_bytes(Runtime& rt, Codec codec, std::string_view errors, std::string_view data,
                  bool final, std::string* out, size_t* consumed) {
  if (consumed != nullptr) *consumed = data.size();
  if (codec == Codec::kLatin1) {
    out->reserve(out->size() + data.size());
    for (char c : data) utf8_append(*out, static_cast<unsigned char>(c));
    return true;
  }
  size_t i = 0;
  while (i < data.size()) {
    // The longest run of valid characters, copied at once.
    size_t j = i;
    if (codec == Codec::kAscii) {
      while (j < data.size() && static_cast<unsigned char>(data[j]) < 0x80) ++j;
    } else {
      while (j < data.size()) {
        if (static_cast<unsigned char>(data[j]) < 0x80) {
          ++j;
          continue;
        }
        const Utf8Sequence s = scan_utf8(data, j);
        if (s.width == 0) break;
        j += static_cast<size_t>(s.width);
      }
    }
    out->append(data.substr(i, j - i));
    i = j;
    if (i == data.size()) break;
    size_t bad = 1;
    const char* reason = "ordinal not in range(128)";
    if (codec == Codec::kUtf8) {
      const Utf8Sequence s = scan_utf8(data, i);
      if (s.truncated && !final) {
        if (consumed != nullptr) *consumed = i;
        return true;
      }
      bad = static_cast<size_t>(s.bad);
      reason = s.reason;
    }
    if (!handle_decode_error(rt, codec, errors, data, i, i + bad, reason, out, &i)) return false;
  }
  return true;
}

Value encode_to_bytes(Runtime& rt, Codec codec, std::string_view errors, const Value& str) {
  const std::string_view text = as_str(str)->view();
  if (codec == Codec::kUtf8 ? !has_surrogate(text) : codec == Codec::kAscii && as_str(str)->ascii) {
    return make_bytes(rt, text);
  }
  std::string out;
  if (!encode_text(rt, codec, errors, text, &out, str)) return Value();
  return make_bytes(rt, out);
}

Value decode_to_str(Runtime& rt, Codec codec, std::string_view errors, std::string_view data) {
  std::string out;
  if (!decode_bytes(rt, codec, errors, data, true, &out)) return Value();
  return make_str(rt, out);
}

}  // namespace pyvm
