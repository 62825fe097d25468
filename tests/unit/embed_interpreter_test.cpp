// SPDX-License-Identifier: GPL-3.0-or-later
// The embedding API's interpreter (include/pyvm/interpreter.h): running
// source and .pvc files, eval, globals, calls, output to the host, Python
// exceptions reaching the host, and independent interpreters.
#include <gtest/gtest.h>
#include <pthread.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "embed_error_of.h"
#include "pyvm/pyvm.h"

namespace {

std::string temporary_path(const std::string& name) {
  return testing::TempDir() + "pyvm_embed_" + std::to_string(getpid()) + "_" + name;
}

TEST(EmbedInterpreter, ExecDefinesGlobalsThatEvalReads) {
  pyvm::Interpreter python;
  python.exec("x = 6\ndef twice(n):\n    return 2 * n\n");
  EXPECT_EQ(python.eval_as<int>("twice(x) + 1"), 13);
  EXPECT_TRUE(python.has_global("twice"));
  EXPECT_FALSE(python.has_global("nothing"));
}

TEST(EmbedInterpreter, GlobalsCanBeSetAndRead) {
  pyvm::Interpreter python;
  python.set_global("name", std::string("pyvm"));
  python.set_global("count", 3);
  python.exec("message = name * count");
  EXPECT_EQ(python.global("message").as<std::string>(), "pyvmpyvmpyvm");
  EXPECT_EQ(python.global("count").as<int>(), 3);
}

TEST(EmbedInterpreter, AMissingGlobalIsANameError) {
  pyvm::Interpreter python;
  const pyvm::Error error = embed_test::error_of([&] { python.global("missing"); });
  EXPECT_EQ(error.type_name(), "NameError");
  EXPECT_EQ(error.message(), "name 'missing' is not defined");
}

TEST(EmbedInterpreter, CallsAPythonFunctionWithCppArguments) {
  pyvm::Interpreter python;
  python.exec(
      "def describe(name, sizes, scale):\n"
      "    return f'{name}: {[s * scale for s in sizes]}'\n");
  const pyvm::PyObject result = python.call("describe", "boxes", std::vector<int>{1, 2}, 1.5);
  EXPECT_EQ(result.as<std::string>(), "boxes: [1.5, 3.0]");
  const pyvm::PyObject function = python.global("describe");
  EXPECT_EQ(function("x", std::vector<int>{}, 2).as<std::string>(), "x: []");
}

TEST(EmbedInterpreter, ObjectsGiveAttributesReprAndTypeName) {
  pyvm::Interpreter python;
  python.exec(
      "class Box:\n    def __init__(self):\n        self.size = 4\n    def __repr__(self):\n       "
      " return 'Box()'\n"
      "box = Box()\n");
  pyvm::PyObject box = python.global("box");
  EXPECT_EQ(box.type_name(), "Box");
  EXPECT_EQ(box.repr(), "Box()");
  EXPECT_EQ(box.attr("size").as<int>(), 4);
  box.set_attr("size", 9);
  EXPECT_EQ(python.eval_as<int>("box.size"), 9);
  EXPECT_TRUE(box.has_attr("size"));
  EXPECT_FALSE(box.has_attr("colour"));
  EXPECT_EQ(python.eval("'a' + 'b'").str(), "ab");
  EXPECT_TRUE(python.eval("None").is_none());
}

TEST(EmbedInterpreter, PythonExceptionsCarryTypeMessageAndTraceback) {
  pyvm::Interpreter python;
  const pyvm::Error error = embed_test::error_of([&] {
    python.exec("def inner():\n    raise ValueError('bad value')\ninner()\n", "script.py");
  });
  EXPECT_EQ(error.type_name(), "ValueError");
  EXPECT_EQ(error.message(), "bad value");
  EXPECT_EQ(std::string(error.what()), "ValueError: bad value");
  EXPECT_NE(error.traceback().find("Traceback (most recent call last):"), std::string::npos)
      << error.traceback();
  EXPECT_NE(error.traceback().find("File \"script.py\", line 2, in inner"), std::string::npos)
      << error.traceback();
  // The interpreter goes on working.
  EXPECT_EQ(python.eval_as<int>("1 + 1"), 2);
}

TEST(EmbedInterpreter, SyntaxErrorsReachTheHost) {
  pyvm::Interpreter python;
  const pyvm::Error error = embed_test::error_of([&] { python.exec("x = (1,\n"); });
  EXPECT_EQ(error.type_name(), "SyntaxError");
  EXPECT_THROW(python.eval("x ="), pyvm::Error);
}

TEST(EmbedInterpreter, OutputGoesToTheHostsCallbacks) {
  pyvm::Interpreter python;
  std::string out, err;
  python.set_stdout([&](std::string_view text) { out += text; });
  python.set_stderr([&](std::string_view text) { err += text; });
  python.exec(
      "import sys\nprint('hello', 42)\nprint('oops', file=sys.stderr)\nsys.stdout.write('raw')\n");
  EXPECT_EQ(out, "hello 42\nraw");
  EXPECT_EQ(err, "oops\n");
}

TEST(EmbedInterpreter, TwoInterpretersHaveSeparateGlobals) {
  pyvm::Interpreter first;
  pyvm::Interpreter second;
  first.exec("x = 'first'\nimport math\nmath.answer = 1");
  second.exec("x = 'second'\nimport math");
  EXPECT_EQ(first.global("x").as<std::string>(), "first");
  EXPECT_EQ(second.global("x").as<std::string>(), "second");
  EXPECT_FALSE(second.eval_as<bool>("hasattr(math, 'answer')"));
  EXPECT_TRUE(first.eval_as<bool>("hasattr(math, 'answer')"));
}

TEST(EmbedInterpreter, ValuesOfAnotherInterpreterAreRefused) {
  pyvm::Interpreter first;
  pyvm::Interpreter second;
  const pyvm::PyObject value = first.eval("[1]");
  const pyvm::Error error = embed_test::error_of([&] { second.set_global("stolen", value); });
  EXPECT_EQ(error.type_name(), "ValueError");
}

TEST(EmbedInterpreter, HandlesOutliveTheirInterpreterAsEmpty) {
  pyvm::PyObject kept;
  {
    pyvm::Interpreter python;
    kept = python.eval("[1, 2, 3]");
    EXPECT_TRUE(kept.valid());
  }
  EXPECT_FALSE(kept.valid());
  EXPECT_THROW(kept.repr(), pyvm::Error);
  const pyvm::PyObject copy = kept;
  EXPECT_FALSE(copy.valid());
  EXPECT_FALSE(pyvm::PyObject().valid());
}

TEST(EmbedInterpreter, ImportsModules) {
  pyvm::Interpreter python;
  const pyvm::PyObject math = python.import("math");
  EXPECT_DOUBLE_EQ(math.attr("sqrt")(16.0).as<double>(), 4.0);
  EXPECT_THROW(python.import("no_such_module"), pyvm::Error);
}

TEST(EmbedInterpreter, RunsSourceAndBytecodeFiles) {
  const std::string source = temporary_path("program.py");
  const std::string bytecode = temporary_path("program.pvc");
  std::ofstream(source) << "result = sum(range(10))\n";
  const std::string command = std::string(PYVM_BINARY) + " --compile " + source + " -o " + bytecode;
  ASSERT_EQ(std::system(command.c_str()), 0);
  for (const std::string& path : {source, bytecode}) {
    pyvm::Interpreter python;
    python.exec_file(path);
    EXPECT_EQ(python.global("result").as<int>(), 45) << path;
  }
  std::ofstream(bytecode, std::ios::binary) << "PVC\0garbage";
  pyvm::Interpreter python;
  EXPECT_THROW(python.exec_file(bytecode), pyvm::Error);
  EXPECT_THROW(python.exec_file(temporary_path("missing.py")), pyvm::Error);
  std::remove(source.c_str());
  std::remove(bytecode.c_str());
}

}  // namespace

namespace {

// Runs `work` on a new thread with a stack of `stack_bytes`.
void run_on_small_stack(size_t stack_bytes, void (*work)()) {
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  pthread_attr_setstacksize(&attributes, stack_bytes);
  pthread_t thread;
  ASSERT_EQ(pthread_create(
                &thread, &attributes,
                [](void* argument) -> void* {
                  reinterpret_cast<void (*)()>(argument)();
                  return nullptr;
                },
                reinterpret_cast<void*>(work)),
            0);
  pthread_join(thread, nullptr);
  pthread_attr_destroy(&attributes);
}

std::string small_stack_outcome;

TEST(EmbedInterpreter, DeepNativeRecursionOnASmallStackIsARecursionError) {
  // Python calling the host calling Python, each level native recursion,
  // on a thread with a quarter of a megabyte of stack.
  run_on_small_stack(size_t{256} << 10, [] {
    pyvm::Limits limits;
    limits.max_recursion_depth = 100000;
    pyvm::Interpreter python(limits);
    python.def("host", [&python](int n) { return python.call("py", n + 1).as<int>(); });
    python.exec("def py(n):\n    return host(n)\n");
    try {
      python.call("py", 0);
      small_stack_outcome = "no error";
    } catch (const pyvm::Error& error) {
      small_stack_outcome = error.type_name();
    }
  });
  EXPECT_EQ(small_stack_outcome, "RecursionError");
}

}  // namespace
