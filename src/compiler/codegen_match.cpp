// SPDX-License-Identifier: GPL-3.0-or-later
// The code generator for the match statement (PEP 634).
//
// How a pattern is compiled. Each pattern starts with its subject on top of
// the stack and consumes it. A check that fails jumps to a "fail pop" label
// that pops whatever the pattern has left on the stack and goes on to the
// next case. Names a pattern captures are not stored at once — a failing
// pattern must bind nothing — but kept on the stack, below the items the
// pattern is still working on, and stored together once the whole pattern
// has matched. So while a pattern is compiled the stack is
//
//     [... captured values (PatternContext::stores), working items (on_top), subject]
//
// and failing at any point pops on_top + stores.size() items.
#include <algorithm>
#include <optional>

#include "compiler/codegen.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

struct CodeGenerator::PatternContext {
  std::vector<std::string> stores;  // captured names, in stack order
  std::vector<Label> fail_pop;      // fail_pop[n]: pop n items, then fail
  int on_top = 0;                   // working items above the captures
  // Whether an irrefutable pattern (a capture, `_`) is allowed here: not in a
  // case or alternative that is followed by others it would make unreachable.
  bool allow_irrefutable = false;
};

namespace {

bool is_wildcard(const ast::Pattern& pattern) {
  if (pattern.kind == ast::PatternKind::kMatchStar) return pattern.as<ast::MatchStar>().name.empty();
  if (pattern.kind != ast::PatternKind::kMatchAs) return false;
  const auto& as = pattern.as<ast::MatchAs>();
  return !as.pattern && as.name.empty();
}

}  // namespace

void CodeGenerator::compile_match(const ast::Match& node) {
  compile_expression(*node.subject);
  const Label end = out().new_label();
  const size_t count = node.cases.size();
  // A last `case _:` after others needs no subject: the case before it
  // consumes the subject even when it fails.
  const bool has_default = count > 1 && is_wildcard(*node.cases.back().pattern);
  const size_t patterned = count - (has_default ? 1 : 0);
  for (size_t i = 0; i < patterned && !failed(); ++i) {
    const ast::MatchCase& match_case = node.cases[i];
    const bool last = i + 1 == patterned;
    PatternContext pc;
    pc.allow_irrefutable = match_case.guard || i + 1 == count;
    {
      LocationScope location(out(), match_case.pattern->loc);
      // Every case but the last works on a copy, leaving the subject for the next.
      if (!last) emit(Opcode::COPY, 1);
      compile_pattern(*match_case.pattern, pc);
      if (failed()) return;
      // The captures, topmost first.
      for (auto name = pc.stores.rbegin(); name != pc.stores.rend(); ++name) {
        name_operation(*name, ast::Context::kStore);
      }
      pc.stores.clear();
    }
    if (match_case.guard) {
      ensure_fail_pop(pc, 0);
      compile_jump_if(*match_case.guard, false, pc.fail_pop[0]);
    }
    if (!last) {
      LocationScope location(out(), match_case.pattern->loc);
      emit(Opcode::POP_TOP);
    }
    compile_body(match_case.body);
    if (out().reachable()) {
      LocationScope body_end(out(), out().last_location());
      out().emit_jump(Opcode::JUMP, end);
    }
    emit_fail_pops(pc);
  }
  if (has_default && !failed()) {
    const ast::MatchCase& match_case = node.cases.back();
    if (match_case.guard) compile_jump_if(*match_case.guard, false, end);
    compile_body(match_case.body);
  }
  out().bind(end);
}

// ---------------------------------------------------------- stack helpers

// Moves the top of the stack down to be the depth-th item (2 or more).
void CodeGenerator::emit_rotate_down(int depth) {
  for (int i = depth; i >= 2; --i) emit(Opcode::SWAP, static_cast<uint32_t>(i));
}

void CodeGenerator::ensure_fail_pop(PatternContext& pc, size_t pops) {
  while (pc.fail_pop.size() <= pops) pc.fail_pop.push_back(out().new_label());
}

void CodeGenerator::jump_to_fail_pop(PatternContext& pc, Opcode jump) {
  const size_t pops = static_cast<size_t>(pc.on_top) + pc.stores.size();
  ensure_fail_pop(pc, pops);
  out().emit_jump(jump, pc.fail_pop[pops]);
}

// The fail-pop labels, most pops first, each falling through to the next.
void CodeGenerator::emit_fail_pops(PatternContext& pc) {
  if (pc.fail_pop.empty()) return;
  for (size_t pops = pc.fail_pop.size() - 1; pops > 0; --pops) {
    out().bind(pc.fail_pop[pops]);
    emit(Opcode::POP_TOP);
  }
  out().bind(pc.fail_pop[0]);
  pc.fail_pop.clear();
}

// Captures the top of the stack as `name` (`_`, an empty name, discards it).
void CodeGenerator::capture_pattern_name(const std::string& name, const ast::Location& location,
                                         PatternContext& pc) {
  if (name.empty()) {
    emit(Opcode::POP_TOP);
    return;
  }
  if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end()) {
    fail("multiple assignments to name '" + name + "' in pattern", location);
    return;
  }
  emit_rotate_down(pc.on_top + 1);
  pc.stores.push_back(name);
}

// ---------------------------------------------------------------- patterns

void CodeGenerator::compile_pattern(const ast::Pattern& pattern, PatternContext& pc) {
  CompileDepthGuard guard(depth_);
  if (!guard.ok()) return fail_too_deep();
  if (failed()) return;
  LocationScope location(out(), pattern.loc);
  using K = ast::PatternKind;
  switch (pattern.kind) {
    case K::kMatchValue:
      compile_expression(*pattern.as<ast::MatchValue>().value);
      emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::kEqual));
      jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
      break;
    case K::kMatchSingleton:
      compile_constant(pattern.as<ast::MatchSingleton>().value, pattern.loc);
      emit(Opcode::IS_OP, 0);
      jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
      break;
    case K::kMatchSequence: compile_sequence_pattern(pattern.as<ast::MatchSequence>(), pc); break;
    case K::kMatchMapping: compile_mapping_pattern(pattern.as<ast::MatchMapping>(), pc); break;
    case K::kMatchClass: compile_class_pattern(pattern.as<ast::MatchClass>(), pc); break;
    case K::kMatchStar:
      capture_pattern_name(pattern.as<ast::MatchStar>().name, pattern.loc, pc);
      break;
    case K::kMatchAs: compile_as_pattern(pattern.as<ast::MatchAs>(), pc); break;
    case K::kMatchOr: compile_or_pattern(pattern.as<ast::MatchOr>(), pc); break;
  }
}

// A pattern inside another: irrefutable ones are always allowed there.
void CodeGenerator::compile_subpattern(const ast::Pattern& pattern, PatternContext& pc) {
  const bool allow_irrefutable = pc.allow_irrefutable;
  pc.allow_irrefutable = true;
  compile_pattern(pattern, pc);
  pc.allow_irrefutable = allow_irrefutable;
}

void CodeGenerator::compile_as_pattern(const ast::MatchAs& node, PatternContext& pc) {
  if (!node.pattern) {
    if (!pc.allow_irrefutable) {
      fail(node.name.empty() ? std::string("wildcard makes remaining patterns unreachable")
                             : "name capture '" + node.name + "' makes remaining patterns unreachable",
           node.loc);
      return;
    }
    capture_pattern_name(node.name, node.loc, pc);
    return;
  }
  // The sub-pattern works on a copy; the original is captured if it matches.
  ++pc.on_top;
  emit(Opcode::COPY, 1);
  compile_pattern(*node.pattern, pc);
  --pc.on_top;
  capture_pattern_name(node.name, node.loc, pc);
}

void CodeGenerator::compile_sequence_pattern(const ast::MatchSequence& node, PatternContext& pc) {
  const ast::PatternList& patterns = node.patterns;
  const size_t size = patterns.size();
  std::optional<size_t> star;
  bool only_wildcards = true;
  for (size_t i = 0; i < size; ++i) {
    if (patterns[i]->kind == ast::PatternKind::kMatchStar) {
      if (star) {
        fail("multiple starred names in sequence pattern", node.loc);
        return;
      }
      star = i;
    }
    if (!is_wildcard(*patterns[i])) only_wildcards = false;
  }
  // The subject stays under the checks.
  ++pc.on_top;
  emit(Opcode::MATCH_SEQUENCE);
  jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
  if (!star) {
    emit(Opcode::GET_LEN);
    emit_constant(Value::small_int(static_cast<int64_t>(size)));
    emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::kEqual));
    jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
  } else if (size > 1) {
    emit(Opcode::GET_LEN);
    emit_constant(Value::small_int(static_cast<int64_t>(size - 1)));
    emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::kGreaterEqual));
    jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
  }
  --pc.on_top;
  if (only_wildcards) {
    emit(Opcode::POP_TOP);
    return;
  }
  if (star && is_wildcard(*patterns[*star])) {
    // `[a, *_, b]`: index the items wanted rather than unpack them all.
    ++pc.on_top;
    for (size_t i = 0; i < size && !failed(); ++i) {
      if (is_wildcard(*patterns[i])) continue;
      const int64_t index =
          i < *star ? static_cast<int64_t>(i) : static_cast<int64_t>(i) - static_cast<int64_t>(size);
      emit(Opcode::COPY, 1);
      emit_constant(Value::small_int(index));
      emit(Opcode::BINARY_SUBSCR);
      compile_subpattern(*patterns[i], pc);
    }
    --pc.on_top;
    emit(Opcode::POP_TOP);
    return;
  }
  if (!star) {
    emit(Opcode::UNPACK_SEQUENCE, static_cast<uint32_t>(size));
  } else {
    const size_t after = size - *star - 1;
    if (*star >= 256 || after >= (1u << 16)) {
      fail("too many expressions in star-unpacking sequence pattern", node.loc);
      return;
    }
    emit(Opcode::UNPACK_EX, static_cast<uint32_t>(*star | (after << 8)));
  }
  compile_unpacked_subpatterns(patterns, pc);
}

// After an unpack: the items are on the stack, the first on top; each
// sub-pattern consumes one.
void CodeGenerator::compile_unpacked_subpatterns(const ast::PatternList& patterns,
                                                 PatternContext& pc) {
  pc.on_top += static_cast<int>(patterns.size());
  for (const auto& pattern : patterns) {
    --pc.on_top;
    if (failed()) return;
    compile_subpattern(*pattern, pc);
  }
}

void CodeGenerator::compile_mapping_pattern(const ast::MatchMapping& node, PatternContext& pc) {
  const size_t size = node.keys.size();
  ++pc.on_top;
  emit(Opcode::MATCH_MAPPING);
  jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
  if (size == 0 && node.rest.empty()) {
    // `{}` matches any mapping.
    --pc.on_top;
    emit(Opcode::POP_TOP);
    return;
  }
  if (size > 0) {
    emit(Opcode::GET_LEN);
    emit_constant(Value::small_int(static_cast<int64_t>(size)));
    emit(Opcode::COMPARE_OP, static_cast<uint32_t>(CompareOp::kGreaterEqual));
    jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
  }
  // Keys are literals (a repeated one is an error now) or value patterns.
  std::vector<Value> literal_keys;
  for (const auto& key : node.keys) {
    if (key->kind == ast::ExprKind::kAttribute) continue;
    Value value = folded_constant(*key);
    if (value.is_null()) {
      fail("mapping pattern keys may only match literals and attribute lookups", node.loc);
      return;
    }
    for (const Value& seen : literal_keys) {
      const int same = equals(rt_, seen, value);
      if (same < 0) rt_.clear_error();
      if (same > 0) {
        std::string text;
        if (!repr_text(rt_, value, &text)) rt_.clear_error();
        fail("mapping pattern checks duplicate key (" + text + ")", node.loc);
        return;
      }
    }
    literal_keys.push_back(std::move(value));
  }
  for (const auto& key : node.keys) compile_expression(*key);
  emit(Opcode::BUILD_TUPLE, static_cast<uint32_t>(size));
  // [subject, keys] -> [subject, keys, values or None]
  emit(Opcode::MATCH_KEYS);
  pc.on_top += 2;
  emit(Opcode::COPY, 1);
  emit_none();
  emit(Opcode::IS_OP, 1);
  jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
  --pc.on_top;
  emit(Opcode::UNPACK_SEQUENCE, static_cast<uint32_t>(size));
  compile_unpacked_subpatterns(node.patterns, pc);
  if (failed()) return;
  // [subject, keys]
  if (!node.rest.empty()) {
    emit(Opcode::COPY_DICT_WITHOUT_KEYS);
    --pc.on_top;
    capture_pattern_name(node.rest, node.loc, pc);
  } else {
    emit(Opcode::POP_TOP);
    --pc.on_top;
  }
  --pc.on_top;
  emit(Opcode::POP_TOP);
}

void CodeGenerator::compile_class_pattern(const ast::MatchClass& node, PatternContext& pc) {
  for (size_t i = 0; i < node.kwd_attrs.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (node.kwd_attrs[j] == node.kwd_attrs[i]) {
        fail("attribute name repeated in class pattern: " + node.kwd_attrs[i],
             node.kwd_patterns[i]->loc);
        return;
      }
    }
  }
  compile_expression(*node.cls);
  Ref<Tuple> names = allocate_tuple(rt_, node.kwd_attrs.size());
  for (size_t i = 0; i < node.kwd_attrs.size(); ++i) (*names)[i] = str_value(rt_, node.kwd_attrs[i]);
  emit_constant(Value(std::move(names)));
  // [subject, class, names] -> [attributes or None]
  emit(Opcode::MATCH_CLASS, static_cast<uint32_t>(node.patterns.size()));
  emit(Opcode::COPY, 1);
  emit_none();
  emit(Opcode::IS_OP, 1);
  ++pc.on_top;
  jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
  --pc.on_top;
  emit(Opcode::UNPACK_SEQUENCE, static_cast<uint32_t>(node.patterns.size() + node.kwd_patterns.size()));
  pc.on_top += static_cast<int>(node.patterns.size() + node.kwd_patterns.size());
  for (const ast::PatternList* list : {&node.patterns, &node.kwd_patterns}) {
    for (const auto& pattern : *list) {
      --pc.on_top;
      if (failed()) return;
      compile_subpattern(*pattern, pc);
    }
  }
}

// `p1 | p2 | ...`: each alternative is tried on a copy of the subject with a
// context of its own; all must capture the same names, which are put in the
// first alternative's order before joining the outer captures.
void CodeGenerator::compile_or_pattern(const ast::MatchOr& node, PatternContext& pc) {
  const Label matched = out().new_label();
  std::vector<std::string> names;  // the first alternative's captures, in stack order
  const size_t count = node.patterns.size();
  for (size_t i = 0; i < count && !failed(); ++i) {
    PatternContext alternative_pc;
    alternative_pc.allow_irrefutable = i + 1 == count && pc.allow_irrefutable;
    emit(Opcode::COPY, 1);
    compile_pattern(*node.patterns[i], alternative_pc);
    if (failed()) return;
    if (i == 0) {
      names = alternative_pc.stores;
    } else {
      std::vector<std::string> sorted_names = names;
      std::vector<std::string> sorted_stores = alternative_pc.stores;
      std::sort(sorted_names.begin(), sorted_names.end());
      std::sort(sorted_stores.begin(), sorted_stores.end());
      if (sorted_names != sorted_stores) {
        // Where CPython's compiler stands: the alternative's last pattern.
        fail("alternative patterns bind different names", out().last_location());
        return;
      }
      emit_permutation(alternative_pc.stores, names);
    }
    out().emit_jump(Opcode::JUMP, matched);
    emit_fail_pops(alternative_pc);
  }
  // No alternative matched: [... subject]
  ++pc.on_top;
  jump_to_fail_pop(pc, Opcode::JUMP);
  --pc.on_top;
  out().bind(matched);
  // [... working items, subject, captures]: drop the subject, then move the
  // captures under the working items.
  const int captured = static_cast<int>(names.size());
  std::vector<std::string> order = names;
  if (captured > 0) {
    emit(Opcode::SWAP, static_cast<uint32_t>(captured + 1));
    std::rotate(order.rbegin(), order.rbegin() + 1, order.rend());
  }
  emit(Opcode::POP_TOP);
  if (pc.on_top > 0) {
    for (int i = 0; i < captured; ++i) emit_rotate_down(pc.on_top + captured);
  }
  for (const std::string& name : order) {
    if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end()) {
      fail("multiple assignments to name '" + name + "' in pattern", out().last_location());
      return;
    }
    pc.stores.push_back(name);
  }
}

// Reorders the top `current.size()` items, named by `current` (stack order),
// into the order `wanted`, with swaps.
void CodeGenerator::emit_permutation(std::vector<std::string> current,
                                     const std::vector<std::string>& wanted) {
  const size_t count = current.size();
  // Fill depths count, count-1, ..., 2; depth d is current[count - d].
  for (size_t depth = count; depth >= 2; --depth) {
    const std::string& name = wanted[count - depth];
    const size_t at = static_cast<size_t>(std::find(current.begin(), current.end(), name) - current.begin());
    const size_t at_depth = count - at;
    if (at_depth == depth) continue;
    if (at_depth != 1) {
      emit(Opcode::SWAP, static_cast<uint32_t>(at_depth));
      std::swap(current[count - 1], current[at]);
    }
    emit(Opcode::SWAP, static_cast<uint32_t>(depth));
    std::swap(current[count - 1], current[count - depth]);
  }
}

}  // namespace pyvm
