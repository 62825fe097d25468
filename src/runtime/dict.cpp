// SPDX-License-Identifier: GPL-3.0-or-later
// dict: the compact ordered hash table (see dict.h), its slots and methods.
// The views (keys/values/items) and the dict iterators are in dict_views.cpp.
#include "runtime/dict.h"

#include <cstdlib>
#include <cstring>
#include <functional>
#include <new>

#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict_views.h"
#include "runtime/list.h"
#include "runtime/object_type.h"
#include "runtime/out_of_memory.h"
#include "runtime/probe_compare.h"
#include "runtime/protocols.h"
#include "runtime/runtime.h"
#include "runtime/sequence.h"
#include "runtime/slots.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

constexpr int32_t kEmptyIndex = -1;
constexpr int32_t kDeletedIndex = -2;
constexpr size_t kMinimumIndexSize = 8;
constexpr int kPerturbShift = 5;

size_t usable_size(size_t index_size) { return index_size * 2 / 3; }

// The smallest index table size (a power of two) of at least `slots`.
size_t index_size_for(size_t slots) {
  size_t index_size = kMinimumIndexSize;
  while (index_size < slots) index_size <<= 1;
  return index_size;
}

// The bytes of the block holding an index table of `index_size` slots and
// its usable number of entries.
size_t table_bytes(size_t index_size) { return index_size * sizeof(int32_t) + usable_size(index_size) * sizeof(DictEntry); }

// Allocates an index table of `index_size` slots and room for its usable
// number of entries, in one block (small ones from the runtime's pool).
void allocate_table(Runtime& rt, Dict* dict, size_t index_size) {
  const size_t capacity = usable_size(index_size);
  void* block = rt.gc.allocate_sized(table_bytes(index_size));
  dict->indices = static_cast<int32_t*>(block);
  std::memset(dict->indices, 0xff, index_size * sizeof(int32_t));  // kEmptyIndex
  dict->entries = reinterpret_cast<DictEntry*>(dict->indices + index_size);
  dict->index_mask = index_size - 1;
  dict->entry_capacity = capacity;
  dict->entry_count = 0;
  dict->filled_slots = 0;
}

void free_table(Dict* dict) {
  for (size_t i = 0; i < dict->entry_count; ++i) dict->entries[i].~DictEntry();
  if (dict->indices != nullptr) Gc::free_sized(dict->indices, table_bytes(dict->index_mask + 1));
  dict->indices = nullptr;
  dict->entries = nullptr;
  dict->entry_count = dict->entry_capacity = dict->filled_slots = 0;
  dict->index_mask = 0;
}

// The index slot where an entry with this hash may be put (an empty one).
size_t free_index_slot(const Dict* dict, int64_t hash) {
  size_t mask = dict->index_mask;
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  while (dict->indices[i] >= 0 || dict->indices[i] == kDeletedIndex) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// Rebuilds the table at `index_size` slots, dropping deleted entries (entry
// positions change: new version).
void resize(Runtime& rt, Dict* dict, size_t index_size) {
  int32_t* old_indices = dict->indices;
  DictEntry* old_entries = dict->entries;
  const size_t old_count = dict->entry_count;
  const size_t old_bytes = old_indices != nullptr ? table_bytes(dict->index_mask + 1) : 0;
  allocate_table(rt, dict, index_size);
  size_t n = 0;
  for (size_t i = 0; i < old_count; ++i) {
    DictEntry& old = old_entries[i];
    if (!old.key.is_null()) {
      ::new (&dict->entries[n]) DictEntry{old.hash, std::move(old.key), std::move(old.value)};
      dict->indices[free_index_slot(dict, old.hash)] = static_cast<int32_t>(n);
      ++n;
    }
    old.~DictEntry();
  }
  dict->entry_count = dict->filled_slots = n;
  if (old_indices != nullptr) Gc::free_sized(old_indices, old_bytes);
  dict->version = rt.next_dict_version();
}

bool same_str_key(const Value& entry_key, Str* key) {
  return entry_key.is_object() && is_str(entry_key) && str_equal(as_str(entry_key), key);
}

// Result of a probe: where the key's index lives, and its entry (or -1).
struct Probe {
  size_t slot;
  int64_t entry;  // -1: absent; -2: error
  // Set once a comparison ran user code: the caller's use of the result
  // must not outlive the dict (see probe_compare.h).
  Ref<Object> owner_alive;
};

// Compares `key` with the key of entry `index`, whose hash matched. Exact
// str keys compare without user code; anything else goes through
// compare_during_probe (see probe_compare.h).
ProbeCompare match_entry(Runtime& rt, Dict* dict, int32_t index, const Value& key,
                         Ref<Object>& owner_alive) {
  DictEntry* const entries = dict->entries;
  const Value& stored = entries[index].key;
  if (is_str(key) && is_str(stored) && rt.type_of(key) == rt.str_type &&
      rt.type_of(stored) == rt.str_type) {
    return {str_equal(as_str(stored), as_str(key)), false};
  }
  const size_t mask = dict->index_mask;
  return compare_during_probe(rt, dict, owner_alive, stored, key, [=](const Value& compared) {
    return dict->entries == entries && dict->index_mask == mask &&
           static_cast<size_t>(index) < dict->entry_count && entries[index].key.is(compared);
  });
}

Probe probe(Runtime& rt, Dict* dict, const Value& key, int64_t hash) {
  Probe result{0, -1, nullptr};
  for (;;) {  // restarts when a comparison changed the table
    if (dict->indices == nullptr) return result;  // emptied by a comparison
    const size_t mask = dict->index_mask;
    size_t perturb = static_cast<size_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    for (;;) {
      result.slot = i;
      const int32_t index = dict->indices[i];
      if (index == kEmptyIndex) return result;
      if (index >= 0) {
        const DictEntry& entry = dict->entries[index];
        if (entry.key.is(key)) {
          result.entry = index;
          return result;
        }
        if (entry.hash == hash) {
          const ProbeCompare match = match_entry(rt, dict, index, key, result.owner_alive);
          if (match.equal < 0) {
            result.entry = -2;
            return result;
          }
          if (match.table_changed) break;
          if (match.equal) {
            result.entry = index;
            return result;
          }
        }
      }
      perturb >>= kPerturbShift;
      i = (i * 5 + perturb + 1) & mask;
    }
  }
}

// The shape a dict takes when `key` is appended (dict_shape.h).
uint32_t shape_after_append(Runtime& rt, const Dict* dict, const Value& key) {
  if (!key.is_object() || key.as_object()->type != rt.str_type || !as_str(key)->interned) return kNoShape;
  return rt.shapes.after(dict->shape, as_str(key), dict->used);
}

// Adds an entry for a key known to be absent.
PYVM_ALWAYS_INLINE void append_entry(Runtime& rt, Dict* dict, const Value& key, int64_t hash,
                                     const Value& value) {
  if (dict->shape != kNoShape) [[unlikely]] dict->shape = shape_after_append(rt, dict, key);
  // Deleted markers count: a table full of them would leave no empty slot.
  // The new size follows CPython's rule (three slots per live entry), so a
  // key's __eq__ that inserts sees the table rebuilt when CPython's would be.
  if (dict->filled_slots >= dict->entry_capacity) resize(rt, dict, index_size_for(dict->used * 3));
  const size_t n = dict->entry_count++;
  ++dict->filled_slots;
  ::new (&dict->entries[n]) DictEntry{hash, key, value};
  dict->indices[free_index_slot(dict, hash)] = static_cast<int32_t>(n);
  ++dict->used;
  dict->version = rt.next_dict_version();
}

bool insert(Runtime& rt, Dict* dict, const Value& key, int64_t hash, const Value& value) {
  const Probe found = probe(rt, dict, key, hash);
  if (found.entry == -2) return false;
  if (found.entry >= 0) {
    Value old = std::move(dict->entries[found.entry].value);
    dict->entries[found.entry].value = value;
    return true;
  }
  append_entry(rt, dict, key, hash, value);
  return true;
}

// Removes the entry a probe found and returns its value.
PYVM_ALWAYS_INLINE Value take_entry(Runtime& rt, Dict* dict, const Probe& found) {
  DictEntry& entry = dict->entries[found.entry];
  Value old_key = std::move(entry.key);
  Value value = std::move(entry.value);
  entry.key = Value();
  dict->indices[found.slot] = kDeletedIndex;
  --dict->used;
  dict->version = rt.next_dict_version();
  dict->shape = kNoShape;  // later keys would not be where the shape says
  return value;
}

}  // namespace

Dict::~Dict() { free_table(this); }

Ref<Dict> make_dict(Runtime& rt, size_t expected_size) {
  // Owned before the table is allocated: past a memory ceiling that throws.
  Ref<Dict> dict = Ref<Dict>::steal(new_object<Dict>(rt.gc, rt.dict_type, 0));
  dict->version = rt.next_dict_version();
  if (expected_size > usable_size(kMinimumIndexSize)) {
    size_t index_size = kMinimumIndexSize;
    while (usable_size(index_size) < expected_size) index_size <<= 1;
    allocate_table(rt, dict.get(), index_size);
  }
  return dict;
}

Ref<Dict> make_instance_dict(Runtime& rt) {
  Ref<Dict> dict = make_dict(rt);
  dict->shape = kEmptyShape;
  return dict;
}

int64_t dict_find(Runtime& rt, Dict* dict, const Value& key, int64_t hash) {
  if (dict->used == 0) return -1;
  return probe(rt, dict, key, hash).entry;
}

int64_t dict_find_str(Dict* dict, Str* key) {
  if (dict->used == 0) return -1;
  const int64_t hash = str_hash(key);
  const size_t mask = dict->index_mask;
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    const int32_t index = dict->indices[i];
    if (index == kEmptyIndex) return -1;
    if (index >= 0) {
      const DictEntry& entry = dict->entries[index];
      if (entry.key.is_object() && entry.key.as_object() == key) return index;
      if (entry.hash == hash && same_str_key(entry.key, key)) return index;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

Value dict_get(Runtime& rt, Dict* dict, const Value& key) {
  int64_t hash_value;
  if (!hash(rt, key, &hash_value)) return Value();
  if (dict->used == 0) return Value();
  const Probe found = probe(rt, dict, key, hash_value);
  return found.entry >= 0 ? dict->entries[found.entry].value : Value();
}

Value dict_get_str(Dict* dict, Str* key) {
  const int64_t index = dict_find_str(dict, key);
  return index >= 0 ? dict->entries[index].value : Value();
}

bool dict_set(Runtime& rt, Dict* dict, const Value& key, const Value& value) {
  int64_t hash_value;
  if (!hash(rt, key, &hash_value)) return false;
  return insert(rt, dict, key, hash_value, value);
}

void dict_set_str(Runtime& rt, Dict* dict, Str* key, const Value& value) {
  const int64_t index = dict_find_str(dict, key);
  if (index >= 0) {
    Value old = std::move(dict->entries[index].value);
    dict->entries[index].value = value;
    return;
  }
  // Absent as far as str keys go: like dict_find_str, no user __eq__ runs.
  append_entry(rt, dict, Value::from_object(key), str_hash(key), value);
}

void dict_append_str_to_shape(Runtime& rt, Dict* dict, Str* key, const Value& value, uint32_t shape_after) {
  const uint32_t shape = dict->shape;
  dict->shape = kNoShape;  // (append_entry need not look the transition up)
  append_entry(rt, dict, Value::from_object(key), str_hash(key), value);
  dict->shape = shape == kNoShape ? kNoShape : shape_after;
}

int dict_delete(Runtime& rt, Dict* dict, const Value& key) {
  int64_t hash_value;
  if (!hash(rt, key, &hash_value)) return -1;
  if (dict->used == 0) return 0;
  const Probe found = probe(rt, dict, key, hash_value);
  if (found.entry < 0) return found.entry == -1 ? 0 : -1;
  take_entry(rt, dict, found);
  return 1;
}

int dict_contains(Runtime& rt, Dict* dict, const Value& key) {
  int64_t hash_value;
  if (!hash(rt, key, &hash_value)) return -1;
  const int64_t index = dict_find(rt, dict, key, hash_value);
  return index == -2 ? -1 : index >= 0;
}

namespace {

// Empties a dict. The table is detached before its values are released,
// because their destructors may run code that looks at this dict.
void detach_and_free_table(Dict* dict) {
  Dict detached;
  detached.indices = dict->indices;
  detached.entries = dict->entries;
  detached.entry_count = dict->entry_count;
  detached.index_mask = dict->index_mask;
  dict->indices = nullptr;
  dict->entries = nullptr;
  dict->entry_count = dict->entry_capacity = dict->index_mask = dict->filled_slots = 0;
  dict->used = 0;
  free_table(&detached);
}

}  // namespace

void dict_clear(Runtime& rt, Dict* dict) {
  detach_and_free_table(dict);
  dict->version = rt.next_dict_version();
  dict->shape = kNoShape;
}

bool dict_next(const Dict* dict, size_t* position, DictEntry** entry) {
  while (*position < dict->entry_count) {
    DictEntry* candidate = &dict->entries[(*position)++];
    if (!candidate->key.is_null()) {
      *entry = candidate;
      return true;
    }
  }
  return false;
}

Ref<Dict> dict_copy(Runtime& rt, Dict* source) {
  Ref<Dict> copy = make_dict(rt, source->used);
  size_t position = 0;
  DictEntry* entry;
  while (dict_next(source, &position, &entry)) {
    append_entry(rt, copy.get(), entry->key, entry->hash, entry->value);  // keys are distinct
  }
  return copy;
}

namespace {

// The live entry at or after `*position`, copied: the copy stays valid while
// user code (a key's __eq__, a value's __repr__) changes the dict, and the
// walk goes on over whatever the dict holds then, as CPython's PyDict_Next.
bool next_entry_copy(const Dict* dict, size_t* position, DictEntry* out) {
  DictEntry* entry;
  if (!dict_next(dict, position, &entry)) return false;
  *out = *entry;
  return true;
}

// Fills an empty dict with the entries of a dict without deleted entries,
// at the same table size and so in the same layout, comparing no keys (they
// are distinct): CPython's clone of the keys in dict_merge.
void clone_table(Runtime& rt, Dict* dict, const Dict* source) {
  resize(rt, dict, source->index_mask + 1);
  for (size_t i = 0; i < source->entry_count; ++i) {
    const DictEntry& entry = source->entries[i];
    append_entry(rt, dict, entry.key, entry.hash, entry.value);
  }
}

bool update_from_pairs(Runtime& rt, Dict* dict, const Value& iterable) {
  int64_t element_number = 0;
  return for_each(rt, iterable, [&](Value pair) {
    Value items = tuple_from_iterable(rt, pair);
    if (items.is_null()) {
      if (rt.error_matches(Exc::kTypeError)) {
        rt.clear_error();
        rt.raise(Exc::kTypeError, cat("cannot convert dictionary update sequence element #",
                                      element_number, " to a sequence"));
      }
      return false;
    }
    Tuple* tuple = as_tuple(items);
    if (tuple->size != 2) {
      rt.raise(Exc::kValueError, cat("dictionary update sequence element #", element_number,
                                     " has length ", tuple->size, "; 2 is required"));
      return false;
    }
    ++element_number;
    return dict_set(rt, dict, (*tuple)[0], (*tuple)[1]);
  });
}

// Copies a mapping (anything with keys() and [] ) into `dict`.
bool update_from_mapping(Runtime& rt, Dict* dict, const Value& mapping,
                         const std::function<bool(const Value&)>& check_key) {
  if (is_dict(mapping) && rt.type_of(mapping)->iter == rt.dict_type->iter) {
    Dict* source = as_dict(mapping);
    if (source == dict || source->used == 0) return true;  // nothing changes
    const size_t source_size = source->index_mask + 1;
    if (!check_key && dict->used == 0 && source->used == source->entry_count &&
        (source_size == kMinimumIndexSize || usable_size(source_size / 2) < source->used)) {
      clone_table(rt, dict, source);
      return true;
    }
    // One resize up front, at CPython's size, rather than several on the way.
    if (dict->entry_capacity < source->used) {
      resize(rt, dict, index_size_for(((dict->used + source->used) * 3 + 1) / 2));
    }
    // A comparison that adds to or rebuilds the source ends the update (CPython).
    const size_t source_entries = source->entry_count;
    size_t position = 0;
    DictEntry entry;
    while (next_entry_copy(source, &position, &entry)) {
      if (check_key && !check_key(entry.key)) return false;
      if (!insert(rt, dict, entry.key, entry.hash, entry.value)) return false;
      if (source->entry_count != source_entries) {
        rt.raise(Exc::kRuntimeError, "dict mutated during update");
        return false;
      }
    }
    return true;
  }
  Value keys = call_method(rt, mapping, rt.names.keys, nullptr, 0);
  if (keys.is_null()) return false;
  return for_each(rt, keys, [&](Value key) {
    if (check_key && !check_key(key)) return false;
    Value value = get_item(rt, mapping, key);
    return !value.is_null() && dict_set(rt, dict, key, value);
  });
}

bool has_keys_method(Runtime& rt, const Value& value) {
  if (is_dict(value)) return true;
  return lookup_in_mro(rt.type_of(value), rt.names.keys) != nullptr;
}

}  // namespace

bool dict_update(Runtime& rt, Dict* dict, const Value& other) {
  if (has_keys_method(rt, other)) return update_from_mapping(rt, dict, other, nullptr);
  return update_from_pairs(rt, dict, other);
}

bool dict_merge(Runtime& rt, Dict* dict, const Value& other, bool reject_duplicates,
                const Value& function_for_message) {
  auto function_name = [&]() -> std::string {
    std::string name;
    if (!function_for_message.is_null()) {
      Value qualname = get_attr_optional(rt, function_for_message, rt.names.dunder_qualname);
      Value module = get_attr_optional(rt, function_for_message, rt.names.dunder_module);
      if (!module.is_null() && is_str(module) && as_str(module)->view() != "builtins") {
        name = cat(as_str(module)->view(), ".");
      }
      if (!qualname.is_null() && is_str(qualname)) name += as_str(qualname)->view();
      rt.clear_error();
    }
    return name;
  };
  if (!has_keys_method(rt, other)) {
    if (reject_duplicates) {
      rt.raise(Exc::kTypeError, cat(function_name(), "() argument after ** must be a mapping, not ",
                                    type_name(rt, other)));
    } else {
      rt.raise(Exc::kTypeError, cat("'", type_name(rt, other), "' object is not a mapping"));
    }
    return false;
  }
  if (!reject_duplicates) return update_from_mapping(rt, dict, other, nullptr);
  return update_from_mapping(rt, dict, other, [&](const Value& key) {
    if (!is_str(key)) {
      rt.raise(Exc::kTypeError, "keywords must be strings");
      return false;
    }
    const int present = dict_contains(rt, dict, key);
    if (present > 0) {
      rt.raise(Exc::kTypeError, cat(function_name(), "() got multiple values for keyword argument '",
                                    as_str(key)->view(), "'"));
    }
    return present == 0;
  });
}

// ---------------------------------------------------------------------- slots

namespace {

void dict_traverse(Object* self, VisitFn visit, void* context) {
  Dict* dict = static_cast<Dict*>(self);
  for (size_t i = 0; i < dict->entry_count; ++i) {
    const DictEntry& entry = dict->entries[i];
    if (entry.key.is_object()) visit(entry.key.as_object(), context);
    if (entry.value.is_object()) visit(entry.value.as_object(), context);
  }
}

void dict_clear_slot(Object* self) { detach_and_free_table(static_cast<Dict*>(self)); }

Value dict_repr(Runtime& rt, const Value& self) {
  Dict* dict = as_dict(self);
  if (dict->used == 0) return make_str(rt, "{}");
  ReprGuard guard(rt, dict);
  if (!guard.entered()) return make_str(rt, "{...}");
  std::string out = "{";
  bool first = true;
  size_t position = 0;
  DictEntry entry;
  while (next_entry_copy(dict, &position, &entry)) {
    if (!first) out += ", ";
    first = false;
    if (!repr_text(rt, entry.key, &out)) return Value();
    out += ": ";
    if (!repr_text(rt, entry.value, &out)) return Value();
  }
  out += "}";
  return make_str(rt, out);
}

// 1 equal, 0 not, -1 error. The walk over `x` is live (CPython's
// dict_equal): a comparison that empties `x` ends it.
int dicts_equal(Runtime& rt, Dict* x, Dict* y) {
  if (x->used != y->used) return 0;
  size_t position = 0;
  DictEntry entry;
  while (next_entry_copy(x, &position, &entry)) {
    const int64_t index = dict_find(rt, y, entry.key, entry.hash);
    if (index == -2) return -1;
    if (index < 0) return 0;
    const Value other = y->entries[index].value;
    const int same = equals(rt, entry.value, other);
    if (same <= 0) return same;
  }
  return 1;
}

Value dict_compare(Runtime& rt, const Value& a, const Value& b, CompareOp op) {
  if (!is_dict(b) || (op != CompareOp::kEqual && op != CompareOp::kNotEqual)) {
    return rt.not_implemented();
  }
  const int equal = dicts_equal(rt, as_dict(a), as_dict(b));
  if (equal < 0) return Value();
  return Value::boolean(op == CompareOp::kEqual ? equal == 1 : equal == 0);
}

int64_t dict_length(Runtime&, const Value& self) {
  return static_cast<int64_t>(as_dict(self)->used);
}

Value dict_getitem(Runtime& rt, const Value& self, const Value& key) {
  Value value = dict_get(rt, as_dict(self), key);
  if (!value.is_null() || rt.has_error()) return value;
  if (rt.type_of(self) != rt.dict_type) {
    // A subclass may supply missing keys (collections.defaultdict style).
    if (lookup_in_mro(rt.type_of(self), rt.names.dunder_missing)) {
      return call_special_method(rt, self, rt.names.dunder_missing, &key, 1);
    }
  }
  return rt.raise_with_arg(Exc::kKeyError, key);
}

bool dict_setitem(Runtime& rt, const Value& self, const Value& key, const Value& value) {
  if (!value.is_null()) return dict_set(rt, as_dict(self), key, value);
  const int deleted = dict_delete(rt, as_dict(self), key);
  if (deleted == 0) rt.raise_with_arg(Exc::kKeyError, key);
  return deleted > 0;
}

int dict_contains_slot(Runtime& rt, const Value& self, const Value& key) {
  return dict_contains(rt, as_dict(self), key);
}

Value dict_or(Runtime& rt, const Value& a, const Value& b) {
  if (!is_dict(a) || !is_dict(b)) return rt.not_implemented();
  Ref<Dict> result = dict_copy(rt, as_dict(a));
  if (!dict_update(rt, result.get(), b)) return Value();
  return result;
}

Value dict_inplace_or(Runtime& rt, const Value& a, const Value& b) {
  if (!dict_update(rt, as_dict(a), b)) return Value();
  return a;
}

Value dict_new(Runtime& rt, Type* type, const Value*, size_t, Tuple*) {
  Dict* dict = new_object<Dict>(rt.gc, type, type->instance_size - sizeof(Dict));
  dict->version = rt.next_dict_version();
  return Value::steal(dict);
}

// dict(mapping_or_pairs, **kwargs) and d.update(...): the same arguments.
bool update_with_arguments(Runtime& rt, const char* name, Dict* dict, const Value* args,
                           size_t nargs, Tuple* kwnames) {
  const size_t keywords = tuple_size(kwnames);
  const size_t positional = nargs - keywords;
  if (positional > 1) {
    rt.raise(Exc::kTypeError, cat(name, " expected at most 1 argument, got ", positional));
    return false;
  }
  if (positional == 1 && !dict_update(rt, dict, args[0])) return false;
  for (size_t i = 0; i < keywords; ++i) {
    if (!dict_set(rt, dict, (*kwnames)[i], args[positional + i])) return false;
  }
  return true;
}

bool dict_init(Runtime& rt, const Value& self, const Value* args, size_t nargs, Tuple* kwnames) {
  return update_with_arguments(rt, "dict", as_dict(self), args, nargs, kwnames);
}

// ------------------------------------------------------------------- methods

Value dict_get_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "get", nargs - 1, kwnames, 1, 2)) return Value();
  Value value = dict_get(rt, as_dict(args[0]), args[1]);
  if (!value.is_null() || rt.has_error()) return value;
  return nargs > 2 ? args[2] : Value::none();
}

Value dict_setdefault(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "setdefault", nargs - 1, kwnames, 1, 2)) return Value();
  Dict* dict = as_dict(args[0]);
  int64_t hash_value;
  if (!hash(rt, args[1], &hash_value)) return Value();
  const Probe found = probe(rt, dict, args[1], hash_value);  // one probe, as CPython
  if (found.entry == -2) return Value();
  if (found.entry >= 0) return dict->entries[found.entry].value;
  Value fallback = nargs > 2 ? args[2] : Value::none();
  append_entry(rt, dict, args[1], hash_value, fallback);
  return fallback;
}

Value dict_pop(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "pop", nargs - 1, kwnames, 1, 2)) return Value();
  Dict* dict = as_dict(args[0]);
  int64_t hash_value;
  if (!hash(rt, args[1], &hash_value)) return Value();
  const Probe found = dict->used == 0 ? Probe{0, -1, nullptr} : probe(rt, dict, args[1], hash_value);
  if (found.entry == -2) return Value();
  if (found.entry >= 0) return take_entry(rt, dict, found);
  if (nargs > 2) return args[2];
  return rt.raise_with_arg(Exc::kKeyError, args[1]);
}

Value dict_popitem(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "dict.popitem", nargs - 1, kwnames)) return Value();
  Dict* dict = as_dict(args[0]);
  if (dict->used == 0) return rt.raise(Exc::kKeyError, "popitem(): dictionary is empty");
  // The last live entry (LIFO order).
  size_t i = dict->entry_count;
  while (dict->entries[i - 1].key.is_null()) --i;
  DictEntry& entry = dict->entries[i - 1];
  Value pair = make_tuple(rt, {entry.key, entry.value});
  if (dict_delete(rt, dict, as_tuple(pair)->items()[0]) < 0) return Value();
  // Trim trailing deleted entries so that repeated popitem stays O(1); their
  // index slots already say "deleted", so nothing refers to them.
  while (dict->entry_count > 0 && dict->entries[dict->entry_count - 1].key.is_null()) {
    dict->entries[--dict->entry_count].~DictEntry();
  }
  return pair;
}

Value dict_update_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!update_with_arguments(rt, "update", as_dict(args[0]), args + 1, nargs - 1, kwnames)) {
    return Value();
  }
  return Value::none();
}

Value dict_keys_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "dict.keys", nargs - 1, kwnames)) return Value();
  return make_dict_view(rt, rt.dict_keys_type, args[0]);
}

Value dict_values_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "dict.values", nargs - 1, kwnames)) return Value();
  return make_dict_view(rt, rt.dict_values_type, args[0]);
}

Value dict_items_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "dict.items", nargs - 1, kwnames)) return Value();
  return make_dict_view(rt, rt.dict_items_type, args[0]);
}

Value dict_copy_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "dict.copy", nargs - 1, kwnames)) return Value();
  return dict_copy(rt, as_dict(args[0]));
}

Value dict_clear_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "dict.clear", nargs - 1, kwnames)) return Value();
  dict_clear(rt, as_dict(args[0]));
  return Value::none();
}

Value dict_fromkeys(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "fromkeys", nargs - 1, kwnames, 1, 2)) return Value();
  Value result = call(rt, args[0], nullptr, 0);
  if (result.is_null()) return result;
  const Value value = nargs > 2 ? args[2] : Value::none();
  const bool ok = for_each(rt, args[1], [&](Value key) {
    return set_item(rt, result, key, value);
  });
  return ok ? result : Value();
}

Value dict_reversed(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "dict.__reversed__", nargs - 1, kwnames)) return Value();
  return make_dict_iterator(rt, args[0], DictIterationKind::kKeys, true);
}

Value dict_iter(Runtime& rt, const Value& self) {
  return make_dict_iterator(rt, self, DictIterationKind::kKeys, false);
}

Value dict_class_getitem(Runtime&, const Value* args, size_t, Tuple*) { return args[0]; }

const MethodDef kDictMethods[] = {
    {"get", dict_get_method},
    {"setdefault", dict_setdefault},
    {"pop", dict_pop},
    {"popitem", dict_popitem},
    {"update", dict_update_method},
    {"keys", dict_keys_method},
    {"values", dict_values_method},
    {"items", dict_items_method},
    {"copy", dict_copy_method},
    {"clear", dict_clear_method},
    {"fromkeys", dict_fromkeys, MethodKind::kClass},
    {"__reversed__", dict_reversed},
    {"__class_getitem__", dict_class_getitem, MethodKind::kClass},
};

}  // namespace

void init_dict_layout(Runtime& rt) {
  Type* type = rt.dict_type;
  type->flags |= kTypeHasGc | kTypeBaseType | kTypeDictSubclass;
  type->instance_size = sizeof(Dict);
  type->dealloc = dealloc_object<Dict>;
  type->traverse = dict_traverse;
  type->clear = dict_clear_slot;
}

void init_dict_type(Runtime& rt) {
  Type* type = rt.dict_type;
  define_builtin_type(rt, type, "dict", rt.object_type, sizeof(Dict), kTypeMapping | kTypeMatchSelf,
                      dealloc_object<Dict>);
  type->repr = dict_repr;
  type->hash = hash_unhashable;
  type->compare = dict_compare;
  type->length = dict_length;
  type->getitem = dict_getitem;
  type->setitem = dict_setitem;
  type->contains = dict_contains_slot;
  type->iter = dict_iter;
  type->binary[static_cast<int>(BinaryOp::kOr)] = dict_or;
  type->inplace[static_cast<int>(BinaryOp::kOr)] = dict_inplace_or;
  type->new_instance = dict_new;
  type->init = dict_init;
  add_methods(rt, type, kDictMethods);
  init_dict_view_types(rt);
}

bool has_layout(const Object* object, const Dict*) {
  return layout_extends(object, object->type->runtime->dict_type);
}

}  // namespace pyvm
