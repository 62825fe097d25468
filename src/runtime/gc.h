// SPDX-License-Identifier: GPL-3.0-or-later
// Allocation of heap objects and the cycle collector (docs/architecture.md).
//
// Reference counting frees most objects the moment they become unreachable.
// What it cannot free are reference cycles (a function referring to its own
// module's globals, a list containing itself). Every container object (its
// type has kTypeHasGc) is therefore allocated with a GcHeader in front of it,
// linking it into the collector's list. A collection is CPython's trial
// deletion: for each container, subtract the references coming from other
// containers; whatever still has references left is reachable from outside
// (the VM stack, a native local, a non-container); everything not reachable
// from those is garbage, and clearing it breaks the cycles.
//
// As CPython's, the collector is generational (two generations here): most
// containers die young, so a collection normally looks only at those
// allocated since the last one (the young list), treating references from
// older objects as external. The survivors are promoted by appending them to
// the old list. The whole heap is collected when the objects promoted since
// the last full collection exceed a quarter of those that survived it, which
// keeps the total work in proportion to allocation, and at most every
// kYoungPerFull young collections (as CPython's oldest generation waits for
// ten collections of the middle one), so that building a big structure does
// not examine it whole again and again.
//
// Finalizers (__del__, a suspended generator's close) follow PEP 442: the
// garbage's finalizers run first, each object's at most once; objects they
// resurrected (made reachable again) survive, and only the rest is cleared.
// A collection scans and reorders the list as CPython's does, so finalizers
// run in the order CPython runs them for the same program.
//
// Freeing a deeply nested structure (a list inside a list a million times,
// a chain of instances) would recurse in native code once per level, so
// dealloc is bounded as CPython's "trashcan" bounds it: past a nesting depth,
// a dying container is moved from the collector's list to a deferred list,
// and the outermost dealloc frees those one after the other.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <type_traits>

#include "runtime/memory_account.h"
#include "runtime/object.h"
#include "runtime/out_of_memory.h"
#include "runtime/small_object_pool.h"
#include "runtime/type.h"

namespace pyvm {

struct GcHeader {
  GcHeader* next;      // null while the object is not tracked
  GcHeader* previous;
  int32_t gc_refs;     // scratch count during a collection
  uint32_t flags;      // kGcFinalized, kGcWeaklyReferenced, kBlockFromPool
};

// What a non-container has in front of it: only the flags word, which is
// where a container's GcHeader has it too (the four bytes before the object).
struct PlainHeader {
  uint32_t unused;
  uint32_t flags;  // kBlockFromPool
};
static_assert(sizeof(GcHeader) == 24 && offsetof(GcHeader, flags) == 20);
static_assert(sizeof(PlainHeader) == 8 && offsetof(PlainHeader, flags) == 4);

// The object's finalizer has run (it never runs twice, PEP 442).
constexpr uint32_t kGcFinalized = 1u << 0;
// The object has weak references (weakref.h): its death must clear them.
constexpr uint32_t kGcWeaklyReferenced = 1u << 1;
// The object's memory is a block of the runtime's SmallObjectPool rather
// than a malloc chunk.
constexpr uint32_t kBlockFromPool = 1u << 31;

inline GcHeader* gc_header_of(Object* object) {
  return reinterpret_cast<GcHeader*>(object) - 1;
}
inline Object* object_of(GcHeader* header) { return reinterpret_cast<Object*>(header + 1); }
inline PlainHeader* plain_header_of(Object* object) { return reinterpret_cast<PlainHeader*>(object) - 1; }
// The flags word just before any object, container or not.
inline uint32_t block_flags_of(Object* object) { return reinterpret_cast<const uint32_t*>(object)[-1]; }

class Gc {
 public:
  Gc();
  ~Gc();
  Gc(const Gc&) = delete;
  Gc& operator=(const Gc&) = delete;

  // Raw memory for an object of `size` bytes whose type is `type`, with a
  // linked GcHeader in front when the type is a container. Throws
  // std::bad_alloc when the machine is out of memory.
  void* allocate(Type* type, size_t size);
  // Raw memory with a linked GcHeader, whatever the type says (for type
  // objects, which exist before the type of types has its flags).
  void* allocate_container(size_t size);
  // Untyped memory that its owner frees with free_sized and the same size
  // (a dict's table): a pool block when small. Throws std::bad_alloc.
  void* allocate_sized(size_t bytes);
  static void free_sized(void* memory, size_t bytes);
  // Big allocations and collections take steps of this budget (the
  // runtime's steps_left): one per kBytesPerStep allocated and one per
  // kObjectsPerStep containers a collection examines, so that a program
  // that only makes huge objects, or calls gc.collect() on a big heap,
  // also runs out of steps.
  void charge_allocations_to(int64_t* steps_left) { steps_left_ = steps_left; }
  // Charges memory allocated outside objects (a string's index) likewise.
  void charge_external(size_t size) { charge(size); }
  static constexpr size_t kBytesPerStep = size_t{256} << 10;
  static constexpr size_t kObjectsPerStep = 1024;
  // Takes a container out of the collector's list (first step of its dealloc,
  // so that nothing it runs while being destroyed can reach it).
  static void untrack(Object* object);
  // Links an untracked container back into the collector's list.
  void track(Object* object);
  // Returns an object's memory; `has_header` says it was a container.
  static void free_memory(Object* object, bool has_header);
  // Resizes an object without a GcHeader (its type lacks kTypeHasGc) to
  // `size` bytes; it may move (between the pool and malloc too). Throws
  // std::bad_alloc, leaving it as it was, when memory is short.
  void* reallocate(Object* object, size_t size);
  // The bytes such an object may use in its block (at least its size).
  static size_t usable_size(Object* object);
  // Frees an object whose count reached zero through its type's dealloc
  // slot, or defers that when deallocs are nested too deeply.
  void destroy(Object* object);

  // The first step of the dealloc of a container whose type has a finalizer:
  // runs it (unless it ran before) with the object alive again meanwhile.
  // Returns true when the finalizer resurrected the object — stored a
  // reference to it somewhere — and the dealloc must stop there. Otherwise
  // the object's weak references are cleared (after the finalizer, as in
  // CPython; for types without a finalizer, run_dealloc clears them).
  bool finalizer_resurrects(Object* object);

  // Runs a collection when enough containers were allocated since the last.
  bool should_collect() const { return allocations_since_collection_ >= threshold_; }
  // Reclaims unreachable cycles among the young containers, or among all of
  // them when a full collection is due; returns how many objects were found
  // unreachable.
  size_t collect();
  // Reclaims unreachable cycles among all containers (gc.collect()).
  size_t collect_all();
  // At shutdown: breaks every remaining cycle so that all objects are freed.
  void clear_all();

  size_t tracked_count() const;
  // Calls visit(object) for each tracked container, oldest first (visit
  // must not allocate or free containers).
  template <class Visit>
  void for_each_tracked(Visit visit) const {
    for (const GcHeader* list : {&old_, &young_}) {
      for (const GcHeader* node = list->next; node != list; node = node->next) {
        visit(object_of(const_cast<GcHeader*>(node)));
      }
    }
  }
  bool enabled = true;
  // Off while the runtime is torn down, when no Python code may run.
  bool finalizers_enabled = true;

  // Memory held back for raising and handling a MemoryError (traceback
  // entries, the handler's own objects): given back to the system when an
  // allocation fails, taken again once memory is available. Release
  // returns whether there was a reserve to give.
  bool release_reserve();
  void restore_reserve();

  const SmallObjectPool& pool() const { return pool_; }

 private:
  // Memory for a header and object of `bytes` together: a pool block when
  // small, else a malloc chunk; `flags` gets kBlockFromPool for the former.
  void* allocate_block(size_t bytes, uint32_t* flags);
  void charge(size_t size) {
    if (size >= kBytesPerStep && steps_left_ != nullptr) *steps_left_ -= static_cast<int64_t>(size / kBytesPerStep);
  }
  int64_t* steps_left_ = nullptr;
  // A pool block counted against the memory account (memory_account.h):
  // given back and std::bad_alloc when over its ceiling; and given back.
  static void charge_pool_block(void* block);
  static void release_pool_block(void* block);
  // Runs one collection of the young containers, or of all of them.
  size_t collect_generation(bool full);
  // Finalizes the garbage, then clears whatever the finalizers did not
  // resurrect; returns how many objects were cleared.
  size_t finalize_and_clear(GcHeader* garbage);
  // Parks a dying tracked container on deferred_; false when it cannot be
  // deferred (it has no list links to reuse) and must be freed now.
  bool defer_dealloc(Object* object);
  // Frees the deferred containers (and whatever they defer in turn).
  void free_deferred();
  // Clears the object's weak references, then calls its type's dealloc.
  void run_dealloc(Object* object);
  // Clears the weak references to the garbage and calls the callbacks of
  // those that are not garbage themselves, before any finalizer runs.
  void clear_garbage_weak_references(GcHeader* garbage);

  // Where the small objects' memory comes from.
  SmallObjectPool pool_;
  // Sentinels of the circular lists of tracked containers, each in the
  // order CPython's would be in (allocation order, as a collection leaves it).
  GcHeader old_;
  GcHeader young_;
  size_t old_count_ = 0;            // survivors of the last full collection
  size_t promoted_since_full_ = 0;  // survivors of young collections since then
  static constexpr int kYoungPerFull = 10;
  int young_since_full_ = 0;        // young collections since the last full one
  size_t allocations_since_collection_ = 0;
  size_t threshold_ = 10000;
  static constexpr int kCollectionsPerTrim = 16;
  int collections_since_trim_ = 0;
  bool collecting_ = false;
  // The deallocs in progress on the native stack, and the containers waiting
  // for the outermost of them to free them (the trashcan).
  int dealloc_depth_ = 0;
  GcHeader deferred_;
  void* reserve_ = nullptr;
};

// Allocates and constructs an object of C++ layout T (which derives from
// Object) with `extra_bytes` of trailing storage, refcount 1.
template <class T, class... Args>
T* new_object(Gc& gc, Type* type, size_t extra_bytes, Args&&... args) {
  void* memory = gc.allocate(type, sizeof(T) + extra_bytes);
  T* object = ::new (memory) T(std::forward<Args>(args)...);
  // (Through Object: a layout may have a member of its own called `type`.)
  static_cast<Object*>(object)->refcount = 1;
  static_cast<Object*>(object)->type = type;
  if (type->has_flag(kTypeHeapType)) {
    // An instance of a class keeps the class alive (its dealloc drops the
    // reference), and the slots the class added (__dict__) start out null.
    std::memset(reinterpret_cast<char*>(object) + sizeof(T), 0, extra_bytes);
    incref(type);
  }
  return object;
}

// The dealloc slot of a type whose instances are the C++ layout T: runs T's
// destructor (dropping the references its members hold) and frees the memory.
template <class T>
void dealloc_object(Object* self) {
  const bool has_header = self->type->has_flag(kTypeHasGc);
  if (has_header) Gc::untrack(self);
  static_cast<T*>(self)->~T();
  Gc::free_memory(self, has_header);
}

// The standard containers' allocator for storage that belongs to one object
// of a runtime (a list's items): blocks up to SmallObjectPool::kLargestBlock
// from that runtime's pool, bigger ones from malloc, all held to the
// allocation limit and the memory account. Default-constructed (no runtime
// at hand) it takes everything from malloc. The allocator travels with the
// storage it gave, on move, copy and swap, so each block goes back to where
// it came from.
template <class T>
struct PooledAllocator {
  using value_type = T;
  using propagate_on_container_move_assignment = std::true_type;
  using propagate_on_container_copy_assignment = std::true_type;
  using propagate_on_container_swap = std::true_type;
  using is_always_equal = std::false_type;

  PooledAllocator() noexcept = default;
  explicit PooledAllocator(Gc* gc) noexcept : gc(gc) {}
  template <class U>
  PooledAllocator(const PooledAllocator<U>& other) noexcept : gc(other.gc) {}

  T* allocate(size_t count) {
    if (count > SIZE_MAX / sizeof(T)) throw std::bad_alloc();
    const size_t bytes = count * sizeof(T);
    return static_cast<T*>(gc != nullptr ? gc->allocate_sized(bytes) : allocate_memory(bytes));
  }
  void deallocate(T* memory, size_t count) noexcept {
    if (gc != nullptr) {
      Gc::free_sized(memory, count * sizeof(T));
    } else {
      release_memory(memory);
    }
  }
  template <class U>
  friend bool operator==(const PooledAllocator& a, const PooledAllocator<U>& b) noexcept {
    return a.gc == b.gc;
  }

  Gc* gc = nullptr;
};

}  // namespace pyvm
