// SPDX-License-Identifier: GPL-3.0-or-later
// memoryview: a view of the bytes of a bytes or bytearray object without
// copying them (format 'B', one dimension). Slicing a view makes a view of
// the same bytes; writing through a view of a bytearray changes it. A view
// of a bytearray pins its size (ByteArray::exports) until release(), the
// end of a `with` block, or the view's death.
#include <cinttypes>
#include <cstdio>
#include <vector>

#include "runtime/arguments.h"
#include "runtime/bytes.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/runtime.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

bool has_layout(const Object* object, const MemoryView*) {
  return layout_extends(object, object->type->runtime->memoryview_type);
}

namespace {

MemoryView* as_view(const Value& value) { return value.as<MemoryView>(); }

// The view's exporter, or null with ValueError once released.
const Value* exporter(Runtime& rt, const MemoryView* view) {
  if (!view->object.is_null()) return &view->object;
  rt.raise(Exc::kValueError, "operation forbidden on released memoryview object");
  return nullptr;
}

// A new view of `object`'s bytes from `start`, `step` apart.
Value new_view(Runtime& rt, const Value& object, int64_t start, int64_t length, int64_t step) {
  auto* view = new_object<MemoryView>(rt.gc, rt.memoryview_type, 0);
  Value result = Value::steal(view);
  view->object = object;
  view->start = start;
  view->length = length;
  view->step = step;
  view->readonly = !is_bytearray(rt, object);
  if (!view->readonly) ++object.as<ByteArray>()->exports;
  return result;
}

void release(MemoryView* view) {
  if (view->object.is_null()) return;
  if (!view->readonly) --view->object.as<ByteArray>()->exports;
  Value dropped = std::move(view->object);
}

// The bytes the view shows, in order (a copy: the view may be strided).
std::string view_bytes(const MemoryView* view) {
  const std::string_view data = bytes_view(view->object);
  std::string out;
  out.reserve(static_cast<size_t>(view->length));
  for (int64_t i = 0; i < view->length; ++i) {
    const int64_t j = view->start + i * view->step;  // (as slice_position)
    out.push_back(data[static_cast<size_t>(j)]);
  }
  return out;
}

Value memoryview_new(Runtime& rt, Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"memoryview", {"object"}, 1, 0};
  Value bound[1];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  return make_memoryview(rt, bound[0]);
}

void memoryview_dealloc(Object* self) {
  release(static_cast<MemoryView*>(self));
  dealloc_object<MemoryView>(self);
}

Value memoryview_repr(Runtime& rt, const Value& self) {
  char address[32];
  std::snprintf(address, sizeof address, "0x%" PRIxPTR, reinterpret_cast<uintptr_t>(self.as_object()));
  return make_str(rt, cat(as_view(self)->object.is_null() ? "<released memory at " : "<memory at ",
                          address, ">"));
}

int64_t memoryview_length(Runtime& rt, const Value& self) {
  const MemoryView* view = as_view(self);
  if (!exporter(rt, view)) return -1;
  return view->length;
}

Value memoryview_getitem(Runtime& rt, const Value& self, const Value& key) {
  const MemoryView* view = as_view(self);
  const Value* object = exporter(rt, view);
  if (!object) return Value();
  if (is_slice(rt, key)) {
    SliceIndices s;
    if (!slice_indices(rt, key, view->length, &s)) return Value();
    // The steps multiply with wraparound, as CPython's strides do: two huge
    // ones (m[::2**70][::2**70]) give a view of at most one item anyway.
    const auto step = static_cast<int64_t>(static_cast<uint64_t>(view->step) *
                                           static_cast<uint64_t>(s.step));
    return new_view(rt, *object, view->start + s.start * view->step, s.length, step);
  }
  if (!is_int(key) && rt.type_of(key)->index == nullptr) {
    return rt.raise(Exc::kTypeError, "memoryview: invalid slice key");
  }
  int64_t i;
  if (!index_as_int64(rt, key, &i)) return Value();
  if (i < 0) i += view->length;
  if (i < 0 || i >= view->length) return rt.raise(Exc::kIndexError, "index out of bounds on dimension 1");
  const std::string_view data = bytes_view(*object);
  return Value::small_int(static_cast<unsigned char>(data[static_cast<size_t>(view->start + i * view->step)]));
}

bool memoryview_setitem(Runtime& rt, const Value& self, const Value& key, const Value& value) {
  const MemoryView* view = as_view(self);
  const Value* object = exporter(rt, view);
  if (!object) return false;
  if (view->readonly) {
    rt.raise(Exc::kTypeError, "cannot modify read-only memory");
    return false;
  }
  if (value.is_null()) {
    rt.raise(Exc::kTypeError, "cannot delete memory");
    return false;
  }
  RuntimeBytes& data = object->as<ByteArray>()->bytes;
  if (is_slice(rt, key)) {
    SliceIndices s;
    if (!slice_indices(rt, key, view->length, &s)) return false;
    if (!is_bytes_like(rt, value)) {
      rt.raise(Exc::kTypeError, cat("a bytes-like object is required, not '", type_name(rt, value), "'"));
      return false;
    }
    const std::string source(bytes_view(value));
    if (static_cast<int64_t>(source.size()) != s.length) {
      rt.raise(Exc::kValueError, "memoryview assignment: lvalue and rvalue have different structures");
      return false;
    }
    for (int64_t i = 0; i < s.length; ++i) {
      const int64_t j = slice_position(s, i);
      data[static_cast<size_t>(view->start + j * view->step)] = source[static_cast<size_t>(i)];
    }
    return true;
  }
  if (!is_int(key) && rt.type_of(key)->index == nullptr) {
    rt.raise(Exc::kTypeError, "memoryview: invalid slice key");
    return false;
  }
  int64_t i;
  if (!index_as_int64(rt, key, &i)) return false;
  if (i < 0) i += view->length;
  if (i < 0 || i >= view->length) {
    rt.raise(Exc::kIndexError, "index out of bounds on dimension 1");
    return false;
  }
  int64_t byte;
  if (!is_int(value) || !int_to_int64(value, &byte) || byte < 0 || byte > 255) {
    rt.raise(Exc::kValueError, "memoryview: invalid value for format 'B'");
    return false;
  }
  data[static_cast<size_t>(view->start + i * view->step)] = static_cast<char>(byte);
  return true;
}

// == compares the bytes shown with another view or bytes-like object;
// there is no ordering.
Value memoryview_compare(Runtime& rt, const Value& a, const Value& b, CompareOp op) {
  if (op != CompareOp::kEqual && op != CompareOp::kNotEqual) return rt.not_implemented();
  const MemoryView* view = as_view(a);
  bool equal;
  if (a.is(b)) {
    equal = true;
  } else if (view->object.is_null()) {
    equal = false;
  } else if (rt.type_of(b)->layout == rt.memoryview_type) {
    const MemoryView* other = as_view(b);
    equal = !other->object.is_null() && view_bytes(view) == view_bytes(other);
  } else if (is_bytes_like(rt, b)) {
    equal = view_bytes(view) == bytes_view(b);
  } else {
    return rt.not_implemented();
  }
  return Value::boolean(equal == (op == CompareOp::kEqual));
}

bool memoryview_hash(Runtime& rt, const Value& self, int64_t* out) {
  const MemoryView* view = as_view(self);
  if (!exporter(rt, view)) return false;
  if (!view->readonly) {
    rt.raise(Exc::kValueError, "cannot hash writable memoryview object");
    return false;
  }
  return hash(rt, make_bytes(rt, view_bytes(view)), out);
}

// ------------------------------------------------------------------ methods

Value memoryview_tobytes(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "tobytes", nargs - 1, kwnames, 0, 1)) return Value();
  const MemoryView* view = as_view(args[0]);
  if (!exporter(rt, view)) return Value();
  return make_bytes(rt, view_bytes(view));
}

Value memoryview_tolist(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "memoryview.tolist", nargs - 1, kwnames)) return Value();
  const MemoryView* view = as_view(args[0]);
  if (!exporter(rt, view)) return Value();
  Ref<List> list = make_list(rt, static_cast<size_t>(view->length));
  for (char c : view_bytes(view)) list->items.push_back(Value::small_int(static_cast<unsigned char>(c)));
  return Value(std::move(list));
}

Value memoryview_hex(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"hex", {"sep", "bytes_per_sep"}, 0, 0};
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args + 1, nargs - 1, kwnames, bound)) return Value();
  const MemoryView* view = as_view(args[0]);
  if (!exporter(rt, view)) return Value();
  return hex_with_separator(rt, view_bytes(view), bound[0], bound[1]);
}

// iter(view): its bytes as ints, from a copy taken when iteration starts
// (CPython reads each when reached: a write during the loop shows there).
Value memoryview_iter(Runtime& rt, const Value& self) {
  const MemoryView* view = as_view(self);
  if (!exporter(rt, view)) return Value();
  Value items = call_method(rt, self, rt.intern("tolist"), nullptr, 0);
  if (items.is_null()) return Value();
  return get_iter(rt, items);
}

Value memoryview_toreadonly(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "memoryview.toreadonly", nargs - 1, kwnames)) return Value();
  const MemoryView* view = as_view(args[0]);
  const Value* object = exporter(rt, view);
  if (!object) return Value();
  Value result = new_view(rt, *object, view->start, view->length, view->step);
  MemoryView* copy = as_view(result);
  if (!copy->readonly) {
    --object->as<ByteArray>()->exports;  // a read-only view does not pin the size
    copy->readonly = true;
  }
  return result;
}

Value memoryview_release(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "memoryview.release", nargs - 1, kwnames)) return Value();
  release(as_view(args[0]));
  return Value::none();
}

Value memoryview_enter(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "memoryview.__enter__", nargs - 1, kwnames)) return Value();
  if (!exporter(rt, as_view(args[0]))) return Value();
  return args[0];
}

Value memoryview_exit(Runtime&, const Value* args, size_t, Tuple*) {
  release(as_view(args[0]));
  return Value::boolean(false);
}

const MethodDef kMemoryViewMethods[] = {
    {"tobytes", memoryview_tobytes},   {"tolist", memoryview_tolist},
    {"hex", memoryview_hex},           {"toreadonly", memoryview_toreadonly},
    {"release", memoryview_release},   {"__enter__", memoryview_enter},
    {"__exit__", memoryview_exit},
};

// ---------------------------------------------------------------- attributes

Value memoryview_obj(Runtime& rt, const Value& self) {
  const Value* object = exporter(rt, as_view(self));
  return object ? *object : Value();
}

Value memoryview_nbytes(Runtime& rt, const Value& self) {
  const MemoryView* view = as_view(self);
  return exporter(rt, view) ? Value::small_int(view->length) : Value();
}

Value memoryview_readonly(Runtime& rt, const Value& self) {
  const MemoryView* view = as_view(self);
  return exporter(rt, view) ? Value::boolean(view->readonly) : Value();
}

Value memoryview_itemsize(Runtime& rt, const Value& self) {
  return exporter(rt, as_view(self)) ? Value::small_int(1) : Value();
}

Value memoryview_ndim(Runtime& rt, const Value& self) {
  return exporter(rt, as_view(self)) ? Value::small_int(1) : Value();
}

Value memoryview_format(Runtime& rt, const Value& self) {
  return exporter(rt, as_view(self)) ? make_str(rt, "B") : Value();
}

Value memoryview_shape(Runtime& rt, const Value& self) {
  const MemoryView* view = as_view(self);
  return exporter(rt, view) ? Value(make_tuple(rt, {Value::small_int(view->length)})) : Value();
}

Value memoryview_strides(Runtime& rt, const Value& self) {
  const MemoryView* view = as_view(self);
  return exporter(rt, view) ? Value(make_tuple(rt, {Value::small_int(view->step)})) : Value();
}

Value memoryview_suboffsets(Runtime& rt, const Value& self) {
  return exporter(rt, as_view(self)) ? Value(make_tuple(rt, {})) : Value();
}

Value memoryview_contiguous(Runtime& rt, const Value& self) {
  const MemoryView* view = as_view(self);
  return exporter(rt, view) ? Value::boolean(view->step == 1 || view->length <= 1) : Value();
}

const GetSetDef kMemoryViewGetSets[] = {
    {"obj", memoryview_obj},
    {"nbytes", memoryview_nbytes},
    {"readonly", memoryview_readonly},
    {"itemsize", memoryview_itemsize},
    {"ndim", memoryview_ndim},
    {"format", memoryview_format},
    {"shape", memoryview_shape},
    {"strides", memoryview_strides},
    {"suboffsets", memoryview_suboffsets},
    {"c_contiguous", memoryview_contiguous},
    {"f_contiguous", memoryview_contiguous},
    {"contiguous", memoryview_contiguous},
};

}  // namespace

Value make_memoryview(Runtime& rt, const Value& object) {
  if (rt.type_of(object)->layout == rt.memoryview_type) {
    const MemoryView* view = as_view(object);
    const Value* base = exporter(rt, view);
    if (!base) return Value();
    return new_view(rt, *base, view->start, view->length, view->step);
  }
  if (!is_bytes_like(rt, object)) {
    return rt.raise(Exc::kTypeError, cat("memoryview: a bytes-like object is required, not '",
                                         type_name(rt, object), "'"));
  }
  return new_view(rt, object, 0, static_cast<int64_t>(bytes_view(object).size()), 1);
}

void init_memoryview_type(Runtime& rt) {
  Type* type = rt.memoryview_type;
  define_builtin_type(rt, type, "memoryview", rt.object_type, sizeof(MemoryView), kTypeHasGc | kTypeSequence | kTypeWeakReferenceable,
                      memoryview_dealloc);
  type->traverse = [](Object* self, VisitFn visit, void* context) {
    auto* view = static_cast<MemoryView*>(self);
    if (view->object.is_object()) visit(view->object.as_object(), context);
  };
  type->clear = [](Object* self) { release(static_cast<MemoryView*>(self)); };
  type->repr = memoryview_repr;
  type->hash = memoryview_hash;
  type->compare = memoryview_compare;
  type->length = memoryview_length;
  type->getitem = memoryview_getitem;
  type->iter = memoryview_iter;
  type->setitem = memoryview_setitem;
  type->new_instance = memoryview_new;
  add_methods(rt, type, kMemoryViewMethods);
  add_getsets(rt, type, kMemoryViewGetSets);
}

}  // namespace pyvm
