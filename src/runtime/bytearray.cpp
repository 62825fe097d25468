// SPDX-License-Identifier: GPL-3.0-or-later
// bytearray: a mutable byte string. The methods it shares with bytes (find,
// split, replace, upper, ...) are bytes.cpp's, which return a bytearray for
// a bytearray; this file has construction, repr, and what changes one in
// place: item and slice assignment and deletion, append, extend, insert,
// pop, remove, reverse, clear, +=, *=. A bytearray pinned by a memoryview
// cannot change size (BufferError), as in CPython.
#include <algorithm>
#include <cstring>
#include <vector>

#include "runtime/arguments.h"
#include "runtime/bytes.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/int.h"
#include "runtime/keyboard_interrupt.h"
#include "runtime/object_type.h"
#include "runtime/out_of_memory.h"
#include "runtime/protocols.h"
#include "runtime/runtime.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/str_methods.h"

namespace pyvm {

Value make_bytearray(Runtime& rt, std::string_view data, Type* type) {
  if (!type) type = rt.bytearray_type;
  // A subclass's instances have room for its __dict__ after the layout.
  auto* array = new_object<ByteArray>(rt.gc, type, type->instance_size - sizeof(ByteArray));
  Value result = Value::steal(array);
  array->bytes.assign(data);
  return result;
}

bool is_bytearray(Runtime& rt, const Value& value) {
  return value.is_object() && value.as_object()->type->layout == rt.bytearray_type;
}

bool has_layout(const Object* object, const ByteArray*) {
  return layout_extends(object, object->type->runtime->bytearray_type);
}

namespace {

ByteArray* as_bytearray(const Value& value) { return value.as<ByteArray>(); }

// Whether the size may change: not while a memoryview exports the buffer.
bool check_resizable(Runtime& rt, const ByteArray* array) {
  if (array->exports == 0) return true;
  rt.raise(Exc::kBufferError, "Existing exports of data: object cannot be re-sized");
  return false;
}

// One byte given as an int (append, insert, item assignment).
bool byte_argument(Runtime& rt, const Value& value, char* out) {
  int64_t byte;
  if (!is_int(value) && rt.type_of(value)->index == nullptr) {
    rt.raise(Exc::kTypeError, cat("'", type_name(rt, value), "' object cannot be interpreted as an integer"));
    return false;
  }
  if (!index_as_int64(rt, value, &byte, Exc::kValueError)) return false;
  if (byte < 0 || byte > 255) {
    rt.raise(Exc::kValueError, "byte must be in range(0, 256)");
    return false;
  }
  *out = static_cast<char>(byte);
  return true;
}

// The bytes an assignment or extend() takes: a bytes-like object, or an
// iterable of ints in range(256); a str or an int is refused.
bool source_bytes(Runtime& rt, const Value& value, std::string* out) {
  if (is_bytes_like(rt, value)) {
    out->assign(bytes_view(value));
    return true;
  }
  if (is_str(value)) {
    rt.raise(Exc::kTypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return false;
  }
  Value converted = bytes_from_object(rt, value);
  if (converted.is_null()) return false;
  out->assign(bytes_view(converted));
  return true;
}

Value bytearray_new(Runtime& rt, Type* type, const Value*, size_t, Tuple*) {
  return make_bytearray(rt, "", type);
}

// bytearray(source=b'', encoding=None, errors=None): the contents are set
// here, so that a subclass's __init__ can call it.
bool bytearray_init(Runtime& rt, const Value& self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"bytearray", {"source", "encoding", "errors"}, 0, 0};
  Value bound[3];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return false;
  ByteArray* array = as_bytearray(self);
  std::string contents;
  if (bound[0].is_null()) {
    if (!bound[1].is_null() || !bound[2].is_null()) {
      rt.raise(Exc::kTypeError, bound[1].is_null() ? "errors without sequence argument"
                                                   : "encoding without a string argument");
      return false;
    }
  } else if (is_str(bound[0])) {
    if (bound[1].is_null()) {
      rt.raise(Exc::kTypeError, "string argument without an encoding");
      return false;
    }
    Value encoded = str_encode(rt, bound[0], bound[1], bound[2], "bytearray");
    if (encoded.is_null()) return false;
    contents.assign(bytes_view(encoded));
  } else if (!bound[1].is_null()) {
    rt.raise(Exc::kTypeError, "encoding without a string argument");
    return false;
  } else if (!bound[2].is_null()) {
    rt.raise(Exc::kTypeError, "errors without a string argument");
    return false;
  } else if (is_int(bound[0]) || (rt.type_of(bound[0])->index && !is_bytes_like(rt, bound[0]))) {
    int64_t count;
    if (!index_as_int64(rt, bound[0], &count, Exc::kOverflowError)) return false;
    if (count < 0) {
      rt.raise(Exc::kValueError, "negative count");
      return false;
    }
    if (count > (int64_t{1} << 36)) {
      raise_no_memory(rt);
      return false;
    }
    contents.assign(static_cast<size_t>(count), '\0');
  } else if (!source_bytes(rt, bound[0], &contents)) {
    if (rt.error_matches(Exc::kTypeError) && !is_bytes_like(rt, bound[0]) &&
        rt.type_of(bound[0])->iter == nullptr && rt.type_of(bound[0])->getitem == nullptr) {
      rt.clear_error();
      rt.raise(Exc::kTypeError, cat("cannot convert '", type_name(rt, bound[0]), "' object to bytearray"));
    }
    return false;
  }
  if (contents.size() != array->bytes.size() && !check_resizable(rt, array)) return false;
  array->bytes = std::move(contents);
  return true;
}

Value bytearray_repr(Runtime& rt, const Value& self) {
  return make_str(rt, cat(rt.type_of(self)->name->view(), "(", bytes_repr(bytes_view(self)), ")"));
}

// Item and slice assignment (value null: deletion).
bool bytearray_setitem(Runtime& rt, const Value& self, const Value& key, const Value& value) {
  ByteArray* array = as_bytearray(self);
  if (is_slice(rt, key)) {
    std::string replacement;
    if (!value.is_null()) {
      if (value.is(self)) {
        replacement = array->bytes;  // a[:] = a
      } else if (is_int(value)) {
        rt.raise(Exc::kTypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return false;
      } else if (!source_bytes(rt, value, &replacement)) {
        return false;
      }
    }
    SliceIndices s;
    if (!slice_indices(rt, key, static_cast<int64_t>(array->bytes.size()), &s)) return false;
    if (s.step == 1 || (s.length == 0 && value.is_null())) {
      if (s.step != 1) return true;
      const size_t start = static_cast<size_t>(s.start);
      const size_t count = static_cast<size_t>(std::max<int64_t>(s.stop - s.start, 0));
      if (replacement.size() != count && !check_resizable(rt, array)) return false;
      array->bytes.replace(start, count, replacement);
      return true;
    }
    if (value.is_null()) {
      if (!check_resizable(rt, array)) return false;
      std::vector<bool> removed(array->bytes.size(), false);
      for (int64_t i = 0; i < s.length; ++i) {
        const int64_t j = slice_position(s, i);
        removed[static_cast<size_t>(j)] = true;
      }
      std::string kept;
      for (size_t i = 0; i < array->bytes.size(); ++i) {
        if (!removed[i]) kept.push_back(array->bytes[i]);
      }
      array->bytes = std::move(kept);
      return true;
    }
    if (static_cast<int64_t>(replacement.size()) != s.length) {
      rt.raise(Exc::kValueError, cat("attempt to assign bytes of size ", replacement.size(),
                                     " to extended slice of size ", s.length));
      return false;
    }
    for (int64_t i = 0; i < s.length; ++i) {
      const int64_t j = slice_position(s, i);
      array->bytes[static_cast<size_t>(j)] = replacement[static_cast<size_t>(i)];
    }
    return true;
  }
  if (!is_int(key) && rt.type_of(key)->index == nullptr) {
    rt.raise(Exc::kTypeError, cat("bytearray indices must be integers or slices, not ", type_name(rt, key)));
    return false;
  }
  int64_t i;
  if (!index_as_int64(rt, key, &i)) return false;
  char byte = 0;
  if (!value.is_null() && !byte_argument(rt, value, &byte)) return false;
  const int64_t size = static_cast<int64_t>(array->bytes.size());
  if (i < 0) i += size;
  if (i < 0 || i >= size) {
    rt.raise(Exc::kIndexError, "bytearray index out of range");
    return false;
  }
  if (value.is_null()) {
    if (!check_resizable(rt, array)) return false;
    array->bytes.erase(static_cast<size_t>(i), 1);
  } else {
    array->bytes[static_cast<size_t>(i)] = byte;
  }
  return true;
}

Value bytearray_inplace_add(Runtime& rt, const Value& a, const Value& b) {
  if (!is_bytes_like(rt, b)) {
    return rt.raise(Exc::kTypeError, cat("can't concat ", type_name(rt, b), " to ", type_name(rt, a)));
  }
  ByteArray* array = as_bytearray(a);
  const std::string addition(bytes_view(b));
  if (!addition.empty() && !check_resizable(rt, array)) return Value();
  array->bytes += addition;
  return a;
}

Value bytearray_inplace_multiply(Runtime& rt, const Value& a, const Value& b) {
  if (!is_int(b) && rt.type_of(b)->index == nullptr) return rt.not_implemented();
  int64_t count;
  if (!index_as_int64(rt, b, &count, Exc::kOverflowError)) return Value();
  ByteArray* array = as_bytearray(a);
  if (count < 0) count = 0;
  const RuntimeBytes unit = array->bytes;
  if (!unit.empty() && static_cast<uint64_t>(count) > (uint64_t{1} << 36) / unit.size()) return raise_no_memory(rt);
  if (unit.size() * static_cast<size_t>(count) != unit.size() && !check_resizable(rt, array)) return Value();
  std::string out;
  ItemPoll poll(rt);
  for (int64_t i = 0; i < count; ++i) {
    if (poll.tick(unit.size())) return Value();
    out += unit;
  }
  array->bytes = std::move(out);
  return a;
}

// ------------------------------------------------------------------ methods

Value bytearray_append(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "bytearray.append", nargs - 1, kwnames)) return Value();
  char byte;
  if (!byte_argument(rt, args[1], &byte)) return Value();
  ByteArray* array = as_bytearray(args[0]);
  if (!check_resizable(rt, array)) return Value();
  array->bytes.push_back(byte);
  return Value::none();
}

Value bytearray_extend(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "bytearray.extend", nargs - 1, kwnames)) return Value();
  std::string addition;
  if (is_str(args[1])) return rt.raise(Exc::kTypeError, "expected iterable of integers; got: 'str'");
  if (!is_bytes_like(rt, args[1]) && rt.type_of(args[1])->iter == nullptr &&
      rt.type_of(args[1])->getitem == nullptr) {
    return rt.raise(Exc::kTypeError, cat("can't extend bytearray with ", type_name(rt, args[1])));
  }
  if (!source_bytes(rt, args[1], &addition)) return Value();
  ByteArray* array = as_bytearray(args[0]);
  if (!addition.empty() && !check_resizable(rt, array)) return Value();
  array->bytes += addition;
  return Value::none();
}

Value bytearray_insert(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "insert", nargs - 1, kwnames, 2, 2)) return Value();
  int64_t index;
  if (!index_as_int64(rt, args[1], &index, Exc::kOverflowError)) return Value();
  char byte;
  if (!byte_argument(rt, args[2], &byte)) return Value();
  ByteArray* array = as_bytearray(args[0]);
  if (!check_resizable(rt, array)) return Value();
  const int64_t size = static_cast<int64_t>(array->bytes.size());
  if (index < 0) index = std::max<int64_t>(index + size, 0);
  index = std::min(index, size);
  array->bytes.insert(static_cast<size_t>(index), 1, byte);
  return Value::none();
}

Value bytearray_pop(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "pop", nargs - 1, kwnames, 0, 1)) return Value();
  int64_t index = -1;
  if (nargs > 1 && !index_as_int64(rt, args[1], &index, Exc::kOverflowError)) return Value();
  ByteArray* array = as_bytearray(args[0]);
  const int64_t size = static_cast<int64_t>(array->bytes.size());
  if (size == 0) return rt.raise(Exc::kIndexError, "pop from empty bytearray");
  if (index < 0) index += size;
  if (index < 0 || index >= size) return rt.raise(Exc::kIndexError, "pop index out of range");
  if (!check_resizable(rt, array)) return Value();
  const unsigned char byte = static_cast<unsigned char>(array->bytes[static_cast<size_t>(index)]);
  array->bytes.erase(static_cast<size_t>(index), 1);
  return Value::small_int(byte);
}

Value bytearray_remove(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "bytearray.remove", nargs - 1, kwnames)) return Value();
  char byte;
  if (!byte_argument(rt, args[1], &byte)) return Value();
  ByteArray* array = as_bytearray(args[0]);
  const size_t at = array->bytes.find(byte);
  if (at == std::string::npos) return rt.raise(Exc::kValueError, "value not found in bytearray");
  if (!check_resizable(rt, array)) return Value();
  array->bytes.erase(at, 1);
  return Value::none();
}

Value bytearray_reverse(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "bytearray.reverse", nargs - 1, kwnames)) return Value();
  RuntimeBytes& bytes = as_bytearray(args[0])->bytes;
  std::reverse(bytes.begin(), bytes.end());
  return Value::none();
}

Value bytearray_clear(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "bytearray.clear", nargs - 1, kwnames)) return Value();
  ByteArray* array = as_bytearray(args[0]);
  if (!array->bytes.empty() && !check_resizable(rt, array)) return Value();
  array->bytes.clear();
  return Value::none();
}

Value bytearray_copy(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "bytearray.copy", nargs - 1, kwnames)) return Value();
  return make_bytearray(rt, bytes_view(args[0]));
}

Value bytearray_alloc(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "bytearray.__alloc__", nargs - 1, kwnames)) return Value();
  return Value::small_int(static_cast<int64_t>(as_bytearray(args[0])->bytes.capacity()) + 1);
}

const MethodDef kByteArrayMethods[] = {
    {"append", bytearray_append}, {"extend", bytearray_extend}, {"insert", bytearray_insert},
    {"pop", bytearray_pop},       {"remove", bytearray_remove}, {"reverse", bytearray_reverse},
    {"clear", bytearray_clear},   {"copy", bytearray_copy},     {"__alloc__", bytearray_alloc},
};

}  // namespace

void init_bytearray_type(Runtime& rt) {
  Type* type = rt.bytearray_type;
  define_builtin_type(rt, type, "bytearray", rt.object_type, sizeof(ByteArray),
                      kTypeBaseType | kTypeMatchSelf | kTypeSequenceConcat,
                      dealloc_object<ByteArray>);
  type->repr = bytearray_repr;
  type->str = bytearray_repr;
  type->hash = hash_unhashable;
  type->compare = bytes_compare_slot;
  type->length = bytes_length;
  type->getitem = bytes_getitem;
  type->setitem = bytearray_setitem;
  type->contains = bytes_contains;
  type->iter = bytes_iter;
  type->binary[static_cast<int>(BinaryOp::kAdd)] = bytes_add;
  type->binary[static_cast<int>(BinaryOp::kMultiply)] = bytes_multiply;
  type->binary[static_cast<int>(BinaryOp::kRemainder)] = bytes_remainder;
  type->inplace[static_cast<int>(BinaryOp::kAdd)] = bytearray_inplace_add;
  type->inplace[static_cast<int>(BinaryOp::kMultiply)] = bytearray_inplace_multiply;
  type->new_instance = bytearray_new;
  type->init = bytearray_init;
  for (const MethodDef& method : bytes_methods()) {
    if (std::strcmp(method.name, "__getnewargs__") != 0) add_methods(rt, type, std::span(&method, 1));
  }
  add_methods(rt, type, kByteArrayMethods);
}

}  // namespace pyvm
