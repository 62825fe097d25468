// SPDX-License-Identifier: GPL-3.0-or-later
// dict: an insertion-ordered hash table (CPython's compact layout): a sparse
// table of indices into a dense array of entries, so iteration follows
// insertion order and the entries array stays small.
//
// `version` changes whenever the set of keys or their positions changes (not
// when a value is replaced), which lets the interpreter cache where a global
// lives: same version, same entry index.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/dict_shape.h"
#include "runtime/object.h"
#include "runtime/type.h"
#include "runtime/value.h"

namespace pyvm {

class Runtime;
struct Str;

struct DictEntry {
  int64_t hash;
  Value key;  // null in a deleted entry
  Value value;
};

struct Dict : Object {
  Dict() = default;
  ~Dict();

  size_t used = 0;            // live entries
  size_t entry_count = 0;     // entries written so far, deleted ones included
  // Index slots that are not empty: live entries plus deleted markers. It
  // only grows until the next rebuild (popitem trims entry_count but leaves a
  // deleted marker), and the table is rebuilt before it reaches
  // entry_capacity, so every probe meets an empty slot and ends.
  size_t filled_slots = 0;
  size_t entry_capacity = 0;
  size_t index_mask = 0;      // index table size - 1 (a power of two minus one)
  int32_t* indices = nullptr; // kEmptyIndex, kDeletedIndex or an entry number
  DictEntry* entries = nullptr;
  uint64_t version = 0;
  // The shared layout of an instance dict's keys (dict_shape.h): kNoShape
  // for any other dict, and for an instance dict that left the shapes.
  uint32_t shape = kNoShape;
};
bool has_layout(const Object* object, const Dict*);

inline bool is_dict(const Value& v) {
  return v.is_object() && v.as_object()->type->has_flag(kTypeDictSubclass);
}
inline Dict* as_dict(const Value& v) { return v.as<Dict>(); }

Ref<Dict> make_dict(Runtime& rt, size_t expected_size = 0);
// An instance's __dict__: an empty dict whose keys follow the shapes.
Ref<Dict> make_instance_dict(Runtime& rt);

// Lookups return a copy of the value, or null when absent; a null result
// with an exception pending means the key's hash or comparison failed.
Value dict_get(Runtime& rt, Dict* dict, const Value& key);
// Lookup by str key: cannot fail.
Value dict_get_str(Dict* dict, Str* key);
// Entry index of the key, -1 when absent, -2 on error.
int64_t dict_find(Runtime& rt, Dict* dict, const Value& key, int64_t hash);
int64_t dict_find_str(Dict* dict, Str* key);

bool dict_set(Runtime& rt, Dict* dict, const Value& key, const Value& value);
void dict_set_str(Runtime& rt, Dict* dict, Str* key, const Value& value);
// Appends `key` (interned, known to be absent) with `value`; the dict, of a
// shape whose transition on `key` is `shape_after`, takes that shape (the
// interpreter's STORE_ATTR_ADD, which cached the transition).
void dict_append_str_to_shape(Runtime& rt, Dict* dict, Str* key, const Value& value, uint32_t shape_after);
// 1 deleted, 0 absent, -1 error.
int dict_delete(Runtime& rt, Dict* dict, const Value& key);
int dict_contains(Runtime& rt, Dict* dict, const Value& key);
void dict_clear(Runtime& rt, Dict* dict);
Ref<Dict> dict_copy(Runtime& rt, Dict* dict);
// d.update(other): a mapping (keys() + []) or an iterable of pairs.
bool dict_update(Runtime& rt, Dict* dict, const Value& other);
// {**other} in a call: TypeError on a key that is already present when
// `reject_duplicates` ("got multiple values for keyword argument").
bool dict_merge(Runtime& rt, Dict* dict, const Value& other, bool reject_duplicates,
                const Value& function_for_message = Value());

// Iteration over live entries: `position` starts at 0.
bool dict_next(const Dict* dict, size_t* position, DictEntry** entry);
inline size_t dict_size(const Dict* dict) { return dict->used; }

void init_dict_layout(Runtime& rt);
void init_dict_type(Runtime& rt);

}  // namespace pyvm
