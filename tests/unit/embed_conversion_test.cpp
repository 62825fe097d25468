// SPDX-License-Identifier: GPL-3.0-or-later
// Conversions between C++ and Python values (include/pyvm/convert.h), both
// ways, and the errors a value of the wrong type or range gives.
#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "embed_error_of.h"
#include "pyvm/pyvm.h"

namespace {

// The error `convert` throws: "Type: message".
template <class Convert>
std::string error_of(Convert convert) {
  const pyvm::Error error = embed_test::error_of(convert);
  return error.type_name() + ": " + error.message();
}

class EmbedConversion : public testing::Test {
 protected:
  // repr() of a C++ value converted to Python.
  template <class T>
  std::string python_repr(const T& value) {
    return python.to_python(value).repr();
  }
  pyvm::Interpreter python;
};

TEST_F(EmbedConversion, ScalarsToPython) {
  EXPECT_EQ(python_repr(true), "True");
  EXPECT_EQ(python_repr(-7), "-7");
  EXPECT_EQ(python_repr(INT64_MIN), "-9223372036854775808");
  EXPECT_EQ(python_repr(UINT64_MAX), "18446744073709551615");
  EXPECT_EQ(python_repr(uint8_t{200}), "200");
  EXPECT_EQ(python_repr(2.5), "2.5");
  EXPECT_EQ(python_repr(1.0f), "1.0");
  EXPECT_EQ(python_repr(std::string("caf\xc3\xa9")), "'café'");
  EXPECT_EQ(python_repr("text"), "'text'");
  EXPECT_EQ(python_repr(std::string_view("view")), "'view'");
}

TEST_F(EmbedConversion, ScalarsFromPython) {
  EXPECT_EQ(python.eval_as<bool>("1 < 2"), true);
  EXPECT_EQ(python.eval_as<int>("-3"), -3);
  EXPECT_EQ(python.eval_as<int64_t>("2**63 - 1"), INT64_MAX);
  EXPECT_EQ(python.eval_as<uint64_t>("2**64 - 1"), UINT64_MAX);
  EXPECT_EQ(python.eval_as<uint8_t>("255"), 255);
  EXPECT_EQ(python.eval_as<int>("True"), 1);  // bool is an int, as in Python
  EXPECT_DOUBLE_EQ(python.eval_as<double>("0.25"), 0.25);
  EXPECT_DOUBLE_EQ(python.eval_as<double>("3"), 3.0);  // an int where a float is wanted
  EXPECT_EQ(python.eval_as<std::string>("'é' * 2"), "éé");
}

TEST_F(EmbedConversion, WrongTypesAreTypeErrors) {
  EXPECT_EQ(error_of([&] { python.eval_as<int>("'7'"); }), "TypeError: expected int, got str");
  EXPECT_EQ(error_of([&] { python.eval_as<bool>("1"); }), "TypeError: expected bool, got int");
  EXPECT_EQ(error_of([&] { python.eval_as<double>("None"); }),
            "TypeError: expected float, got NoneType");
  EXPECT_EQ(error_of([&] { python.eval_as<std::string>("b'x'"); }),
            "TypeError: expected str, got bytes");
  EXPECT_EQ(error_of([&] { python.eval_as<std::vector<int>>("{1: 2}"); }),
            "TypeError: expected list or tuple, got dict");
  EXPECT_EQ(error_of([&] { python.eval_as<std::vector<int>>("[1, 'two']"); }),
            "TypeError: expected int, got str");
  EXPECT_EQ(error_of([&] { (python.eval_as<std::map<std::string, int>>("[1]")); }),
            "TypeError: expected dict, got list");
  EXPECT_EQ(error_of([&] { (python.eval_as<std::tuple<int, int>>("(1, 2, 3)")); }),
            "TypeError: expected a tuple of 2 items, got tuple of 3");
}

TEST_F(EmbedConversion, IntegersOutOfRangeAreOverflowErrors) {
  EXPECT_EQ(error_of([&] { python.eval_as<uint8_t>("256"); }),
            "OverflowError: int 256 does not fit in a 8-bit unsigned integer");
  EXPECT_EQ(error_of([&] { python.eval_as<int16_t>("-40000"); }),
            "OverflowError: int -40000 does not fit in a 16-bit signed integer");
  EXPECT_EQ(error_of([&] { python.eval_as<unsigned>("-1"); }),
            "OverflowError: int -1 does not fit in a 64-bit unsigned integer");
  EXPECT_EQ(error_of([&] { python.eval_as<int64_t>("2**63"); }),
            "OverflowError: int 9223372036854775808 does not fit in a 64-bit signed integer");
}

TEST_F(EmbedConversion, ContainersBothWays) {
  EXPECT_EQ(python_repr(std::vector<int>{1, 2, 3}), "[1, 2, 3]");
  EXPECT_EQ(python_repr(std::vector<std::vector<std::string>>{{"a"}, {}}), "[['a'], []]");
  EXPECT_EQ(python_repr(std::map<std::string, double>{{"b", 2}, {"a", 1}}), "{'a': 1.0, 'b': 2.0}");
  EXPECT_EQ(python_repr(std::unordered_map<int, bool>{{1, true}}), "{1: True}");
  EXPECT_EQ(python_repr(std::optional<int>()), "None");
  EXPECT_EQ(python_repr(std::optional<int>(4)), "4");
  EXPECT_EQ(python_repr(std::make_tuple(1, std::string("x"), false)), "(1, 'x', False)");
  EXPECT_EQ(python_repr(std::make_pair(1.5, 2)), "(1.5, 2)");

  EXPECT_EQ(python.eval_as<std::vector<int>>("(4, 5)"), (std::vector<int>{4, 5}));
  EXPECT_EQ((python.eval_as<std::map<std::string, int>>("{'x': 1, 'y': 2}")),
            (std::map<std::string, int>{{"x", 1}, {"y", 2}}));
  EXPECT_EQ((python.eval_as<std::unordered_map<int, std::string>>("{1: 'a'}")),
            (std::unordered_map<int, std::string>{{1, "a"}}));
  EXPECT_EQ(python.eval_as<std::optional<int>>("None"), std::nullopt);
  EXPECT_EQ(python.eval_as<std::optional<int>>("8"), 8);
  EXPECT_EQ((python.eval_as<std::tuple<int, std::string>>("[3, 'z']")),
            std::make_tuple(3, std::string("z")));
  EXPECT_EQ((python.eval_as<std::pair<int, int>>("(1, 2)")), std::make_pair(1, 2));
}

TEST_F(EmbedConversion, InvalidUtf8IsRefused) {
  EXPECT_EQ(error_of([&] { python.to_python(std::string("\xff")); }),
            "ValueError: the C++ string is not valid UTF-8");
}

TEST_F(EmbedConversion, ObjectsPassThrough) {
  const pyvm::PyObject list = python.eval("[1]");
  python.set_global("same", list);
  EXPECT_TRUE(python.eval_as<bool>("same is same"));
  EXPECT_EQ(python.eval("same").as<pyvm::PyObject>().repr(), "[1]");
}

}  // namespace
