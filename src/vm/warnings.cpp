// SPDX-License-Identifier: GPL-3.0-or-later
// Warnings (see warnings.h).
#include "vm/warnings.h"

#include <string>

#include "runtime/concat.h"
#include "vm/frame_object.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

void show_warning(VM& vm, Frame* frame, std::string_view category, std::string_view message, bool has_source) {
  if (frame == nullptr) {
    // No Python code runs (the program is ending): CPython names "sys",
    // line 1, and has no more to say.
    const std::string text = cat("sys:1: ", category, ": ", message, "\n");
    if (vm.shown_warnings.insert(text).second) vm.write_stderr(text);
    return;
  }
  const std::string file(frame->code->filename->view());
  const int line = frame_current_line(frame);
  std::string text = cat(file, ":", std::to_string(line), ": ", category, ": ", message, "\n");
  if (!vm.shown_warnings.insert(text).second) return;
  std::string source = vm.source_line(file, line);
  source.erase(0, source.find_first_not_of(" \t"));
  if (!source.empty()) text += cat("  ", source, "\n");
  if (has_source) text += cat(category, ": Enable tracemalloc to get the object allocation traceback\n");
  vm.write_stderr(text);
}

}  // namespace

void warn(VM& vm, std::string_view category, std::string_view message) {
  show_warning(vm, vm.current_frame, category, message, false);
}

void warn_with_source(VM& vm, std::string_view category, std::string_view message) {
  show_warning(vm, vm.current_frame, category, message, true);
}

void warn_at(VM& vm, Frame* frame, std::string_view category, std::string_view message) {
  show_warning(vm, frame, category, message, false);
}

}  // namespace pyvm
