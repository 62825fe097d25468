// SPDX-License-Identifier: GPL-3.0-or-later
// bytes: immutable byte strings (literals b'...', str.encode(), bytes()).
#pragma once

#include <cstdint>
#include <string_view>

#include "runtime/object.h"
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

Value make_bytes(Runtime& rt, std::string_view data);
bool is_bytes_like(Runtime& rt, const Value& value);
// The bytes of a bytes object (the caller checked is_bytes_like).
std::string_view bytes_view(const Value& value);
// bytes(x) for a bytes-like object or an iterable of ints in range(256).
Value bytes_from_object(Runtime& rt, const Value& value);
// Whether type(value) defines __bytes__; and its call, which must give a
// bytes object (else TypeError).
bool has_dunder_bytes(Runtime& rt, const Value& value);
Value call_dunder_bytes(Runtime& rt, const Value& value);
// repr(b): b'...' with CPython's quoting and escapes.
std::string bytes_repr(std::string_view data);

void init_bytes_type(Runtime& rt);

}  // namespace pyvm
