// SPDX-License-Identifier: GPL-3.0-or-later
// Compiler tests: scope analysis (where each name lives), the instructions
// the code generator emits for small programs, constant folding, stack
// depth, line tables, and the errors found after parsing.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "bytecode/code_object.h"
#include "bytecode/opcodes.h"
#include "compiler/compiler.h"
#include "compiler/parser.h"
#include "compiler/scope.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "lib/standard_library.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

class CompilerTest : public ::testing::Test {
 protected:
  Ref<CodeObject> compile(std::string_view source) {
    CompileResult result = compile_to_code(vm_, source, "test.py", ParseMode::kFile);
    EXPECT_FALSE(result.error) << result.error->message;
    return result.code;
  }

  std::string error_of(std::string_view source) {
    CompileResult result = compile_to_code(vm_, source, "test.py", ParseMode::kFile);
    if (!result.error) return "(compiled)";
    std::string text = result.error->message;
    text.append(" @").append(std::to_string(result.error->line));
    return text;
  }

  // "NAME arg" per instruction (the argument only when it has a meaning).
  static std::vector<std::string> listing(const CodeObject* code) {
    std::vector<std::string> lines;
    for (uint32_t word : code->instructions) {
      const OpcodeInfo& info = opcode_info(opcode_of(word));
      std::string line(info.name);
      if (info.arg_kind != ArgKind::kNone) line.append(" ").append(std::to_string(argument_of(word)));
      lines.push_back(line);
    }
    return lines;
  }

  // The first nested code object among a code object's constants.
  static const CodeObject* nested(const CodeObject* code, std::string_view name) {
    for (const Value& constant : code->constants) {
      if (constant.is_object() && constant.as_object()->type->name &&
          constant.as_object()->type->name->view() == "code") {
        const auto* inner = constant.as<CodeObject>();
        if (inner->name->view() == name) return inner;
      }
    }
    return nullptr;
  }

  static std::vector<std::string> names(const std::vector<Ref<Str>>& list) {
    std::vector<std::string> out;
    for (const Ref<Str>& s : list) out.emplace_back(s->view());
    return out;
  }

  StandardVM vm_;
};

using Strings = std::vector<std::string>;

// ---------------------------------------------------------------- scopes

struct ScopeFixture {
  ParseResult parsed;
  ScopeTable table;
  std::optional<SyntaxError> error;
};

ScopeFixture analyze(std::string_view source) {
  ScopeFixture f;
  f.parsed = parse(source, "test.py");
  EXPECT_FALSE(f.parsed.error);
  const Runtime runtime;
  CompileDepth depth(runtime);
  f.error = analyze_scopes(*f.parsed.module, "test.py", false, depth, &f.table);
  return f;
}

const Scope* child(const Scope* scope, std::string_view name) {
  for (const auto& c : scope->children) {
    if (c->name == name) return c.get();
  }
  return nullptr;
}

TEST(ScopeTest, LocalsGlobalsAndBuiltins) {
  ScopeFixture f = analyze("x = 1\ndef f(a):\n    b = a + x\n    return len(b)\n");
  ASSERT_FALSE(f.error);
  const Scope* fn = child(f.table.module.get(), "f");
  ASSERT_NE(fn, nullptr);
  EXPECT_EQ(fn->binding_of("a"), Binding::kLocal);
  EXPECT_EQ(fn->binding_of("b"), Binding::kLocal);
  EXPECT_EQ(fn->binding_of("x"), Binding::kGlobalImplicit);
  EXPECT_EQ(fn->binding_of("len"), Binding::kGlobalImplicit);
  EXPECT_EQ(fn->locals, (Strings{"a", "b"}));  // parameters first
}

TEST(ScopeTest, CellsAndFreeVariables) {
  ScopeFixture f = analyze(
      "def outer(n):\n"
      "    total = 0\n"
      "    def inner():\n"
      "        nonlocal total\n"
      "        total += n\n"
      "    return inner\n");
  ASSERT_FALSE(f.error);
  const Scope* outer = child(f.table.module.get(), "outer");
  const Scope* inner = child(outer, "inner");
  EXPECT_EQ(outer->binding_of("total"), Binding::kCell);
  EXPECT_EQ(outer->binding_of("n"), Binding::kCell);
  EXPECT_EQ(inner->binding_of("total"), Binding::kFree);
  EXPECT_EQ(inner->binding_of("n"), Binding::kFree);
  EXPECT_EQ(inner->qualname, "outer.<locals>.inner");
}

TEST(ScopeTest, GlobalDeclarationAndClassScope) {
  ScopeFixture f = analyze(
      "def f():\n    global g\n    g = 1\n"
      "class C:\n    y = 2\n    def m(self):\n        return y\n");
  ASSERT_FALSE(f.error);
  EXPECT_EQ(child(f.table.module.get(), "f")->binding_of("g"), Binding::kGlobalExplicit);
  // A class body's names are not visible in its methods.
  const Scope* m = child(child(f.table.module.get(), "C"), "m");
  EXPECT_EQ(m->binding_of("y"), Binding::kGlobalImplicit);
}

TEST(ScopeTest, SuperNeedsClassCellAndMangling) {
  ScopeFixture f = analyze(
      "class C:\n    def m(self):\n        self.__x = 1\n        return super().m()\n");
  ASSERT_FALSE(f.error);
  const Scope* c = child(f.table.module.get(), "C");
  EXPECT_TRUE(c->needs_class_cell);
  EXPECT_EQ(child(c, "m")->binding_of("__class__"), Binding::kFree);
}

TEST(ScopeTest, ComprehensionsHaveTheirOwnScope) {
  ScopeFixture f = analyze("def f(xs):\n    return [x * k for x in xs for k in (1, 2)]\n");
  ASSERT_FALSE(f.error);
  const Scope* fn = child(f.table.module.get(), "f");
  const Scope* comp = child(fn, "<listcomp>");
  ASSERT_NE(comp, nullptr);
  EXPECT_EQ(comp->binding_of("x"), Binding::kLocal);
  EXPECT_EQ(fn->bindings.count("x"), 0u);
}

TEST(ScopeTest, Errors) {
  EXPECT_EQ(analyze("nonlocal x\n").error->message, "nonlocal declaration not allowed at module level");
  EXPECT_EQ(analyze("def f():\n    nonlocal x\n").error->message, "no binding for nonlocal 'x' found");
  EXPECT_EQ(analyze("def f(a):\n    global a\n").error->message, "name 'a' is parameter and global");
  EXPECT_EQ(analyze("def f():\n    x = 1\n    global x\n").error->message,
            "name 'x' is assigned to before global declaration");
}

// ----------------------------------------------------------- instructions

TEST_F(CompilerTest, ModuleAssignmentAndCall) {
  Ref<CodeObject> code = compile("x = 1\nprint(x + 2)\n");
  EXPECT_EQ(listing(code.get()), (Strings{"LOAD_CONST 0", "STORE_NAME 0", "LOAD_NAME 1",
                                          "LOAD_NAME 0", "LOAD_CONST 1", "BINARY_ADD", "CALL 1",
                                          "POP_TOP", "LOAD_CONST 2", "RETURN_VALUE"}));
  EXPECT_EQ(names(code->names), (Strings{"x", "print"}));
}

TEST_F(CompilerTest, FunctionLocalsUseSlots) {
  Ref<CodeObject> code = compile("def f(a, b=2):\n    c = a * b\n    return c\n");
  const CodeObject* f = nested(code.get(), "f");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(names(f->local_names), (Strings{"a", "b", "c"}));
  EXPECT_EQ(f->argument_count, 2);
  // (The optimizer fuses a pair on one line into a superinstruction; the second half stays.)
  EXPECT_EQ(listing(f), (Strings{"LOAD_FAST__LOAD_FAST 0", "LOAD_FAST 1", "BINARY_MULTIPLY",
                                 "STORE_FAST 2", "LOAD_FAST 2", "RETURN_VALUE"}));
  EXPECT_TRUE(f->names.empty());  // no string lookups for locals
}

TEST_F(CompilerTest, ClosuresUseCells) {
  Ref<CodeObject> code = compile("def outer():\n    n = 1\n    def inner():\n        return n\n    return inner\n");
  const CodeObject* outer = nested(code.get(), "outer");
  ASSERT_NE(outer, nullptr);
  EXPECT_EQ(names(outer->cell_names), (Strings{"n"}));
  const CodeObject* inner = nested(outer, "inner");
  ASSERT_NE(inner, nullptr);
  EXPECT_EQ(names(inner->free_names), (Strings{"n"}));
  EXPECT_EQ(listing(inner), (Strings{"LOAD_DEREF 0", "RETURN_VALUE"}));
}

TEST_F(CompilerTest, WhileLoopJumpsBackward) {
  Ref<CodeObject> code = compile("def f(n):\n    while n:\n        n -= 1\n    return n\n");
  const CodeObject* f = nested(code.get(), "f");
  bool backward_jump = false;
  for (size_t i = 0; i < f->instructions.size(); ++i) {
    const uint32_t word = f->instructions[i];
    if ((opcode_info(opcode_of(word)).flags & kJumps) && argument_of(word) <= i) backward_jump = true;
  }
  EXPECT_TRUE(backward_jump);
}

TEST_F(CompilerTest, ConstantTuplesAreFolded) {
  Ref<CodeObject> code = compile("t = (1, 2, (3, -4))\n");
  ASSERT_EQ(listing(code.get()).front(), "LOAD_CONST 0");
  ASSERT_TRUE(is_tuple(code->constants[0]));
  const Tuple* t = as_tuple(code->constants[0]);
  ASSERT_EQ(t->size, 3u);
  EXPECT_EQ(as_tuple((*t)[2])->size, 2u);
  EXPECT_EQ((*as_tuple((*t)[2]))[1].as_small_int(), -4);
}

TEST_F(CompilerTest, StackSizeCoversDeepestExpression) {
  Ref<CodeObject> code = compile("x = [1, 2, [3, 4, [5, 6]]]\n");
  EXPECT_GE(code->stack_size, 3);
  EXPECT_LE(code->stack_size, 8);
}

TEST_F(CompilerTest, LineTableMapsInstructionsToLines) {
  Ref<CodeObject> code = compile("a = 1\n\nb = 2\n");
  EXPECT_EQ(code->line_of(0), 1);
  EXPECT_EQ(code->line_of(2), 3);
}

TEST_F(CompilerTest, TryHasExceptionHandlers) {
  Ref<CodeObject> code = compile("try:\n    x = 1\nexcept ValueError:\n    x = 2\n");
  ASSERT_FALSE(code->handlers.empty());
  const ExceptionHandler* handler = code->handler_for(0);
  EXPECT_TRUE(handler == nullptr || handler->target < code->instructions.size());
  bool protected_store = false;
  for (size_t i = 0; i < code->instructions.size(); ++i) {
    if (opcode_of(code->instructions[i]) == Opcode::STORE_NAME && code->handler_for(i)) protected_store = true;
  }
  EXPECT_TRUE(protected_store);
}

// try/except*: the handler keeps [previous, original, raised list, rest];
// each clause takes its part with CHECK_EG_MATCH (jumping to the next
// clause when nothing matches), what it raises is appended to the list, and
// PREP_RERAISE_STAR raises what is left.
TEST_F(CompilerTest, ExceptStarSequence) {
  Ref<CodeObject> code = compile("try:\n    f()\nexcept* E as e:\n    g()\n");
  EXPECT_EQ(listing(code.get()),
            (Strings{"NOP", "LOAD_NAME 0", "CALL 0", "POP_TOP", "JUMP 30",  // the body
                     "PUSH_EXC_INFO", "COPY 1", "BUILD_LIST 0", "SWAP 2",   // [prev, orig, [], exc]
                     "LOAD_NAME 1", "CHECK_EG_MATCH 23", "STORE_NAME 2",    // except* E as e:
                     "LOAD_NAME 3", "CALL 0", "POP_TOP",                    //     g()
                     "LOAD_CONST 0", "STORE_NAME 2", "DELETE_NAME 2", "JUMP 23",
                     "LOAD_CONST 0", "STORE_NAME 2", "DELETE_NAME 2", "LIST_APPEND 2",  // g() raised
                     "LIST_APPEND 1", "PREP_RERAISE_STAR", "POP_EXCEPT", "JUMP 30",  // the end
                     "SWAP 2", "POP_EXCEPT", "RERAISE",  // cleanup
                     "LOAD_CONST 0", "RETURN_VALUE"}));
  // The clause's body is protected at depth 4 ([previous, original,
  // raised, rest]), what follows the clauses by the cleanup at depth 1.
  const ExceptionHandler* body = code->handler_for(12);
  ASSERT_NE(body, nullptr);
  EXPECT_EQ(body->depth, 4);
  EXPECT_EQ(body->target, 19u);
  const ExceptionHandler* cleanup = code->handler_for(24);
  ASSERT_NE(cleanup, nullptr);
  EXPECT_EQ(cleanup->depth, 1);
  EXPECT_EQ(cleanup->target, 27u);
}

TEST_F(CompilerTest, GeneratorFlag) {
  Ref<CodeObject> code = compile("def g():\n    yield 1\ndef f():\n    return 1\n");
  EXPECT_TRUE(nested(code.get(), "g")->has_flag(kCodeGenerator));
  EXPECT_FALSE(nested(code.get(), "f")->has_flag(kCodeGenerator));
}

// ---------------------------------------------------- errors after parsing

TEST_F(CompilerTest, ErrorsFoundByTheCompiler) {
  EXPECT_EQ(error_of("return 1\n"), "'return' outside function @1");
  EXPECT_EQ(error_of("x = 1\nbreak\n"), "'break' outside loop @2");
  EXPECT_EQ(error_of("continue\n"), "'continue' not properly in loop @1");
  EXPECT_EQ(error_of("yield 1\n"), "'yield' outside function @1");
  EXPECT_EQ(error_of("def f():\n    x = 1\n    global x\n"),
            "name 'x' is assigned to before global declaration @3");
}

// Every error of the match statement, from the parser or the compiler, with
// the kind, message and range CPython 3.11 gives (compile() of the source).
// A source that must not compile, and the error CPython 3.11 reports.
struct CompileErrorCase {
  const char* source;
  const char* kind;
  const char* message;
  int line, column, end_line, end_column;
};

template <size_t N>
void expect_compile_errors(VM& vm, const CompileErrorCase (&cases)[N]) {
  for (const CompileErrorCase& expected : cases) {
    SCOPED_TRACE(expected.source);
    CompileResult result = compile_to_code(vm, expected.source, "test.py", ParseMode::kFile);
    ASSERT_TRUE(result.error);
    EXPECT_EQ(result.error->kind, expected.kind);
    EXPECT_EQ(result.error->message, expected.message);
    EXPECT_EQ(result.error->line, expected.line);
    EXPECT_EQ(result.error->column, expected.column);
    EXPECT_EQ(result.error->end_line, expected.end_line);
    EXPECT_EQ(result.error->end_column, expected.end_column);
  }
}

TEST_F(CompilerTest, MatchStatementErrors) {
  using Case = CompileErrorCase;
  const Case cases[] = {
      {"match x\n", "SyntaxError", "expected ':'", 1, 8, 1, 8},
      {"match x:\npass\n", "IndentationError",
       "expected an indented block after 'match' statement on line 1", 2, 1, 2, 5},
      {"match x:\n    case 1:\n    pass\n", "IndentationError",
       "expected an indented block after 'case' statement on line 2", 3, 5, 3, 9},
      {"match x:\n    case 1\n        pass\n", "SyntaxError", "expected ':'", 2, 11, 2, 11},
      {"match x:\n    case 1 as _:\n        pass\n", "SyntaxError", "cannot use '_' as a target",
       2, 15, 2, 16},
      {"match x:\n    case 1 as 1 + 2:\n        pass\n", "SyntaxError", "invalid pattern target",
       2, 15, 2, 20},
      {"match x:\n    case C(a=1, b, c):\n        pass\n", "SyntaxError",
       "positional patterns follow keyword patterns", 2, 17, 2, 21},
      {"match x:\n    case 1j + 2j:\n        pass\n", "SyntaxError",
       "real number required in complex literal", 2, 10, 2, 12},
      {"match x:\n    case 1 + 2:\n        pass\n", "SyntaxError",
       "imaginary number required in complex literal", 2, 14, 2, 15},
      {"match x:\n    case f'{x}':\n        pass\n", "SyntaxError",
       "patterns may only match literals and attribute lookups", 2, 10, 2, 16},
      {"match x:\n    case {'a': 1, 'a': 2}:\n        pass\n", "SyntaxError",
       "mapping pattern checks duplicate key ('a')", 2, 10, 2, 26},
      {"match x:\n    case {1: 1, True: 2}:\n        pass\n", "SyntaxError",
       "mapping pattern checks duplicate key (True)", 2, 10, 2, 25},
      {"match x:\n    case [*a, *b]:\n        pass\n", "SyntaxError",
       "multiple starred names in sequence pattern", 2, 10, 2, 18},
      {"match x:\n    case _:\n        pass\n    case 1:\n        pass\n", "SyntaxError",
       "wildcard makes remaining patterns unreachable", 2, 10, 2, 11},
      {"match x:\n    case a | b:\n        pass\n", "SyntaxError",
       "name capture 'a' makes remaining patterns unreachable", 2, 10, 2, 11},
      {"match x:\n    case [a, a]:\n        pass\n", "SyntaxError",
       "multiple assignments to name 'a' in pattern", 2, 14, 2, 15},
      {"match x:\n    case __debug__:\n        pass\n", "SyntaxError",
       "cannot assign to __debug__", 2, 10, 2, 19},
      {"match x:\n    case 1:\n        pass\n    y = 2\n", "SyntaxError", "invalid syntax", 4, 5,
       4, 6},
  };
  expect_compile_errors(vm_, cases);
}

// CPython 3.11's errors for async code misplaced (compile-stage errors,
// reported with CPython's positions; expectations taken from python3).
TEST_F(CompilerTest, AsyncErrors) {
  using Case = CompileErrorCase;
  const Case cases[] = {
      {"await x\n", "SyntaxError", "'await' outside function", 1, 1, 1, 8},
      {"def f():\n    await x\n", "SyntaxError", "'await' outside async function", 2, 5, 2, 12},
      {"def f():\n    return [await x for x in y]\n", "SyntaxError", "asynchronous comprehension outside of an asynchronous function", 2, 12, 2, 32},
      {"def f():\n    return [x async for x in y]\n", "SyntaxError", "asynchronous comprehension outside of an asynchronous function", 2, 12, 2, 32},
      {"def f():\n    return [x for x in await y]\n", "SyntaxError", "'await' outside async function", 2, 24, 2, 31},
      {"async def f():\n    yield from x\n", "SyntaxError", "'yield from' inside async function", 2, 5, 2, 17},
      {"async def f():\n    yield 1\n    return 2\n", "SyntaxError", "'return' with value in async generator", 3, 5, 3, 13},
      {"def f():\n    async for x in y: pass\n", "SyntaxError", "'async for' outside async function", 2, 5, 2, 27},
      {"def f():\n    async with x: pass\n", "SyntaxError", "'async with' outside async function", 2, 5, 2, 23},
      {"async for x in y: pass\n", "SyntaxError", "'async for' outside async function", 1, 1, 1, 23},
      {"async with x: pass\n", "SyntaxError", "'async with' outside async function", 1, 1, 1, 19},
      {"async def f():\n    class C:\n        await x\n", "SyntaxError", "'await' outside function", 3, 9, 3, 16},
      {"async def f():\n    lambda: await x\n", "SyntaxError", "'await' outside async function", 2, 13, 2, 20},
      {"async def f():\n    await = 1\n", "SyntaxError", "invalid syntax", 2, 11, 2, 12},
      {"async def f():\n    await await x\n", "SyntaxError", "invalid syntax", 2, 11, 2, 16},
      {"async def f():\n    await x = 1\n", "SyntaxError", "cannot assign to await expression here. Maybe you meant '==' instead of '='?", 2, 5, 2, 12},
      {"def f():\n    [x for x in y if await z]\n", "SyntaxError", "asynchronous comprehension outside of an asynchronous function", 2, 5, 2, 30},
      {"[x async for x in y]\n", "SyntaxError", "asynchronous comprehension outside of an asynchronous function", 1, 1, 1, 21},
      {"async def f():\n    return lambda: [x async for x in y]\n", "SyntaxError", "asynchronous comprehension outside of an asynchronous function", 2, 20, 2, 40},
      {"async def f(x=await y): pass\n", "SyntaxError", "'await' outside function", 1, 15, 1, 22},
  };
  expect_compile_errors(vm_, cases);
}

// Every compile-time error of except*, from the parser or the compiler,
// with the kind, message and range CPython 3.11 gives (compile() of the
// source).
TEST_F(CompilerTest, ExceptStarErrors) {
  struct Case {
    const char* source;
    const char* kind;
    const char* message;
    int line, column, end_line, end_column;
  };
  static constexpr const char* kMixed = "cannot have both 'except' and 'except*' on the same 'try'";
  static constexpr const char* kLeaving = "'break', 'continue' and 'return' cannot appear in an except* block";
  const Case cases[] = {
      {"try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n", "SyntaxError", kMixed,
       5, 1, 5, 8},
      {"try:\n    pass\nexcept ValueError:\n    pass\nexcept *TypeError:\n    pass\n", "SyntaxError", kMixed,
       5, 1, 5, 9},
      {"try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError as e:\n    pass\n", "SyntaxError",
       kMixed, 5, 1, 5, 7},
      {"try:\n    pass\nexcept* ValueError:\n    pass\nexcept:\n    pass\n", "SyntaxError", kMixed, 5, 1, 5, 7},
      {"try:\n    pass\nexcept*:\n    pass\n", "SyntaxError", "expected one or more exception types", 3, 8, 3,
       9},
      {"try:\n    pass\nexcept *\n    pass\n", "SyntaxError", "expected one or more exception types", 3, 9, 3,
       9},
      {"try:\n    pass\nexcept ValueError:\n    pass\nexcept *:\n    pass\n", "SyntaxError",
       "expected one or more exception types", 5, 9, 5, 10},
      {"try:\n    pass\nexcept* E\n    pass\n", "SyntaxError", "expected ':'", 3, 10, 3, 10},
      {"try:\n    pass\nexcept* A, B:\n    pass\n", "SyntaxError",
       "multiple exception types must be parenthesized", 3, 9, 3, 13},
      {"try:\n    pass\nexcept* A:\npass\n", "IndentationError",
       "expected an indented block after 'except*' statement on line 3", 4, 1, 4, 5},
      {"for x in y:\n    try:\n        pass\n    except* A:\n        break\n", "SyntaxError", kLeaving, 5, 9, 5,
       14},
      {"for x in y:\n    try:\n        pass\n    except* A:\n        continue\n", "SyntaxError", kLeaving, 5, 9,
       5, 17},
      {"try:\n    pass\nexcept* A:\n    break\n", "SyntaxError", kLeaving, 4, 5, 4, 10},
      {"def f():\n    try:\n        pass\n    except* A:\n        return x\n", "SyntaxError", kLeaving, 5, 9, 5,
       17},
      {"def f():\n    try:\n        pass\n    except* A:\n        return -1\n", "SyntaxError", kLeaving, 5, 16,
       5, 18},
      {"def f():\n  try:\n    pass\n  except* A:\n    try:\n      pass\n    finally:\n      return\n",
       "SyntaxError", kLeaving, 8, 7, 8, 13},
      {"try:\n    pass\nexcept* A:\n    return\n", "SyntaxError", "'return' outside function", 4, 5, 4, 11},
  };
  for (const Case& expected : cases) {
    SCOPED_TRACE(expected.source);
    CompileResult result = compile_to_code(vm_, expected.source, "test.py", ParseMode::kFile);
    ASSERT_TRUE(result.error);
    EXPECT_EQ(result.error->kind, expected.kind);
    EXPECT_EQ(result.error->message, expected.message);
    EXPECT_EQ(result.error->line, expected.line);
    EXPECT_EQ(result.error->column, expected.column);
    EXPECT_EQ(result.error->end_line, expected.end_line);
    EXPECT_EQ(result.error->end_column, expected.end_column);
  }
  // A loop inside the clause may be left; the clause may not.
  EXPECT_EQ(error_of("try:\n    pass\nexcept* A:\n    for x in y:\n        break\n"), "(compiled)");
  EXPECT_EQ(error_of("def f():\n    try:\n        return 1\n    except* A:\n        pass\n"), "(compiled)");
}

}  // namespace
}  // namespace pyvm
