// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input never crashes the compiler: every golden and conformance
// program, cut short at many points and garbled at random, must compile to
// a code object or end in a SyntaxError — nothing else. (Run under the
// sanitizer build, this also checks that no input makes the front end read
// out of bounds or leak.)
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/compiler.h"
#include "lib/standard_library.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<fs::path> programs() {
  std::vector<fs::path> files;
  for (const fs::path& dir : {fs::path(PYVM_SOURCE_DIR) / "tests" / "programs",
                             fs::path(PYVM_SOURCE_DIR) / ".." / "shared" / "conformance"}) {
    if (!fs::is_directory(dir)) continue;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() == ".py") files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Compiles `source`; the test fails unless the result is a code object or
// a syntax error with a message and a line inside the source.
void expect_code_or_syntax_error(VM& vm, const std::string& source, const std::string& what) {
  CompileResult result = compile_to_code(vm, source, "prefix.py", ParseMode::kFile);
  if (result.code) return;
  ASSERT_TRUE(result.error.has_value()) << what;
  EXPECT_FALSE(result.error->message.empty()) << what;
  const auto lines = static_cast<int>(std::count(source.begin(), source.end(), '\n')) + 2;
  EXPECT_GE(result.error->line, 0) << what;
  EXPECT_LE(result.error->line, lines) << what;
}

TEST(RobustnessTest, EveryLinePrefixAndManyCutsCompileOrFailCleanly) {
  StandardVM vm;
  const std::vector<fs::path> files = programs();
  ASSERT_FALSE(files.empty());
  for (const fs::path& path : files) {
    const std::string source = read_file(path);
    // Every prefix ending at a line break, and cuts inside lines (tokens,
    // strings and brackets left open) every few bytes.
    for (size_t cut = 0; cut <= source.size(); ++cut) {
      const bool line_end = cut == source.size() || source[cut] == '\n';
      if (!line_end && cut % 11 != 0) continue;
      std::string what = path.filename().string();
      what.append(" cut at ").append(std::to_string(cut));
      expect_code_or_syntax_error(vm, source.substr(0, cut), what);
    }
  }
}

TEST(RobustnessTest, GarbledProgramsCompileOrFailCleanly) {
  StandardVM vm;
  std::mt19937 random(20261125);
  const std::string alphabet = "()[]{}:;,.=+-*/%<>!&|^~@'\"\\#\n\t 0123456789abcxyz_\x80\xff";
  for (const fs::path& path : programs()) {
    const std::string source = read_file(path);
    if (source.empty()) continue;
    for (int round = 0; round < 20; ++round) {
      std::string garbled = source;
      const int edits = 1 + static_cast<int>(random() % 4);
      for (int e = 0; e < edits; ++e) {
        const size_t at = random() % garbled.size();
        switch (random() % 3) {
          case 0: garbled[at] = alphabet[random() % alphabet.size()]; break;  // replace
          case 1: garbled.erase(at, 1 + random() % 8); break;                 // delete
          default: garbled.insert(at, 1, alphabet[random() % alphabet.size()]); break;
        }
        if (garbled.empty()) garbled.push_back('x');  // (not = "x": GCC 12 false -Wrestrict)
      }
      expect_code_or_syntax_error(vm, garbled, path.filename().string() + " garbled");
    }
  }
}

}  // namespace
}  // namespace pyvm
