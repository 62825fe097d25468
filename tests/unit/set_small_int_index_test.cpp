// SPDX-License-Identifier: GPL-3.0-or-later
// The small-int index of sets (set.h): it answers only for small ints inside
// its window while every key is a small int, and each window edge is its
// own bit.
#include <gtest/gtest.h>

#include "runtime/set.h"

namespace pyvm {
namespace {

TEST(SmallIntIndex, AnswersForTheWindowOnly) {
  SmallIntIndex index;
  for (int64_t k : {SmallIntIndex::kLow, int64_t{-1}, int64_t{0}, int64_t{63}, int64_t{64},
                    SmallIntIndex::kHigh - 1}) {
    EXPECT_EQ(index.find(Value::small_int(k)), SmallIntIndex::kAbsent) << k;
    index.note_added(Value::small_int(k));
    EXPECT_EQ(index.find(Value::small_int(k)), SmallIntIndex::kPresent) << k;
  }
  EXPECT_EQ(index.find(Value::small_int(62)), SmallIntIndex::kAbsent);
  EXPECT_EQ(index.find(Value::small_int(SmallIntIndex::kLow - 1)), SmallIntIndex::kUnknown);
  EXPECT_EQ(index.find(Value::small_int(SmallIntIndex::kHigh)), SmallIntIndex::kUnknown);
  EXPECT_EQ(index.find(Value::boolean(true)), SmallIntIndex::kUnknown);
  EXPECT_EQ(index.find(Value::floating(0.0)), SmallIntIndex::kUnknown);
  index.note_removed(Value::small_int(63));
  EXPECT_EQ(index.find(Value::small_int(63)), SmallIntIndex::kAbsent);
  EXPECT_EQ(index.find(Value::small_int(64)), SmallIntIndex::kPresent);
}

TEST(SmallIntIndex, AnOtherKeyMakesItUnknownUntilReset) {
  SmallIntIndex index;
  index.note_added(Value::small_int(1));
  index.note_added(Value::boolean(true));  // equal to 1, and may be the key 1 is found as
  EXPECT_EQ(index.find(Value::small_int(1)), SmallIntIndex::kUnknown);
  EXPECT_EQ(index.find(Value::small_int(2)), SmallIntIndex::kUnknown);
  index.note_added(Value::small_int(2));
  EXPECT_EQ(index.find(Value::small_int(2)), SmallIntIndex::kUnknown);
  index.reset();
  EXPECT_EQ(index.find(Value::small_int(1)), SmallIntIndex::kAbsent);
}

}  // namespace
}  // namespace pyvm
