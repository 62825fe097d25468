// SPDX-License-Identifier: GPL-3.0-or-later
// The instruction tracer (`pyvm --trace`): an observer (vm/observer.h) that
// writes a record for every instruction the program runs — call depth,
// function, instruction index and source line, the instruction as `--dis`
// lists it, and the operand stack after it ran — or, with --trace=lines,
// one record per source line. Text or JSON Lines, to stderr or a file. The
// output formats are described in docs/debugging.md ("Tracer").
//
// The hook reports an instruction before it runs, so the tracer keeps it
// pending and writes it at the next event that shows its effect:
//   - the same frame's next instruction (or line): the stack after it;
//   - a frame starting (a call, a generator resuming): the instruction
//     called it, its result is not known yet ("calls f", "resumes g");
//   - the frame returning or yielding: the value it returns or yields;
//   - an exception raised in the frame: the instruction raised it;
//   - an exception leaving the frame (a re-raise): "unwinds".
// Any other event (from a frame the pending instruction did not call) writes
// it with its outcome unknown. The pending frame is only compared, never
// read, unless the event comes from that very frame: it may be gone.
#pragma once

#include <cstdio>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "bytecode/code_object.h"
#include "bytecode/disassembler.h"
#include "tools/trace_snapshot.h"
#include "vm/observer.h"

namespace pyvm {

// The tracer's command-line options.
struct TraceOptions {
  bool enabled = false;           // any --trace option given
  bool lines = false;             // --trace=lines: a record per source line
  bool jsonl = false;             // --trace-format=jsonl
  std::vector<std::string> only;  // --trace-only: co_name or qualname of the traced functions
  std::string file;               // --trace-file ("": stderr)
  bool state = false;             // --trace-state: frames and objects with each record (jsonl)
  size_t limit = 0;               // --trace-limit: records written at most (0: no limit)
};

// Parses the --trace option at argv[*i] (and its value, advancing *i past
// it when it is a separate argument). Returns -1, or exit status 2 after
// writing the usage error.
int parse_trace_option(int argc, char** argv, int* i, TraceOptions* options);

// A value as the trace shows it: the runtime's repr, at most `width` code
// points (a longer one ends in "..."). Built-in containers and strings are
// written item by item only as far as the width reaches, so that a huge
// list costs no more than a small one. Addresses (" at 0x...") are left
// out so that traces of one program compare equal across runs. A repr that
// raises shows as a placeholder; its exception is cleared (a
// KeyboardInterrupt is requested again, so that the program still gets it).
std::string trace_repr(VM& vm, const Value& value, size_t width);

// How a traced instruction ended, as far as the tracer saw it.
enum class TraceOutcome { kNext, kCall, kResume, kReturn, kYield, kRaise, kUnwind, kUnknown };

struct InstructionRecord {
  int depth = 0;
  std::string_view function;  // qualified name
  std::string_view file;
  const ListedInstruction* instruction = nullptr;
  std::string_view listing_line;  // listing_line(*instruction)
  TraceOutcome outcome = TraceOutcome::kUnknown;
  bool stack_known = false;  // the stack after the instruction (bottom first)
  std::vector<std::string> stack;
  std::string value;  // the callee, the value returned or yielded, the exception
  // With --trace-state: the code object's number, the snapshot, and what
  // the program wrote to stdout since the previous record.
  const StateSnapshot* state = nullptr;
  int code = -1;
  std::string output;
};

struct LineRecord {
  int depth = 0;
  std::string_view function;
  std::string_view file;
  int line = 0;
  std::string source;  // the line's text, without its indentation
};

// Appends one record as a line of text or of JSON (with its newline).
void append_text(const InstructionRecord& record, std::string* out);
void append_json(const InstructionRecord& record, std::string* out);
void append_text(const LineRecord& record, std::string* out);
void append_json(const LineRecord& record, std::string* out);

class InstructionTracer final : public Observer {
 public:
  // A tracer writing where `options` say; null with `*error` set when the
  // trace file cannot be opened.
  static std::unique_ptr<InstructionTracer> open(VM& vm, const TraceOptions& options,
                                                 std::string* error);
  // A tracer appending its records to `*trace` (the visualizer's).
  static std::unique_ptr<InstructionTracer> to_memory(VM& vm, const TraceOptions& options,
                                                      std::string* trace);
  ~InstructionTracer() override;
  InstructionTracer(const InstructionTracer&) = delete;
  InstructionTracer& operator=(const InstructionTracer&) = delete;

  // Writes the pending instruction and flushes the output; false (with
  // `*error` set) when writing the trace failed. Call after detaching.
  bool finish(std::string* error);
  // The records written so far (not counting --trace-state's definitions).
  size_t records_written() const { return records_written_; }
  // With --trace-state: the files of the code objects described so far.
  std::set<std::string> described_files() const;

  bool on_call(VM& vm, Frame* frame) override;
  bool on_line(VM& vm, Frame* frame, int line) override;
  bool on_instruction(VM& vm, Frame* frame) override;
  bool on_return(VM& vm, Frame* frame, const Value& value) override;
  bool on_exception(VM& vm, Frame* frame, const Value& exception) override;

 private:
  // What the tracer knows of a code object, made when a frame first runs it.
  struct CodeInfo {
    Ref<CodeObject> code;  // (held, so that its address is not reused for another)
    bool traced = false;   // passes --trace-only
    std::string function;
    std::string file;
    std::vector<ListedInstruction> listing;  // made on its first traced instruction
    std::vector<std::string> lines;          // listing_line of each
    int number = -1;  // with --trace-state, once its definition record is written
  };
  // The instruction reported last, written at the next event (see the top).
  struct Pending {
    const Frame* frame = nullptr;  // null: none
    const CodeInfo* code = nullptr;
    size_t index = 0;
    int depth = 0;
  };

  InstructionTracer(VM& vm, const TraceOptions& options, std::FILE* file, std::string* memory);

  CodeInfo& info_of(CodeObject* code);
  // Records `root` as the root of the code objects nested in `code`.
  void note_root(const Ref<CodeObject>& root, const CodeObject& code);
  const std::vector<ListedInstruction>& listing_of(CodeInfo& info);
  int depth_of(const Frame* frame) const;
  // Makes `frame` the current one: its depth and code info, kept until the
  // next call or return event.
  void enter(const Frame* frame);
  // Writes the pending instruction, ended by `outcome` if it belongs to
  // `frame` (or `frame` starts): otherwise its outcome is unknown.
  // The specialized form of an instruction, when quickening made one.
  struct RunningForm {
    ListedInstruction instruction;
    std::string line;  // listing_line of it
  };
  // Points `record` at instruction `index` of `code` as it runs now: its
  // specialized form (kept in `*specialized`) if it has one.
  static void point_at(const CodeInfo& code, size_t index, InstructionRecord* record,
                       RunningForm* specialized);
  void write_pending(Frame* frame, TraceOutcome outcome, std::string value);
  // Writes `record` of an instruction of `code`, with --trace-state after
  // the definitions its snapshot (of `frame` and its `stack`) needs.
  void write_with_state(Frame* frame, const CodeInfo& code, const std::vector<Value>& stack,
                        InstructionRecord* record);
  // With --trace-state: the code object's number, appending its definition
  // record to `*definitions` when it has none yet.
  int code_number(CodeObject* code, std::string* definitions);
  // With --trace-state, for the steps the trace has no instruction for: an
  // exception leaving `frame` ("unwind") or reaching it from a frame it
  // called ("raise"), at the instruction the frame was last seen at.
  void write_unwinding(Frame* frame, TraceOutcome outcome, const Value& exception);
  // Whether --trace-limit's records are written (the note saying so then
  // written once).
  bool limit_reached();
  template <class Record>
  void write(const Record& record);
  void flush();

  VM& vm_;
  TraceOptions options_;
  std::FILE* file_;  // owned; null: the VM's stderr (or memory)
  std::string* memory_;  // not owned; null: the file or stderr
  size_t records_written_ = 0;
  bool cut_ = false;  // --trace-limit was reached
  std::unique_ptr<TraceSnapshots> snapshots_;  // with --trace-state
  std::string definitions_;  // --trace-state's records the next record needs
  std::string output_;       // the program's stdout since the last record (the VM's stdout_copy)
  int next_code_number_ = 0;
  bool write_failed_ = false;
  std::string out_;  // records not written yet
  std::unordered_map<const CodeObject*, std::unique_ptr<CodeInfo>> codes_;
  // For each code object nested in a module's (or exec's) code: that code,
  // whose `--dis` numbers the code objects a LOAD_CONST shows.
  std::unordered_map<const CodeObject*, Ref<CodeObject>> roots_;
  // The depth of each frame running now (a frame's entry goes when it
  // returns or yields, and is replaced when its address is used again).
  std::unordered_map<const Frame*, int> depths_;
  const Frame* current_frame_ = nullptr;  // whose depth and code info follow
  int current_depth_ = 0;
  CodeInfo* current_code_ = nullptr;
  Pending pending_;
};

}  // namespace pyvm
