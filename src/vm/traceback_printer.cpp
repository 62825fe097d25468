// SPDX-License-Identifier: GPL-3.0-or-later
// Printing an uncaught exception as CPython 3.11 does: chained exceptions
// first, each traceback entry with its source line and, when the failing
// expression is only part of the line, a marker line under it
// (`~~~~^^^^^^` for a subscript or binary operation, `^^^^` otherwise).
#include "vm/traceback_printer.h"

#include <set>

#include "bytecode/code_object.h"
#include "compiler/parser.h"
#include "compiler/syntax_error.h"
#include "runtime/concat.h"
#include "runtime/dict.h"
#include "runtime/exception_group.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/live_items.h"
#include "runtime/module.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/suggestions.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

constexpr int kRecursionCutoff = 3;  // identical entries shown before "[Previous line repeated ...]"
constexpr std::string_view kTracebackHeader = "Traceback (most recent call last):\n";
// An exception group's nested exceptions are shown to this depth and width
// (CPython's default max_group_depth and max_group_width).
constexpr int kMaxGroupDepth = 10;
constexpr size_t kMaxGroupWidth = 15;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// The code-point offset of a byte offset within a line.
int64_t character_offset(const std::string& line, int64_t byte_offset) {
  if (byte_offset > static_cast<int64_t>(line.size())) byte_offset = static_cast<int64_t>(line.size());
  return static_cast<int64_t>(utf8_length(std::string_view(line).substr(0, static_cast<size_t>(byte_offset))));
}

// Byte offset of code point `index` in text.
size_t byte_offset(const std::string& text, int64_t index) {
  size_t pos = 0;
  for (int64_t i = 0; i < index && pos < text.size(); ++i) utf8_decode_at(text, &pos);
  return pos;
}

struct Anchors {
  int64_t left = -1;  // in characters, relative to the line
  int64_t right = -1;
};

}  // namespace

bool find_caret_anchors(const std::string& segment, int64_t* left, int64_t* right) {
  ParseResult parsed = parse(segment, "<segment>", ParseMode::kFile);
  if (!parsed.module || parsed.module->body.size() != 1 ||
      parsed.module->body[0]->kind != ast::StmtKind::kExpr) {
    return false;
  }
  const ast::Expr& expr = *parsed.module->body[0]->as<ast::ExprStmt>().value;
  int64_t left_byte = -1, right_byte = -1;
  if (expr.kind == ast::ExprKind::kBinOp) {
    const auto& b = expr.as<ast::BinOp>();
    for (int i = b.left->loc.end_column; i < b.right->loc.column; ++i) {
      if (is_space(segment[static_cast<size_t>(i)])) continue;
      left_byte = i;
      right_byte = i + 1;
      if (i + 1 < b.right->loc.column && !is_space(segment[static_cast<size_t>(i) + 1])) ++right_byte;
      break;
    }
  } else if (expr.kind == ast::ExprKind::kSubscript) {
    const auto& s = expr.as<ast::Subscript>();
    left_byte = s.value->loc.end_column;
    right_byte = s.slice->loc.end_column + 1;
  }
  if (left_byte < 0) return false;
  *left = character_offset(segment, left_byte);
  *right = character_offset(segment, right_byte);
  return true;
}

namespace {

// CPython's extract_anchors_from_line: a binary operation's operator or a
// subscript's brackets within the failing segment.
Anchors find_anchors(const std::string& line, int64_t start, int64_t end) {
  Anchors anchors;
  const size_t start_byte = byte_offset(line, start);
  const size_t end_byte = byte_offset(line, end);
  const std::string segment = line.substr(start_byte, end_byte - start_byte);
  int64_t left = -1, right = -1;
  if (!find_caret_anchors(segment, &left, &right)) return anchors;
  anchors.left = left + start;
  anchors.right = right + start;
  return anchors;
}

// The `    source line` and its marker line for one traceback entry, each
// after `margin` (an exception group's "    | ").
void format_source(VM& vm, const CodeObject* code, int instruction, int line_number, const std::string& margin,
                   std::string* out) {
  if (line_number < 1) return;  // (no source line stands for the code)
  const std::string line = vm.source_line(std::string(code->filename->view()), line_number);
  size_t first = 0;
  while (first < line.size() && (is_space(line[first]) || line[first] == '\v')) ++first;
  size_t last = line.size();
  while (last > first && (is_space(line[last - 1]) || line[last - 1] == '\r' || line[last - 1] == '\n')) --last;
  if (first >= last) return;
  out->append(margin).append("    ").append(line.substr(first, last - first)).append("\n");

  const LineEntry location = code->location_of(static_cast<size_t>(instruction));
  if (location.line != line_number || location.column < 0 || location.end_column < 0) return;
  const int64_t indent = character_offset(line, static_cast<int64_t>(first));
  int64_t start = character_offset(line, location.column);
  int64_t end = character_offset(line, location.end_column);
  Anchors anchors;
  if (location.end_line == location.line) {
    anchors = find_anchors(line, start, end);
  } else {
    end = character_offset(line, static_cast<int64_t>(last));  // to the line's last non-blank
  }
  const int64_t stripped_length = character_offset(line, static_cast<int64_t>(last)) - indent;
  const bool secondary = anchors.left >= 0;
  if (end - start == stripped_length && !secondary) return;
  std::string markers = "    ";
  for (int64_t column = indent; column < end; ++column) {
    if (column < start) {
      markers += ' ';
    } else if (secondary && column >= anchors.left && column < anchors.right) {
      markers += '^';
    } else {
      markers += secondary ? '~' : '^';
    }
  }
  out->append(margin).append(markers).append("\n");
}

// The traceback's entries after the header line (`header_margin` before
// it, `margin` before each line of the entries), CPython's
// _PyTraceBack_Print_Indented.
void format_traceback(VM& vm, const Value& traceback, std::string* out, std::string_view header = kTracebackHeader,
                      const std::string& header_margin = "", const std::string& margin = "") {
  out->append(header_margin).append(header);
  std::string last_file, last_name;
  int last_line = -1;
  int repeated = 0;
  auto flush_repeats = [&]() {
    // (Without the margin, as CPython 3.11 writes it.)
    if (repeated > kRecursionCutoff) {
      const int more = repeated - kRecursionCutoff;
      out->append(cat("  [Previous line repeated ", more, more > 1 ? " more times]\n" : " more time]\n"));
    }
  };
  for (Value tb = traceback; !tb.is_none() && !tb.is_null(); tb = tb.as<Traceback>()->next) {
    Traceback* entry = tb.as<Traceback>();
    const CodeObject* code = entry->code.as<CodeObject>();
    const std::string file(code->filename->view());
    const std::string name(code->name->view());
    const int line = traceback_line(vm, entry);
    if (file != last_file || line != last_line || name != last_name) {
      flush_repeats();
      last_file = file;
      last_line = line;
      last_name = name;
      repeated = 0;
    }
    if (++repeated > kRecursionCutoff) continue;
    out->append(cat(margin, "  File \"", file, "\", line ", line, ", in ", name, "\n"));
    format_source(vm, code, entry->instruction, line, margin, out);
  }
  flush_repeats();
}

std::string exception_type_name(VM& vm, const Value& exception) {
  Type* type = vm.type_of(exception);
  std::string module;
  if (type->has_flag(kTypeHeapType)) {
    Value m = dict_get_str(type->dict.get(), vm.names.dunder_module);
    if (!m.is_null() && is_str(m)) module = as_str(m)->view();
  } else if (type->module_name) {
    module = type->module_name->view();
  }
  const std::string qualname(type->qualname ? type->qualname->view() : type->name->view());
  if (module.empty() || module == "builtins" || module == "__main__") return qualname;
  return module + "." + qualname;
}

// The "  File ..., line N / source / ^^^" block of a SyntaxError.
void format_syntax_error_details(VM& vm, const Value& exception, std::string* out, std::string* message) {
  const Value& exception_dict = as_exception(exception)->dict;
  auto attribute = [&](const char* name) {
    Value v = exception_dict.is_null() ? Value() : dict_get_str(as_dict(exception_dict), vm.intern(name));
    return v.is_null() ? Value::none() : v;
  };
  SyntaxError error;
  error.kind = exception_type_name(vm, exception);
  Value msg = attribute("msg");
  if (!msg.is_none()) str_text(vm, msg, &error.message);
  Value filename = attribute("filename");
  error.filename = !filename.is_none() && is_str(filename) ? std::string(as_str(filename)->view()) : "<string>";
  int64_t n = 0;
  if (int_to_int64(attribute("lineno"), &n)) error.line = static_cast<int>(n);
  if (int_to_int64(attribute("offset"), &n)) error.column = static_cast<int>(n);
  if (int_to_int64(attribute("end_lineno"), &n)) error.end_line = static_cast<int>(n);
  if (int_to_int64(attribute("end_offset"), &n)) error.end_column = static_cast<int>(n);
  Value text = attribute("text");
  if (!text.is_none() && is_str(text)) {
    error.text = as_str(text)->view();
    while (!error.text.empty() && (error.text.back() == '\n' || error.text.back() == '\r')) error.text.pop_back();
  }
  vm.clear_error();
  const std::string formatted = format_syntax_error(error);
  // All but the final "Kind: message" line; the caller prints that.
  const size_t last_line = formatted.rfind('\n', formatted.size() - 2);
  out->append(formatted.substr(0, last_line == std::string::npos ? 0 : last_line + 1));
  *message = error.message;
}

// What printing one exception and its chain keeps track of (CPython's
// exception_print_context): the exceptions already shown, and where it
// stands in the boxes of nested exception groups.
struct PrintContext {
  PrintContext(VM& vm, std::string* out) : vm(vm), out(out) {}
  VM& vm;
  std::string* out;
  std::set<Object*> seen;
  int group_depth = 0;      // nesting level of the exception group being shown
  bool need_close = false;  // the innermost box still needs its bottom line
  // What each line starts with inside a group's box.
  std::string indent() const { return std::string(static_cast<size_t>(2 * group_depth), ' '); }
  std::string margin() const { return group_depth > 0 ? indent() + "| " : ""; }
};

// PEP 678 notes, each line after the margin (CPython 3.11's
// print_exception_notes, whose quirks these are: an empty note is a bare
// newline, and a __notes__ that is no sequence shows its repr with no
// newline after it).
void format_notes(PrintContext& context, const Value& exception) {
  VM& vm = context.vm;
  std::string* out = context.out;
  Value notes = get_attr_optional(vm, exception, vm.intern("__notes__"));
  if (notes.is_null()) {
    vm.clear_error();
    return;
  }
  const Type* type = vm.type_of(notes);
  if (type->getitem == nullptr || type->has_flag(kTypeDictSubclass) || type == vm.mapping_proxy_type) {
    std::string shown;
    if (!repr_text(vm, notes, &shown)) {
      vm.clear_error();
      shown = "<__notes__ repr() failed>";
    }
    out->append(context.margin()).append(shown);
    return;
  }
  auto format_note = [&](const Value& note) {
    // Each line of str(note).splitlines(keepends=True) after the margin.
    const Value text = to_str(vm, note);
    const Value keep_ends = Value::boolean(true);
    const Value lines = text.is_null() ? Value() : call_method(vm, text, vm.intern("splitlines"), &keep_ends, 1);
    if (lines.is_null() || !is_list(lines)) {
      vm.clear_error();
      out->append("<note str() failed>\n");
      return;
    }
    for (const Value& line : as_list(lines)->items) out->append(context.margin()).append(as_str(line)->view());
    out->append("\n");
  };
  if (is_list(notes) || is_tuple(notes)) {
    // A note's __str__ may mutate the list: as many notes as it had, each
    // read live (live_items.h).
    const LiveItems live_notes(notes);
    const size_t count = live_notes.size();
    for (size_t i = 0; i < count; ++i) {
      const Value note = live_notes.at(i);
      if (note.is_null()) break;
      format_note(note);
    }
    return;
  }
  const int64_t count = length(vm, notes);
  for (int64_t i = 0; i < count; ++i) {
    const Value note = get_item(vm, notes, Value::small_int(i));
    if (note.is_null()) break;
    format_note(note);
  }
  vm.clear_error();
}

// One exception with its traceback, message line and notes.
void format_one(PrintContext& context, const Value& exception) {
  VM& vm = context.vm;
  std::string* out = context.out;
  const std::string margin = context.margin();
  const Value& traceback = as_exception(exception)->traceback;
  if (!traceback.is_none() && !traceback.is_null()) {
    const bool group = is_exception_group(vm, exception);
    format_traceback(vm, traceback, out, group ? "Exception Group Traceback (most recent call last):\n" : kTracebackHeader,
                     group && context.group_depth == 1 ? context.indent() + "+ " : margin, margin);
  }
  std::string text;
  const std::string type = exception_type_name(vm, exception);
  if (is_instance(vm, exception, vm.exception_type(Exc::kSyntaxError))) {
    // (Its "  File" line after the margin, the source and markers without:
    // as CPython 3.11 writes them.)
    const size_t details = out->size();
    format_syntax_error_details(vm, exception, out, &text);
    if (out->size() > details) out->insert(details, margin);
  } else {
    Value str = to_str(vm, exception);
    if (str.is_null()) {
      vm.clear_error();
      text = "<exception str() failed>";
    } else {
      text = as_str(str)->view();
    }
  }
  out->append(margin).append(text.empty() ? type : type + ": " + text);
  const Value suggestion = suggest_similar_name(vm, exception);
  if (!suggestion.is_null()) out->append(". Did you mean: '").append(as_str(suggestion)->view()).append("'?");
  out->append("\n");
  format_notes(context, exception);
}

void format_recursive(PrintContext& context, const Value& exception);

// An exception group and its nested exceptions, in CPython 3.11's boxes.
void format_group(PrintContext& context, const Value& group) {
  std::string* out = context.out;
  if (context.group_depth > kMaxGroupDepth) {
    out->append(cat(context.margin(), "... (max_group_depth is ", kMaxGroupDepth, ")\n"));
    return;
  }
  if (context.group_depth == 0) context.group_depth = 1;
  format_one(context, group);
  const Value exceptions = as_exception_group(group)->exceptions;  // (kept alive)
  const std::span<const Value> items =
      exceptions.is_null() ? std::span<const Value>() : as_tuple(exceptions)->span();
  const size_t shown = items.size() <= kMaxGroupWidth ? items.size() : kMaxGroupWidth + 1;
  context.need_close = false;
  for (size_t i = 0; i < shown; ++i) {
    const bool last = i == shown - 1;
    if (last) context.need_close = true;  // (a nested group may draw it instead)
    const bool truncated = i >= kMaxGroupWidth;
    out->append(context.indent()).append(i == 0 ? "+-" : "  ");
    out->append(truncated ? std::string("+---------------- ... ----------------\n")
                          : cat("+---------------- ", i + 1, " ----------------\n"));
    ++context.group_depth;
    if (!truncated) {
      format_recursive(context, items[i]);
    } else {
      const size_t remaining = items.size() - kMaxGroupWidth;
      out->append(cat(context.margin(), "and ", remaining, " more exception", remaining > 1 ? "s" : "", "\n"));
    }
    if (last && context.need_close) {
      out->append(context.indent()).append("+------------------------------------\n");
      context.need_close = false;
    }
    --context.group_depth;
  }
  if (context.group_depth == 1) context.group_depth = 0;
}

// An exception chained to the one being shown, then the line between them.
void format_chained(PrintContext& context, const Value& exception, std::string_view message) {
  const bool need_close = context.need_close;
  format_recursive(context, exception);
  context.need_close = need_close;
  const std::string margin = context.margin();
  context.out->append(cat(margin, "\n", margin, message, margin, "\n"));
}

// CPython's print_exception_recursive: the chain, then the exception.
void format_recursive(PrintContext& context, const Value& exception) {
  VM& vm = context.vm;
  RecursionGuard guard(vm, " in print_exception_recursive");
  if (!guard.ok()) {
    vm.clear_error();
    return;
  }
  context.seen.insert(exception.as_object());
  ExceptionObject* e = as_exception(exception);
  if (!e->cause.is_none() && !e->cause.is_null()) {
    if (!context.seen.count(e->cause.as_object())) {
      format_chained(context, e->cause, "The above exception was the direct cause of the following exception:\n");
    }
  } else if (!e->suppress_context && !e->context.is_none() && !e->context.is_null() &&
             !context.seen.count(e->context.as_object())) {
    format_chained(context, e->context, "During handling of the above exception, another exception occurred:\n");
  }
  if (is_exception_group(vm, exception)) {
    format_group(context, exception);
  } else {
    format_one(context, exception);
  }
}

}  // namespace

std::string format_exception(VM& vm, const Value& exception) {
  std::string out;
  PrintContext context(vm, &out);
  format_recursive(context, exception);
  return out;
}

std::string format_unraisable(VM& vm, const Value& exception, const Value& object) {
  std::string out;
  if (!object.is_null() && !object.is_none()) {
    std::string shown;
    if (!repr_text(vm, object, &shown)) {
      vm.clear_error();
      shown = "<object repr() failed>";
    }
    out.append("Exception ignored in: ").append(shown).append("\n");
  }
  const Value& traceback = as_exception(exception)->traceback;
  if (!traceback.is_none() && !traceback.is_null()) format_traceback(vm, traceback, &out);
  // The type, then ": " and str(exception) even when that is empty.
  out.append(exception_type_name(vm, exception)).append(": ");
  std::string text;
  if (!str_text(vm, exception, &text)) {
    vm.clear_error();
    text = "<exception str() failed>";
  }
  out.append(text).append("\n");
  return out;
}

void report_uncaught_exception(VM& vm, const Value& exception) {
  Dict* sys = module_dict(vm.sys_module);
  const Value hook = dict_get_str(sys, vm.intern("excepthook"));
  if (hook.is_null()) {
    vm.write_stderr("sys.excepthook is missing\n" + format_exception(vm, exception));
    return;
  }
  if (hook.is(dict_get_str(sys, vm.intern("__excepthook__")))) {
    vm.write_stderr(format_exception(vm, exception));
    return;
  }
  const Value& traceback = as_exception(exception)->traceback;
  const Value args[] = {Value::from_object(vm.type_of(exception)), exception,
                        traceback.is_null() ? Value::none() : traceback};
  if (!vm.call(hook, args, 3, nullptr).is_null()) return;
  const Value hook_error = vm.take_error();
  vm.write_stderr("Error in sys.excepthook:\n" + format_exception(vm, hook_error) + "\nOriginal exception was:\n" +
                  format_exception(vm, exception));
}

}  // namespace pyvm
