// SPDX-License-Identifier: GPL-3.0-or-later
// The interactive prompt (see repl.h).
//
// Each statement is collected line by line, as CPython's interactive
// tokenizer does: a line that leaves a bracket, a triple-quoted string or a
// backslash open, or an indented block to come, asks for another with
// sys.ps2; a compound statement ends with an empty line. The statement is
// then compiled in interactive mode (an expression statement prints its
// value's repr and binds it to builtins._, PRINT_EXPR) as "<stdin>" and run
// in __main__.
#include "tools/repl.h"

#include <pthread.h>
#include <sys/select.h>
#include <unistd.h>

#include <csignal>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#ifdef PYVM_HAVE_READLINE
#include <readline/history.h>
#include <readline/readline.h>
#endif

#include "compiler/compiler.h"
#include "runtime/concat.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/keyboard_interrupt.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "vm/traceback_printer.h"
#include "vm/vm.h"

namespace pyvm {

const char* repl_banner() {
  return "pyvm " PYVM_VERSION " (Python 3.11) on linux\n"
         "Type \"help\" for more information.\n";
}

namespace {

// ------------------------------------------------------------ reading lines

enum class ReadResult { kLine, kEndOfInput, kInterrupted };

// Where lines come from: readline on a terminal, else standard input with
// the prompt written to stderr.
class LineReader {
 public:
  explicit LineReader(bool terminal) : terminal_(terminal) {}

  ReadResult read(const std::string& prompt, std::string* line) {
#ifdef PYVM_HAVE_READLINE
    if (terminal_) return read_with_readline(prompt, line);
#endif
    std::fputs(prompt.c_str(), stderr);
    std::fflush(stderr);
    if (!std::getline(std::cin, *line)) {
      if (interrupt_requested != 0) {
        interrupt_requested = 0;
        std::cin.clear();
        return ReadResult::kInterrupted;
      }
      return ReadResult::kEndOfInput;
    }
    return ReadResult::kLine;
  }

 private:
#ifdef PYVM_HAVE_READLINE
  // readline's callback interface, fed from a pselect() loop: Ctrl-C's
  // handler (vm/interrupt.h) makes the wait return, and the line is
  // dropped, as CPython's prompt does. SIGINT is blocked except during the
  // wait, so that one arriving between the check and the wait is not lost.
  ReadResult read_with_readline(const std::string& prompt, std::string* line) {
    sigset_t interrupt, waiting;
    sigemptyset(&interrupt);
    sigaddset(&interrupt, SIGINT);
    pthread_sigmask(SIG_BLOCK, &interrupt, &waiting);
    sigdelset(&waiting, SIGINT);
    const ReadResult result = read_line_blocking_interrupts(prompt, waiting, line);
    pthread_sigmask(SIG_UNBLOCK, &interrupt, nullptr);
    return result;
  }

  ReadResult read_line_blocking_interrupts(const std::string& prompt, const sigset_t& waiting,
                                           std::string* line) {
    static std::optional<std::string> received;
    static bool ended;
    received.reset();
    ended = false;
    rl_catch_signals = 0;  // Ctrl-C stays pyvm's
    rl_callback_handler_install(prompt.c_str(), [](char* text) {
      if (text == nullptr) {
        ended = true;
      } else {
        received = text;
        std::free(text);
      }
      rl_callback_handler_remove();
    });
    while (!received && !ended) {
      fd_set readable;
      FD_ZERO(&readable);
      FD_SET(STDIN_FILENO, &readable);
      const int ready = interrupt_requested != 0
                            ? 0
                            : pselect(STDIN_FILENO + 1, &readable, nullptr, nullptr, nullptr, &waiting);
      if (interrupt_requested != 0) {
        interrupt_requested = 0;
        rl_free_line_state();
        rl_callback_sigcleanup();
        rl_callback_handler_remove();
        std::fputs("\n", stdout);
        return ReadResult::kInterrupted;
      }
      if (ready < 0) {
        if (errno == EINTR) continue;
        rl_callback_handler_remove();
        return ReadResult::kEndOfInput;
      }
      rl_callback_read_char();
    }
    if (ended) return ReadResult::kEndOfInput;
    *line = *received;
    if (line->find_first_not_of(" \t") != std::string::npos) add_history(line->c_str());
    return ReadResult::kLine;
  }
#endif

  bool terminal_;
};

// ------------------------------------------------------------- completeness

bool is_blank(const std::string& line) { return line.find_first_not_of(" \t\f\r") == std::string::npos; }

// Whether the statement begun by `first_line` is compound (if, def, ...):
// then only an empty line ends it, as in CPython's prompt.
bool starts_compound_statement(const std::string& first_line) {
  const size_t start = first_line.find_first_not_of(" \t");
  if (start == std::string::npos) return false;
  if (first_line[start] == '@') return true;
  size_t end = start;
  while (end < first_line.size() && (std::isalnum(static_cast<unsigned char>(first_line[end])) || first_line[end] == '_')) {
    ++end;
  }
  const std::string word = first_line.substr(start, end - start);
  for (const char* keyword : {"if", "while", "for", "try", "with", "def", "class", "async"}) {
    if (word == keyword) return true;
  }
  // `match` is a soft keyword: a statement only if its line ends in a colon.
  if (word == "match") {
    const size_t last = first_line.find_last_not_of(" \t");
    return first_line[last] == ':';
  }
  return false;
}

// The errors that mean "more to come" when they are about the end of the input.
bool is_incomplete_input(const SyntaxError& error, bool ended_by_blank_line) {
  const std::string& message = error.message;
  if (message.find("was never closed") != std::string::npos ||
      message.starts_with("unterminated triple-quoted string literal") ||
      message == "unexpected EOF while parsing") {
    return true;
  }
  return !ended_by_blank_line && message.starts_with("expected an indented block");
}

enum class Completeness { kComplete, kIncomplete, kInvalid };

Completeness classify(const std::vector<std::string>& lines, const CompileResult& compiled) {
  const bool blank_last = lines.size() > 1 && is_blank(lines.back());
  if (compiled.error) return is_incomplete_input(*compiled.error, blank_last) ? Completeness::kIncomplete
                                                                              : Completeness::kInvalid;
  if (starts_compound_statement(lines.front()) && !blank_last) return Completeness::kIncomplete;
  return Completeness::kComplete;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string source;
  for (const std::string& line : lines) {
    source += line;
    source += '\n';
  }
  return source;
}

// ----------------------------------------------------------------- the loop

// str(sys.ps1) or str(sys.ps2), as CPython reads them for each prompt.
std::string prompt_text(VM& vm, const char* name, const char* fallback) {
  Value prompt = dict_get_str(module_dict(vm.sys_module), vm.intern(name));
  std::string text;
  if (prompt.is_null()) return fallback;
  if (!str_text(vm, prompt, &text)) {
    vm.clear_error();
    return fallback;
  }
  return text;
}

// Reports the pending exception of a statement; true when it is SystemExit
// (the prompt then ends, leaving it pending).
bool report_statement_error(VM& vm) {
  Value exception = vm.take_error();
  if (is_instance(vm, exception, vm.exception_type(Exc::kSystemExit))) {
    vm.raise_exception(exception);
    return true;
  }
  report_uncaught_exception(vm, exception);
  return false;
}

#ifdef PYVM_HAVE_READLINE
// ------------------------------------------------------------ tab completion

VM* completion_vm = nullptr;
Dict* completion_globals = nullptr;

const char* const kKeywords[] = {"False",  "None",   "True",    "and",      "as",       "assert", "async",
                                 "await",  "break",  "class",   "continue", "def",      "del",    "elif",
                                 "else",   "except", "finally", "for",      "from",     "global", "if",
                                 "import", "in",     "is",      "lambda",   "nonlocal", "not",    "or",
                                 "pass",   "raise",  "return",  "try",      "while",    "with",   "yield"};

// What Tab offers for `text`: keywords and names of __main__ and builtins
// (a callable gets "(", a keyword a space or colon, as CPython's
// rlcompleter), or for `a.b.pre` the attributes of a.b starting with pre
// (those starting with "_" only when pre does).
std::vector<std::string> completions_for(VM& vm, Dict* globals, const std::string& text) {
  std::vector<std::string> matches;
  const size_t dot = text.rfind('.');
  if (dot == std::string::npos) {
    for (const char* keyword : kKeywords) {
      if (!std::string_view(keyword).starts_with(text)) continue;
      const std::string word = keyword;
      if (word == "finally" || word == "try") {
        matches.push_back(word + ":");
      } else if (word == "False" || word == "None" || word == "True" || word == "break" || word == "continue" ||
                 word == "pass" || word == "else") {
        matches.push_back(word);
      } else {
        matches.push_back(word + " ");
      }
    }
    for (Dict* names : {globals, module_dict(vm.builtins_module)}) {
      size_t position = 0;
      DictEntry* entry;
      while (dict_next(names, &position, &entry)) {
        if (!is_str(entry->key)) continue;
        const std::string name(as_str(entry->key)->view());
        if (!name.starts_with(text)) continue;
        const std::string shown = is_callable(vm, entry->value) ? name + "(" : name;
        if (std::find(matches.begin(), matches.end(), shown) == matches.end()) matches.push_back(shown);
      }
    }
    return matches;
  }
  // a.b.c.pre: look the dotted name up (no code but attribute access runs).
  const std::string base = text.substr(0, dot);
  const std::string prefix = text.substr(dot + 1);
  std::vector<std::string> parts;
  for (size_t start = 0;;) {
    const size_t next = base.find('.', start);
    parts.push_back(base.substr(start, next == std::string::npos ? std::string::npos : next - start));
    if (next == std::string::npos) break;
    start = next + 1;
  }
  Value object = dict_get_str(globals, vm.intern(parts[0]));
  if (object.is_null()) object = dict_get_str(module_dict(vm.builtins_module), vm.intern(parts[0]));
  for (size_t i = 1; i < parts.size() && !object.is_null(); ++i) {
    object = get_attr(vm, object, vm.intern(parts[i]));
  }
  if (object.is_null()) {
    vm.clear_error();
    return matches;
  }
  Value names = dir_of(vm, object);
  if (names.is_null()) {
    vm.clear_error();
    return matches;
  }
  for (const Value& name_value : as_list(names)->items) {
    if (!is_str(name_value)) continue;
    const std::string name(as_str(name_value)->view());
    if (!name.starts_with(prefix) || (name.starts_with("_") && !prefix.starts_with("_"))) continue;
    Value attribute = get_attr(vm, object, as_str(name_value));
    const bool callable = !attribute.is_null() && is_callable(vm, attribute);
    if (attribute.is_null()) vm.clear_error();
    matches.push_back(base + "." + name + (callable ? "(" : ""));
  }
  return matches;
}

char* completion_generator(const char* text, int state) {
  static std::vector<std::string> matches;
  static size_t next;
  if (state == 0) {
    matches = completions_for(*completion_vm, completion_globals, text);
    next = 0;
  }
  if (next >= matches.size()) return nullptr;
  return strdup(matches[next++].c_str());
}

char** complete(const char* text, int, int) {
  rl_attempted_completion_over = 1;  // no file names
  return rl_completion_matches(text, completion_generator);
}

// ~/.pyvm_history, read when the prompt starts and written when it ends.
std::string history_path() {
  const char* home = std::getenv("HOME");
  return home ? std::string(home) + "/.pyvm_history" : std::string();
}
#endif

}  // namespace

Value run_repl(VM& vm, Dict* globals, bool banner) {
  const bool terminal = isatty(STDIN_FILENO) != 0;
  Dict* sys = module_dict(vm.sys_module);
  if (dict_get_str(sys, vm.intern("ps1")).is_null()) dict_set_str(vm, sys, vm.intern("ps1"), make_str(vm, ">>> "));
  if (dict_get_str(sys, vm.intern("ps2")).is_null()) dict_set_str(vm, sys, vm.intern("ps2"), make_str(vm, "... "));
  if (banner) vm.write_stderr(repl_banner());
#ifdef PYVM_HAVE_READLINE
  const std::string history = history_path();
  if (terminal) {
    completion_vm = &vm;
    completion_globals = globals;
    rl_readline_name = "pyvm";
    rl_attempted_completion_function = complete;
    rl_completer_word_break_characters = const_cast<char*>(" \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?");
    if (!history.empty()) read_history(history.c_str());
  }
#endif
  LineReader reader(terminal);
  Value result = Value::none();
  for (;;) {
    if (!vm.flush_stdout()) vm.clear_error();
    std::vector<std::string> lines;
    std::string line;
    const ReadResult first = reader.read(prompt_text(vm, "ps1", ">>> "), &line);
    if (first == ReadResult::kEndOfInput) {
      vm.write_stderr("\n");
      break;
    }
    if (first == ReadResult::kInterrupted) {
      vm.write_stderr("KeyboardInterrupt\n");
      continue;
    }
    if (is_blank(line)) continue;
    lines.push_back(line);
    CompileResult compiled;
    bool cancelled = false;
    for (;;) {
      compiled = compile_to_code(vm, joined(lines), "<stdin>", ParseMode::kInteractive);
      const Completeness state = classify(lines, compiled);
      if (state != Completeness::kIncomplete) break;
      const ReadResult more = reader.read(prompt_text(vm, "ps2", "... "), &line);
      if (more == ReadResult::kInterrupted) {
        vm.write_stderr("KeyboardInterrupt\n");
        cancelled = true;
        break;
      }
      if (more == ReadResult::kEndOfInput) {
        // Ctrl-D inside a statement: what was typed is compiled as it is.
        vm.write_stderr("\n");
        compiled = compile_to_code(vm, joined(lines), "<stdin>", ParseMode::kInteractive);
        break;
      }
      lines.push_back(line);
    }
    if (cancelled) continue;
    if (compiled.error) {
      // compile(..., 'single') words it so; the prompt's tokenizer sees a
      // statement where none may start.
      if (compiled.error->message == "multiple statements found while compiling a single statement") {
        compiled.error->message = "invalid syntax";
      }
      vm.raise_exception(syntax_error_exception(vm, *compiled.error));
      if (report_statement_error(vm)) {
        result = Value();
        break;
      }
      continue;
    }
    if (vm.run_code(compiled.code.get(), globals).is_null() && report_statement_error(vm)) {
      result = Value();
      break;
    }
  }
#ifdef PYVM_HAVE_READLINE
  if (terminal && !history.empty()) {
    write_history(history.c_str());
    history_truncate_file(history.c_str(), 1000);
  }
#endif
  return result;
}

}  // namespace pyvm
