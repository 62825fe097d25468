// SPDX-License-Identifier: GPL-3.0-or-later
// The visualizer (`pyvm --visualize prog.py [-o prog.html]`,
// docs/visualizer.md): runs the program under the instruction tracer with
// state snapshots (--trace-state, tools/trace_snapshot.h), keeping the
// trace in memory, then writes one self-contained HTML page that steps
// through it: source, bytecode, operand stack, frames, objects and output.
// The page (visualizer_page.html, .css, .js) reads the trace's records as
// they are; every state it shows is one the tracer recorded.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "tools/instruction_tracer.h"

namespace pyvm {

class VM;

// Steps recorded unless --visualize-steps says otherwise.
inline constexpr size_t kDefaultVisualizerSteps = 100000;

class Visualizer {
 public:
  // Attaches a tracer that records at most `steps` steps.
  Visualizer(VM& vm, size_t steps);
  ~Visualizer();
  Visualizer(const Visualizer&) = delete;
  Visualizer& operator=(const Visualizer&) = delete;

  // Detaches the tracer (call when the program has run).
  void stop();
  // Writes the page for `program` to `path`: `uncaught` is the traceback
  // of an uncaught exception ("" when none), `status` the exit status.
  // False with `*error` set when the file cannot be written.
  bool write_page(const std::string& program, const std::string& uncaught, int status,
                  const std::string& path, std::string* error) const;
  size_t steps_recorded() const;

 private:
  VM& vm_;
  size_t steps_;
  std::string trace_;
  std::unique_ptr<InstructionTracer> tracer_;
};

}  // namespace pyvm
