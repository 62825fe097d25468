// Object allocation and the cycle collector (see gc.h for the algorithm).
#include "runtime/gc.h"

#include <cstdint>
#include <cstdlib>
#include <new>
#include <vector>

namespace pyvm {

namespace {

void list_insert(GcHeader* list, GcHeader* node) {
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

// gc_refs of a tracked container outside the generation being collected.
constexpr intptr_t kNotCollecting = INTPTR_MIN;

// A container in the generation being collected: tracked, and not marked
// as outside it.
bool is_collecting(const GcHeader* header) {
  return header->next != nullptr && header->gc_refs != kNotCollecting;
}

void subtract_internal_reference(Object* referent, void*) {
  if (referent->type->has_flag(kTypeHasGc)) {
    GcHeader* header = gc_header_of(referent);
    if (is_collecting(header)) --header->gc_refs;
  }
}

// During the reachability pass: a referent still marked "maybe garbage"
// (gc_refs == 0 and not yet reached) is reachable after all.
struct ReachContext {
  std::vector<Object*>* pending;
};

constexpr intptr_t kReachable = -1;

void mark_reachable(Object* referent, void* context) {
  if (!referent->type->has_flag(kTypeHasGc)) return;
  GcHeader* header = gc_header_of(referent);
  if (!is_collecting(header) || header->gc_refs == kReachable) return;
  header->gc_refs = kReachable;
  static_cast<ReachContext*>(context)->pending->push_back(referent);
}

}  // namespace

Gc::Gc() {
  list_.next = list_.previous = &list_;
  list_insert(&list_, &young_);
  restore_reserve();
}

Gc::~Gc() { std::free(reserve_); }

void* Gc::allocate(Type* type, size_t size) {
  if (!type->has_flag(kTypeHasGc)) {
    void* memory = std::malloc(size);
    if (!memory) throw std::bad_alloc();
    return memory;
  }
  return allocate_container(size);
}

void* Gc::allocate_container(size_t size) {
  auto* header = static_cast<GcHeader*>(std::malloc(sizeof(GcHeader) + size));
  if (!header) throw std::bad_alloc();
  header->gc_refs = 0;
  list_insert(&list_, header);
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

void Gc::free_memory(Object* object, bool has_header) {
  std::free(has_header ? static_cast<void*>(gc_header_of(object)) : object);
}

size_t Gc::tracked_count() const {
  size_t count = 0;
  for (const GcHeader* h = list_.next; h != &list_; h = h->next) count += h != &young_ ? 1 : 0;
  return count;
}

size_t Gc::collect() {
  const bool full_due = promoted_since_full_ > old_count_ / 4;
  return full_due ? collect_all() : collect_from(young_.next);
}

size_t Gc::collect_all() { return collect_from(list_.next); }

size_t Gc::collect_from(GcHeader* first) {
  allocations_since_collection_ = 0;
  if (collecting_ || !enabled) return 0;
  collecting_ = true;
  const bool full = first == list_.next;

  // 1. gc_refs = references from anywhere; 2. minus references from the
  // containers being collected. What remains counts references from outside
  // (older objects among them).
  std::vector<Object*> objects;
  for (GcHeader* h = first; h != &list_; h = h->next) {
    if (h == &young_) continue;
    h->gc_refs = object_of(h)->refcount;
    objects.push_back(object_of(h));
  }
  for (Object* object : objects) {
    if (object->type->traverse) object->type->traverse(object, subtract_internal_reference, nullptr);
  }
  // 3. Everything reachable from an externally referenced object is alive.
  std::vector<Object*> pending;
  for (Object* object : objects) {
    GcHeader* header = gc_header_of(object);
    if (header->gc_refs > 0) {
      header->gc_refs = kReachable;
      pending.push_back(object);
    }
  }
  ReachContext context{&pending};
  while (!pending.empty()) {
    Object* object = pending.back();
    pending.pop_back();
    if (object->type->traverse) object->type->traverse(object, mark_reachable, &context);
  }
  std::vector<Object*> garbage;
  for (Object* object : objects) {
    if (gc_header_of(object)->gc_refs != kReachable) garbage.push_back(object);
    gc_header_of(object)->gc_refs = kNotCollecting;
  }
  // 4. The survivors join the old generation: objects allocated from here
  // on (by finalizers, say) are young.
  list_remove(&young_);
  list_insert(&list_, &young_);
  const size_t survivors = objects.size() - garbage.size();
  if (full) {
    old_count_ = survivors;
    promoted_since_full_ = 0;
  } else {
    promoted_since_full_ += survivors;
  }
  // 5. The rest is garbage: keep it alive while clearing breaks its cycles,
  // then release it all.
  for (Object* object : garbage) incref(object);
  for (Object* object : garbage) {
    if (object->type->clear) object->type->clear(object);
  }
  for (Object* object : garbage) decref(object);
  collecting_ = false;
  return garbage.size();
}

void Gc::clear_all() {
  // Clear every container (breaking all cycles) while holding a reference to
  // each, then let them go.
  std::vector<Object*> objects;
  for (GcHeader* h = list_.next; h != &list_; h = h->next) {
    if (h != &young_) objects.push_back(object_of(h));
  }
  for (Object* object : objects) incref(object);
  for (Object* object : objects) {
    if (object->type->clear) object->type->clear(object);
  }
  for (Object* object : objects) decref(object);
}

}  // namespace pyvm

namespace pyvm {

void destroy_object(Object* object) { object->type->dealloc(object); }

}  // namespace pyvm
