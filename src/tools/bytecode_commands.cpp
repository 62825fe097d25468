// SPDX-License-Identifier: GPL-3.0-or-later
// The bytecode tools of the pyvm command (see bytecode_commands.h).
#include "tools/bytecode_commands.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <utility>
#include <vector>

#include "bytecode/assembler.h"
#include "bytecode/code_object.h"
#include "bytecode/disassembler.h"
#include "bytecode/loader.h"
#include "bytecode/serializer.h"
#include "bytecode/verifier.h"
#include "compiler/compiler.h"
#include "compiler/optimizer/optimizer.h"
#include "runtime/concat.h"
#include "vm/file_io.h"
#include "vm/traceback_printer.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

// One line on stderr; the status for a failed tool command.
int report(const std::string& message) {
  std::fprintf(stderr, "pyvm: %s\n", message.c_str());
  return 1;
}

// As running a program: an input file that cannot be read is status 2.
constexpr int kUnreadableInput = 2;

int report_unreadable(const std::string& message) {
  report(message);
  return kUnreadableInput;
}

bool read_whole_file(const std::string& path, std::string* out, std::string* error) {
  if (read_file(path, out)) return true;
  *error = cat("can't open file '", path, "': [Errno ", errno, "] ", std::strerror(errno));
  return false;
}

bool write_whole_file(const std::string& path, const std::string& data, std::string* error) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (file) file.write(data.data(), static_cast<std::streamsize>(data.size()));
  if (!file) {
    *error = cat("can't write file '", path, "': [Errno ", errno, "] ", std::strerror(errno));
    return false;
  }
  return true;
}

// `path` with its extension `from` replaced by `to` (appended when it has another one).
std::string replace_extension(const std::string& path, std::string_view from, std::string_view to) {
  if (path.size() > from.size() && path.compare(path.size() - from.size(), from.size(), from) == 0) {
    return cat(path.substr(0, path.size() - from.size()), to);
  }
  return cat(path, to);
}

// Prints the pending exception (a SyntaxError) as the interpreter would.
int report_pending_exception(VM& vm) {
  vm.write_stderr(format_exception(vm, vm.take_error()));
  return 1;
}

}  // namespace

Value load_program(VM& vm, const std::string& path, const std::string& contents, std::string* error) {
  // The magic number decides; a file named .pvc is bytecode even when its
  // magic is damaged, so that it gets the loader's message.
  const bool named_pvc = path.size() > 4 && path.compare(path.size() - 4, 4, ".pvc") == 0;
  if (has_pvc_magic(contents) || named_pvc) {
    Ref<CodeObject> code = load_pvc(vm, contents, path, error);
    return code ? Value(std::move(code)) : Value();
  }
  return vm.compile(contents, path, ParseMode::kFile);
}

int compile_command(VM& vm, const std::string& source_path, std::string output_path) {
  std::string source, error;
  if (!read_whole_file(source_path, &source, &error)) return report_unreadable(error);
  Value code = vm.compile(source, source_path, ParseMode::kFile);
  if (code.is_null()) return report_pending_exception(vm);
  if (output_path.empty()) output_path = replace_extension(source_path, ".py", ".pvc");
  const std::string bytes = serialize_pvc(vm, *code.as<CodeObject>(), describe_source(source));
  if (!write_whole_file(output_path, bytes, &error)) return report(error);
  return 0;
}

int disassemble_command(VM& vm, const std::string& path) {
  std::string contents, error;
  if (!read_whole_file(path, &contents, &error)) return report_unreadable(error);
  Value code = load_program(vm, path, contents, &error);
  if (code.is_null()) return error.empty() ? report_pending_exception(vm) : report(error);
  if (!vm.write_stdout(disassemble(vm, *code.as<CodeObject>())) || !vm.flush_stdout()) {
    return report_pending_exception(vm);
  }
  return 0;
}

int optimizer_report_command(VM& vm, const std::string& path) {
  std::string contents, error;
  if (!read_whole_file(path, &contents, &error)) return report_unreadable(error);
  // Compiled without the optimizer, then optimized here with a report.
  const int level = std::exchange(vm.bytecode_optimization, 0);
  Value code = vm.compile(contents, path, ParseMode::kFile);
  vm.bytecode_optimization = level;
  if (code.is_null()) return report_pending_exception(vm);
  std::vector<OptimizedCode> report;
  optimize_code(vm, *code.as<CodeObject>(), &report);
  print_optimizer_report(stdout, path, report);
  return std::fflush(stdout) == 0 ? 0 : 1;
}

int assemble_command(VM& vm, const std::string& path, std::string output_path) {
  std::string text, error;
  if (!read_whole_file(path, &text, &error)) return report_unreadable(error);
  Ref<CodeObject> code = assemble(vm, text, path, &error);
  if (!code) return report(error);
  std::string rule;
  if (!verify_module(vm, *code, &rule)) return report(cat("bad bytecode in ", path, ": ", rule));
  if (output_path.empty()) output_path = replace_extension(path, ".pasm", ".pvc");
  if (!write_whole_file(output_path, serialize_pvc(vm, *code, PvcSourceInfo{}), &error)) return report(error);
  return 0;
}

}  // namespace pyvm
