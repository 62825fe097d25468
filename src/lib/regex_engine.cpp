// SPDX-License-Identifier: GPL-3.0-or-later
// The backtracking matcher (see regex.h). run() follows one path through
// the program; at each kSplit or optional loop iteration it remembers the
// other choice on its stack, and every change to a capture slot, loop
// counter or position register is recorded there too, so that failing
// pops back to the newest choice with the state as it was then.
#include "lib/regex.h"
#include "runtime/keyboard_interrupt.h"
#include "runtime/runtime.h"
#include "runtime/unicode.h"

namespace pyvm {

namespace {

struct Backtrack {
  enum Kind : uint8_t { kBranch, kEnterLoopBody, kSlot, kCounter, kRegister };
  Kind kind;
  uint32_t index;   // kBranch: the instruction; kEnterLoopBody: the loop; else what to restore
  int64_t value;    // the old value (restores) or the position (choices)
};

// Steps between two polls for Ctrl-C and the step budget.
constexpr uint32_t kStepsPerPoll = 4096;

bool same_ignoring_case(uint32_t a, uint32_t b) {
  return a == b || unicode_to_lower(a) == unicode_to_lower(b) || unicode_to_upper(a) == unicode_to_upper(b);
}

}  // namespace

bool RegexMatcher::is_word(uint32_t c) const {
  const bool ascii = (program_.flags & kRegexAscii) != 0;
  if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  if (ascii) return false;
  return unicode_is_alpha(c) || unicode_is_decimal(c) || unicode_is_digit(c) || unicode_is_numeric(c);
}

namespace {

bool in_category(char category, uint32_t c, bool ascii) {
  switch (category) {
    case 'd': return ascii ? (c >= '0' && c <= '9') : unicode_is_decimal(c);
    case 'D': return !in_category('d', c, ascii);
    case 's':
      return ascii ? (c == ' ' || (c >= 9 && c <= 13)) : unicode_is_space(c);
    case 'S': return !in_category('s', c, ascii);
    case 'w':
      if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
      return !ascii && (unicode_is_alpha(c) || unicode_is_decimal(c) || unicode_is_digit(c) || unicode_is_numeric(c));
    case 'W': return !in_category('w', c, ascii);
    default: return false;
  }
}

bool in_ranges(const RegexClass& set, uint32_t c) {
  for (const auto& [low, high] : set.ranges) {
    if (c >= low && c <= high) return true;
  }
  for (char category : set.categories) {
    if (in_category(category, c, set.ascii)) return true;
  }
  return false;
}

}  // namespace

bool RegexMatcher::class_contains(const RegexClass& set, uint32_t c) const {
  bool found = in_ranges(set, c);
  if (!found && set.ignore_case) {
    found = in_ranges(set, unicode_to_lower(c)) || in_ranges(set, unicode_to_upper(c));
  }
  return found != set.negated;
}

bool RegexMatcher::check_assert(AssertKind kind, size_t pos, size_t end) const {
  switch (kind) {
    case AssertKind::kStartOfLine: return pos == 0 || subject_[pos - 1] == '\n';
    case AssertKind::kStartOfString: return pos == 0;
    case AssertKind::kEndOfLine: return pos == end || subject_[pos] == '\n';
    case AssertKind::kEndOfString: return pos == end || (pos + 1 == end && subject_[pos] == '\n');
    case AssertKind::kAbsoluteEnd: return pos == end;
    case AssertKind::kWordBoundary:
    case AssertKind::kNotWordBoundary: {
      const bool before = pos > 0 && is_word(subject_[pos - 1]);
      const bool after = pos < end && is_word(subject_[pos]);
      return (before != after) == (kind == AssertKind::kWordBoundary);
    }
  }
  return false;
}

int RegexMatcher::run(uint32_t pc, size_t pos, size_t end, bool full, std::vector<int64_t>* slots_pointer,
                      size_t* match_end, size_t empty_refused_at) {
  std::vector<int64_t>& slots = *slots_pointer;
  std::vector<Backtrack> stack;
  std::vector<int64_t> counters(program_.counters, 0);
  std::vector<int64_t> registers(program_.registers, -1);
  uint32_t steps = 0;
  const std::vector<RegexInstruction>& code = program_.code;

  // Undoes changes back to the newest choice and resumes there; false when
  // no choice is left.
  auto backtrack = [&]() -> bool {
    while (!stack.empty()) {
      const Backtrack entry = stack.back();
      stack.pop_back();
      switch (entry.kind) {
        case Backtrack::kSlot: slots[entry.index] = entry.value; break;
        case Backtrack::kCounter: counters[entry.index] = entry.value; break;
        case Backtrack::kRegister: registers[entry.index] = entry.value; break;
        case Backtrack::kBranch:
          pc = entry.index;
          pos = static_cast<size_t>(entry.value);
          return true;
        case Backtrack::kEnterLoopBody: {
          const RegexLoop& loop = program_.loops[entry.index];
          pos = static_cast<size_t>(entry.value);
          stack.push_back({Backtrack::kRegister, loop.position_register, registers[loop.position_register]});
          registers[loop.position_register] = static_cast<int64_t>(pos);
          pc = loop.body;
          return true;
        }
      }
    }
    return false;
  };
  auto set_slot = [&](uint32_t slot, int64_t value) {
    stack.push_back({Backtrack::kSlot, slot, slots[slot]});
    slots[slot] = value;
  };

  for (;;) {
    if (++steps == kStepsPerPoll) {
      steps = 0;
      if (poll_interrupt(rt_)) return -1;
    }
    const RegexInstruction& in = code[pc];
    bool ok = true;
    switch (in.op) {
      case RegexOp::kChar:
        ok = pos < end && (subject_[pos] == in.a || (in.ignore_case && same_ignoring_case(subject_[pos], in.a)));
        if (ok) ++pos, ++pc;
        break;
      case RegexOp::kAny:
        ok = pos < end && subject_[pos] != '\n';
        if (ok) ++pos, ++pc;
        break;
      case RegexOp::kAnyAll:
        ok = pos < end;
        if (ok) ++pos, ++pc;
        break;
      case RegexOp::kClass:
        ok = pos < end && class_contains(program_.classes[in.a], subject_[pos]);
        if (ok) ++pos, ++pc;
        break;
      case RegexOp::kSplit:
        stack.push_back({Backtrack::kBranch, in.a, static_cast<int64_t>(pos)});
        ++pc;
        break;
      case RegexOp::kJump: pc = in.a; break;
      case RegexOp::kSave:
        set_slot(in.a, static_cast<int64_t>(pos));
        ++pc;
        break;
      case RegexOp::kAssert:
        ok = check_assert(static_cast<AssertKind>(in.a), pos, end);
        if (ok) ++pc;
        break;
      case RegexOp::kBackref: {
        const int64_t start = slots[2 * in.a], stop = slots[2 * in.a + 1];
        ok = start >= 0 && stop >= start;
        const size_t length = ok ? static_cast<size_t>(stop - start) : 0;
        ok = ok && pos + length <= end;
        for (size_t k = 0; ok && k < length; ++k) {
          const uint32_t a = subject_[static_cast<size_t>(start) + k], b = subject_[pos + k];
          ok = a == b || (in.ignore_case && same_ignoring_case(a, b));
        }
        if (ok) pos += length, ++pc;
        break;
      }
      case RegexOp::kLook:
      case RegexOp::kAtomic: {
        const RegexSubprogram& sub = program_.subprograms[in.a];
        const bool look = in.op == RegexOp::kLook;
        const std::vector<int64_t> before = slots;
        size_t sub_end = 0;
        int found = 0;
        if (look && sub.behind) {
          if (pos >= sub.width) found = run(sub.start, pos - sub.width, pos, true, &slots, &sub_end, SIZE_MAX);
        } else {
          found = run(sub.start, pos, end, false, &slots, &sub_end, SIZE_MAX);
        }
        if (found < 0) return -1;
        ok = look ? ((found == 1) != sub.negated) : found == 1;
        if (ok && found == 1) {
          // Keep what the body captured, undoably.
          for (size_t k = 0; k < slots.size(); ++k) {
            if (slots[k] != before[k]) stack.push_back({Backtrack::kSlot, static_cast<uint32_t>(k), before[k]});
          }
          if (!look) pos = sub_end;
        } else {
          slots = before;
        }
        if (ok) ++pc;
        break;
      }
      case RegexOp::kLoopInit:
        stack.push_back({Backtrack::kCounter, in.a, counters[in.a]});
        counters[in.a] = 0;
        ++pc;
        break;
      case RegexOp::kLoop: {
        const RegexLoop& loop = program_.loops[in.b];
        const int64_t count = counters[in.a];
        if (count < static_cast<int64_t>(loop.min)) {
          stack.push_back({Backtrack::kRegister, loop.position_register, registers[loop.position_register]});
          registers[loop.position_register] = static_cast<int64_t>(pos);
          pc = loop.body;
        } else if (loop.max != kUnbounded && count >= static_cast<int64_t>(loop.max)) {
          pc = loop.exit;
        } else if (loop.greedy) {
          stack.push_back({Backtrack::kBranch, loop.exit, static_cast<int64_t>(pos)});
          stack.push_back({Backtrack::kRegister, loop.position_register, registers[loop.position_register]});
          registers[loop.position_register] = static_cast<int64_t>(pos);
          pc = loop.body;
        } else {
          stack.push_back({Backtrack::kEnterLoopBody, in.b, static_cast<int64_t>(pos)});
          pc = loop.exit;
        }
        break;
      }
      case RegexOp::kLoopNext: {
        const RegexLoop& loop = program_.loops[in.b];
        stack.push_back({Backtrack::kCounter, in.a, counters[in.a]});
        const int64_t count = ++counters[in.a];
        // An iteration that matched nothing ends the loop once it has its minimum.
        if (count >= static_cast<int64_t>(loop.min) && registers[loop.position_register] == static_cast<int64_t>(pos)) {
          pc = loop.exit;
        } else {
          pc = loop.body - 1;  // the kLoop
        }
        break;
      }
      case RegexOp::kIfGroup:
        pc = (slots[2 * in.a] >= 0 && slots[2 * in.a + 1] >= 0) ? pc + 1 : in.b;
        break;
      case RegexOp::kMatch:
        ok = (!full || pos == end) && pos != empty_refused_at;
        if (ok) {
          *match_end = pos;
          return 1;
        }
        break;
    }
    if (!ok && !backtrack()) return 0;
  }
}

int RegexMatcher::match_at(size_t start, size_t end, bool full, bool must_advance, RegexSpans* spans) {
  spans->slots.assign(2 * (program_.group_count + 1), -1);
  size_t match_end = 0;
  const int found = run(0, start, end, full, &spans->slots, &match_end, must_advance ? start : SIZE_MAX);
  if (found == 1) {
    spans->slots[0] = static_cast<int64_t>(start);
    spans->slots[1] = static_cast<int64_t>(match_end);
  }
  return found;
}

int RegexMatcher::search(size_t start, size_t end, RegexSpans* spans, bool must_advance) {
  // A pattern that starts with a plain character can only match where it is.
  const RegexInstruction& first = program_.code[0];
  const bool literal_start = first.op == RegexOp::kChar && !first.ignore_case;
  for (size_t at = start; at <= end; ++at) {
    if (literal_start) {
      while (at < end && subject_[at] != first.a) ++at;
      if (at == end) return 0;
    }
    const int found = match_at(at, end, false, must_advance && at == start, spans);
    if (found != 0) return found;
    if (poll_interrupt(rt_)) return -1;
  }
  return 0;
}

}  // namespace pyvm
