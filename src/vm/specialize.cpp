// SPDX-License-Identifier: GPL-3.0-or-later
// The specialize_* functions of quickening (specialize.h): which specialized
// form fits the operands an instruction meets, and what its cache holds.
#include "vm/specialize.h"

#include <algorithm>

#include "runtime/descriptors.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/object_type.h"
#include "runtime/property.h"
#include "runtime/protocols.h"
#include "runtime/slots.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/call.h"
#include "vm/function.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

// -X opt=0 runs the instructions as code generation made them.
bool quickening_enabled(const VM& vm) { return vm.bytecode_optimization > 0; }

constexpr uint16_t kFirstBackoff = 16;
constexpr uint16_t kLastBackoff = 4096;

bool rewrite(CodeObject* code, size_t index, Opcode specialized) {
  uint32_t& word = code->instructions[index];
  word = encode_instruction(specialized, argument_of(word));
  code->caches[index].counter = kMissesAllowed;
  return true;
}

// Whether a POP_JUMP_IF_FALSE/TRUE follows the instruction (which a
// test-and-jump form then takes at once).
bool jump_follows(const CodeObject* code, size_t index) {
  if (index + 1 >= code->instructions.size()) return false;
  const Opcode next = opcode_of(code->instructions[index + 1]);
  return next == Opcode::POP_JUMP_IF_FALSE || next == Opcode::POP_JUMP_IF_TRUE;
}

// Nothing fits: the next attempt waits, longer each time.
bool give_up(CodeObject* code, size_t index) {
  InlineCache& cache = code->caches[index];
  cache.backoff = cache.backoff == 0 ? kFirstBackoff : std::min<uint16_t>(cache.backoff * 2, kLastBackoff);
  cache.counter = static_cast<int16_t>(cache.backoff);
  return false;
}

// A module's attribute: its dict's keys version and the entry.
bool cache_module_entry(CodeObject* code, size_t index, const Value& module, Str* name) {
  Dict* dict = module_dict(module);
  const int64_t entry = dict_find_str(dict, name);
  if (entry < 0) return false;
  InlineCache& cache = code->caches[index];
  cache.version = dict->version;
  cache.index = entry;
  return true;
}

// The offset of a __slots__ member descriptor, 0 when it has none the
// interpreter can read directly (a variable-size layout's are negative).
ptrdiff_t direct_member_offset(VM& vm, const Value& descriptor) {
  if (vm.type_of(descriptor) != vm.member_descriptor_type) return 0;
  const ptrdiff_t offset = descriptor.as<MemberDescriptor>()->offset;
  return offset > 0 ? offset : 0;
}

// Records the class of the class attribute `found` (may be null) when it is
// a class that can change: the guard value_type_unchanged then sees it gain
// __get__ or __set__. False when it cannot be guarded (being built).
bool note_value_type(VM& vm, InlineCache& cache, const Value* found) {
  cache.value_type = nullptr;
  if (found == nullptr) return true;
  Type* type = vm.type_of(*found);
  if (!type->has_flag(kTypeHeapType)) return true;  // built-in types do not change
  if (type->version == 0) return false;
  cache.value = found;
  cache.value_type = type;
  cache.value_type_version = type->version;
  return true;
}

// `Class.NAME` for a plain value NAME of a class whose metaclass is `type`.
bool specialize_class_attribute(VM& vm, CodeObject* code, size_t index, Type* cls, Str* name) {
  // type's own attributes of that name (__name__, __doc__, mro) come first.
  if (cls->version == 0 || lookup_in_mro(vm.type_type, name) != nullptr) return false;
  const Value* found = lookup_in_mro(cls, name);
  if (found == nullptr || vm.type_of(*found)->descr_get != nullptr) return false;
  InlineCache& cache = code->caches[index];
  if (!note_value_type(vm, cache, found)) return false;
  cache.type_version = cls->version;
  cache.value = found;
  return rewrite(code, index, Opcode::LOAD_ATTR_TYPE);
}

}  // namespace

void count_specialization_miss(CodeObject* code, size_t index) {
  InlineCache& cache = code->caches[index];
  if (--cache.counter > 0) return;
  uint32_t& word = code->instructions[index];
  word = base_instruction(word);
  give_up(code, index);
}

bool specialize_load_attr(VM& vm, CodeObject* code, size_t index, const Value& owner, Str* name) {
  if (!quickening_enabled(vm)) return give_up(code, index);
  if (!owner.is_object()) return give_up(code, index);
  Type* type = owner.as_object()->type;
  if (type == vm.module_type) {
    if (!cache_module_entry(code, index, owner, name)) return give_up(code, index);
    return rewrite(code, index, Opcode::LOAD_ATTR_MODULE);
  }
  if (type == vm.type_type) {
    if (specialize_class_attribute(vm, code, index, owner.as<Type>(), name)) return true;
    return give_up(code, index);
  }
  if (type->version == 0 || type->getattr != generic_getattr) return give_up(code, index);
  InlineCache& cache = code->caches[index];
  cache.type_version = type->version;
  const Value* found = lookup_in_mro(type, name);
  const Type* descriptor_type = found != nullptr ? vm.type_of(*found) : nullptr;
  if (found != nullptr && descriptor_type->descr_get != nullptr && descriptor_type->descr_set != nullptr) {
    // A data descriptor wins over the instance's dict.
    if (descriptor_type == vm.property_type) {
      cache.value = found;  // (its getter is read when the instruction runs)
      return rewrite(code, index, Opcode::LOAD_ATTR_PROPERTY);
    }
    if (const ptrdiff_t offset = direct_member_offset(vm, *found); offset > 0) {
      cache.index = offset;
      return rewrite(code, index, Opcode::LOAD_ATTR_SLOT);
    }
    return give_up(code, index);
  }
  if (type->dict_offset <= 0 || !note_value_type(vm, cache, found)) return give_up(code, index);
  const Value& dict_slot = *value_at_offset(owner.as_object(), type->dict_offset);
  const uint32_t shape = instance_dict_shape(dict_slot);
  if (shape == kNoShape) return give_up(code, index);
  cache.shape = shape;
  const int64_t entry = dict_slot.is_null() ? -1 : dict_find_str(dict_slot.as<Dict>(), name);
  if (entry >= 0) {
    cache.index = entry;
    cache.value = found;  // (a class attribute it shadows: no LOAD_ATTR_POLY then)
    return rewrite(code, index, Opcode::LOAD_ATTR_INSTANCE);
  }
  // Not in the instance's dict (its shape says so from now on): a plain
  // class attribute.
  if (found != nullptr && descriptor_type->descr_get == nullptr) {
    cache.value = found;
    return rewrite(code, index, Opcode::LOAD_ATTR_CLASS);
  }
  return give_up(code, index);
}

bool specialize_store_attr(VM& vm, CodeObject* code, size_t index, const Value& owner, Str* name) {
  if (!quickening_enabled(vm)) return give_up(code, index);
  if (!owner.is_object()) return give_up(code, index);
  Type* type = owner.as_object()->type;
  if (type->version == 0 || type->setattr != generic_setattr) return give_up(code, index);
  InlineCache& cache = code->caches[index];
  cache.type_version = type->version;
  const Value* found = lookup_in_mro(type, name);
  if (found != nullptr && vm.type_of(*found)->descr_set != nullptr) {
    if (const ptrdiff_t offset = direct_member_offset(vm, *found); offset > 0) {
      cache.index = offset;
      return rewrite(code, index, Opcode::STORE_ATTR_SLOT);
    }
    return give_up(code, index);
  }
  if (type->dict_offset <= 0 || !name->interned || !note_value_type(vm, cache, found)) return give_up(code, index);
  const Value& dict_slot = *value_at_offset(owner.as_object(), type->dict_offset);
  const uint32_t shape = instance_dict_shape(dict_slot);
  if (shape == kNoShape) return give_up(code, index);
  cache.shape = shape;
  Dict* dict = dict_slot.is_null() ? nullptr : dict_slot.as<Dict>();
  const int64_t entry = dict == nullptr ? -1 : dict_find_str(dict, name);
  if (entry >= 0) {
    cache.index = entry;
    return rewrite(code, index, Opcode::STORE_ATTR_INSTANCE);
  }
  cache.next_shape = vm.shapes.after(shape, name, dict == nullptr ? 0 : dict->used);
  if (cache.next_shape == kNoShape) return give_up(code, index);
  return rewrite(code, index, Opcode::STORE_ATTR_ADD);
}

namespace {

// Appends `entry` to a *_POLY site's entries; false when they are full.
bool add_polymorphic_entry(InlineCache& cache, const PolymorphicEntry& entry) {
  PolymorphicCache& entries = *cache.polymorphic;
  if (entries.count == PolymorphicCache::kMaxEntries) return false;
  entries.entries[entries.count++] = entry;
  return true;
}

// Turns a monomorphic site into its polymorphic form `poly`, its cache's
// guard and result the first entry.
void make_polymorphic(CodeObject* code, size_t index, Opcode poly) {
  InlineCache& cache = code->caches[index];
  if (!cache.polymorphic) cache.polymorphic = std::make_unique<PolymorphicCache>();
  cache.polymorphic->entries[0] = {cache.type_version, cache.shape, cache.object, cache.index};
  cache.polymorphic->count = 1;
  uint32_t& word = code->instructions[index];
  word = encode_instruction(poly, argument_of(word));
}

// The cache entry for loading instance attribute `name` of `owner` from
// its dict: its type's version, its dict's shape and the attribute's entry
// there; false unless it is a plain instance attribute that no class
// attribute of the name (which could become a descriptor) stands behind.
bool attribute_cache_entry(const Value& owner, Str* name, PolymorphicEntry* entry) {
  if (!owner.is_object()) return false;
  Type* type = owner.as_object()->type;
  if (type->version == 0 || type->getattr != generic_getattr || type->dict_offset <= 0) return false;
  if (lookup_in_mro(type, name) != nullptr) return false;
  const Value& dict_slot = *value_at_offset(owner.as_object(), type->dict_offset);
  const uint32_t shape = instance_dict_shape(dict_slot);
  if (shape == kNoShape || dict_slot.is_null()) return false;
  const int64_t found = dict_find_str(dict_slot.as<Dict>(), name);
  if (found < 0) return false;
  *entry = {type->version, shape, nullptr, found};
  return true;
}

// The cache entry for calling method `name` of `owner` (an instance of a
// class with the generic getattr): its type's version, its dict's shape
// (kNoShape: instances have no __dict__) and the function; false when the
// method cannot be cached (no such function on the class, an instance
// attribute shadowing it, a dict out of the shapes).
bool method_cache_entry(VM& vm, const Value& owner, Str* name, PolymorphicEntry* entry) {
  if (!owner.is_object()) return false;
  Type* type = owner.as_object()->type;
  if (type->version == 0 || type->getattr != generic_getattr || type->dict_offset < 0) return false;
  const Value* found = lookup_in_mro(type, name);
  if (found == nullptr || !found->is_object() || !vm.type_of(*found)->has_flag(kTypeMethodDescriptor)) {
    return false;
  }
  entry->type_version = type->version;
  entry->method = found->as_object();
  entry->shape = kNoShape;
  if (type->dict_offset == 0) return true;
  const Value& dict_slot = *value_at_offset(owner.as_object(), type->dict_offset);
  entry->shape = instance_dict_shape(dict_slot);
  // (An instance attribute of the name would shadow the method.)
  return entry->shape != kNoShape &&
         (dict_slot.is_null() || dict_find_str(dict_slot.as<Dict>(), name) < 0);
}

}  // namespace

bool specialize_load_method(VM& vm, CodeObject* code, size_t index, const Value& owner, Str* name) {
  if (!quickening_enabled(vm)) return give_up(code, index);
  if (!owner.is_object()) return give_up(code, index);
  if (owner.as_object()->type == vm.module_type) {
    if (!cache_module_entry(code, index, owner, name)) return give_up(code, index);
    return rewrite(code, index, Opcode::LOAD_METHOD_MODULE);
  }
  PolymorphicEntry entry;
  if (!method_cache_entry(vm, owner, name, &entry)) return give_up(code, index);
  InlineCache& cache = code->caches[index];
  cache.type_version = entry.type_version;
  cache.object = entry.method;
  cache.shape = entry.shape;
  return rewrite(code, index,
                 entry.shape == kNoShape ? Opcode::LOAD_METHOD_NO_DICT : Opcode::LOAD_METHOD_CACHED);
}

bool extend_attribute_cache(CodeObject* code, size_t index, const Value& owner, Str* name) {
  PolymorphicEntry entry;
  if (!attribute_cache_entry(owner, name, &entry)) return false;
  InlineCache& cache = code->caches[index];
  if (opcode_of(code->instructions[index]) != Opcode::LOAD_ATTR_POLY) {
    if (cache.value != nullptr) return false;  // (see attribute_cache_entry)
    make_polymorphic(code, index, Opcode::LOAD_ATTR_POLY);
  }
  return add_polymorphic_entry(cache, entry);
}

bool extend_store_attribute_cache(CodeObject* code, size_t index, const Value& owner, Str* name) {
  PolymorphicEntry entry;
  if (!owner.is_object() || owner.as_object()->type->setattr != generic_setattr ||
      !attribute_cache_entry(owner, name, &entry)) {
    return false;
  }
  InlineCache& cache = code->caches[index];
  const Opcode op = opcode_of(code->instructions[index]);
  if (op != Opcode::STORE_ATTR_POLY) {
    // (A class attribute behind the first entry needs a guard of its own.)
    if (op != Opcode::STORE_ATTR_INSTANCE || cache.value != nullptr) return false;
    make_polymorphic(code, index, Opcode::STORE_ATTR_POLY);
  }
  return add_polymorphic_entry(cache, entry);
}

bool extend_method_cache(VM& vm, CodeObject* code, size_t index, const Value& owner, Str* name) {
  PolymorphicEntry entry;
  if (!method_cache_entry(vm, owner, name, &entry)) return false;
  InlineCache& cache = code->caches[index];
  if (opcode_of(code->instructions[index]) != Opcode::LOAD_METHOD_POLY) {
    make_polymorphic(code, index, Opcode::LOAD_METHOD_POLY);
  }
  return add_polymorphic_entry(cache, entry);
}

void specialize_load_global(VM& vm, CodeObject* code, size_t index) {
  if (!quickening_enabled(vm)) return;
  rewrite(code, index, code->caches[index].index >= 0 ? Opcode::LOAD_GLOBAL_MODULE : Opcode::LOAD_GLOBAL_BUILTIN);
}

bool specialize_call(VM& vm, CodeObject* code, size_t index, const Value& callee, size_t nargs) {
  if (!quickening_enabled(vm)) return give_up(code, index);
  if (!callee.is_object()) return give_up(code, index);
  const Type* type = callee.as_object()->type;
  if (type == vm.function_type) {
    const CodeObject* callee_code = callee.as<Function>()->code_object();
    if (static_cast<size_t>(callee_code->argument_count) == nargs && takes_plain_positional_call(callee_code)) {
      return rewrite(code, index, Opcode::CALL_PY_EXACT_ARGS);
    }
  }
  if (type == vm.native_function_type) return rewrite(code, index, Opcode::CALL_BUILTIN);
  if (type == vm.type_type) {  // a class whose metaclass is type: type.__call__
    Type* cls = callee.as<Type>();
    if (cls->version == 0 || cls->new_instance != object_new || !is_python_init_slot(cls->init)) {
      return give_up(code, index);
    }
    const Value* init = lookup_in_mro(cls, vm.names.dunder_init);
    if (init == nullptr || !init->is_object() || init->as_object()->type != vm.function_type) return give_up(code, index);
    const CodeObject* init_code = init->as<Function>()->code_object();
    if (static_cast<size_t>(init_code->argument_count) != nargs + 1 || !takes_plain_positional_call(init_code)) {
      return give_up(code, index);
    }
    InlineCache& cache = code->caches[index];
    cache.type_version = cls->version;
    cache.object = init->as_object();
    return rewrite(code, index, Opcode::CALL_TYPE_INIT);
  }
  return give_up(code, index);
}

bool specialize_call_method(VM& vm, CodeObject* code, size_t index, const Value& method,
                            const Value& self, size_t nargs) {
  if (!quickening_enabled(vm)) return give_up(code, index);
  // [NULL, callable, args...]: LOAD_METHOD found a plain attribute.
  if (method.is_null() && self.is_object() && self.as_object()->type == vm.native_function_type) {
    return rewrite(code, index, Opcode::CALL_METHOD_BUILTIN_FN);
  }
  if (!method.is_object()) return give_up(code, index);
  const Type* type = method.as_object()->type;
  if (type == vm.function_type) {
    const CodeObject* callee_code = method.as<Function>()->code_object();
    if (static_cast<size_t>(callee_code->argument_count) == nargs + 1 && takes_plain_positional_call(callee_code)) {
      return rewrite(code, index, Opcode::CALL_METHOD_PY);
    }
  }
  if (type == vm.method_descriptor_type && vm.type_of(self) == method.as<MethodDescriptor>()->owner) {
    return rewrite(code, index, Opcode::CALL_METHOD_BUILTIN);
  }
  return give_up(code, index);
}

bool specialize_binary_subscr(VM& vm, CodeObject* code, size_t index, const Value& container,
                              const Value& key) {
  if (!quickening_enabled(vm)) return give_up(code, index);
  const Type* type = vm.type_of(container);
  if (type == vm.list_type && key.is_small_int()) return rewrite(code, index, Opcode::BINARY_SUBSCR_LIST_INT);
  if (type == vm.tuple_type && key.is_small_int()) return rewrite(code, index, Opcode::BINARY_SUBSCR_TUPLE_INT);
  if (type == vm.str_type && key.is_small_int()) return rewrite(code, index, Opcode::BINARY_SUBSCR_STR_INT);
  if (type == vm.dict_type) return rewrite(code, index, Opcode::BINARY_SUBSCR_DICT);
  return give_up(code, index);
}

bool specialize_store_subscr(VM& vm, CodeObject* code, size_t index, const Value& container,
                             const Value& key) {
  if (!quickening_enabled(vm)) return give_up(code, index);
  const Type* type = vm.type_of(container);
  if (type == vm.list_type && key.is_small_int()) return rewrite(code, index, Opcode::STORE_SUBSCR_LIST_INT);
  if (type == vm.dict_type) return rewrite(code, index, Opcode::STORE_SUBSCR_DICT);
  return give_up(code, index);
}

bool specialize_compare_op(VM& vm, CodeObject* code, size_t index, const Value& left,
                           const Value& right) {
  if (!quickening_enabled(vm) || !jump_follows(code, index)) return give_up(code, index);
  if (left.is_small_int() && right.is_small_int()) return rewrite(code, index, Opcode::COMPARE_OP_INT_JUMP);
  if (left.is_float() && right.is_float()) return rewrite(code, index, Opcode::COMPARE_OP_FLOAT_JUMP);
  const auto op = static_cast<CompareOp>(argument_of(code->instructions[index]));
  if ((op == CompareOp::kEqual || op == CompareOp::kNotEqual) && vm.type_of(left) == vm.str_type &&
      vm.type_of(right) == vm.str_type) {
    return rewrite(code, index, Opcode::COMPARE_OP_STR_JUMP);
  }
  return give_up(code, index);
}

bool specialize_contains_op(VM& vm, CodeObject* code, size_t index, const Value& container) {
  if (!quickening_enabled(vm)) return give_up(code, index);
  const Type* type = vm.type_of(container);
  if (type == vm.set_type || type == vm.frozenset_type) {
    return rewrite(code, index, jump_follows(code, index) ? Opcode::CONTAINS_OP_SET_JUMP : Opcode::CONTAINS_OP_SET);
  }
  if (type == vm.dict_type) return rewrite(code, index, Opcode::CONTAINS_OP_DICT);
  return give_up(code, index);
}

bool specialize_for_iter(VM& vm, CodeObject* code, size_t index, const Value& iterator) {
  if (!quickening_enabled(vm)) return give_up(code, index);
  const Type* type = vm.type_of(iterator);
  if (type == vm.range_iterator_type) return rewrite(code, index, Opcode::FOR_ITER_RANGE);
  if (type == vm.list_iterator_type) return rewrite(code, index, Opcode::FOR_ITER_LIST);
  if (type == vm.tuple_iterator_type) return rewrite(code, index, Opcode::FOR_ITER_TUPLE);
  if (type == vm.generator_type) return rewrite(code, index, Opcode::FOR_ITER_GEN);
  return give_up(code, index);
}

bool specialize_send(VM& vm, CodeObject* code, size_t index, const Value& iterator) {
  if (!quickening_enabled(vm)) return give_up(code, index);
  if (vm.type_of(iterator) == vm.generator_type) return rewrite(code, index, Opcode::SEND_GEN);
  return give_up(code, index);
}

bool specialize_binary_op(VM& vm, CodeObject* code, size_t index, const Value& left,
                          const Value& right) {
  if (!quickening_enabled(vm)) return give_up(code, index);
  const bool ints = left.is_small_int() && right.is_small_int();
  const bool floats = left.is_float() && right.is_float();
  switch (opcode_of(code->instructions[index])) {
    case Opcode::BINARY_ADD:
      if (ints) return rewrite(code, index, Opcode::BINARY_ADD_INT);
      if (floats) return rewrite(code, index, Opcode::BINARY_ADD_FLOAT);
      if (vm.type_of(left) == vm.str_type && vm.type_of(right) == vm.str_type) {
        return rewrite(code, index, Opcode::BINARY_ADD_STR);
      }
      break;
    case Opcode::BINARY_SUBTRACT:
      if (ints) return rewrite(code, index, Opcode::BINARY_SUBTRACT_INT);
      if (floats) return rewrite(code, index, Opcode::BINARY_SUBTRACT_FLOAT);
      break;
    case Opcode::BINARY_MULTIPLY:
      if (ints) return rewrite(code, index, Opcode::BINARY_MULTIPLY_INT);
      if (floats) return rewrite(code, index, Opcode::BINARY_MULTIPLY_FLOAT);
      break;
    case Opcode::INPLACE_ADD:
      if (ints) return rewrite(code, index, Opcode::INPLACE_ADD_INT);
      if (floats) return rewrite(code, index, Opcode::INPLACE_ADD_FLOAT);
      break;
    default:
      break;
  }
  return give_up(code, index);
}

}  // namespace pyvm
