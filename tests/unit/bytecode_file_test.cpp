// SPDX-License-Identifier: GPL-3.0-or-later
// The .pvc file: serialize → load gives back the same code objects, the
// loader refuses every truncation of a real file without reading past it,
// and the import cache uses a cache file only when it matches the source.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "bytecode/loader.h"
#include "bytecode/serializer.h"
#include "bytecode/verifier.h"
#include "compiler/compiler.h"
#include "runtime/concat.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "vm/bytecode_cache.h"
#include "lib/standard_library.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

namespace fs = std::filesystem;

constexpr const char* kProgram =
    "import sys\n"
    "def f(a, /, b=2, *args, c, **kw):\n"
    "    def g():\n"
    "        return a + b\n"
    "    return g\n"
    "class C:\n"
    "    'doc'\n"
    "    x = 1\n"
    "values = (None, True, 10**40, -10**40, 1.5, -0.0, 2j, 'caf\\u00e9', b'\\x00\\xff', ..., frozenset({1, 9, 17}))\n"
    "for v in {3, 11, 19, 27}:\n"
    "    try:\n"
    "        pass\n"
    "    except (TypeError, ValueError) as e:\n"
    "        raise\n"
    "    finally:\n"
    "        pass\n";

Ref<CodeObject> compile_program(VM& vm, const char* source) {
  Value code = compile_source(vm, source, "prog.py", ParseMode::kFile);
  EXPECT_FALSE(code.is_null());
  return Ref<CodeObject>::borrow(code.as<CodeObject>());
}

TEST(BytecodeFile, RoundTripReproducesTheBytes) {
  StandardVM vm;
  Ref<CodeObject> code = compile_program(vm, kProgram);
  const std::string bytes = serialize_pvc(vm, *code, describe_source(kProgram));
  std::string error;
  Ref<CodeObject> loaded = load_pvc(vm, bytes, "prog.pvc", &error);
  ASSERT_TRUE(loaded) << error;
  // Everything the file holds survives: writing the loaded tree again gives
  // the same bytes.
  EXPECT_EQ(serialize_pvc(vm, *loaded, describe_source(kProgram)), bytes);
}

TEST(BytecodeFile, HeaderDescribesTheSource) {
  StandardVM vm;
  Ref<CodeObject> code = compile_program(vm, "x = 1\n");
  const std::string bytes = serialize_pvc(vm, *code, describe_source("x = 1\n"));
  PvcSourceInfo info;
  std::string error;
  ASSERT_TRUE(read_pvc_header(bytes, &info, &error)) << error;
  EXPECT_TRUE(info.present);
  EXPECT_EQ(info.size, 6u);
  EXPECT_TRUE(has_pvc_magic(bytes));
  EXPECT_FALSE(has_pvc_magic("x = 1\n"));
}

TEST(BytecodeFile, EveryTruncationIsRefused) {
  StandardVM vm;
  Ref<CodeObject> code = compile_program(vm, kProgram);
  const std::string bytes = serialize_pvc(vm, *code, describe_source(kProgram));
  for (size_t length = 0; length < bytes.size(); ++length) {
    // A copy of exactly `length` bytes, so the sanitizer catches any read past it.
    const std::string prefix = bytes.substr(0, length);
    std::string error;
    EXPECT_FALSE(load_pvc(vm, prefix, "cut.pvc", &error)) << "length " << length;
    EXPECT_NE(error.find("cut.pvc"), std::string::npos) << error;
  }
}

TEST(BytecodeFile, EveryFlippedByteIsRefusedOrLoads) {
  StandardVM vm;
  Ref<CodeObject> code = compile_program(vm, kProgram);
  const std::string bytes = serialize_pvc(vm, *code, describe_source(kProgram));
  for (size_t i = 0; i < bytes.size(); ++i) {
    std::string damaged = bytes;
    damaged[i] = static_cast<char>(damaged[i] ^ 0x5A);
    std::string error;
    if (!load_pvc(vm, damaged, "flip.pvc", &error)) {
      EXPECT_FALSE(error.empty());
    }
    vm.clear_error();
  }
}

// A scratch directory with a module source in it.
class ImportCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    directory_ = fs::temp_directory_path() / cat("pyvm-cache-test-", ::getpid());
    fs::remove_all(directory_);
    fs::create_directories(directory_);
    source_path_ = (directory_ / "mod.py").string();
    unsetenv("PYTHONDONTWRITEBYTECODE");
  }
  void TearDown() override { fs::remove_all(directory_); }

  void write(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
  }
  std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
  }
  // The constant the module's code loads first: tells which code was used.
  static std::string first_constant(const Value& code) {
    const Value& constant = code.as<CodeObject>()->constants[0];
    return is_int(constant) ? int_to_decimal(constant) : "?";
  }

  fs::path directory_;
  std::string source_path_;
};

TEST_F(ImportCacheTest, WritesThenUsesTheCacheFile) {
  StandardVM vm;
  write(source_path_, "x = 1\n");
  Value first = compile_with_cache(vm, source_path_, "x = 1\n");
  ASSERT_FALSE(first.is_null());
  const std::string cache = cache_path_for(source_path_);
  EXPECT_EQ(cache, (directory_ / "__pycache__" / "mod.pyvm-1.pvc").string());
  ASSERT_TRUE(fs::exists(cache));
  // A cache file whose header claims this source is trusted: plant one
  // holding other code, and that code comes back.
  Ref<CodeObject> other = compile_program(vm, "x = 2\n");
  write(cache, serialize_pvc(vm, *other, describe_source("x = 1\n")));
  EXPECT_EQ(first_constant(compile_with_cache(vm, source_path_, "x = 1\n")), "2");
}

// Code compiled under -O differs (no asserts): it has a cache file of its own.
TEST_F(ImportCacheTest, OptimizedCodeHasItsOwnCacheFile) {
  InterpreterFlags flags;
  flags.optimize = 1;
  StandardVM vm(flags);
  ASSERT_FALSE(compile_with_cache(vm, source_path_, "assert x\n").is_null());
  EXPECT_TRUE(fs::exists(directory_ / "__pycache__" / "mod.pyvm-1.opt-1.pvc"));
  EXPECT_FALSE(fs::exists(cache_path_for(source_path_)));
}

TEST_F(ImportCacheTest, StaleCacheIsRecompiledAndRewritten) {
  StandardVM vm;
  compile_with_cache(vm, source_path_, "x = 1\n");
  EXPECT_EQ(first_constant(compile_with_cache(vm, source_path_, "x = 3\n")), "3");
  PvcSourceInfo info;
  std::string error;
  ASSERT_TRUE(read_pvc_header(read(cache_path_for(source_path_)), &info, &error));
  EXPECT_EQ(info.hash, describe_source("x = 3\n").hash);
}

TEST_F(ImportCacheTest, CorruptCacheIsNeverTrusted) {
  StandardVM vm;
  compile_with_cache(vm, source_path_, "x = 4\n");
  const std::string cache = cache_path_for(source_path_);
  std::string bytes = read(cache);
  bytes.resize(bytes.size() - 3);  // header intact, body cut short
  write(cache, bytes);
  EXPECT_EQ(first_constant(compile_with_cache(vm, source_path_, "x = 4\n")), "4");
  std::string error;
  EXPECT_TRUE(load_pvc(vm, read(cache), "cache", &error)) << error;  // rewritten whole
}

TEST_F(ImportCacheTest, NothingWrittenWhenSysSaysSo) {
  InterpreterFlags flags;
  flags.dont_write_bytecode = true;  // -B
  StandardVM vm(flags);
  compile_with_cache(vm, source_path_, "x = 5\n");
  EXPECT_FALSE(fs::exists(cache_path_for(source_path_)));
}

// A VM without file access (VM::file_access) writes no cache file either.
TEST_F(ImportCacheTest, NothingWrittenWithoutFileAccess) {
  StandardVM vm;
  vm.file_access = false;
  compile_with_cache(vm, source_path_, "x = 5\n");
  EXPECT_FALSE(fs::exists(cache_path_for(source_path_)));
}

}  // namespace
}  // namespace pyvm

namespace pyvm {
namespace {

// Code that pushes `depth` constants, then runs `branches` instructions that
// each may jump to the end (with `distinct_targets`, each to its own
// target), then returns a tuple of everything.
Ref<CodeObject> deep_branching_code(VM& vm, uint32_t depth, uint32_t branches, bool distinct_targets) {
  Ref<CodeObject> code = make_code(vm);
  code->name = code->qualname = Ref<Str>::borrow(vm.intern("<module>"));
  code->filename = make_str(vm, "deep.py");
  code->constants.push_back(Value::none());
  code->stack_size = static_cast<int32_t>(depth + 2);
  for (uint32_t k = 0; k < depth; ++k) code->instructions.push_back(encode_instruction(Opcode::LOAD_CONST, 0));
  const uint32_t end = depth + 2 * branches;
  for (uint32_t k = 0; k < branches; ++k) {
    const auto here = static_cast<uint32_t>(code->instructions.size());
    code->instructions.push_back(encode_instruction(Opcode::COPY, 1));
    code->instructions.push_back(encode_instruction(Opcode::POP_JUMP_IF_FALSE, distinct_targets ? here + 2 : end));
  }
  code->instructions.push_back(encode_instruction(Opcode::BUILD_TUPLE, depth));
  code->instructions.push_back(encode_instruction(Opcode::RETURN_VALUE, 0));
  return code;
}

TEST(Verifier, DeepStraightLineCodeIsCheap) {
  StandardVM vm;
  std::string error;
  EXPECT_TRUE(verify_code(vm, *deep_branching_code(vm, 200000, 0, false), &error)) << error;
}

TEST(Verifier, RefusesCodeTooCostlyToFollow) {
  StandardVM vm;
  std::string error;
  // Every branch joins the same deep state into one target: work.
  EXPECT_FALSE(verify_code(vm, *deep_branching_code(vm, 20000, 20000, false), &error));
  EXPECT_NE(error.find("too costly to verify"), std::string::npos) << error;
  // Every branch records a deep state at its own target: memory.
  error.clear();
  EXPECT_FALSE(verify_code(vm, *deep_branching_code(vm, 5000, 5000, true), &error));
  EXPECT_NE(error.find("stack slots recorded"), std::string::npos) << error;
}

// A file may name its code objects anything; the message that refuses one
// stays one line (a fuzz finding: a name with a newline in it).
TEST(Verifier, MessageShowsControlCharactersOfANameEscaped) {
  StandardVM vm;
  Ref<CodeObject> code = make_code(vm);
  code->name = code->qualname = make_str(vm, "<mod\nule>");
  code->filename = make_str(vm, "bad.py");
  code->stack_size = 1;
  code->instructions.push_back(encode_instruction(Opcode::RETURN_VALUE, 0));  // with nothing to return
  std::string error;
  EXPECT_FALSE(verify_code(vm, *code, &error));
  EXPECT_EQ(error.find('\n'), std::string::npos) << error;
  EXPECT_NE(error.find("code object '<mod\\x0aule>'"), std::string::npos) << error;
}

}  // namespace
}  // namespace pyvm
