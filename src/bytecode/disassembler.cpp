// SPDX-License-Identifier: GPL-3.0-or-later
// Disassembler (see disassembler.h; the format is in docs/bytecode.md).
//
// One pass numbers the code objects in the order they are printed: a code
// object, then the code objects among its constants, depth first. Each is
// then written as a block: `.code N`, the header fields, the constant, name
// and variable tables, the instructions (labels mark jump and handler
// targets; each argument is followed by what it means), the line table and
// the exception table. Every field of the CodeObject is written, and nothing
// the assembler cannot read back except the parenthesised meanings and the
// offset and line columns, which it skips (they are derived). The
// instruction lines are written from the same decoded records that
// list_instructions hands out, so the dis module's get_instructions and the
// listing cannot disagree.
//
// The disassembler accepts any code object, even one the verifier would
// reject (an index out of range gets the meaning "?").
#include "bytecode/disassembler.h"

#include <algorithm>
#include <charconv>
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <map>
#include <unordered_map>
#include <vector>

#include "runtime/bytes.h"
#include "runtime/complex.h"
#include "runtime/int.h"
#include "runtime/number_format.h"
#include "runtime/runtime.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

constexpr size_t kMeaningLimit = 60;  // bytes of a constant shown after LOAD_CONST
constexpr int kHeaderKeyWidth = 24;

std::string pad_left(const std::string& text, size_t width) {
  return text.size() >= width ? text : std::string(width - text.size(), ' ') + text;
}

std::string pad_right(std::string_view text, size_t width) {
  std::string out(text);
  if (out.size() < width) out.append(width - out.size(), ' ');
  return out;
}

size_t digit_count(size_t n) { return std::to_string(n).size(); }

// The shortest repr that reads back to the same bits, as repr(float);
// a NaN other than the one "nan" reads back to keeps its exact bits.
std::string float_literal(double value) {
  std::string text = float_repr(value);
  double back = 0.0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), back);
  if (error == std::errc() && end == text.data() + text.size() &&
      std::memcmp(&back, &value, sizeof value) == 0) {
    return text;
  }
  uint64_t bits;
  std::memcpy(&bits, &value, sizeof bits);
  char buffer[40];
  std::snprintf(buffer, sizeof buffer, "nan(0x%016" PRIx64 ")", bits);
  return buffer;
}

// Whether adding the items of `set` one by one, in iteration order, to an
// empty frozenset (as the assembler does) rebuilds the very same table. It
// usually does; items that collide in the table may sit in an order that
// only adding them in another order produces, and then the text gives each
// item's slot (a set's iteration order is visible: print({29, 13, 21, 5})).
bool rebuilds_in_order(Runtime& rt, const Set* set) {
  Ref<Set> copy = make_set(rt, rt.frozenset_type);
  size_t position = 0;
  SetEntry* entry;
  while (set_next(set, &position, &entry)) {
    if (!set_add(rt, copy.get(), entry->key)) {
      rt.clear_error();
      return false;
    }
  }
  if (copy->mask != set->mask) return false;
  for (size_t i = 0; i <= set->mask; ++i) {
    if (!copy->table[i].key.is(set->table[i].key)) return false;
  }
  return true;
}

// A name as the meaning of an argument: as is, unless it holds characters
// that would break the line.
std::string display_name(const Str* name) {
  for (const char c : name->view()) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return str_repr(name->view());
  }
  return std::string(name->view());
}

// The column the listing pads instruction names to: the widest name and a space.
size_t opcode_name_width() {
  size_t widest = 0;
  for (int i = 0; i < kOpcodeCount; ++i) {
    widest = std::max(widest, opcode_info(static_cast<Opcode>(i)).name.size());
  }
  return widest + 1;
}

class Disassembler {
 public:
  Disassembler(Runtime& rt, ListingForm form) : rt_(rt), form_(form) {}

  std::string run(const CodeObject& root) {
    number_code_objects(root);
    for (size_t i = 0; i < order_.size(); ++i) {
      if (i > 0) out_ += '\n';
      write_code(*order_[i]);
    }
    return std::move(out_);
  }

  // (`code` is numbered after `root`'s tree when it is not part of it.)
  std::vector<ListedInstruction> list(const CodeObject& code, const CodeObject& root) {
    number_code_objects(root);
    number_code_objects(code);
    assign_labels(code);
    return decode_instructions(code);
  }

 private:
  bool is_code(const Value& value) const {
    return value.is_object() && value.as_object()->type == rt_.code_type;
  }

  // Depth first, a code object before the ones among its constants (in
  // constant order); a code object referenced twice is printed once.
  void number_code_objects(const CodeObject& root) {
    std::vector<const CodeObject*> pending{&root};
    while (!pending.empty()) {
      const CodeObject* code = pending.back();
      pending.pop_back();
      if (ids_.count(code)) continue;
      ids_.emplace(code, static_cast<int>(order_.size()));
      order_.push_back(code);
      std::vector<const CodeObject*> children;
      for (const Value& constant : code->constants) collect_code(constant, &children);
      pending.insert(pending.end(), children.rbegin(), children.rend());
    }
  }

  void collect_code(const Value& value, std::vector<const CodeObject*>* found) const {
    if (!value.is_object()) return;
    Type* type = value.as_object()->type;
    if (type == rt_.code_type) {
      found->push_back(value.as<CodeObject>());
    } else if (type == rt_.tuple_type) {
      for (const Value& item : as_tuple(value)->span()) collect_code(item, found);
    } else if (type == rt_.frozenset_type) {
      const Set* set = value.as<Set>();
      size_t position = 0;
      SetEntry* entry;
      while (set_next(set, &position, &entry)) collect_code(entry->key, found);
    }
  }

  // ---- constants as literals

  void write_constant(const Value& value, std::string& out) const {
    switch (value.tag()) {
      case Tag::kNull:
        out += "<null>";
        return;
      case Tag::kNone:
        out += "None";
        return;
      case Tag::kBool:
        out += value.as_bool() ? "True" : "False";
        return;
      case Tag::kInt:
        out += std::to_string(value.as_small_int());
        return;
      case Tag::kFloat:
        out += float_literal(value.as_float());
        return;
      case Tag::kObject:
        break;
    }
    Type* type = value.as_object()->type;
    if (type == rt_.str_type) {
      out += str_repr(as_str(value)->view());
    } else if (type == rt_.bytes_type) {
      out += bytes_repr(bytes_view(value));
    } else if (type == rt_.int_type) {
      out += int_to_decimal(value);
    } else if (type == rt_.complex_type) {
      const ComplexParts z = complex_parts(value);
      out += "complex(" + float_literal(z.real) + ", " + float_literal(z.imag) + ")";
    } else if (type == rt_.tuple_type) {
      const Tuple* tuple = as_tuple(value);
      out += '(';
      for (size_t i = 0; i < tuple->size; ++i) {
        if (i > 0) out += ", ";
        write_constant((*tuple)[i], out);
      }
      out += tuple->size == 1 ? ",)" : ")";
    } else if (type == rt_.frozenset_type) {
      write_frozenset(value.as<Set>(), out);
    } else if (value.is(rt_.ellipsis())) {
      out += "...";
    } else if (type == rt_.code_type) {
      out += "code " + std::to_string(ids_.at(value.as<CodeObject>()));
    } else {
      // Not a constant the assembler can build; it rejects the text.
      out += "<";
      out += type->name ? type->name->view() : "?";
      out += " object>";
    }
  }

  // In iteration order; with the slot of each item and the table size when
  // adding them in that order would lay out the table differently.
  void write_frozenset(const Set* set, std::string& out) const {
    if (set->used == 0) {
      out += "frozenset()";
      return;
    }
    std::string slots;
    out += "frozenset({";
    size_t position = 0;
    SetEntry* entry;
    while (set_next(set, &position, &entry)) {
      if (!slots.empty()) {
        out += ", ";
        slots += ", ";
      }
      write_constant(entry->key, out);
      slots += std::to_string(position - 1);
    }
    out += "}";
    if (!rebuilds_in_order(rt_, set)) {
      out += ", slots=[" + slots + "], table_size=" + std::to_string(set_table_size(set));
    }
    out += ")";
  }

  std::string constant_meaning(const Value& value) const {
    if (is_code(value)) {
      const CodeObject* code = value.as<CodeObject>();
      return "code " + std::to_string(ids_.at(code)) + ": " +
             (code->qualname ? display_name(code->qualname.get()) : "?");
    }
    std::string text;
    write_constant(value, text);
    if (text.size() <= kMeaningLimit) return text;
    size_t cut = kMeaningLimit - 3;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return text.substr(0, cut) + "...";
  }

  // ---- the block of one code object

  void write_code(const CodeObject& code) {
    out_ += ".code " + std::to_string(ids_.at(&code)) + "\n";
    write_header(code);
    write_constants(code);
    write_names(".names", code.names, 0);
    write_names(".locals", code.local_names, 0);
    write_cells(code);
    write_names(".frees", code.free_names, code.cell_names.size());
    write_instructions(code);
    write_lines(code);
    write_handlers(code);
  }

  void header_field(std::string_view key, const std::string& value) {
    out_ += pad_right(key, kHeaderKeyWidth) + value + "\n";
  }

  static std::string quoted(const Ref<Str>& text) { return text ? str_repr(text->view()) : "''"; }

  static std::string flags_text(uint32_t flags) {
    if (flags == 0) return "0";
    std::string text;
    auto add = [&](std::string_view word) {
      if (!text.empty()) text += " | ";
      text += word;
    };
    for (const CodeFlagName& known : kCodeFlagNames) {
      if (flags & known.flag) add(known.name);
      flags &= ~known.flag;
    }
    if (flags != 0) {
      char buffer[16];
      std::snprintf(buffer, sizeof buffer, "0x%" PRIx32, flags);
      add(buffer);
    }
    return text;
  }

  void write_header(const CodeObject& code) {
    header_field(".name", quoted(code.name));
    header_field(".qualname", quoted(code.qualname));
    header_field(".filename", quoted(code.filename));
    header_field(".first_line", std::to_string(code.first_line));
    header_field(".argument_count", std::to_string(code.argument_count));
    header_field(".positional_only_count", std::to_string(code.positional_only_count));
    header_field(".keyword_only_count", std::to_string(code.keyword_only_count));
    header_field(".flags", flags_text(code.flags));
    header_field(".stack_size", std::to_string(code.stack_size));
  }

  void section(std::string_view name) {
    out_ += '\n';
    out_ += name;
    out_ += '\n';
  }

  // "    12  " with the index right-aligned to the table's widest.
  void entry_index(size_t index, size_t count) {
    out_ += "    " + pad_left(std::to_string(index), digit_count(count - 1)) + "  ";
  }

  void write_constants(const CodeObject& code) {
    if (code.constants.empty()) return;
    section(".constants");
    for (size_t i = 0; i < code.constants.size(); ++i) {
      entry_index(i, code.constants.size());
      write_constant(code.constants[i], out_);
      out_ += '\n';
    }
  }

  // Free variables are numbered after the cells, as LOAD_DEREF counts them.
  void write_names(std::string_view title, const std::vector<Ref<Str>>& names, size_t first) {
    if (names.empty()) return;
    section(title);
    for (size_t i = 0; i < names.size(); ++i) {
      entry_index(first + i, first + names.size());
      out_ += quoted(names[i]) + "\n";
    }
  }

  void write_cells(const CodeObject& code) {
    if (code.cell_names.empty()) return;
    section(".cells");
    for (size_t i = 0; i < code.cell_names.size(); ++i) {
      entry_index(i, code.cell_names.size());
      out_ += quoted(code.cell_names[i]);
      const int32_t parameter = i < code.cell_parameters.size() ? code.cell_parameters[i] : -1;
      if (parameter != -1) out_ += " parameter " + std::to_string(parameter);
      out_ += '\n';
    }
  }

  // ---- instructions

  // Labels L1, L2, ... in order of position, at every jump target and
  // handler target inside the code (or just past its end).
  void assign_labels(const CodeObject& code) {
    labels_.clear();
    std::vector<uint32_t> targets;
    for (const uint32_t word : code.instructions) {
      if (static_cast<int>(opcode_of(word)) >= kOpcodeCount) continue;
      if (opcode_info(opcode_of(word)).flags & kJumps) targets.push_back(argument_of(word));
    }
    for (const ExceptionHandler& handler : code.handlers) targets.push_back(handler.target);
    std::sort(targets.begin(), targets.end());
    for (const uint32_t target : targets) {
      if (target <= code.instructions.size() && !labels_.count(target)) {
        labels_.emplace(target, std::string("L").append(std::to_string(labels_.size() + 1)));
      }
    }
  }

  std::string target_text(uint32_t target) const {
    auto found = labels_.find(target);
    return found != labels_.end() ? found->second : std::to_string(target);
  }

  void write_label(size_t position) {
    auto found = labels_.find(static_cast<uint32_t>(position));
    if (found != labels_.end()) out_ += found->second + ":\n";
  }

  template <class T>
  static std::string name_at(const std::vector<Ref<Str>>& names, T index) {
    return index < names.size() && names[index] ? display_name(names[index].get()) : "?";
  }

  std::string meaning(const CodeObject& code, Opcode op, uint32_t arg) const {
    switch (opcode_info(op).arg_kind) {
      case ArgKind::kConst:
        return constant_at(code, arg);
      case ArgKind::kName:
        return name_at(code.names, arg);
      case ArgKind::kLocal:
        return name_at(code.local_names, arg);
      case ArgKind::kDeref:
        return arg < code.cell_names.size()
                   ? name_at(code.cell_names, arg)
                   : name_at(code.free_names, arg - code.cell_names.size());
      case ArgKind::kJump: {
        auto found = labels_.find(arg);
        return found != labels_.end() ? "to " + found->second : "?";
      }
      case ArgKind::kCompare:
        return arg < std::size(kCompareOpSymbols) ? std::string(kCompareOpSymbols[arg]) : "?";
      case ArgKind::kInvert: {
        const std::string_view base = op == Opcode::IS_OP ? "is" : "in";
        if (arg > 1) return "?";
        return arg == 0 ? std::string(base) : op == Opcode::IS_OP ? "is not" : "not in";
      }
      case ArgKind::kUnpack:
        return std::to_string(arg & 0xFF) + " before, " + std::to_string(arg >> 8) + " after";
      case ArgKind::kFormat:
        return format_meaning(arg);
      case ArgKind::kFunction:
        return function_meaning(arg);
      case ArgKind::kFlags:
        if (arg == 0) return "";
        if (op == Opcode::CALL_FUNCTION_EX && arg == 1) return "with kwargs";
        if (op == Opcode::YIELD_VALUE && arg == 1) return "yield from";
        if (op == Opcode::GET_AWAITABLE && arg == 1) return "from __aenter__";
        if (op == Opcode::GET_AWAITABLE && arg == 2) return "from __aexit__";
        return "";
      case ArgKind::kNone:
      case ArgKind::kCount:
        return "";
    }
    return "";
  }

  uint32_t shown_word(uint32_t word) const {
    switch (form_) {
      case ListingForm::kAsCompiled: return base_instruction(word);
      case ListingForm::kRunning: return word;
    }
    return word;
  }

  std::string constant_at(const CodeObject& code, uint32_t index) const {
    return index < code.constants.size() ? constant_meaning(code.constants[index]) : "?";
  }

  static std::string format_meaning(uint32_t arg) {
    static const char* const kConversions[] = {"", "!s", "!r", "!a"};
    std::string text = kConversions[arg & 3];
    if (arg & 4) text += text.empty() ? "with spec" : ", with spec";
    if (arg > 7) text += text.empty() ? "?" : ", ?";
    return text;
  }

  static std::string function_meaning(uint32_t arg) {
    static const std::pair<uint32_t, const char*> kParts[] = {
        {kHasDefaults, "defaults"},
        {kHasKeywordDefaults, "keyword defaults"},
        {kHasAnnotations, "annotations"},
        {kHasClosure, "closure"}};
    std::string text;
    for (const auto& [bit, word] : kParts) {
      if (!(arg & bit)) continue;
      if (!text.empty()) text += ", ";
      text += word;
    }
    if (arg > 15) text += text.empty() ? "?" : ", ?";
    return text;
  }

  // Each instruction of `code` with what its line of the listing shows;
  // labels_ must be those of `code`.
  std::vector<ListedInstruction> decode_instructions(const CodeObject& code) const {
    std::vector<ListedInstruction> listed(code.instructions.size());
    int32_t last_line = 0;
    for (size_t i = 0; i < listed.size(); ++i) {
      ListedInstruction& instruction = listed[i];
      instruction.offset = static_cast<uint32_t>(i);
      instruction.word = shown_word(code.instructions[i]);
      const Opcode op = opcode_of(instruction.word);
      const uint32_t arg = argument_of(instruction.word);
      const bool known = static_cast<int>(op) < kOpcodeCount;
      instruction.has_argument = known && opcode_info(op).arg_kind != ArgKind::kNone;
      instruction.spelled = known && (instruction.has_argument || arg == 0);
      if (instruction.spelled && instruction.has_argument) {
        instruction.meaning = meaning(code, op, arg);
      }
      instruction.location = code.location_of(i);
      // As CPython's findlinestarts: a known line other than the last known one.
      const int32_t line = instruction.location.line;
      instruction.starts_line = line > 0 && line != last_line;
      if (line > 0) last_line = line;
      instruction.is_jump_target = labels_.count(instruction.offset) != 0;
    }
    return listed;
  }

  void write_instruction(const ListedInstruction& instruction) {
    out_ += listing_line(instruction) + "\n";
  }

  void write_instructions(const CodeObject& code) {
    assign_labels(code);
    section(".instructions");
    for (const ListedInstruction& instruction : decode_instructions(code)) {
      write_label(instruction.offset);
      write_instruction(instruction);
    }
    write_label(code.instructions.size());
  }

  // "instruction  line:column-end_line:end_column", one per entry.
  void write_lines(const CodeObject& code) {
    if (code.lines.empty()) return;
    section(".lines");
    uint32_t widest = 0;
    for (const LineEntry& entry : code.lines) widest = std::max(widest, entry.instruction);
    const size_t width = digit_count(widest);
    for (const LineEntry& entry : code.lines) {
      out_ += "    " + pad_left(std::to_string(entry.instruction), width) + "  " +
              std::to_string(entry.line) + ":" + std::to_string(entry.column) + "-" +
              std::to_string(entry.end_line) + ":" + std::to_string(entry.end_column) + "\n";
    }
  }

  void write_handlers(const CodeObject& code) {
    if (code.handlers.empty()) return;
    section(".handlers");
    for (const ExceptionHandler& handler : code.handlers) {
      out_ += "    " + std::to_string(handler.start) + " to " + std::to_string(handler.end) +
              " -> " + target_text(handler.target) + " depth " + std::to_string(handler.depth) +
              "\n";
    }
  }

  Runtime& rt_;
  ListingForm form_;
  std::string out_;
  std::unordered_map<const CodeObject*, int> ids_;
  std::vector<const CodeObject*> order_;
  std::map<uint32_t, std::string> labels_;  // of the code object being written
};

}  // namespace

std::string disassemble(Runtime& rt, const CodeObject& code, ListingForm form) {
  return Disassembler(rt, form).run(code);
}

std::vector<ListedInstruction> list_instructions(Runtime& rt, const CodeObject& code, ListingForm form) {
  return Disassembler(rt, form).list(code, code);
}

std::vector<ListedInstruction> list_instructions(Runtime& rt, const CodeObject& code,
                                                 const CodeObject& root) {
  return Disassembler(rt, ListingForm::kAsCompiled).list(code, root);
}

// "offset line  NAME arg (meaning)"; a word the text cannot spell as an
// instruction (an unknown opcode, an argument on an instruction that takes
// none) is written as `.word`.
std::string listing_line(const ListedInstruction& instruction) {
  std::string line = pad_left(std::to_string(instruction.offset), 6) +
                     pad_left(std::to_string(instruction.location.line), 6) + "  ";
  if (!instruction.spelled) {
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, ".word 0x%08" PRIx32, instruction.word);
    return line + buffer;
  }
  const OpcodeInfo& info = opcode_info(opcode_of(instruction.word));
  if (!instruction.has_argument) return line + std::string(info.name);
  static const size_t name_width = opcode_name_width();
  line += pad_right(info.name, name_width) + std::to_string(argument_of(instruction.word));
  if (!instruction.meaning.empty()) line += " (" + instruction.meaning + ")";
  return line;
}

}  // namespace pyvm
