// SPDX-License-Identifier: GPL-3.0-or-later
// Value: what a Python variable, stack slot or container element holds.
//
// A 16-byte tagged union (docs/architecture.md). None, booleans, integers that fit in
// int64 and floats live inline and never allocate; everything else is a
// pointer to a heap object. A Value owns one reference to its object:
// copying increments the count, moving transfers it, destruction drops it.
//
// The tag kNull is "no value": an unbound local, an empty slot, or the
// failure marker a runtime function returns after setting the pending
// exception (like CPython's NULL).
#pragma once

#include <cassert>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <utility>

#include "runtime/object.h"

namespace pyvm {

enum class Tag : uint8_t { kNull = 0, kNone, kBool, kInt, kFloat, kObject };

class Value {
 public:
  constexpr Value() noexcept : tag_(Tag::kNull), payload_{.integer = 0} {}
  PYVM_ALWAYS_INLINE Value(const Value& other) noexcept : tag_(other.tag_), payload_(other.payload_) {
    if (tag_ == Tag::kObject) incref(payload_.object);
  }
  PYVM_ALWAYS_INLINE Value(Value&& other) noexcept : tag_(other.tag_), payload_(other.payload_) {
    other.tag_ = Tag::kNull;
  }
  template <class T>
  Value(const Ref<T>& ref) noexcept : Value(from_object(reinterpret_cast<Object*>(ref.get()))) {}
  template <class T>
  Value(Ref<T>&& ref) noexcept : Value(steal(reinterpret_cast<Object*>(ref.release()))) {}
  PYVM_ALWAYS_INLINE ~Value() {
    if (tag_ == Tag::kObject) decref(payload_.object);
  }
  // Assignments take the new value first, then release the old one (whose
  // destructor may run code that reads this slot).
  PYVM_ALWAYS_INLINE Value& operator=(const Value& other) noexcept {
    Value copy(other);
    swap(copy);
    return *this;
  }
  PYVM_ALWAYS_INLINE Value& operator=(Value&& other) noexcept {
    Value moved(std::move(other));
    swap(moved);
    return *this;
  }
  void swap(Value& other) noexcept {
    std::swap(tag_, other.tag_);
    std::swap(payload_, other.payload_);
  }

  static Value none() noexcept { return Value(Tag::kNone, Payload{.integer = 0}); }
  static Value boolean(bool b) noexcept { return Value(Tag::kBool, Payload{.integer = b}); }
  static Value small_int(int64_t i) noexcept { return Value(Tag::kInt, Payload{.integer = i}); }
  static Value floating(double d) noexcept { return Value(Tag::kFloat, Payload{.floating = d}); }
  // A new reference to `object` (its count goes up); null gives kNull.
  static Value from_object(Object* object) noexcept {
    if (!object) return Value();
    incref(object);
    return steal(object);
  }
  // Takes over a reference the caller owns.
  static Value steal(Object* object) noexcept {
    if (!object) return Value();
    return Value(Tag::kObject, Payload{.object = object});
  }

  Tag tag() const noexcept { return tag_; }
  bool is_null() const noexcept { return tag_ == Tag::kNull; }
  bool is_none() const noexcept { return tag_ == Tag::kNone; }
  bool is_bool() const noexcept { return tag_ == Tag::kBool; }
  bool is_small_int() const noexcept { return tag_ == Tag::kInt; }
  bool is_float() const noexcept { return tag_ == Tag::kFloat; }
  bool is_object() const noexcept { return tag_ == Tag::kObject; }

  bool as_bool() const noexcept { return payload_.integer != 0; }
  int64_t as_small_int() const noexcept { return payload_.integer; }
  double as_float() const noexcept { return payload_.floating; }
  Object* as_object() const noexcept { return payload_.object; }
  // The object pointer cast to its C++ layout; the caller has checked the
  // type. Debug and sanitizer builds assert it: each layout T declares
  // `bool has_layout(const Object*, const T*)` next to its struct (found by
  // argument-dependent lookup), true when the object's type has T's layout,
  // so a cast nothing checked stops there instead of misreading memory.
  template <class T>
  T* as() const noexcept {
    assert(tag_ == Tag::kObject && "Value::as: not an object");
    if constexpr (!std::is_same_v<T, Object>) {
      assert(has_layout(payload_.object, static_cast<const T*>(nullptr)) && "Value::as: another layout");
    }
    return reinterpret_cast<T*>(payload_.object);
  }

  // Gives up ownership of the object without dropping the reference.
  Object* release_object() noexcept {
    tag_ = Tag::kNull;
    return payload_.object;
  }

  // Python's `is`: same object, or the same inline value of the same kind.
  bool is(const Value& other) const noexcept {
    if (tag_ != other.tag_) return false;
    if (tag_ == Tag::kFloat) {
      return std::memcmp(&payload_.floating, &other.payload_.floating, sizeof(double)) == 0;
    }
    return payload_.integer == other.payload_.integer || tag_ == Tag::kNone ||
           tag_ == Tag::kNull;
  }

 private:
  union Payload {
    int64_t integer;  // also bool (0/1)
    double floating;
    Object* object;
  };
  Value(Tag tag, Payload payload) noexcept : tag_(tag), payload_(payload) {}

  Tag tag_;
  Payload payload_;
};

static_assert(sizeof(Value) == 16, "Value is a 16-byte tag + payload");

}  // namespace pyvm
