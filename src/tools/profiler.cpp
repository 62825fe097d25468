// SPDX-License-Identifier: GPL-3.0-or-later
// pyvm --profile: the call profiler and the instruction counter, two
// observers on the eval loop's hook (vm/observer.h). Nothing here runs
// unless --profile attached one of them; the eval loop has no check of its own.
//
// The call profiler follows CPython's cProfile: a "call" is a Python frame
// starting (a generator's resumption included, its yield being a return)
// or a call to a native function or method; a call made while the same
// function is already running is recursive, counts in ncalls but not among
// the primitive calls, and adds nothing to the cumulative time of the
// outermost one. tottime is a call's time minus that of the calls it made.
#include "tools/profiler.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <map>
#include <unordered_map>
#include <utility>
#include <vector>

#include "bytecode/code_object.h"
#include "bytecode/opcodes.h"
#include "runtime/descriptors.h"
#include "runtime/str.h"
#include "runtime/type.h"
#include "vm/frame.h"
#include "vm/observer.h"
#include "vm/vm.h"

namespace pyvm {

const char* const kProfileSortKeys = "cumulative, tottime, ncalls, name, filename, stdname";

bool is_profile_sort_key(std::string_view key) {
  return key == "cumulative" || key == "tottime" || key == "ncalls" || key == "name" ||
         key == "filename" || key == "stdname";
}

namespace {

using Clock = std::chrono::steady_clock;

// pstats shows file names without their directories (strip_dirs).
std::string base_name(std::string_view path) {
  const size_t slash = path.rfind('/');
  return std::string(slash == std::string::npos ? path : path.substr(slash + 1));
}

// How a native callable is named in cProfile: "<built-in method
// builtins.len>", or "<method 'append' of 'list' objects>" for a method of
// a built-in type (named after the built-in type that defines it); the
// report shows it in braces.
std::string native_display_name(VM& vm, const NativeFunction& function) {
  const std::string name(function.name->view());
  const bool plain = function.self.is_null() || function.self.is_none() ||
                     vm.type_of(function.self) == vm.module_type;
  if (!plain) {
    const Type* type = vm.type_of(function.self);
    if (type->layout != nullptr) type = type->layout;
    return "<method '" + name + "' of '" + std::string(type->name->view()) + "' objects>";
  }
  if (function.module_name.get() == nullptr || function.module_name->view().empty()) {
    return "<built-in method " + name + ">";
  }
  return "<built-in method " + std::string(function.module_name->view()) + "." + name + ">";
}

// One row of the report: a Python function (by code object) or a native one.
struct CallStats {
  std::string filename;  // "~" for native functions, as pstats
  int line = 0;
  std::string name;  // the function's name; the whole "<...>" text for native ones
  long calls = 0;
  long recursive_calls = 0;
  Clock::duration own_time{};    // tottime
  Clock::duration total_time{};  // cumtime, outermost calls only
  int running = 0;               // how many calls of it are on the stack now

  long primitive_calls() const { return calls - recursive_calls; }
  std::string standard_name() const {
    if (filename == "~") return "{" + name.substr(1, name.size() - 2) + "}";
    return filename + ":" + std::to_string(line) + "(" + name + ")";
  }
};

// A call in progress.
struct ActiveCall {
  size_t stats;        // index into CallProfiler::stats_
  const Frame* frame;  // the Python frame; null for a native call
  Clock::time_point start;
  Clock::duration callees{};  // time spent in the calls it made
};

class CallProfiler final : public Observer, public Profiler {
 public:
  explicit CallProfiler(const ProfileSettings& settings) : settings_(settings) {}

  bool on_call(VM&, Frame* frame) override {
    begin(stats_for_code(frame->code), frame);
    return true;
  }
  bool on_return(VM&, Frame* frame, const Value&) override {
    // Frames already running when the profiler was attached had no call.
    if (!active_.empty() && active_.back().frame == frame) end();
    return true;
  }
  bool on_native_call(VM& vm, Frame*, const Value& callable) override {
    begin(stats_for_native(vm, callable), nullptr);
    return true;
  }
  bool on_native_return(VM&, Frame*, const Value&) override {
    end_native();
    return true;
  }
  void on_native_exception(VM&, Frame*, const Value&) override { end_native(); }
  bool wants_native_calls() const override { return true; }

  void finish(VM& vm) override {
    vm.detach_observer(this);
    // As cProfile when disabled: calls still running end now.
    while (!active_.empty()) end();
    if (!vm.write_stdout(report())) vm.clear_error();
  }

 private:
  size_t stats_for_code(CodeObject* code) {
    auto [found, added] = code_rows_.try_emplace(code, stats_.size());
    if (added) {
      // The code object stays alive so that its address keeps naming it.
      kept_alive_.push_back(Value::from_object(code));
      CallStats row;
      row.filename = base_name(code->filename->view());
      row.line = code->first_line;
      row.name = std::string(code->name->view());
      stats_.push_back(std::move(row));
    }
    return found->second;
  }

  size_t stats_for_native(VM& vm, const Value& callable) {
    const auto& function = *callable.as<NativeFunction>();
    Type* self_type = function.self.is_null() ? nullptr : vm.type_of(function.self);
    // Naming a native function takes strings; a call looks its row up by
    // what determines the name instead.
    const NativeKey key{function.function, self_type, function.name.get()};
    if (auto known = native_keys_.find(key); known != native_keys_.end()) return known->second;
    auto [found, added] =
        native_rows_.try_emplace(native_display_name(vm, function), stats_.size());
    if (added) {
      CallStats row;
      row.filename = "~";
      row.name = found->first;
      stats_.push_back(std::move(row));
    }
    // (Kept alive so that the addresses in the key keep naming them.)
    if (self_type != nullptr)
      kept_alive_.push_back(Value::from_object(self_type));
    kept_alive_.push_back(Value::from_object(function.name.get()));
    native_keys_.emplace(key, found->second);
    return found->second;
  }

  void begin(size_t stats, const Frame* frame) {
    ++stats_[stats].running;
    active_.push_back({stats, frame, Clock::now()});
  }

  void end_native() {
    if (!active_.empty() && active_.back().frame == nullptr) end();
  }

  void end() {
    const ActiveCall call = active_.back();
    active_.pop_back();
    const Clock::duration elapsed = Clock::now() - call.start;
    if (!active_.empty()) active_.back().callees += elapsed;
    CallStats& row = stats_[call.stats];
    row.calls += 1;
    row.own_time += elapsed - call.callees;
    if (--row.running == 0)
      row.total_time += elapsed;
    else
      row.recursive_calls += 1;
  }

  std::string seconds(Clock::duration time) const {
    char text[32];
    const double value = settings_.show_times ? std::chrono::duration<double>(time).count() : 0.0;
    std::snprintf(text, sizeof text, "%8.3f", value);
    return text;
  }

  std::string report() const;
  std::vector<const CallStats*> sorted_rows() const;

  ProfileSettings settings_;
  std::vector<CallStats> stats_;
  std::unordered_map<const CodeObject*, size_t> code_rows_;
  std::map<std::string, size_t> native_rows_;
  struct NativeKey {
    NativeFn function;
    const Type* self_type;
    const Str* name;
    bool operator==(const NativeKey&) const = default;
  };
  struct NativeKeyHash {
    size_t operator()(const NativeKey& key) const {
      const std::hash<const void*> hash;
      return hash(reinterpret_cast<const void*>(key.function)) ^ (hash(key.self_type) * 31) ^
             (hash(key.name) * 17);
    }
  };
  std::unordered_map<NativeKey, size_t, NativeKeyHash> native_keys_;
  std::vector<Value> kept_alive_;
  std::vector<ActiveCall> active_;
};

// pstats's orders; equal keys fall back to the standard name, so that the
// report does not depend on the order functions were first called.
std::vector<const CallStats*> CallProfiler::sorted_rows() const {
  std::vector<const CallStats*> rows;
  for (const CallStats& row : stats_) rows.push_back(&row);
  const std::string& key = settings_.sort_key;
  // With times off, the times order nothing: the standard name does.
  const bool by_time = settings_.show_times;
  auto before = [&key, by_time](const CallStats* a, const CallStats* b) {
    if (by_time && key == "cumulative" && a->total_time != b->total_time)
      return a->total_time > b->total_time;
    if (by_time && key == "tottime" && a->own_time != b->own_time) return a->own_time > b->own_time;
    if (key == "ncalls" && a->calls != b->calls) return a->calls > b->calls;
    if (key == "name" && a->name != b->name) return a->name < b->name;
    if (key == "filename" && a->filename != b->filename) return a->filename < b->filename;
    return a->standard_name() < b->standard_name();
  };
  std::sort(rows.begin(), rows.end(), before);
  return rows;
}

std::string CallProfiler::report() const {
  long calls = 0;
  long primitive_calls = 0;
  Clock::duration total{};
  for (const CallStats& row : stats_) {
    calls += row.calls;
    primitive_calls += row.primitive_calls();
    total += row.own_time;
  }
  std::string out = "         " + std::to_string(calls) + " function calls ";
  if (calls != primitive_calls) out += "(" + std::to_string(primitive_calls) + " primitive calls) ";
  char total_text[48];
  std::snprintf(total_text, sizeof total_text, "in %.3f seconds\n\n",
                settings_.show_times ? std::chrono::duration<double>(total).count() : 0.0);
  out += total_text;
  static const std::map<std::string, std::string> kOrderNames = {
      {"cumulative", "cumulative time"}, {"tottime", "internal time"},
      {"ncalls", "call count"},          {"name", "function name"},
      {"filename", "file name"},         {"stdname", "standard name"}};
  out += "   Ordered by: " + kOrderNames.at(settings_.sort_key) + "\n\n";
  out += "   ncalls  tottime  percall  cumtime  percall filename:lineno(function)\n";
  for (const CallStats* row : sorted_rows()) {
    std::string count = std::to_string(row->calls);
    if (row->calls != row->primitive_calls()) count += "/" + std::to_string(row->primitive_calls());
    if (count.size() < 9) count.insert(0, 9 - count.size(), ' ');
    // (Appended piece by piece: g++ 12 warns about string operator+ chains here.)
    out.append(count).append(" ").append(seconds(row->own_time)).append(" ");
    out.append(row->calls == 0 ? std::string(8, ' ') : seconds(row->own_time / row->calls));
    out.append(" ").append(seconds(row->total_time)).append(" ");
    out.append(row->primitive_calls() == 0 ? std::string(8, ' ')
                                           : seconds(row->total_time / row->primitive_calls()));
    out.append(" ").append(row->standard_name()).append("\n");
  }
  return out + "\n\n";
}

// --profile=opcodes: each instruction the loop runs, by opcode, overall
// and per code object.
class OpcodeCounter final : public Observer, public Profiler {
 public:
  static constexpr size_t kTopPerFunction = 10;

  bool on_instruction(VM&, Frame* frame) override {
    const CodeObject* code = frame->code;
    const Opcode opcode = opcode_of(code->instructions[frame->instruction_index()]);
    counts_for(frame->code)[static_cast<size_t>(opcode)] += 1;
    return true;
  }

  void finish(VM& vm) override {
    vm.detach_observer(this);
    if (!vm.write_stdout(report())) vm.clear_error();
  }

 private:
  using Counts = std::array<long, kOpcodeCount>;

  struct FunctionCounts {
    std::string name;  // "name (file:line)"
    Counts counts{};
  };

  Counts& counts_for(CodeObject* code) {
    // Consecutive instructions are mostly in the same code object.
    if (code == last_code_) return *last_counts_;
    auto [found, added] = functions_.try_emplace(code);
    if (added) {
      kept_alive_.push_back(Value::from_object(code));
      found->second.name = std::string(code->name->view()) + " (" +
                           base_name(code->filename->view()) + ":" +
                           std::to_string(code->first_line) + ")";
    }
    last_code_ = code;
    last_counts_ = &found->second.counts;
    return found->second.counts;
  }

  static long sum(const Counts& counts) {
    long total = 0;
    for (long count : counts) total += count;
    return total;
  }

  // Rows "  OPCODE  count  percent", the most frequent first (then by name), at most `limit`.
  static std::string table(const Counts& counts, size_t limit) {
    std::vector<std::pair<long, std::string_view>> rows;
    for (size_t i = 0; i < counts.size(); ++i) {
      if (counts[i] > 0) rows.emplace_back(counts[i], opcode_info(static_cast<Opcode>(i)).name);
    }
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    const double total = static_cast<double>(sum(counts));
    std::string out;
    char line[96];
    for (size_t i = 0; i < rows.size() && i < limit; ++i) {
      std::snprintf(line, sizeof line, "  %-24s %10ld %7.2f%%\n",
                    std::string(rows[i].second).c_str(), rows[i].first,
                    100.0 * static_cast<double>(rows[i].first) / total);
      out += line;
    }
    return out;
  }

  std::string report() const {
    Counts overall{};
    std::vector<const FunctionCounts*> functions;
    for (const auto& [code, function] : functions_) {
      for (size_t i = 0; i < overall.size(); ++i) overall[i] += function.counts[i];
      functions.push_back(&function);
    }
    std::sort(functions.begin(), functions.end(),
              [](const FunctionCounts* a, const FunctionCounts* b) {
                const long count_a = sum(a->counts), count_b = sum(b->counts);
                return count_a != count_b ? count_a > count_b : a->name < b->name;
              });
    const long total = sum(overall);
    std::string out = "         " + std::to_string(total) + " instructions executed\n\n";
    out += "  opcode                        count  percent\n";
    out += table(overall, overall.size());
    for (const FunctionCounts* function : functions) {
      const long count = sum(function->counts);
      char share[32];
      std::snprintf(share, sizeof share, "%.2f%%",
                    total == 0 ? 0.0 : 100.0 * static_cast<double>(count) / total);
      out +=
          "\n" + function->name + ": " + std::to_string(count) + " instructions (" + share + ")\n";
      out += table(function->counts, kTopPerFunction);
    }
    return out + "\n";
  }

  std::unordered_map<const CodeObject*, FunctionCounts> functions_;
  std::vector<Value> kept_alive_;
  const CodeObject* last_code_ = nullptr;
  Counts* last_counts_ = nullptr;
};

// --profile=pairs: consecutive instruction pairs, the input for choosing
// superinstructions. A pair is an instruction and the one after it in the
// code, run one after the other in the same frame: the only pairs a fused
// instruction could replace. So a taken jump breaks the chain (JUMP is not
// paired with its target), while a call does not: CALL pairs with the
// instruction that runs when the callee has returned, whatever the callee
// ran meanwhile. A conditional jump that falls through pairs with the next
// instruction. Shares are of all instructions executed, which is the share
// of dispatches a superinstruction for the pair would save.
class PairCounter final : public Observer, public Profiler {
 public:
  static constexpr size_t kTopOverall = 40;
  static constexpr size_t kTopPerFunction = 5;

  bool on_instruction(VM&, Frame* frame) override {
    const CodeObject* code = frame->code;
    const size_t index = frame->instruction_index();
    const Opcode opcode = opcode_of(code->instructions[index]);
    FunctionPairs& function = function_for(frame->code);
    function.instructions += 1;
    // Frames interleave (calls, generators), so each keeps its own last
    // instruction. A frame's address is reused by later calls, but a new
    // call never starts right after where the old one stopped in the same code.
    Previous& previous = frame == last_frame_ ? *last_previous_ : previous_[frame];
    last_frame_ = frame;
    last_previous_ = &previous;
    if (previous.code == code && previous.index + 1 == index) {
      function.pairs[pair_key(previous.opcode, opcode)] += 1;
    }
    previous = Previous{code, index, opcode};
    return true;
  }

  void finish(VM& vm) override {
    vm.detach_observer(this);
    if (!vm.write_stdout(report())) vm.clear_error();
  }

 private:
  using PairCounts = std::unordered_map<uint32_t, long>;

  struct Previous {
    const CodeObject* code = nullptr;
    size_t index = 0;
    Opcode opcode{};
  };

  struct FunctionPairs {
    std::string name;  // "name (file:line)"
    long instructions = 0;
    PairCounts pairs;
  };

  static uint32_t pair_key(Opcode first, Opcode second) {
    return static_cast<uint32_t>(first) * kOpcodeCount + static_cast<uint32_t>(second);
  }

  FunctionPairs& function_for(CodeObject* code) {
    if (code == last_code_) return *last_function_;
    auto [found, added] = functions_.try_emplace(code);
    if (added) {
      kept_alive_.push_back(Value::from_object(code));
      found->second.name = std::string(code->name->view()) + " (" +
                           base_name(code->filename->view()) + ":" +
                           std::to_string(code->first_line) + ")";
    }
    last_code_ = code;
    last_function_ = &found->second;
    return found->second;
  }

  static long sum(const PairCounts& pairs) {
    long total = 0;
    for (const auto& [key, count] : pairs) total += count;
    return total;
  }

  // Rows "  FIRST  SECOND  count  percent-of-instructions", the most
  // frequent first (then by names), at most `limit`.
  static std::string table(const PairCounts& pairs, long instructions, size_t limit) {
    std::vector<std::pair<long, std::string>> rows;
    for (const auto& [key, count] : pairs) {
      const auto first = static_cast<Opcode>(key / kOpcodeCount);
      const auto second = static_cast<Opcode>(key % kOpcodeCount);
      char names[80];
      std::snprintf(names, sizeof names, "%-24s %-24s",
                    std::string(opcode_info(first).name).c_str(),
                    std::string(opcode_info(second).name).c_str());
      rows.emplace_back(count, names);
    }
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    std::string out;
    char line[128];
    for (size_t i = 0; i < rows.size() && i < limit; ++i) {
      std::snprintf(line, sizeof line, "  %s %10ld %7.2f%%\n", rows[i].second.c_str(),
                    rows[i].first,
                    100.0 * static_cast<double>(rows[i].first) / static_cast<double>(instructions));
      out += line;
    }
    return out;
  }

  std::string report() const {
    PairCounts overall;
    long instructions = 0;
    std::vector<const FunctionPairs*> functions;
    for (const auto& [code, function] : functions_) {
      for (const auto& [key, count] : function.pairs) overall[key] += count;
      instructions += function.instructions;
      functions.push_back(&function);
    }
    std::sort(functions.begin(), functions.end(),
              [](const FunctionPairs* a, const FunctionPairs* b) {
                return a->instructions != b->instructions ? a->instructions > b->instructions
                                                          : a->name < b->name;
              });
    std::string out = "         " + std::to_string(instructions) + " instructions executed\n";
    out += "         " + std::to_string(sum(overall)) +
           " of them ran right after the instruction before them in the code\n\n";
    out += "  first                    second                        count  percent\n";
    out += table(overall, instructions, kTopOverall);
    for (const FunctionPairs* function : functions) {
      if (function->pairs.empty()) continue;
      out +=
          "\n" + function->name + ": " + std::to_string(function->instructions) + " instructions\n";
      out += table(function->pairs, function->instructions, kTopPerFunction);
    }
    return out + "\n";
  }

  std::unordered_map<const CodeObject*, FunctionPairs> functions_;
  std::unordered_map<const Frame*, Previous> previous_;
  std::vector<Value> kept_alive_;
  const CodeObject* last_code_ = nullptr;
  FunctionPairs* last_function_ = nullptr;
  const Frame* last_frame_ = nullptr;
  Previous* last_previous_ = nullptr;
};

}  // namespace

std::unique_ptr<Profiler> start_profiler(VM& vm, const ProfileSettings& settings) {
  if (settings.kind == ProfileSettings::Kind::kOpcodes) {
    auto counter = std::make_unique<OpcodeCounter>();
    vm.attach_observer(counter.get());
    return counter;
  }
  if (settings.kind == ProfileSettings::Kind::kPairs) {
    auto counter = std::make_unique<PairCounter>();
    vm.attach_observer(counter.get());
    return counter;
  }
  auto profiler = std::make_unique<CallProfiler>(settings);
  vm.attach_observer(profiler.get());
  return profiler;
}

}  // namespace pyvm
