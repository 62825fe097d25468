// SPDX-License-Identifier: GPL-3.0-or-later
// The visualizer (see visualizer.h).
#include "tools/visualizer.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "tools/json_text.h"
#include "tools/visualizer_page.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

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

size_t Visualizer::steps_recorded() const { return tracer_->records_written(); }

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
  for (const std::string& file : tracer_->described_files()) {
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
    if (c == '<')
      title += "&lt;";
    else if (c == '&')
      title += "&amp;";
    else
      title += c;
  }
  size_t from = 0;
  fill(&page, &from, "title", title);
  fill(&page, &from, "style", kVisualizerPageCss);
  fill(&page, &from, "meta", script_safe(meta));
  fill(&page, &from, "trace", script_safe(trace_));
  fill(&page, &from, "script", kVisualizerPageScript);

  std::FILE* file = std::fopen(path.c_str(), "w");
  if (file == nullptr) {
    *error =
        "can't write '" + path + "': [Errno " + std::to_string(errno) + "] " + std::strerror(errno);
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
