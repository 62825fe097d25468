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
#include <cstdlib>

#include "runtime/arguments.h"
#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
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

// What a class adds to its built-in base's size in CPython (tp_basicsize):
// a pointer per __slots__ member, one for weak references when the class
// added them, and one for a __dict__ after the items of a layout CPython
// sizes per item (elsewhere the dict pointer is before the object header:
// sys.getsizeof counts it).
int64_t class_additions(Runtime& rt, const Type* type) {
  if (!type->has_flag(kTypeHeapType)) return 0;
  const Type* layout = type->layout;
  const bool appended_dict =
      static_cast<size_t>(std::abs(type->dict_offset)) >= layout->instance_size;
  int64_t values = static_cast<int64_t>(appended_size(type) / sizeof(Value));
  if (appended_dict) --values;
  int64_t bytes = 8 * values;
  if (type->has_flag(kTypeWeakReferenceable) && !layout->has_flag(kTypeWeakReferenceable))
    bytes += 8;
  if (appended_dict && layout_has_items(rt, layout)) bytes += 8;
  return bytes;
}

// CPython's size of an exception of the built-in type `type` derives from:
// BaseException's fields, and those some types add.
int64_t exception_size(Runtime& rt, const Type* type) {
  static const struct {
    Exc kind;
    int64_t size;
  } kSizes[] = {{Exc::kSyntaxError, 136},           {Exc::kOSError, 112},
                {Exc::kUnicodeDecodeError, 112},    {Exc::kUnicodeEncodeError, 112},
                {Exc::kUnicodeTranslateError, 112}, {Exc::kImportError, 96},
                {Exc::kAttributeError, 88},         {Exc::kNameError, 80},
                {Exc::kStopIteration, 80},          {Exc::kSystemExit, 80}};
  for (const auto& entry : kSizes) {
    if (is_subtype(type, rt.exception_type(entry.kind))) return entry.size;
  }
  return 72;
}

}  // namespace

bool has_dict_before_header(Runtime& rt, const Type* type) {
  return type->has_flag(kTypeHeapType) && type->dict_offset != 0 &&
         static_cast<size_t>(std::abs(type->dict_offset)) >= type->layout->instance_size &&
         !layout_has_items(rt, type->layout);
}

int64_t object_size(Runtime& rt, const Value& value) {
  if (value.is_none()) return 16;
  if (value.is_float()) return 24;
  // int's __sizeof__ counts its digits only (an int subclass's other
  // storage is not counted, as in CPython).
  if (is_int(value)) return int_size(value);
  const Type* type = rt.type_of(value);
  const Type* layout = type->layout;
  if (layout == rt.str_type) {
    // A subclass's instance is a non-compact str: a 80-byte header and
    // its own buffer (by the widest code point, as a compact one's).
    const int64_t size = str_size(value.as<Str>());
    if (type == rt.str_type) return size;
    return value.as<Str>()->ascii ? 80 + (size - 48) : 80 + (size - 72);
  }
  const int64_t additions = class_additions(rt, type);
  if (layout == rt.float_type) return 24 + additions;
  if (layout == rt.complex_type) return 32 + additions;
  if (layout == rt.bytes_type)
    return 33 + additions + static_cast<int64_t>(bytes_view(value).size());
  if (layout == rt.bytearray_type) {
    const ByteArray* array = value.as<ByteArray>();
    return 56 + additions +
           (array->bytes.empty() ? 0 : static_cast<int64_t>(array->bytes.size()) + 1);
  }
  if (layout == rt.tuple_type)
    return 24 + additions + 8 * static_cast<int64_t>(value.as<Tuple>()->size);
  if (layout == rt.list_type) {
    // CPython allocates an even number of slots for a list made at its size.
    const size_t slots = (as_list(value)->items.capacity() + 1) & ~size_t{1};
    return 40 + additions + 8 * static_cast<int64_t>(slots);
  }
  if (layout == rt.dict_type) {
    return additions + dict_size(value.as<Dict>(), all_str_keys(value.as<Dict>()));
  }
  if (layout == rt.set_type || layout == rt.frozenset_type) {
    const size_t slots = value.as<Set>()->mask + 1;
    return 200 + additions + (slots > 8 ? 16 * static_cast<int64_t>(slots) : 0);
  }
  if (layout == rt.range_type) return 48;
  if (layout == rt.weakref_type || layout == rt.weak_proxy_type ||
      layout == rt.weak_callable_proxy_type) {
    return 64 + additions;
  }
  if (type->has_flag(kTypeExceptionSubclass)) return exception_size(rt, type) + additions;
  // A class's instance: CPython's header and what the class adds (its
  // __dict__ pointer is before the header, which sys.getsizeof counts).
  if (layout == rt.object_type) return 16 + additions;
  // Another object: CPython's header, and the weak-reference list.
  return type->dict_offset != 0 ? 24 : 16;
}

Value object_sizeof(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "object.__sizeof__", nargs - 1, kwnames)) return Value();
  return Value::small_int(object_size(rt, args[0]));
}

}  // namespace pyvm
