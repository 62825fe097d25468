// SPDX-License-Identifier: GPL-3.0-or-later
// The regular-expression engine behind the re module: Python's pattern
// syntax compiled to a small program, run by a backtracking matcher.
//
//   compile_regex   pattern text → Program, or CPython's re.error message
//                   and position ("nothing to repeat at position 0")
//   RegexMatcher    runs a Program over a subject (code points, or bytes
//                   for a bytes pattern) at one position, or searching
//                   forward, and reports each group's span
//
// The program is a list of instructions with explicit branch points
// (kSplit): the matcher follows the preferred branch and keeps the other on
// a backtrack stack, with undo records for captures and loop counters, so
// deep patterns never recurse on the C++ stack (only lookarounds and atomic
// groups run a nested match). Loops stop when an iteration matches the
// empty string, as CPython's do.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pyvm {

class Runtime;

// The flags of re, with CPython's values.
enum RegexFlag : uint32_t {
  kRegexTemplate = 1,
  kRegexIgnoreCase = 2,
  kRegexLocale = 4,
  kRegexMultiline = 8,
  kRegexDotAll = 16,
  kRegexUnicode = 32,
  kRegexVerbose = 64,
  kRegexDebug = 128,
  kRegexAscii = 256,
};

enum class RegexOp : uint8_t {
  kChar,          // a: the code point (ignore-case: compared folded)
  kAny,           // any code point but \n
  kAnyAll,        // any code point (DOTALL)
  kClass,         // a: index into Program::classes
  kSplit,         // try the next instruction; on failure, continue at a
  kJump,          // continue at a
  kSave,          // a: the capture slot (2 * group, 2 * group + 1) takes the position
  kAssert,        // a: an AssertKind
  kBackref,       // a: the group whose text must follow (ignore-case by b)
  kLook,          // a: index into Program::subprograms: a lookaround
  kAtomic,        // a: index into Program::subprograms: matched once, then fixed
  kLoopInit,      // a: counter; sets it to 0 (restored on backtracking)
  kLoop,          // a: counter, b: index into Program::loops; decides whether to iterate
  kLoopNext,      // a: counter, b: loop: ends an iteration (the empty-iteration check)
  kIfGroup,       // (?(a)yes|no): continue if group a took part, else go to b
  kMatch,
};

enum class AssertKind : uint8_t {
  kStartOfLine,    // ^ with MULTILINE
  kStartOfString,  // ^, \A
  kEndOfLine,      // $ with MULTILINE
  kEndOfString,    // $ (also before a final \n)
  kAbsoluteEnd,    // \Z
  kWordBoundary,   // \b
  kNotWordBoundary,
};

struct RegexInstruction {
  RegexOp op;
  bool ignore_case = false;
  uint32_t a = 0;
  uint32_t b = 0;
};

// A set of code points: ranges and the predefined classes, maybe negated.
struct RegexClass {
  std::vector<std::pair<uint32_t, uint32_t>> ranges;
  // \d \w \s and their negations inside the set, each a kind letter.
  std::vector<char> categories;
  bool negated = false;
  bool ignore_case = false;
  bool ascii = false;  // \d \w \s mean their ASCII sets
};

struct RegexLoop {
  uint32_t min = 0;
  uint32_t max = 0;       // kUnbounded for no limit
  bool greedy = true;
  uint32_t body = 0;      // first instruction of the body
  uint32_t exit = 0;      // first instruction after the loop
  uint32_t position_register = 0;  // the iteration's start position
};
inline constexpr uint32_t kUnbounded = UINT32_MAX;

struct RegexSubprogram {
  uint32_t start = 0;        // first instruction (ends with kMatch)
  bool behind = false;       // lookbehind: matched ending at the position
  bool negated = false;      // (?!...), (?<!...)
  uint32_t width = 0;        // lookbehind: the fixed width
};

struct RegexProgram {
  std::vector<RegexInstruction> code;
  std::vector<RegexClass> classes;
  std::vector<RegexLoop> loops;
  std::vector<RegexSubprogram> subprograms;
  uint32_t group_count = 0;  // capturing groups, not counting group 0
  uint32_t counters = 0;
  uint32_t registers = 0;
  std::map<std::string, uint32_t> group_names;  // name → group number
  uint32_t flags = 0;        // after inline flags
  // FutureWarnings CPython gives for the pattern ("Possible nested set at
  // position 1"), to be issued by re.
  std::vector<std::string> warnings;
};

struct RegexError {
  std::string message;  // without the " at position N" CPython adds
  int64_t position = -1;  // code point offset into the pattern, -1 when none
};

// Compiles a pattern given as code points (`is_bytes`: the pattern was
// bytes, so \d \w \s are ASCII and no \u escapes).
std::optional<RegexError> compile_regex(const std::vector<uint32_t>& pattern, uint32_t flags, bool is_bytes,
                                        RegexProgram* out);

// One match attempt's result: each group's [start, end), -1 when it did not
// take part.
struct RegexSpans {
  std::vector<int64_t> slots;  // 2 * (group_count + 1)
};

class RegexMatcher {
 public:
  RegexMatcher(Runtime& rt, const RegexProgram& program, const std::vector<uint32_t>& subject)
      : rt_(rt), program_(program), subject_(subject) {}

  // Matches at `start` within [start, end): 1 matched, 0 not, -1 an error
  // is pending (Ctrl-C or the step budget). `full`: must end at `end`;
  // `must_advance`: an empty match at `start` does not count (after an
  // empty match, the next search must move on).
  int match_at(size_t start, size_t end, bool full, bool must_advance, RegexSpans* spans);
  // Tries each start from `start` to `end`.
  int search(size_t start, size_t end, RegexSpans* spans, bool must_advance);

 private:
  // `empty_refused_at`: a match ending where it started there fails
  // (SIZE_MAX: none refused).
  int run(uint32_t pc, size_t pos, size_t end, bool full, std::vector<int64_t>* slots, size_t* match_end,
          size_t empty_refused_at);
  bool class_contains(const RegexClass& set, uint32_t c) const;
  bool check_assert(AssertKind kind, size_t pos, size_t end) const;
  bool is_word(uint32_t c) const;

  Runtime& rt_;
  const RegexProgram& program_;
  const std::vector<uint32_t>& subject_;
};

}  // namespace pyvm
