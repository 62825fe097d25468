// SPDX-License-Identifier: GPL-3.0-or-later
// The header every heap object starts with, reference counting, and Ref<T>,
// the owning pointer native code holds objects through.
//
// Memory management (docs/architecture.md): every heap object carries a reference
// count; when it drops to zero the object's type frees it. Objects that can
// hold references to other objects (containers) are also linked into the
// cycle collector's list through a GcHeader placed just before the object
// (see gc.h), so cycles are reclaimed too.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

namespace pyvm {

struct Type;

// For the few tiny functions every instruction uses: the eval loop is one
// very large function, where GCC's growth limits would otherwise stop
// inlining them.
#define PYVM_ALWAYS_INLINE inline __attribute__((always_inline))

struct Object {
  intptr_t refcount;
  Type* type;
};

// Frees an object whose count reached zero (through its type's dealloc slot).
void destroy_object(Object* object);

PYVM_ALWAYS_INLINE void incref(Object* object) { ++object->refcount; }
PYVM_ALWAYS_INLINE void decref(Object* object) {
  if (--object->refcount == 0) destroy_object(object);
}

// An owning, typed pointer to a heap object: copying adds a reference,
// destruction drops one. Native code keeps every object it owns in a Ref or a
// Value, so early returns on errors never leak.
template <class T>
class Ref {
 public:
  Ref() noexcept = default;
  Ref(std::nullptr_t) noexcept {}
  Ref(const Ref& other) noexcept : ptr_(other.ptr_) {
    if (ptr_) incref(as_object());
  }
  Ref(Ref&& other) noexcept : ptr_(other.ptr_) { other.ptr_ = nullptr; }
  template <class U>
  Ref(Ref<U>&& other) noexcept : ptr_(other.release()) {}
  ~Ref() {
    if (ptr_) decref(as_object());
  }
  Ref& operator=(Ref other) noexcept {
    std::swap(ptr_, other.ptr_);
    return *this;
  }

  // Takes over a reference the caller already owns (a fresh allocation).
  static Ref steal(T* ptr) noexcept {
    Ref ref;
    ref.ptr_ = ptr;
    return ref;
  }
  // Adds a reference to an object borrowed from elsewhere.
  static Ref borrow(T* ptr) noexcept {
    if (ptr) incref(reinterpret_cast<Object*>(ptr));
    return steal(ptr);
  }

  T* get() const noexcept { return ptr_; }
  T* operator->() const noexcept { return ptr_; }
  T& operator*() const noexcept { return *ptr_; }
  explicit operator bool() const noexcept { return ptr_ != nullptr; }
  // Gives up ownership without dropping the reference.
  T* release() noexcept { return std::exchange(ptr_, nullptr); }

 private:
  Object* as_object() const noexcept { return reinterpret_cast<Object*>(ptr_); }
  T* ptr_ = nullptr;
};

}  // namespace pyvm
