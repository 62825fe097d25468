// SPDX-License-Identifier: GPL-3.0-or-later
// bytes: construction, repr, the sequence slots, % formatting (through
// str_percent.cpp) and the common methods (decode, hex/fromhex, split, join,
// strip, find, count, replace, padding, case changes).
#include "runtime/bytes.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/int.h"
#include "runtime/keyboard_interrupt.h"
#include "runtime/list.h"
#include "runtime/object_type.h"
#include "runtime/out_of_memory.h"
#include "runtime/protocols.h"
#include "runtime/runtime.h"
#include "runtime/sequence.h"
#include "runtime/slots.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/str_methods.h"
#include "runtime/tuple.h"

namespace pyvm {

Value make_bytes_like(Runtime& rt, const Value& like, std::string_view data) {
  if (is_bytearray(rt, like)) return make_bytearray(rt, data);
  return make_bytes(rt, data);
}

Value make_bytes(Runtime& rt, std::string_view data) {
  Bytes* bytes = new_object<Bytes>(rt.gc, rt.bytes_type, data.size() + 1);
  bytes->size = static_cast<int64_t>(data.size());
  std::memcpy(bytes->mutable_data(), data.data(), data.size());
  bytes->mutable_data()[data.size()] = '\0';
  return Value::steal(bytes);
}

bool is_bytes_like(Runtime& rt, const Value& value) {
  if (!value.is_object()) return false;
  const Type* layout = value.as_object()->type->layout;
  if (layout == rt.bytes_type || layout == rt.bytearray_type) return true;
  if (layout != rt.memoryview_type) return false;
  const MemoryView* view = value.as<MemoryView>();
  return !view->object.is_null() && (view->step == 1 || view->length <= 1);
}

std::string_view bytes_view(const Value& value) {
  const Object* object = value.as_object();
  const Runtime& rt = *object->type->runtime;
  if (object->type->layout == rt.bytearray_type) return value.as<ByteArray>()->view();
  if (object->type->layout == rt.memoryview_type) {
    const MemoryView* view = value.as<MemoryView>();
    return bytes_view(view->object).substr(static_cast<size_t>(view->start), static_cast<size_t>(view->length));
  }
  return value.as<Bytes>()->view();
}

std::string bytes_repr(std::string_view data) {
  const bool has_single = data.find('\'') != std::string_view::npos;
  const bool has_double = data.find('"') != std::string_view::npos;
  const char quote = (has_single && !has_double) ? '"' : '\'';
  static const char kHex[] = "0123456789abcdef";
  std::string out = "b";
  out.push_back(quote);
  for (char ch : data) {
    const unsigned char c = static_cast<unsigned char>(ch);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out.push_back('\\');
      out.push_back(ch);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7f) {
      out += "\\x";
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    } else {
      out.push_back(ch);
    }
  }
  out.push_back(quote);
  return out;
}

Value bytes_from_object(Runtime& rt, const Value& value) {
  if (rt.type_of(value) == rt.bytes_type) return value;
  if (rt.type_of(value)->layout == rt.memoryview_type) {
    return call_method(rt, value, rt.intern("tobytes"), nullptr, 0);  // also a strided view
  }
  if (is_bytes_like(rt, value)) return make_bytes(rt, bytes_view(value));
  if (is_str(value)) return rt.raise(Exc::kTypeError, "string argument without an encoding");
  std::string data;
  const bool ok = for_each(rt, value, [&](Value item) {
    int64_t byte;
    if (!index_as_int64(rt, item, &byte, Exc::kValueError)) return false;
    if (byte < 0 || byte > 255) {
      rt.raise(Exc::kValueError, "bytes must be in range(0, 256)");
      return false;
    }
    data.push_back(static_cast<char>(byte));
    return true;
  });
  if (!ok) {
    if (rt.error_matches(Exc::kTypeError) && !is_int(value) &&
        rt.type_of(value)->iter == nullptr) {
      rt.clear_error();
      return rt.raise(Exc::kTypeError,
                      cat("cannot convert '", type_name(rt, value), "' object to bytes"));
    }
    return Value();
  }
  return make_bytes(rt, data);
}

bool has_dunder_bytes(Runtime& rt, const Value& value) {
  return lookup_in_mro(rt.type_of(value), rt.names.dunder_bytes) != nullptr;
}

Value call_dunder_bytes(Runtime& rt, const Value& value) {
  Value data = call_special_method(rt, value, rt.names.dunder_bytes, nullptr, 0);
  if (data.is_null() || is_bytes_like(rt, data)) return data;
  return rt.raise(Exc::kTypeError, cat("__bytes__ returned non-bytes (type ", type_name(rt, data), ")"));
}

namespace {

Value bytes_repr_slot(Runtime& rt, const Value& self) {
  return make_str(rt, bytes_repr(bytes_view(self)));
}

bool bytes_hash_slot(Runtime&, const Value& self, int64_t* out) {
  Bytes* bytes = self.as<Bytes>();
  if (bytes->hash == -1) {
    // FNV-1a: bytes keys are rare; any stable hash will do.
    uint64_t h = 1469598103934665603ull;
    for (char c : bytes->view()) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    bytes->hash = static_cast<int64_t>(h) == -1 ? -2 : static_cast<int64_t>(h);
  }
  *out = bytes->hash;
  return true;
}

struct BytesIterator : Object {
  Value bytes;
  int64_t index = 0;
};

[[maybe_unused]] bool has_layout(const Object* object, const BytesIterator*) {
  return layout_extends(object, object->type->runtime->bytes_iterator_type);
}

}  // namespace

Value bytes_compare_slot(Runtime& rt, const Value& a, const Value& b, CompareOp op) {
  if (!is_bytes_like(rt, b)) return rt.not_implemented();
  const int c = bytes_view(a).compare(bytes_view(b));
  switch (op) {
    case CompareOp::kLess: return Value::boolean(c < 0);
    case CompareOp::kLessEqual: return Value::boolean(c <= 0);
    case CompareOp::kEqual: return Value::boolean(c == 0);
    case CompareOp::kNotEqual: return Value::boolean(c != 0);
    case CompareOp::kGreater: return Value::boolean(c > 0);
    case CompareOp::kGreaterEqual: return Value::boolean(c >= 0);
  }
  return Value();
}

int64_t bytes_length(Runtime&, const Value& self) { return static_cast<int64_t>(bytes_view(self).size()); }

Value bytes_getitem(Runtime& rt, const Value& self, const Value& key) {
  const std::string_view data = bytes_view(self);
  const int64_t size = static_cast<int64_t>(data.size());
  if (is_slice(rt, key)) {
    SliceIndices s;
    if (!slice_indices(rt, key, size, &s)) return Value();
    std::string out;
    for (int64_t i = 0; i < s.length; ++i) {
      const int64_t j = slice_position(s, i);
      out.push_back(data[j]);
    }
    return make_bytes_like(rt, self, out);
  }
  const bool bytearray = is_bytearray(rt, self);
  if (!is_int(key) && rt.type_of(key)->index == nullptr) {
    return rt.raise(Exc::kTypeError, cat(bytearray ? "bytearray" : "byte",
                                         " indices must be integers or slices, not ", type_name(rt, key)));
  }
  int64_t i;
  if (!index_as_int64(rt, key, &i)) return Value();
  if (i < 0) i += size;
  if (i < 0 || i >= size) {
    return rt.raise(Exc::kIndexError, bytearray ? "bytearray index out of range" : "index out of range");
  }
  return Value::small_int(static_cast<unsigned char>(data[i]));
}

int bytes_contains(Runtime& rt, const Value& self, const Value& item) {
  if (is_int(item)) {
    int64_t byte;
    if (!int_to_int64(item, &byte) || byte < 0 || byte > 255) {
      rt.raise(Exc::kValueError, "byte must be in range(0, 256)");
      return -1;
    }
    return bytes_view(self).find(static_cast<char>(byte)) != std::string_view::npos;
  }
  if (!is_bytes_like(rt, item)) {
    rt.raise(Exc::kTypeError, cat("a bytes-like object is required, not '", type_name(rt, item), "'"));
    return -1;
  }
  return bytes_view(self).find(bytes_view(item)) != std::string_view::npos;
}

Value bytes_add(Runtime& rt, const Value& a, const Value& b) {
  if (!is_bytes_like(rt, a)) return rt.not_implemented();
  if (!is_bytes_like(rt, b)) {
    return rt.raise(Exc::kTypeError, cat("can't concat ", type_name(rt, b), " to ", type_name(rt, a)));
  }
  std::string out(bytes_view(a));
  out += bytes_view(b);
  return make_bytes_like(rt, a, out);
}

Value bytes_multiply(Runtime& rt, const Value& a, const Value& b) {
  const bool bytes_left = is_bytes_like(rt, a);
  const Value& data = bytes_left ? a : b;
  const Value& count_value = bytes_left ? b : a;
  if (!is_bytes_like(rt, data) || !is_int(count_value)) return rt.not_implemented();
  int64_t count;
  if (!index_as_int64(rt, count_value, &count, Exc::kOverflowError)) return Value();
  std::string out;
  const std::string_view view = bytes_view(data);
  if (count > 0 && view.size() * static_cast<uint64_t>(count) > (uint64_t{1} << 36)) {
    return raise_no_memory(rt);
  }
  if (view.empty()) return make_bytes_like(rt, data, out);
  ItemPoll poll(rt);  // each byte an item
  for (int64_t i = 0; i < count; ++i) {
    if (poll.tick(view.size())) return Value();
    out += view;
  }
  return make_bytes_like(rt, data, out);
}

// format % args (PEP 461); a bytes right operand of str's % is not ours.
Value bytes_remainder(Runtime& rt, const Value& a, const Value& b) {
  if (!is_bytes_like(rt, a)) return rt.not_implemented();
  Value formatted = bytes_percent_format(rt, bytes_view(a), b);
  if (formatted.is_null() || !is_bytearray(rt, a)) return formatted;
  return make_bytearray(rt, bytes_view(formatted));
}

Value bytes_iter(Runtime& rt, const Value& self) {
  auto* it = new_object<BytesIterator>(rt.gc, rt.bytes_iterator_type, 0);
  it->bytes = self;
  return Value::steal(it);
}

namespace {

Value bytes_iterator_next(Runtime&, const Value& self) {
  auto* it = self.as<BytesIterator>();
  if (it->bytes.is_null()) return Value();
  const std::string_view data = bytes_view(it->bytes);
  if (it->index >= static_cast<int64_t>(data.size())) {
    it->bytes = Value();
    return Value();
  }
  return Value::small_int(static_cast<unsigned char>(data[it->index++]));
}

Value iterator_self(Runtime&, const Value& self) { return self; }

// ------------------------------------------------------------------ methods

bool bytes_argument(Runtime& rt, const Value& value, std::string_view* out) {
  if (!is_bytes_like(rt, value)) {
    rt.raise(Exc::kTypeError, cat("a bytes-like object is required, not '", type_name(rt, value), "'"));
    return false;
  }
  *out = bytes_view(value);
  return true;
}

Value bytes_decode(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"decode", {"encoding", "errors"}, 0, 0};
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args + 1, nargs - 1, kwnames, bound)) return Value();
  return str_decode_bytes(rt, args[0], bound[0], bound[1], "decode");
}

}  // namespace

// hex(sep=None, bytes_per_sep=1): groups of bytes_per_sep bytes, counted
// from the right (from the left when negative), joined by sep.
Value hex_with_separator(Runtime& rt, std::string_view data, const Value& sep, const Value& per_sep) {
  static const char kHex[] = "0123456789abcdef";
  std::string separator;
  if (!sep.is_null()) {
    if (is_str(sep)) {
      separator = as_str(sep)->view();
    } else if (is_bytes_like(rt, sep)) {
      separator = bytes_view(sep);
    } else {
      return rt.raise(Exc::kTypeError, cat("sep must be str or bytes."));
    }
    if (separator.size() != 1) return rt.raise(Exc::kValueError, "sep must be length 1.");
    if (static_cast<unsigned char>(separator[0]) >= 0x80) return rt.raise(Exc::kValueError, "sep must be ASCII.");
  }
  // bytes_per_sep is a C int in CPython.
  int64_t group = 1;
  if (!per_sep.is_null()) {
    const bool fits = index_as_int64(rt, per_sep, &group, Exc::kOverflowError);
    if (!fits && !rt.error_matches(Exc::kOverflowError)) return Value();
    if (!fits || group > INT32_MAX || group < INT32_MIN) {
      rt.clear_error();
      return rt.raise(Exc::kOverflowError, "Python int too large to convert to C int");
    }
  }
  const size_t size = data.size();
  const size_t width = static_cast<size_t>(group < 0 ? -group : group);
  std::string out;
  for (size_t i = 0; i < size; ++i) {
    if (!separator.empty() && width > 0 && i > 0) {
      // Groups are aligned to the end for a positive count, to the start for a negative one.
      const bool boundary = group > 0 ? (size - i) % width == 0 : i % width == 0;
      if (boundary) out += separator;
    }
    out.push_back(kHex[static_cast<unsigned char>(data[i]) >> 4]);
    out.push_back(kHex[static_cast<unsigned char>(data[i]) & 15]);
  }
  return make_str(rt, out);
}

namespace {

Value bytes_hex(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"hex", {"sep", "bytes_per_sep"}, 0, 0};
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args + 1, nargs - 1, kwnames, bound)) return Value();
  return hex_with_separator(rt, bytes_view(args[0]), bound[0], bound[1]);
}

// translate(table, /, delete=b''): table is None or 256 bytes.
Value bytes_translate(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"translate", {"table", "delete"}, 1, 1};
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args + 1, nargs - 1, kwnames, bound)) return Value();
  std::string_view table;
  if (!bound[0].is_none()) {
    if (!bytes_argument(rt, bound[0], &table)) return Value();
    if (table.size() != 256) return rt.raise(Exc::kValueError, "translation table must be 256 characters long");
  }
  std::string_view deleted;
  if (!bound[1].is_null() && !bytes_argument(rt, bound[1], &deleted)) return Value();
  bool removed[256] = {};
  for (char c : deleted) removed[static_cast<unsigned char>(c)] = true;
  std::string out;
  for (char c : bytes_view(args[0])) {
    const unsigned char byte = static_cast<unsigned char>(c);
    if (removed[byte]) continue;
    out.push_back(table.empty() ? c : table[byte]);
  }
  return make_bytes_like(rt, args[0], out);
}

// bytes.maketrans(frm, to), a static method: the 256-byte table mapping
// each byte of frm to the byte of to at the same place.
Value bytes_maketrans(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "maketrans", nargs, kwnames, 2, 2)) return Value();
  std::string_view from, to;
  if (!bytes_argument(rt, args[0], &from) || !bytes_argument(rt, args[1], &to)) return Value();
  if (from.size() != to.size()) return rt.raise(Exc::kValueError, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; ++i) table[static_cast<size_t>(i)] = static_cast<char>(i);
  for (size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
  return make_bytes(rt, table);
}

Value bytes_dunder_bytes(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "bytes.__bytes__", nargs - 1, kwnames)) return Value();
  if (rt.type_of(args[0]) == rt.bytes_type) return args[0];
  return make_bytes(rt, bytes_view(args[0]));
}

Value bytes_fromhex(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "bytes.fromhex", nargs - 1, kwnames)) return Value();
  if (!is_str(args[1])) {
    return rt.raise(Exc::kTypeError, cat("fromhex() argument must be str, not ", type_name(rt, args[1])));
  }
  const std::string_view text = as_str(args[1])->view();
  std::string out;
  auto hex_value = [](char c) {
    return c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
  };
  for (size_t i = 0; i < text.size();) {
    if (text[i] == ' ') {
      ++i;
      continue;
    }
    const int high = hex_value(text[i]);
    const int low = i + 1 < text.size() ? hex_value(text[i + 1]) : -1;
    if (high < 0 || low < 0) {
      const size_t position = high < 0 ? i : i + 1;
      return rt.raise(Exc::kValueError, cat("non-hexadecimal number found in fromhex() arg at position ",
                                            position));
    }
    out.push_back(static_cast<char>(high * 16 + low));
    i += 2;
  }
  // A classmethod: bytearray.fromhex makes a bytearray; a subclass, cls(result).
  Type* cls = args[0].as<Type>();
  Value result = is_subtype(cls, rt.bytearray_type) ? make_bytearray(rt, out) : make_bytes(rt, out);
  if (cls == rt.bytes_type || cls == rt.bytearray_type) return result;
  return call(rt, args[0], &result, 1);
}

Value bytes_join(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "bytes.join", nargs - 1, kwnames)) return Value();
  const std::string separator(bytes_view(args[0]));
  std::string out;
  bool first = true;
  size_t index = 0;
  const bool ok = for_each(rt, args[1], [&](Value item) {
    if (!is_bytes_like(rt, item)) {
      rt.raise(Exc::kTypeError, cat("sequence item ", index, ": expected a bytes-like object, ",
                                    type_name(rt, item), " found"));
      return false;
    }
    if (!first) out += separator;
    first = false;
    out += bytes_view(item);
    ++index;
    return true;
  });
  if (!ok && index == 0 && rt.error_matches(Exc::kTypeError) && rt.type_of(args[1])->iter == nullptr &&
      rt.type_of(args[1])->getitem == nullptr) {
    rt.clear_error();  // CPython's wording for a non-iterable argument
    return rt.raise(Exc::kTypeError, "can only join an iterable");
  }
  return ok ? make_bytes_like(rt, args[0], out) : Value();
}

Value bytes_split(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"split", {"sep", "maxsplit"}, 0, 0};
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args + 1, nargs - 1, kwnames, bound)) return Value();
  const std::string_view data = bytes_view(args[0]);
  int64_t maxsplit = -1;
  if (!bound[1].is_null() && !index_as_int64(rt, bound[1], &maxsplit, Exc::kOverflowError)) return Value();
  Ref<List> result = make_list(rt);
  if (bound[0].is_null() || bound[0].is_none()) {
    size_t i = 0;
    while (true) {
      while (i < data.size() && std::isspace(static_cast<unsigned char>(data[i]))) ++i;
      if (i >= data.size()) break;
      size_t j = i;
      if (maxsplit == 0) {
        j = data.size();
        while (j > i && std::isspace(static_cast<unsigned char>(data[j - 1]))) --j;
      } else {
        while (j < data.size() && !std::isspace(static_cast<unsigned char>(data[j]))) ++j;
      }
      result->items.push_back(make_bytes_like(rt, args[0], data.substr(i, j - i)));
      if (maxsplit > 0) --maxsplit;
      i = j;
    }
    return result;
  }
  std::string_view separator;
  if (!bytes_argument(rt, bound[0], &separator)) return Value();
  if (separator.empty()) return rt.raise(Exc::kValueError, "empty separator");
  size_t start = 0;
  while (maxsplit != 0) {
    const size_t found = data.find(separator, start);
    if (found == std::string_view::npos) break;
    result->items.push_back(make_bytes_like(rt, args[0], data.substr(start, found - start)));
    start = found + separator.size();
    if (maxsplit > 0) --maxsplit;
  }
  result->items.push_back(make_bytes_like(rt, args[0], data.substr(start)));
  return result;
}

bool is_bytes_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

// rsplit: split cuts from the right, so with maxsplit the unsplit part is
// the head.
Value bytes_rsplit(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"rsplit", {"sep", "maxsplit"}, 0, 0};
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args + 1, nargs - 1, kwnames, bound)) return Value();
  const std::string_view data = bytes_view(args[0]);
  int64_t maxsplit = -1;
  if (!bound[1].is_null() && !index_as_int64(rt, bound[1], &maxsplit, Exc::kOverflowError)) return Value();
  Ref<List> result = make_list(rt);
  ListItems& items = result->items;
  size_t end = data.size();
  if (bound[0].is_null() || bound[0].is_none()) {
    while (true) {
      while (end > 0 && is_bytes_space(data[end - 1])) --end;
      if (end == 0) break;
      size_t begin = end;
      if (maxsplit == 0) {
        begin = 0;  // the rest, leading whitespace included
      } else {
        while (begin > 0 && !is_bytes_space(data[begin - 1])) --begin;
      }
      items.push_back(make_bytes_like(rt, args[0], data.substr(begin, end - begin)));
      if (maxsplit > 0) --maxsplit;
      end = begin;
    }
  } else {
    std::string_view separator;
    if (!bytes_argument(rt, bound[0], &separator)) return Value();
    if (separator.empty()) return rt.raise(Exc::kValueError, "empty separator");
    for (; maxsplit != 0; maxsplit > 0 ? --maxsplit : 0) {
      const size_t found = data.substr(0, end).rfind(separator);
      if (found == std::string_view::npos) break;
      const size_t after = found + separator.size();
      items.push_back(make_bytes_like(rt, args[0], data.substr(after, end - after)));
      end = found;
    }
    items.push_back(make_bytes_like(rt, args[0], data.substr(0, end)));
  }
  std::reverse(items.begin(), items.end());
  return result;
}

// The one optional integer argument of a bytes method (after self), as
// `*value` (left as it is when absent).
bool bind_optional_int(Runtime& rt, const Parameters& parameters, const Value* args, size_t nargs,
                       Tuple* kwnames, int64_t* value) {
  Value bound[1];
  if (!bind_arguments(rt, parameters, args + 1, nargs - 1, kwnames, bound)) return false;
  return bound[0].is_null() || index_as_int64(rt, bound[0], value, Exc::kOverflowError);
}

// Lines end at \n, \r or \r\n (bytes know no other line breaks).
Value bytes_splitlines(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"splitlines", {"keepends"}, 0, 0};
  int64_t keepends = 0;
  if (!bind_optional_int(rt, kParameters, args, nargs, kwnames, &keepends)) return Value();
  const std::string_view data = bytes_view(args[0]);
  Ref<List> result = make_list(rt);
  size_t begin = 0;
  while (begin < data.size()) {
    size_t end = begin;
    while (end < data.size() && data[end] != '\n' && data[end] != '\r') ++end;
    size_t next = end;
    if (next < data.size()) next += data[next] == '\r' && next + 1 < data.size() && data[next + 1] == '\n' ? 2 : 1;
    result->items.push_back(make_bytes_like(rt, args[0], data.substr(begin, (keepends != 0 ? next : end) - begin)));
    begin = next;
  }
  return result;
}

// Tabs become spaces up to the next multiple of tabsize; \n and \r start a
// new column count.
Value bytes_expandtabs(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"expandtabs", {"tabsize"}, 0, 0};
  int64_t tabsize = 8;
  if (!bind_optional_int(rt, kParameters, args, nargs, kwnames, &tabsize)) return Value();
  std::string out;
  int64_t column = 0;
  for (const char c : bytes_view(args[0])) {
    if (c == '\t') {
      if (tabsize <= 0) continue;
      const int64_t spaces = tabsize - column % tabsize;
      if (static_cast<int64_t>(out.size()) + spaces > (int64_t{1} << 36)) return raise_no_memory(rt);
      out.append(static_cast<size_t>(spaces), ' ');
      column += spaces;
    } else {
      out.push_back(c);
      column = c == '\n' || c == '\r' ? 0 : column + 1;
    }
  }
  return make_bytes_like(rt, args[0], out);
}

Value bytes_strip_common(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames,
                         const char* name, bool left, bool right) {
  if (!expect_positional(rt, name, nargs - 1, kwnames, 0, 1)) return Value();
  std::string_view chars = " \t\n\r\x0b\x0c";
  if (nargs > 1 && !args[1].is_none() && !bytes_argument(rt, args[1], &chars)) return Value();
  std::string_view data = bytes_view(args[0]);
  size_t begin = 0, end = data.size();
  while (left && begin < end && chars.find(data[begin]) != std::string_view::npos) ++begin;
  while (right && end > begin && chars.find(data[end - 1]) != std::string_view::npos) --end;
  return make_bytes_like(rt, args[0], data.substr(begin, end - begin));
}

Value bytes_strip(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_strip_common(rt, args, nargs, kwnames, "strip", true, true);
}
Value bytes_lstrip(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_strip_common(rt, args, nargs, kwnames, "lstrip", true, false);
}
Value bytes_rstrip(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_strip_common(rt, args, nargs, kwnames, "rstrip", false, true);
}

// The argument check of the search methods (find, count, startswith...):
// the needle and an optional start and end, worded as CPython's
// PyArg_ParseTuple words it.
bool expect_search_arguments(Runtime& rt, const char* name, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, cat("bytes.", name), kwnames)) return false;
  if (nargs >= 1 && nargs <= 3) return true;
  rt.raise(Exc::kTypeError,
           cat(name, "() takes ", nargs < 1 ? "at least 1 argument" : "at most 3 arguments", " (",
               nargs, " given)"));
  return false;
}

// The needle of find, index and count: a bytes-like object, or an integer
// naming one byte (CPython's parse_args_finds_byte).
bool bytes_needle_argument(Runtime& rt, const Value& value, std::string* out) {
  if (is_bytes_like(rt, value)) {
    *out = bytes_view(value);
    return true;
  }
  if (!is_int(value) && rt.type_of(value)->index == nullptr) {
    rt.raise(Exc::kTypeError, cat("argument should be integer or bytes-like object, not '",
                                  type_name(rt, value), "'"));
    return false;
  }
  const Value number = is_int(value) ? value : index_value(rt, value);
  if (number.is_null()) return false;
  int64_t byte;
  int_to_int64_clamped(number, &byte);
  if (byte < 0 || byte > 255) {
    rt.raise(Exc::kValueError, "byte must be in range(0, 256)");
    return false;
  }
  out->assign(1, static_cast<char>(byte));
  return true;
}

Value bytes_find_common(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames,
                        const char* name, bool reverse, bool raise_if_missing) {
  if (!expect_search_arguments(rt, name, nargs - 1, kwnames)) return Value();
  const std::string_view data = bytes_view(args[0]);
  std::string needle;
  if (!bytes_needle_argument(rt, args[1], &needle)) return Value();
  int64_t start, end;
  if (!slice_bounds(rt, args, nargs, 2, static_cast<int64_t>(data.size()), &start, &end)) {
    return Value();
  }
  int64_t found = -1;
  if (start <= end && static_cast<int64_t>(needle.size()) <= end - start) {
    const std::string_view window = data.substr(start, end - start);
    const size_t at = reverse ? window.rfind(needle) : window.find(needle);
    if (at != std::string_view::npos) found = start + static_cast<int64_t>(at);
  }
  if (found < 0 && raise_if_missing) return rt.raise(Exc::kValueError, "subsection not found");
  return Value::small_int(found);
}

Value bytes_find(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_find_common(rt, args, nargs, kwnames, "find", false, false);
}
Value bytes_rfind(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_find_common(rt, args, nargs, kwnames, "rfind", true, false);
}
Value bytes_index(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_find_common(rt, args, nargs, kwnames, "index", false, true);
}
Value bytes_rindex(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_find_common(rt, args, nargs, kwnames, "rindex", true, true);
}

Value bytes_count(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_search_arguments(rt, "count", nargs - 1, kwnames)) return Value();
  const std::string_view data = bytes_view(args[0]);
  std::string needle;
  if (!bytes_needle_argument(rt, args[1], &needle)) return Value();
  int64_t start, end;
  if (!slice_bounds(rt, args, nargs, 2, static_cast<int64_t>(data.size()), &start, &end)) {
    return Value();
  }
  if (start > end) return Value::small_int(0);
  const std::string_view window = data.substr(start, end - start);
  if (needle.empty()) return Value::small_int(end - start + 1);
  int64_t count = 0;
  for (size_t at = window.find(needle); at != std::string_view::npos;
       at = window.find(needle, at + needle.size())) {
    ++count;
  }
  return Value::small_int(count);
}

Value bytes_replace(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "replace", nargs - 1, kwnames, 2, 3)) return Value();
  std::string_view old_part, new_part;
  if (!bytes_argument(rt, args[1], &old_part) || !bytes_argument(rt, args[2], &new_part)) return Value();
  int64_t count = -1;
  if (nargs > 3 && !index_as_int64(rt, args[3], &count, Exc::kOverflowError)) return Value();
  const std::string_view data = bytes_view(args[0]);
  std::string out;
  size_t start = 0;
  if (old_part.empty()) {
    for (size_t i = 0; i <= data.size(); ++i) {
      if (count != 0) {
        out += new_part;
        if (count > 0) --count;
      }
      if (i < data.size()) out.push_back(data[i]);
    }
    return make_bytes_like(rt, args[0], out);
  }
  while (count != 0) {
    const size_t found = data.find(old_part, start);
    if (found == std::string_view::npos) break;
    out += data.substr(start, found - start);
    out += new_part;
    start = found + old_part.size();
    if (count > 0) --count;
  }
  out += data.substr(start);
  return make_bytes_like(rt, args[0], out);
}

Value bytes_affix_test(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames,
                       const char* name, bool at_end) {
  if (!expect_search_arguments(rt, name, nargs - 1, kwnames)) return Value();
  const std::string_view data = bytes_view(args[0]);
  const int64_t size = static_cast<int64_t>(data.size());
  int64_t start, end;
  if (!slice_bounds(rt, args, nargs, 2, size, &start, &end)) return Value();
  // Whether data[start:end] starts (ends) with the affix.
  auto matches = [&](std::string_view affix) {
    const int64_t length = static_cast<int64_t>(affix.size());
    if (start > size || end - start < length) return false;
    return data.substr(at_end ? end - length : start, length) == affix;
  };
  if (is_tuple(args[1])) {
    for (const Value& candidate : as_tuple(args[1])->span()) {
      std::string_view affix;
      if (!bytes_argument(rt, candidate, &affix)) return Value();
      if (matches(affix)) return Value::boolean(true);
    }
    return Value::boolean(false);
  }
  if (!is_bytes_like(rt, args[1])) {
    return rt.raise(Exc::kTypeError, cat(name, " first arg must be bytes or a tuple of bytes, not ",
                                         type_name(rt, args[1])));
  }
  return Value::boolean(matches(bytes_view(args[1])));
}

Value bytes_startswith(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_affix_test(rt, args, nargs, kwnames, "startswith", false);
}
Value bytes_endswith(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_affix_test(rt, args, nargs, kwnames, "endswith", true);
}

// center, ljust and rjust: `data` padded to `width` with the fill byte
// (args[2], a bytes object of length 1, or a space).
Value bytes_justify(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames, const char* name,
                    char mode) {
  if (!expect_positional(rt, name, nargs - 1, kwnames, 1, 2)) return Value();
  int64_t width;
  if (!index_as_int64(rt, args[1], &width, Exc::kOverflowError)) return Value();
  char fill = ' ';
  if (nargs > 2) {
    if (!is_bytes_like(rt, args[2]) || bytes_view(args[2]).size() != 1) {
      return rt.raise(Exc::kTypeError,
                      cat(name, "() argument 2 must be a byte string of length 1, not ",
                          type_name(rt, args[2])));
    }
    fill = bytes_view(args[2])[0];
  }
  const std::string_view data = bytes_view(args[0]);
  const int64_t margin = width - static_cast<int64_t>(data.size());
  if (margin <= 0) return make_bytes_like(rt, args[0], data);
  if (margin > (int64_t{1} << 32)) return raise_no_memory(rt);
  // Python's centering puts the odd byte on the left when width is odd.
  const int64_t left = mode == '<' ? 0 : mode == '>' ? margin : margin / 2 + (margin & width & 1);
  std::string out(static_cast<size_t>(left), fill);
  out += data;
  out.append(static_cast<size_t>(margin - left), fill);
  return make_bytes_like(rt, args[0], out);
}

Value bytes_center(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_justify(rt, args, nargs, kwnames, "center", '^');
}
Value bytes_ljust(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_justify(rt, args, nargs, kwnames, "ljust", '<');
}
Value bytes_rjust(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_justify(rt, args, nargs, kwnames, "rjust", '>');
}

// zfill: zeros on the left, after a leading sign byte.
Value bytes_zfill(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "bytes.zfill", nargs - 1, kwnames)) return Value();
  int64_t width;
  if (!index_as_int64(rt, args[1], &width, Exc::kOverflowError)) return Value();
  const std::string_view data = bytes_view(args[0]);
  const int64_t margin = width - static_cast<int64_t>(data.size());
  if (margin <= 0) return make_bytes_like(rt, args[0], data);
  if (margin > (int64_t{1} << 32)) return raise_no_memory(rt);
  const bool sign = !data.empty() && (data[0] == '+' || data[0] == '-');
  std::string out(data.substr(0, sign ? 1 : 0));
  out.append(static_cast<size_t>(margin), '0');
  out += data.substr(sign ? 1 : 0);
  return make_bytes_like(rt, args[0], out);
}

Value bytes_map_case(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames,
                     const char* qualname, int (*convert)(int)) {
  if (!expect_no_arguments(rt, qualname, nargs - 1, kwnames)) return Value();
  std::string out(bytes_view(args[0]));
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x80) c = static_cast<char>(convert(c));
  }
  return make_bytes_like(rt, args[0], out);
}

Value bytes_upper(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_map_case(rt, args, nargs, kwnames, "bytes.upper", [](int c) { return std::toupper(c); });
}
Value bytes_lower(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_map_case(rt, args, nargs, kwnames, "bytes.lower", [](int c) { return std::tolower(c); });
}

// The ASCII letter classes: bytes methods ignore the locale and leave bytes
// from 0x80 alone.
bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
char swap_ascii_case(char c) {
  return is_ascii_lower(c) || is_ascii_upper(c) ? static_cast<char>(c ^ 0x20) : c;
}
char to_ascii_upper(char c) { return is_ascii_lower(c) ? swap_ascii_case(c) : c; }
char to_ascii_lower(char c) { return is_ascii_upper(c) ? swap_ascii_case(c) : c; }

Value bytes_capitalize(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "bytes.capitalize", nargs - 1, kwnames)) return Value();
  std::string out(bytes_view(args[0]));
  for (size_t i = 0; i < out.size(); ++i) out[i] = i == 0 ? to_ascii_upper(out[i]) : to_ascii_lower(out[i]);
  return make_bytes_like(rt, args[0], out);
}

Value bytes_swapcase(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "bytes.swapcase", nargs - 1, kwnames)) return Value();
  std::string out(bytes_view(args[0]));
  for (char& c : out) c = swap_ascii_case(c);
  return make_bytes_like(rt, args[0], out);
}

// Each word (a run of letters) starts upper case and goes on lower case.
Value bytes_title(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "bytes.title", nargs - 1, kwnames)) return Value();
  std::string out(bytes_view(args[0]));
  bool in_word = false;
  for (char& c : out) {
    c = in_word ? to_ascii_lower(c) : to_ascii_upper(c);
    in_word = is_ascii_lower(c) || is_ascii_upper(c);
  }
  return make_bytes_like(rt, args[0], out);
}

// isalnum, isalpha, isdigit, isspace: a non-empty run of bytes of the class.
Value bytes_all_of_class(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames,
                         const char* qualname, int (*in_class)(int)) {
  if (!expect_no_arguments(rt, qualname, nargs - 1, kwnames)) return Value();
  const std::string_view data = bytes_view(args[0]);
  const bool all = std::all_of(data.begin(), data.end(), [&](char c) {
    return static_cast<unsigned char>(c) < 0x80 && in_class(c) != 0;
  });
  return Value::boolean(!data.empty() && all);
}

Value bytes_isalnum(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_all_of_class(rt, args, nargs, kwnames, "bytes.isalnum", [](int c) { return std::isalnum(c); });
}
Value bytes_isalpha(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_all_of_class(rt, args, nargs, kwnames, "bytes.isalpha", [](int c) { return std::isalpha(c); });
}
Value bytes_isdigit(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_all_of_class(rt, args, nargs, kwnames, "bytes.isdigit", [](int c) { return std::isdigit(c); });
}
Value bytes_isspace(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_all_of_class(rt, args, nargs, kwnames, "bytes.isspace", [](int c) { return std::isspace(c); });
}

Value bytes_isascii(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "bytes.isascii", nargs - 1, kwnames)) return Value();
  const std::string_view data = bytes_view(args[0]);
  return Value::boolean(
      std::all_of(data.begin(), data.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }));
}

// islower (isupper): some letter, and none of the other case.
Value bytes_is_one_case(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames,
                        const char* qualname, bool upper) {
  if (!expect_no_arguments(rt, qualname, nargs - 1, kwnames)) return Value();
  const std::string_view data = bytes_view(args[0]);
  const bool any_wanted = std::any_of(data.begin(), data.end(), upper ? is_ascii_upper : is_ascii_lower);
  const bool any_other = std::any_of(data.begin(), data.end(), upper ? is_ascii_lower : is_ascii_upper);
  return Value::boolean(any_wanted && !any_other);
}

Value bytes_islower(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_is_one_case(rt, args, nargs, kwnames, "bytes.islower", false);
}
Value bytes_isupper(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_is_one_case(rt, args, nargs, kwnames, "bytes.isupper", true);
}

// Some letter, every upper-case letter starts a word and every lower-case
// one continues one.
Value bytes_istitle(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "bytes.istitle", nargs - 1, kwnames)) return Value();
  bool cased = false;
  bool in_word = false;
  for (const char c : bytes_view(args[0])) {
    const bool upper = is_ascii_upper(c);
    const bool lower = is_ascii_lower(c);
    if ((upper && in_word) || (lower && !in_word)) return Value::boolean(false);
    in_word = upper || lower;
    cased = cased || in_word;
  }
  return Value::boolean(cased);
}

// partition (rpartition): (before, sep, after) around the first (last) sep.
Value bytes_partition_common(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames,
                             const char* qualname, bool reverse) {
  if (!expect_exactly_one(rt, qualname, nargs - 1, kwnames)) return Value();
  std::string_view separator;
  if (!bytes_argument(rt, args[1], &separator)) return Value();
  if (separator.empty()) return rt.raise(Exc::kValueError, "empty separator");
  const std::string_view data = bytes_view(args[0]);
  const size_t at = reverse ? data.rfind(separator) : data.find(separator);
  if (at == std::string_view::npos) {
    // bytes (a subclass instance too) is its own first part, as CPython's.
    const Value whole = is_bytearray(rt, args[0]) ? make_bytes_like(rt, args[0], data) : args[0];
    const Value empty = make_bytes_like(rt, args[0], "");
    return reverse ? make_tuple(rt, {empty, empty, whole}) : make_tuple(rt, {whole, empty, empty});
  }
  return make_tuple(rt, {make_bytes_like(rt, args[0], data.substr(0, at)), make_bytes_like(rt, args[0], separator),
                         make_bytes_like(rt, args[0], data.substr(at + separator.size()))});
}

Value bytes_partition(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_partition_common(rt, args, nargs, kwnames, "bytes.partition", false);
}
Value bytes_rpartition(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_partition_common(rt, args, nargs, kwnames, "bytes.rpartition", true);
}

Value bytes_remove_affix(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames,
                         const char* qualname, bool suffix) {
  if (!expect_exactly_one(rt, qualname, nargs - 1, kwnames)) return Value();
  std::string_view affix;
  if (!bytes_argument(rt, args[1], &affix)) return Value();
  std::string_view data = bytes_view(args[0]);
  if (suffix && data.ends_with(affix)) data.remove_suffix(affix.size());
  if (!suffix && data.starts_with(affix)) data.remove_prefix(affix.size());
  return make_bytes_like(rt, args[0], data);
}

Value bytes_removeprefix(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_remove_affix(rt, args, nargs, kwnames, "bytes.removeprefix", false);
}
Value bytes_removesuffix(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return bytes_remove_affix(rt, args, nargs, kwnames, "bytes.removesuffix", true);
}

Value bytes_getnewargs(Runtime& rt, const Value* args, size_t, Tuple*) {
  return make_tuple(rt, {make_bytes(rt, bytes_view(args[0]))});
}

const MethodDef kBytesMethods[] = {
    {"decode", bytes_decode},         {"hex", bytes_hex},
    {"fromhex", bytes_fromhex, MethodKind::kClass},
    {"join", bytes_join},             {"split", bytes_split},
    {"strip", bytes_strip},           {"lstrip", bytes_lstrip},
    {"rstrip", bytes_rstrip},         {"find", bytes_find},
    {"rfind", bytes_rfind},           {"index", bytes_index},
    {"rindex", bytes_rindex},         {"center", bytes_center},
    {"ljust", bytes_ljust},           {"rjust", bytes_rjust},
    {"zfill", bytes_zfill},
    {"count", bytes_count},           {"replace", bytes_replace},
    {"startswith", bytes_startswith}, {"endswith", bytes_endswith},
    {"upper", bytes_upper},           {"lower", bytes_lower},
    {"capitalize", bytes_capitalize}, {"swapcase", bytes_swapcase},
    {"title", bytes_title},           {"isalnum", bytes_isalnum},
    {"isalpha", bytes_isalpha},       {"isdigit", bytes_isdigit},
    {"isspace", bytes_isspace},       {"isascii", bytes_isascii},
    {"islower", bytes_islower},       {"isupper", bytes_isupper},
    {"istitle", bytes_istitle},       {"partition", bytes_partition},
    {"rpartition", bytes_rpartition}, {"removeprefix", bytes_removeprefix},
    {"removesuffix", bytes_removesuffix}, {"rsplit", bytes_rsplit},
    {"splitlines", bytes_splitlines}, {"expandtabs", bytes_expandtabs},
    {"translate", bytes_translate},   {"maketrans", bytes_maketrans, MethodKind::kStatic},
    {"__getnewargs__", bytes_getnewargs},
};

}  // namespace

std::span<const MethodDef> bytes_methods() { return kBytesMethods; }

namespace {

Value bytes_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"bytes", {"source", "encoding", "errors"}, 0, 0};
  Value bound[3];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  Value result;
  if (bound[0].is_null()) {
    result = make_bytes(rt, "");
  } else if (is_str(bound[0])) {
    if (bound[1].is_null()) return rt.raise(Exc::kTypeError, "string argument without an encoding");
    result = str_encode(rt, bound[0], bound[1], bound[2], "bytes");
  } else if (!bound[1].is_null()) {
    return rt.raise(Exc::kTypeError, "encoding without a string argument");
  } else if (!bound[2].is_null()) {
    return rt.raise(Exc::kTypeError, "errors without a string argument");
  } else if (has_dunder_bytes(rt, bound[0])) {
    result = call_dunder_bytes(rt, bound[0]);
  } else if (is_int(bound[0])) {
    int64_t count;
    if (!index_as_int64(rt, bound[0], &count, Exc::kOverflowError)) return Value();
    if (count < 0) return rt.raise(Exc::kValueError, "negative count");
    if (count > (int64_t{1} << 36)) return raise_no_memory(rt);
    result = make_bytes(rt, std::string(static_cast<size_t>(count), '\0'));
  } else {
    result = bytes_from_object(rt, bound[0]);
  }
  if (result.is_null() || type == rt.bytes_type) return result;
  // A subclass instance: the same bytes in an object of that type, then the
  // Values its class appends.
  const std::string_view data = bytes_view(result);
  Bytes* bytes =
      new_object<Bytes>(rt.gc, type, round_up_to_8(data.size() + 1) + appended_size(type));
  bytes->size = static_cast<int64_t>(data.size());
  std::memcpy(bytes->mutable_data(), data.data(), data.size());
  bytes->mutable_data()[data.size()] = '\0';
  return Value::steal(bytes);
}

}  // namespace

void init_bytes_type(Runtime& rt) {
  Type* type = rt.bytes_type;
  define_builtin_type(rt, type, "bytes", rt.object_type, sizeof(Bytes),
                      kTypeBaseType | kTypeMatchSelf | kTypeVariableSize | kTypeSequenceConcat,
                      dealloc_object<Bytes>);
  type->item_bytes = [](const Object* self) {
    return round_up_to_8(static_cast<size_t>(static_cast<const Bytes*>(self)->size) + 1);
  };
  type->repr = bytes_repr_slot;
  type->str = bytes_repr_slot;
  type->hash = bytes_hash_slot;
  type->compare = bytes_compare_slot;
  type->length = bytes_length;
  type->getitem = bytes_getitem;
  type->contains = bytes_contains;
  type->iter = bytes_iter;
  type->binary[static_cast<int>(BinaryOp::kAdd)] = bytes_add;
  type->binary[static_cast<int>(BinaryOp::kMultiply)] = bytes_multiply;
  type->binary[static_cast<int>(BinaryOp::kRemainder)] = bytes_remainder;
  type->new_instance = bytes_new;
  add_methods(rt, type, kBytesMethods);
  static const MethodDef kBytesOnly[] = {{"__bytes__", bytes_dunder_bytes}};
  add_methods(rt, type, kBytesOnly);

  Type* iterator = rt.bytes_iterator_type;
  define_builtin_type(rt, iterator, "bytes_iterator", rt.object_type, sizeof(BytesIterator),
                      kTypeHasGc, dealloc_object<BytesIterator>);
  iterator->traverse = [](Object* self, VisitFn visit, void* context) {
    auto* it = static_cast<BytesIterator*>(self);
    if (it->bytes.is_object()) visit(it->bytes.as_object(), context);
  };
  iterator->clear = [](Object* self) { Value dropped = std::move(static_cast<BytesIterator*>(self)->bytes); };
  iterator->iter = iterator_self;
  iterator->next = bytes_iterator_next;
}

bool has_layout(const Object* object, const Bytes*) {
  return layout_extends(object, object->type->runtime->bytes_type);
}

}  // namespace pyvm
