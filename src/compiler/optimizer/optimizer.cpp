// SPDX-License-Identifier: GPL-3.0-or-later
// The optimizer's driver (see optimizer.h): the passes in order, repeated
// while one of them still changes something (folding a constant can make a
// branch constant, which makes code dead, which makes a jump go to the next
// instruction, ...).
#include "compiler/optimizer/optimizer.h"

#include <algorithm>
#include <cstdlib>

#include "bytecode/verifier.h"
#include "compiler/optimizer/basic_blocks.h"
#include "compiler/optimizer/passes.h"
#include "runtime/runtime.h"

namespace pyvm {

namespace {

// The pass names, as --opt-report prints them.
constexpr const char* kConstantFolding = "constant-folding";
constexpr const char* kConstantBranches = "constant-branches";
constexpr const char* kDeadCode = "dead-code";
constexpr const char* kJumpThreading = "jump-threading";
constexpr const char* kNoneTests = "none-tests";
constexpr const char* kUselessInstructions = "useless-instructions";
constexpr const char* kLoopInversion = "loop-inversion";
constexpr const char* kSuperinstructions = "superinstructions";
constexpr const char* kPassOrder[] = {kConstantFolding,     kConstantBranches, kDeadCode,
                                      kJumpThreading,       kNoneTests,        kUselessInstructions,
                                      kLoopInversion,       kSuperinstructions};
// Each round can only shrink the code, and a few rounds reach the fixed
// point in practice; the bound keeps compile time linear anyway.
constexpr int kMaxRounds = 4;

void note(std::vector<const char*>* changed_by, const char* pass, bool changed) {
  if (!changed) return;
  for (const char* name : *changed_by) {
    if (name == pass) return;
  }
  changed_by->push_back(pass);
}

// Whether every jump and handler target is an instruction (code generation
// makes no other; anything else is left as it is, for the verifier to judge).
bool targets_in_range(const CodeObject& code) {
  const size_t count = code.instructions.size();
  for (uint32_t word : code.instructions) {
    if ((opcode_info(opcode_of(word)).flags & kJumps) && argument_of(word) >= count) return false;
  }
  for (const ExceptionHandler& handler : code.handlers) {
    if (handler.target >= count || handler.end > count) return false;
  }
  return count > 0;
}

// Runs the passes over one code object (not its nested ones).
std::vector<const char*> optimize_one(Runtime& rt, CodeObject& code) {
  std::vector<const char*> changed_by;
  if (!targets_in_range(code)) return changed_by;
  FlowGraph graph = split_into_blocks(code);
  for (int round = 0; round < kMaxRounds; ++round) {
    bool changed = false;
    auto run = [&](const char* pass, bool result) {
      note(&changed_by, pass, result);
      changed = changed || result;
    };
    run(kConstantFolding, fold_constants(rt, graph, code));
    run(kConstantBranches, fold_constant_branches(rt, graph, code));
    run(kDeadCode, remove_unreachable_blocks(graph));
    run(kJumpThreading, thread_jumps(graph));
    run(kDeadCode, remove_unreachable_blocks(graph));
    run(kNoneTests, fuse_none_tests(graph, code));
    run(kUselessInstructions, remove_useless_instructions(graph));
    if (!changed) break;
  }
  // (Once: it copies code, which no later round should copy again.)
  note(&changed_by, kLoopInversion, invert_loops(graph));
  note(&changed_by, kSuperinstructions, make_superinstructions(graph));
  if (!changed_by.empty()) join_blocks(graph, &code);
  // Report in pass order, whatever round changed what.
  std::vector<const char*> ordered;
  for (const char* pass : kPassOrder) note(&ordered, pass, std::find(changed_by.begin(), changed_by.end(), pass) != changed_by.end());
  return ordered;
}

void optimize_tree(Runtime& rt, CodeObject& code, std::vector<OptimizedCode>* report) {
  const size_t before = code.instructions.size();
  const size_t record = report ? report->size() : 0;
  if (report) report->push_back({std::string(code.qualname ? code.qualname->view() : ""), code.first_line, before, 0, {}});
  std::vector<const char*> passes = optimize_one(rt, code);
  if (report) {
    (*report)[record].instructions_after = code.instructions.size();
    (*report)[record].passes = std::move(passes);
  }
  for (const Value& constant : code.constants) {
    if (constant.is_object() && rt.type_of(constant) == rt.code_type) {
      optimize_tree(rt, *constant.as<CodeObject>(), report);
    }
  }
}

}  // namespace

void optimize_code(Runtime& rt, CodeObject& code, std::vector<OptimizedCode>* report) {
  optimize_tree(rt, code, report);
#ifndef NDEBUG
  // Debug builds check the optimizer's output as the loader checks a file's.
  std::string error;
  if (!verify_code(rt, code, &error)) {
    std::fprintf(stderr, "pyvm: the optimizer made invalid code: %s\n", error.c_str());
    std::abort();
  }
#endif
}

void print_optimizer_report(std::FILE* out, const std::string& filename, const std::vector<OptimizedCode>& report) {
  size_t total_before = 0;
  size_t total_after = 0;
  std::fprintf(out, "optimizer report for %s\n", filename.c_str());
  std::fprintf(out, "%-32s %6s %7s %6s  %s\n", "code object (line)", "before", "after", "change", "passes");
  for (const OptimizedCode& entry : report) {
    std::string passes;
    for (const char* pass : entry.passes) passes += (passes.empty() ? "" : ", ") + std::string(pass);
    const std::string name = entry.qualname + " (" + std::to_string(entry.first_line) + ")";
    const long change = static_cast<long>(entry.instructions_after) - static_cast<long>(entry.instructions_before);
    std::fprintf(out, "%-32s %6zu %7zu %+6ld  %s\n", name.c_str(), entry.instructions_before,
                 entry.instructions_after, change, passes.empty() ? "-" : passes.c_str());
    total_before += entry.instructions_before;
    total_after += entry.instructions_after;
  }
  std::fprintf(out, "%-32s %6zu %7zu %+6ld\n", "total", total_before, total_after,
               static_cast<long>(total_after) - static_cast<long>(total_before));
}

}  // namespace pyvm
