// SPDX-License-Identifier: GPL-3.0-or-later
// The debugger (debugger.h): pdb's commands on the observer hook.
//
// A stop shows where the program is, as pdb does:
//   > prog.py(12)average()
//   -> return total / len(values)
// and then reads commands until one resumes the program. The commands work
// on frame objects (frame_object.h), so that the same code serves a live
// stop (the frames running now) and a post-mortem session (the frames of a
// traceback, which have finished and keep their final variables).
#include "tools/debugger.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#ifdef PYVM_HAVE_READLINE
#include <readline/history.h>
#include <readline/readline.h>
#endif

#include "bytecode/code_object.h"
#include "bytecode/disassembler.h"
#include "runtime/concat.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/module.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/frame.h"
#include "vm/frame_object.h"
#include "vm/observer.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

constexpr const char* kPrompt = "(Pdb) ";

struct Breakpoint {
  int number = 0;
  std::string file;
  int line = 0;
  std::string function;   // a function breakpoint's name (it stops at the function's first line)
  std::string condition;  // empty: unconditional
  bool temporary = false;
  bool enabled = true;
  int hits = 0;
};

// What resumes the program; each stops at the next event its pdb command
// stops at.
enum class Resume {
  kContinue,         // continue: only breakpoints stop
  kStep,             // step: the next line, call or return anywhere
  kNext,             // next: the next line in this frame or an older one
  kUntil,            // until: a line past the current one in this frame, or its return
  kReturn,           // return: this frame's return
  kStepInstruction,  // stepi: the next instruction anywhere
  kNextInstruction,  // nexti: the next instruction in this frame or an older one
};

CodeObject* code_of(const Value& frame_object) {
  return frame_object.as<FrameObject>()->code.as<CodeObject>();
}

int line_of(const Value& frame_object) {
  FrameObject* f = frame_object.as<FrameObject>();
  return frame_object_line(f);
}

// The index of the instruction a frame object's frame executes (-1: none).
int instruction_of(const Value& frame_object) {
  FrameObject* f = frame_object.as<FrameObject>();
  if (f->frame == nullptr) return f->final_instruction;
  return f->frame->ip == f->frame->code->instructions.data() ? -1
                                                            : static_cast<int>(f->frame->instruction_index());
}

std::string trim(std::string_view text) {
  const size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  const size_t last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

class Debugger final : public Observer {
 public:
  bool from_start = false;  // attached by --debug

  // Stop at the next line that runs anywhere.
  void step_next_line() {
    resume_ = Resume::kStep;
    skip_call_stop_ = true;  // (breakpoint() returning is no "call")
  }

  bool on_call(VM& vm, Frame* frame) override {
    for (const Breakpoint& b : breakpoints_) {
      if (b.enabled && !b.function.empty() && b.function == frame->code->name->view() &&
          b.file == frame->code->filename->view()) {
        function_break_frame_ = frame;
      }
    }
    if (resume_ == Resume::kStep && !skip_call_stop_) return stop(vm, frame, "--Call--\n", Value());
    return true;
  }

  bool on_line(VM& vm, Frame* frame, int line) override {
    skip_call_stop_ = false;
    if (Breakpoint* hit = breakpoint_at(vm, frame, line)) {
      std::string note;
      if (hit->temporary) {
        note = "Deleted breakpoint " + std::to_string(hit->number) + " at " + where(*hit) + "\n";
        breakpoints_.erase(breakpoints_.begin() + (hit - breakpoints_.data()));
      }
      return stop(vm, frame, note, Value());
    }
    switch (resume_) {
      case Resume::kStep: return stop(vm, frame, "", Value());
      case Resume::kNext:
        if (is_stop_frame_or_older(frame)) return stop(vm, frame, "", Value());
        return true;
      case Resume::kUntil:
        if (frame != stop_frame_ && is_stop_frame_or_older(frame)) return stop(vm, frame, "", Value());
        if (frame == stop_frame_ && line > until_line_) return stop(vm, frame, "", Value());
        return true;
      default: return true;
    }
  }

  bool on_instruction(VM& vm, Frame* frame) override {
    if (skip_instruction_) {  // the instruction the last stop showed: it runs now
      skip_instruction_ = false;
      return true;
    }
    if (resume_ == Resume::kStepInstruction ||
        (resume_ == Resume::kNextInstruction && is_stop_frame_or_older(frame))) {
      show_instruction_ = true;
      const bool ok = stop(vm, frame, "", Value());
      show_instruction_ = false;
      return ok;
    }
    return true;
  }

  // As pdb, stepping stops where an exception is raised or passes.
  bool on_exception(VM& vm, Frame* frame, const Value& exception) override {
    const bool stops = resume_ == Resume::kStep ||
                       ((resume_ == Resume::kNext || resume_ == Resume::kUntil) && is_stop_frame_or_older(frame));
    if (!stops) return true;
    return stop(vm, frame, exception_text(vm, exception) + "\n", Value());
  }

  bool on_return(VM& vm, Frame* frame, const Value& value) override {
    if (frame == function_break_frame_) function_break_frame_ = nullptr;
    const bool stops = resume_ == Resume::kStep ||
                       ((resume_ == Resume::kNext || resume_ == Resume::kUntil || resume_ == Resume::kReturn) &&
                        frame == stop_frame_);
    bool ok = true;
    if (stops) ok = stop(vm, frame, "--Return--\n", value.is_null() ? Value::none() : value);
    // Stepping goes on in the caller once this frame is gone.
    if (frame == stop_frame_) stop_frame_ = frame->previous;
    return ok;
  }

  // A session on the frames of an uncaught exception's traceback.
  void post_mortem(VM& vm, const Value& exception) {
    std::vector<Value> frames;
    for (Value tb = as_exception(exception)->traceback; tb.is_object(); tb = tb.as<Traceback>()->next) {
      frames.push_back(tb.as<Traceback>()->frame);
    }
    if (frames.empty()) return;
    say(vm, "Uncaught exception. Entering post mortem debugging\n");
    stack_ = std::move(frames);
    selected_ = stack_.size() - 1;
    return_value_ = Value();
    post_mortem_ = true;
    show_stop(vm, "");
    command_loop(vm);
    post_mortem_ = false;
    stack_.clear();
  }

 private:
  std::vector<Breakpoint> breakpoints_;
  int next_breakpoint_number_ = 1;
  std::vector<std::string> displays_;
  std::vector<std::string> display_values_;
  Resume resume_ = Resume::kStep;
  Frame* stop_frame_ = nullptr;
  int until_line_ = 0;
  Frame* function_break_frame_ = nullptr;
  bool skip_call_stop_ = false;
  bool skip_instruction_ = false;
  bool show_instruction_ = false;
  bool post_mortem_ = false;
  // The stop being served: frame objects, outermost first; the selected
  // one (up/down); the value being returned at a --Return-- stop.
  std::vector<Value> stack_;
  size_t selected_ = 0;
  Value return_value_;
  int list_next_ = 0;  // where a bare `list` goes on (0: around the current line)
  bool quitting_ = false;

  // ------------------------------------------------------------ stopping
  bool is_stop_frame_or_older(const Frame* frame) const {
    // Newer frames have the stop frame below them.
    for (const Frame* f = frame->previous; f != nullptr; f = f->previous) {
      if (f == stop_frame_) return false;
    }
    return true;
  }

  Breakpoint* breakpoint_at(VM& vm, Frame* frame, int line) {
    for (Breakpoint& b : breakpoints_) {
      if (!b.enabled) continue;
      bool matches;
      if (!b.function.empty()) {
        matches = frame == function_break_frame_;
      } else {
        matches = b.line == line && b.file == frame->code->filename->view();
      }
      if (!matches) continue;
      if (frame == function_break_frame_) function_break_frame_ = nullptr;
      if (!b.condition.empty() && !condition_holds(vm, frame, b.condition)) continue;
      ++b.hits;
      return &b;
    }
    return nullptr;
  }

  // pdb stops when a condition cannot be evaluated.
  bool condition_holds(VM& vm, Frame* frame, const std::string& condition) {
    Value object = frame_object_of(vm, frame);
    Value result = evaluate(vm, object, condition, "eval");
    if (result.is_null()) {
      vm.clear_error();
      return true;
    }
    const int t = truth(vm, result);
    if (t < 0) {
      vm.clear_error();
      return true;
    }
    return t != 0;
  }

  // Stops at `frame`: shows where, reads commands, and returns to let the
  // program go on (false with an exception pending: `quit`).
  bool stop(VM& vm, Frame* frame, const std::string& banner, const Value& return_value) {
    stack_.clear();
    for (Frame* f = frame; f != nullptr; f = f->previous) stack_.push_back(frame_object_of(vm, f));
    std::reverse(stack_.begin(), stack_.end());
    selected_ = stack_.size() - 1;
    return_value_ = return_value;
    list_next_ = 0;
    show_stop(vm, banner);
    show_displays(vm);
    command_loop(vm);
    stack_.clear();
    return_value_ = Value();
    // The instruction this stop was at runs next: stepi must not stop there again.
    skip_instruction_ = banner.empty() && !show_instruction_;
    if (quitting_) {
      quitting_ = false;
      // pdb's quit ends the program: SystemExit with no status.
      vm.raise_exception(make_exception(vm, vm.exception_type(Exc::kSystemExit), make_tuple_from(vm, {})));
      return false;
    }
    return true;
  }

  void show_stop(VM& vm, const std::string& banner) {
    say(vm, banner);
    show_frame(vm, stack_[selected_], "> ");
  }

  // `> file(line)function()` and `-> source`, and under stepi the instruction.
  void show_frame(VM& vm, const Value& object, const std::string& marker) {
    CodeObject* code = code_of(object);
    const int line = line_of(object);
    std::string text = marker + std::string(code->filename->view()) + "(" + std::to_string(line) + ")" +
                       std::string(code->name->view()) + "()";
    if (!return_value_.is_null() && object.is(stack_.back())) text += "->" + repr_text(vm, return_value_);
    text += "\n-> " + trim(vm.source_line(std::string(code->filename->view()), line)) + "\n";
    if (show_instruction_ && object.is(stack_.back())) text += instruction_at(vm, code, instruction_of(object));
    say(vm, text);
  }

  void show_displays(VM& vm) {
    for (size_t i = 0; i < displays_.size(); ++i) {
      std::string value = value_text(vm, displays_[i]);
      if (value != display_values_[i]) {
        say(vm, "display " + displays_[i] + ": " + value + "  [old: " + display_values_[i] + "]\n");
        display_values_[i] = value;
      }
    }
  }

  // ------------------------------------------------------------ commands
  void command_loop(VM& vm) {
    for (;;) {
      std::optional<std::string> line = read_command(vm);
      if (!line) {  // end of input: as pdb, quit
        say(vm, "\n");
        quitting_ = !post_mortem_;
        return;
      }
      if (run_command(vm, trim(*line))) return;
    }
  }

  std::optional<std::string> read_command(VM& vm) {
    if (!vm.flush_stdout()) vm.clear_error();
#ifdef PYVM_HAVE_READLINE
    if (isatty(0)) {
      char* raw = readline(kPrompt);
      if (raw == nullptr) return std::nullopt;
      std::string line(raw);
      std::free(raw);
      if (!trim(line).empty()) add_history(line.c_str());
      return line;
    }
#endif
    std::fputs(kPrompt, stdout);
    std::fflush(stdout);
    std::string line;
    if (!std::getline(std::cin, line)) return std::nullopt;
    return line;
  }

  // Runs one command; true when it resumes the program.
  bool run_command(VM& vm, const std::string& line) {
    if (line.empty()) return false;
    if (line[0] == '!') {
      execute(vm, line.substr(1));
      return false;
    }
    const size_t space = line.find_first_of(" \t");
    const std::string name = line.substr(0, space);
    const std::string rest = space == std::string::npos ? "" : trim(line.substr(space));
    if (name == "h" || name == "help") return help(vm), false;
    if (name == "b" || name == "break") return set_breakpoint(vm, rest, false), false;
    if (name == "tbreak") return set_breakpoint(vm, rest, true), false;
    if (name == "cl" || name == "clear") return clear(vm, rest), false;
    if (name == "disable" || name == "enable") return enable(vm, rest, name == "enable"), false;
    if (name == "condition") return set_condition(vm, rest), false;
    if (name == "w" || name == "where" || name == "bt") return where_command(vm), false;
    if (name == "u" || name == "up") return move(vm, -1), false;
    if (name == "d" || name == "down") return move(vm, +1), false;
    if (name == "l" || name == "list") return list(vm, rest), false;
    if (name == "ll" || name == "longlist") return longlist(vm), false;
    if (name == "p") return print_value(vm, rest), false;
    if (name == "pp") return print_value(vm, rest), false;
    if (name == "display") return display(vm, rest), false;
    if (name == "a" || name == "args") return show_args(vm), false;
    if (name == "rv" || name == "retval") return show_return_value(vm), false;
    if (name == "stack") return show_operand_stack(vm), false;
    if (name == "dis") return show_disassembly(vm), false;
    if (name == "frames") return show_frames(vm), false;
    if (name == "q" || name == "quit" || name == "exit") {
      quitting_ = !post_mortem_;
      return true;
    }
    if (post_mortem_ && (name == "s" || name == "step" || name == "n" || name == "next" || name == "c" ||
                         name == "cont" || name == "continue" || name == "r" || name == "return" ||
                         name == "unt" || name == "until" || name == "si" || name == "stepi" || name == "ni" ||
                         name == "nexti")) {
      say(vm, "The program has finished: post mortem debugging ends.\n");
      return true;
    }
    Frame* current = stack_.empty() ? nullptr : stack_.back().as<FrameObject>()->frame;
    if (name == "s" || name == "step") return resume(Resume::kStep, current);
    if (name == "n" || name == "next") return resume(Resume::kNext, current);
    if (name == "r" || name == "return") return resume(Resume::kReturn, current);
    if (name == "c" || name == "cont" || name == "continue") return resume(Resume::kContinue, current);
    if (name == "si" || name == "stepi") return resume(Resume::kStepInstruction, current);
    if (name == "ni" || name == "nexti") return resume(Resume::kNextInstruction, current);
    if (name == "unt" || name == "until") {
      until_line_ = line_of(stack_.back());
      if (!rest.empty()) {
        int target = 0;
        if (!parse_int(rest, &target)) return error(vm, "Error in argument: '" + rest + "'"), false;
        if (target <= until_line_) {
          return error(vm, "\"until\" line number is smaller than current line number"), false;
        }
        until_line_ = target - 1;
      }
      return resume(Resume::kUntil, current);
    }
    execute(vm, line);  // anything else is a statement, as pdb
    return false;
  }

  bool resume(Resume how, Frame* current) {
    resume_ = how;
    stop_frame_ = current;
    return true;
  }

  void help(VM& vm) {
    say(vm,
        "\nDocumented commands (type help <topic>):\n========================================\n"
        "EOF    b      break  cl     clear  condition  cont   continue  d     dis\n"
        "disable  display  down  enable  exit  frames  h  help  l  list  ll  longlist\n"
        "n      next   ni     nexti  p      pp     q      quit   r      return\n"
        "retval  rv  s  si  stack  step  stepi  tbreak  u  unt  until  up  w  where\n\n"
        "Beyond pdb: stepi/si and nexti/ni run one instruction; stack shows the\n"
        "operand stack; dis shows the code with an arrow at the next instruction;\n"
        "frames lists every frame with its instruction pointer. Anything else is\n"
        "run as a Python statement in the current frame (!statement forces it).\n");
  }

  // ------------------------------------------------------------ breakpoints
  void set_breakpoint(VM& vm, const std::string& spec, bool temporary) {
    if (spec.empty()) return list_breakpoints(vm);
    std::string location = spec;
    std::string condition;
    const size_t comma = spec.find(',');
    if (comma != std::string::npos) {
      location = trim(spec.substr(0, comma));
      condition = trim(spec.substr(comma + 1));
    }
    Breakpoint b;
    b.temporary = temporary;
    b.condition = condition;
    const CodeObject* current = stack_.empty() ? nullptr : code_of(stack_.back());
    b.file = current ? std::string(current->filename->view()) : "";
    int line = 0;
    const size_t colon = location.rfind(':');
    if (colon != std::string::npos && parse_int(location.substr(colon + 1), &line)) {
      b.file = location.substr(0, colon);
      b.line = line;
    } else if (parse_int(location, &line)) {
      b.line = line;
    } else if (!find_function(vm, location, &b)) {
      return error(vm, "The specified object '" + location + "' is not a function");
    }
    if (b.line <= 0) return error(vm, "Bad lineno: " + location);
    if (b.function.empty() && trim(vm.source_line(b.file, b.line)).empty()) {
      return error(vm, "Blank or comment");
    }
    b.number = next_breakpoint_number_++;
    breakpoints_.push_back(b);
    say(vm, std::string(temporary ? "Breakpoint " : "Breakpoint ") + std::to_string(b.number) + " at " +
                where(b) + "\n");
  }

  // A function named in the selected frame's scope: the breakpoint goes on
  // its code's first line.
  bool find_function(VM& vm, const std::string& name, Breakpoint* b) {
    if (stack_.empty()) return false;
    Value function = evaluate(vm, stack_[selected_], name, "eval");
    if (function.is_null()) {
      vm.clear_error();
      return find_function_in_source(vm, name, b);
    }
    Value code = get_attr(vm, function, vm.intern("__code__"));
    if (code.is_null() || !code.is_object() || code.as_object()->type != vm.code_type) {
      vm.clear_error();
      return false;
    }
    const CodeObject* c = code.as<CodeObject>();
    b->function = std::string(c->name->view());
    b->file = std::string(c->filename->view());
    b->line = c->first_line;
    return true;
  }

  // As pdb, a function not defined yet is looked for in the current file:
  // the first `def NAME(` line.
  bool find_function_in_source(VM& vm, const std::string& name, Breakpoint* b) {
    auto source = vm.sources.find(b->file);
    if (source == vm.sources.end()) return false;
    std::istringstream lines(source->second);
    int number = 0;
    for (std::string line; std::getline(lines, line);) {
      ++number;
      const std::string text = trim(line);
      if (!text.starts_with("def ") && !text.starts_with("async def ")) continue;
      const std::string rest = trim(text.substr(text.find("def ") + 4));
      if (rest.starts_with(name) && rest.size() > name.size() && (rest[name.size()] == '(' || rest[name.size()] == ' ')) {
        b->function = name;
        b->line = number;
        return true;
      }
    }
    return false;
  }

  static std::string where(const Breakpoint& b) { return b.file + ":" + std::to_string(b.line); }

  void list_breakpoints(VM& vm) {
    if (breakpoints_.empty()) return;
    std::string text = "Num Type         Disp Enb   Where\n";
    for (const Breakpoint& b : breakpoints_) {
      std::string number = std::to_string(b.number);
      number.resize(std::max<size_t>(number.size(), 3), ' ');
      text += number + " breakpoint   " + (b.temporary ? "del  " : "keep ") + (b.enabled ? "yes" : "no ") +
              "   at " + where(b) + "\n";
      if (!b.condition.empty()) text += "\tstop only if " + b.condition + "\n";
      if (b.hits > 0) {
        text += "\tbreakpoint already hit " + std::to_string(b.hits) + (b.hits == 1 ? " time\n" : " times\n");
      }
    }
    say(vm, text);
  }

  Breakpoint* breakpoint_numbered(VM& vm, const std::string& text) {
    int number = 0;
    if (!parse_int(text, &number)) {
      error(vm, "Non-numeric breakpoint number " + text);
      return nullptr;
    }
    for (Breakpoint& b : breakpoints_) {
      if (b.number == number) return &b;
    }
    error(vm, "Breakpoint " + text + " does not exist");
    return nullptr;
  }

  void clear(VM& vm, const std::string& spec) {
    if (spec.empty()) {
      say(vm, "Clear all breaks? ");
      std::optional<std::string> answer = read_answer(vm);
      if (answer && (trim(*answer) == "y" || trim(*answer) == "yes")) {
        for (const Breakpoint& b : breakpoints_) say(vm, "Deleted breakpoint " + std::to_string(b.number) + " at " + where(b) + "\n");
        breakpoints_.clear();
      }
      return;
    }
    std::istringstream words(spec);
    for (std::string word; words >> word;) {
      Breakpoint* b = breakpoint_numbered(vm, word);
      if (b == nullptr) continue;
      say(vm, "Deleted breakpoint " + std::to_string(b->number) + " at " + where(*b) + "\n");
      breakpoints_.erase(breakpoints_.begin() + (b - breakpoints_.data()));
    }
  }

  std::optional<std::string> read_answer(VM& vm) {
    if (!vm.flush_stdout()) vm.clear_error();
    std::string line;
    if (!std::getline(std::cin, line)) return std::nullopt;
    return line;
  }

  void enable(VM& vm, const std::string& spec, bool on) {
    std::istringstream words(spec);
    for (std::string word; words >> word;) {
      Breakpoint* b = breakpoint_numbered(vm, word);
      if (b == nullptr) continue;
      b->enabled = on;
      say(vm, std::string(on ? "Enabled" : "Disabled") + " breakpoint " + std::to_string(b->number) + " at " +
                  where(*b) + "\n");
    }
  }

  void set_condition(VM& vm, const std::string& spec) {
    const size_t space = spec.find_first_of(" \t");
    Breakpoint* b = breakpoint_numbered(vm, spec.substr(0, space));
    if (b == nullptr) return;
    b->condition = space == std::string::npos ? "" : trim(spec.substr(space));
    if (b->condition.empty()) {
      say(vm, "Breakpoint " + std::to_string(b->number) + " is now unconditional.\n");
    } else {
      say(vm, "New condition set for breakpoint " + std::to_string(b->number) + ".\n");
    }
  }

  // ------------------------------------------------------------ frames
  void where_command(VM& vm) {
    for (size_t i = 0; i < stack_.size(); ++i) show_frame(vm, stack_[i], i == selected_ ? "> " : "  ");
  }

  void move(VM& vm, int direction) {
    if (direction < 0 && selected_ == 0) return error(vm, "Oldest frame");
    if (direction > 0 && selected_ + 1 == stack_.size()) return error(vm, "Newest frame");
    selected_ = direction < 0 ? selected_ - 1 : selected_ + 1;
    list_next_ = 0;
    show_frame(vm, stack_[selected_], "> ");
  }

  void list(VM& vm, const std::string& spec) {
    const Value& object = stack_[selected_];
    const std::string file(code_of(object)->filename->view());
    const int current = line_of(object);
    int first;
    int last;
    if (!spec.empty()) {
      const size_t comma = spec.find(',');
      if (!parse_int(trim(spec.substr(0, comma)), &first)) return error(vm, "Error in argument: '" + spec + "'");
      if (comma != std::string::npos) {
        if (!parse_int(trim(spec.substr(comma + 1)), &last)) return error(vm, "Error in argument: '" + spec + "'");
        if (last < first) last = first + last;  // `list 10, 3`: three lines from 10
      } else {
        first = std::max(1, first - 5);
        last = first + 10;
      }
    } else if (list_next_ > 0) {
      first = list_next_;
      last = first + 10;
    } else {
      first = std::max(1, current - 5);
      last = first + 10;
    }
    print_lines(vm, file, first, last, current);
  }

  void longlist(VM& vm) {
    const Value& object = stack_[selected_];
    const CodeObject* code = code_of(object);
    int last = code->first_line;
    for (const LineEntry& entry : code->lines) last = std::max(last, entry.end_line);
    print_lines(vm, std::string(code->filename->view()), code->first_line, last, line_of(object));
  }

  void print_lines(VM& vm, const std::string& file, int first, int last, int current) {
    std::string text;
    int line = first;
    for (; line <= last; ++line) {
      const std::string source = vm.source_line(file, line);
      if (source.empty() && line > current && line > first + 1 && !has_source_line(vm, file, line)) break;
      std::string number = std::to_string(line);
      if (number.size() < 3) number.insert(0, 3 - number.size(), ' ');
      if (number.size() < 4) number += ' ';
      number += has_breakpoint(file, line) ? 'B' : ' ';
      if (line == current) number += "->";
      text += number + "\t" + rtrim(source) + "\n";
    }
    list_next_ = line;
    say(vm, text);
  }

  // Whether the file has a line `line` (an empty one included).
  static bool has_source_line(VM& vm, const std::string& file, int line) {
    auto it = vm.sources.find(file);
    if (it == vm.sources.end()) return false;
    return std::count(it->second.begin(), it->second.end(), '\n') + 1 >= line;
  }

  static std::string rtrim(const std::string& text) {
    const size_t last = text.find_last_not_of(" \t\r\n");
    return last == std::string::npos ? "" : text.substr(0, last + 1);
  }

  bool has_breakpoint(const std::string& file, int line) const {
    return std::any_of(breakpoints_.begin(), breakpoints_.end(),
                       [&](const Breakpoint& b) { return b.file == file && b.line == line; });
  }

  // ------------------------------------------------------------ values
  void print_value(VM& vm, const std::string& expression) {
    if (expression.empty()) return error(vm, "Argument required");  // (pdb: a usage line)
    Value value = evaluate(vm, stack_[selected_], expression, "eval");
    if (value.is_null()) return report_error(vm);
    say(vm, repr_text(vm, value) + "\n");
  }

  void display(VM& vm, const std::string& expression) {
    if (expression.empty()) {
      std::string text = "Currently displaying:\n";
      for (size_t i = 0; i < displays_.size(); ++i) text += displays_[i] + ": " + display_values_[i] + "\n";
      return say(vm, text);
    }
    const std::string value = value_text(vm, expression);
    displays_.push_back(expression);
    display_values_.push_back(value);
    say(vm, "display " + expression + ": " + value + "\n");
  }

  // The repr of an expression's value, or pdb's "** raised E: ... **".
  std::string value_text(VM& vm, const std::string& expression) {
    Value value = evaluate(vm, stack_[selected_], expression, "eval");
    if (!value.is_null()) return repr_text(vm, value);
    Value exception = vm.take_error();
    return "** raised " + exception_text(vm, exception) + " **";
  }

  void show_args(VM& vm) {
    const Value& object = stack_[selected_];
    const CodeObject* code = code_of(object);
    size_t count = code->parameter_count();
    if (code->has_flag(kCodeVarargs)) ++count;
    if (code->has_flag(kCodeVarkeywords)) ++count;
    Value locals = frame_object_locals(vm, object.as<FrameObject>());
    if (locals.is_null()) return report_error(vm);
    std::string text;
    for (size_t i = 0; i < count && i < code->local_names.size(); ++i) {
      Str* name = code->local_names[i].get();
      Value value = dict_get_str(as_dict(locals), name);
      text += std::string(name->view()) + " = " + (value.is_null() ? "*** undefined ***" : repr_text(vm, value)) + "\n";
    }
    say(vm, text);
  }

  void show_return_value(VM& vm) {
    if (return_value_.is_null() || selected_ + 1 != stack_.size()) return error(vm, "Not yet returned!");
    say(vm, repr_text(vm, return_value_) + "\n");
  }

  // ------------------------------------------------------------ the machine
  void show_operand_stack(VM& vm) {
    FrameObject* object = stack_[selected_].as<FrameObject>();
    if (object->frame == nullptr) return error(vm, "The frame has finished: it has no operand stack");
    Frame* frame = object->frame;
    Value* base = frame->stack_base();
    if (frame->sp == base) return say(vm, "(the operand stack is empty)\n");
    std::string text;
    for (Value* slot = base; slot < frame->sp; ++slot) {
      text += cat("[", slot - base, "] ", slot->is_null() ? std::string("NULL") : repr_text(vm, *slot), "\n");
    }
    say(vm, text);
  }

  void show_disassembly(VM& vm) {
    const Value& object = stack_[selected_];
    CodeObject* code = code_of(object);
    const int current = instruction_of(object);
    std::string text;
    for (const ListedInstruction& instruction : list_instructions(vm, *code, ListingForm::kRunning)) {
      text += (static_cast<int>(instruction.offset) == current ? "-->" : "   ") + listing_line(instruction) + "\n";
    }
    say(vm, text);
  }

  void show_frames(VM& vm) {
    std::string text;
    for (size_t i = stack_.size(); i-- > 0;) {
      const Value& object = stack_[i];
      CodeObject* code = code_of(object);
      const int index = instruction_of(object);
      text += cat(i == selected_ ? "> #" : "  #", stack_.size() - 1 - i, " ", code->qualname->view(), " at ",
                  code->filename->view(), ":", line_of(object), index < 0 ? ", not started\n" : "\n",
                  instruction_at(vm, code, index));
    }
    say(vm, text);
  }

  // The instruction's --dis line (with its newline), or "" for none.
  static std::string instruction_at(VM& vm, CodeObject* code, int index) {
    std::vector<ListedInstruction> listed = list_instructions(vm, *code, ListingForm::kRunning);
    if (index < 0 || static_cast<size_t>(index) >= listed.size()) return "";
    return "   " + listing_line(listed[static_cast<size_t>(index)]) + "\n";
  }

  // ------------------------------------------------------------ running code
  // eval or exec of `source` in the frame's globals and f_locals; what a
  // statement assigns is copied back into the frame's variables.
  Value evaluate(VM& vm, const Value& object, const std::string& source, const char* how) {
    FrameObject* f = object.as<FrameObject>();
    Value locals = frame_object_locals(vm, f);
    if (locals.is_null()) return Value();
    Value builtin = dict_get_str(module_dict(vm.builtins_module), vm.intern(how));
    if (builtin.is_null()) return vm.raise(Exc::kRuntimeError, "no builtins");
    Value args[] = {Value(make_str(vm, source)), f->globals, locals};
    Value result = vm.call(builtin, args, 3, nullptr);
    write_back_locals(f);
    return result;
  }

  void execute(VM& vm, const std::string& statement) {
    if (stack_.empty()) return;
    Value result = evaluate(vm, stack_[selected_], statement + "\n", "exec");
    if (result.is_null()) report_error(vm);
  }

  // pdb's "*** Type: message" for an error in a command.
  void report_error(VM& vm) {
    Value exception = vm.take_error();
    say(vm, "*** " + exception_text(vm, exception) + "\n");
  }

  static std::string exception_text(VM& vm, const Value& exception) {
    std::string text(vm.type_of(exception)->name->view());
    Value message = to_str(vm, exception);
    if (message.is_null()) {
      vm.clear_error();
    } else if (!as_str(message)->view().empty()) {
      text += ": " + std::string(as_str(message)->view());
    }
    return text;
  }

  static std::string repr_text(VM& vm, const Value& value) {
    Value text = repr(vm, value);
    if (text.is_null()) {
      Value exception = vm.take_error();
      return "<repr raised " + std::string(vm.type_of(exception)->name->view()) + ">";
    }
    return std::string(as_str(text)->view());
  }

  static void error(VM& vm, const std::string& message) { say(vm, "*** " + message + "\n"); }

  static void say(VM& vm, const std::string& text) {
    if (!text.empty() && !vm.write_stdout(text)) vm.clear_error();
  }

  static bool parse_int(const std::string& text, int* out) {
    if (text.empty() || text.size() > 9) return false;
    for (char c : text) {
      if (c < '0' || c > '9') return false;
    }
    *out = std::stoi(text);
    return true;
  }
};

Debugger* debugger_of(VM& vm) { return static_cast<Debugger*>(vm.debugger.get()); }

Debugger& attached_debugger(VM& vm) {
  if (!vm.debugger) vm.debugger = std::make_unique<Debugger>();
  if (!vm.is_attached(vm.debugger.get())) vm.attach_observer(vm.debugger.get());
  return *debugger_of(vm);
}

}  // namespace

void debug_from_start(VM& vm) {
  Debugger& debugger = attached_debugger(vm);
  debugger.from_start = true;
  debugger.step_next_line();
}

void break_into_debugger(VM& vm) { attached_debugger(vm).step_next_line(); }

void debug_post_mortem(VM& vm, const Value& exception) {
  Debugger* debugger = debugger_of(vm);
  if (debugger == nullptr) return;
  if (vm.is_attached(debugger)) vm.detach_observer(debugger);
  debugger->post_mortem(vm, exception);
}

bool debugging_from_start(VM& vm) {
  Debugger* debugger = debugger_of(vm);
  return debugger != nullptr && debugger->from_start;
}

void stop_debugger(VM& vm) {
  if (!vm.debugger) return;
  if (vm.is_attached(vm.debugger.get())) vm.detach_observer(vm.debugger.get());
  vm.debugger.reset();
}

}  // namespace pyvm
