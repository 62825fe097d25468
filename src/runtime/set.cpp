// SPDX-License-Identifier: GPL-3.0-or-later
// set and frozenset. The table follows CPython 3.11's setobject.c step by
// step — linear probing in runs of LINEAR_PROBES then perturbed jumps, the
// same resize thresholds, the same merge/intersection/difference strategies —
// because a set's iteration order is visible (print({3, 1, 2})) and programs
// must print what CPython prints.
#include "runtime/set.h"

#include <algorithm>
#include <cstring>
#include <new>
#include <vector>

#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/object_type.h"
#include "runtime/out_of_memory.h"
#include "runtime/probe_compare.h"
#include "runtime/protocols.h"
#include "runtime/sequence.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

bool is_any_set(Runtime& rt, const Value& v) {
  return is_instance(rt, v, rt.set_type) || is_instance(rt, v, rt.frozenset_type);
}
Set* as_set(const Value& v) { return v.as<Set>(); }
bool is_active(const SetEntry& e) { return !e.key.is_null(); }
bool is_dummy(const SetEntry& e) { return e.key.is_null() && e.hash == -1; }

SetEntry* allocate_entries(size_t count) {
  auto* table = static_cast<SetEntry*>(allocate_memory(count * sizeof(SetEntry)));
  for (size_t i = 0; i < count; ++i) ::new (&table[i]) SetEntry();
  return table;
}

void free_entries(SetEntry* table, size_t count) {
  for (size_t i = 0; i < count; ++i) table[i].~SetEntry();
  release_memory(table);
}

// Places a key known to be absent into a table without dummies.
void insert_clean(SetEntry* table, size_t mask, Value key, int64_t hash) {
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    SetEntry* entry = &table[i];
    if (entry->key.is_null()) {
      entry->key = std::move(key);
      entry->hash = hash;
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (size_t j = 0; j < kLinearProbes; ++j) {
        ++entry;
        if (entry->key.is_null()) {
          entry->key = std::move(key);
          entry->hash = hash;
          return;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// Rebuilds the table at the smallest power-of-two size above `minimum_used`.
void table_resize(Set* set, size_t minimum_used) {
  size_t new_size = kSetMinSize;
  while (new_size <= minimum_used) new_size <<= 1;
  SetEntry* old_table = set->table;
  const size_t old_size = set->mask + 1;
  const bool old_is_small = old_table == set->small_table;
  std::vector<SetEntry> small_copy;
  SetEntry* new_table;
  if (new_size == kSetMinSize) {
    new_table = set->small_table;
    if (old_is_small) {
      if (set->fill == set->used) return;  // no dummies to purge
      small_copy.assign(std::make_move_iterator(old_table),
                        std::make_move_iterator(old_table + kSetMinSize));
      old_table = small_copy.data();
    }
    for (SetEntry& e : set->small_table) e = SetEntry();
  } else {
    new_table = allocate_entries(new_size);
  }
  set->table = new_table;
  set->mask = new_size - 1;
  set->fill = set->used;
  for (size_t i = 0; i < old_size; ++i) {
    if (is_active(old_table[i])) {
      insert_clean(new_table, set->mask, std::move(old_table[i].key), old_table[i].hash);
    }
  }
  if (!old_is_small) free_entries(old_table, old_size);
}

// Compares `key` with the key in `entry`, whose hash matched. Exact str keys
// compare without user code; anything else goes through compare_during_probe
// (see probe_compare.h).
ProbeCompare match_entry(Runtime& rt, Set* set, SetEntry* entry, const Value& key,
                         Ref<Object>& owner_alive) {
  if (is_str(entry->key) && is_str(key) && rt.type_of(key) == rt.str_type &&
      rt.type_of(entry->key) == rt.str_type) {
    return {str_equal(as_str(entry->key), as_str(key)), false};
  }
  SetEntry* const table = set->table;
  const size_t mask = set->mask;
  return compare_during_probe(rt, set, owner_alive, entry->key, key, [=](const Value& compared) {
    return set->table == table && set->mask == mask && entry->key.is(compared);
  });
}

// The entry holding `key`, or null when absent; `*error` on a failed compare.
// `owner_alive` keeps the set alive while the caller uses the entry.
SetEntry* lookup(Runtime& rt, Set* set, const Value& key, int64_t hash, bool* error,
                 Ref<Object>& owner_alive) {
restart:  // when a comparison changed the table
  const size_t mask = set->mask;
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    SetEntry* entry = &set->table[i];
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (;;) {
      if (entry->hash == 0 && entry->key.is_null()) return nullptr;
      if (entry->hash == hash && !entry->key.is_null()) {
        if (entry->key.is(key)) return entry;
        const ProbeCompare match = match_entry(rt, set, entry, key, owner_alive);
        if (match.equal < 0) {
          *error = true;
          return nullptr;
        }
        if (match.table_changed) goto restart;
        if (match.equal) return entry;
      }
      if (probes-- == 0) break;
      ++entry;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// set_add_entry: false on a failed comparison. An equal key ends the add even
// when its comparison changed the table (CPython's order of checks).
bool add_entry(Runtime& rt, Set* set, const Value& key, int64_t hash) {
  if (set->small_ints.find(key) == SmallIntIndex::kPresent) return true;
  Ref<Object> owner_alive;
restart:
  const size_t mask = set->mask;
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  SetEntry* free_slot = nullptr;
  SetEntry* unused = nullptr;
  while (unused == nullptr) {
    SetEntry* entry = &set->table[i];
    size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    for (;;) {
      const int64_t entry_hash = entry->hash;
      if (entry_hash == 0 && entry->key.is_null()) {
        unused = entry;
        break;
      }
      // (Past that test a matching hash is a live key's: no hash is -1.)
      if (entry_hash == hash) {
        if (entry->key.is(key)) return true;
        const ProbeCompare match = match_entry(rt, set, entry, key, owner_alive);
        if (match.equal != 0) return match.equal > 0;
        if (match.table_changed) goto restart;
      } else if (entry_hash == -1) {
        free_slot = entry;  // the last dummy on the way, as CPython
      }
      if (probes-- == 0) break;
      ++entry;
    }
    if (unused == nullptr) {
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
  // A comparison after the dummy was seen may have filled it in place.
  if (free_slot != nullptr && !is_dummy(*free_slot)) goto restart;
  ++set->used;
  set->small_ints.note_added(key);
  if (free_slot != nullptr) {
    free_slot->key = key;
    free_slot->hash = hash;
    return true;
  }
  ++set->fill;
  unused->key = key;
  unused->hash = hash;
  if (set->fill * 5 >= mask * 3) {
    table_resize(set, set->used > 50000 ? set->used * 2 : set->used * 4);
  }
  return true;
}

// A removed key leaves the small-int index; an emptied set starts it afresh.
void note_removed(Set* set, const Value& key) {
  set->small_ints.note_removed(key);
  if (set->used == 0) set->small_ints.reset();
}

int discard_entry(Runtime& rt, Set* set, const Value& key, int64_t hash) {
  if (set->small_ints.find(key) == SmallIntIndex::kAbsent) return 0;
  bool error = false;
  Ref<Object> owner_alive;
  SetEntry* entry = lookup(rt, set, key, hash, &error, owner_alive);
  if (error) return -1;
  if (entry == nullptr) return 0;
  Value old = std::move(entry->key);
  entry->key = Value();
  entry->hash = -1;
  --set->used;
  note_removed(set, old);
  return 1;
}

int contains_entry(Runtime& rt, Set* set, const Value& key, int64_t hash) {
  const SmallIntIndex::Answer known = set->small_ints.find(key);
  if (known != SmallIntIndex::kUnknown) return known == SmallIntIndex::kPresent;
  bool error = false;
  Ref<Object> owner_alive;
  SetEntry* entry = lookup(rt, set, key, hash, &error, owner_alive);
  if (error) return -1;
  return entry != nullptr;
}

void clear_table(Set* set) {
  SetEntry* table = set->table;
  const size_t size = set->mask + 1;
  const bool small = table == set->small_table;
  std::vector<Value> dropped;  // released after the set is consistent again
  for (size_t i = 0; i < size; ++i) {
    if (!table[i].key.is_null()) dropped.push_back(std::move(table[i].key));
  }
  if (!small) free_entries(table, size);
  for (SetEntry& e : set->small_table) e = SetEntry();
  set->table = set->small_table;
  set->mask = kSetMinSize - 1;
  set->fill = set->used = 0;
  set->hash = -1;
  set->small_ints.reset();
}

bool merge(Runtime& rt, Set* set, Set* other) {
  if (other == set || other->used == 0) return true;
  if ((set->fill + other->used) * 5 >= set->mask * 3) {
    table_resize(set, (set->used + other->used) * 2);
  }
  if (set->fill == 0 && set->mask == other->mask && other->fill == other->used) {
    // Same size, empty, no dummies: copy slot for slot.
    for (size_t i = 0; i <= other->mask; ++i) {
      if (is_active(other->table[i])) {
        set->table[i].key = other->table[i].key;
        set->table[i].hash = other->table[i].hash;
      }
    }
    set->fill = other->fill;
    set->used = other->used;
    set->small_ints = other->small_ints;
    return true;
  }
  if (set->fill == 0) {
    set->fill = set->used = other->used;
    set->small_ints = other->small_ints;
    for (size_t i = 0; i <= other->mask; ++i) {
      if (is_active(other->table[i])) {
        insert_clean(set->table, set->mask, other->table[i].key, other->table[i].hash);
      }
    }
    return true;
  }
  // Snapshot: comparisons while adding may mutate `other`.
  std::vector<SetEntry> entries;
  for (size_t i = 0; i <= other->mask; ++i) {
    if (is_active(other->table[i])) entries.push_back(other->table[i]);
  }
  for (const SetEntry& e : entries) {
    if (!add_entry(rt, set, e.key, e.hash)) return false;
  }
  return true;
}

bool add_key(Runtime& rt, Set* set, const Value& key) {
  int64_t h;
  if (!hash(rt, key, &h)) return false;
  return add_entry(rt, set, key, h);
}

std::vector<SetEntry> active_entries(const Set* set) {
  std::vector<SetEntry> entries;
  entries.reserve(set->used);
  for (size_t i = 0; i <= set->mask; ++i) {
    if (is_active(set->table[i])) entries.push_back(set->table[i]);
  }
  return entries;
}

bool update_internal(Runtime& rt, Set* set, const Value& other) {
  if (is_any_set(rt, other)) return merge(rt, set, as_set(other));
  if (rt.type_of(other) == rt.dict_type) {
    Dict* dict = as_dict(other);
    if ((set->fill + dict->used) * 5 >= set->mask * 3) {
      table_resize(set, (set->used + dict->used) * 2);
    }
    std::vector<std::pair<Value, int64_t>> keys;
    size_t position = 0;
    DictEntry* entry;
    while (dict_next(dict, &position, &entry)) keys.emplace_back(entry->key, entry->hash);
    for (const auto& [key, h] : keys) {
      if (!add_entry(rt, set, key, h)) return false;
    }
    return true;
  }
  return for_each(rt, other, [&](Value key) { return add_key(rt, set, key); });
}

// The set or frozenset base type of a (sub)class, for results of operations.
Type* base_set_type(Runtime& rt, Type* type) {
  return is_subtype(type, rt.frozenset_type) ? rt.frozenset_type : rt.set_type;
}

Ref<Set> new_set(Runtime& rt, Type* type) {
  Set* set = new_object<Set>(rt.gc, type, type->instance_size - sizeof(Set));
  return Ref<Set>::steal(set);
}

Value copy_as_base(Runtime& rt, Set* set) {
  Ref<Set> result = new_set(rt, base_set_type(rt, set->type));
  if (!merge(rt, result.get(), set)) return Value();
  return result;
}

Value intersection(Runtime& rt, Set* set, const Value& other) {
  if (other.is_object() && other.as_object() == set) return copy_as_base(rt, set);
  Ref<Set> result = new_set(rt, base_set_type(rt, set->type));
  if (is_any_set(rt, other)) {
    Set* larger = set;
    Set* smaller = as_set(other);
    if (smaller->used > larger->used) std::swap(larger, smaller);
    for (const SetEntry& e : active_entries(smaller)) {
      const int found = contains_entry(rt, larger, e.key, e.hash);
      if (found < 0) return Value();
      if (found && !add_entry(rt, result.get(), e.key, e.hash)) return Value();
    }
    return result;
  }
  const bool ok = for_each(rt, other, [&](Value key) {
    int64_t h;
    if (!hash(rt, key, &h)) return false;
    const int found = contains_entry(rt, set, key, h);
    if (found < 0) return false;
    return !found || add_entry(rt, result.get(), key, h);
  });
  return ok ? Value(result) : Value();
}

bool difference_update_internal(Runtime& rt, Set* set, const Value& other) {
  if (other.is_object() && other.as_object() == set) {
    clear_table(set);
    return true;
  }
  if (is_any_set(rt, other)) {
    Value source = other;
    if ((as_set(other)->used >> 3) > set->used) {
      source = intersection(rt, set, other);
      if (source.is_null()) return false;
    }
    for (const SetEntry& e : active_entries(as_set(source))) {
      if (discard_entry(rt, set, e.key, e.hash) < 0) return false;
    }
  } else {
    const bool ok = for_each(rt, other, [&](Value key) {
      int64_t h;
      return hash(rt, key, &h) && discard_entry(rt, set, key, h) >= 0;
    });
    if (!ok) return false;
  }
  if (set->fill - set->used > set->mask / 4) {
    table_resize(set, set->used > 50000 ? set->used * 2 : set->used * 4);
  }
  return true;
}

Value difference(Runtime& rt, Set* set, const Value& other) {
  size_t other_size;
  if (is_any_set(rt, other)) {
    other_size = as_set(other)->used;
  } else if (rt.type_of(other) == rt.dict_type) {
    other_size = as_dict(other)->used;
  } else {
    Value result = copy_as_base(rt, set);
    if (result.is_null() || !difference_update_internal(rt, as_set(result), other)) return Value();
    return result;
  }
  if ((set->used >> 2) > other_size) {
    Value result = copy_as_base(rt, set);
    if (result.is_null() || !difference_update_internal(rt, as_set(result), other)) return Value();
    return result;
  }
  Ref<Set> result = new_set(rt, base_set_type(rt, set->type));
  for (const SetEntry& e : active_entries(set)) {
    int found;
    if (rt.type_of(other) == rt.dict_type) {
      const int64_t index = dict_find(rt, as_dict(other), e.key, e.hash);
      found = index == -2 ? -1 : index >= 0;
    } else {
      found = contains_entry(rt, as_set(other), e.key, e.hash);
    }
    if (found < 0) return Value();
    if (!found && !add_entry(rt, result.get(), e.key, e.hash)) return Value();
  }
  return result;
}

bool symmetric_difference_update(Runtime& rt, Set* set, const Value& other) {
  if (other.is_object() && other.as_object() == set) {
    clear_table(set);
    return true;
  }
  auto toggle = [&](const Value& key, int64_t h) {
    const int removed = discard_entry(rt, set, key, h);
    if (removed < 0) return false;
    return removed == 1 || add_entry(rt, set, key, h);
  };
  if (rt.type_of(other) == rt.dict_type) {
    std::vector<std::pair<Value, int64_t>> keys;
    size_t position = 0;
    DictEntry* entry;
    while (dict_next(as_dict(other), &position, &entry)) keys.emplace_back(entry->key, entry->hash);
    for (const auto& [key, h] : keys) {
      if (!toggle(key, h)) return false;
    }
    return true;
  }
  Value other_set = other;
  if (!is_any_set(rt, other)) {
    other_set = set_from_iterable(rt, base_set_type(rt, set->type), other);
    if (other_set.is_null()) return false;
  }
  for (const SetEntry& e : active_entries(as_set(other_set))) {
    if (!toggle(e.key, e.hash)) return false;
  }
  return true;
}

Value symmetric_difference(Runtime& rt, Set* set, const Value& other) {
  Value result = set_from_iterable(rt, base_set_type(rt, set->type), other);
  if (result.is_null()) return result;
  if (!symmetric_difference_update(rt, as_set(result), Value::from_object(set))) return Value();
  return result;
}

// 1 when every item of `set` is in `other` (a set), -1 on error.
int is_subset(Runtime& rt, Set* set, Set* other) {
  if (set->used > other->used) return 0;
  for (const SetEntry& e : active_entries(set)) {
    const int found = contains_entry(rt, other, e.key, e.hash);
    if (found <= 0) return found;
  }
  return 1;
}

// Exchanges two sets' tables (CPython's set_swap_bodies), so `a &= b` leaves
// exactly the table the intersection built.
void swap_bodies(Set* a, Set* b) {
  const bool a_small = a->table == a->small_table;
  const bool b_small = b->table == b->small_table;
  SetEntry* a_table = a->table;
  SetEntry* b_table = b->table;
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  std::swap(a->mask, b->mask);
  std::swap(a->small_ints, b->small_ints);
  for (size_t i = 0; i < kSetMinSize; ++i) std::swap(a->small_table[i], b->small_table[i]);
  a->table = b_small ? a->small_table : b_table;
  b->table = a_small ? b->small_table : a_table;
  a->hash = b->hash = -1;
}

// ---------------------------------------------------------------------- slots

void set_traverse(Object* self, VisitFn visit, void* context) {
  Set* set = static_cast<Set*>(self);
  for (size_t i = 0; i <= set->mask; ++i) {
    if (set->table[i].key.is_object()) visit(set->table[i].key.as_object(), context);
  }
}

void set_clear_slot(Object* self) { clear_table(static_cast<Set*>(self)); }

Value set_repr(Runtime& rt, const Value& self) {
  Set* set = as_set(self);
  Type* type = rt.type_of(self);
  const bool exact_set = type == rt.set_type;
  if (set->used == 0) return make_str(rt, cat(type->name->view(), "()"));
  ReprGuard guard(rt, set);
  if (!guard.entered()) return make_str(rt, cat(type->name->view(), "(...)"));
  std::string out = exact_set ? "{" : cat(type->name->view(), "({");
  bool first = true;
  for (const SetEntry& e : active_entries(set)) {
    if (!first) out += ", ";
    first = false;
    if (!repr_text(rt, e.key, &out)) return Value();
  }
  out += exact_set ? "}" : "})";
  return make_str(rt, out);
}

uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; }

bool frozenset_hash(Runtime&, const Value& self, int64_t* out) {
  Set* set = as_set(self);
  if (set->hash != -1) {
    *out = set->hash;
    return true;
  }
  uint64_t h = 0;
  for (size_t i = 0; i <= set->mask; ++i) h ^= shuffle_bits(static_cast<uint64_t>(set->table[i].hash));
  if (((set->mask + 1 - set->fill) & 1) != 0) h ^= shuffle_bits(0);
  if (((set->fill - set->used) & 1) != 0) h ^= shuffle_bits(static_cast<uint64_t>(-1));
  h ^= (static_cast<uint64_t>(set->used) + 1) * 1927868237ull;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069u + 907133923ull;
  if (h == static_cast<uint64_t>(-1)) h = 590923713ull;
  set->hash = static_cast<int64_t>(h);
  *out = set->hash;
  return true;
}

Value set_compare(Runtime& rt, const Value& a, const Value& b, CompareOp op) {
  if (!is_any_set(rt, b)) return rt.not_implemented();
  Set* x = as_set(a);
  Set* y = as_set(b);
  int result = 0;
  switch (op) {
    case CompareOp::kEqual:
    case CompareOp::kNotEqual:
      result = x->used == y->used ? is_subset(rt, x, y) : 0;
      if (result < 0) return Value();
      return Value::boolean(op == CompareOp::kEqual ? result : !result);
    case CompareOp::kLessEqual: result = is_subset(rt, x, y); break;
    case CompareOp::kGreaterEqual: result = is_subset(rt, y, x); break;
    case CompareOp::kLess: result = x->used < y->used ? is_subset(rt, x, y) : 0; break;
    case CompareOp::kGreater: result = y->used < x->used ? is_subset(rt, y, x) : 0; break;
  }
  if (result < 0) return Value();
  return Value::boolean(result);
}

int64_t set_length(Runtime&, const Value& self) { return static_cast<int64_t>(as_set(self)->used); }


Value set_or(Runtime& rt, const Value& a, const Value& b) {
  if (!is_any_set(rt, a) || !is_any_set(rt, b)) return rt.not_implemented();
  Value result = copy_as_base(rt, as_set(a));
  if (result.is_null() || a.is(b)) return result;
  if (!update_internal(rt, as_set(result), b)) return Value();
  return result;
}

Value set_and(Runtime& rt, const Value& a, const Value& b) {
  if (!is_any_set(rt, a) || !is_any_set(rt, b)) return rt.not_implemented();
  return intersection(rt, as_set(a), b);
}

Value set_subtract(Runtime& rt, const Value& a, const Value& b) {
  if (!is_any_set(rt, a) || !is_any_set(rt, b)) return rt.not_implemented();
  return difference(rt, as_set(a), b);
}

Value set_xor(Runtime& rt, const Value& a, const Value& b) {
  if (!is_any_set(rt, a) || !is_any_set(rt, b)) return rt.not_implemented();
  return symmetric_difference(rt, as_set(a), b);
}

Value set_inplace_or(Runtime& rt, const Value& a, const Value& b) {
  if (!is_any_set(rt, b)) return rt.not_implemented();
  if (!update_internal(rt, as_set(a), b)) return Value();
  return a;
}

Value set_inplace_and(Runtime& rt, const Value& a, const Value& b) {
  if (!is_any_set(rt, b)) return rt.not_implemented();
  Value result = intersection(rt, as_set(a), b);
  if (result.is_null()) return result;
  swap_bodies(as_set(a), as_set(result));
  return a;
}

Value set_inplace_subtract(Runtime& rt, const Value& a, const Value& b) {
  if (!is_any_set(rt, b)) return rt.not_implemented();
  if (!difference_update_internal(rt, as_set(a), b)) return Value();
  return a;
}

Value set_inplace_xor(Runtime& rt, const Value& a, const Value& b) {
  if (!is_any_set(rt, b)) return rt.not_implemented();
  if (!symmetric_difference_update(rt, as_set(a), b)) return Value();
  return a;
}

// ---- iteration

struct SetIterator : Object {
  Value set;
  size_t position = 0;
  size_t initial_size = 0;
  size_t remaining = 0;  // for __length_hint__
};

[[maybe_unused]] bool has_layout(const Object* object, const SetIterator*) {
  return layout_extends(object, object->type->runtime->set_iterator_type);
}

void set_iterator_traverse(Object* self, VisitFn visit, void* context) {
  auto* it = static_cast<SetIterator*>(self);
  if (it->set.is_object()) visit(it->set.as_object(), context);
}
void set_iterator_clear(Object* self) { Value dropped = std::move(static_cast<SetIterator*>(self)->set); }

Value set_iter(Runtime& rt, const Value& self) {
  auto* it = new_object<SetIterator>(rt.gc, rt.set_iterator_type, 0);
  it->set = self;
  it->initial_size = it->remaining = as_set(self)->used;
  return Value::steal(it);
}

Value set_iterator_next(Runtime& rt, const Value& self) {
  auto* it = self.as<SetIterator>();
  if (it->set.is_null()) return Value();
  Set* set = as_set(it->set);
  if (set->used != it->initial_size) {
    it->initial_size = static_cast<size_t>(-1);
    return rt.raise(Exc::kRuntimeError, "Set changed size during iteration");
  }
  SetEntry* entry;
  if (!set_next(set, &it->position, &entry)) {
    it->set = Value();
    return Value();
  }
  if (it->remaining > 0) --it->remaining;
  return entry->key;
}

Value iterator_self(Runtime&, const Value& self) { return self; }

Value set_iterator_length_hint(Runtime&, const Value* args, size_t, Tuple*) {
  auto* it = args[0].as<SetIterator>();
  if (it->set.is_null() || as_set(it->set)->used != it->initial_size) return Value::small_int(0);
  return Value::small_int(static_cast<int64_t>(it->remaining));
}

// ---- construction

Value set_new(Runtime& rt, Type* type, const Value*, size_t, Tuple*) { return new_set(rt, type); }

bool set_init(Runtime& rt, const Value& self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, "set", kwnames)) return false;
  // CPython names the instance's type in this message.
  if (!expect_positional(rt, type_name(rt, self), nargs, nullptr, 0, 1)) return false;
  clear_table(as_set(self));
  return nargs == 0 || update_internal(rt, as_set(self), args[0]);
}

// frozenset(iterable=()). Keywords are refused unless a subclass defines
// its own __init__, which then gets them (CPython's frozenset_new).
Value frozenset_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  if ((type == rt.frozenset_type || type->init == rt.frozenset_type->init) &&
      !expect_no_keywords(rt, "frozenset", kwnames)) {
    return Value();
  }
  nargs -= tuple_size(kwnames);
  if (!expect_positional(rt, type->name->view(), nargs, nullptr, 0, 1)) return Value();
  if (nargs == 0) return new_set(rt, type);
  if (type == rt.frozenset_type && rt.type_of(args[0]) == rt.frozenset_type) return args[0];
  return set_from_iterable(rt, type, args[0]);
}

// ------------------------------------------------------------------- methods

Set* self_set(const Value* args) { return as_set(args[0]); }

Value set_add_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "set.add", nargs - 1, kwnames)) return Value();
  if (!set_add(rt, self_set(args), args[1])) return Value();
  return Value::none();
}

Value set_remove_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "set.remove", nargs - 1, kwnames)) return Value();
  const int removed = set_discard(rt, self_set(args), args[1]);
  if (removed < 0) return Value();
  if (removed == 0) return rt.raise_with_arg(Exc::kKeyError, args[1]);
  return Value::none();
}

Value set_discard_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "set.discard", nargs - 1, kwnames)) return Value();
  if (set_discard(rt, self_set(args), args[1]) < 0) return Value();
  return Value::none();
}

Value set_pop_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "set.pop", nargs - 1, kwnames)) return Value();
  Set* set = self_set(args);
  if (set->used == 0) return rt.raise(Exc::kKeyError, "pop from an empty set");
  size_t i = set->finger & set->mask;
  while (!is_active(set->table[i])) i = i == set->mask ? 0 : i + 1;
  Value key = std::move(set->table[i].key);
  set->table[i].key = Value();
  set->table[i].hash = -1;
  --set->used;
  note_removed(set, key);
  set->finger = i + 1;
  return key;
}

Value set_clear_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "set.clear", nargs - 1, kwnames)) return Value();
  clear_table(self_set(args));
  return Value::none();
}

Value set_copy_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  Type* type = rt.type_of(args[0]);
  if (!expect_no_arguments(rt, cat(type->name->view(), ".copy"), nargs - 1, kwnames)) return Value();
  if (type == rt.frozenset_type) return args[0];
  return copy_as_base(rt, self_set(args));
}

Value set_update_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, "set.update", kwnames)) return Value();
  for (size_t i = 1; i < nargs; ++i) {
    if (!update_internal(rt, self_set(args), args[i])) return Value();
  }
  return Value::none();
}

Value set_union_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, cat(type_name(rt, args[0]), ".union"), kwnames)) return Value();
  Value result = copy_as_base(rt, self_set(args));
  for (size_t i = 1; i < nargs && !result.is_null(); ++i) {
    if (!update_internal(rt, as_set(result), args[i])) return Value();
  }
  return result;
}

Value set_intersection_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, cat(type_name(rt, args[0]), ".intersection"), kwnames)) return Value();
  if (nargs == 1) return copy_as_base(rt, self_set(args));
  Value result = args[0];
  for (size_t i = 1; i < nargs; ++i) {
    result = intersection(rt, as_set(result), args[i]);
    if (result.is_null()) return result;
  }
  return result;
}

Value set_intersection_update_method(Runtime& rt, const Value* args, size_t nargs,
                                     Tuple* kwnames) {
  Value result = set_intersection_method(rt, args, nargs, kwnames);
  if (result.is_null()) return result;
  if (result.as_object() != args[0].as_object()) swap_bodies(self_set(args), as_set(result));
  return Value::none();
}

Value set_difference_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, cat(type_name(rt, args[0]), ".difference"), kwnames)) return Value();
  if (nargs == 1) return copy_as_base(rt, self_set(args));
  Value result = difference(rt, self_set(args), args[1]);
  for (size_t i = 2; i < nargs && !result.is_null(); ++i) {
    if (!difference_update_internal(rt, as_set(result), args[i])) return Value();
  }
  return result;
}

Value set_difference_update_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, "set.difference_update", kwnames)) return Value();
  for (size_t i = 1; i < nargs; ++i) {
    if (!difference_update_internal(rt, self_set(args), args[i])) return Value();
  }
  return Value::none();
}

Value set_symmetric_difference_method(Runtime& rt, const Value* args, size_t nargs,
                                      Tuple* kwnames) {
  if (!expect_exactly_one(rt, cat(type_name(rt, args[0]), ".symmetric_difference"), nargs - 1,
                          kwnames)) {
    return Value();
  }
  return symmetric_difference(rt, self_set(args), args[1]);
}

Value set_symmetric_difference_update_method(Runtime& rt, const Value* args, size_t nargs,
                                             Tuple* kwnames) {
  if (!expect_exactly_one(rt, "set.symmetric_difference_update", nargs - 1, kwnames)) return Value();
  if (!symmetric_difference_update(rt, self_set(args), args[1])) return Value();
  return Value::none();
}

// `other` as a set for the subset tests (any iterable is accepted).
Value as_set_argument(Runtime& rt, const Value& other) {
  if (is_any_set(rt, other)) return other;
  return set_from_iterable(rt, rt.set_type, other);
}

Value set_issubset_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, cat(type_name(rt, args[0]), ".issubset"), nargs - 1, kwnames)) return Value();
  Value other = as_set_argument(rt, args[1]);
  if (other.is_null()) return other;
  const int result = is_subset(rt, self_set(args), as_set(other));
  return result < 0 ? Value() : Value::boolean(result);
}

Value set_issuperset_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, cat(type_name(rt, args[0]), ".issuperset"), nargs - 1, kwnames)) {
    return Value();
  }
  int result = 1;
  const bool ok = for_each(rt, args[1], [&](Value item) {
    result = set_contains(rt, self_set(args), item);
    return result == 1;
  });
  if (result < 0 || (!ok && result != 0)) return Value();
  return Value::boolean(result == 1);
}

Value set_isdisjoint_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, cat(type_name(rt, args[0]), ".isdisjoint"), nargs - 1, kwnames)) {
    return Value();
  }
  int found = 0;
  const bool ok = for_each(rt, args[1], [&](Value item) {
    found = set_contains(rt, self_set(args), item);
    return found == 0;
  });
  if (found < 0 || (!ok && found == 0)) return Value();
  return Value::boolean(found == 0);
}

Value set_contains_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, cat(type_name(rt, args[0]), ".__contains__"), nargs - 1, kwnames)) {
    return Value();
  }
  const int found = set_contains_slot(rt, args[0], args[1]);
  return found < 0 ? Value() : Value::boolean(found);
}

const MethodDef kSetMethods[] = {
    {"add", set_add_method},
    {"remove", set_remove_method},
    {"discard", set_discard_method},
    {"pop", set_pop_method},
    {"clear", set_clear_method},
    {"copy", set_copy_method},
    {"update", set_update_method},
    {"union", set_union_method},
    {"intersection", set_intersection_method},
    {"intersection_update", set_intersection_update_method},
    {"difference", set_difference_method},
    {"difference_update", set_difference_update_method},
    {"symmetric_difference", set_symmetric_difference_method},
    {"symmetric_difference_update", set_symmetric_difference_update_method},
    {"issubset", set_issubset_method},
    {"issuperset", set_issuperset_method},
    {"isdisjoint", set_isdisjoint_method},
    {"__contains__", set_contains_method},
};

const MethodDef kFrozensetMethods[] = {
    {"copy", set_copy_method},
    {"union", set_union_method},
    {"intersection", set_intersection_method},
    {"difference", set_difference_method},
    {"symmetric_difference", set_symmetric_difference_method},
    {"issubset", set_issubset_method},
    {"issuperset", set_issuperset_method},
    {"isdisjoint", set_isdisjoint_method},
    {"__contains__", set_contains_method},
};

const MethodDef kSetIteratorMethods[] = {{"__length_hint__", set_iterator_length_hint}};

void set_common_slots(Type* type) {
  type->traverse = set_traverse;
  type->clear = set_clear_slot;
  type->repr = set_repr;
  type->compare = set_compare;
  type->length = set_length;
  type->contains = set_contains_slot;
  type->iter = set_iter;
  type->binary[static_cast<int>(BinaryOp::kOr)] = set_or;
  type->binary[static_cast<int>(BinaryOp::kAnd)] = set_and;
  type->binary[static_cast<int>(BinaryOp::kSubtract)] = set_subtract;
  type->binary[static_cast<int>(BinaryOp::kXor)] = set_xor;
}

}  // namespace

int set_contains_slot(Runtime& rt, const Value& self, const Value& key) {
  const int found = set_contains(rt, as_set(self), key);
  if (found < 0 && rt.error_matches(Exc::kTypeError) && is_instance(rt, key, rt.set_type)) {
    // `{1} in s` looks for frozenset({1}).
    rt.clear_error();
    Value frozen = set_from_iterable(rt, rt.frozenset_type, key);
    if (frozen.is_null()) return -1;
    return set_contains(rt, as_set(self), frozen);
  }
  return found;
}

Set::~Set() {
  if (table != small_table) free_entries(table, mask + 1);
}

Ref<Set> make_set(Runtime& rt, Type* type) { return new_set(rt, type); }

Value set_from_iterable(Runtime& rt, Type* type, const Value& iterable) {
  Ref<Set> set = new_set(rt, type);
  if (!update_internal(rt, set.get(), iterable)) return Value();
  return set;
}

bool set_add(Runtime& rt, Set* set, const Value& key) { return add_key(rt, set, key); }

int set_contains(Runtime& rt, Set* set, const Value& key) {
  int64_t h;
  if (!hash(rt, key, &h)) return -1;
  return contains_entry(rt, set, key, h);
}

int set_discard(Runtime& rt, Set* set, const Value& key) {
  int64_t h;
  if (!hash(rt, key, &h)) return -1;
  return discard_entry(rt, set, key, h);
}

bool set_update(Runtime& rt, Set* set, const Value& iterable) {
  return update_internal(rt, set, iterable);
}

bool set_next(const Set* set, size_t* position, SetEntry** entry) {
  while (*position <= set->mask) {
    SetEntry* candidate = &set->table[(*position)++];
    if (is_active(*candidate)) {
      *entry = candidate;
      return true;
    }
  }
  return false;
}

void init_set_types(Runtime& rt) {
  Type* set = rt.set_type;
  // Weakly referenceable in CPython: their subclasses get no __weakref__.
  define_builtin_type(rt, set, "set", rt.object_type, sizeof(Set),
                      kTypeHasGc | kTypeBaseType | kTypeMatchSelf | kTypeWeakReferenceable,
                      dealloc_object<Set>);
  set_common_slots(set);
  set->hash = hash_unhashable;
  set->inplace[static_cast<int>(BinaryOp::kOr)] = set_inplace_or;
  set->inplace[static_cast<int>(BinaryOp::kAnd)] = set_inplace_and;
  set->inplace[static_cast<int>(BinaryOp::kSubtract)] = set_inplace_subtract;
  set->inplace[static_cast<int>(BinaryOp::kXor)] = set_inplace_xor;
  set->new_instance = set_new;
  set->init = set_init;
  add_methods(rt, set, kSetMethods);

  Type* frozenset = rt.frozenset_type;
  define_builtin_type(rt, frozenset, "frozenset", rt.object_type, sizeof(Set),
                      kTypeHasGc | kTypeBaseType | kTypeMatchSelf | kTypeWeakReferenceable,
                      dealloc_object<Set>);
  set_common_slots(frozenset);
  frozenset->hash = frozenset_hash;
  frozenset->new_instance = frozenset_new;
  add_methods(rt, frozenset, kFrozensetMethods);

  Type* iterator = rt.set_iterator_type;
  define_builtin_type(rt, iterator, "set_iterator", rt.object_type, sizeof(SetIterator),
                      kTypeHasGc, dealloc_object<SetIterator>);
  iterator->traverse = set_iterator_traverse;
  iterator->clear = set_iterator_clear;
  iterator->iter = iterator_self;
  iterator->next = set_iterator_next;
  add_methods(rt, iterator, kSetIteratorMethods);
}

size_t set_table_size(const Set* set) { return set->mask + 1; }

bool set_restore_layout(Runtime& rt, Set* set, size_t table_size, const std::vector<SetSlot>& entries) {
  const size_t count = entries.size();
  const bool sane_size = table_size >= kSetMinSize && (table_size & (table_size - 1)) == 0 &&
                         table_size <= std::max<size_t>(kSetMinSize, 8 * count) &&
                         count * 5 < (table_size - 1) * 3;  // as after any add: room left to probe
  if (set->used != 0 || !sane_size) return false;
  if (table_size > kSetMinSize) {
    set->table = allocate_entries(table_size);
    set->mask = table_size - 1;
  }
  bool ok = true;
  for (const SetSlot& slot : entries) {
    int64_t hash;
    if (slot.position >= table_size || !set->table[slot.position].key.is_null() || !pyvm::hash(rt, slot.key, &hash)) {
      ok = false;
      break;
    }
    set->table[slot.position] = SetEntry{hash, slot.key};
    set->small_ints.note_added(slot.key);
    ++set->used;
    ++set->fill;
  }
  for (size_t k = 0; ok && k < count; ++k) {
    const SetEntry& placed = set->table[entries[k].position];
    bool error = false;
    Ref<Object> owner_alive;
    ok = lookup(rt, set, placed.key, placed.hash, &error, owner_alive) == &placed && !error;
  }
  if (!ok) {
    rt.clear_error();
    clear_table(set);
  }
  return ok;
}

bool has_layout(const Object* object, const Set*) {
  return layout_extends(object, object->type->runtime->set_type) ||
         layout_extends(object, object->type->runtime->frozenset_type);
}

}  // namespace pyvm
