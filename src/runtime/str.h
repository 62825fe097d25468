// SPDX-License-Identifier: GPL-3.0-or-later
// str: immutable Unicode text.
//
// Stored as UTF-8 with its length in code points, so printing and hashing need
// no conversion. ASCII strings (the common case: identifiers, most program
// text) index in O(1); long non-ASCII strings locate a code point through a
// lazily built side index (str_index.h) in O(1) with a bounded scan, and
// iteration walks the bytes. Hashes are computed once and cached.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"
#include "runtime/type.h"
#include "runtime/value.h"

namespace pyvm {

class Runtime;

struct Str : Object {
  int64_t hash = -1;    // -1 until first computed
  int64_t length = 0;   // in code points
  int64_t size = 0;     // in UTF-8 bytes (the data is NUL-terminated after them)
  bool ascii = true;    // every code point < 128: byte index == code point index
  bool interned = false;
  // The slot of the code-point index in rt.str_indexes (str_index.h), 0
  // until one is built; in the padding, so no string is bigger for it.
  mutable uint32_t index_slot = 0;

  const char* data() const { return reinterpret_cast<const char*>(this + 1); }
  char* mutable_data() { return reinterpret_cast<char*>(this + 1); }
  std::string_view view() const { return {data(), static_cast<size_t>(size)}; }
};
static_assert(sizeof(Str) == sizeof(Object) + 32, "index_slot must fit in the header's padding");
bool has_layout(const Object* object, const Str*);

inline bool is_str(const Value& v) {
  return v.is_object() && v.as_object()->type->has_flag(kTypeStrSubclass);
}
inline Str* as_str(const Value& v) { return v.as<Str>(); }

// New strings. `text` must be valid UTF-8 (text from outside — files, input —
// goes through decode_utf8 first).
Ref<Str> make_str(Runtime& rt, std::string_view text);
// A string of `size` bytes whose content the caller writes into
// mutable_data() before anyone sees it, then calls finish_str.
Ref<Str> allocate_str(Runtime& rt, int64_t size);
// Computes length and the ascii flag of a string filled through allocate_str.
void finish_str(Str* str);
// Text from outside: invalid UTF-8 bytes become U+FFFD.
std::string sanitize_utf8(std::string_view bytes);
// Width of the valid UTF-8 sequence starting at bytes[i], 0 if invalid.
size_t utf8_valid_sequence(std::string_view bytes, size_t i);
Value str_value(Runtime& rt, std::string_view text);
// What a str method returns when it leaves the text as it was: the string
// itself, or an exact str copy of a subclass instance (as CPython).
Value unchanged_str(Runtime& rt, const Value& self);

int64_t str_hash(Str* str);
inline bool str_equal(const Str* a, const Str* b) {
  return a == b || (a->size == b->size && a->view() == b->view());
}
// -1, 0, 1 ordering by code point (UTF-8 byte order is code point order).
int str_compare(const Str* a, const Str* b);

// ---- code points
// Decodes the code point starting at text[*pos] and advances *pos.
uint32_t utf8_decode_at(std::string_view text, size_t* pos);
void utf8_append(std::string& out, uint32_t code_point);
size_t utf8_length(std::string_view text);
// Byte offset of code point `index` (0 <= index <= length): O(1) for ASCII,
// otherwise at most kStrIndexStride steps from the string's index.
size_t str_byte_offset(const Str* str, int64_t index);
// The byte offset `count` code points after (or, negative, before) the code
// point starting at byte `pos` of `text`, staying within the text.
size_t utf8_step(std::string_view text, size_t pos, int64_t count);
// The code point at `index` (0 <= index < length).
uint32_t str_code_point_at(const Str* str, int64_t index);
// The one-character string for a code point (ASCII ones are shared).
Ref<Str> str_from_code_point(Runtime& rt, uint32_t code_point);
// The substring of code points [start, stop).
Ref<Str> str_substring(Runtime& rt, Str* str, int64_t start, int64_t stop);
Ref<Str> str_concat(Runtime& rt, Str* a, Str* b);
// left + right into `left` itself, when left is an exact str nothing else
// refers to (one reference, not interned): it grows in place, with some
// slack, so that a loop of `s += piece` is linear rather than quadratic, as
// in CPython. False, with left untouched, when it cannot.
bool str_append_in_place(Runtime& rt, Value& left, const Str* right);

// repr(s): quoted with CPython's choice of quotes and escapes.
std::string str_repr(std::string_view text);
// ascii(s): as repr, with every non-ASCII code point escaped.
std::string str_ascii_repr(std::string_view text);
// ascii(x) from repr(x): escapes the non-ASCII code points of a text.
std::string str_ascii_escape(std::string_view text);
// The code-point index of a byte offset into a string.
int64_t index_of_code_point(const Str* str, size_t byte_offset);

// ---- names
// str.isidentifier(): whether the text is a valid Python name.
bool is_identifier(std::string_view text);
// A private name (`__x`) as Python spells it inside the class `class_name`
// (`_C__x`); other names are returned unchanged. The compiler mangles
// identifiers with it, type() mangles __slots__.
std::string mangle_private_name(std::string_view class_name, std::string_view name);

// Memory layout of str objects, set before any string exists.
void init_str_layout(Runtime& rt);
void init_str_type(Runtime& rt);

}  // namespace pyvm
