// SPDX-License-Identifier: GPL-3.0-or-later
// The code-point index of non-ASCII strings (str_index.h): byte offsets and
// code-point positions agree with a plain scan at every position, including
// the index's stride boundaries, the last code point, 4-byte characters and
// strings too short to get an index; stepped slices walk both ways; the
// index is freed with its string.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lib/standard_library.h"
#include "runtime/protocols.h"
#include "runtime/slice.h"
#include "runtime/str.h"
#include "runtime/str_index.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

// Characters of every UTF-8 width: a, é (2), € (3), 𝄞 (4).
const char* const kPieces[] = {"a", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9d\x84\x9e"};

// A text of `length` code points cycling through the widths irregularly,
// with the byte offset of each code point (and of the end) in `offsets`.
std::string mixed_text(int64_t length, std::vector<size_t>* offsets) {
  std::string text;
  for (int64_t i = 0; i < length; ++i) {
    offsets->push_back(text.size());
    text += kPieces[(i * 7 + i / 5) % 4];
  }
  offsets->push_back(text.size());
  return text;
}

class StrIndexTest : public ::testing::Test {
 protected:
  // Checks both directions of the mapping at every position of a string.
  void check_every_position(int64_t length) {
    std::vector<size_t> offsets;
    Ref<Str> str = make_str(vm_, mixed_text(length, &offsets));
    ASSERT_EQ(str->length, length);
    for (int64_t i = 0; i <= length; ++i) {
      EXPECT_EQ(str_byte_offset(str.get(), i), offsets[i]) << "length " << length << " index " << i;
      EXPECT_EQ(index_of_code_point(str.get(), offsets[i]), i) << "length " << length << " index " << i;
    }
    if (length > 0) {
      // The last code point is a whole character.
      const uint32_t last = str_code_point_at(str.get(), length - 1);
      const uint32_t expected[] = {'a', 0xE9, 0x20AC, 0x1D11E};
      EXPECT_EQ(last, expected[((length - 1) * 7 + (length - 1) / 5) % 4]);
    }
  }

  std::string slice_text(const Ref<Str>& str, int64_t start, int64_t stop, int64_t step) {
    Value key = make_slice(vm_, Value::small_int(start), Value::small_int(stop), Value::small_int(step));
    Value result = get_item(vm_, Value::from_object(str.get()), key);
    EXPECT_FALSE(result.is_null());
    return std::string(as_str(result)->view());
  }

  StandardVM vm_;
};

TEST_F(StrIndexTest, ShortStringsNeedNoIndex) {
  for (int64_t length : std::vector<int64_t>{0, 1, 2, 31, kStrIndexStride - 1}) check_every_position(length);
  std::vector<size_t> offsets;
  Ref<Str> str = make_str(vm_, mixed_text(kStrIndexStride - 1, &offsets));
  EXPECT_EQ(str_byte_offset(str.get(), 10), offsets[10]);
  EXPECT_EQ(str->index_slot, 0u);
}

TEST_F(StrIndexTest, EveryPositionAroundTheStride) {
  for (int64_t length : std::vector<int64_t>{kStrIndexStride, kStrIndexStride + 1, 2 * kStrIndexStride - 1, 2 * kStrIndexStride,
                         2 * kStrIndexStride + 1, 1000}) {
    check_every_position(length);
  }
}

TEST_F(StrIndexTest, BuiltOnceAndFreedWithTheString) {
  const size_t before = vm_.str_indexes.live_count();
  {
    std::vector<size_t> offsets;
    Ref<Str> str = make_str(vm_, mixed_text(500, &offsets));
    EXPECT_EQ(str->index_slot, 0u);
    EXPECT_EQ(str_byte_offset(str.get(), 499), offsets[499]);
    const uint32_t slot = str->index_slot;
    EXPECT_NE(slot, 0u);
    EXPECT_EQ(str_byte_offset(str.get(), 250), offsets[250]);
    EXPECT_EQ(str->index_slot, slot);
    EXPECT_EQ(vm_.str_indexes.live_count(), before + 1);
  }
  EXPECT_EQ(vm_.str_indexes.live_count(), before);
}

TEST_F(StrIndexTest, AsciiStringsNeverGetAnIndex) {
  Ref<Str> str = make_str(vm_, std::string(1000, 'x'));
  EXPECT_EQ(str_byte_offset(str.get(), 999), 999u);
  EXPECT_EQ(index_of_code_point(str.get(), 999), 999);
  EXPECT_EQ(str->index_slot, 0u);
}

TEST_F(StrIndexTest, StepsBothWays) {
  std::vector<size_t> offsets;
  const std::string text = mixed_text(300, &offsets);
  EXPECT_EQ(utf8_step(text, offsets[10], 5), offsets[15]);
  EXPECT_EQ(utf8_step(text, offsets[10], -5), offsets[5]);
  EXPECT_EQ(utf8_step(text, offsets[10], -50), 0u);            // stops at the start
  EXPECT_EQ(utf8_step(text, offsets[290], 50), text.size());  // and at the end
}

TEST_F(StrIndexTest, SlicesMatchTheCodePoints) {
  std::vector<size_t> offsets;
  const std::string text = mixed_text(700, &offsets);
  Ref<Str> str = make_str(vm_, text);
  auto piece = [&](int64_t i) { return text.substr(offsets[i], offsets[i + 1] - offsets[i]); };
  for (int64_t step : {1, 2, 63, 64, 65, 200, -1, -3, -64, -65, -300}) {
    for (int64_t start : {0, 1, 63, 64, 65, 699}) {
      for (int64_t stop : {0, 64, 128, 500, 700}) {
        std::string expected;
        if (step > 0) {
          for (int64_t i = start; i < stop; i += step) expected += piece(i);
        } else {
          for (int64_t i = start; i > stop; i += step) expected += piece(i);
        }
        EXPECT_EQ(slice_text(str, start, stop, step), expected) << start << ":" << stop << ":" << step;
      }
    }
  }
  EXPECT_EQ(slice_text(str, 699, 700, 1), piece(699));  // the last code point
  EXPECT_EQ(slice_text(str, 64, 64, 1), "");
  EXPECT_EQ(slice_text(str, 64, 65, -1), "");
}

}  // namespace
}  // namespace pyvm
