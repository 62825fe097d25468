// SPDX-License-Identifier: GPL-3.0-or-later
// The visualizer (see visualizer.h).
#include "tools/visualizer.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <set>

#include "tools/json_text.h"
#include "tools/visualizer_page.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

// The files the trace's code records name ("file": ...), each once.
std::set<std::string> files_of_trace(std::string_view trace) {
  std::set<std::string> files;
  constexpr std::string_view kCodeRecord = "{\"code\": ";
  constexpr std::string_view kFileField = ", \"file\": \"";
  size_t at = 0;
  while ((at = trace.find(kCodeRecord, at)) != std::string_view::npos) {
    const size_t line_end = std::min(trace.find('\n', at), trace.size());
    const size_t field = trace.find(kFileField, at);
    at = line_end;
    if (field == std::string_view::npos || field > line_end) continue;
    // The name as the tracer wrote it, unescaped only for the common \\ and \".
    std::string name;
    for (size_t i = field + kFileField.size(); i < line_end && trace[i] != '"'; ++i) {
      if (trace[i] == '\\' && i + 1 < line_end) ++i;
      name += trace[i];
    }
    files.insert(name);
  }
  return files;
}

// Text for inside a <script> element: JSON holds '<' only inside strings,
// where "\u003c" means the same and "</script>" can then not appear.
std::string script_safe(std::string_view json) {
  std::string safe;
  safe.reserve(json.size());
  for (const char c : json) {
    if (c == '<') {
      safe += "\\u003c";
    } else {
      safe += c;
    }
  }
  return safe;
}

// Replaces the page template's `{{name}}` with `text`. The markers are
// filled in the order they come, each searched for after the text put in
// before it (which may itself hold such words).
void fill(std::string* page, size_t* from, std::string_view name, std::string_view text) {
  const std::string marker = "{{" + std::string(name) + "}}";
  const size_t at = page->find(marker, *from);
  if (at == std::string::npos) return;
  page->replace(at, marker.size(), text);
  *from = at + text.size();
}

}  // namespace

Visualizer::Visualizer(VM& vm, size_t steps) : vm_(vm), steps_(steps) {
  TraceOptions options;
  options.enabled = options.jsonl = options.state = true;
  options.limit = steps;
  tracer_ = InstructionTracer::to_memory(vm, options, &trace_);
  vm_.attach_observer(tracer_.get());
}

Visualizer::~Visualizer() { stop(); }

void Visualizer::stop() {
  if (!vm_.is_attached(tracer_.get())) return;
  vm_.detach_observer(tracer_.get());
  std::string ignored;  // (writing to memory does not fail)
  tracer_->finish(&ignored);
}

size_t Visualizer::steps_recorded() const {
  size_t steps = 0;
  constexpr std::string_view kStep = "{\"depth\": ";
  for (size_t at = 0; (at = trace_.find(kStep, at)) != std::string::npos; at += kStep.size()) ++steps;
  return steps;
}

bool Visualizer::write_page(const std::string& program, const std::string& uncaught, int status,
                            const std::string& path, std::string* error) const {
  std::string meta = "{\"program\": ";
  append_json_string(program, &meta);
  meta += ", \"limit\": ";
  append_number(static_cast<int64_t>(steps_), &meta);
  meta += ", \"status\": ";
  append_number(status, &meta);
  meta += ", \"traceback\": ";
  append_json_string(uncaught, &meta);
  meta += ", \"sources\": {";
  bool first = true;
  for (const std::string& file : files_of_trace(trace_)) {
    auto source = vm_.sources.find(file);
    if (source == vm_.sources.end()) continue;
    if (!first) meta += ", ";
    first = false;
    append_json_string(file, &meta);
    meta += ": ";
    append_json_string(source->second, &meta);
  }
  meta += "}}";

  std::string page(kVisualizerPageHtml);
  std::string title;
  for (const char c : program) {
    if (c == '<') title += "&lt;";
    else if (c == '&') title += "&amp;";
    else title += c;
  }
  size_t from = 0;
  fill(&page, &from, "title", title);
  fill(&page, &from, "style", kVisualizerPageCss);
  fill(&page, &from, "meta", script_safe(meta));
  fill(&page, &from, "trace", script_safe(trace_));
  fill(&page, &from, "script", kVisualizerPageScript);

  std::FILE* file = std::fopen(path.c_str(), "w");
  if (file == nullptr) {
    *error = "can't write '" + path + "': [Errno " + std::to_string(errno) + "] " + std::strerror(errno);
    return false;
  }
  const bool written = std::fwrite(page.data(), 1, page.size(), file) == page.size();
  const int saved_errno = errno;
  if (std::fclose(file) != 0 || !written) {
    *error = "can't write '" + path + "': [Errno " + std::to_string(saved_errno) + "] " +
             std::strerror(saved_errno);
    return false;
  }
  return true;
}

}  // namespace pyvm
