// SPDX-License-Identifier: GPL-3.0-or-later
#include "runtime/dict_shape.h"

namespace pyvm {

uint32_t ShapeTable::after(uint32_t shape, const Str* key, size_t key_count) {
  if (shape == kNoShape || key_count >= kMaxShapeKeys) return kNoShape;
  auto [found, added] = transitions_.try_emplace(Transition{shape, key}, 0);
  if (added) {
    // A program that names attributes by data (setattr(o, f"x{i}", ...))
    // would grow the table without end: past the limit, no new shapes.
    if (transitions_.size() > kMaxShapes) {
      transitions_.erase(found);
      return kNoShape;
    }
    found->second = ++last_shape_;
  }
  return found->second;
}

}  // namespace pyvm
