// SPDX-License-Identifier: GPL-3.0-or-later
// str: storage, hashing, code-point access, repr, and the type's slots
// (indexing, slicing, concatenation, comparison, iteration). The methods
// (split, join, ...) are in str_methods.cpp, %-formatting in
// str_percent.cpp and str.format in str_format.cpp.
#include "runtime/str.h"

#include <algorithm>
#include <cstring>
#include <new>

#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/int.h"
#include "runtime/keyboard_interrupt.h"
#include "runtime/object_type.h"
#include "runtime/out_of_memory.h"
#include "runtime/protocols.h"
#include "runtime/runtime.h"
#include "runtime/slice.h"
#include "runtime/str_index.h"
#include "runtime/str_methods.h"
#include "runtime/tuple.h"
#include "runtime/unicode.h"

namespace pyvm {

// ------------------------------------------------------------------ storage

Ref<Str> allocate_str(Runtime& rt, int64_t size) {
  Str* str = new_object<Str>(rt.gc, rt.str_type, static_cast<size_t>(size) + 1);
  str->size = size;
  str->mutable_data()[size] = '\0';
  return Ref<Str>::steal(str);
}

void finish_str(Str* str) {
  const unsigned char* bytes = reinterpret_cast<const unsigned char*>(str->data());
  bool ascii = true;
  int64_t i = 0;
  // Eight bytes at a time, then the rest one by one.
  for (; i + 8 <= str->size && ascii; i += 8) {
    uint64_t word;
    std::memcpy(&word, bytes + i, sizeof word);
    ascii = (word & 0x8080808080808080u) == 0;
  }
  for (; i < str->size && ascii; ++i) ascii = bytes[i] < 0x80;
  str->ascii = ascii;
  str->length = ascii ? str->size : static_cast<int64_t>(utf8_length(str->view()));
}

Ref<Str> make_str(Runtime& rt, std::string_view text) {
  if (text.empty() && rt.empty_str()) return Ref<Str>::borrow(rt.empty_str());
  if (text.size() == 1 && static_cast<unsigned char>(text[0]) < 0x80 && rt.ascii_char(0)) {
    return Ref<Str>::borrow(rt.ascii_char(static_cast<unsigned char>(text[0])));
  }
  Ref<Str> str = allocate_str(rt, static_cast<int64_t>(text.size()));
  std::memcpy(str->mutable_data(), text.data(), text.size());
  finish_str(str.get());
  return str;
}

Value str_value(Runtime& rt, std::string_view text) { return make_str(rt, text); }

size_t utf8_valid_sequence(std::string_view bytes, size_t i) {
  const unsigned char lead = static_cast<unsigned char>(bytes[i]);
  if (lead < 0x80) return 1;
  const size_t width = (lead >> 5) == 6 ? 2 : (lead >> 4) == 14 ? 3 : (lead >> 3) == 30 ? 4 : 0;
  if (width == 0 || i + width > bytes.size()) return 0;
  for (size_t k = 1; k < width; ++k) {
    if ((static_cast<unsigned char>(bytes[i + k]) & 0xC0) != 0x80) return 0;
  }
  size_t pos = i;
  const uint32_t cp = utf8_decode_at(bytes, &pos);
  static constexpr uint32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kSmallest[width] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return width;
}

std::string sanitize_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  for (size_t i = 0; i < bytes.size();) {
    const size_t width = utf8_valid_sequence(bytes, i);
    if (width == 0) {
      utf8_append(out, 0xFFFD);
      ++i;
    } else {
      out.append(bytes.substr(i, width));
      i += width;
    }
  }
  return out;
}

// A 64-bit multiply-rotate hash (in the family of MurmurHash/xxHash): fast
// on short identifiers, well mixed for table indexing.
int64_t str_hash(Str* str) {
  if (str->hash != -1) return str->hash;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(str->data());
  size_t n = static_cast<size_t>(str->size);
  constexpr uint64_t kPrime1 = 0x9E3779B185EBCA87ull;
  constexpr uint64_t kPrime2 = 0xC2B2AE3D27D4EB4Full;
  uint64_t h = 0x27D4EB2F165667C5ull ^ (n * kPrime1);
  while (n >= 8) {
    uint64_t k;
    std::memcpy(&k, p, 8);
    k *= kPrime2;
    k = (k << 31) | (k >> 33);
    k *= kPrime1;
    h ^= k;
    h = ((h << 27) | (h >> 37)) * kPrime1 + 0x85EBCA77C2B2AE63ull;
    p += 8;
    n -= 8;
  }
  uint64_t tail = 0;
  std::memcpy(&tail, p, n);
  h ^= tail * kPrime2;
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDull;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ull;
  h ^= h >> 33;
  int64_t result = static_cast<int64_t>(h);
  if (result == -1) result = -2;
  str->hash = result;
  return result;
}

int str_compare(const Str* a, const Str* b) {
  const size_t n = static_cast<size_t>(std::min(a->size, b->size));
  const int c = std::memcmp(a->data(), b->data(), n);
  if (c != 0) return c < 0 ? -1 : 1;
  return a->size < b->size ? -1 : a->size > b->size ? 1 : 0;
}

// --------------------------------------------------------------- code points

uint32_t utf8_decode_at(std::string_view text, size_t* pos) {
  const unsigned char c = static_cast<unsigned char>(text[*pos]);
  auto continuation = [&](size_t k) -> uint32_t {
    return *pos + k < text.size() ? static_cast<unsigned char>(text[*pos + k]) & 0x3F : 0;
  };
  uint32_t cp;
  size_t width;
  if (c < 0x80) {
    cp = c;
    width = 1;
  } else if ((c >> 5) == 6) {
    cp = ((c & 0x1Fu) << 6) | continuation(1);
    width = 2;
  } else if ((c >> 4) == 14) {
    cp = ((c & 0x0Fu) << 12) | (continuation(1) << 6) | continuation(2);
    width = 3;
  } else {
    cp = ((c & 0x07u) << 18) | (continuation(1) << 12) | (continuation(2) << 6) | continuation(3);
    width = 4;
  }
  *pos = std::min(*pos + width, text.size());
  return cp;
}

bool is_identifier(std::string_view text) {
  if (text.empty()) return false;
  size_t pos = 0;
  if (!unicode_is_identifier_start(utf8_decode_at(text, &pos))) return false;
  while (pos < text.size()) {
    if (!unicode_is_identifier_continue(utf8_decode_at(text, &pos))) return false;
  }
  return true;
}

std::string mangle_private_name(std::string_view class_name, std::string_view name) {
  // Only __names (not __dunders__, not dotted) are mangled.
  if (name.size() < 3 || !name.starts_with("__")) return std::string(name);
  if (name.size() >= 4 && name.ends_with("__")) return std::string(name);
  if (name.find('.') != std::string_view::npos) return std::string(name);
  const size_t start = class_name.find_first_not_of('_');
  // A class named only with underscores mangles nothing.
  if (start == std::string_view::npos) return std::string(name);
  return cat("_", class_name.substr(start), name);
}

void utf8_append(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t utf8_length(std::string_view text) {
  size_t count = 0;
  for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

namespace {

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

size_t utf8_step(std::string_view text, size_t pos, int64_t count) {
  for (; count > 0 && pos < text.size(); --count) {
    ++pos;
    while (pos < text.size() && is_continuation_byte(text[pos])) ++pos;
  }
  for (; count < 0 && pos > 0; ++count) {
    --pos;
    while (pos > 0 && is_continuation_byte(text[pos])) --pos;
  }
  return pos;
}

size_t str_byte_offset(const Str* str, int64_t index) {
  if (str->ascii) return static_cast<size_t>(index);
  if (index >= str->length) return static_cast<size_t>(str->size);
  const uint64_t* offsets = str->length >= kStrIndexStride ? str_index_offsets(str) : nullptr;
  if (offsets == nullptr) return utf8_step(str->view(), 0, index);  // short, or no memory for an index
  return utf8_step(str->view(), offsets[index / kStrIndexStride], index % kStrIndexStride);
}

uint32_t str_code_point_at(const Str* str, int64_t index) {
  if (str->ascii) return static_cast<unsigned char>(str->data()[index]);
  size_t pos = str_byte_offset(str, index);
  return utf8_decode_at(str->view(), &pos);
}

Ref<Str> str_from_code_point(Runtime& rt, uint32_t cp) {
  if (cp < 0x80) return Ref<Str>::borrow(rt.ascii_char(static_cast<unsigned char>(cp)));
  std::string text;
  utf8_append(text, cp);
  return make_str(rt, text);
}

// The results are exact strs: a subclass instance given whole is copied.
bool is_exact_str(Runtime& rt, const Str* str) { return str->type == rt.str_type; }

Ref<Str> str_substring(Runtime& rt, Str* str, int64_t start, int64_t stop) {
  if (start <= 0 && stop >= str->length) {
    return is_exact_str(rt, str) ? Ref<Str>::borrow(str) : make_str(rt, str->view());
  }
  if (stop <= start) return Ref<Str>::borrow(rt.empty_str());
  const size_t begin = str_byte_offset(str, start);
  // A short result: stepping on from its start beats a second lookup.
  const size_t end = stop - start <= kStrIndexStride ? utf8_step(str->view(), begin, stop - start)
                                                     : str_byte_offset(str, stop);
  return make_str(rt, str->view().substr(begin, end - begin));
}

Ref<Str> str_concat(Runtime& rt, Str* a, Str* b) {
  if (a->size == 0 && is_exact_str(rt, b)) return Ref<Str>::borrow(b);
  if (b->size == 0 && is_exact_str(rt, a)) return Ref<Str>::borrow(a);
  Ref<Str> result = allocate_str(rt, a->size + b->size);
  std::memcpy(result->mutable_data(), a->data(), static_cast<size_t>(a->size));
  std::memcpy(result->mutable_data() + a->size, b->data(), static_cast<size_t>(b->size));
  result->ascii = a->ascii && b->ascii;
  result->length = a->length + b->length;
  return result;
}

bool str_append_in_place(Runtime& rt, Value& left, const Str* right) {
  Str* str = left.as<Str>();
  if (str->refcount != 1 || str->interned || str->type != rt.str_type) return false;
  release_str_index(str);  // it covers only the old text
  const size_t needed = sizeof(Str) + static_cast<size_t>(str->size + right->size) + 1;
  if (Gc::usable_size(str) < needed) {
    // An eighth more than needed: the copies realloc makes then add up to a
    // constant times the final length.
    try {
      str = static_cast<Str*>(rt.gc.reallocate(left.release_object(), needed + needed / 8));
    } catch (const std::bad_alloc&) {
      left = Value::steal(str);  // realloc left it where it was
      return false;
    }
    left = Value::steal(str);
  }
  std::memcpy(str->mutable_data() + str->size, right->data(), static_cast<size_t>(right->size));
  str->size += right->size;
  str->mutable_data()[str->size] = '\0';
  str->length += right->length;
  str->ascii = str->ascii && right->ascii;
  str->hash = -1;
  return true;
}

// --------------------------------------------------------------------- repr

namespace {

void append_escaped(std::string& out, uint32_t cp, char quote, bool ascii_only) {
  static const char kHex[] = "0123456789abcdef";
  if (cp == static_cast<uint32_t>(quote) || cp == '\\') {
    out.push_back('\\');
    out.push_back(static_cast<char>(cp));
  } else if (cp == '\t') {
    out += "\\t";
  } else if (cp == '\n') {
    out += "\\n";
  } else if (cp == '\r') {
    out += "\\r";
  } else if (cp < 0x20 || cp == 0x7f) {
    out += "\\x";
    out.push_back(kHex[cp >> 4]);
    out.push_back(kHex[cp & 15]);
  } else if (cp < 0x7f) {
    out.push_back(static_cast<char>(cp));
  } else if (!ascii_only && unicode_is_printable(cp)) {
    utf8_append(out, cp);
  } else if (cp <= 0xff) {
    out += "\\x";
    out.push_back(kHex[cp >> 4]);
    out.push_back(kHex[cp & 15]);
  } else if (cp <= 0xffff) {
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4) out.push_back(kHex[(cp >> shift) & 15]);
  } else {
    out += "\\U";
    for (int shift = 28; shift >= 0; shift -= 4) out.push_back(kHex[(cp >> shift) & 15]);
  }
}

std::string quoted(std::string_view text, bool ascii_only) {
  // CPython prefers single quotes, switching to double quotes when the text
  // contains a single quote and no double quote.
  const bool has_single = text.find('\'') != std::string_view::npos;
  const bool has_double = text.find('"') != std::string_view::npos;
  const char quote = (has_single && !has_double) ? '"' : '\'';
  std::string out;
  out.reserve(text.size() + 2);
  out.push_back(quote);
  size_t pos = 0;
  while (pos < text.size()) {
    append_escaped(out, utf8_decode_at(text, &pos), quote, ascii_only);
  }
  out.push_back(quote);
  return out;
}

}  // namespace

std::string str_repr(std::string_view text) { return quoted(text, false); }
std::string str_ascii_repr(std::string_view text) { return quoted(text, true); }

std::string str_ascii_escape(std::string_view text) {
  std::string out;
  for (size_t pos = 0; pos < text.size();) {
    const uint32_t cp = utf8_decode_at(text, &pos);
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else {
      append_escaped(out, cp, '\0', true);
    }
  }
  return out;
}

int64_t index_of_code_point(const Str* str, size_t byte_offset) {
  if (str->ascii) return static_cast<int64_t>(byte_offset);
  const uint64_t* offsets = str->length >= kStrIndexStride ? str_index_offsets(str) : nullptr;
  if (offsets == nullptr) return static_cast<int64_t>(utf8_length(str->view().substr(0, byte_offset)));
  // The last recorded code point at or before the offset, then count on.
  const size_t entries = static_cast<size_t>((str->length + kStrIndexStride - 1) / kStrIndexStride);
  const size_t entry = static_cast<size_t>(std::upper_bound(offsets, offsets + entries, byte_offset) - offsets) - 1;
  const size_t from = static_cast<size_t>(offsets[entry]);
  return static_cast<int64_t>(entry) * kStrIndexStride +
         static_cast<int64_t>(utf8_length(str->view().substr(from, byte_offset - from)));
}

// -------------------------------------------------------------------- slots

Value unchanged_str(Runtime& rt, const Value& self) {
  if (rt.type_of(self) == rt.str_type) return self;
  return make_str(rt, as_str(self)->view());  // an exact str from a subclass instance
}

namespace {

Value str_repr_slot(Runtime& rt, const Value& self) {
  return make_str(rt, str_repr(as_str(self)->view()));
}

Value str_str_slot(Runtime& rt, const Value& self) { return unchanged_str(rt, self); }

bool str_hash_slot(Runtime&, const Value& self, int64_t* out) {
  *out = str_hash(as_str(self));
  return true;
}

Value str_compare_slot(Runtime& rt, const Value& a, const Value& b, CompareOp op) {
  if (!is_str(b)) return rt.not_implemented();
  const Str* x = as_str(a);
  const Str* y = as_str(b);
  if (op == CompareOp::kEqual) return Value::boolean(str_equal(x, y));
  if (op == CompareOp::kNotEqual) return Value::boolean(!str_equal(x, y));
  const int c = str_compare(x, y);
  switch (op) {
    case CompareOp::kLess: return Value::boolean(c < 0);
    case CompareOp::kLessEqual: return Value::boolean(c <= 0);
    case CompareOp::kGreater: return Value::boolean(c > 0);
    default: return Value::boolean(c >= 0);
  }
}

int64_t str_length_slot(Runtime&, const Value& self) { return as_str(self)->length; }

// s[start::step] of an ASCII string (`count` characters, step != 1),
// written straight into the new string; none or one is a shared string.
Value ascii_stepped_slice(Runtime& rt, const Str* str, int64_t start, int64_t step, int64_t count) {
  if (count == 0) return make_str(rt, std::string_view());
  if (count == 1) return make_str(rt, std::string_view(str->data() + start, 1));
  Ref<Str> result = allocate_str(rt, count);
  char* out = result->mutable_data();
  for (int64_t k = 0; k < count; ++k) {
    const int64_t j = start + k * step;  // (as slice_position: not stepped to)
    out[k] = str->data()[j];
  }
  result->length = count;  // (ascii, as allocated)
  return result;
}

// The text of s[start::step] of a non-ASCII string (`count` code points,
// step != 1), in time proportional to the result: short steps walk from one
// code point to the next, long ones look each position up in the index.
std::string stepped_slice(const Str* str, int64_t start, int64_t step, int64_t count) {
  std::string out;
  const std::string_view text = str->view();
  const bool walk = step > -kStrIndexStride && step < kStrIndexStride;
  size_t pos = count > 0 ? str_byte_offset(str, start) : 0;
  for (int64_t i = 0; i < count; ++i) {
    const int64_t j = start + i * step;  // (as slice_position: not stepped to)
    if (i > 0) pos = walk ? utf8_step(text, pos, step) : str_byte_offset(str, j);
    const size_t end = utf8_step(text, pos, 1);
    out.append(text.substr(pos, end - pos));
  }
  return out;
}

Value str_getitem_slot(Runtime& rt, const Value& self, const Value& key) {
  Str* str = as_str(self);
  if (is_slice(rt, key)) {
    SliceIndices s;
    if (!slice_indices(rt, key, str->length, &s)) return Value();
    if (s.step == 1) return str_substring(rt, str, s.start, s.start + s.length);
    if (str->ascii) return ascii_stepped_slice(rt, str, s.start, s.step, s.length);
    return make_str(rt, stepped_slice(str, s.start, s.step, s.length));
  }
  int64_t index;
  if (!is_int(key) && rt.type_of(key)->index == nullptr) {
    return rt.raise(Exc::kTypeError,
                    cat("string indices must be integers, not '", type_name(rt, key), "'"));
  }
  if (!index_as_int64(rt, key, &index)) return Value();
  if (index < 0) index += str->length;
  if (index < 0 || index >= str->length) return rt.raise(Exc::kIndexError, "string index out of range");
  return str_from_code_point(rt, str_code_point_at(str, index));
}

int str_contains_slot(Runtime& rt, const Value& self, const Value& item) {
  if (!is_str(item)) {
    rt.raise(Exc::kTypeError, cat("'in <string>' requires string as left operand, not ",
                                  type_name(rt, item)));
    return -1;
  }
  return as_str(self)->view().find(as_str(item)->view()) != std::string_view::npos;
}

// Writes `count` copies of `text` to `out` by doubling what is written
// (few, large copies), checking for Ctrl-C between copies of at most
// kRepeatChunk bytes, each taking a step of the budget per kBytesPerStep
// (as big ints do for their bits), so that a small budget cannot make
// strings so big that every later pass over them is slow. False with
// KeyboardInterrupt (or the budget's error) raised.
bool fill_repeated(Runtime& rt, char* out, std::string_view text, int64_t count) {
  constexpr size_t kRepeatChunk = size_t{1} << 26;
  constexpr size_t kBytesPerStep = size_t{1} << 13;
  const size_t total = text.size() * static_cast<size_t>(count);
  // A whole number of copies per step keeps the pattern aligned.
  const size_t largest_step = std::max(text.size(), kRepeatChunk / text.size() * text.size());
  std::memcpy(out, text.data(), text.size());
  for (size_t filled = text.size(); filled < total;) {
    const size_t step = std::min({filled, largest_step, total - filled});
    if (poll_interrupt(rt, static_cast<int64_t>(1 + step / kBytesPerStep))) return false;
    std::memcpy(out + filled, out, step);
    filled += step;
  }
  return true;
}

Value str_repeat(Runtime& rt, Str* str, const Value& count_value) {
  int64_t count;
  if (!index_as_int64(rt, count_value, &count, Exc::kOverflowError)) return Value();
  if (count <= 0 || str->size == 0) return Value::from_object(rt.empty_str());
  if (count == 1) {
    return is_exact_str(rt, str) ? Value::from_object(str) : Value(make_str(rt, str->view()));
  }
  if (str->size > INT64_MAX / count || str->size * count > (int64_t{1} << 40)) {
    return raise_no_memory(rt);
  }
  Ref<Str> result = allocate_str(rt, str->size * count);
  if (!fill_repeated(rt, result->mutable_data(), str->view(), count)) return Value();
  result->ascii = str->ascii;
  result->length = str->length * count;
  return result;
}

// str + non-str returns NotImplemented so the right operand's __radd__ gets
// its chance; binary_op then raises "can only concatenate str ...".
Value str_add_slot(Runtime& rt, const Value& a, const Value& b) {
  if (!is_str(a) || !is_str(b)) return rt.not_implemented();
  return str_concat(rt, as_str(a), as_str(b));
}

Value str_multiply_slot(Runtime& rt, const Value& a, const Value& b) {
  if (is_str(a) && (is_int(b) || rt.type_of(b)->index)) return str_repeat(rt, as_str(a), b);
  if (is_str(b) && (is_int(a) || rt.type_of(a)->index)) return str_repeat(rt, as_str(b), a);
  return rt.not_implemented();
}

Value str_remainder_slot(Runtime& rt, const Value& a, const Value& b) {
  if (!is_str(a)) return rt.not_implemented();
  return str_percent_format(rt, as_str(a), b);
}

// ---- iteration: walks the bytes, so non-ASCII text iterates in O(n) total.

struct StrIterator : Object {
  Value str;
  size_t byte_position = 0;
};

[[maybe_unused]] bool has_layout(const Object* object, const StrIterator*) {
  return layout_extends(object, object->type->runtime->str_iterator_type);
}

Value str_iter_slot(Runtime& rt, const Value& self) {
  StrIterator* it = new_object<StrIterator>(rt.gc, rt.str_iterator_type, 0);
  it->str = self;
  return Value::steal(it);
}

Value str_iterator_next(Runtime& rt, const Value& self) {
  StrIterator* it = self.as<StrIterator>();
  if (it->str.is_null()) return Value();
  Str* str = as_str(it->str);
  if (it->byte_position >= static_cast<size_t>(str->size)) {
    it->str = Value();
    return Value();
  }
  const auto byte = static_cast<unsigned char>(str->data()[it->byte_position]);
  if (byte < 0x80) {  // (most text: no decoding, the shared one-character str)
    ++it->byte_position;
    return Value::from_object(rt.ascii_char(byte));
  }
  const uint32_t cp = utf8_decode_at(str->view(), &it->byte_position);
  return str_from_code_point(rt, cp);
}

Value iterator_self(Runtime&, const Value& self) { return self; }

Value str_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  Value bound[3];
  static const Parameters kParameters{"str", {"object", "encoding", "errors"}, 0, 0};
  if (nargs - tuple_size(kwnames) > 3) {
    return rt.raise(Exc::kTypeError, cat("str() takes at most 3 arguments (", nargs, " given)"));
  }
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  Value result;
  if (bound[0].is_null()) {
    result = Value::from_object(rt.empty_str());
  } else if (!bound[1].is_null() || !bound[2].is_null()) {
    result = str_decode_bytes(rt, bound[0], bound[1], bound[2], "str");
  } else {
    result = to_str(rt, bound[0]);
  }
  if (result.is_null() || type == rt.str_type) return result;
  // A subclass instance: copy the text into an object of that type, with
  // the Values the class appends after it.
  Str* text = as_str(result);
  const size_t item_bytes = round_up_to_8(static_cast<size_t>(text->size) + 1);
  Str* str = new_object<Str>(rt.gc, type, item_bytes + appended_size(type));
  std::memcpy(str->mutable_data(), text->data(), static_cast<size_t>(text->size) + 1);
  str->size = text->size;
  str->length = text->length;
  str->ascii = text->ascii;
  return Value::steal(str);
}

}  // namespace

namespace {

void dealloc_str(Object* self) {
  // (Checked here: only long non-ASCII strings that were indexed have one.)
  if (static_cast<Str*>(self)->index_slot != 0) release_str_index(static_cast<Str*>(self));
  dealloc_object<Str>(self);
}

}  // namespace

void init_str_layout(Runtime& rt) {
  Type* type = rt.str_type;
  type->flags |= kTypeBaseType | kTypeStrSubclass | kTypeVariableSize | kTypeSequenceConcat;
  type->instance_size = sizeof(Str);
  type->dealloc = dealloc_str;
  type->item_bytes = [](const Object* self) {
    return round_up_to_8(static_cast<size_t>(static_cast<const Str*>(self)->size) + 1);
  };
}

void init_str_type(Runtime& rt) {
  Type* type = rt.str_type;
  define_builtin_type(rt, type, "str", rt.object_type, sizeof(Str), kTypeMatchSelf, dealloc_str);
  type->repr = str_repr_slot;
  type->str = str_str_slot;
  type->hash = str_hash_slot;
  type->compare = str_compare_slot;
  type->length = str_length_slot;
  type->getitem = str_getitem_slot;
  type->contains = str_contains_slot;
  type->iter = str_iter_slot;
  type->binary[static_cast<int>(BinaryOp::kAdd)] = str_add_slot;
  type->binary[static_cast<int>(BinaryOp::kMultiply)] = str_multiply_slot;
  type->binary[static_cast<int>(BinaryOp::kRemainder)] = str_remainder_slot;
  type->new_instance = str_new;
  add_methods(rt, type, str_methods());

  Type* iterator = rt.str_iterator_type;
  define_builtin_type(rt, iterator, "str_ascii_iterator", rt.object_type, sizeof(StrIterator),
                      kTypeHasGc, dealloc_object<StrIterator>);
  iterator->traverse = [](Object* self, VisitFn visit, void* context) {
    const Value& str = static_cast<StrIterator*>(self)->str;
    if (str.is_object()) visit(str.as_object(), context);
  };
  iterator->clear = [](Object* self) { Value dropped = std::move(static_cast<StrIterator*>(self)->str); };
  iterator->iter = iterator_self;
  iterator->next = str_iterator_next;
}

bool has_layout(const Object* object, const Str*) {
  return layout_extends(object, object->type->runtime->str_type);
}

}  // namespace pyvm
