// SPDX-License-Identifier: GPL-3.0-or-later
// Value and object model tests: inline ints and floats, promotion to big
// integers and back, reference counting, interning, the containers' C++
// interfaces, and the protocols (equality, hashing, ordering) that tie the
// types together.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <limits>

#include "runtime/dict.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/protocols.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "lib/standard_library.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

class ValueTest : public ::testing::Test {
 protected:
  std::string repr_of(const Value& v) {
    Value r = repr(vm_, v);
    EXPECT_FALSE(r.is_null());
    return std::string(as_str(r)->view());
  }
  Value add(const Value& a, const Value& b) { return binary_op(vm_, BinaryOp::kAdd, a, b); }
  Value multiply(const Value& a, const Value& b) { return binary_op(vm_, BinaryOp::kMultiply, a, b); }

  StandardVM vm_;
};

TEST(ValueLayout, SixteenBytesAndInline) {
  static_assert(sizeof(Value) == 16);
  Value i = Value::small_int(-42);
  Value f = Value::floating(2.5);
  EXPECT_TRUE(i.is_small_int());
  EXPECT_EQ(i.as_small_int(), -42);
  EXPECT_TRUE(f.is_float());
  EXPECT_EQ(f.as_float(), 2.5);
  EXPECT_FALSE(i.is_object());
  EXPECT_TRUE(Value().is_null());
  EXPECT_TRUE(Value::none().is_none());
  EXPECT_TRUE(Value::boolean(true).as_bool());
}

TEST(ValueLayout, IdentityOfInlineValues) {
  EXPECT_TRUE(Value::small_int(7).is(Value::small_int(7)));
  EXPECT_FALSE(Value::small_int(1).is(Value::boolean(true)));  // 1 is not True
  EXPECT_TRUE(Value::floating(0.5).is(Value::floating(0.5)));
  EXPECT_FALSE(Value::floating(0.0).is(Value::floating(-0.0)));
}

TEST_F(ValueTest, IntOverflowPromotesToBigAndBack) {
  const Value max = Value::small_int(std::numeric_limits<int64_t>::max());
  Value big = add(max, Value::small_int(1));
  ASSERT_FALSE(big.is_null());
  EXPECT_TRUE(is_big_int(big));
  EXPECT_EQ(repr_of(big), "9223372036854775808");
  Value back = binary_op(vm_, BinaryOp::kSubtract, big, Value::small_int(1));
  EXPECT_TRUE(back.is_small_int());  // results that fit are inline again
  EXPECT_EQ(back.as_small_int(), std::numeric_limits<int64_t>::max());
  Value square = multiply(big, big);
  EXPECT_EQ(repr_of(square), "85070591730234615865843651857942052864");
}

TEST_F(ValueTest, FloorDivisionAndModuloFollowTheDivisorSign) {
  auto floordiv = [&](int64_t a, int64_t b) {
    return binary_op(vm_, BinaryOp::kFloorDivide, Value::small_int(a), Value::small_int(b)).as_small_int();
  };
  auto mod = [&](int64_t a, int64_t b) {
    return binary_op(vm_, BinaryOp::kRemainder, Value::small_int(a), Value::small_int(b)).as_small_int();
  };
  EXPECT_EQ(floordiv(-7, 2), -4);
  EXPECT_EQ(mod(-7, 2), 1);
  EXPECT_EQ(floordiv(7, -2), -4);
  EXPECT_EQ(mod(7, -2), -1);
  // INT64_MIN // -1 overflows int64: it must become a big int.
  Value r = binary_op(vm_, BinaryOp::kFloorDivide, Value::small_int(INT64_MIN), Value::small_int(-1));
  EXPECT_EQ(repr_of(r), "9223372036854775808");
}

TEST_F(ValueTest, DivisionByZeroRaises) {
  Value r = binary_op(vm_, BinaryOp::kTrueDivide, Value::small_int(1), Value::small_int(0));
  EXPECT_TRUE(r.is_null());
  EXPECT_TRUE(vm_.error_matches(Exc::kZeroDivisionError));
  vm_.clear_error();
}

TEST_F(ValueTest, FloatReprIsShortestRoundTrip) {
  EXPECT_EQ(repr_of(Value::floating(0.1)), "0.1");
  EXPECT_EQ(repr_of(Value::floating(1e16)), "1e+16");
  EXPECT_EQ(repr_of(Value::floating(1.0 / 3)), "0.3333333333333333");
  EXPECT_EQ(repr_of(Value::floating(-0.0)), "-0.0");
  EXPECT_EQ(repr_of(Value::floating(INFINITY)), "inf");
}

TEST_F(ValueTest, MixedIntFloatEqualityAndHash) {
  EXPECT_EQ(equals(vm_, Value::small_int(2), Value::floating(2.0)), 1);
  EXPECT_EQ(equals(vm_, Value::boolean(true), Value::small_int(1)), 1);
  int64_t h1 = 0, h2 = 0, h3 = 0;
  ASSERT_TRUE(hash(vm_, Value::small_int(2), &h1));
  ASSERT_TRUE(hash(vm_, Value::floating(2.0), &h2));
  ASSERT_TRUE(hash(vm_, Value::small_int(-1), &h3));
  EXPECT_EQ(h1, h2);
  EXPECT_EQ(h3, -2);  // -1 is reserved, as in CPython
  // A big int that equals a float hashes like it.
  Value big = multiply(Value::small_int(int64_t{1} << 40), Value::small_int(int64_t{1} << 40));
  int64_t hb = 0, hf = 0;
  ASSERT_TRUE(hash(vm_, big, &hb));
  ASSERT_TRUE(hash(vm_, Value::floating(std::ldexp(1.0, 80)), &hf));
  EXPECT_EQ(hb, hf);
}

TEST_F(ValueTest, ReferenceCountsFollowCopies) {
  Value list(make_list(vm_));
  Object* object = list.as_object();
  EXPECT_EQ(object->refcount, 1);
  {
    Value copy = list;
    EXPECT_EQ(object->refcount, 2);
    Value moved = std::move(copy);
    EXPECT_EQ(object->refcount, 2);
  }
  EXPECT_EQ(object->refcount, 1);
}

// Debug and sanitizer builds check every cast to a C++ layout: a list read
// as a dict, or None as an object, stops at the cast.
#ifndef NDEBUG
TEST_F(ValueTest, CastsToAnotherLayoutStopInDebugBuilds) {
  Value list(make_list(vm_));
  EXPECT_EQ(list.as<List>(), static_cast<List*>(static_cast<void*>(list.as_object())));
  EXPECT_DEATH(list.as<Dict>(), "another layout");
  EXPECT_DEATH(Value::none().as<List>(), "not an object");
}
#endif

TEST_F(ValueTest, InterningGivesOneObjectPerText) {
  Str* a = vm_.intern("attribute_name");
  Str* b = vm_.intern(std::string("attribute_") + "name");
  EXPECT_EQ(a, b);
  EXPECT_NE(vm_.intern("other"), a);
}

TEST_F(ValueTest, StrKnowsLengthInCodePoints) {
  Value s = make_str(vm_, "h\xc3\xa9llo \xe2\x82\xac");  // "héllo €"
  EXPECT_EQ(as_str(s)->length, 7);
  EXPECT_EQ(as_str(s)->size, 10);
  EXPECT_EQ(repr_of(s), "'h\xc3\xa9llo \xe2\x82\xac'");
  EXPECT_EQ(repr_of(make_str(vm_, "it's \"q\"\n")), "'it\\'s \"q\"\\n'");
}

TEST_F(ValueTest, DictKeepsInsertionOrderAndFindsEqualKeys) {
  Ref<Dict> dict = make_dict(vm_);
  dict_set_str(vm_, dict.get(), vm_.intern("b"), Value::small_int(1));
  dict_set_str(vm_, dict.get(), vm_.intern("a"), Value::small_int(2));
  ASSERT_TRUE(dict_set(vm_, dict.get(), Value::small_int(1), Value::small_int(3)));
  // 1.0 == 1: the same key.
  Value found = dict_get(vm_, dict.get(), Value::floating(1.0));
  ASSERT_FALSE(found.is_null());
  EXPECT_EQ(found.as_small_int(), 3);
  EXPECT_EQ(repr_of(Value(dict)), "{'b': 1, 'a': 2, 1: 3}");
  EXPECT_EQ(dict_delete(vm_, dict.get(), Value::from_object(vm_.intern("b"))), 1);
  EXPECT_EQ(repr_of(Value(dict)), "{'a': 2, 1: 3}");
}

TEST_F(ValueTest, DictVersionChangesWhenKeysChange) {
  Ref<Dict> dict = make_dict(vm_);
  const uint64_t v0 = dict->version;
  dict_set_str(vm_, dict.get(), vm_.intern("x"), Value::small_int(1));
  const uint64_t v1 = dict->version;
  EXPECT_NE(v0, v1);
  dict_delete(vm_, dict.get(), Value::from_object(vm_.intern("x")));
  EXPECT_NE(dict->version, v1);
}

TEST_F(ValueTest, DictChurnAlwaysLeavesAnEmptyIndexSlot) {
  // Deleted markers count as filled: the table is rebuilt before they and the
  // live entries use up its room, so probes for absent keys end.
  Ref<Dict> dict = make_dict(vm_);
  for (int64_t i = 0; i < 5000; ++i) {
    ASSERT_TRUE(dict_set(vm_, dict.get(), Value::small_int(i), Value::none()));
    ASSERT_EQ(dict_delete(vm_, dict.get(), Value::small_int(i)), 1);
    ASSERT_LE(dict->filled_slots, dict->entry_capacity);
    ASSERT_LT(dict->entry_capacity, dict->index_mask + 1);
  }
  EXPECT_EQ(dict_contains(vm_, dict.get(), Value::small_int(-1)), 0);
}

TEST_F(ValueTest, SetChurnAlwaysLeavesAnEmptySlot) {
  Ref<Set> set = make_set(vm_, vm_.set_type);
  for (int64_t i = 0; i < 5000; ++i) {
    ASSERT_TRUE(set_add(vm_, set.get(), Value::small_int(i * 7919)));
    ASSERT_EQ(set_discard(vm_, set.get(), Value::small_int(i * 7919)), 1);
    ASSERT_LT(set->fill, set->mask + 1);
  }
  EXPECT_EQ(set_contains(vm_, set.get(), Value::small_int(-1)), 0);
}

TEST_F(ValueTest, UnhashableKeysRaise) {
  Ref<Dict> dict = make_dict(vm_);
  Value key(make_list(vm_));
  EXPECT_FALSE(dict_set(vm_, dict.get(), key, Value::none()));
  EXPECT_TRUE(vm_.error_matches(Exc::kTypeError));
  vm_.clear_error();
}

TEST_F(ValueTest, SetOfSmallIntsIteratesInCPythonOrder) {
  Ref<Set> set = make_set(vm_, vm_.set_type);
  for (int64_t x : {5, 13, 21, 29}) ASSERT_TRUE(set_add(vm_, set.get(), Value::small_int(x)));
  EXPECT_EQ(repr_of(Value(set)), "{29, 13, 21, 5}");  // CPython: set((5, 13, 21, 29))
}

TEST_F(ValueTest, TuplesCompareLexicographically) {
  Ref<Tuple> a = make_tuple(vm_, {Value::small_int(1), Value::small_int(2)});
  Ref<Tuple> b = make_tuple(vm_, {Value::small_int(1), Value::small_int(3)});
  Value less = compare(vm_, Value(a), Value(b), CompareOp::kLess);
  ASSERT_FALSE(less.is_null());
  EXPECT_TRUE(less.as_bool());
  int64_t ha = 0, hb = 0;
  ASSERT_TRUE(hash(vm_, Value(a), &ha));
  ASSERT_TRUE(hash(vm_, Value(make_tuple(vm_, {Value::small_int(1), Value::small_int(2)})), &hb));
  EXPECT_EQ(ha, hb);
}

TEST_F(ValueTest, ComparingUnorderableTypesRaises) {
  Value r = compare(vm_, Value::small_int(1), make_str(vm_, "a"), CompareOp::kLess);
  EXPECT_TRUE(r.is_null());
  EXPECT_TRUE(vm_.error_matches(Exc::kTypeError));
  vm_.clear_error();
}

}  // namespace
}  // namespace pyvm
