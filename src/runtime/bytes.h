// SPDX-License-Identifier: GPL-3.0-or-later
// bytes: immutable byte strings (literals b'...', str.encode(), bytes()),
// and what bytes share with bytearray and memoryview (bytearray.cpp,
// memoryview.cpp): a "bytes-like object" is any of the three, and the
// methods of bytes work on all of them.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "runtime/descriptors.h"
#include "runtime/object.h"
#include "runtime/out_of_memory.h"
#include "runtime/value.h"

namespace pyvm {

class Runtime;

struct Bytes : Object {
  int64_t hash = -1;
  int64_t size = 0;
  const char* data() const { return reinterpret_cast<const char*>(this + 1); }
  char* mutable_data() { return reinterpret_cast<char*>(this + 1); }
  std::string_view view() const { return {data(), static_cast<size_t>(size)}; }
};
bool has_layout(const Object* object, const Bytes*);

// bytearray: a mutable byte string. `exports` counts the memoryviews that
// pin its buffer: while there are any, it cannot change size.
struct ByteArray : Object {
  RuntimeBytes bytes;  // held to the memory limits as objects are (out_of_memory.h)
  int64_t exports = 0;
  std::string_view view() const { return bytes; }
};
bool has_layout(const Object* object, const ByteArray*);

// memoryview: a window of `length` bytes, `step` apart from `start`, on a
// bytes or bytearray object (format 'B', one dimension).
struct MemoryView : Object {
  Value object;  // the exporter; null once released
  int64_t start = 0;
  int64_t length = 0;
  int64_t step = 1;
  bool readonly = true;
};
bool has_layout(const Object* object, const MemoryView*);

Value make_bytes(Runtime& rt, std::string_view data);
Value make_bytearray(Runtime& rt, std::string_view data, Type* type = nullptr);
// A new bytes, or bytearray when `like` is a bytearray: what a method of
// both returns.
Value make_bytes_like(Runtime& rt, const Value& like, std::string_view data);
bool is_bytearray(Runtime& rt, const Value& value);
// bytes, bytearray, or a contiguous, unreleased memoryview.
bool is_bytes_like(Runtime& rt, const Value& value);
// The bytes of a bytes-like object (the caller checked is_bytes_like).
std::string_view bytes_view(const Value& value);
// bytes(x) for a bytes-like object or an iterable of ints in range(256).
Value bytes_from_object(Runtime& rt, const Value& value);
// Whether type(value) defines __bytes__; and its call, which must give a
// bytes object (else TypeError).
bool has_dunder_bytes(Runtime& rt, const Value& value);
Value call_dunder_bytes(Runtime& rt, const Value& value);
// repr(b): b'...' with CPython's quoting and escapes.
std::string bytes_repr(std::string_view data);

// The methods bytes and bytearray share, and their slots.
std::span<const MethodDef> bytes_methods();
// hex(sep, bytes_per_sep) of bytes, bytearray and memoryview (null
// arguments: not given).
Value hex_with_separator(Runtime& rt, std::string_view data, const Value& sep, const Value& per_sep);
int64_t bytes_length(Runtime& rt, const Value& self);
Value bytes_getitem(Runtime& rt, const Value& self, const Value& key);
int bytes_contains(Runtime& rt, const Value& self, const Value& item);
Value bytes_compare_slot(Runtime& rt, const Value& a, const Value& b, CompareOp op);
Value bytes_add(Runtime& rt, const Value& a, const Value& b);
Value bytes_multiply(Runtime& rt, const Value& a, const Value& b);
Value bytes_remainder(Runtime& rt, const Value& a, const Value& b);
Value bytes_iter(Runtime& rt, const Value& self);

void init_bytes_type(Runtime& rt);
void init_bytearray_type(Runtime& rt);
void init_memoryview_type(Runtime& rt);
// memoryview(object): TypeError unless it is bytes-like.
Value make_memoryview(Runtime& rt, const Value& object);

}  // namespace pyvm
