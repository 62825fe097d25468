// SPDX-License-Identifier: GPL-3.0-or-later
// list: construction, the sequence slots (indexing, slice assignment,
// concatenation), the methods, sorting and the list iterators.
#include "runtime/list.h"

#include <algorithm>

#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/int.h"
#include "runtime/live_items.h"
#include "runtime/keyboard_interrupt.h"
#include "runtime/object_type.h"
#include "runtime/out_of_memory.h"
#include "runtime/protocols.h"
#include "runtime/runtime.h"
#include "runtime/sequence.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

// Releases a list's dropped items last first, as CPython's lists do (when
// freed, cleared or sliced away): the order their finalizers run in.
template <class Values>
void release_last_first(Values& values) {
  while (!values.empty()) values.pop_back();
}

}  // namespace

List::~List() { release_last_first(items); }

Ref<List> make_list(Runtime& rt, size_t reserve) {
  // Owned before reserving: a reservation past a memory ceiling throws.
  Ref<List> list = Ref<List>::steal(new_object<List>(rt.gc, rt.list_type, 0, rt.gc));
  list->items.reserve(reserve);
  return list;
}

Ref<List> make_list(Runtime& rt, std::span<const Value> items) {
  Ref<List> list = make_list(rt, items.size());
  list->items.assign(items.begin(), items.end());
  return list;
}

bool list_extend(Runtime& rt, List* list, const Value& iterable) {
  // Exact lists and tuples are copied; anything else (subclasses, which may
  // define __iter__, included) is iterated, as CPython's list.extend.
  const Type* type = rt.type_of(iterable);
  if (type == rt.list_type || type == rt.tuple_type) {
    // Copy first: `a.extend(a)` must not see its own growth.
    const Value* begin;
    size_t size;
    if (is_list(iterable)) {
      begin = as_list(iterable)->items.data();
      size = as_list(iterable)->items.size();
    } else {
      begin = as_tuple(iterable)->items();
      size = as_tuple(iterable)->size;
    }
    std::vector<Value> copy(begin, begin + size);
    list->items.insert(list->items.end(), std::make_move_iterator(copy.begin()),
                       std::make_move_iterator(copy.end()));
    return true;
  }
  return for_all(rt, iterable, [&](Value item) {
    list->items.push_back(std::move(item));
    return true;
  });
}

Value list_from_iterable(Runtime& rt, const Value& iterable) {
  Ref<List> list = make_list(rt);
  if (!list_extend(rt, list.get(), iterable)) return Value();
  return list;
}

Value list_slice(Runtime& rt, List* list, int64_t start, int64_t stop) {
  const int64_t size = static_cast<int64_t>(list->items.size());
  start = std::clamp<int64_t>(start, 0, size);
  stop = std::clamp<int64_t>(stop, start, size);
  return make_list(rt, std::span<const Value>(list->items.data() + start,
                                              static_cast<size_t>(stop - start)));
}

// -------------------------------------------------------------------- sorting

namespace {

// How the items compare: specialised when every key has the same simple
// type (CPython's unsafe_*_compare), generic `<` otherwise.
// kIntHeadedTuple: tuples that all start with a small int (sorting by
// `(count, name)` and the like).
enum class KeyKind { kSmallInt, kFloat, kStr, kIntHeadedTuple, kTuple, kGeneric };

KeyKind classify_keys(Runtime& rt, const ListItems& keys) {
  if (keys.empty()) return KeyKind::kGeneric;
  bool all_int = true, all_float = true, all_str = true, all_tuple = true, all_int_headed = true;
  for (const Value& key : keys) {
    all_int = all_int && key.is_small_int();
    all_float = all_float && key.is_float();
    all_str = all_str && key.is_object() && key.as_object()->type == rt.str_type;
    all_tuple = all_tuple && key.is_object() && key.as_object()->type == rt.tuple_type;
    all_int_headed = all_tuple && all_int_headed && as_tuple(key)->size > 0 &&
                     (*as_tuple(key))[0].is_small_int();
  }
  return all_int          ? KeyKind::kSmallInt
         : all_float      ? KeyKind::kFloat
         : all_str        ? KeyKind::kStr
         : all_int_headed ? KeyKind::kIntHeadedTuple
         : all_tuple      ? KeyKind::kTuple
                          : KeyKind::kGeneric;
}

// `a < b` for two exact tuples, as tuple's comparison decides it: at the
// first position whose items differ. Items that are small ints, floats or
// exact strs are compared here; at any other item the whole comparison
// goes through the protocol (which may run __eq__ and __lt__).
int tuple_less(Runtime& rt, const Tuple* a, const Tuple* b) {
  const size_t common = std::min(a->size, b->size);
  for (size_t i = 0; i < common; ++i) {
    const Value& x = (*a)[i];
    const Value& y = (*b)[i];
    if (x.is_small_int() && y.is_small_int()) {
      if (x.as_small_int() != y.as_small_int()) return x.as_small_int() < y.as_small_int();
    } else if (x.is_float() && y.is_float()) {
      if (!(x.as_float() == y.as_float())) return x.as_float() < y.as_float();
    } else if (x.is_object() && y.is_object() && x.as_object()->type == rt.str_type &&
               y.as_object()->type == rt.str_type) {
      if (const int order = str_compare(as_str(x), as_str(y)); order != 0) return order < 0;
    } else if (!x.is(y)) {
      return compare_bool(rt, Value::from_object(const_cast<Tuple*>(a)), Value::from_object(const_cast<Tuple*>(b)),
                          CompareOp::kLess);
    }
  }
  return a->size < b->size;
}

// A kIntHeadedTuple key with its first item beside it: most comparisons
// are decided there, without reading the tuple.
struct IntHeadedTuple {
  int64_t head;
  const Tuple* tuple;
};

// What the merge sort moves: a key in the form its comparison reads (an
// int64, a double, an object pointer, or the Value itself) beside the
// item's index, so that comparing reads the entries in order instead of
// jumping through the index into the keys.
template <class Key>
struct SortEntry {
  Key key;
  size_t index;
};

// A stable merge sort that stays in bounds whatever the comparison answers
// (user __lt__ may be inconsistent, nan is unordered). `less` returns 1, 0
// or -1 on error.
template <class Key, class Less>
bool merge_sort(std::vector<SortEntry<Key>>& entries, Less&& less) {
  const size_t n = entries.size();
  // Insertion sort of short runs, then bottom-up merging.
  constexpr size_t kRun = 16;
  for (size_t start = 0; start < n; start += kRun) {
    const size_t end = std::min(n, start + kRun);
    for (size_t i = start + 1; i < end; ++i) {
      const SortEntry<Key> item = entries[i];
      size_t j = i;
      while (j > start) {
        const int lt = less(item.key, entries[j - 1].key);
        if (lt < 0) return false;
        if (!lt) break;
        entries[j] = entries[j - 1];
        --j;
      }
      entries[j] = item;
    }
  }
  std::vector<SortEntry<Key>> buffer(n);
  for (size_t width = kRun; width < n; width *= 2) {
    for (size_t left = 0; left < n; left += 2 * width) {
      const size_t middle = std::min(n, left + width);
      const size_t right = std::min(n, left + 2 * width);
      size_t i = left, j = middle, k = left;
      while (i < middle && j < right) {
        const int lt = less(entries[j].key, entries[i].key);  // take the right one only if strictly less
        if (lt < 0) return false;
        buffer[k++] = lt ? entries[j++] : entries[i++];
      }
      while (i < middle) buffer[k++] = entries[i++];
      while (j < right) buffer[k++] = entries[j++];
    }
    entries.swap(buffer);
  }
  return true;
}

// Sorts the indices of `keys` into `*order`: each key read once by
// `key_of` into its entry, then merge_sort with `less`.
template <class KeyOf, class Less>
bool sort_order(const ListItems& keys, KeyOf&& key_of, Less&& less, std::vector<size_t>* order) {
  using Key = decltype(key_of(keys[0]));
  std::vector<SortEntry<Key>> entries;
  entries.reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) entries.push_back({key_of(keys[i]), i});
  if (!merge_sort(entries, less)) return false;
  order->resize(keys.size());
  for (size_t i = 0; i < entries.size(); ++i) (*order)[i] = entries[i].index;
  return true;
}

}  // namespace

bool list_sort(Runtime& rt, List* list, const Value& key, bool reverse) {
  // The list is empty, with no storage, while it is being sorted, so a key
  // function or __lt__ that modifies it is detected (CPython's "list
  // modified during sort"): it has items, or the storage of items added and
  // removed again (list_drop_items keeps it for a list being sorted).
  ListItems items = std::move(list->items);
  list->items = ListItems(items.get_allocator());
  rt.lists_being_sorted.push_back(list);
  auto restore = [&](bool ok) {
    rt.lists_being_sorted.pop_back();
    // Items added meanwhile are released only once the list holds its own again.
    const ListItems added = std::move(list->items);
    list->items = std::move(items);
    if (ok && (!added.empty() || added.capacity() != 0)) {
      rt.raise(Exc::kValueError, "list modified during sort");
      return false;
    }
    return ok;
  };
  if (reverse) std::reverse(items.begin(), items.end());  // keeps equal items in order
  ListItems keys;
  if (!key.is_null() && !key.is_none()) {
    keys.reserve(items.size());
    for (const Value& item : items) {
      Value k = call(rt, key, &item, 1);
      if (k.is_null() || poll_interrupt(rt)) return restore(false);
      keys.push_back(std::move(k));
    }
  }
  const ListItems& sort_keys = keys.empty() ? items : keys;
  std::vector<size_t> order;
  bool ok = true;
  switch (classify_keys(rt, sort_keys)) {
    case KeyKind::kSmallInt:
      ok = sort_order(
          sort_keys, [](const Value& k) { return k.as_small_int(); },
          [](int64_t a, int64_t b) { return static_cast<int>(a < b); }, &order);
      break;
    case KeyKind::kFloat:
      ok = sort_order(
          sort_keys, [](const Value& k) { return k.as_float(); },
          [](double a, double b) { return static_cast<int>(a < b); }, &order);
      break;
    case KeyKind::kStr:
      ok = sort_order(
          sort_keys, [](const Value& k) -> const Str* { return as_str(k); },
          [](const Str* a, const Str* b) { return static_cast<int>(str_compare(a, b) < 0); }, &order);
      break;
    case KeyKind::kIntHeadedTuple:
      ok = sort_order(
          sort_keys,
          [](const Value& k) {
            return IntHeadedTuple{(*as_tuple(k))[0].as_small_int(), as_tuple(k)};
          },
          [&](const IntHeadedTuple& a, const IntHeadedTuple& b) {
            if (poll_interrupt(rt)) return -1;  // (the limits count each comparison)
            if (a.head != b.head) return static_cast<int>(a.head < b.head);
            return tuple_less(rt, a.tuple, b.tuple);
          },
          &order);
      break;
    case KeyKind::kTuple:
      ok = sort_order(
          sort_keys, [](const Value& k) -> const Tuple* { return as_tuple(k); },
          [&](const Tuple* a, const Tuple* b) { return poll_interrupt(rt) ? -1 : tuple_less(rt, a, b); }, &order);
      break;
    case KeyKind::kGeneric:
      ok = sort_order(
          sort_keys, [](const Value& k) { return &k; },
          [&](const Value* a, const Value* b) {
            return poll_interrupt(rt) ? -1 : compare_bool(rt, *a, *b, CompareOp::kLess);
          },
          &order);
      break;
  }
  if (ok) {
    ListItems sorted(items.get_allocator());
    sorted.reserve(items.size());
    for (size_t index : order) sorted.push_back(std::move(items[index]));
    items = std::move(sorted);
  }
  if (reverse) std::reverse(items.begin(), items.end());
  return restore(ok);
}

// ---------------------------------------------------------------------- slots

namespace {

// Last item first, as CPython: the cycle collector's order of visits
// decides the order in which finalizers run.
void list_traverse(Object* self, VisitFn visit, void* context) {
  const ListItems& items = static_cast<List*>(self)->items;
  for (auto item = items.rbegin(); item != items.rend(); ++item) {
    if (item->is_object()) visit(item->as_object(), context);
  }
}

void list_clear_slot(Object* self) {
  ListItems dropped = std::move(static_cast<List*>(self)->items);
  static_cast<List*>(self)->items.clear();
  release_last_first(dropped);
}

// Empties a list (clear(), *= 0, __init__), releasing its items once it is
// consistent. Its storage goes too, unless a sort of it is in progress.
void list_drop_items(Runtime& rt, List* list) {
  ListItems& items = list->items;
  const auto& sorting = rt.lists_being_sorted;
  if (std::find(sorting.begin(), sorting.end(), list) != sorting.end()) {
    std::vector<Value> dropped(std::make_move_iterator(items.begin()),
                               std::make_move_iterator(items.end()));
    items.clear();
    release_last_first(dropped);
    return;
  }
  ListItems dropped = std::move(items);
  items = ListItems(dropped.get_allocator());
  release_last_first(dropped);
}

Value list_repr(Runtime& rt, const Value& self) {
  if (as_list(self)->items.empty()) return make_str(rt, "[]");
  return sequence_repr(rt, self, "[", "]");
}

Value list_compare(Runtime& rt, const Value& a, const Value& b, CompareOp op) {
  if (!is_list(b)) return rt.not_implemented();
  // Lists of different lengths differ without an item's __eq__ being asked
  // (as in CPython, where a program can tell).
  if ((op == CompareOp::kEqual || op == CompareOp::kNotEqual) &&
      as_list(a)->items.size() != as_list(b)->items.size()) {
    return Value::boolean(op == CompareOp::kNotEqual);
  }
  return sequence_compare(rt, LiveItems(a), LiveItems(b), op);
}

int64_t list_length(Runtime&, const Value& self) {
  return static_cast<int64_t>(as_list(self)->items.size());
}

bool list_index_argument(Runtime& rt, const Value& key, int64_t* out) {
  if (!is_int(key) && rt.type_of(key)->index == nullptr) {
    rt.raise(Exc::kTypeError,
             cat("list indices must be integers or slices, not ", type_name(rt, key)));
    return false;
  }
  return index_as_int64(rt, key, out);
}

Value list_getitem(Runtime& rt, const Value& self, const Value& key) {
  List* list = as_list(self);
  int64_t i;
  if (key.is_small_int()) {
    i = key.as_small_int();
  } else if (is_slice(rt, key)) {
    SliceBounds bounds;
    if (!slice_unpack(rt, key, &bounds)) return Value();
    return list_get_slice(rt, list, bounds);
  } else if (!list_index_argument(rt, key, &i)) {
    return Value();
  }
  // The size is read after __index__ ran (live_items.h).
  const int64_t size = static_cast<int64_t>(list->items.size());
  if (i < 0) i += size;
  if (i < 0 || i >= size) return rt.raise(Exc::kIndexError, "list index out of range");
  return list->items[static_cast<size_t>(i)];
}

int64_t list_size(const List* list) { return static_cast<int64_t>(list->items.size()); }

// del list[start:stop:step]
void list_delete_slice(List* list, const SliceIndices& s) {
  ListItems& items = list->items;
  if (s.step == 1) {
    // Released after the list is consistent: a __del__ may look at it.
    std::vector<Value> dropped(std::make_move_iterator(items.begin() + s.start),
                               std::make_move_iterator(items.begin() + s.start + s.length));
    items.erase(items.begin() + s.start, items.begin() + s.start + s.length);
    release_last_first(dropped);
    return;
  }
  // The kept items move to the front in place (the storage stays, see
  // list_sort); the deleted ones are released last, first to last by
  // position, as CPython.
  std::vector<bool> doomed(items.size(), false);
  for (int64_t k = 0; k < s.length; ++k) {
    const int64_t j = slice_position(s, k);
    doomed[static_cast<size_t>(j)] = true;
  }
  std::vector<Value> dropped;
  dropped.reserve(static_cast<size_t>(s.length));
  size_t kept = 0;
  for (size_t j = 0; j < items.size(); ++j) {
    if (doomed[j]) {
      dropped.push_back(std::move(items[j]));
    } else {
      std::swap(items[kept++], items[j]);
    }
  }
  items.resize(kept);
  for (Value& item : dropped) item = Value();
}

// The items a slice assignment puts in, copied (a[:] = a must work). Making
// them may run Python code (a generator) that resizes the list.
bool replacement_items(Runtime& rt, const Value& value, int64_t step, std::vector<Value>* out) {
  const Type* type = rt.type_of(value);
  const Value sequence =
      type == rt.list_type || type == rt.tuple_type ? value : list_from_iterable(rt, value);
  if (sequence.is_null()) {
    if (rt.error_matches(Exc::kTypeError)) {
      rt.clear_error();
      rt.raise(Exc::kTypeError, step == 1 ? "can only assign an iterable"
                                          : "must assign iterable to extended slice");
    }
    return false;
  }
  if (is_list(sequence)) {
    out->assign(as_list(sequence)->items.begin(), as_list(sequence)->items.end());
  } else {
    const std::span<const Value> items = as_tuple(sequence)->span();
    out->assign(items.begin(), items.end());
  }
  return true;
}

// `list[start:stop] = other` for an exact list `other` of the slice's length
// whose items replace only values without a destructor (ints, floats, None,
// bools): copied straight over, without gathering the old items to release
// them after (no code can run while the list is half written). False, and
// nothing done, for any other case.
bool assign_equal_length_in_place(Runtime& rt, List* list, const SliceIndices& s,
                                  const Value& value) {
  if (rt.type_of(value) != rt.list_type) return false;
  const ListItems& source = as_list(value)->items;
  if (static_cast<int64_t>(source.size()) != s.length) return false;
  Value* target = list->items.data() + s.start;
  for (int64_t k = 0; k < s.length; ++k) {
    if (target[k].is_object()) return false;
  }
  // (`list[:] = list` copies each item onto itself.) The targets hold no
  // object, so nothing is released: they are overwritten.
  for (int64_t k = 0; k < s.length; ++k) ::new (&target[k]) Value(source[static_cast<size_t>(k)]);
  return true;
}

// A slice fitted to the list before its new items were made, fitted again
// to the list as it is after. A contiguous slice is clamped to the current
// length, as CPython 3.11 does. An extended one keeps its positions while
// they are all still in the list; if the list shrank under them it is fitted
// anew (CPython 3.11 writes past the end there; 3.12.5 refits, gh-120384).
SliceIndices refit_slice(const SliceIndices& s, const SliceBounds& bounds, int64_t size) {
  if (s.step == 1) {
    const int64_t start = std::min(s.start, size);
    const int64_t stop = std::clamp(s.start + s.length, start, size);
    return {start, stop, 1, stop - start};
  }
  const int64_t highest = s.step > 0 ? s.start + (s.length - 1) * s.step : s.start;
  if (s.length == 0 || highest < size) return s;
  return slice_adjust(bounds, size);
}

}  // namespace

Value list_get_slice(Runtime& rt, List* list, const SliceBounds& bounds) {
  const SliceIndices s = slice_adjust(bounds, list_size(list));
  if (s.step == 1) return list_slice(rt, list, s.start, s.start + s.length);
  Ref<List> result = make_list(rt, static_cast<size_t>(s.length));
  const Value* items = list->items.data();
  for (int64_t k = 0; k < s.length; ++k) result->items.emplace_back(items[slice_position(s, k)]);
  return result;
}

bool list_set_slice(Runtime& rt, List* list, const SliceBounds& bounds, const Value& value) {
  SliceIndices s = slice_adjust(bounds, list_size(list));
  if (value.is_null()) {
    list_delete_slice(list, s);
    return true;
  }
  if (s.step == 1 && assign_equal_length_in_place(rt, list, s, value)) return true;
  std::vector<Value> replacement;
  if (!replacement_items(rt, value, s.step, &replacement)) return false;
  s = refit_slice(s, bounds, list_size(list));
  ListItems& items = list->items;
  if (s.step == 1 && static_cast<int64_t>(replacement.size()) == s.length) {
    // Same length (p[:k] = p[k-1::-1]): swap the new items in; the old ones
    // are released with `replacement`, after the list is consistent.
    for (size_t k = 0; k < replacement.size(); ++k) {
      std::swap(items[static_cast<size_t>(s.start) + k], replacement[k]);
    }
    release_last_first(replacement);
    return true;
  }
  if (s.step == 1) {
    std::vector<Value> dropped(std::make_move_iterator(items.begin() + s.start),
                               std::make_move_iterator(items.begin() + s.start + s.length));
    items.erase(items.begin() + s.start, items.begin() + s.start + s.length);
    items.insert(items.begin() + s.start, std::make_move_iterator(replacement.begin()),
                 std::make_move_iterator(replacement.end()));
    release_last_first(dropped);
    return true;
  }
  if (static_cast<int64_t>(replacement.size()) != s.length) {
    rt.raise(Exc::kValueError, cat("attempt to assign sequence of size ", replacement.size(),
                                   " to extended slice of size ", s.length));
    return false;
  }
  for (int64_t k = 0; k < s.length; ++k) {
    const int64_t j = slice_position(s, k);
    std::swap(items[static_cast<size_t>(j)], replacement[static_cast<size_t>(k)]);
  }
  return true;
}

namespace {

bool list_setitem(Runtime& rt, const Value& self, const Value& key, const Value& value) {
  List* list = as_list(self);
  if (is_slice(rt, key)) {
    SliceBounds bounds;
    if (!slice_unpack(rt, key, &bounds)) return false;
    return list_set_slice(rt, list, bounds, value);
  }
  int64_t i;
  if (key.is_small_int()) {
    i = key.as_small_int();
  } else if (!list_index_argument(rt, key, &i)) {
    return false;
  }
  // The size is read after __index__ ran (live_items.h).
  const int64_t size = list_size(list);
  if (i < 0) i += size;
  if (i < 0 || i >= size) {
    rt.raise(Exc::kIndexError, "list assignment index out of range");
    return false;
  }
  if (value.is_null()) {
    Value dropped = std::move(list->items[static_cast<size_t>(i)]);
    list->items.erase(list->items.begin() + i);
  } else {
    Value old = std::move(list->items[static_cast<size_t>(i)]);
    list->items[static_cast<size_t>(i)] = value;
  }
  return true;
}

int list_contains(Runtime& rt, const Value& self, const Value& item) {
  const LiveItems items(self);
  for (size_t i = 0;; ++i) {
    const Value element = items.at(i);
    if (element.is_null()) return 0;
    const int equal = equals(rt, element, item);
    if (equal != 0) return equal;
  }
}

Value list_add(Runtime& rt, const Value& a, const Value& b) {
  if (!is_list(a) || !is_list(b)) return rt.not_implemented();
  const ListItems& x = as_list(a)->items;
  const ListItems& y = as_list(b)->items;
  Ref<List> result = make_list(rt, x.size() + y.size());
  result->items.insert(result->items.end(), x.begin(), x.end());
  result->items.insert(result->items.end(), y.begin(), y.end());
  return result;
}

// The n of list * n. It is converted before the list's size is read, since
// __index__ may resize the list; then the product must fit in memory.
bool repeat_count(Runtime& rt, const Value& count_value, const List* list, int64_t* out) {
  if (!index_as_int64(rt, count_value, out, Exc::kOverflowError)) return false;
  if (*out < 0) *out = 0;
  const size_t item_count = list->items.size();
  if (item_count > 0 && static_cast<uint64_t>(*out) > (uint64_t{1} << 36) / item_count) {
    raise_no_memory(rt);
    return false;
  }
  return true;
}

Value list_multiply(Runtime& rt, const Value& a, const Value& b) {
  const bool list_left = is_list(a);
  const Value& sequence = list_left ? a : b;
  const Value& count_value = list_left ? b : a;
  if (!is_list(sequence) || (!is_int(count_value) && rt.type_of(count_value)->index == nullptr)) {
    return rt.not_implemented();
  }
  const ListItems& items = as_list(sequence)->items;
  int64_t count;
  if (!repeat_count(rt, count_value, as_list(sequence), &count)) return Value();
  Ref<List> result = make_list(rt, items.size() * static_cast<size_t>(count));
  if (items.empty()) return result;  // repeat_count allows any count of nothing
  ItemPoll poll(rt);
  for (int64_t k = 0; k < count; ++k) {
    if (poll.tick(items.size())) return Value();
    result->items.insert(result->items.end(), items.begin(), items.end());
  }
  return result;
}

Value list_inplace_add(Runtime& rt, const Value& a, const Value& b) {
  if (!list_extend(rt, as_list(a), b)) return Value();
  return a;
}

Value list_inplace_multiply(Runtime& rt, const Value& a, const Value& b) {
  if (!is_int(b) && rt.type_of(b)->index == nullptr) return rt.not_implemented();
  ListItems& items = as_list(a)->items;
  int64_t count;
  if (!repeat_count(rt, b, as_list(a), &count)) return Value();
  if (count == 0) {
    list_drop_items(rt, as_list(a));
    return a;
  }
  if (items.empty()) return a;
  const ListItems original = items;
  ItemPoll poll(rt);
  for (int64_t k = 1; k < count; ++k) {
    if (poll.tick(original.size())) return Value();
    items.insert(items.end(), original.begin(), original.end());
  }
  return a;
}

// ------------------------------------------------------------------- methods

Value list_append(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "list.append", nargs - 1, kwnames)) return Value();
  as_list(args[0])->items.push_back(args[1]);
  return Value::none();
}

Value list_extend_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "list.extend", nargs - 1, kwnames)) return Value();
  if (!list_extend(rt, as_list(args[0]), args[1])) return Value();
  return Value::none();
}

Value list_insert(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "insert", nargs - 1, kwnames, 2, 2)) return Value();
  ListItems& items = as_list(args[0])->items;
  int64_t index;
  if (!index_as_int64(rt, args[1], &index, Exc::kOverflowError)) return Value();
  index = clamp_sequence_bound(index, static_cast<int64_t>(items.size()));
  items.insert(items.begin() + index, args[2]);
  return Value::none();
}

Value list_pop(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "pop", nargs - 1, kwnames, 0, 1)) return Value();
  ListItems& items = as_list(args[0])->items;
  int64_t index = -1;
  if (nargs > 1 && !index_as_int64(rt, args[1], &index, Exc::kOverflowError)) return Value();
  if (items.empty()) return rt.raise(Exc::kIndexError, "pop from empty list");
  const int64_t size = static_cast<int64_t>(items.size());
  if (index < 0) index += size;
  if (index < 0 || index >= size) return rt.raise(Exc::kIndexError, "pop index out of range");
  Value item = std::move(items[static_cast<size_t>(index)]);
  items.erase(items.begin() + index);
  return item;
}

Value list_remove(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "list.remove", nargs - 1, kwnames)) return Value();
  const LiveItems live(args[0]);
  for (size_t i = 0;; ++i) {
    const Value element = live.at(i);
    if (element.is_null()) break;
    const int equal = equals(rt, element, args[1]);
    if (equal < 0) return Value();
    if (equal) {
      // __eq__ may have shrunk the list below i: then nothing is removed
      // (CPython clamps the deletion to the list the same way).
      ListItems& items = as_list(args[0])->items;
      if (i < items.size()) {
        Value removed = std::move(items[i]);
        items.erase(items.begin() + static_cast<int64_t>(i));
      }
      return Value::none();
    }
  }
  return rt.raise(Exc::kValueError, "list.remove(x): x not in list");
}

Value list_index(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return sequence_index(rt, "list", args, nargs, kwnames);
}

Value list_count(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return sequence_count(rt, "list.count", args, nargs, kwnames);
}

Value list_sort_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs - tuple_size(kwnames) > 1) {
    return rt.raise(Exc::kTypeError, "sort() takes no positional arguments");
  }
  static const Parameters kParameters{"sort", {"key", "reverse"}, 0, 0, 0};
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args + 1, nargs - 1, kwnames, bound)) return Value();
  bool reverse = false;
  if (!bound[1].is_null()) {
    const int t = truth(rt, bound[1]);
    if (t < 0) return Value();
    reverse = t;
  }
  if (!list_sort(rt, as_list(args[0]), bound[0], reverse)) return Value();
  return Value::none();
}

Value list_reverse(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "list.reverse", nargs - 1, kwnames)) return Value();
  ListItems& items = as_list(args[0])->items;
  std::reverse(items.begin(), items.end());
  return Value::none();
}

Value list_copy(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "list.copy", nargs - 1, kwnames)) return Value();
  return make_list(rt, as_list(args[0])->items);
}

Value list_clear(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "list.clear", nargs - 1, kwnames)) return Value();
  list_drop_items(rt, as_list(args[0]));
  return Value::none();
}

// ---- iterators

void list_iterator_traverse(Object* self, VisitFn visit, void* context) {
  auto* it = static_cast<ListIterator*>(self);
  if (it->list.is_object()) visit(it->list.as_object(), context);
}

void list_iterator_clear(Object* self) {
  Value dropped = std::move(static_cast<ListIterator*>(self)->list);
}

Value list_iter(Runtime& rt, const Value& self) {
  auto* it = new_object<ListIterator>(rt.gc, rt.list_iterator_type, 0);
  it->list = self;
  return Value::steal(it);
}

Value list_iterator_next(Runtime&, const Value& self) {
  auto* it = self.as<ListIterator>();
  if (it->list.is_null()) return Value();
  List* list = as_list(it->list);
  if (it->index >= list->items.size()) {
    it->list = Value();
    return Value();
  }
  return list->items[it->index++];
}

// The reverse iterator counts down; `index` is one past the next item.
Value list_reversed(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "list.__reversed__", nargs - 1, kwnames)) return Value();
  auto* it = new_object<ListIterator>(rt.gc, rt.list_reverse_iterator_type, 0);
  it->list = args[0];
  it->index = as_list(args[0])->items.size();
  return Value::steal(it);
}

Value list_reverse_iterator_next(Runtime&, const Value& self) {
  auto* it = self.as<ListIterator>();
  if (it->list.is_null()) return Value();
  List* list = as_list(it->list);
  if (it->index == 0 || it->index > list->items.size()) {
    it->list = Value();
    return Value();
  }
  return list->items[--it->index];
}

Value iterator_self(Runtime&, const Value& self) { return self; }

Value list_length_hint(Runtime& rt, const Value* args, size_t, Tuple*) {
  auto* it = args[0].as<ListIterator>();
  if (it->list.is_null()) return Value::small_int(0);
  const size_t size = as_list(it->list)->items.size();
  if (rt.type_of(args[0]) == rt.list_reverse_iterator_type) {
    return Value::small_int(static_cast<int64_t>(std::min(it->index, size)));
  }
  return Value::small_int(it->index < size ? static_cast<int64_t>(size - it->index) : 0);
}

// ---- construction

Value list_new(Runtime& rt, Type* type, const Value*, size_t, Tuple*) {
  List* list = new_object<List>(rt.gc, type, type->instance_size - sizeof(List), rt.gc);
  return Value::steal(list);
}

// list.__init__(iterable=()). Keywords are refused unless a subclass
// defines its own __new__, which then had them (CPython's list___init__).
bool list_init(Runtime& rt, const Value& self, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* type = rt.type_of(self);
  if ((type == rt.list_type || type->new_instance == rt.list_type->new_instance) &&
      !expect_no_keywords(rt, "list", kwnames)) {
    return false;
  }
  nargs -= tuple_size(kwnames);
  if (!expect_positional(rt, "list", nargs, nullptr, 0, 1)) return false;
  List* list = as_list(self);
  list_drop_items(rt, list);
  return nargs == 0 || list_extend(rt, list, args[0]);
}

// list[int]: the class itself (pyvm has no types.GenericAlias), as dict's.
Value list_class_getitem(Runtime&, const Value* args, size_t, Tuple*) { return args[0]; }

const MethodDef kListMethods[] = {
    {"__class_getitem__", list_class_getitem, MethodKind::kClass},
    {"append", list_append},
    {"extend", list_extend_method},
    {"insert", list_insert},
    {"pop", list_pop},
    {"remove", list_remove},
    {"index", list_index},
    {"count", list_count},
    {"sort", list_sort_method},
    {"reverse", list_reverse},
    {"copy", list_copy},
    {"clear", list_clear},
    {"__reversed__", list_reversed},
};

const MethodDef kListIteratorMethods[] = {{"__length_hint__", list_length_hint}};

}  // namespace

void init_list_type(Runtime& rt) {
  Type* type = rt.list_type;
  define_builtin_type(rt, type, "list", rt.object_type, sizeof(List),
                      kTypeHasGc | kTypeBaseType | kTypeListSubclass | kTypeSequence |
                          kTypeMatchSelf | kTypeSequenceConcat,
                      dealloc_object<List>);
  type->traverse = list_traverse;
  type->clear = list_clear_slot;
  type->repr = list_repr;
  type->hash = hash_unhashable;
  type->compare = list_compare;
  type->length = list_length;
  type->getitem = list_getitem;
  type->setitem = list_setitem;
  type->contains = list_contains;
  type->iter = list_iter;
  type->binary[static_cast<int>(BinaryOp::kAdd)] = list_add;
  type->binary[static_cast<int>(BinaryOp::kMultiply)] = list_multiply;
  type->inplace[static_cast<int>(BinaryOp::kAdd)] = list_inplace_add;
  type->inplace[static_cast<int>(BinaryOp::kMultiply)] = list_inplace_multiply;
  type->new_instance = list_new;
  type->init = list_init;
  add_methods(rt, type, kListMethods);

  for (Type* iterator : {rt.list_iterator_type, rt.list_reverse_iterator_type}) {
    const bool reverse = iterator == rt.list_reverse_iterator_type;
    define_builtin_type(rt, iterator, reverse ? "list_reverseiterator" : "list_iterator",
                        rt.object_type, sizeof(ListIterator), kTypeHasGc,
                        dealloc_object<ListIterator>);
    iterator->traverse = list_iterator_traverse;
    iterator->clear = list_iterator_clear;
    iterator->iter = iterator_self;
    iterator->next = reverse ? list_reverse_iterator_next : list_iterator_next;
    add_methods(rt, iterator, kListIteratorMethods);
  }
}

bool has_layout(const Object* object, const List*) {
  return layout_extends(object, object->type->runtime->list_type);
}

bool has_layout(const Object* object, const ListIterator*) {
  return layout_extends(object, object->type->runtime->list_iterator_type) ||
         layout_extends(object, object->type->runtime->list_reverse_iterator_type);
}

}  // namespace pyvm
