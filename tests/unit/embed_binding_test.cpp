// SPDX-License-Identifier: GPL-3.0-or-later
// C++ functions, classes and modules bound into an interpreter
// (include/pyvm/bind.h), and C++ exceptions becoming Python exceptions.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <map>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

#include "embed_error_of.h"
#include "pyvm/pyvm.h"

// A host type with a conversion of its own: a colour is "#rrggbb" in Python.
struct Colour {
  int red, green, blue;
};

template <>
struct pyvm::Converter<Colour> {
  static PyObject to_python(Interpreter& interpreter, const Colour& c) {
    char text[8];
    std::snprintf(text, sizeof text, "#%02x%02x%02x", c.red & 255, c.green & 255, c.blue & 255);
    return interpreter.from_string(text);
  }
  static Colour from_python(const PyObject& object) {
    const std::string text = object.to_string();
    Colour c{};
    if (text.size() != 7 ||
        std::sscanf(text.c_str(), "#%2x%2x%2x", &c.red, &c.green, &c.blue) != 3) {
      throw pyvm::Error("ValueError", "not a colour: " + text);
    }
    return c;
  }
};

namespace {

int add(int a, int b) { return a + b; }

struct Vec2 {
  Vec2(double x_, double y_) : x(x_), y(y_) {}
  double length() const { return std::sqrt(x * x + y * y); }
  void scale(double factor) {
    x *= factor;
    y *= factor;
  }
  Vec2 plus(const Vec2& other) const { return Vec2(x + other.x, y + other.y); }
  double x, y;
};

// The text of the exception `source` raises inside Python ("Type: message").
std::string python_error(pyvm::Interpreter& python, const std::string& source) {
  python.exec(
      "try:\n"
      "    " +
      source +
      "\n"
      "    caught = 'no error'\n"
      "except BaseException as e:\n"
      "    caught = type(e).__name__ + ': ' + str(e)\n");
  return python.global("caught").as<std::string>();
}

TEST(EmbedBinding, FunctionsAndLambdasConvertTheirArguments) {
  pyvm::Interpreter python;
  python.def("add", add);
  python.def("join", [](const std::vector<std::string>& parts, const std::string& separator) {
    std::string joined;
    for (const std::string& part : parts) joined += (joined.empty() ? "" : separator) + part;
    return joined;
  });
  int calls = 0;
  python.def("count", [&calls]() { ++calls; });
  python.def(
      "lookup",
      [](const std::map<std::string, int>& table, const std::string& key) -> std::optional<int> {
        const auto found = table.find(key);
        if (found == table.end()) return std::nullopt;
        return found->second;
      });
  EXPECT_EQ(python.eval_as<int>("add(2, 3)"), 5);
  EXPECT_EQ(python.eval_as<std::string>("join(['a', 'b', 'c'], '-')"), "a-b-c");
  EXPECT_TRUE(python.eval("count()").is_none());
  python.exec("count(); count()");
  EXPECT_EQ(calls, 3);
  EXPECT_EQ(python.eval_as<int>("lookup({'x': 7}, 'x')"), 7);
  EXPECT_TRUE(python.eval("lookup({}, 'x')").is_none());
  EXPECT_EQ(python.eval("add").repr(), "<built-in function add>");
}

TEST(EmbedBinding, BadArgumentsAreTypeErrorsInPython) {
  pyvm::Interpreter python;
  python.def("add", add);
  EXPECT_EQ(python_error(python, "add(1)"), "TypeError: add() takes 2 arguments (1 given)");
  EXPECT_EQ(python_error(python, "add(1, 'x')"),
            "TypeError: add() argument 2: expected int, got str");
  EXPECT_EQ(python_error(python, "add(1, b=2)"), "TypeError: add() takes no keyword arguments");
  EXPECT_EQ(
      python_error(python, "add(2**40, 1)"),
      "OverflowError: add() argument 1: int 1099511627776 does not fit in a 32-bit signed integer");
}

TEST(EmbedBinding, CppExceptionsBecomePythonExceptions) {
  pyvm::Interpreter python;
  python.def("fail_value", []() -> int { throw pyvm::Error("ValueError", "no good"); });
  python.def("fail_custom", []() { throw pyvm::Error("NoSuchError", "made up"); });
  python.def("fail_std", []() { throw std::out_of_range("index 9"); });
  python.def("fail_memory", []() { throw std::bad_alloc(); });
  python.def("fail_other", []() { throw 42; });
  EXPECT_EQ(python_error(python, "fail_value()"), "ValueError: no good");
  EXPECT_EQ(python_error(python, "fail_custom()"), "RuntimeError: NoSuchError: made up");
  EXPECT_EQ(python_error(python, "fail_std()"), "RuntimeError: C++ exception: index 9");
  EXPECT_EQ(python_error(python, "fail_memory()"), "MemoryError: ");
  EXPECT_EQ(python_error(python, "fail_other()"), "RuntimeError: C++ exception of an unknown type");
  // Uncaught in Python, it comes back to the host as a pyvm::Error.
  const pyvm::Error error = embed_test::error_of([&] { python.exec("fail_value()"); });
  EXPECT_EQ(error.type_name(), "ValueError");
  EXPECT_EQ(error.message(), "no good");
}

TEST(EmbedBinding, ErrorsCrossBothWaysThroughNestedCalls) {
  pyvm::Interpreter python;
  python.exec("def check(n):\n    if n < 0:\n        raise KeyError(n)\n    return n\n");
  python.def("checked_twice", [&python](int n) { return 2 * python.call("check", n).as<int>(); });
  EXPECT_EQ(python.eval_as<int>("checked_twice(4)"), 8);
  EXPECT_EQ(python_error(python, "checked_twice(-1)"), "KeyError: -1");
}

TEST(EmbedBinding, NamedParametersTakeKeywordsAndDefaults) {
  pyvm::Interpreter python;
  python.def(
      "box", [](double width, double height, const std::string& unit) {
        return std::to_string(int(width * height)) + unit;
      },
      pyvm::arg("width"), pyvm::arg("height") = 1.0, pyvm::arg("unit") = std::string(" m2"));
  EXPECT_EQ(python.eval_as<std::string>("box(3)"), "3 m2");
  EXPECT_EQ(python.eval_as<std::string>("box(3, 4)"), "12 m2");
  EXPECT_EQ(python.eval_as<std::string>("box(height=5, width=2)"), "10 m2");
  EXPECT_EQ(python.eval_as<std::string>("box(2, unit=' cm2')"), "2 cm2");
  EXPECT_EQ(python.eval_as<std::string>("box(*[2, 3], **{'unit': ''})"), "6");
  // CPython's messages for a built-in function's arguments.
  EXPECT_EQ(python_error(python, "box()"),
            "TypeError: box() missing required argument 'width' (pos 1)");
  EXPECT_EQ(python_error(python, "box(1, depth=2)"),
            "TypeError: 'depth' is an invalid keyword argument for box()");
  EXPECT_EQ(python_error(python, "box(1, width=2)"),
            "TypeError: argument for box() given by name ('width') and position (1)");
  EXPECT_EQ(python_error(python, "box(1, 2, 3, 4)"),
            "TypeError: box() takes at most 3 arguments (4 given)");
  EXPECT_EQ(python_error(python, "box('wide')"),
            "TypeError: box() argument 1: expected float, got str");

  python.bind_class<Vec2>("Vec2")
      .constructor<double, double>()
      .method("scaled_length", [](const Vec2& v, double factor) { return v.length() * factor; },
              pyvm::arg("factor") = 2.0);
  EXPECT_DOUBLE_EQ(python.eval_as<double>("Vec2(3, 4).scaled_length()"), 10.0);
  EXPECT_DOUBLE_EQ(python.eval_as<double>("Vec2(3, 4).scaled_length(factor=3)"), 15.0);
  EXPECT_DOUBLE_EQ(python.eval_as<double>("Vec2.scaled_length(Vec2(3, 4), factor=1)"), 5.0);

  python.module("geometry").def("area", [](int side) { return side * side; }, pyvm::arg("side"));
  EXPECT_EQ(python.eval_as<int>("__import__('geometry').area(side=7)"), 49);

  // A parameter without a default after one with a default is the host's mistake.
  const pyvm::Error error = embed_test::error_of([&] {
    python.def("bad", [](int a, int b) { return a + b; }, pyvm::arg("a") = 1, pyvm::arg("b"));
  });
  EXPECT_EQ(error.message(), "parameter 'b' without a default follows one with a default");
}

TEST(EmbedBinding, AClassWithConstructorMethodsAndProperties) {
  pyvm::Interpreter python;
  python.bind_class<Vec2>("Vec2")
      .constructor<double, double>()
      .method("length", &Vec2::length)
      .method("scale", &Vec2::scale)
      .method("plus", &Vec2::plus)
      .method("describe", [](const Vec2& v,
                             const std::string& label) { return label + std::to_string(int(v.x)); })
      .field("x", &Vec2::x)
      .property("y", [](const Vec2& v) { return v.y; });
  python.exec(
      "v = Vec2(3, 4)\n"
      "n = v.length()\n"
      "v.scale(2)\n"
      "w = v.plus(Vec2(1, 1))\n"
      "v.x = 10\n");
  EXPECT_DOUBLE_EQ(python.global("n").as<double>(), 5.0);
  EXPECT_DOUBLE_EQ(python.eval_as<double>("v.x"), 10.0);
  EXPECT_DOUBLE_EQ(python.eval_as<double>("v.y"), 8.0);
  EXPECT_DOUBLE_EQ(python.eval_as<double>("w.x + w.y"), 16.0);
  EXPECT_EQ(python.eval_as<std::string>("v.describe('x=')"), "x=10");
  EXPECT_EQ(python.eval_as<std::string>("type(v).__name__"), "Vec2");
  EXPECT_TRUE(python.eval_as<bool>("isinstance(w, Vec2)"));
  // The host reads the C++ object back, and gives its own to Python.
  const Vec2 copy = python.global("v").as<Vec2>();
  EXPECT_DOUBLE_EQ(copy.x, 10.0);
  python.set_global("origin", Vec2(0, 0));
  EXPECT_DOUBLE_EQ(python.eval_as<double>("origin.length()"), 0.0);
}

TEST(EmbedBinding, BoundClassesRefuseWrongUse) {
  pyvm::Interpreter python;
  python.bind_class<Vec2>("Vec2")
      .constructor<double, double>()
      .method("length", &Vec2::length)
      .property("y", [](const Vec2& v) { return v.y; });
  EXPECT_EQ(python_error(python, "Vec2(1)"), "TypeError: Vec2() takes 2 arguments (1 given)");
  EXPECT_EQ(python_error(python, "Vec2('a', 2)"),
            "TypeError: Vec2() argument 1: expected float, got str");
  EXPECT_EQ(python_error(python, "Vec2.length(5)"),
            "TypeError: length() argument 1: expected Vec2, got int");
  EXPECT_EQ(python_error(python, "Vec2(1, 2).y = 3"),
            "AttributeError: property of '__main__.Vec2' object has no setter");
  EXPECT_EQ(python_error(python, "object.__new__(Vec2)"),
            "TypeError: object.__new__(Vec2) is not safe, use Vec2.__new__()");
  EXPECT_THROW(python.eval("Vec2(1, 2)").as<std::string>(), pyvm::Error);
}

// A class whose accessors return references to its members.
class Labelled {
 public:
  explicit Labelled(std::string label) : label_(std::move(label)) {}
  const std::string& label() const { return label_; }
  std::vector<int>& counts() { return counts_; }

 private:
  std::string label_;
  std::vector<int> counts_{1, 2};
};

TEST(EmbedBinding, MethodsReturningReferencesGiveCopies) {
  pyvm::Interpreter python;
  python.bind_class<Labelled>("Labelled")
      .constructor<std::string>()
      .property("label", &Labelled::label)
      .method("counts", &Labelled::counts);
  EXPECT_EQ(python.eval_as<std::string>("Labelled('tag').label * 2"), "tagtag");
  EXPECT_EQ(python.eval_as<std::vector<int>>("Labelled('x').counts()"), (std::vector<int>{1, 2}));
}

TEST(EmbedBinding, MethodsNamedAsSpecialMethodsAreOperators) {
  pyvm::Interpreter python;
  python.bind_class<Vec2>("Vec2")
      .constructor<double, double>()
      .method("__add__", &Vec2::plus)
      .method("__eq__", [](const Vec2& a, const Vec2& b) { return a.x == b.x && a.y == b.y; })
      .method("__repr__",
              [](const Vec2& v) {
                return "Vec2(" + std::to_string(int(v.x)) + ", " + std::to_string(int(v.y)) + ")";
              })
      .method("__len__", [](const Vec2&) { return 2; });
  EXPECT_EQ(python.eval("Vec2(1, 2) + Vec2(3, 4)").repr(), "Vec2(4, 6)");
  EXPECT_TRUE(python.eval_as<bool>("Vec2(1, 2) == Vec2(1, 2)"));
  EXPECT_FALSE(python.eval_as<bool>("Vec2(1, 2) == Vec2(2, 1)"));
  EXPECT_EQ(python.eval_as<int>("len(Vec2(0, 0))"), 2);
  EXPECT_EQ(python.eval_as<std::string>("str([Vec2(1, 1)])"), "[Vec2(1, 1)]");
}

TEST(EmbedBinding, AClassWithoutConstructorCannotBeCalled) {
  pyvm::Interpreter python;
  python.bind_class<Vec2>("Vec2").method("length", &Vec2::length);
  EXPECT_EQ(python_error(python, "Vec2(1, 2)"), "TypeError: cannot create 'Vec2' instances");
  python.set_global("v", Vec2(6, 8));
  EXPECT_DOUBLE_EQ(python.eval_as<double>("v.length()"), 10.0);
}

TEST(EmbedBinding, UnboundClassesCannotCross) {
  pyvm::Interpreter python;
  const pyvm::Error error = embed_test::error_of([&] { python.set_global("v", Vec2(1, 1)); });
  EXPECT_EQ(error.type_name(), "TypeError");
}

TEST(EmbedBinding, AModuleScriptsImport) {
  pyvm::Interpreter python;
  python.module("game")
      .def("square", [](int n) { return n * n; })
      .add("version", std::string("1.2"))
      .bind_class<Vec2>("Vec2")
      .constructor<double, double>()
      .method("length", &Vec2::length);
  python.exec(
      "import game\n"
      "from game import square\n"
      "result = (square(7), game.version, game.Vec2(3, 4).length())\n");
  EXPECT_EQ((python.global("result").as<std::tuple<int, std::string, double>>()),
            std::make_tuple(49, std::string("1.2"), 5.0));
}

}  // namespace

namespace {

TEST(EmbedBinding, UntypedFunctionsReceiveTheArgumentsAsGiven) {
  pyvm::Interpreter python;
  const pyvm::PyObject describe =
      python.make_function("describe", [&python](const std::vector<pyvm::PyObject>& arguments) {
        std::string text;
        for (const pyvm::PyObject& argument : arguments) text += argument.type_name() + " ";
        return python.from_string(text);
      });
  python.set_global("describe", describe);
  EXPECT_EQ(python.eval_as<std::string>("describe(1, 'a', [], None)"), "int str list NoneType ");
  EXPECT_EQ(python.eval_as<std::string>("describe()"), "");
  // A body that returns an empty handle returns None.
  python.set_global("nothing",
                    python.make_function("nothing", [](const std::vector<pyvm::PyObject>&) {
                      return pyvm::PyObject();
                    }));
  EXPECT_TRUE(python.eval("nothing(1)").is_none());
}

TEST(EmbedBinding, FunctionObjectsPassToPythonAndBack) {
  pyvm::Interpreter python;
  const pyvm::PyObject negate = python.function("negate", [](int n) { return -n; });
  python.set_global("negate", negate);
  EXPECT_EQ(python.eval_as<std::vector<int>>("sorted([2, 3, 1], key=negate)"),
            (std::vector<int>{3, 2, 1}));
  EXPECT_EQ(negate.call({python.from_int(5)}).as<int>(), -5);
  EXPECT_EQ(negate(7).as<int>(), -7);
}

TEST(EmbedBinding, ErrorsHoldThePythonExceptionObject) {
  pyvm::Interpreter python;
  const pyvm::Error error = embed_test::error_of([&] { python.exec("raise KeyError('a', 2)"); });
  ASSERT_TRUE(error.exception().valid());
  EXPECT_EQ(error.exception().attr("args").repr(), "('a', 2)");
  EXPECT_FALSE(pyvm::Error("ValueError", "from C++").exception().valid());
}

TEST(EmbedBinding, HostsAddConversionsOfTheirOwn) {
  pyvm::Interpreter python;
  python.def("brighter", [](const Colour& c) {
    return Colour{c.red + 16, c.green + 16, c.blue + 16};
  });
  EXPECT_EQ(python.eval_as<std::string>("brighter('#102030')"), "#203040");
  EXPECT_EQ(python.eval("'#0a0b0c'").as<Colour>().blue, 12);
  const pyvm::Error error = embed_test::error_of([&] { python.eval("brighter('red')"); });
  EXPECT_EQ(error.type_name(), "ValueError");
  EXPECT_EQ(error.message(), "brighter() argument 1: not a colour: red");
}

TEST(EmbedBinding, ClassesAndModulesGiveTheirPythonObjects) {
  pyvm::Interpreter python;
  const pyvm::PyClass<Vec2> vec2 = python.bind_class<Vec2>("Vec2");
  EXPECT_EQ(vec2.type().repr(), "<class '__main__.Vec2'>");
  const pyvm::PyModule tools = python.module("tools");
  EXPECT_EQ(tools.object().attr("__name__").as<std::string>(), "tools");
}

}  // namespace
