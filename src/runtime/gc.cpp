// SPDX-License-Identifier: GPL-3.0-or-later
// Object allocation and the cycle collector (see gc.h for the algorithm).
#include "runtime/gc.h"

#include <malloc.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <vector>

#include "runtime/out_of_memory.h"
#include "runtime/runtime.h"
#include "runtime/weakref.h"

namespace pyvm {

namespace {

void list_init(GcHeader* list) { list->next = list->previous = list; }

bool list_empty(const GcHeader* list) { return list->next == list; }

void list_append(GcHeader* list, GcHeader* node) {
  node->next = list;
  node->previous = list->previous;
  list->previous->next = node;
  list->previous = node;
}

void list_remove(GcHeader* node) {
  node->previous->next = node->next;
  node->next->previous = node->previous;
  node->next = node->previous = nullptr;
}

// Moves all of `from` to the end of `to`, keeping the order.
void list_merge(GcHeader* from, GcHeader* to) {
  if (list_empty(from)) return;
  GcHeader* first = from->next;
  GcHeader* last = from->previous;
  first->previous = to->previous;
  to->previous->next = first;
  last->next = to;
  to->previous = last;
  list_init(from);
}

size_t list_size(const GcHeader* list) {
  size_t count = 0;
  for (const GcHeader* node = list->next; node != list; node = node->next) ++count;
  return count;
}

// gc_refs of a tracked container that is not being collected, or that a
// collection already found reachable.
constexpr int32_t kNotCollecting = INT32_MIN;
// gc_refs of a container the scan has passed without finding a reference to
// it from outside: garbage, unless a reachable object refers to it.
constexpr int32_t kTentativelyUnreachable = INT32_MIN + 1;

// The tracked container header of an object, or null.
GcHeader* tracked_header(Object* object) {
  if (!object->type->has_flag(kTypeHasGc)) return nullptr;
  GcHeader* header = gc_header_of(object);
  return header->next != nullptr ? header : nullptr;
}

void subtract_internal_reference(Object* referent, void*) {
  GcHeader* header = tracked_header(referent);
  if (header != nullptr && header->gc_refs > 0) --header->gc_refs;
}

// Sets each container's gc_refs to the references it has from outside the
// list: its count minus those from the list's own members.
void count_external_references(GcHeader* list) {
  for (GcHeader* node = list->next; node != list; node = node->next) {
    const intptr_t count = object_of(node)->refcount;
    node->gc_refs = count > INT32_MAX ? INT32_MAX : static_cast<int32_t>(count);
  }
  for (GcHeader* node = list->next; node != list; node = node->next) {
    Object* object = object_of(node);
    if (object->type->traverse) object->type->traverse(object, subtract_internal_reference, nullptr);
  }
}

// A reachable container being scanned refers to `referent` (context: the
// list being scanned).
void visit_reachable(Object* referent, void* context) {
  GcHeader* header = tracked_header(referent);
  if (header == nullptr) return;
  if (header->gc_refs == kTentativelyUnreachable) {
    // The scan passed it already: back to the end of the list, where the
    // scan will reach it again.
    list_remove(header);
    list_append(static_cast<GcHeader*>(context), header);
    header->gc_refs = 1;
  } else if (header->gc_refs == 0) {
    header->gc_refs = 1;  // ahead of the scan, which will traverse it
  }
}

// Splits `list`, whose gc_refs count the references from outside it, into
// what is reachable from outside (left in `list`) and the rest (moved to
// `unreachable`). As CPython's move_unreachable, the scan moves a container
// it had passed to the end of `list` when it turns out reachable, which
// decides the order later collections and finalizers see. Returns how many
// containers are reachable.
size_t move_unreachable(GcHeader* list, GcHeader* unreachable) {
  size_t reachable = 0;
  GcHeader* node = list->next;
  while (node != list) {
    if (node->gc_refs > 0) {
      node->gc_refs = kNotCollecting;
      Object* object = object_of(node);
      if (object->type->traverse) object->type->traverse(object, visit_reachable, list);
      ++reachable;
      node = node->next;
    } else {
      GcHeader* next = node->next;
      list_remove(node);
      list_append(unreachable, node);
      node->gc_refs = kTentativelyUnreachable;
      node = next;
    }
  }
  return reachable;
}

}  // namespace

Gc::Gc() {
  list_init(&old_);
  list_init(&young_);
  list_init(&deferred_);
  restore_reserve();
}

Gc::~Gc() { std::free(reserve_); }

__attribute__((always_inline)) inline void* Gc::allocate_block(size_t bytes, uint32_t* flags) {
  if (bytes > allocation_limit()) throw std::bad_alloc();
  if (bytes <= SmallObjectPool::kLargestBlock) {
    *flags = kBlockFromPool;
    void* block = pool_.allocate(bytes);
    if (current_memory_account != nullptr) [[unlikely]] charge_pool_block(block);
    return block;
  }
  *flags = 0;
  return allocate_memory(bytes);
}

void* Gc::allocate(Type* type, size_t size) {
  if (!type->has_flag(kTypeHasGc)) {
    charge(size);
    uint32_t flags;
    auto* header = static_cast<PlainHeader*>(allocate_block(sizeof(PlainHeader) + size, &flags));
    header->flags = flags;
    return header + 1;
  }
  return allocate_container(size);
}

void* Gc::reallocate(Object* object, size_t size) {
  charge(size);
  PlainHeader* header = plain_header_of(object);
  const size_t bytes = sizeof(PlainHeader) + size;
  if ((header->flags & kBlockFromPool) == 0 && bytes > SmallObjectPool::kLargestBlock) {
    if (bytes > allocation_limit()) throw std::bad_alloc();
    return static_cast<PlainHeader*>(reallocate_memory(header, bytes)) + 1;
  }
  // Into or out of the pool: a new block, the contents copied over.
  uint32_t flags;
  auto* moved = static_cast<PlainHeader*>(allocate_block(bytes, &flags));
  moved->flags = flags | (header->flags & ~kBlockFromPool);
  std::memcpy(static_cast<void*>(moved + 1), object, std::min(size, usable_size(object)));
  free_memory(object, false);
  return moved + 1;
}

size_t Gc::usable_size(Object* object) {
  PlainHeader* header = plain_header_of(object);
  const size_t block = (header->flags & kBlockFromPool) ? SmallObjectPool::block_size(header) : malloc_usable_size(header);
  return block - sizeof(PlainHeader);
}

void* Gc::allocate_container(size_t size) {
  charge(size);
  uint32_t flags;
  auto* header = static_cast<GcHeader*>(allocate_block(sizeof(GcHeader) + size, &flags));
  header->gc_refs = kNotCollecting;
  header->flags = flags;
  list_append(&young_, header);
  ++allocations_since_collection_;
  return header + 1;
}

// Enough for a traceback entry per frame of a deep recursion and a
// handler's work; untouched, it costs address space, not memory.
constexpr size_t kReserveBytes = size_t{1} << 20;

bool Gc::release_reserve() {
  if (reserve_ == nullptr) return false;
  std::free(reserve_);
  reserve_ = nullptr;
  return true;
}

void Gc::restore_reserve() {
  if (reserve_ == nullptr) reserve_ = std::malloc(kReserveBytes);
}

void Gc::untrack(Object* object) {
  GcHeader* header = gc_header_of(object);
  if (header->next != nullptr) list_remove(header);
}

void Gc::track(Object* object) {
  GcHeader* header = gc_header_of(object);
  if (header->next == nullptr) list_append(&young_, header);
}

void* Gc::allocate_sized(size_t bytes) {
  uint32_t flags;
  return allocate_block(bytes, &flags);
}

void Gc::charge_pool_block(void* block) {
  try {
    charge_memory(SmallObjectPool::block_size(block));
  } catch (const std::bad_alloc&) {
    SmallObjectPool::release(block);
    throw;
  }
}

void Gc::release_pool_block(void* block) {
  if (current_memory_account != nullptr) [[unlikely]] refund_memory(SmallObjectPool::block_size(block));
  SmallObjectPool::release(block);
}

void Gc::free_sized(void* memory, size_t bytes) {
  if (bytes <= SmallObjectPool::kLargestBlock) {
    release_pool_block(memory);
  } else {
    release_memory(memory);
  }
}

void Gc::free_memory(Object* object, bool has_header) {
  void* block = has_header ? static_cast<void*>(gc_header_of(object)) : static_cast<void*>(plain_header_of(object));
  if (block_flags_of(object) & kBlockFromPool) {
    release_pool_block(block);
  } else {
    release_memory(block);
  }
}

bool Gc::finalizer_resurrects(Object* object) {
  GcHeader* header = gc_header_of(object);
  if (finalizers_enabled && (header->flags & kGcFinalized) == 0) {
    header->flags |= kGcFinalized;
    // Alive again while its finalizer runs; whatever references the finalizer
    // leaves behind keep it alive for good.
    object->refcount = 1;
    object->type->finalize(object);
    if (--object->refcount != 0) return true;
  }
  if (has_weak_references(object)) clear_weak_references(object, finalizers_enabled);
  return false;
}

void Gc::run_dealloc(Object* object) {
  // A type with a finalizer has its dealloc call finalizer_resurrects, which
  // clears the weak references once the finalizer has run.
  if (object->type->finalize == nullptr && has_weak_references(object)) {
    clear_weak_references(object, finalizers_enabled);
  }
  object->type->dealloc(object);
}

// How many deallocs may nest before the next dying container is deferred:
// each level costs a few hundred bytes of native stack (more under ASan), and
// the bound must fit in the headroom native_stack_exhausted leaves.
constexpr int kMaxDeallocDepth = 200;

void Gc::destroy(Object* object) {
  if (dealloc_depth_ >= kMaxDeallocDepth && defer_dealloc(object)) return;
  ++dealloc_depth_;
  run_dealloc(object);
  if (--dealloc_depth_ == 0 && !list_empty(&deferred_)) free_deferred();
}

bool Gc::defer_dealloc(Object* object) {
  if (!object->type->has_flag(kTypeHasGc)) return false;  // holds no references
  GcHeader* header = gc_header_of(object);
  if (header->next == nullptr) return false;  // untracked: free_deferred would track it
  // Out of the collector's lists meanwhile: a collection must not see an
  // object whose count is zero. What it refers to stays alive through it.
  list_remove(header);
  list_append(&deferred_, header);
  return true;
}

void Gc::free_deferred() {
  dealloc_depth_ = 1;
  while (!list_empty(&deferred_)) {
    GcHeader* header = deferred_.next;
    list_remove(header);
    // Tracked again, as a dealloc expects: a finalizer that resurrects the
    // object leaves it in the collector's care.
    list_append(&young_, header);
    run_dealloc(object_of(header));
  }
  dealloc_depth_ = 0;
}

size_t Gc::tracked_count() const { return list_size(&old_) + list_size(&young_); }

size_t Gc::collect() {
  // At most one full collection per kYoungPerFull young ones: while a
  // program builds a big structure its survivors pass the quarter at every
  // young collection, and each full one examined the whole heap again.
  ++young_since_full_;
  const bool full_due = promoted_since_full_ > old_count_ / 4 && young_since_full_ >= kYoungPerFull;
  return collect_generation(full_due);
}

size_t Gc::collect_all() { return collect_generation(true); }

size_t Gc::collect_generation(bool full) {
  allocations_since_collection_ = 0;
  // The pool's spares decay on the collections' clock (also with the
  // collector disabled), over a window of several: one collection comes
  // every `threshold_` containers, fewer than a big structure takes to build.
  if (++collections_since_trim_ == kCollectionsPerTrim) {
    collections_since_trim_ = 0;
    pool_.trim_spares();
  }
  if (collecting_ || !enabled) return 0;
  collecting_ = true;
  if (full) list_merge(&young_, &old_);
  GcHeader* generation = full ? &old_ : &young_;

  // References from outside the generation (the VM stack, native locals,
  // older objects) make a container reachable, and so everything it reaches.
  count_external_references(generation);
  GcHeader garbage;
  list_init(&garbage);
  const size_t survivors = move_unreachable(generation, &garbage);
  // The survivors join the old generation: objects allocated from here on
  // (by finalizers, say) are young.
  if (!full) list_merge(&young_, &old_);
  if (full) {
    old_count_ = survivors;
    promoted_since_full_ = 0;
    young_since_full_ = 0;
  } else {
    promoted_since_full_ += survivors;
  }
  clear_garbage_weak_references(&garbage);
  const size_t cleared = finalize_and_clear(&garbage);
  // The work grew with the heap: a step of the budget per kObjectsPerStep
  // containers examined, as allocations take one per kBytesPerStep.
  if (steps_left_ != nullptr) *steps_left_ -= static_cast<int64_t>((survivors + cleared) / kObjectsPerStep);
  collecting_ = false;
  return cleared;
}

namespace {

bool is_in_garbage(Object* object) {
  GcHeader* header = tracked_header(object);
  return header != nullptr && header->gc_refs == kTentativelyUnreachable;
}

}  // namespace

void Gc::clear_garbage_weak_references(GcHeader* garbage) {
  std::vector<WeakCallback> callbacks;
  for (GcHeader* node = garbage->next; node != garbage; node = node->next) {
    Object* object = object_of(node);
    kill_if_weak_reference(object);
    if (has_weak_references(object)) detach_weak_references(object, is_in_garbage, &callbacks);
  }
  // The callbacks cannot reach the garbage any more: every weak reference to
  // it is dead. They may free other objects, but no garbage (only garbage
  // refers to garbage).
  if (finalizers_enabled && !callbacks.empty()) {
    call_weak_reference_callbacks(*callbacks.front().reference->type->runtime, callbacks);
  }
}

size_t Gc::finalize_and_clear(GcHeader* garbage) {
  if (list_empty(garbage)) return 0;
  // 1. Finalizers, in list order. One may free other garbage (whose dealloc
  // takes it out of the list), allocate, or store references to garbage.
  bool finalized_any = false;
  if (finalizers_enabled) {
    GcHeader seen;
    list_init(&seen);
    while (!list_empty(garbage)) {
      GcHeader* node = garbage->next;
      list_remove(node);
      list_append(&seen, node);
      Object* object = object_of(node);
      if (object->type->finalize == nullptr || (node->flags & kGcFinalized) != 0) continue;
      node->flags |= kGcFinalized;
      finalized_any = true;
      incref(object);
      object->type->finalize(object);
      decref(object);
    }
    list_merge(&seen, garbage);
  }
  // 2. What the finalizers made reachable again (resurrected) survives, with
  // everything it refers to; only the rest is cleared.
  if (finalized_any) {
    count_external_references(garbage);
    GcHeader still_unreachable;
    list_init(&still_unreachable);
    move_unreachable(garbage, &still_unreachable);
    list_merge(garbage, &old_);
    list_merge(&still_unreachable, garbage);
  }
  // 3. Clearing each object breaks the cycles; clearing one may free others.
  const size_t count = list_size(garbage);
  while (!list_empty(garbage)) {
    GcHeader* node = garbage->next;
    Object* object = object_of(node);
    if (object->type->clear) {
      incref(object);
      object->type->clear(object);
      decref(object);
    }
    if (garbage->next == node) {
      // Still alive (something outside the garbage referred to it after
      // all): it may die later.
      list_remove(node);
      list_append(&old_, node);
      node->gc_refs = kNotCollecting;
    }
  }
  return count;
}

void Gc::clear_all() {
  // The runtime is being torn down: no Python code may run. Clear every
  // container (breaking all cycles) while holding a reference to each, then
  // let them go.
  finalizers_enabled = false;
  list_merge(&young_, &old_);
  std::vector<Object*> objects;
  for (GcHeader* node = old_.next; node != &old_; node = node->next) objects.push_back(object_of(node));
  for (Object* object : objects) incref(object);
  for (Object* object : objects) {
    if (object->type->clear) object->type->clear(object);
  }
  for (Object* object : objects) decref(object);
}

}  // namespace pyvm

namespace pyvm {

void destroy_object(Object* object) { object->type->runtime->gc.destroy(object); }

}  // namespace pyvm
