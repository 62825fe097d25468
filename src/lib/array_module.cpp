// SPDX-License-Identifier: GPL-3.0-or-later
// The array module: array.array, a mutable sequence of machine numbers of
// one C type (its typecode), stored packed as the C type would be, with
// CPython's conversions and overflow messages.
//
// Items live in a std::string of size * itemsize bytes in this machine's
// byte order; 'u' holds UTF-32 code points (wchar_t on Linux). pyvm has no
// buffer protocol, so the array also answers bytes(a) through __bytes__,
// and struct, binascii and hashlib read arrays through readable_bytes().
#include <gmp.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "lib/native_modules.h"
#include "runtime/arguments.h"
#include "runtime/bytes.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/number_format.h"
#include "runtime/object_type.h"
#include "runtime/out_of_memory.h"
#include "runtime/protocols.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

constexpr char kTypecodes[] = "bBuhHiIlLqQfd";

struct ArrayObject : Object {
  char typecode = 'b';
  int itemsize = 1;
  RuntimeBytes bytes;  // size() * itemsize bytes (held to the memory limits, out_of_memory.h)

  int64_t size() const { return static_cast<int64_t>(bytes.size()) / itemsize; }
  char* item(int64_t i) { return bytes.data() + i * itemsize; }
  const char* item(int64_t i) const { return bytes.data() + i * itemsize; }
};

struct ArrayIteratorObject : Object {
  Value array;  // null once exhausted
  int64_t next = 0;
};

ArrayObject* as_array(const Value& v) { return static_cast<ArrayObject*>(v.as_object()); }

bool is_array(Runtime& rt, const Value& v) { return is_instance(rt, v, rt.array_type); }

int itemsize_of(char typecode) {
  switch (typecode) {
    case 'b':
    case 'B':
      return 1;
    case 'h':
    case 'H':
      return 2;
    case 'i':
    case 'I':
    case 'f':
    case 'u':
      return 4;
    default:
      return 8;  // l L q Q d
  }
}

bool is_float_code(char typecode) { return typecode == 'f' || typecode == 'd'; }

// ---- reading and writing one item

template <class T>
T load(const char* p) {
  T value;
  std::memcpy(&value, p, sizeof value);
  return value;
}

template <class T>
void store(char* p, T value) {
  std::memcpy(p, &value, sizeof value);
}

Value uint64_to_int(Runtime& rt, uint64_t value) {
  if (value <= static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
    return Value::small_int(static_cast<int64_t>(value));
  mpz_t big;
  mpz_init(big);
  mpz_import(big, 1, -1, sizeof value, 0, 0, &value);
  Value result = int_from_mpz(rt, big);
  mpz_clear(big);
  return result;
}

Value get_item(Runtime& rt, const ArrayObject* array, int64_t i) {
  const char* p = array->item(i);
  switch (array->typecode) {
    case 'b':
      return Value::small_int(load<int8_t>(p));
    case 'B':
      return Value::small_int(load<uint8_t>(p));
    case 'h':
      return Value::small_int(load<int16_t>(p));
    case 'H':
      return Value::small_int(load<uint16_t>(p));
    case 'i':
      return Value::small_int(load<int32_t>(p));
    case 'I':
      return Value::small_int(load<uint32_t>(p));
    case 'l':
    case 'q':
      return Value::small_int(load<int64_t>(p));
    case 'L':
    case 'Q':
      return uint64_to_int(rt, load<uint64_t>(p));
    case 'f':
      return Value::floating(load<float>(p));
    case 'd':
      return Value::floating(load<double>(p));
    default:
      return Value(str_from_code_point(rt, load<uint32_t>(p)));  // 'u'
  }
}

// The int an integer item is made from: the value or its __index__.
bool integer_item(Runtime& rt, const Value& value, Value* out) {
  *out = is_int(value) ? value : index_value(rt, value);
  return !out->is_null();
}

bool overflow(Runtime& rt, std::string_view message) {
  rt.raise(Exc::kOverflowError, message);
  return false;
}

// A signed item through C long, with the messages of the converter CPython
// uses for the code ('b' goes through short first).
bool signed_item(Runtime& rt, char typecode, const Value& number, int64_t* out) {
  if (!int_to_int64(number, out)) {
    return overflow(rt, typecode == 'q' ? "int too big to convert"
                                        : "Python int too large to convert to C long");
  }
  const int64_t v = *out;
  switch (typecode) {
    case 'b':
      if (v < INT16_MIN) return overflow(rt, "signed short integer is less than minimum");
      if (v > INT16_MAX) return overflow(rt, "signed short integer is greater than maximum");
      if (v < INT8_MIN) return overflow(rt, "signed char is less than minimum");
      if (v > INT8_MAX) return overflow(rt, "signed char is greater than maximum");
      return true;
    case 'B':
      if (v < 0) return overflow(rt, "unsigned byte integer is less than minimum");
      if (v > UINT8_MAX) return overflow(rt, "unsigned byte integer is greater than maximum");
      return true;
    case 'h':
      if (v < INT16_MIN) return overflow(rt, "signed short integer is less than minimum");
      if (v > INT16_MAX) return overflow(rt, "signed short integer is greater than maximum");
      return true;
    case 'H':
      if (v < INT32_MIN) return overflow(rt, "signed integer is less than minimum");
      if (v > INT32_MAX) return overflow(rt, "signed integer is greater than maximum");
      if (v < 0) return overflow(rt, "unsigned short is less than minimum");
      if (v > UINT16_MAX) return overflow(rt, "unsigned short is greater than maximum");
      return true;
    case 'i':
      if (v < INT32_MIN) return overflow(rt, "signed integer is less than minimum");
      if (v > INT32_MAX) return overflow(rt, "signed integer is greater than maximum");
      return true;
    default:
      return true;  // 'l', 'q'
  }
}

bool unsigned_item(Runtime& rt, char typecode, const Value& number, uint64_t* out) {
  if (int_sign(number) < 0) {
    return overflow(rt, typecode == 'Q' ? "can't convert negative int to unsigned"
                                        : "can't convert negative value to unsigned int");
  }
  if (int_bit_length(number) > 64) {
    return overflow(rt, typecode == 'Q' ? "int too big to convert"
                                        : "Python int too large to convert to C unsigned long");
  }
  int64_t small;
  if (int_to_int64(number, &small)) {
    *out = static_cast<uint64_t>(small);
  } else {
    mpz_t big;
    mpz_init(big);
    int_to_mpz(number, big);
    *out = 0;
    mpz_export(out, nullptr, -1, sizeof *out, 0, 0, big);
    mpz_clear(big);
  }
  if (typecode == 'I' && *out > UINT32_MAX)
    return overflow(rt, "unsigned int is greater than maximum");
  return true;
}

// The bytes of one item made from `value` (itemsize of them at `out`).
bool convert_item(Runtime& rt, char typecode, const Value& value, char* out) {
  if (typecode == 'u') {
    if (!is_str(value) || utf8_length(as_str(value)->view()) != 1) {
      rt.raise(Exc::kTypeError, "array item must be unicode character");
      return false;
    }
    store<uint32_t>(out, str_code_point_at(as_str(value), 0));
    return true;
  }
  if (is_float_code(typecode)) {
    double d;
    if (is_float(value) || is_int(value)) {
      if (!to_double(rt, value, &d)) return false;
    } else {
      const Type* type = rt.type_of(value);
      if (type->to_float == nullptr && type->index == nullptr) {
        rt.raise(Exc::kTypeError, cat("must be real number, not ", type_name(rt, value)));
        return false;
      }
      Value converted = float_from_value(rt, value);
      if (converted.is_null() || !to_double(rt, converted, &d)) return false;
    }
    if (typecode == 'f') {
      store<float>(out, static_cast<float>(d));
    } else {
      store<double>(out, d);
    }
    return true;
  }
  Value number;
  if (!integer_item(rt, value, &number)) return false;
  if (typecode == 'I' || typecode == 'L' || typecode == 'Q') {
    uint64_t bits;
    if (!unsigned_item(rt, typecode, number, &bits)) return false;
    if (typecode == 'I') {
      store<uint32_t>(out, static_cast<uint32_t>(bits));
    } else {
      store<uint64_t>(out, bits);
    }
    return true;
  }
  int64_t v;
  if (!signed_item(rt, typecode, number, &v)) return false;
  switch (typecode) {
    case 'b':
      store<int8_t>(out, static_cast<int8_t>(v));
      break;
    case 'B':
      store<uint8_t>(out, static_cast<uint8_t>(v));
      break;
    case 'h':
      store<int16_t>(out, static_cast<int16_t>(v));
      break;
    case 'H':
      store<uint16_t>(out, static_cast<uint16_t>(v));
      break;
    case 'i':
      store<int32_t>(out, static_cast<int32_t>(v));
      break;
    default:
      store<int64_t>(out, v);
      break;
  }
  return true;
}

// Appends one item; the array is unchanged on failure.
bool append_item(Runtime& rt, ArrayObject* array, const Value& value) {
  char item[8];
  if (!convert_item(rt, array->typecode, value, item)) return false;
  array->bytes.append(item, static_cast<size_t>(array->itemsize));
  return true;
}

// ---- making arrays

Value new_array(Runtime& rt, Type* type, char typecode) {
  auto* array = new_object<ArrayObject>(rt.gc, type, type->instance_size - sizeof(ArrayObject));
  Value result = Value::steal(array);
  array->typecode = typecode;
  array->itemsize = itemsize_of(typecode);
  return result;
}

Value array_like(Runtime& rt, const ArrayObject* model, RuntimeBytes bytes) {
  Value result = new_array(rt, rt.array_type, model->typecode);
  as_array(result)->bytes = std::move(bytes);
  return result;
}

bool extend_from_iterable(Runtime& rt, ArrayObject* array, const Value& iterable) {
  return for_each(rt, iterable, [&](Value item) { return append_item(rt, array, item); });
}

bool frombytes_data(Runtime& rt, ArrayObject* array, std::string_view data) {
  if (data.size() % static_cast<size_t>(array->itemsize) != 0) {
    rt.raise(Exc::kValueError, "bytes length not a multiple of item size");
    return false;
  }
  array->bytes.append(data);
  return true;
}

bool fromunicode_text(ArrayObject* array, std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    char item[4];
    store<uint32_t>(item, utf8_decode_at(text, &i));
    array->bytes.append(item, 4);
  }
  return true;
}

// extend(other array): the same typecode only.
bool extend_from_array(Runtime& rt, ArrayObject* array, const ArrayObject* other) {
  if (other->typecode != array->typecode) {
    rt.raise(Exc::kTypeError, "can only extend with array of same kind");
    return false;
  }
  const RuntimeBytes copy = other->bytes;  // other may be array itself
  array->bytes += copy;
  return true;
}

bool valid_typecode(char c) { return c != '\0' && std::strchr(kTypecodes, c) != nullptr; }

Value array_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if (tuple_size(kwnames) > 0 && type == rt.array_type) {
    return rt.raise(Exc::kTypeError, "array.array() takes no keyword arguments");
  }
  const size_t positional = nargs - tuple_size(kwnames);
  if (positional < 1)
    return rt.raise(Exc::kTypeError, "array() takes at least 1 argument (0 given)");
  if (positional > 2) {
    return rt.raise(Exc::kTypeError,
                    cat("array() takes at most 2 arguments (", positional, " given)"));
  }
  const Value& code = args[0];
  if (!is_str(code) || utf8_length(as_str(code)->view()) != 1) {
    return rt.raise(Exc::kTypeError, cat("array() argument 1 must be a unicode character, not ",
                                         type_name(rt, code)));
  }
  const std::string_view code_text = as_str(code)->view();
  if (code_text.size() != 1 || !valid_typecode(code_text[0])) {
    return rt.raise(Exc::kValueError,
                    "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
  }
  const char typecode = code_text[0];
  Value result = new_array(rt, type, typecode);
  if (positional < 2 || args[1].is_null()) return result;
  ArrayObject* array = as_array(result);
  const Value& initializer = args[1];
  if (is_str(initializer)) {
    if (typecode != 'u') {
      return rt.raise(
          Exc::kTypeError,
          cat("cannot use a str to initialize an array with typecode '", typecode, "'"));
    }
    fromunicode_text(array, as_str(initializer)->view());
    return result;
  }
  if (is_array(rt, initializer)) {
    const ArrayObject* other = as_array(initializer);
    if (other->typecode == 'u' && typecode != 'u') {
      return rt.raise(
          Exc::kTypeError,
          cat("cannot use a unicode array to initialize an array with typecode '", typecode, "'"));
    }
  }
  if (initializer.is_object() &&
      (initializer.as_object()->type->layout == rt.bytes_type || is_bytearray(rt, initializer))) {
    if (!frombytes_data(rt, array, bytes_view(initializer))) return Value();
    return result;
  }
  if (!extend_from_iterable(rt, array, initializer)) return Value();
  return result;
}

// ---- sequence slots

int64_t array_length(Runtime&, const Value& self) { return as_array(self)->size(); }

bool index_argument(Runtime& rt, const Value& key, int64_t* out) {
  if (!is_int(key) && rt.type_of(key)->index == nullptr) {
    rt.raise(Exc::kTypeError, "array indices must be integers");
    return false;
  }
  return index_as_int64(rt, key, out);
}

Value get_slice(Runtime& rt, const ArrayObject* array, const SliceIndices& s) {
  RuntimeBytes bytes;
  bytes.reserve(static_cast<size_t>(s.length * array->itemsize));
  for (int64_t k = 0; k < s.length; ++k) {
    const int64_t i = slice_position(s, k);
    bytes.append(array->item(i), static_cast<size_t>(array->itemsize));
  }
  return array_like(rt, array, std::move(bytes));
}

Value array_getitem(Runtime& rt, const Value& self, const Value& key) {
  ArrayObject* array = as_array(self);
  if (is_slice(rt, key)) {
    SliceBounds bounds;
    if (!slice_unpack(rt, key, &bounds)) return Value();
    return get_slice(rt, array, slice_adjust(bounds, array->size()));
  }
  int64_t i;
  if (!index_argument(rt, key, &i)) return Value();
  const int64_t size = array->size();
  if (i < 0) i += size;
  if (i < 0 || i >= size) return rt.raise(Exc::kIndexError, "array index out of range");
  return get_item(rt, array, i);
}

void delete_slice(ArrayObject* array, const SliceIndices& s) {
  if (s.length == 0) return;
  const auto itemsize = static_cast<size_t>(array->itemsize);
  if (s.step == 1) {
    array->bytes.erase(static_cast<size_t>(s.start) * itemsize,
                       static_cast<size_t>(s.length) * itemsize);
    return;
  }
  // Keep every item the slice does not select, in order.
  std::vector<bool> selected(static_cast<size_t>(array->size()), false);
  for (int64_t k = 0; k < s.length; ++k) {
    const int64_t i = slice_position(s, k);
    selected[static_cast<size_t>(i)] = true;
  }
  std::string kept;
  for (int64_t i = 0; i < array->size(); ++i) {
    if (!selected[static_cast<size_t>(i)]) kept.append(array->item(i), itemsize);
  }
  array->bytes = std::move(kept);
}

bool set_slice(Runtime& rt, ArrayObject* array, const SliceIndices& s, const Value& value) {
  if (value.is_null()) {
    delete_slice(array, s);
    return true;
  }
  if (!is_array(rt, value)) {
    rt.raise(Exc::kTypeError,
             cat("can only assign array (not \"", type_name(rt, value), "\") to array slice"));
    return false;
  }
  const ArrayObject* other = as_array(value);
  if (other->typecode != array->typecode) {
    rt.raise(Exc::kTypeError, "bad argument type for built-in operation");
    return false;
  }
  const RuntimeBytes replacement = other->bytes;  // other may be array itself
  const auto itemsize = static_cast<size_t>(array->itemsize);
  if (s.step == 1) {
    array->bytes.replace(static_cast<size_t>(s.start) * itemsize,
                         static_cast<size_t>(s.length) * itemsize, replacement);
    return true;
  }
  const int64_t count = static_cast<int64_t>(replacement.size() / itemsize);
  if (count == 0) {
    delete_slice(array, s);  // CPython's arrays take a[::2] = array(...) empty as del a[::2]
    return true;
  }
  if (count != s.length) {
    rt.raise(Exc::kValueError, cat("attempt to assign array of size ", count,
                                   " to extended slice of size ", s.length));
    return false;
  }
  for (int64_t k = 0; k < s.length; ++k) {
    const int64_t i = slice_position(s, k);
    std::memcpy(array->item(i), replacement.data() + static_cast<size_t>(k) * itemsize, itemsize);
  }
  return true;
}

bool array_setitem(Runtime& rt, const Value& self, const Value& key, const Value& value) {
  ArrayObject* array = as_array(self);
  if (is_slice(rt, key)) {
    SliceBounds bounds;
    if (!slice_unpack(rt, key, &bounds)) return false;
    return set_slice(rt, array, slice_adjust(bounds, array->size()), value);
  }
  int64_t i;
  if (!index_argument(rt, key, &i)) return false;
  char item[8];
  if (!value.is_null() && !convert_item(rt, array->typecode, value, item)) return false;
  // The size is read after the conversions, which may run Python code.
  const int64_t size = array->size();
  if (i < 0) i += size;
  if (i < 0 || i >= size) {
    rt.raise(Exc::kIndexError, "array assignment index out of range");
    return false;
  }
  if (value.is_null()) {
    array->bytes.erase(static_cast<size_t>(i * array->itemsize),
                       static_cast<size_t>(array->itemsize));
  } else {
    std::memcpy(array->item(i), item, static_cast<size_t>(array->itemsize));
  }
  return true;
}

// The index of the first item from `start` equal to `value`, -1 if none, -2 on error.
int64_t find_item(Runtime& rt, const Value& self, const Value& value, int64_t start, int64_t stop) {
  for (int64_t i = start; i < std::min(stop, as_array(self)->size()); ++i) {
    Value item = get_item(rt, as_array(self), i);
    const int equal = equals(rt, item, value);
    if (equal < 0) return -2;
    if (equal > 0) return i;
  }
  return -1;
}

int array_contains(Runtime& rt, const Value& self, const Value& item) {
  const int64_t found = find_item(rt, self, item, 0, std::numeric_limits<int64_t>::max());
  return found == -2 ? -1 : found >= 0 ? 1 : 0;
}

Value array_compare(Runtime& rt, const Value& left, const Value& right, CompareOp op) {
  if (!is_array(rt, left) || !is_array(rt, right)) return rt.not_implemented();
  const ArrayObject* a = as_array(left);
  const ArrayObject* b = as_array(right);
  if ((op == CompareOp::kEqual || op == CompareOp::kNotEqual) && a->size() != b->size()) {
    return Value::boolean(op == CompareOp::kNotEqual);
  }
  // The first position where the items differ decides; else the lengths.
  int64_t i = 0;
  for (; i < a->size() && i < b->size(); ++i) {
    Value x = get_item(rt, a, i), y = get_item(rt, b, i);
    const int equal = equals(rt, x, y);
    if (equal < 0) return Value();
    if (equal == 0) {
      if (op == CompareOp::kEqual) return Value::boolean(false);
      if (op == CompareOp::kNotEqual) return Value::boolean(true);
      return compare(rt, x, y, op);
    }
  }
  const int64_t m = a->size(), n = b->size();
  bool result = false;
  switch (op) {
    case CompareOp::kLess:
      result = m < n;
      break;
    case CompareOp::kLessEqual:
      result = m <= n;
      break;
    case CompareOp::kEqual:
      result = m == n;
      break;
    case CompareOp::kNotEqual:
      result = m != n;
      break;
    case CompareOp::kGreater:
      result = m > n;
      break;
    case CompareOp::kGreaterEqual:
      result = m >= n;
      break;
  }
  return Value::boolean(result);
}

Value array_add(Runtime& rt, const Value& left, const Value& right) {
  if (!is_array(rt, left)) return rt.not_implemented();
  if (!is_array(rt, right)) {
    return rt.raise(Exc::kTypeError,
                    cat("can only append array (not \"", type_name(rt, right), "\") to array"));
  }
  const ArrayObject* a = as_array(left);
  const ArrayObject* b = as_array(right);
  if (a->typecode != b->typecode)
    return rt.raise(Exc::kTypeError, "bad argument type for built-in operation");
  return array_like(rt, a, a->bytes + b->bytes);
}

// The repetition count of a * n (n an index); false with NotImplemented-style
// TypeError as CPython's sequence repetition reports it.
bool repeat_count(Runtime& rt, const Value& count, int64_t* out) {
  if (!is_int(count) && rt.type_of(count)->index == nullptr) {
    rt.raise(Exc::kTypeError,
             cat("can't multiply sequence by non-int of type '", type_name(rt, count), "'"));
    return false;
  }
  if (!index_as_int64(rt, count, out, Exc::kOverflowError)) return false;
  if (*out < 0) *out = 0;
  return true;
}

bool repeated(Runtime& rt, const RuntimeBytes& bytes, int64_t count, RuntimeBytes* out) {
  if (count > 0 && bytes.size() > 0 &&
      static_cast<uint64_t>(count) > allocation_limit() / bytes.size()) {
    raise_no_memory(rt);
    return false;
  }
  if (count > 0 &&
      static_cast<uint64_t>(count) > (uint64_t{1} << 48) / std::max<size_t>(bytes.size(), 1)) {
    raise_no_memory(rt);
    return false;
  }
  out->clear();
  out->reserve(bytes.size() * static_cast<size_t>(count));
  for (int64_t k = 0; k < count; ++k) *out += bytes;
  return true;
}

Value array_multiply(Runtime& rt, const Value& left, const Value& right) {
  const bool array_on_left = is_array(rt, left);
  const Value& array_value = array_on_left ? left : right;
  const Value& count_value = array_on_left ? right : left;
  if (!is_array(rt, array_value)) return rt.not_implemented();
  int64_t count;
  if (!repeat_count(rt, count_value, &count)) return Value();
  RuntimeBytes bytes;
  if (!repeated(rt, as_array(array_value)->bytes, count, &bytes)) return Value();
  return array_like(rt, as_array(array_value), std::move(bytes));
}

Value array_inplace_add(Runtime& rt, const Value& left, const Value& right) {
  if (!is_array(rt, right)) {
    return rt.raise(Exc::kTypeError,
                    cat("can only extend array with array (not \"", type_name(rt, right), "\")"));
  }
  if (!extend_from_array(rt, as_array(left), as_array(right))) return Value();
  return left;
}

Value array_inplace_multiply(Runtime& rt, const Value& left, const Value& right) {
  int64_t count;
  if (!repeat_count(rt, right, &count)) return Value();
  RuntimeBytes bytes;
  if (!repeated(rt, as_array(left)->bytes, count, &bytes)) return Value();
  as_array(left)->bytes = std::move(bytes);
  return left;
}

// array('i', [1, 2]), array('u', 'text'), array('d'); a subclass shows its own name.
Value array_repr(Runtime& rt, const Value& self) {
  const ArrayObject* array = as_array(self);
  std::string out = cat(rt.type_of(self)->name->view(), "('", array->typecode, "'");
  if (array->size() > 0) {
    out += ", ";
    if (array->typecode == 'u') {
      std::string text;
      for (int64_t i = 0; i < array->size(); ++i) utf8_append(text, load<uint32_t>(array->item(i)));
      out += str_repr(text);
    } else {
      if (!rt.enter_recursion()) return Value();
      out += "[";
      for (int64_t i = 0; i < array->size(); ++i) {
        if (i > 0) out += ", ";
        std::string item;
        if (!repr_text(rt, get_item(rt, array, i), &item)) {
          rt.leave_recursion();
          return Value();
        }
        out += item;
      }
      out += "]";
      rt.leave_recursion();
    }
  }
  out += ")";
  return make_str(rt, out);
}

Value array_iter(Runtime& rt, const Value& self) {
  auto* iterator = new_object<ArrayIteratorObject>(rt.gc, rt.array_iterator_type, 0);
  Value result = Value::steal(iterator);
  iterator->array = self;
  return result;
}

Value array_iterator_next(Runtime& rt, const Value& self) {
  auto* iterator = static_cast<ArrayIteratorObject*>(self.as_object());
  if (iterator->array.is_null()) return Value();
  const ArrayObject* array = as_array(iterator->array);
  if (iterator->next >= array->size()) {
    iterator->array = Value();
    return Value();
  }
  return get_item(rt, array, iterator->next++);
}

// ---- methods

ArrayObject* self_of(const Value* args) { return as_array(args[0]); }

Value array_append(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "array.append", nargs - 1, kwnames)) return Value();
  if (!append_item(rt, self_of(args), args[1])) return Value();
  return Value::none();
}

Value array_extend(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "array.extend", nargs - 1, kwnames)) return Value();
  ArrayObject* array = self_of(args);
  const bool ok = is_array(rt, args[1]) ? extend_from_array(rt, array, as_array(args[1]))
                                        : extend_from_iterable(rt, array, args[1]);
  return ok ? Value::none() : Value();
}

Value array_insert(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "insert", nargs - 1, kwnames, 2, 2)) return Value();
  int64_t i;
  if (!index_as_int64(rt, args[1], &i, Exc::kOverflowError)) return Value();
  ArrayObject* array = self_of(args);
  char item[8];
  if (!convert_item(rt, array->typecode, args[2], item)) return Value();
  const int64_t size = array->size();
  if (i < 0) i = std::max<int64_t>(0, i + size);
  if (i > size) i = size;
  array->bytes.insert(static_cast<size_t>(i * array->itemsize), item,
                      static_cast<size_t>(array->itemsize));
  return Value::none();
}

Value array_pop(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "pop", nargs - 1, kwnames, 0, 1)) return Value();
  int64_t i = -1;
  if (nargs > 1 && !index_as_int64(rt, args[1], &i, Exc::kOverflowError)) return Value();
  ArrayObject* array = self_of(args);
  const int64_t size = array->size();
  if (size == 0) return rt.raise(Exc::kIndexError, "pop from empty array");
  if (i < 0) i += size;
  if (i < 0 || i >= size) return rt.raise(Exc::kIndexError, "pop index out of range");
  Value item = get_item(rt, array, i);
  array->bytes.erase(static_cast<size_t>(i * array->itemsize),
                     static_cast<size_t>(array->itemsize));
  return item;
}

Value array_remove(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "array.remove", nargs - 1, kwnames)) return Value();
  const int64_t found = find_item(rt, args[0], args[1], 0, std::numeric_limits<int64_t>::max());
  if (found == -2) return Value();
  if (found < 0) return rt.raise(Exc::kValueError, "array.remove(x): x not in array");
  ArrayObject* array = self_of(args);
  array->bytes.erase(static_cast<size_t>(found * array->itemsize),
                     static_cast<size_t>(array->itemsize));
  return Value::none();
}

Value array_index(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "index", nargs - 1, kwnames, 1, 3)) return Value();
  const int64_t size = self_of(args)->size();
  int64_t bounds[2] = {0, std::numeric_limits<int64_t>::max()};
  for (size_t k = 0; k + 2 < nargs; ++k) {
    if (!index_as_int64(rt, args[k + 2], &bounds[k], Exc::kOverflowError)) return Value();
    if (bounds[k] < 0) bounds[k] = std::max<int64_t>(0, bounds[k] + size);
  }
  const int64_t found = find_item(rt, args[0], args[1], bounds[0], bounds[1]);
  if (found == -2) return Value();
  if (found < 0) return rt.raise(Exc::kValueError, "array.index(x): x not in array");
  return Value::small_int(found);
}

Value array_count(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "array.count", nargs - 1, kwnames)) return Value();
  int64_t count = 0;
  for (int64_t i = 0; i < self_of(args)->size(); ++i) {
    const int equal = equals(rt, get_item(rt, self_of(args), i), args[1]);
    if (equal < 0) return Value();
    count += equal;
  }
  return Value::small_int(count);
}

Value array_reverse(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "array.reverse", nargs - 1, kwnames)) return Value();
  ArrayObject* array = self_of(args);
  const auto itemsize = static_cast<size_t>(array->itemsize);
  for (int64_t i = 0, j = array->size() - 1; i < j; ++i, --j) {
    std::swap_ranges(array->item(i), array->item(i) + itemsize, array->item(j));
  }
  return Value::none();
}

Value array_buffer_info(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "array.buffer_info", nargs - 1, kwnames)) return Value();
  ArrayObject* array = self_of(args);
  const auto address = static_cast<int64_t>(reinterpret_cast<uintptr_t>(array->bytes.data()));
  return Value(make_tuple(rt, {Value::small_int(address), Value::small_int(array->size())}));
}

Value array_byteswap(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "array.byteswap", nargs - 1, kwnames)) return Value();
  ArrayObject* array = self_of(args);
  for (int64_t i = 0; i < array->size(); ++i)
    std::reverse(array->item(i), array->item(i) + array->itemsize);
  return Value::none();
}

Value array_frombytes(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "array.frombytes", nargs - 1, kwnames)) return Value();
  if (!is_bytes_like(rt, args[1])) {
    return rt.raise(Exc::kTypeError,
                    cat("a bytes-like object is required, not '", type_name(rt, args[1]), "'"));
  }
  if (!frombytes_data(rt, self_of(args), std::string(bytes_view(args[1])))) return Value();
  return Value::none();
}

Value array_tobytes(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "array.tobytes", nargs - 1, kwnames)) return Value();
  return make_bytes(rt, self_of(args)->bytes);
}

Value array_bytes(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "array.__bytes__", nargs - 1, kwnames)) return Value();
  return make_bytes(rt, self_of(args)->bytes);
}

// fromlist(list): all or nothing.
Value array_fromlist(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "array.fromlist", nargs - 1, kwnames)) return Value();
  if (!is_list(args[1])) return rt.raise(Exc::kTypeError, "arg must be list");
  ArrayObject* array = self_of(args);
  const size_t old_size = array->bytes.size();
  const List* list = as_list(args[1]);
  for (size_t i = 0; i < list->items.size(); ++i) {
    const Value item = list->items[i];
    if (!append_item(rt, array, item)) {
      if (array->bytes.size() >= old_size) array->bytes.resize(old_size);
      return Value();
    }
  }
  return Value::none();
}

Value array_tolist(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "array.tolist", nargs - 1, kwnames)) return Value();
  const ArrayObject* array = self_of(args);
  Ref<List> list = make_list(rt, static_cast<size_t>(array->size()));
  for (int64_t i = 0; i < array->size(); ++i) list->items.push_back(get_item(rt, array, i));
  return Value(std::move(list));
}

Value array_fromunicode(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "array.fromunicode", nargs - 1, kwnames)) return Value();
  if (!is_str(args[1])) {
    return rt.raise(Exc::kTypeError,
                    cat("fromunicode() argument must be str, not ", type_name(rt, args[1])));
  }
  ArrayObject* array = self_of(args);
  if (array->typecode != 'u')
    return rt.raise(Exc::kValueError, "fromunicode() may only be called on unicode type arrays");
  fromunicode_text(array, as_str(args[1])->view());
  return Value::none();
}

Value array_tounicode(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "array.tounicode", nargs - 1, kwnames)) return Value();
  const ArrayObject* array = self_of(args);
  if (array->typecode != 'u')
    return rt.raise(Exc::kValueError, "tounicode() may only be called on unicode type arrays");
  std::string text;
  for (int64_t i = 0; i < array->size(); ++i) {
    const uint32_t code_point = load<uint32_t>(array->item(i));
    if (code_point > 0x10FFFF) {
      return rt.raise(Exc::kValueError,
                      cat("character U+", code_point, " is not in range [U+0000; U+10ffff]"));
    }
    utf8_append(text, code_point);
  }
  return make_str(rt, text);
}

// tofile(f): f.write(a.tobytes()); fromfile(f, n): n items from f.read().
Value array_tofile(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "array.tofile", nargs - 1, kwnames)) return Value();
  const Value data = make_bytes(rt, self_of(args)->bytes);
  if (call_method(rt, args[1], rt.intern("write"), &data, 1).is_null()) return Value();
  return Value::none();
}

Value array_fromfile(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "fromfile", nargs - 1, kwnames, 2, 2)) return Value();
  int64_t count;
  if (!index_as_int64(rt, args[2], &count, Exc::kOverflowError)) return Value();
  if (count < 0) return rt.raise(Exc::kValueError, "negative count");
  ArrayObject* array = self_of(args);
  if (count > std::numeric_limits<int64_t>::max() / array->itemsize) return raise_no_memory(rt);
  const Value wanted = Value::small_int(count * array->itemsize);
  Value data = call_method(rt, args[1], rt.intern("read"), &wanted, 1);
  if (data.is_null()) return data;
  if (!is_bytes_like(rt, data) || is_bytearray(rt, data))
    return rt.raise(Exc::kTypeError, "read() didn't return bytes");
  const std::string_view bytes = bytes_view(data);
  if (!frombytes_data(rt, array, bytes)) return Value();
  if (static_cast<int64_t>(bytes.size()) != wanted.as_small_int()) {
    return rt.raise(Exc::kEOFError, "read() didn't return enough bytes");
  }
  return Value::none();
}

Value array_copy(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "__copy__", nargs - 1, kwnames, 0, 1))
    return Value();  // __deepcopy__ takes a memo
  return array_like(rt, self_of(args), self_of(args)->bytes);
}

Value array_sizeof(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "__sizeof__", nargs - 1, kwnames)) return Value();
  return Value::small_int(
      static_cast<int64_t>(sizeof(ArrayObject) + self_of(args)->bytes.capacity()));
}

Value array_typecode(Runtime& rt, const Value& self) {
  return Value(make_str(rt, std::string(1, as_array(self)->typecode)));
}
Value array_itemsize(Runtime&, const Value& self) {
  return Value::small_int(as_array(self)->itemsize);
}

const MethodDef kArrayMethods[] = {
    {"append", array_append},
    {"extend", array_extend},
    {"insert", array_insert},
    {"pop", array_pop},
    {"remove", array_remove},
    {"index", array_index},
    {"count", array_count},
    {"reverse", array_reverse},
    {"buffer_info", array_buffer_info},
    {"byteswap", array_byteswap},
    {"frombytes", array_frombytes},
    {"tobytes", array_tobytes},
    {"fromlist", array_fromlist},
    {"tolist", array_tolist},
    {"fromunicode", array_fromunicode},
    {"tounicode", array_tounicode},
    {"fromfile", array_fromfile},
    {"tofile", array_tofile},
    {"__copy__", array_copy},
    {"__deepcopy__", array_copy},
    {"__bytes__", array_bytes},
    {"__sizeof__", array_sizeof},
};

const GetSetDef kArrayGetSets[] = {
    {"typecode", array_typecode},
    {"itemsize", array_itemsize},
};

void define_array_types(VM& vm) {
  Type* type = vm.array_type;
  define_builtin_type(vm, type, "array", vm.object_type, sizeof(ArrayObject),
                      kTypeBaseType | kTypeSequence, dealloc_object<ArrayObject>);
  type->module_name = Ref<Str>::borrow(vm.intern("array"));
  type->message_name = Ref<Str>::borrow(vm.intern("array.array"));
  type->new_instance = array_new;
  type->repr = array_repr;
  type->hash = hash_unhashable;
  type->compare = array_compare;
  type->length = array_length;
  type->getitem = array_getitem;
  type->setitem = array_setitem;
  type->contains = array_contains;
  type->iter = array_iter;
  type->binary[static_cast<int>(BinaryOp::kAdd)] = array_add;
  type->binary[static_cast<int>(BinaryOp::kMultiply)] = array_multiply;
  type->inplace[static_cast<int>(BinaryOp::kAdd)] = array_inplace_add;
  type->inplace[static_cast<int>(BinaryOp::kMultiply)] = array_inplace_multiply;
  add_methods(vm, type, kArrayMethods);
  add_getsets(vm, type, kArrayGetSets);
  finish_type(vm, type);

  type = vm.array_iterator_type;
  define_builtin_type(vm, type, "arrayiterator", vm.object_type, sizeof(ArrayIteratorObject),
                      kTypeHasGc, dealloc_object<ArrayIteratorObject>);
  type->module_name = Ref<Str>::borrow(vm.intern("array"));
  type->message_name = Ref<Str>::borrow(vm.intern("array.arrayiterator"));
  type->traverse = [](Object* self, VisitFn fn, void* context) {
    const Value& array = static_cast<ArrayIteratorObject*>(self)->array;
    if (array.is_object()) fn(array.as_object(), context);
  };
  type->clear = [](Object* self) {
    Value array = std::move(static_cast<ArrayIteratorObject*>(self)->array);
  };
  type->iter = [](Runtime&, const Value& self) { return self; };
  type->next = array_iterator_next;
  finish_type(vm, type);
}

}  // namespace

bool readable_bytes(Runtime& rt, const Value& value, std::string_view* out) {
  if (is_bytes_like(rt, value)) {
    *out = bytes_view(value);
    return true;
  }
  if (rt.array_type->name && is_array(rt, value)) {
    *out = as_array(value)->bytes;
    return true;
  }
  return false;
}

Value make_array_module(VM& vm) {
  if (!vm.array_type->name) define_array_types(vm);
  Value module = make_module_with_functions(vm, "array", {});
  if (module.is_null()) return module;
  Dict* dict = module_dict(module);
  dict_set_str(vm, dict, vm.intern("array"), Value::from_object(vm.array_type));
  dict_set_str(vm, dict, vm.intern("ArrayType"), Value::from_object(vm.array_type));
  dict_set_str(vm, dict, vm.intern("typecodes"), Value(make_str(vm, kTypecodes)));
  return module;
}

}  // namespace pyvm
