// SPDX-License-Identifier: GPL-3.0-or-later
// Text encodings: the codecs pyvm has (UTF-8, ASCII, Latin-1), found by
// any of the names CPython's registry knows them by, and CPython's error
// handlers. The one place text becomes bytes and bytes become text:
// str.encode, bytes.decode, str(b, encoding), bytes(s, encoding),
// bytearray(s, encoding) and the io module's text files all come here.
//
// Text is a str's own storage, UTF-8 with lone surrogates encoded as
// three-byte sequences (\ud800 is ED A0 80), so encoding to UTF-8 is a copy
// unless the text holds a surrogate.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/value.h"

namespace pyvm {

class Runtime;

enum class Codec : uint8_t { kUtf8, kAscii, kLatin1 };

// The codec's name as CPython's messages and UnicodeError.encoding give
// it: "utf-8", "ascii", "latin-1".
std::string_view codec_name(Codec codec);

// The codec an encoding name stands for, normalised as CPython's registry
// normalises it ('UTF-8', 'utf8', 'U8', 'latin1', 'ISO-8859-1', 'l1',
// 'us-ascii', '646', ...). False with LookupError "unknown encoding: NAME"
// (ValueError for a name with a NUL) otherwise.
bool lookup_codec(Runtime& rt, std::string_view name, Codec* codec);

// The `encoding` and `errors` arguments of str.encode() and its kin, null
// where not given (then "utf-8" and "strict"): checked as CPython does,
// "FUNCTION() argument 'encoding' must be str, not int", and the codec
// looked up. `errors` stays a view into the argument's text.
struct CodecArguments {
  Codec codec = Codec::kUtf8;
  std::string_view errors = "strict";
};
bool codec_arguments(Runtime& rt, std::string_view function, const Value& encoding,
                     const Value& errors, CodecArguments* out);

// Encodes text (a str's storage) into `out`, unencodable characters going
// to the error handler named `errors` (strict, ignore, replace,
// backslashreplace, xmlcharrefreplace, surrogateescape, surrogatepass).
// A UnicodeEncodeError names `object` (the str being encoded; made from the
// text when null). False with the error set.
bool encode_text(Runtime& rt, Codec codec, std::string_view errors, std::string_view text,
                 std::string* out, const Value& object = Value());

// Decodes bytes into text (appended to `out`), undecodable bytes going to
// the error handler `errors`. With `final` false, a UTF-8 sequence cut off
// by the end of `data` is left undecoded and *consumed stops before it (an
// incremental decoder keeps it for the next call); otherwise all of `data`
// is consumed. False with the error set (a UnicodeDecodeError's object is
// the bytes of `data`).
bool decode_bytes(Runtime& rt, Codec codec, std::string_view errors, std::string_view data,
                  bool final, std::string* out, size_t* consumed = nullptr);

// The same, making the bytes or str object.
Value encode_to_bytes(Runtime& rt, Codec codec, std::string_view errors, const Value& str);
Value decode_to_str(Runtime& rt, Codec codec, std::string_view errors, std::string_view data);

}  // namespace pyvm
