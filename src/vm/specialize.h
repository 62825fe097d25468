// SPDX-License-Identifier: GPL-3.0-or-later
// Quickening: the interpreter rewrites an instruction, in place, into a form
// specialized for the operands it meets (the SPECIALIZED rows of
// opcodes.def; docs/optimizer.md shows each with a --trace listing).
//
// A base instruction that can specialize counts down in its inline cache
// (CodeObject::caches); at zero — at once, the first time it runs — it calls
// its specialize_* function here, which looks at the operands without
// running any Python code: on success it fills the cache, rewrites the
// instruction word and returns true (the interpreter then runs the
// instruction again, specialized); otherwise it arms a countdown that
// doubles with each failure, so that a site that cannot specialize costs one
// decrement. A specialized instruction checks its guards (type version,
// dict shape or version, operand types) and on a failure runs its base's
// general case and calls count_specialization_miss: after kMissesAllowed
// misses it turns back into the base, to specialize again later for what
// the site sees then. `-X opt=0` (Runtime::bytecode_optimization 0) turns
// quickening off with the optimizer: nothing is specialized.
#pragma once

#include <cstddef>
#include <cstdint>

#include "bytecode/code_object.h"
#include "runtime/dict.h"
#include "runtime/type.h"
#include "runtime/value.h"

namespace pyvm {

class VM;
struct Str;

inline constexpr int16_t kMissesAllowed = 32;

bool specialize_load_attr(VM& vm, CodeObject* code, size_t index, const Value& owner, Str* name);
bool specialize_store_attr(VM& vm, CodeObject* code, size_t index, const Value& owner, Str* name);
bool specialize_load_method(VM& vm, CodeObject* code, size_t index, const Value& owner, Str* name);
// LOAD_METHOD_CACHED, _NO_DICT or _POLY missed on `owner`: when its method
// can be cached too and there is room, the site becomes (or stays)
// LOAD_METHOD_POLY with an entry for it, and true is returned (the
// interpreter runs the instruction again); false: a miss to count.
bool extend_method_cache(VM& vm, CodeObject* code, size_t index, const Value& owner, Str* name);
// The same for LOAD_ATTR_INSTANCE and LOAD_ATTR_POLY (plain instance
// attributes, with no class attribute of the name).
bool extend_attribute_cache(CodeObject* code, size_t index, const Value& owner, Str* name);
// The same for a STORE_ATTR_INSTANCE site (or STORE_ATTR_POLY) that missed:
// an entry for replacing `name` in `owner`'s dict, when its class stores
// attributes the generic way.
bool extend_store_attribute_cache(CodeObject* code, size_t index, const Value& owner, Str* name);
// After the base LOAD_GLOBAL's lookup filled the cache (load_global).
void specialize_load_global(VM& vm, CodeObject* code, size_t index);
// CALL: `callee` with `nargs` positional arguments after it. CALL_METHOD:
// `method` is the slot below `self` (null: not a method call).
bool specialize_call(VM& vm, CodeObject* code, size_t index, const Value& callee, size_t nargs);
bool specialize_call_method(VM& vm, CodeObject* code, size_t index, const Value& method,
                            const Value& self, size_t nargs);
bool specialize_binary_subscr(VM& vm, CodeObject* code, size_t index, const Value& container,
                              const Value& key);
bool specialize_store_subscr(VM& vm, CodeObject* code, size_t index, const Value& container,
                             const Value& key);
// Only a comparison that a POP_JUMP_IF_FALSE/TRUE consumes.
bool specialize_compare_op(VM& vm, CodeObject* code, size_t index, const Value& left,
                           const Value& right);
bool specialize_for_iter(VM& vm, CodeObject* code, size_t index, const Value& iterator);
bool specialize_contains_op(VM& vm, CodeObject* code, size_t index, const Value& container);
bool specialize_send(VM& vm, CodeObject* code, size_t index, const Value& iterator);
// BINARY_ADD/SUBTRACT/MULTIPLY and INPLACE_ADD.
bool specialize_binary_op(VM& vm, CodeObject* code, size_t index, const Value& left,
                          const Value& right);

// A specialized instruction's guard failed.
void count_specialization_miss(CodeObject* code, size_t index);

// Whether the class attribute a cache saw still has the class it saw, at
// the version it saw (InlineCache::value_type): its __class__ may be
// assigned, and its class may gain __get__ or __set__.
inline bool value_type_unchanged(const InlineCache& cache) {
  return cache.value_type == nullptr || (cache.value->as_object()->type == cache.value_type &&
                                         cache.value_type->version == cache.value_type_version);
}

// The shape of an instance's __dict__ as the attribute caches compare it:
// kEmptyShape while the instance has none yet (`slot` holds null).
inline uint32_t instance_dict_shape(const Value& slot) {
  if (slot.is_null()) return kEmptyShape;
  return slot.as<Dict>()->shape;
}

}  // namespace pyvm
