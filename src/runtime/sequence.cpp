// Operations list and tuple share (see sequence.h).
#include "runtime/sequence.h"

#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

Value sequence_compare(Runtime& rt, const Value* a, size_t a_size, const Value* b,
                       size_t b_size, CompareOp op) {
  size_t i = 0;
  const size_t common = a_size < b_size ? a_size : b_size;
  for (; i < common; ++i) {
    const int equal = equals(rt, a[i], b[i]);
    if (equal < 0) return Value();
    if (!equal) break;
  }
  if (i < common) {
    if (op == CompareOp::kEqual) return Value::boolean(false);
    if (op == CompareOp::kNotEqual) return Value::boolean(true);
    // Copies: the comparison may run code that mutates a list.
    const Value left = a[i];
    const Value right = b[i];
    return compare(rt, left, right, op);
  }
  bool result = false;
  switch (op) {
    case CompareOp::kLess: result = a_size < b_size; break;
    case CompareOp::kLessEqual: result = a_size <= b_size; break;
    case CompareOp::kEqual: result = a_size == b_size; break;
    case CompareOp::kNotEqual: result = a_size != b_size; break;
    case CompareOp::kGreater: result = a_size > b_size; break;
    case CompareOp::kGreaterEqual: result = a_size >= b_size; break;
  }
  return Value::boolean(result);
}

ReprGuard::ReprGuard(Runtime& rt, Object* container) : rt_(rt) {
  for (Object* active : rt.repr_in_progress) {
    if (active == container) {
      entered_ = false;
      return;
    }
  }
  rt.repr_in_progress.push_back(container);
  entered_ = true;
}

ReprGuard::~ReprGuard() {
  if (entered_) rt_.repr_in_progress.pop_back();
}

Value sequence_repr(Runtime& rt, Object* container, const char* open, const char* close) {
  ReprGuard guard(rt, container);
  if (!guard.entered()) return make_str(rt, cat(open, "...", close));
  // Items are read by index each time: a repr may run code that mutates the list.
  std::string out = open;
  for (size_t i = 0;; ++i) {
    Value item;
    if (container->type->has_flag(kTypeListSubclass)) {
      List* list = static_cast<List*>(container);
      if (i >= list->items.size()) break;
      item = list->items[i];
    } else {
      Tuple* tuple = static_cast<Tuple*>(container);
      if (i >= tuple->size) break;
      item = (*tuple)[i];
    }
    if (i > 0) out += ", ";
    if (!repr_text(rt, item, &out)) return Value();
  }
  out += close;
  return make_str(rt, out);
}

int64_t clamp_sequence_bound(int64_t bound, int64_t size) {
  if (bound < 0) {
    bound += size;
    if (bound < 0) bound = 0;
  }
  return bound > size ? size : bound;
}

namespace {

bool bound_argument(Runtime& rt, const Value& v, int64_t size, int64_t* out) {
  int64_t bound;
  if (is_int(v) && !int_to_int64_clamped(v, &bound)) return false;
  if (!is_int(v)) {
    if (rt.type_of(v)->index == nullptr) {
      rt.raise(Exc::kTypeError,
               "slice indices must be integers or have an __index__ method");
      return false;
    }
    if (!index_as_int64(rt, v, &bound)) return false;
  }
  *out = clamp_sequence_bound(bound, size);
  return true;
}

}  // namespace

Value sequence_index(Runtime& rt, const char* type_name, const Value* items, size_t size,
                     const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "index", nargs - 1, kwnames, 1, 3)) return Value();
  const int64_t n = static_cast<int64_t>(size);
  int64_t start = 0;
  int64_t stop = n;
  if (nargs > 2 && !bound_argument(rt, args[2], n, &start)) return Value();
  if (nargs > 3 && !bound_argument(rt, args[3], n, &stop)) return Value();
  for (int64_t i = start; i < stop && i < static_cast<int64_t>(size); ++i) {
    const int equal = equals(rt, items[i], args[1]);
    if (equal < 0) return Value();
    if (equal) return Value::small_int(i);
  }
  if (std::string_view(type_name) == "list") {
    std::string text;
    if (!repr_text(rt, args[1], &text)) return Value();
    return rt.raise(Exc::kValueError, cat(text, " is not in list"));
  }
  return rt.raise(Exc::kValueError, cat(type_name, ".index(x): x not in ", type_name));
}

Value sequence_count(Runtime& rt, const char* qualname, const Value* items, size_t size,
                     const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, qualname, nargs - 1, kwnames)) return Value();
  int64_t count = 0;
  for (size_t i = 0; i < size; ++i) {
    const int equal = equals(rt, items[i], args[1]);
    if (equal < 0) return Value();
    count += equal;
  }
  return Value::small_int(count);
}

}  // namespace pyvm
