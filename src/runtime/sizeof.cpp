// SPDX-License-Identifier: GPL-3.0-or-later
// object.__sizeof__, which sys.getsizeof calls: the size CPython 3.11 on a
// 64-bit machine gives an object of the same value, by its formulas
// (object header, int digits of 30 bits, str's compact kinds, list and
// bytearray capacity, dict and set tables), so that programs printing
// sizes print CPython's numbers. pyvm's own layouts differ (inline ints and
// floats take no heap memory at all); docs/differences.md says where the
// numbers can still differ (dict tables grown by a different history).
#include "runtime/sizeof.h"

#include <gmp.h>

#include <algorithm>
#include <bit>

#include "runtime/arguments.h"
#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/runtime.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

// CPython's int: a 24-byte header and 4 bytes per 30-bit digit, at least one.
int64_t int_size(const Value& value) {
  size_t bits;
  if (is_big_int(value)) {
    bits = mpz_sizeinbase(value.as<BigInt>()->value, 2);
  } else {
    const int64_t n = value.is_bool() ? value.as_bool() : value.as_small_int();
    const uint64_t magnitude = n < 0 ? 0 - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
    bits = magnitude == 0 ? 1 : static_cast<size_t>(64 - __builtin_clzll(magnitude));
  }
  return 24 + 4 * static_cast<int64_t>((bits + 29) / 30);
}

// A compact str: 48 bytes plus one per character when ASCII, else 72 plus
// 1, 2 or 4 per code point by the widest one, with a terminating unit.
int64_t str_size(const Str* str) {
  if (str->ascii) return 48 + str->length + 1;
  uint32_t widest = 0;
  const std::string_view text = str->view();
  for (size_t i = 0; i < text.size();) {
    const unsigned char lead = static_cast<unsigned char>(text[i]);
    const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    uint32_t code = length == 1 ? lead : lead & (0x3F >> (length - 1));
    for (size_t k = 1; k < length && i + k < text.size(); ++k) {
      code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    }
    widest = std::max(widest, code);
    i += length;
  }
  const int64_t unit = widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4;
  return 72 + (str->length + 1) * unit;
}

// A dict's keys table holding `count` entries, grown as CPython grows one
// filled by insertion: 8 slots, then the smallest power of two above three
// times the entries whenever two thirds are used.
int64_t dict_size(const Dict* dict, bool str_keys) {
  if (dict->used == 0) return 48;
  size_t slots = 8;
  while (slots * 2 / 3 < dict->used) slots = std::bit_ceil(dict->used * 3);
  const size_t usable = slots * 2 / 3;
  const size_t index_bytes = slots <= 128 ? 1 : slots <= 32768 ? 2 : 4;
  return 48 + 32 + static_cast<int64_t>(slots * index_bytes + usable * (str_keys ? 16 : 24));
}

bool all_str_keys(const Dict* dict) {
  size_t position = 0;
  DictEntry* entry;
  while (dict_next(dict, &position, &entry)) {
    if (!is_str(entry->key)) return false;
  }
  return true;
}

}  // namespace

int64_t object_size(Runtime& rt, const Value& value) {
  if (value.is_none()) return 16;
  if (value.is_float()) return 24;
  if (is_int(value)) return int_size(value);
  const Type* layout = rt.type_of(value)->layout;
  if (layout == rt.float_type) return 24;
  if (layout == rt.complex_type) return 32;
  if (layout == rt.str_type) return str_size(value.as<Str>());
  if (layout == rt.bytes_type) return 33 + static_cast<int64_t>(bytes_view(value).size());
  if (layout == rt.bytearray_type) {
    const ByteArray* array = value.as<ByteArray>();
    return 56 + (array->bytes.empty() ? 0 : static_cast<int64_t>(array->bytes.size()) + 1);
  }
  if (layout == rt.tuple_type) return 24 + 8 * static_cast<int64_t>(value.as<Tuple>()->size);
  if (layout == rt.list_type) {
    // CPython allocates an even number of slots for a list made at its size.
    const size_t slots = (as_list(value)->items.capacity() + 1) & ~size_t{1};
    return 40 + 8 * static_cast<int64_t>(slots);
  }
  if (layout == rt.dict_type) return dict_size(value.as<Dict>(), all_str_keys(value.as<Dict>()));
  if (layout == rt.set_type || layout == rt.frozenset_type) {
    const size_t slots = value.as<Set>()->mask + 1;
    return 200 + (slots > 8 ? 16 * static_cast<int64_t>(slots) : 0);
  }
  if (layout == rt.range_type) return 48;
  // Another object: CPython's header, and the weak-reference list a
  // class's instances have (their __dict__ pointer is before the header,
  // which sys.getsizeof counts).
  return rt.type_of(value)->dict_offset != 0 ? 24 : 16;
}

Value object_sizeof(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "object.__sizeof__", nargs - 1, kwnames)) return Value();
  return Value::small_int(object_size(rt, args[0]));
}

}  // namespace pyvm
