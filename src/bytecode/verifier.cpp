// SPDX-License-Identifier: GPL-3.0-or-later
// Verifier (see verifier.h). Three passes over each code object:
//   1. its layout: counts, flags, the cell-parameter map, the line table and
//      the exception table;
//   2. each instruction alone: a known opcode and an argument in range for
//      its kind;
//   3. every path: an abstract interpretation of the operand stack that
//      records, per instruction, the kind of each slot on entry, and joins
//      the states where paths meet.
#include "bytecode/verifier.h"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "bytecode/pvc_format.h"
#include "runtime/concat.h"
#include "runtime/runtime.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

// A code object's name as a message shows it: a file can give it any
// text, and a message is one line, so control characters are escaped.
std::string shown_name(const CodeObject& code) {
  std::string out;
  for (const char c : code.qualname->view()) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x20 && u != 0x7F) {
      out.push_back(c);
    } else {
      static const char kHex[] = "0123456789abcdef";
      out += cat("\\x", kHex[u >> 4], kHex[u & 15]);
    }
  }
  return out;
}

// What the verifier knows about one operand-stack slot. Most slots are
// plain objects; the others are values only particular instructions may
// consume, because the interpreter relies on what they are.
enum class SlotKind : uint8_t {
  kObject,             // any object
  kList,               // a list made by BUILD_LIST (LIST_APPEND, LIST_EXTEND, LIST_TO_TUPLE, PREP_RERAISE_STAR)
  kSet,                // a set made by BUILD_SET (SET_ADD, SET_UPDATE)
  kDict,               // a dict made by BUILD_MAP (MAP_ADD, DICT_UPDATE, DICT_MERGE)
  kKeywordNames,       // a constant tuple of strings (the kwnames of CALL_KW)
  kException,          // the exception a handler received (PUSH_EXC_INFO, RERAISE)
  kPreviousException,  // what PUSH_EXC_INFO saved (POP_EXCEPT)
  kMethodOrNull,       // LOAD_METHOD's first result, possibly NULL (CALL_METHOD)
  kUnusable,           // paths disagree about a NULL-able slot: it may only be popped
};

std::string hex(uint32_t value) {
  char text[16];
  std::snprintf(text, sizeof text, "0x%x", value);
  return text;
}

// "1 item", "2 items".
std::string count_of(size_t n, std::string_view noun) {
  return cat(n, " ", noun, n == 1 ? "" : "s");
}

const char* kind_name(SlotKind kind) {
  switch (kind) {
    case SlotKind::kObject: return "an object";
    case SlotKind::kList: return "a list from BUILD_LIST";
    case SlotKind::kSet: return "a set from BUILD_SET";
    case SlotKind::kDict: return "a dict from BUILD_MAP";
    case SlotKind::kKeywordNames: return "a constant tuple of keyword names";
    case SlotKind::kException: return "the exception a handler received";
    case SlotKind::kPreviousException: return "the exception saved by PUSH_EXC_INFO";
    case SlotKind::kMethodOrNull: return "the method slot of LOAD_METHOD";
    case SlotKind::kUnusable: return "a slot that may be NULL";
  }
  return "?";
}

struct Slot {
  SlotKind kind = SlotKind::kObject;
  uint32_t keyword_count = 0;  // for kKeywordNames
  bool operator==(const Slot&) const = default;
};

bool is_object(const Slot& slot) {
  return slot.kind != SlotKind::kMethodOrNull && slot.kind != SlotKind::kUnusable;
}

// The least precise kind that describes both.
Slot join(const Slot& a, const Slot& b) {
  if (a == b) return a;
  if (is_object(a) && is_object(b)) return Slot{};
  return Slot{SlotKind::kUnusable, 0};
}

using StackState = std::vector<Slot>;

class CodeVerifier {
 public:
  CodeVerifier(Runtime& rt, const CodeObject& code) : rt_(rt), code_(code) {}

  bool run(std::string* error) {
    const bool ok = check_layout() && check_line_table() && check_exception_table() &&
                    check_instructions() && check_paths();
    if (!ok) *error = message_;
    return ok;
  }

 private:
  bool fail(const std::string& rule) {
    message_ = cat("code object '", shown_name(code_), "': ", rule);
    return false;
  }
  bool fail_at(size_t instruction, const std::string& rule) {
    message_ = cat("code object '", shown_name(code_), "', instruction ", instruction, ": ", rule);
    return false;
  }

  bool check_layout();
  bool check_line_table();
  bool check_exception_table();
  bool check_instructions();
  bool check_argument(size_t i, Opcode op, uint32_t arg);
  bool check_paths();
  bool check_yield_from_loops();
  bool walk(size_t start, StackState state);
  void apply_stack_effect(Opcode op, uint32_t arg, size_t pops, size_t pushes, StackState* state) const;
  bool charge(size_t i, size_t steps);
  bool check_operand_kinds(size_t i, Opcode op, uint32_t arg, const StackState& state);
  bool merge(size_t from, size_t target, std::span<const Slot> below, std::span<const Slot> top = {});

  Slot constant_slot(uint32_t index) const;

  Runtime& rt_;
  const CodeObject& code_;
  std::string message_;
  // Stack states on entry to merge points (jump and handler targets, 0).
  std::vector<std::optional<StackState>> entry_states_;
  std::vector<bool> merge_point_;
  std::vector<size_t> worklist_;
  // Limits on the work and on the memory for recorded states: a fraction of
  // a second and 64 MB at worst; compiled code needs a tiny part of either.
  size_t work_ = 0;
  size_t stored_slots_ = 0;
  static constexpr size_t kWorkLimit = size_t{1} << 27;
  static constexpr size_t kStoredSlotLimit = size_t{1} << 23;
};

bool CodeVerifier::check_layout() {
  constexpr uint32_t kKnownFlags = kCodeVarargs | kCodeVarkeywords | kCodeResumable | kCodeFunction |
                                   kCodeClassBody | kCodeHasDocstring | kCodeNested;
  if ((code_.flags & ~kKnownFlags) != 0) return fail(cat("unknown flags ", hex(code_.flags & ~kKnownFlags)));
  const uint32_t resumable = code_.flags & kCodeResumable;
  if (resumable != 0 && !code_.has_flag(kCodeFunction)) {
    return fail("the generator flag is set on code that is not a function body");
  }
  if ((resumable & (resumable - 1)) != 0) {
    return fail("more than one of the generator, coroutine and async generator flags is set");
  }
  if (code_.has_flag(kCodeHasDocstring) && code_.constants.empty()) {
    return fail("the docstring flag is set but there are no constants");
  }
  if (code_.argument_count < 0 || code_.keyword_only_count < 0 || code_.positional_only_count < 0) {
    return fail("a negative argument count");
  }
  if (code_.positional_only_count > code_.argument_count) {
    return fail(cat(code_.positional_only_count, " positional-only parameters but only ",
                    code_.argument_count, " positional ones"));
  }
  const uint64_t bound = static_cast<uint64_t>(code_.argument_count) +
                         static_cast<uint64_t>(code_.keyword_only_count) +
                         (code_.has_flag(kCodeVarargs) ? 1 : 0) + (code_.has_flag(kCodeVarkeywords) ? 1 : 0);
  if (bound > code_.local_count()) {
    return fail(cat(count_of(bound, "parameter"), " but only ", count_of(code_.local_count(), "local variable")));
  }
  if (code_.local_count() + code_.cell_count() + code_.free_count() > kPvcMaxVariables) {
    return fail(cat("more than ", kPvcMaxVariables, " variables"));
  }
  if (code_.stack_size < 0 || static_cast<uint32_t>(code_.stack_size) > kPvcMaxStackSize) {
    return fail(cat("stack size ", code_.stack_size, " is outside 0..", kPvcMaxStackSize));
  }
  if (code_.cell_parameters.size() != code_.cell_count()) {
    return fail(cat(code_.cell_parameters.size(), " cell parameters for ", code_.cell_count(), " cells"));
  }
  for (size_t i = 0; i < code_.cell_parameters.size(); ++i) {
    const int32_t parameter = code_.cell_parameters[i];
    if (parameter < -1 || (parameter >= 0 && static_cast<uint64_t>(parameter) >= bound)) {
      return fail(cat("cell ", i, " starts from parameter ", parameter, ", which does not exist"));
    }
  }
  if (code_.instructions.empty()) return fail("no instructions");
  if (code_.instructions.size() >= (size_t{1} << 24)) return fail("more instructions than a jump can address");
  return true;
}

bool CodeVerifier::check_line_table() {
  for (size_t k = 0; k < code_.lines.size(); ++k) {
    const LineEntry& entry = code_.lines[k];
    if (entry.instruction >= code_.instructions.size()) {
      return fail(cat("line table entry ", k, " is for instruction ", entry.instruction, ", past the end"));
    }
    if (k > 0 && entry.instruction <= code_.lines[k - 1].instruction) {
      return fail(cat("line table entry ", k, " is not after the one before it"));
    }
  }
  return true;
}

bool CodeVerifier::check_exception_table() {
  const size_t count = code_.instructions.size();
  for (size_t k = 0; k < code_.handlers.size(); ++k) {
    const ExceptionHandler& h = code_.handlers[k];
    if (h.start >= h.end || h.end > count) {
      return fail(cat("exception table entry ", k, " covers instructions ", h.start, " to ", h.end,
                      ", not a range within the ", count_of(count, "instruction")));
    }
    if (h.target >= count) {
      return fail(cat("exception table entry ", k, " jumps to ", h.target, ", past the end"));
    }
    if (k > 0 && h.start < code_.handlers[k - 1].end) {
      return fail(cat("exception table entry ", k, " overlaps or precedes the one before it"));
    }
    if (static_cast<uint64_t>(h.depth) + 1 > static_cast<uint64_t>(code_.stack_size)) {
      return fail(cat("exception table entry ", k, " keeps ", count_of(h.depth, "stack item"),
                      " and pushes the exception, more than the stack size ", code_.stack_size));
    }
  }
  return true;
}

bool CodeVerifier::check_instructions() {
  for (size_t i = 0; i < code_.instructions.size(); ++i) {
    const uint32_t word = code_.instructions[i];
    if ((word & 0xFF) >= static_cast<uint32_t>(kOpcodeCount)) {
      return fail_at(i, cat("unknown opcode ", word & 0xFF));
    }
    if (is_specialized(opcode_of(word))) {
      return fail_at(i, cat(opcode_info(opcode_of(word)).name, " is a specialized form of ",
                            opcode_info(base_opcode(opcode_of(word))).name,
                            " that only the running interpreter makes; bytecode has the base"));
    }
    if (!check_argument(i, opcode_of(word), argument_of(word))) return false;
    if (SuperinstructionHalves halves; superinstruction_halves(opcode_of(word), &halves)) {
      if (i + 1 >= code_.instructions.size() || opcode_of(code_.instructions[i + 1]) != halves.second) {
        return fail_at(i, cat(opcode_info(opcode_of(word)).name, " must be followed by its second half, ",
                              opcode_info(halves.second).name));
      }
    }
  }
  return true;
}

// The argument must index what its kind names, or be one of the values the
// instruction defines.
bool CodeVerifier::check_argument(size_t i, Opcode op, uint32_t arg) {
  const OpcodeInfo& info = opcode_info(op);
  auto out_of_range = [&](const char* what, size_t size) {
    return fail_at(i, cat(info.name, " ", arg, ": ", what, " index out of range (", size, " in the table)"));
  };
  auto bad_value = [&](const char* allowed) {
    return fail_at(i, cat(info.name, " ", arg, ": the argument must be ", allowed));
  };
  switch (info.arg_kind) {
    case ArgKind::kNone:
      if (arg != 0) return bad_value("0");
      break;
    case ArgKind::kConst:
      if (arg >= code_.constants.size()) return out_of_range("constant", code_.constants.size());
      break;
    case ArgKind::kName:
      if (arg >= code_.names.size()) return out_of_range("name", code_.names.size());
      break;
    case ArgKind::kLocal:
      if (arg >= code_.local_count()) return out_of_range("local variable", code_.local_count());
      break;
    case ArgKind::kDeref:
      if (arg >= code_.cell_count() + code_.free_count()) {
        return out_of_range("cell or free variable", code_.cell_count() + code_.free_count());
      }
      break;
    case ArgKind::kJump:
      if (arg >= code_.instructions.size()) {
        return fail_at(i, cat(info.name, " ", arg, ": jump target is past the end (",
                              count_of(code_.instructions.size(), "instruction"), ")"));
      }
      // The eval loop polls Ctrl-C and the step budget where these jump back.
      if (arg <= i && !may_jump_backward(op)) {
        return fail_at(i, cat(info.name, " ", arg,
                              ": only JUMP and the POP_JUMP_IF_* jumps may jump backward"));
      }
      break;
    case ArgKind::kCompare:
      if (arg > 5) return bad_value("a comparison 0..5");
      break;
    case ArgKind::kInvert:
      if (arg > 1) return bad_value("0 or 1");
      break;
    case ArgKind::kUnpack: break;
    case ArgKind::kFormat:
      if (arg > 7) return bad_value("0..7");
      break;
    case ArgKind::kFunction:
      if (arg > 15) return bad_value("a combination of the flags 1, 2, 4 and 8");
      break;
    case ArgKind::kFlags:  // (GET_AWAITABLE's three values are checked below)
      if (arg > 1 && op != Opcode::GET_AWAITABLE) return bad_value("0 or 1");
      break;
    case ArgKind::kCount: break;
  }
  switch (op) {
    case Opcode::COPY:
    case Opcode::SWAP:
    case Opcode::LIST_APPEND:
    case Opcode::SET_ADD:
    case Opcode::MAP_ADD:
    case Opcode::LIST_EXTEND:
    case Opcode::SET_UPDATE:
    case Opcode::DICT_UPDATE:
    case Opcode::DICT_MERGE:
      if (arg == 0) return bad_value("at least 1");
      break;
    case Opcode::BINARY_SLICE:
    case Opcode::STORE_SLICE:
    case Opcode::BUILD_SLICE:
      if (arg != 2 && arg != 3) return bad_value("2 or 3");
      break;
    case Opcode::RAISE_VARARGS:
      if (arg > 2) return bad_value("0, 1 or 2");
      break;
    case Opcode::GET_AWAITABLE:
      if (arg > 2) return bad_value("0, 1 or 2");
      break;
    case Opcode::YIELD_VALUE:
      if (arg > 1) return bad_value("0 or 1");
      [[fallthrough]];
    case Opcode::SEND:
      if ((code_.flags & kCodeResumable) == 0) return fail_at(i, cat(info.name, " outside a generator"));
      break;
    default: break;
  }
  return true;
}

// A LOAD_CONST of a tuple of strings may be CALL_KW's keyword names.
Slot CodeVerifier::constant_slot(uint32_t index) const {
  const Value& constant = code_.constants[index];
  if (!constant.is_object() || rt_.type_of(constant) != rt_.tuple_type) return Slot{};
  const Tuple* tuple = as_tuple(constant);
  for (const Value& item : tuple->span()) {
    if (!item.is_object() || rt_.type_of(item) != rt_.str_type) return Slot{};
  }
  return Slot{SlotKind::kKeywordNames, static_cast<uint32_t>(tuple->size)};
}

bool CodeVerifier::check_paths() {
  const size_t count = code_.instructions.size();
  // Where paths can meet: the entry, jump targets and handler targets.
  merge_point_.assign(count, false);
  merge_point_[0] = true;
  for (const uint32_t word : code_.instructions) {
    if (opcode_info(opcode_of(word)).flags & kJumps) merge_point_[argument_of(word)] = true;
  }
  for (const ExceptionHandler& handler : code_.handlers) merge_point_[handler.target] = true;
  if (!check_yield_from_loops()) return false;
  entry_states_.assign(count, std::nullopt);
  entry_states_[0] = StackState{};
  worklist_.push_back(0);
  while (!worklist_.empty()) {
    const size_t start = worklist_.back();
    worklist_.pop_back();
    if (!walk(start, *entry_states_[start])) return false;
  }
  return true;
}

// throw() and close() of a generator suspended in `yield from` find the
// loop's SEND right before the YIELD_VALUE 1 it is suspended at, leave the
// loop at that SEND's target, and take the sub-iterator from below the
// yielded value (generator.cpp): so a YIELD_VALUE 1 must directly follow a
// SEND and be reached only from it, with the SEND's stack.
bool CodeVerifier::check_yield_from_loops() {
  for (size_t i = 0; i < code_.instructions.size(); ++i) {
    const uint32_t word = code_.instructions[i];
    if (opcode_of(word) != Opcode::YIELD_VALUE || argument_of(word) != 1) continue;
    if (i == 0 || opcode_of(code_.instructions[i - 1]) != Opcode::SEND || merge_point_[i]) {
      return fail_at(i, "YIELD_VALUE 1 (a `yield from` loop's yield) must directly follow a SEND and be "
                        "reached only from it");
    }
  }
  return true;
}

// Counts work done against a limit, so that no file — however many jumps it
// makes at however deep a stack — keeps the verifier busy for long.
bool CodeVerifier::charge(size_t i, size_t steps) {
  work_ += steps;
  if (work_ <= kWorkLimit) return true;
  return fail_at(i, cat("too costly to verify (more than ", kWorkLimit, " stack-slot steps)"));
}

// Joins the state arriving at `target` from instruction `from` — the slots
// of `below` followed by those of `top` — into the state recorded there.
bool CodeVerifier::merge(size_t from, size_t target, std::span<const Slot> below, std::span<const Slot> top) {
  const size_t size = below.size() + top.size();
  if (!charge(from, size)) return false;
  auto arriving = [&](size_t k) -> const Slot& { return k < below.size() ? below[k] : top[k - below.size()]; };
  std::optional<StackState>& existing = entry_states_[target];
  if (!existing) {
    stored_slots_ += size;
    if (stored_slots_ > kStoredSlotLimit) {
      return fail_at(from, cat("too costly to verify (more than ", kStoredSlotLimit, " stack slots recorded at jump targets)"));
    }
    existing.emplace(below.begin(), below.end());
    existing->insert(existing->end(), top.begin(), top.end());
    worklist_.push_back(target);
    return true;
  }
  if (existing->size() != size) {
    return fail_at(target, cat("the stack holds ", count_of(existing->size(), "item"), " on one path here but ",
                               size, " on the path from instruction ", from));
  }
  bool changed = false;
  for (size_t k = 0; k < size; ++k) {
    const Slot joined = join((*existing)[k], arriving(k));
    if (!(joined == (*existing)[k])) {
      (*existing)[k] = joined;
      changed = true;
    }
  }
  if (changed) worklist_.push_back(target);
  return true;
}

// The operands an instruction reads must be of the kinds it relies on.
bool CodeVerifier::check_operand_kinds(size_t i, Opcode op, uint32_t arg, const StackState& state) {
  const std::string_view name = opcode_info(op).name;
  const size_t depth = state.size();
  // The slot `distance` items below the top (1 = the top).
  auto at = [&](size_t distance) -> const Slot& { return state[depth - distance]; };
  auto need = [&](size_t distance, SlotKind kind) {
    if (distance > depth) {
      return fail_at(i, cat("stack underflow: ", name, " reads item ", distance, " from the top of ", depth));
    }
    if (at(distance).kind == kind) return true;
    return fail_at(i, cat(name, " needs ", kind_name(kind), " at stack position ", distance, ", found ",
                          kind_name(at(distance).kind)));
  };
  // The operands an instruction pops must be objects, except that POP_TOP,
  // COPY and SWAP move any slot, and the CALL_METHODs take LOAD_METHOD's
  // NULL-able slot at the bottom of their operands.
  const size_t pops = static_cast<size_t>(stack_pops(op, arg));
  const bool moves_any_slot = op == Opcode::POP_TOP || op == Opcode::COPY || op == Opcode::SWAP;
  const size_t method_slot = op == Opcode::CALL_METHOD ? arg + 2 : op == Opcode::CALL_METHOD_KW ? arg + 3 : 0;
  for (size_t distance = 1; !moves_any_slot && distance <= pops; ++distance) {
    if (distance == method_slot || is_object(at(distance))) continue;
    return fail_at(i, cat(name, " would use ", kind_name(at(distance).kind), " at stack position ", distance));
  }
  switch (op) {
    case Opcode::LIST_APPEND:
    case Opcode::LIST_EXTEND: return need(arg + 1, SlotKind::kList);
    case Opcode::LIST_TO_TUPLE: return need(1, SlotKind::kList);
    case Opcode::SET_ADD:
    case Opcode::SET_UPDATE: return need(arg + 1, SlotKind::kSet);
    case Opcode::MAP_ADD: return need(arg + 2, SlotKind::kDict);
    case Opcode::DICT_UPDATE: return need(arg + 1, SlotKind::kDict);
    case Opcode::DICT_MERGE:
      // [callable, args, kwargs dict, ..., mapping]: the callable names itself in errors.
      if (!need(arg + 1, SlotKind::kDict)) return false;
      if (arg + 3 > depth || !is_object(at(arg + 3))) {
        return fail_at(i, cat(name, " ", arg, " needs the called object at stack position ", arg + 3));
      }
      return true;
    case Opcode::CALL_KW:
    case Opcode::CALL_METHOD_KW:
      if (!need(1, SlotKind::kKeywordNames)) return false;
      if (at(1).keyword_count > arg) {
        return fail_at(i, cat(name, " ", arg, " passes ", count_of(at(1).keyword_count, "keyword name"), " for ",
                              count_of(arg, "argument")));
      }
      return true;
    case Opcode::PUSH_EXC_INFO:
    case Opcode::RERAISE:
    case Opcode::END_ASYNC_FOR: return need(1, SlotKind::kException);
    case Opcode::POP_EXCEPT: return need(1, SlotKind::kPreviousException);
    case Opcode::WITH_EXCEPT_START: return need(1, SlotKind::kException);
    case Opcode::PREP_RERAISE_STAR: return need(1, SlotKind::kList);
    default: return true;
  }
}

// How many of the operands an instruction counts as popped stay where they
// are while it runs (it reads them, or pushes them back): an exception it
// raises finds them still on the stack.
size_t operands_kept_in_place(Opcode op, uint32_t arg) {
  switch (op) {
    case Opcode::COPY:
    case Opcode::SWAP: return arg;
    case Opcode::FOR_ITER:
    case Opcode::SEND:
    case Opcode::IMPORT_FROM:
    case Opcode::GET_ANEXT:
    case Opcode::MATCH_SEQUENCE:
    case Opcode::MATCH_MAPPING:
    case Opcode::GET_LEN: return 1;
    case Opcode::CHECK_EXC_MATCH:
    case Opcode::CHECK_EG_MATCH:
    case Opcode::MATCH_KEYS:
    case Opcode::COPY_DICT_WITHOUT_KEYS: return 2;
    case Opcode::WITH_EXCEPT_START:
    case Opcode::MATCH_CLASS: return 3;
    default: return 0;
  }
}

// Checks instruction i in `state`, then passes the resulting states on to
// its successors and to the handler protecting it.
// Follows straight-line code from `start` (a merge point) with one working
// state, changed in place instruction by instruction, until the code ends
// or reaches another merge point; states are copied only where paths meet
// (jumps, handlers, merge points), so verifying a long run of code costs
// time in proportion to its length, not to its length times its depth.
bool CodeVerifier::walk(size_t start, StackState state) {
  const ExceptionHandler* merged_handler = nullptr;  // its entry already has this walk's stack prefix
  for (size_t i = start;; ++i) {
    if (i != start && merge_point_[i]) return merge(i - 1, i, state);  // (continues from there)
    const uint32_t word = code_.instructions[i];
    const Opcode op = opcode_of(word);
    const uint32_t arg = argument_of(word);
    const OpcodeInfo& info = opcode_info(op);
    const size_t pops = static_cast<size_t>(stack_pops(op, arg));
    const size_t pushes = static_cast<size_t>(stack_pushes(op, arg));
    if (!charge(i, 1 + pops + pushes)) return false;
    if (pops > state.size()) {
      return fail_at(i, cat("stack underflow: ", info.name, " pops ", count_of(pops, "item"),
                            " but the stack holds ", state.size()));
    }
    // An exception raised here unwinds to the handler's depth, which must
    // not be above what is left once the instruction has popped its operands.
    const ExceptionHandler* handler = code_.handler_for(i);
    if (handler != nullptr) {
      const size_t certain = state.size() - pops + std::min(pops, operands_kept_in_place(op, arg));
      if (handler->depth > certain) {
        return fail_at(i, cat("the exception handler at ", handler->target, " keeps ",
                              count_of(handler->depth, "stack item"), " but only ", certain,
                              " can be certain here"));
      }
      if (handler != merged_handler) {
        const Slot exception{SlotKind::kException, 0};
        if (!merge(i, handler->target, std::span(state).first(handler->depth), std::span(&exception, 1))) {
          return false;
        }
      }
    }
    merged_handler = handler;
    if (!check_operand_kinds(i, op, arg, state)) return false;

    if (info.flags & kJumps) {
      // The jump keeps the slots below its pops and pushes new objects, except
      // that JUMP_IF_*_OR_POP keep their operand.
      const size_t kept = state.size() - static_cast<size_t>(jump_pops(op, arg));
      const size_t jump_pushed = static_cast<size_t>(jump_pushes(op, arg));
      const bool keeps_operand = op == Opcode::JUMP_IF_FALSE_OR_POP || op == Opcode::JUMP_IF_TRUE_OR_POP;
      const std::vector<Slot> results(jump_pushed, Slot{});
      if (kept + jump_pushed > static_cast<size_t>(code_.stack_size)) {
        return fail_at(i, cat("stack overflow: ", info.name, " jumps with ", count_of(kept + jump_pushed, "item"),
                              ", more than the stack size ", code_.stack_size));
      }
      const bool ok = keeps_operand ? merge(i, arg, state)
                                    : merge(i, arg, std::span(state).first(kept), results);
      if (!ok) return false;
    }
    if (op == Opcode::SWAP && merged_handler != nullptr && state.size() - arg < merged_handler->depth) {
      merged_handler = nullptr;  // it changes the prefix the handler was given
    }
    apply_stack_effect(op, arg, pops, pushes, &state);
    if (state.size() > static_cast<size_t>(code_.stack_size)) {
      return fail_at(i, cat("stack overflow: ", info.name, " leaves ", count_of(state.size(), "item"),
                            ", more than the stack size ", code_.stack_size));
    }
    if (info.flags & kNoFallthrough) return true;
    if (i + 1 == code_.instructions.size()) return fail_at(i, cat(info.name, " falls off the end of the code"));
  }
}

// The stack after the instruction falls through: its operands popped and
// its results pushed, each of the kind it is known to be.
void CodeVerifier::apply_stack_effect(Opcode op, uint32_t arg, size_t pops, size_t pushes,
                                      StackState* state) const {
  switch (op) {
    case Opcode::COPY: state->push_back((*state)[state->size() - arg]); return;
    case Opcode::SWAP: std::swap(state->back(), (*state)[state->size() - arg]); return;
    case Opcode::LOAD_CONST: state->push_back(constant_slot(arg)); return;
    default: break;
  }
  // The first operands of these come back unchanged below their results.
  size_t preserved = 0;
  switch (op) {
    case Opcode::FOR_ITER:
    case Opcode::SEND:
    case Opcode::IMPORT_FROM:
    case Opcode::GET_ANEXT:
    case Opcode::CHECK_EXC_MATCH: preserved = 1; break;
    case Opcode::WITH_EXCEPT_START: preserved = 3; break;
    default: break;
  }
  state->resize(state->size() - pops + std::min(preserved, pops));
  for (size_t k = std::min(preserved, pops); k < pushes; ++k) state->push_back(Slot{});
  const size_t top = state->size();
  switch (op) {
    case Opcode::LOAD_METHOD: (*state)[top - 2] = Slot{SlotKind::kMethodOrNull, 0}; break;
    case Opcode::BUILD_LIST: (*state)[top - 1] = Slot{SlotKind::kList, 0}; break;
    case Opcode::BUILD_SET: (*state)[top - 1] = Slot{SlotKind::kSet, 0}; break;
    case Opcode::BUILD_MAP: (*state)[top - 1] = Slot{SlotKind::kDict, 0}; break;
    case Opcode::PUSH_EXC_INFO:
      (*state)[top - 2] = Slot{SlotKind::kPreviousException, 0};
      (*state)[top - 1] = Slot{SlotKind::kException, 0};
      break;
    default: break;
  }
}

// Code objects inside constants, tuples and frozensets included.
bool verify_constants(Runtime& rt, const Value& constant, std::string* error) {
  if (!constant.is_object()) return true;
  Type* type = rt.type_of(constant);
  if (type == rt.code_type) return verify_code(rt, *constant.as<CodeObject>(), error);
  if (type == rt.tuple_type) {
    for (const Value& item : as_tuple(constant)->span()) {
      if (!verify_constants(rt, item, error)) return false;
    }
  } else if (type == rt.frozenset_type) {
    size_t position = 0;
    SetEntry* entry;
    while (set_next(constant.as<Set>(), &position, &entry)) {
      if (!verify_constants(rt, entry->key, error)) return false;
    }
  }
  return true;
}

}  // namespace

bool verify_code(Runtime& rt, const CodeObject& code, std::string* error) {
  if (!CodeVerifier(rt, code).run(error)) return false;
  for (const Value& constant : code.constants) {
    if (!verify_constants(rt, constant, error)) return false;
  }
  return true;
}

bool verify_module(Runtime& rt, const CodeObject& code, std::string* error) {
  // The VM runs a module's code as a frame of its own; only a function call
  // sets up a function body's arguments or makes a generator of it.
  if (code.has_flag(kCodeFunction)) {
    *error = cat("code object '", shown_name(code), "': the module's code object is a function body");
    return false;
  }
  return verify_code(rt, code, error);
}

}  // namespace pyvm
