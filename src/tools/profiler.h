// SPDX-License-Identifier: GPL-3.0-or-later
// The profilers of `pyvm --profile` (tools/profiler.cpp): observers on the
// eval loop's hook (vm/observer.h) that count what the program runs and
// print a report when it ends.
//
//   --profile, --profile=calls  a function-call profile in the format of
//                               CPython's `python -m cProfile` (pstats)
//   --profile=opcodes           how often each instruction ran, overall and
//                               per function
//   --profile=pairs             how often each pair of consecutive
//                               instructions ran (superinstruction candidates)
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace pyvm {

class VM;

struct ProfileSettings {
  enum class Kind { kCalls, kOpcodes, kPairs } kind = Kind::kCalls;
  // The call profile's order (--profile-sort): one of kProfileSortKeys.
  // cProfile's command line sorts by cumulative time unless told otherwise.
  std::string sort_key = "cumulative";
  // --profile-times=off prints 0.000 for every time, so that the report of
  // a deterministic program is itself deterministic (tests, diffs).
  bool show_times = true;
};

// The accepted --profile-sort values, for messages.
extern const char* const kProfileSortKeys;
bool is_profile_sort_key(std::string_view key);

// A profiler attached to a VM from construction until finish().
class Profiler {
 public:
  virtual ~Profiler() = default;
  // Detaches from the VM and writes the report to its stdout.
  virtual void finish(VM& vm) = 0;
};

std::unique_ptr<Profiler> start_profiler(VM& vm, const ProfileSettings& settings);

}  // namespace pyvm
