// SPDX-License-Identifier: GPL-3.0-or-later
// The instruction tracer (see instruction_tracer.h; the output formats are
// in docs/debugging.md, "Tracer").
#include "tools/instruction_tracer.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <span>
#include <utility>

#include "bytecode/code_object.h"
#include "bytecode/opcodes.h"
#include "runtime/bytes.h"
#include "runtime/concat.h"
#include "runtime/dict.h"
#include "runtime/keyboard_interrupt.h"
#include "runtime/list.h"
#include "runtime/number_format.h"
#include "runtime/protocols.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "tools/json_text.h"
#include "vm/frame.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

constexpr size_t kStackValueWidth = 40;    // code points of each stack value shown
constexpr size_t kOutcomeValueWidth = 80;  // of a returned value or an exception
constexpr int kReprRecursionRoom = 50;
constexpr size_t kFileBufferBytes = 1 << 16;
constexpr int kIndentLimit = 40;  // deeper calls are indented as this depth
constexpr std::string_view kEllipsis = "...";

// ---------------------------------------------------------------- options

int usage_error(const std::string& message) {
  std::fprintf(stderr, "pyvm: %s (see pyvm --help)\n", message.c_str());
  return 2;
}

// "a,b" as its names; false when one is empty.
bool split_names(std::string_view text, std::vector<std::string>* names) {
  while (true) {
    const size_t comma = text.find(',');
    const std::string_view name = text.substr(0, comma);
    if (name.empty()) return false;
    names->emplace_back(name);
    if (comma == std::string_view::npos) return true;
    text.remove_prefix(comma + 1);
  }
}

// The value of --trace-only, --trace-file, --trace-format or --trace-limit:
// after '=', or the next argument.
int parse_trace_value(int argc, char** argv, int* i, std::string_view name, size_t equals,
                      TraceOptions* options) {
  const std::string_view arg = argv[*i];
  std::string_view value;
  if (equals != std::string_view::npos) {
    value = arg.substr(equals + 1);
  } else if (*i + 1 < argc) {
    value = argv[++*i];
  }
  if (name == "--trace-only") {
    options->only.clear();
    if (!split_names(value, &options->only)) {
      return usage_error("--trace-only needs function names separated by commas, not '" +
                         std::string(value) + "'");
    }
  } else if (name == "--trace-file") {
    if (value.empty()) return usage_error("--trace-file needs a file");
    options->file = value;
  } else if (name == "--trace-limit") {
    const std::string text(value);
    char* end = nullptr;
    errno = 0;
    const unsigned long long limit = std::strtoull(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || text[0] == '-' || limit == 0 || errno == ERANGE) {
      return usage_error("--trace-limit needs a positive number of records, not '" + text + "'");
    }
    options->limit = static_cast<size_t>(limit);
  } else {
    if (value != "text" && value != "jsonl") {
      return usage_error("--trace-format takes 'text' or 'jsonl', not '" + std::string(value) +
                         "'");
    }
    options->jsonl = value == "jsonl";
  }
  return -1;
}

}  // namespace

int parse_trace_option(int argc, char** argv, int* i, TraceOptions* options) {
  const std::string_view arg = argv[*i];
  const size_t equals = arg.find('=');
  const std::string_view name = arg.substr(0, equals);
  options->enabled = true;
  if (name == "--trace") {
    const std::string_view mode =
        equals == std::string_view::npos ? "instructions" : arg.substr(equals + 1);
    if (mode != "instructions" && mode != "lines") {
      return usage_error("--trace takes 'instructions' or 'lines', not '" + std::string(mode) +
                         "'");
    }
    options->lines = mode == "lines";
    return -1;
  }
  if (arg == "--trace-state") {
    options->state = options->jsonl = true;
  } else if (name != "--trace-only" && name != "--trace-file" && name != "--trace-format" &&
             name != "--trace-limit") {
    return usage_error("unknown option " + std::string(arg));
  } else {
    const int status = parse_trace_value(argc, argv, i, name, equals, options);
    if (status >= 0) return status;
  }
  if (options->state && (options->lines || !options->jsonl)) {
    return usage_error("--trace-state needs the instruction trace in JSON Lines");
  }
  return -1;
}

// ------------------------------------------------------------ value reprs

namespace {

size_t code_point_count(std::string_view text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// The first `count` code points of `text` (all of it when shorter).
std::string_view code_point_prefix(std::string_view text, size_t count) {
  size_t seen = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (seen++ == count) return text.substr(0, i);
  }
  return text;
}

// `text` in at most `width` code points, ending in "..." when cut.
std::string cut_to_width(std::string text, size_t width) {
  if (code_point_count(text) <= width) return text;
  if (width <= kEllipsis.size()) return std::string(kEllipsis.substr(0, width));
  return std::string(code_point_prefix(text, width - kEllipsis.size())) + std::string(kEllipsis);
}

// Leaves out the " at 0x..." of default reprs (<function f at 0x55d0...>).
std::string without_addresses(std::string text) {
  constexpr std::string_view kMarker = " at 0x";
  size_t from = 0;
  while ((from = text.find(kMarker, from)) != std::string::npos) {
    size_t end = from + kMarker.size();
    while (end < text.size() && std::isxdigit(static_cast<unsigned char>(text[end]))) ++end;
    const bool address =
        end > from + kMarker.size() &&
        (end == text.size() || text[end] == '>' || text[end] == ',' || text[end] == ':');
    if (address) {
      text.erase(from, end - from);
    } else {
      from = end;
    }
  }
  return text;
}

// Writes the repr of values into `out_` until it holds more than the width
// needs (see trace_repr).
class ShortRepr {
 public:
  ShortRepr(VM& vm, size_t width) : vm_(vm), budget_(width * 4 + 4) {}

  std::string of(const Value& value) {
    append(value);
    return std::move(out_);
  }

 private:
  bool full() const { return out_.size() > budget_; }

  void append(const Value& value) {
    if (full()) return;
    switch (value.tag()) {
      case Tag::kNull:
        out_ += "<null>";
        return;  // (as the disassembler spells it)
      case Tag::kNone:
        out_ += "None";
        return;
      case Tag::kBool:
        out_ += value.as_bool() ? "True" : "False";
        return;
      case Tag::kInt:
        out_ += std::to_string(value.as_small_int());
        return;
      case Tag::kFloat:
        out_ += float_repr(value.as_float());
        return;
      case Tag::kObject:
        break;
    }
    const Type* type = vm_.type_of(value);
    if (type == vm_.str_type) {
      out_ += str_repr(code_point_prefix(as_str(value)->view(), budget_));
    } else if (type == vm_.bytes_type) {
      out_ += bytes_repr(bytes_view(value).substr(0, budget_));
    } else if (type == vm_.list_type) {
      append_sequence(value, as_list(value)->items, "[", "]");
    } else if (type == vm_.tuple_type) {
      const Tuple* tuple = as_tuple(value);
      append_sequence(value, std::span<const Value>(tuple->items(), tuple->size), "(",
                      tuple->size == 1 ? ",)" : ")");
    } else if (type == vm_.dict_type) {
      append_dict(value);
    } else if (type == vm_.set_type || type == vm_.frozenset_type) {
      append_set(value, type == vm_.frozenset_type);
    } else if (type == vm_.code_type) {
      // Its name only: the file (a full path) would crowd out the rest.
      out_ += cat("<code object ", value.as<CodeObject>()->name->view(), ">");
    } else {
      append_by_runtime(value);
    }
  }

  // The items that can show within the width, held (a repr may change the container).
  template <class Items>
  std::vector<Value> first_items(const Items& items) const {
    const size_t count = std::min(items.size(), budget_ / 2 + 1);
    return std::vector<Value>(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(count));
  }

  // A container being written again inside itself shows as "[...]", as in its repr.
  bool enter(const Value& container, std::string_view open, std::string_view close) {
    const Object* object = container.as_object();
    if (std::find(active_.begin(), active_.end(), object) != active_.end()) {
      out_ += std::string(open) + "..." + std::string(close);
      return false;
    }
    active_.push_back(object);
    return true;
  }

  void append_items(const std::vector<Value>& items, size_t total) {
    for (size_t i = 0; i < items.size() && !full(); ++i) {
      if (i > 0) out_ += ", ";
      append(items[i]);
    }
    if (items.size() < total) out_ += ", ...";
  }

  template <class Items>
  void append_sequence(const Value& container, const Items& items, std::string_view open,
                       std::string_view close) {
    if (!enter(container, open, close == ",)" ? ")" : close)) return;
    const size_t total = items.size();
    const std::vector<Value> shown = first_items(items);
    out_ += open;
    append_items(shown, total);
    out_ += close;
    active_.pop_back();
  }

  void append_dict(const Value& value) {
    if (!enter(value, "{", "}")) return;
    const Dict* dict = as_dict(value);
    std::vector<Value> pairs;  // key, value, key, value...
    size_t position = 0;
    DictEntry* entry;
    while (pairs.size() < budget_ && dict_next(dict, &position, &entry)) {
      pairs.push_back(entry->key);
      pairs.push_back(entry->value);
    }
    const size_t total = dict_size(dict);
    out_ += "{";
    for (size_t i = 0; i < pairs.size() && !full(); i += 2) {
      if (i > 0) out_ += ", ";
      append(pairs[i]);
      out_ += ": ";
      append(pairs[i + 1]);
    }
    if (pairs.size() / 2 < total) out_ += ", ...";
    out_ += "}";
    active_.pop_back();
  }

  void append_set(const Value& value, bool frozen) {
    const Set* set = value.as<Set>();
    const std::string_view open = frozen ? "frozenset({" : "{";
    const std::string_view close = frozen ? "})" : "}";
    if (set->used == 0) {
      out_ += frozen ? "frozenset()" : "set()";
      return;
    }
    if (!enter(value, open, close)) return;
    std::vector<Value> items;
    size_t position = 0;
    SetEntry* entry;
    while (items.size() < budget_ / 2 + 1 && set_next(set, &position, &entry))
      items.push_back(entry->key);
    out_ += open;
    append_items(items, set->used);
    out_ += close;
    active_.pop_back();
  }

  void append_by_runtime(const Value& value) {
    std::string text;
    if (repr_text(vm_, value, &text)) {
      out_ += without_addresses(std::move(text));
      return;
    }
    // The program must not notice: the error goes, an interrupt stays requested.
    const Value error = vm_.take_error();
    if (is_instance(vm_, error, vm_.exception_type(Exc::kKeyboardInterrupt)))
      interrupt_requested = 1;
    out_ += "<" + std::string(type_name(vm_, value)) + " object; repr raised " +
            std::string(type_name(vm_, error)) + ">";
  }

  VM& vm_;
  const size_t budget_;  // bytes: enough for the width in any UTF-8
  std::string out_;
  std::vector<const Object*> active_;
};

}  // namespace

std::string trace_repr(VM& vm, const Value& value, size_t width) {
  // Some room above the recursion limit, so that the values of a program
  // at the limit (a RecursionError on its way) still show.
  const int limit = vm.recursion_limit;
  vm.recursion_limit = limit + kReprRecursionRoom;
  std::string text = ShortRepr(vm, width).of(value);
  if (vm.recursion_limit == limit + kReprRecursionRoom)
    vm.recursion_limit = limit;  // (unless the repr set it)
  return cut_to_width(std::move(text), width);
}

// ---------------------------------------------------------------- records

namespace {

void append_indent(int depth, std::string* out) {
  out->append(static_cast<size_t>(std::min(depth, kIndentLimit)) * 2, ' ');
}

std::string_view outcome_name(TraceOutcome outcome) {
  switch (outcome) {
    case TraceOutcome::kNext:
      return "next";
    case TraceOutcome::kCall:
      return "call";
    case TraceOutcome::kResume:
      return "resume";
    case TraceOutcome::kReturn:
      return "return";
    case TraceOutcome::kYield:
      return "yield";
    case TraceOutcome::kRaise:
      return "raise";
    case TraceOutcome::kUnwind:
      return "unwind";
    case TraceOutcome::kUnknown:
      break;
  }
  return "unknown";
}

// The words the text puts before an outcome's value ("" when it has none).
std::string_view outcome_phrase(TraceOutcome outcome) {
  switch (outcome) {
    case TraceOutcome::kCall:
      return "calls ";
    case TraceOutcome::kResume:
      return "resumes ";
    case TraceOutcome::kReturn:
      return "returns ";
    case TraceOutcome::kYield:
      return "yields ";
    case TraceOutcome::kRaise:
      return "raises ";
    case TraceOutcome::kNext:
    case TraceOutcome::kUnwind:
    case TraceOutcome::kUnknown:
      break;
  }
  return "";
}

bool has_value(TraceOutcome outcome) { return !outcome_phrase(outcome).empty(); }

void append_stack_text(const std::vector<std::string>& stack, std::string* out) {
  *out += '[';
  for (size_t i = 0; i < stack.size(); ++i) {
    if (i > 0) *out += ", ";
    *out += stack[i];
  }
  *out += ']';
}

// "DEPTH FUNCTION", indented by the depth.
void append_text_start(int depth, std::string_view function, std::string* out) {
  append_indent(depth, out);
  append_number(depth, out);
  *out += ' ';
  *out += function;
}

void append_json_start(int depth, std::string_view function, std::string_view file,
                       std::string* out) {
  *out += "{\"depth\": ";
  append_number(depth, out);
  *out += ", \"function\": ";
  append_json_string(function, out);
  *out += ", \"file\": ";
  append_json_string(file, out);
}

}  // namespace

void append_text(const InstructionRecord& record, std::string* out) {
  append_text_start(record.depth, record.function, out);
  *out += record.listing_line;
  *out += "  | ";
  // The stack after the instruction, then how it ended.
  if (record.stack_known) append_stack_text(record.stack, out);
  if (record.outcome != TraceOutcome::kNext) {
    if (record.stack_known) *out += ' ';
    if (record.outcome == TraceOutcome::kUnwind) *out += "unwinds";
    if (record.outcome == TraceOutcome::kUnknown) *out += '?';
    *out += outcome_phrase(record.outcome);
    if (has_value(record.outcome)) *out += record.value;
  }
  *out += '\n';
}

namespace {

void append_numbers(const std::vector<int>& numbers, std::string* out) {
  *out += '[';
  for (size_t i = 0; i < numbers.size(); ++i) {
    if (i > 0) *out += ", ";
    if (numbers[i] < 0) {
      *out += "null";
    } else {
      append_number(numbers[i], out);
    }
  }
  *out += ']';
}

// --trace-state's fields: the code object, the frames, the heap, the objects
// on the stack, and the output since the previous record (when there is some).
void append_json_state(const InstructionRecord& record, std::string* out) {
  *out += ", \"code\": ";
  append_number(record.code, out);
  *out += ", \"frames\": ";
  append_numbers(record.state->frames, out);
  if (record.state->frames_left_out > 0) {
    *out += ", \"frames_left_out\": ";
    append_number(static_cast<int64_t>(record.state->frames_left_out), out);
  }
  *out += ", \"heap\": ";
  append_number(record.state->heap, out);
  *out += ", \"stack_objects\": ";
  if (record.stack_known) {
    append_numbers(record.state->stack_objects, out);
  } else {
    *out += "null";
  }
  if (!record.output.empty()) {
    *out += ", \"output\": ";
    append_json_string(record.output, out);
  }
}

}  // namespace

void append_json(const InstructionRecord& record, std::string* out) {
  const ListedInstruction& instruction = *record.instruction;
  append_json_start(record.depth, record.function, record.file, out);
  *out += ", \"index\": ";
  append_number(instruction.offset, out);
  *out += ", \"line\": ";
  append_number(instruction.location.line, out);
  *out += ", \"opcode\": ";
  append_json_string(instruction.spelled ? opcode_info(opcode_of(instruction.word)).name : ".word",
                     out);
  *out += ", \"argument\": ";
  if (instruction.has_argument) {
    append_number(argument_of(instruction.word), out);
  } else {
    *out += "null";
  }
  *out += ", \"argrepr\": ";
  append_json_string(instruction.meaning, out);
  *out += ", \"stack\": ";
  if (record.stack_known) {
    *out += '[';
    for (size_t i = 0; i < record.stack.size(); ++i) {
      if (i > 0) *out += ", ";
      append_json_string(record.stack[i], out);
    }
    *out += ']';
  } else {
    *out += "null";
  }
  *out += ", \"outcome\": ";
  append_json_string(outcome_name(record.outcome), out);
  *out += ", \"value\": ";
  if (has_value(record.outcome)) {
    append_json_string(record.value, out);
  } else {
    *out += "null";
  }
  if (record.state != nullptr) append_json_state(record, out);
  *out += "}\n";
}

void append_text(const LineRecord& record, std::string* out) {
  append_text_start(record.depth, record.function, out);
  // (The line column as the listing's.)
  const std::string line = std::to_string(record.line);
  if (line.size() < 6) out->append(6 - line.size(), ' ');
  *out += line;
  *out += "  ";
  *out += record.source;
  *out += '\n';
}

void append_json(const LineRecord& record, std::string* out) {
  append_json_start(record.depth, record.function, record.file, out);
  *out += ", \"line\": ";
  append_number(record.line, out);
  *out += ", \"source\": ";
  append_json_string(record.source, out);
  *out += "}\n";
}

// ---------------------------------------------------------------- tracer

std::unique_ptr<InstructionTracer> InstructionTracer::open(VM& vm, const TraceOptions& options,
                                                           std::string* error) {
  std::FILE* file = nullptr;
  if (!options.file.empty()) {
    file = std::fopen(options.file.c_str(), "w");
    if (file == nullptr) {
      *error = "can't open trace file '" + options.file + "': [Errno " + std::to_string(errno) +
               "] " + std::strerror(errno);
      return nullptr;
    }
  }
  return std::unique_ptr<InstructionTracer>(new InstructionTracer(vm, options, file, nullptr));
}

std::unique_ptr<InstructionTracer> InstructionTracer::to_memory(VM& vm, const TraceOptions& options,
                                                                std::string* trace) {
  return std::unique_ptr<InstructionTracer>(new InstructionTracer(vm, options, nullptr, trace));
}

InstructionTracer::InstructionTracer(VM& vm, const TraceOptions& options, std::FILE* file,
                                     std::string* memory)
    : vm_(vm), options_(options), file_(file), memory_(memory) {
  if (!options_.state) return;
  snapshots_ = std::make_unique<TraceSnapshots>(
      vm_, [this](CodeObject* code) { return code_number(code, &definitions_); });
  vm_.stdout_copy = &output_;
}

InstructionTracer::~InstructionTracer() {
  if (vm_.stdout_copy == &output_) vm_.stdout_copy = nullptr;
  if (file_ != nullptr) std::fclose(file_);
}

bool InstructionTracer::finish(std::string* error) {
  write_pending(nullptr, TraceOutcome::kUnknown, "");
  if (vm_.stdout_copy == &output_) vm_.stdout_copy = nullptr;
  flush();
  if (file_ != nullptr && std::fflush(file_) != 0) write_failed_ = true;
  if (!write_failed_) return true;
  *error = "can't write the trace to '" + options_.file + "'";
  return false;
}

bool InstructionTracer::limit_reached() {
  if (cut_) return true;
  if (options_.limit == 0 || records_written_ < options_.limit) return false;
  cut_ = true;
  // (Output after the cut shows in no record: stop copying it.)
  if (vm_.stdout_copy == &output_) vm_.stdout_copy = nullptr;
  if (options_.jsonl) {
    out_ += "{\"cut\": ";
    append_number(static_cast<int64_t>(options_.limit), &out_);
    out_ += "}\n";
  } else {
    out_ += "(the trace stops here: --trace-limit=" + std::to_string(options_.limit) + ")\n";
  }
  flush();
  return true;
}

template <class Record>
void InstructionTracer::write(const Record& record) {
  ++records_written_;
  if (options_.jsonl) {
    append_json(record, &out_);
  } else {
    append_text(record, &out_);
  }
  // To stderr a record at a time, through the VM, which writes the
  // program's buffered stdout first: on a terminal the trace and the output
  // interleave as they happened.
  if ((file_ == nullptr && memory_ == nullptr) || out_.size() >= kFileBufferBytes) flush();
}

void InstructionTracer::flush() {
  if (memory_ != nullptr) {
    memory_->append(out_);
  } else if (file_ == nullptr) {
    vm_.write_stderr(out_);
  } else if (std::fwrite(out_.data(), 1, out_.size(), file_) != out_.size()) {
    write_failed_ = true;
  }
  out_.clear();
}

InstructionTracer::CodeInfo& InstructionTracer::info_of(CodeObject* code) {
  auto found = codes_.find(code);
  if (found != codes_.end()) return *found->second;
  auto info = std::make_unique<CodeInfo>();
  info->code = Ref<CodeObject>::borrow(code);
  info->function = code->qualname ? code->qualname->view() : "?";
  info->file = code->filename ? code->filename->view() : "";
  const auto named = [&](const std::string& name) {
    return (code->name && code->name->view() == name) || info->function == name;
  };
  info->traced =
      options_.only.empty() || std::any_of(options_.only.begin(), options_.only.end(), named);
  // Module code (or exec's) is the root `--dis` numbers its nested code objects from.
  if (!code->has_flag(kCodeFunction) && !code->has_flag(kCodeClassBody) && !roots_.count(code)) {
    note_root(info->code, *code);
  }
  return *codes_.emplace(code, std::move(info)).first->second;
}

std::set<std::string> InstructionTracer::described_files() const {
  std::set<std::string> files;
  for (const auto& [code, info] : codes_) {
    if (info->number >= 0) files.insert(info->file);
  }
  return files;
}

int InstructionTracer::code_number(CodeObject* code, std::string* definitions) {
  CodeInfo& info = info_of(code);
  if (info.number >= 0) return info.number;
  info.number = next_code_number_++;
  listing_of(info);
  *definitions += "{\"code\": ";
  append_number(info.number, definitions);
  *definitions += ", \"function\": ";
  append_json_string(info.function, definitions);
  *definitions += ", \"file\": ";
  append_json_string(info.file, definitions);
  *definitions += ", \"first_line\": ";
  append_number(code->first_line, definitions);
  *definitions += ", \"listing\": [";
  for (size_t i = 0; i < info.lines.size(); ++i) {
    if (i > 0) *definitions += ", ";
    append_json_string(info.lines[i], definitions);
  }
  *definitions += "]}\n";
  return info.number;
}

void InstructionTracer::note_root(const Ref<CodeObject>& root, const CodeObject& code) {
  for (const Value& constant : code.constants) {
    if (!constant.is_object() || constant.as_object()->type != vm_.code_type) continue;
    CodeObject* nested = constant.as<CodeObject>();
    if (!roots_.emplace(nested, root).second) continue;  // (already seen: shared)
    note_root(root, *nested);
  }
}

const std::vector<ListedInstruction>& InstructionTracer::listing_of(CodeInfo& info) {
  if (info.listing.empty()) {
    auto root = roots_.find(info.code.get());
    info.listing =
        list_instructions(vm_, *info.code, root != roots_.end() ? *root->second : *info.code);
    for (const ListedInstruction& instruction : info.listing)
      info.lines.push_back(listing_line(instruction));
  }
  return info.listing;
}

int InstructionTracer::depth_of(const Frame* frame) const {
  int above = 0;  // frames between `frame` and the nearest one of known depth
  for (const Frame* f = frame; f != nullptr; f = f->previous) {
    auto found = depths_.find(f);
    if (found != depths_.end()) return found->second + above;
    ++above;
  }
  return above - 1;
}

void InstructionTracer::enter(const Frame* frame) {
  if (frame == current_frame_) return;
  current_frame_ = frame;
  current_depth_ = depth_of(frame);
  current_code_ = &info_of(frame->code);
}

void InstructionTracer::point_at(const CodeInfo& code, size_t index, InstructionRecord* record,
                                 RunningForm* specialized) {
  record->instruction = &code.listing[index];
  record->listing_line = code.lines[index];
  // The listing shows the base instruction; the trace shows the specialized
  // form quickening made of it, if any (by the time it ran).
  const uint32_t running = code.code->instructions[index];
  if (running == record->instruction->word) return;
  specialized->instruction = *record->instruction;
  specialized->instruction.word = running;
  specialized->line = listing_line(specialized->instruction);
  record->instruction = &specialized->instruction;
  record->listing_line = specialized->line;
}

void InstructionTracer::write_pending(Frame* frame, TraceOutcome outcome, std::string value) {
  if (pending_.frame == nullptr) return;
  const Pending pending = std::exchange(pending_, Pending{});
  if (limit_reached()) return;
  InstructionRecord record;
  record.depth = pending.depth;
  record.function = pending.code->function;
  record.file = pending.code->file;
  RunningForm specialized;
  point_at(*pending.code, pending.index, &record, &specialized);
  const bool started_a_frame = outcome == TraceOutcome::kCall || outcome == TraceOutcome::kResume;
  if (pending.frame != frame && !started_a_frame) {
    outcome = TraceOutcome::kUnknown;
    value.clear();
  }
  record.outcome = outcome;
  record.value = std::move(value);
  std::vector<Value> stack;  // (held: a repr may run code that changes what the frame holds)
  if (pending.frame == frame &&
      (outcome == TraceOutcome::kNext || outcome == TraceOutcome::kReturn ||
       outcome == TraceOutcome::kYield)) {
    // Returning and yielding take the top value off the frame's stack.
    const Value* bottom = frame->stack_base();
    const Value* top = outcome == TraceOutcome::kNext ? frame->sp : frame->sp - 1;
    stack.assign(bottom, top);
    record.stack_known = true;
    for (const Value& item : stack) record.stack.push_back(trace_repr(vm_, item, kStackValueWidth));
  }
  write_with_state(frame, *pending.code, stack, &record);
}

void InstructionTracer::write_with_state(Frame* frame, const CodeInfo& code,
                                         const std::vector<Value>& stack, InstructionRecord* record) {
  StateSnapshot snapshot;
  if (snapshots_) {
    record->code = code_number(code.code.get(), &definitions_);
    snapshot = snapshots_->take(frame, stack, &definitions_);
    record->state = &snapshot;
    record->output = std::exchange(output_, std::string());
    out_ += definitions_;
    definitions_.clear();
  }
  write(*record);
}

void InstructionTracer::write_unwinding(Frame* frame, TraceOutcome outcome, const Value& exception) {
  if (!snapshots_ || frame->last_observed < 0 || limit_reached()) return;
  enter(frame);
  if (!current_code_->traced) return;
  listing_of(*current_code_);
  const auto index = static_cast<size_t>(frame->last_observed);
  if (index >= current_code_->listing.size()) return;
  InstructionRecord record;
  record.depth = current_depth_;
  record.function = current_code_->function;
  record.file = current_code_->file;
  RunningForm specialized;
  point_at(*current_code_, index, &record, &specialized);
  record.outcome = outcome;
  if (outcome == TraceOutcome::kRaise) record.value = trace_repr(vm_, exception, kOutcomeValueWidth);
  write_with_state(frame, *current_code_, {}, &record);
}

bool InstructionTracer::on_call(VM&, Frame* frame) {
  const bool resumed = frame->last_observed >= 0;  // (a generator after a yield)
  const std::string_view callee = frame->code->qualname ? frame->code->qualname->view() : "?";
  write_pending(frame, resumed ? TraceOutcome::kResume : TraceOutcome::kCall, std::string(callee));
  depths_[frame] = frame->previous == nullptr ? 0 : depth_of(frame->previous) + 1;
  current_frame_ = nullptr;
  return true;
}

bool InstructionTracer::on_line(VM&, Frame* frame, int line) {
  if (!options_.lines) {
    // The previous instruction is done: a line event's observer may raise
    // before this frame's next instruction is reported.
    if (pending_.frame == frame) write_pending(frame, TraceOutcome::kNext, "");
    return true;
  }
  enter(frame);
  if (!current_code_->traced || limit_reached()) return true;
  LineRecord record;
  record.depth = current_depth_;
  record.function = current_code_->function;
  record.file = current_code_->file;
  record.line = line;
  record.source = vm_.source_line(current_code_->file, line);
  record.source.erase(0, record.source.find_first_not_of(" \t\f"));
  write(record);
  return true;
}

bool InstructionTracer::on_instruction(VM&, Frame* frame) {
  if (options_.lines) return true;
  write_pending(frame, TraceOutcome::kNext, "");
  enter(frame);
  if (!current_code_->traced) return true;
  listing_of(*current_code_);
  pending_ = Pending{frame, current_code_, frame->instruction_index(), current_depth_};
  return true;
}

bool InstructionTracer::on_return(VM&, Frame* frame, const Value& value) {
  TraceOutcome outcome = TraceOutcome::kUnwind;
  std::string shown;
  if (!value.is_null()) {
    const bool yields = opcode_of(frame->ip[-1]) == Opcode::YIELD_VALUE;
    outcome = yields ? TraceOutcome::kYield : TraceOutcome::kReturn;
    shown = trace_repr(vm_, value, kOutcomeValueWidth);
  }
  const bool unwinds_unseen = value.is_null() && pending_.frame != frame;
  write_pending(frame, outcome, std::move(shown));
  // (With --trace-state, the exception leaving the frame is a step of its own.)
  if (unwinds_unseen) write_unwinding(frame, TraceOutcome::kUnwind, Value());
  depths_.erase(frame);
  current_frame_ = nullptr;
  return true;
}

bool InstructionTracer::on_exception(VM&, Frame* frame, const Value& exception) {
  if (pending_.frame != frame) {
    // From a frame it called: with --trace-state, a step of its own at
    // the call; otherwise written already.
    write_unwinding(frame, TraceOutcome::kRaise, exception);
    return true;
  }
  write_pending(frame, TraceOutcome::kRaise, trace_repr(vm_, exception, kOutcomeValueWidth));
  return true;
}

}  // namespace pyvm
