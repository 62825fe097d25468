// SPDX-License-Identifier: GPL-3.0-or-later
// Shapes of instance dicts (hidden classes).
//
// Instances of one class usually get the same attributes in the same order
// (their __init__ assigns them), so their __dict__s have the same keys at
// the same entry positions. A shape names such a key sequence: every
// instance dict starts with kEmptyShape, and appending a key moves it along
// a transition (shape, key) -> next shape shared by all dicts that append
// the same keys in the same order. The interpreter's attribute caches
// (docs/optimizer.md) then guard an instance attribute with one comparison,
// `dict->shape == cached`, and read entry `cached index` directly: the
// layout is shared by all the instances, the values stay in each dict.
//
// A dict leaves the shapes (shape 0, kNoShape) for good when a key is
// deleted, when it is cleared, when a key is not an interned str, or when it
// grows past kMaxShapeKeys keys; plain dicts never have one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <unordered_map>

namespace pyvm {

struct Str;

inline constexpr uint32_t kNoShape = 0;
inline constexpr uint32_t kEmptyShape = 1;

class ShapeTable {
 public:
  static constexpr size_t kMaxShapeKeys = 64;
  static constexpr size_t kMaxShapes = size_t{1} << 20;

  // The shape after appending `key` (interned) to a dict of shape `shape`
  // holding `key_count` keys; kNoShape when the dict leaves the shapes.
  uint32_t after(uint32_t shape, const Str* key, size_t key_count);

 private:
  struct Transition {
    uint32_t shape;
    const Str* key;
    bool operator==(const Transition&) const = default;
  };
  struct TransitionHash {
    size_t operator()(const Transition& t) const {
      return (reinterpret_cast<uintptr_t>(t.key) >> 4) * 31 + t.shape;
    }
  };
  std::unordered_map<Transition, uint32_t, TransitionHash> transitions_;
  uint32_t last_shape_ = kEmptyShape;
};

}  // namespace pyvm
