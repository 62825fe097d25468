// SPDX-License-Identifier: GPL-3.0-or-later
// The `pyvm` command: runs a Python program from a file (source or .pvc
// bytecode), from -c, or from standard input, with CPython's exit statuses
// (0 success, 1 uncaught exception, 2 bad usage or unreadable file); the
// bytecode tools --compile, --dis and --asm (tools/bytecode_commands.h); and
// the instruction tracer --trace (tools/instruction_tracer.h).
#include <malloc.h>
#include <pthread.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "bytecode/code_object.h"
#include "compiler/compiler.h"
#include "lib/standard_library.h"
#include "runtime/concat.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/memory_account.h"
#include "runtime/module.h"
#include "runtime/out_of_memory.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "tools/bytecode_commands.h"
#include "tools/debugger.h"
#include "tools/instruction_tracer.h"
#include "tools/visualizer.h"
#include "tools/profiler.h"
#include "tools/repl.h"
#include "tools/run_limits.h"
#include "vm/file_io.h"
#include "vm/interrupt.h"
#include "vm/traceback_printer.h"
#include "vm/vm.h"
#include "vm/warnings.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PYVM_ADDRESS_SANITIZER 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define PYVM_ADDRESS_SANITIZER 1
#endif

#ifdef PYVM_ADDRESS_SANITIZER
// In the sanitizer build too, a malloc too big for the machine returns
// null, so that pyvm raises MemoryError instead of the sanitizer ending the
// process.
extern "C" const char* __asan_default_options() { return "allocator_may_return_null=1"; }
#endif

namespace {

using namespace pyvm;

#if defined(__clang__)
constexpr const char* kCompilerName = "Clang";
#else
constexpr const char* kCompilerName = "GCC";
#endif

constexpr const char* kUsage =
    "usage: pyvm [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
    "       pyvm --compile file.py [-o file.pvc]\n"
    "       pyvm --dis file\n"
    "       pyvm --opt-report file.py\n"
    "       pyvm --asm file.pasm [-o file.pvc]\n"
    "Options (python3's; one-letter options combine, as in -uc cmd):\n"
    "  -b        sys.flags.bytes_warning (pyvm issues no BytesWarning)\n"
    "  -B        write no __pycache__ files on import; also PYTHONDONTWRITEBYTECODE=x\n"
    "  -c cmd    program passed in as string (terminates option list)\n"
    "  -m mod    run library module as a script (terminates option list)\n"
    "  -d        sys.flags.debug; also PYTHONDEBUG=x\n"
    "  -E        ignore the PYTHON* environment variables\n"
    "  -h, -?, --help  print this help message and exit\n"
    "  -i        inspect interactively after running the program; also PYTHONINSPECT=x\n"
    "  -I        isolate: -E, -s and -P together\n"
    "  -O        remove assert statements and make __debug__ False; also PYTHONOPTIMIZE=x\n"
    "  -OO       -O, and remove docstrings\n"
    "  -P        do not put the script's directory (or '') first in sys.path;\n"
    "            also PYTHONSAFEPATH=x\n"
    "  -q        don't print the version banner on the interactive prompt\n"
    "  -R        accepted (hashes are always randomized)\n"
    "  -s, -S    accepted (pyvm has no site packages)\n"
    "  -u        write stdout at every write; also PYTHONUNBUFFERED=x\n"
    "  -v        sys.flags.verbose; also PYTHONVERBOSE=x\n"
    "  -V, --version   print the pyvm version and exit (-VV: and the build)\n"
    "  -W arg    a warning filter (action:message:category:module:lineno);\n"
    "            also PYTHONWARNINGS=arg,...\n"
    "  -x        skip the program's first line (a non-Unix #! line)\n"
    "  -X opt    an implementation option for sys._xoptions (-X dev,\n"
    "            -X int_max_str_digits=N; others are kept and ignored)\n"
    "  -X opt=0  compile without the bytecode optimizer and run without\n"
    "            specializing instructions (default -X opt=1); imports then\n"
    "            neither read nor write __pycache__ files\n"
    "  --        end of options: the next word is the program\n"
    "  --max-instructions N  stop the program after N executed instructions\n"
    "            (built-ins' work counts too; docs/embedding.md)\n"
    "  --timeout S           stop the program after S seconds of wall-clock time\n"
    "  --max-memory MB       allocations past MB megabytes are MemoryError; a\n"
    "            limit that ends the program prints one line and exits with status 3\n"
    "  PYTHONPATH=dir:...  directories searched on import, after the script's\n"
    "  --debug   run the program under the debugger (pdb's commands, and stepi,\n"
    "            stack, dis, frames); an uncaught exception opens it post mortem\n"
    "  --profile[=calls|opcodes|pairs]  print a profile after the run: function\n"
    "            calls as cProfile's table, how often each instruction ran, or\n"
    "            each pair of consecutive instructions\n"
    "  --profile-sort=KEY    order of the call profile: cumulative (default),\n"
    "            tottime, ncalls, name, filename, stdname\n"
    "  --profile-times=off   print 0.000 for every time (reproducible reports)\n"
    "  file      program read from script file: Python source, or pyvm\n"
    "            bytecode when it starts with the .pvc magic number or is named *.pvc\n"
    "  -         program read from stdin (default)\n"
    "  arg ...   arguments passed to the program in sys.argv[1:]\n"
    "Bytecode tools:\n"
    "  --compile file.py   compile to bytecode, written to file.pvc or to -o's path\n"
    "  --dis file          print the bytecode of a .py or .pvc file (optimized\n"
    "                      unless -X opt=0 comes first)\n"
    "  --opt-report file   for each function of a .py file: instructions before\n"
    "                      and after the optimizer, and the passes that changed it\n"
    "  --asm file.pasm     assemble the --dis text format into file.pvc or -o's path\n"
    "Tracing (before the program; the trace goes to stderr):\n"
    "  --trace              a record per instruction run: depth, function, index,\n"
    "                       line, the instruction as --dis lists it (specialized\n"
    "                       forms by their names), the stack after\n"
    "  --trace=lines        a record per source line run instead\n"
    "  --trace-only NAMES   only the functions so named (comma separated names or\n"
    "                       qualified names)\n"
    "  --trace-file PATH    the trace goes to PATH\n"
    "  --trace-format=jsonl JSON Lines instead of text (docs/debugging.md)\n"
    "  --trace-state        with each JSON record, the frames and the objects they\n"
    "                       reach (implies --trace-format=jsonl)\n"
    "  --trace-limit=N      stop writing records after N\n"
    "Visualizing (docs/visualizer.md):\n"
    "  --visualize file [-o page.html] [arg] ...\n"
    "                       run the program and write one HTML page that steps\n"
    "                       through it: source, bytecode, operand stack, frames,\n"
    "                       objects and output (default: file.html)\n"
    "  --visualize-steps=N  record at most N steps (default 100000)\n";

// What to run and with which arguments.
struct Invocation {
  enum class Mode { kRun, kCompile, kDisassemble, kAssemble, kOptimizerReport } mode = Mode::kRun;
  enum class Source { kFile, kCommand, kModule, kStdin } source = Source::kStdin;
  std::string program;  // file path, command text or module name (-m)
  std::string output;   // -o for --compile and --asm
  std::vector<std::string> argv;
  bool debug = false;  // --debug
  InterpreterFlags flags;       // python3's options: -O, -B, -u, -W, -X, ...
  bool skip_first_line = false;  // -x
  std::vector<std::string> python_path;  // PYTHONPATH's directories
  TraceOptions trace;
  bool visualize = false;          // --visualize
  std::string visualize_output;    // its -o, or the program's name with .html
  size_t visualize_steps = kDefaultVisualizerSteps;
  bool profile = false;  // --profile
  ProfileSettings profile_settings;
  RunLimits limits;  // --max-instructions, --timeout, --max-memory
};

// `--profile[=KIND]`, `--profile-sort=KEY`, `--profile-times=on|off`; 2
// after reporting a bad value.
int parse_profile_option(const std::string& arg, Invocation* invocation) {
  ProfileSettings& settings = invocation->profile_settings;
  const size_t equals = arg.find('=');
  const std::string option = arg.substr(0, equals);
  const std::string value = equals == std::string::npos ? "" : arg.substr(equals + 1);
  if (option == "--profile") {
    invocation->profile = true;
    if (value == "opcodes") {
      settings.kind = ProfileSettings::Kind::kOpcodes;
    } else if (value == "pairs") {
      settings.kind = ProfileSettings::Kind::kPairs;
    } else if (equals != std::string::npos && value != "calls") {
      std::fprintf(stderr, "pyvm: bad --profile value '%s' (calls, opcodes or pairs)\n",
                   value.c_str());
      return 2;
    }
  } else if (option == "--profile-sort") {
    if (!is_profile_sort_key(value)) {
      std::fprintf(stderr, "pyvm: bad --profile-sort key '%s' (%s)\n", value.c_str(), kProfileSortKeys);
      return 2;
    }
    settings.sort_key = value;
  } else {
    if (value != "on" && value != "off") {
      std::fprintf(stderr, "pyvm: bad --profile-times value '%s' (on or off)\n", value.c_str());
      return 2;
    }
    settings.show_times = value == "on";
  }
  return -1;
}

// `--compile FILE [-o OUT]`, `--dis FILE`, `--asm FILE [-o OUT]`,
// `--opt-report FILE`, starting at argv[i].
int parse_tool_command(int argc, char** argv, int i, Invocation* invocation) {
  const std::string option = argv[i];
  invocation->mode = option == "--compile" ? Invocation::Mode::kCompile
                     : option == "--dis"   ? Invocation::Mode::kDisassemble
                     : option == "--opt-report" ? Invocation::Mode::kOptimizerReport
                                           : Invocation::Mode::kAssemble;
  if (i + 1 >= argc) {
    std::fprintf(stderr, "pyvm: %s needs a file (see pyvm --help)\n", option.c_str());
    return 2;
  }
  invocation->program = argv[i + 1];
  int next = i + 2;
  const bool has_output = invocation->mode == Invocation::Mode::kCompile || invocation->mode == Invocation::Mode::kAssemble;
  if (next < argc && std::strcmp(argv[next], "-o") == 0 && has_output) {
    if (next + 1 >= argc) {
      std::fprintf(stderr, "pyvm: -o needs a file (see pyvm --help)\n");
      return 2;
    }
    invocation->output = argv[next + 1];
    next += 2;
  }
  if (next < argc) {
    std::fprintf(stderr, "pyvm: unexpected argument %s after %s (see pyvm --help)\n", argv[next], option.c_str());
    return 2;
  }
  return -1;
}

// `--visualize FILE [-o PAGE] [ARG...]` at argv[i]: the program, the page
// and the program's arguments.
int parse_visualize_command(int argc, char** argv, int i, Invocation* invocation) {
  if (i + 1 >= argc) {
    std::fprintf(stderr, "pyvm: --visualize needs a program file (see pyvm --help)\n");
    return 2;
  }
  invocation->visualize = true;
  invocation->source = Invocation::Source::kFile;
  invocation->program = argv[i + 1];
  int next = i + 2;
  if (next < argc && std::strcmp(argv[next], "-o") == 0) {
    if (next + 1 >= argc) {
      std::fprintf(stderr, "pyvm: -o needs a file (see pyvm --help)\n");
      return 2;
    }
    invocation->visualize_output = argv[next + 1];
    next += 2;
  } else {
    const std::string& program = invocation->program;
    const bool python = program.size() > 3 && program.ends_with(".py");
    invocation->visualize_output = (python ? program.substr(0, program.size() - 3) : program) + ".html";
  }
  if (invocation->visualize_output == invocation->program) {
    std::fprintf(stderr, "pyvm: --visualize would write its page over the program %s (see pyvm --help)\n",
                 invocation->program.c_str());
    return 2;
  }
  invocation->argv.push_back(invocation->program);
  for (int k = next; k < argc; ++k) invocation->argv.push_back(argv[k]);
  return -1;
}

// `--visualize-steps=N`, N a positive number of steps.
int parse_visualize_steps(const std::string& arg, Invocation* invocation) {
  const std::string value = arg.substr(arg.find('=') + 1);
  char* end = nullptr;
  errno = 0;
  const unsigned long long steps = std::strtoull(value.c_str(), &end, 10);
  if (value.empty() || value[0] == '-' || *end != '\0' || steps == 0 || errno == ERANGE) {
    std::fprintf(stderr, "pyvm: --visualize-steps needs a positive number of steps, not '%s' (see pyvm --help)\n", value.c_str());
    return 2;
  }
  invocation->visualize_steps = static_cast<size_t>(steps);
  return -1;
}

// Prints the version: -V once, or with -VV the build too.
int print_version(int times) {
  std::printf("pyvm %s (Python 3.11 compatible)", PYVM_VERSION);
  if (times > 1) std::printf(" [%s %s]", kCompilerName, __VERSION__);
  std::printf("\n");
  return 0;
}

// -X int_max_str_digits=N must name 0 or at least 640 digits, as CPython's.
bool valid_x_option(const std::string& option) {
  if (option.starts_with("opt=") && option != "opt=0" && option != "opt=1") {
    std::fprintf(stderr, "pyvm: -X opt: the optimization level must be 0 or 1\n");
    return false;
  }
  constexpr std::string_view kDigits = "int_max_str_digits";
  if (!option.starts_with(kDigits)) return true;
  if (option.size() > kDigits.size() && option[kDigits.size()] != '=') return true;  // another name
  const std::string value = option.size() > kDigits.size() ? option.substr(kDigits.size() + 1) : "";
  char* end = nullptr;
  const long long digits = std::strtoll(value.c_str(), &end, 10);
  if (value.empty() || *end != '\0' || (digits != 0 && digits < 640)) {
    std::fprintf(stderr, "pyvm: -X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.\n");
    return false;
  }
  return true;
}

// python3's one-letter options, clustered as in `-uc CODE` or `-OO`: takes
// the letters of argv[*i], and the option's argument (c, W, X) from the rest
// of the cluster or the next word. Returns an exit status >= 0 to stop.
int parse_short_options(int argc, char** argv, int* i, Invocation* invocation) {
  InterpreterFlags& flags = invocation->flags;
  const std::string cluster = argv[*i];
  int version = 0;
  for (size_t k = 1; k < cluster.size(); ++k) {
    const char letter = cluster[k];
    if (letter == 'c' || letter == 'm' || letter == 'W' || letter == 'X') {
      std::string argument = cluster.substr(k + 1);
      if (argument.empty()) {
        if (*i + 1 >= argc) {
          std::fprintf(stderr, "pyvm: argument expected for the -%c option (see pyvm --help)\n", letter);
          return 2;
        }
        argument = argv[++*i];
      }
      if (letter == 'W') {
        flags.warn_options.push_back(argument);
      } else if (letter == 'X') {
        if (!valid_x_option(argument)) return 2;
        flags.x_options.push_back(argument);
      } else {
        // -c and -m end the options. (-m's sys.argv[0] becomes the module's path.)
        invocation->source = letter == 'c' ? Invocation::Source::kCommand : Invocation::Source::kModule;
        invocation->program = argument;
        invocation->argv.push_back(letter == 'c' ? "-c" : "-m");
        for (int rest = *i + 1; rest < argc; ++rest) invocation->argv.push_back(argv[rest]);
        *i = argc;
      }
      break;  // the argument took the rest of the cluster
    }
    switch (letter) {
      case 'b': ++flags.bytes_warning; break;
      case 'B': flags.dont_write_bytecode = true; break;
      case 'd': ++flags.debug; break;
      case 'E': flags.ignore_environment = true; break;
      case 'h':
      case '?': std::fputs(kUsage, stdout); return 0;
      case 'i': flags.inspect = true; break;
      case 'I': flags.isolated = flags.ignore_environment = flags.no_user_site = flags.safe_path = true; break;
      case 'O': ++flags.optimize; break;
      case 'P': flags.safe_path = true; break;
      case 'q': flags.quiet = true; break;
      case 'R': break;  // hash randomization: always on, as in CPython 3
      case 's': flags.no_user_site = true; break;
      case 'S': flags.no_site = true; break;
      case 'u': flags.unbuffered = true; break;
      case 'v': ++flags.verbose; break;
      case 'V': ++version; break;
      case 'x': invocation->skip_first_line = true; break;
      default:
        std::fprintf(stderr, "pyvm: unknown option -%c (see pyvm --help)\n", letter);
        return 2;
    }
  }
  if (version > 0) return print_version(version);
  return -1;
}

// The environment variables that stand for options (unless -E or -I).
void read_environment(Invocation* invocation) {
  InterpreterFlags& flags = invocation->flags;
  if (flags.ignore_environment) return;
  auto value_of = [](const char* name) -> std::string {
    const char* value = std::getenv(name);
    return value == nullptr ? "" : value;
  };
  // A number counts as that level, any other text as 1 (as CPython).
  auto level_of = [&](const char* name) {
    const std::string value = value_of(name);
    if (value.empty()) return 0;
    char* end = nullptr;
    const long level = std::strtol(value.c_str(), &end, 10);
    return *end == '\0' ? static_cast<int>(std::clamp(level, 0L, 1000L)) : 1;
  };
  flags.optimize = std::max(flags.optimize, level_of("PYTHONOPTIMIZE"));
  flags.verbose = std::max(flags.verbose, level_of("PYTHONVERBOSE"));
  flags.debug = std::max(flags.debug, level_of("PYTHONDEBUG"));
  flags.dont_write_bytecode |= !value_of("PYTHONDONTWRITEBYTECODE").empty();
  flags.unbuffered |= !value_of("PYTHONUNBUFFERED").empty();
  flags.inspect |= !value_of("PYTHONINSPECT").empty();
  flags.safe_path |= !value_of("PYTHONSAFEPATH").empty();
  flags.no_user_site |= !value_of("PYTHONNOUSERSITE").empty();
  // PYTHONWARNINGS' filters come before -W's.
  std::vector<std::string> warnings;
  std::stringstream filters(value_of("PYTHONWARNINGS"));
  for (std::string filter; std::getline(filters, filter, ',');) {
    if (!filter.empty()) warnings.push_back(filter);
  }
  flags.warn_options.insert(flags.warn_options.begin(), warnings.begin(), warnings.end());
  std::stringstream path(value_of("PYTHONPATH"));
  for (std::string entry; std::getline(path, entry, ':');) {
    if (!entry.empty()) invocation->python_path.push_back(entry);
  }
}

// The options before the program, then the program and its arguments.
int parse_options(int argc, char** argv, Invocation* invocation) {
  int i = 1;
  for (; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--version") return print_version(1);
    if (arg == "--help") {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (arg == "--compile" || arg == "--dis" || arg == "--asm" || arg == "--opt-report") {
      if (invocation->trace.enabled) {
        std::fprintf(stderr, "pyvm: --trace runs a program, not %s (see pyvm --help)\n", arg.c_str());
        return 2;
      }
      return parse_tool_command(argc, argv, i, invocation);
    }
    if (arg == "--debug") {
      invocation->debug = true;
      continue;
    }
    if (arg == "--visualize") {
      if (invocation->trace.enabled) {
        // (Its tracer would share the program's output with --visualize's.)
        std::fprintf(stderr, "pyvm: --visualize records its own trace: leave out the --trace options (see pyvm --help)\n");
        return 2;
      }
      return parse_visualize_command(argc, argv, i, invocation);
    }
    if (arg.starts_with("--visualize-steps=")) {
      const int status = parse_visualize_steps(arg, invocation);
      if (status >= 0) return status;
      continue;
    }
    if (arg.starts_with("--trace")) {
      const int status = parse_trace_option(argc, argv, &i, &invocation->trace);
      if (status >= 0) return status;
      continue;
    }
    if (arg == "--profile" || arg.starts_with("--profile=") || arg.starts_with("--profile-sort=") ||
        arg.starts_with("--profile-times=")) {
      const int status = parse_profile_option(arg, invocation);
      if (status >= 0) return status;
      continue;
    }
    if (is_run_limit_option(arg)) {
      const int status = parse_run_limit_option(argc, argv, &i, &invocation->limits);
      if (status >= 0) return status;
      continue;
    }
    if (arg == "--") {  // the next word is the program, even if it starts with '-'
      ++i;
      break;
    }
    if (arg == "-") break;
    if (arg.starts_with("--")) {
      std::fprintf(stderr, "pyvm: unknown option %s (see pyvm --help)\n", arg.c_str());
      return 2;
    }
    if (arg.size() > 1 && arg[0] == '-') {
      const int status = parse_short_options(argc, argv, &i, invocation);
      if (status >= 0) return status;
      if (invocation->source == Invocation::Source::kCommand || invocation->source == Invocation::Source::kModule) {
        return -1;
      }
      continue;
    }
    break;
  }
  if (i < argc && std::strcmp(argv[i], "-") != 0) {
    invocation->source = Invocation::Source::kFile;
    invocation->program = argv[i];
    for (int k = i; k < argc; ++k) invocation->argv.push_back(argv[k]);
    return -1;
  }
  if (invocation->debug) {
    // The debugger reads its commands from stdin.
    std::fprintf(stderr, "pyvm: --debug needs a program file or -c (see pyvm --help)\n");
    return 2;
  }
  invocation->argv.push_back(i < argc ? "-" : "");
  for (int k = i + 1; k < argc; ++k) invocation->argv.push_back(argv[k]);
  return -1;
}

// Parses the command line; returns an exit status >= 0 to stop right away.
int parse_command_line(int argc, char** argv, Invocation* invocation) {
  invocation->flags.orig_argv.assign(argv, argv + argc);
  const int status = parse_options(argc, argv, invocation);
  if (status < 0) read_environment(invocation);
  return status;
}

// The exit status of a program stopped by an uncaught KeyboardInterrupt:
// main() then ends the process by SIGINT, as CPython does, so that the
// shell sees status 130.
constexpr int kInterruptedStatus = 130;

// The exit status for an uncaught exception (printing it, or SystemExit's message).
int report_uncaught(VM& vm, const Value& exception) {
  if (is_instance(vm, exception, vm.exception_type(Exc::kSystemExit))) {
    Value code = Value::none();
    Tuple* args = as_tuple(as_exception(exception)->args);
    if (args->size == 1) code = (*args)[0];
    else if (args->size > 1) code = as_exception(exception)->args;
    if (code.is_none()) return 0;
    int64_t status;
    if (is_int(code) && int_to_int64(code, &status)) return static_cast<int>(status & 0xFF);
    std::string text;
    if (!str_text(vm, code, &text)) vm.clear_error();
    vm.write_stderr(text + "\n");
    return 1;
  }
  report_uncaught_exception(vm, exception);
  if (is_instance(vm, exception, vm.exception_type(Exc::kKeyboardInterrupt))) return kInterruptedStatus;
  return 1;
}

std::string current_directory() {
  std::vector<char> buffer(4096);
  while (getcwd(buffer.data(), buffer.size()) == nullptr) {
    if (errno != ERANGE) return "";
    buffer.resize(buffer.size() * 2);
  }
  return buffer.data();
}

std::string absolute_path(const std::string& path) {
  if (path.starts_with('/')) return path;
  const std::string start = current_directory();
  return start.empty() ? path : start + "/" + path;
}

// The path with symbolic links, '.' and '..' resolved; as given if that fails.
std::string real_path(const std::string& path) {
  char* resolved = realpath(path.c_str(), nullptr);
  if (resolved == nullptr) return path;
  std::string result = resolved;
  std::free(resolved);
  return result;
}

std::string directory_of(const std::string& path) {
  const size_t slash = path.rfind('/');
  if (slash == std::string::npos) return "";
  return slash == 0 ? "/" : path.substr(0, slash);
}

bool is_directory(const std::string& path) {
  struct stat status;
  return stat(path.c_str(), &status) == 0 && S_ISDIR(status.st_mode);
}

// A directory given as the program runs its __main__.py, as CPython does.
std::string main_file_in(const std::string& directory) {
  return directory.ends_with('/') ? directory + "__main__.py" : directory + "/__main__.py";
}

// CPython's exit status when the output still buffered at exit cannot be
// written: the error is reported as an "Exception ignored" message.
constexpr int kLostOutputStatus = 120;

// Writes out what stdout still buffers; the exit status becomes
// kLostOutputStatus when that fails.
int flush_at_exit(VM& vm, int status) {
  if (vm.flush_stdout()) return status;
  Value error = vm.take_error();
  std::string report = "Exception ignored in: ";
  Value stream = repr(vm, vm.stdout_stream);
  if (stream.is_null()) vm.clear_error();
  else report += as_str(stream)->view();
  vm.write_stderr(report + "\n" + format_exception(vm, error));
  return kLostOutputStatus;
}

// Whether sys.warnoptions has any filter (from -W, PYTHONWARNINGS, -X dev).
bool has_warn_options(VM& vm) {
  Value options = dict_get_str(module_dict(vm.sys_module), vm.intern("warnoptions"));
  return !options.is_null() && is_list(options) && !as_list(options)->items.empty();
}

// Writes --visualize's page and says where; the exit status stays the
// program's unless the page cannot be written.
int write_visualizer_page(const Visualizer& visualizer, const Invocation& invocation,
                          const std::string& uncaught, int status) {
  std::string error;
  const std::string& path = invocation.visualize_output;
  if (!visualizer.write_page(invocation.program, uncaught, status, path, &error)) {
    std::fprintf(stderr, "pyvm: %s\n", error.c_str());
    return status == 0 ? 1 : status;
  }
  std::fprintf(stderr, "pyvm: wrote %s (%zu steps)\n", path.c_str(), visualizer.steps_recorded());
  return status;
}

// Runs a program: source, or bytecode (see load_program).
int run_program(VM& vm, const Invocation& invocation) {
  // No program named (not even "-"): on a terminal, or with -i, the
  // interactive prompt is what runs.
  const bool prompt_only = invocation.source == Invocation::Source::kStdin && invocation.argv[0].empty() &&
                           (vm.flags.inspect || isatty(STDIN_FILENO));
  const bool from_directory = invocation.source == Invocation::Source::kFile && is_directory(invocation.program);
  // sys.argv and sys.path[0]: the script's directory ('' for -c and stdin).
  Dict* sys = module_dict(vm.sys_module);
  Ref<List> argv = make_list(vm);
  for (const std::string& arg : invocation.argv) argv->items.push_back(make_str(vm, arg));
  dict_set_str(vm, sys, vm.intern("argv"), Value(argv));
  // sys.path: the script's directory (unless -P or -I), then PYTHONPATH's.
  ListItems& path = as_list(dict_get_str(sys, vm.names.path))->items;
  path.insert(path.begin(), invocation.python_path.size(), Value());
  for (size_t k = 0; k < invocation.python_path.size(); ++k) path[k] = make_str(vm, invocation.python_path[k]);
  if (!vm.flags.safe_path) {
    std::string first_path;  // '' for -c and stdin
    if (invocation.source == Invocation::Source::kFile) {
      // The script's directory in full, with symbolic links resolved (CPython's).
      first_path = from_directory ? real_path(invocation.program) : directory_of(real_path(invocation.program));
    } else if (invocation.source == Invocation::Source::kModule) {
      first_path = current_directory();  // -m: the directory it was started in, in full
    }
    path.insert(path.begin(), make_str(vm, first_path));
  }

  std::string source;
  std::string filename;
  const FrozenModule* frozen_main = nullptr;  // -m of a module frozen into pyvm
  switch (invocation.source) {
    case Invocation::Source::kFile:
      // __file__ and tracebacks name the program in full: the start
      // directory joined to the path as given (not normalized), as CPython.
      filename = from_directory ? main_file_in(invocation.program) : absolute_path(invocation.program);
      if (from_directory && !read_file(filename, &source)) {
        std::fprintf(stderr, "pyvm: can't find '__main__' module in '%s'\n", invocation.program.c_str());
        return 1;
      }
      if (!from_directory && !read_file(filename, &source)) {
        std::fprintf(stderr, "pyvm: can't open file '%s': [Errno %d] %s\n", filename.c_str(), errno,
                     std::strerror(errno));
        return 2;
      }
      break;
    case Invocation::Source::kCommand:
      filename = "<string>";
      source = invocation.program;
      break;
    case Invocation::Source::kModule:
      filename = vm.find_main_module(invocation.program, &frozen_main);
      if (filename.empty()) {
        std::string message;
        if (!str_text(vm, vm.take_error(), &message)) vm.clear_error();
        std::fprintf(stderr, "pyvm: %s\n", message.c_str());
        return 1;
      }
      if (frozen_main != nullptr) {  // its bytecode, which load_program tells by the magic number
        source.assign(reinterpret_cast<const char*>(frozen_main->bytecode.data()), frozen_main->bytecode.size());
      } else if (!read_file(filename, &source)) {
        std::fprintf(stderr, "pyvm: can't open file '%s': [Errno %d] %s\n", filename.c_str(), errno,
                     std::strerror(errno));
        return 1;
      }
      argv->items[0] = make_str(vm, filename);
      break;
    case Invocation::Source::kStdin: {
      filename = "<stdin>";
      // No program and a terminal (or -i): stdin is the interactive prompt's.
      if (prompt_only) break;
      std::stringstream contents;
      contents << std::cin.rdbuf();
      source = contents.str();
      break;
    }
  }

  Value main_module = make_module(vm, vm.names.dunder_main);
  main_module.as<Module>()->origin = ModuleOrigin::kBuiltin;  // -c, stdin: CPython's BuiltinImporter
  Dict* globals = module_dict(main_module);
  dict_set_str(vm, globals, vm.names.dunder_builtins, vm.builtins_module);
  if (invocation.source == Invocation::Source::kFile ||
      (invocation.source == Invocation::Source::kModule && frozen_main == nullptr)) {
    dict_set_str(vm, globals, vm.names.dunder_file, make_str(vm, filename));
  }
  if (invocation.source == Invocation::Source::kModule) {
    // Relative imports in -m pkg.mod (or pkg's __main__) are relative to pkg.
    const bool package = frozen_main != nullptr ? frozen_main->name != invocation.program
                                                : filename.ends_with("/__main__.py");
    const size_t dot = invocation.program.rfind('.');
    const std::string package_name = package                      ? invocation.program
                                     : dot == std::string::npos ? std::string()
                                                                : invocation.program.substr(0, dot);
    dict_set_str(vm, globals, vm.names.dunder_package, make_str(vm, package_name));
  }
  dict_set_str(vm, as_dict(vm.modules), vm.names.dunder_main, main_module);
  // -W, PYTHONWARNINGS and -X dev take effect from the start, as in
  // CPython: the warnings module applies sys.warnoptions when imported.
  if (has_warn_options(vm) && warnings_module(vm).is_null()) {
    report_uncaught_exception(vm, vm.take_error());
  }

  if (invocation.skip_first_line) {  // -x: the first line is not Python (its newline stays, as the line count)
    const size_t newline = source.find('\n');
    source.erase(0, newline == std::string::npos ? source.size() : newline);
  }
  std::string load_error;
  Value code = load_program(vm, filename, source, &load_error);
  if (!load_error.empty()) {
    std::fprintf(stderr, "pyvm: %s\n", load_error.c_str());
    return 1;
  }
  std::unique_ptr<InstructionTracer> tracer;
  if (invocation.trace.enabled) {
    tracer = InstructionTracer::open(vm, invocation.trace, &load_error);
    if (!tracer) {
      std::fprintf(stderr, "pyvm: %s\n", load_error.c_str());
      return 2;
    }
    vm.attach_observer(tracer.get());
  }
  std::unique_ptr<Visualizer> visualizer;
  if (invocation.visualize) visualizer = std::make_unique<Visualizer>(vm, invocation.visualize_steps);
  // (Null when loading failed: the SyntaxError is pending.)
  Value result = prompt_only ? Value::none() : Value();
  std::unique_ptr<Profiler> profiler;
  if (invocation.profile) profiler = start_profiler(vm, invocation.profile_settings);
  if (invocation.debug) debug_from_start(vm);
  if (!code.is_null() && !prompt_only) {
    start_run_limits(vm, invocation.limits);
    result = vm.run_code(code.as<CodeObject>(), globals);
  }
  if (visualizer) visualizer->stop();
  if (tracer) {
    vm.detach_observer(tracer.get());
    std::string trace_error;
    if (!tracer->finish(&trace_error)) std::fprintf(stderr, "pyvm: %s\n", trace_error.c_str());
  }
  // As cProfile's, the report comes before an uncaught exception's.
  if (profiler) profiler->finish(vm);
  int status = 0;
  std::string uncaught;  // the traceback the page shows
  if (result.is_null() && vm.flags.inspect) {
    // -i: whatever the program raised (SystemExit too) is reported, then the prompt opens.
    report_uncaught_exception(vm, vm.take_error());
  } else if (result.is_null()) {
    Value exception = vm.take_error();
    const std::string limit = limit_that_ended(vm, invocation.limits, current_memory_account, exception);
    if (!limit.empty()) {
      // One line, and nothing more from a program that was stopped: no
      // atexit functions, no reports of finalizers the limit stops.
      vm.write_stderr(cat("pyvm: ", limit, "\n"));
      vm.unraisable_hook = nullptr;
      vm.exit_callbacks = Value();
      return flush_at_exit(vm, kLimitExitStatus);
    }
    if (visualizer && !is_instance(vm, exception, vm.exception_type(Exc::kSystemExit))) {
      uncaught = format_exception(vm, exception);
    }
    status = report_uncaught(vm, exception);
    const bool ended_by_request = is_instance(vm, exception, vm.exception_type(Exc::kSystemExit));
    if (invocation.debug && !ended_by_request) debug_post_mortem(vm, exception);
  }
  if (vm.flags.inspect || prompt_only) {
    // The banner shows only when the prompt is all there is to run, as CPython's.
    if (run_repl(vm, globals, prompt_only && !vm.flags.quiet).is_null()) status = report_uncaught(vm, vm.take_error());
  }
  stop_debugger(vm);
  vm.run_exit_callbacks();  // before stdout is written out, as CPython's Py_FinalizeEx
  status = flush_at_exit(vm, status);
  if (visualizer) status = write_visualizer_page(*visualizer, invocation, uncaught, status);
  return status;
}

int run_vm(VM& vm, const Invocation& invocation) {
  switch (invocation.mode) {
    case Invocation::Mode::kCompile: return compile_command(vm, invocation.program, invocation.output);
    case Invocation::Mode::kDisassemble: return disassemble_command(vm, invocation.program);
    case Invocation::Mode::kAssemble: return assemble_command(vm, invocation.program, invocation.output);
    case Invocation::Mode::kOptimizerReport: return optimizer_report_command(vm, invocation.program);
    case Invocation::Mode::kRun: break;
  }
  return run_program(vm, invocation);
}

// Runs the command on a native stack of `stack_bytes`; a failed allocation
// outside any Python code (VM set-up, compiling the program, reporting)
// ends it with one line.
int run(const Invocation& invocation, size_t stack_bytes) {
  // --max-memory counts all the VM's memory, from its making to its end.
  MemoryAccount memory;
  memory.ceiling = invocation.limits.max_memory_megabytes << 20;
  const MemoryAccountScope counting(invocation.limits.max_memory_megabytes > 0 ? &memory : nullptr);
  try {
    StandardVM vm(invocation.flags);
    vm.frozen_modules = standard_frozen_modules();
    // A sixteenth of the stack is kept for the native code between two
    // checks of the recursion guard.
    vm.set_native_stack_base(stack_bytes - stack_bytes / 16);
    return run_vm(vm, invocation);
  } catch (const std::bad_alloc&) {
    std::fputs("pyvm: out of memory\n", stderr);
    return 1;
  }
}

struct ThreadArguments {
  const Invocation* invocation;
  size_t stack_bytes;
  int status;
};

// The main thread's stack, for when no interpreter thread can be made.
size_t main_thread_stack_bytes() {
  rlimit limit;
  if (getrlimit(RLIMIT_STACK, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY) return size_t{8} << 20;
  return limit.rlim_cur;
}

}  // namespace

int main(int argc, char** argv) {
  Invocation invocation;
  const int early = parse_command_line(argc, argv, &invocation);
  if (early >= 0) return early;
  // The interpreter runs on a thread with a large stack: native recursion
  // (repr of deep structures, callbacks into Python) is bounded by the
  // recursion limit and a stack-depth guard, not by the OS default of 8 MB.
  // Ctrl-C raises KeyboardInterrupt. Only the interpreter thread takes the
  // signal, so that a blocking read there (input()) is interrupted.
  install_interrupt_handler();
  // One malloc arena: the interpreter thread is the only one that allocates,
  // and an arena of its own would reserve 64 MB of address space (or, under
  // ulimit -v, fail and leave malloc retrying it on every call).
  mallopt(M_ARENA_MAX, 1);
  // A closed pipe makes writes fail with EPIPE (BrokenPipeError), as in
  // CPython, instead of killing the process.
  std::signal(SIGPIPE, SIG_IGN);
  sigset_t interrupt;
  sigemptyset(&interrupt);
  sigaddset(&interrupt, SIGINT);
  pthread_sigmask(SIG_BLOCK, &interrupt, nullptr);
  // (Under ulimit -v, a smaller stack: see reservable_address_space.)
  ThreadArguments thread_arguments{&invocation, reservable_address_space(size_t{256} << 20), 0};
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  pthread_attr_setstacksize(&attributes, thread_arguments.stack_bytes);
  pthread_t thread;
  const int created = pthread_create(
      &thread, &attributes,
      [](void* raw) -> void* {
        sigset_t interrupt;
        sigemptyset(&interrupt);
        sigaddset(&interrupt, SIGINT);
        pthread_sigmask(SIG_UNBLOCK, &interrupt, nullptr);
        auto* args = static_cast<ThreadArguments*>(raw);
        args->status = run(*args->invocation, args->stack_bytes);
        return nullptr;
      },
      &thread_arguments);
  pthread_attr_destroy(&attributes);
  if (created != 0) {
    pthread_sigmask(SIG_UNBLOCK, &interrupt, nullptr);
    thread_arguments.status = run(invocation, main_thread_stack_bytes());
  } else {
    pthread_join(thread, nullptr);
  }
  if (thread_arguments.status == kInterruptedStatus) {
    std::signal(SIGINT, SIG_DFL);
    pthread_sigmask(SIG_UNBLOCK, &interrupt, nullptr);
    std::raise(SIGINT);
  }
  return thread_arguments.status;
}
