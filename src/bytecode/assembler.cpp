// SPDX-License-Identifier: GPL-3.0-or-later
// Assembler (see assembler.h; the format is in docs/bytecode.md).
//
// Two passes. The first reads the text line by line into one Block per
// `.code` directive: header fields, tables, instructions with label names
// still unresolved, and constants as a small tree (a constant may refer to a
// code object defined further down). The second resolves labels, then builds
// the code objects from the first block down through the `code N`
// references, children before parents, rejecting references that loop.
//
// Every error stops at the first problem with "FILENAME:LINE: message".
#include "bytecode/assembler.h"

#include <gmp.h>

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <vector>

#include "bytecode/disassembler.h"
#include "runtime/bytes.h"
#include "runtime/complex.h"
#include "runtime/int.h"
#include "runtime/runtime.h"
#include "runtime/set.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

// How deep tuples, frozensets and code objects may nest inside each other
// (the loader's limit): the builder recurses once per level.
constexpr int kMaxNesting = 200;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_word_start(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
bool is_word_char(char c) { return is_word_start(c) || is_digit(c); }

// ---------------------------------------------------------------- a line

// A cursor over one line of text. Comments (';' or '#' to the end of the
// line) count as the end wherever a token may start.
class Cursor {
 public:
  explicit Cursor(std::string_view text) : text_(text) {}

  void skip_space() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
  }
  bool at_end() {
    skip_space();
    return pos_ >= text_.size() || text_[pos_] == ';' || text_[pos_] == '#';
  }
  char peek() {
    skip_space();
    return pos_ < text_.size() ? text_[pos_] : '\0';
  }
  char peek_at(size_t ahead) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }
  bool accept(char c) {
    if (peek() != c || at_end()) return false;
    ++pos_;
    return true;
  }
  bool accept(std::string_view token) {
    skip_space();
    if (text_.substr(pos_, token.size()) != token) return false;
    pos_ += token.size();
    return true;
  }
  // Letters, digits and '_' (a leading '.' included, for directives).
  std::string_view word() {
    skip_space();
    const size_t start = pos_;
    if (pos_ < text_.size() && text_[pos_] == '.') ++pos_;
    while (pos_ < text_.size() && is_word_char(text_[pos_])) ++pos_;
    return text_.substr(start, pos_ - start);
  }
  // [-]digits, or [-]0x hex digits when `hex` is allowed.
  std::string_view number_token(bool hex = false) {
    skip_space();
    const size_t start = pos_;
    if (pos_ < text_.size() && text_[pos_] == '-') ++pos_;
    if (hex && text_.substr(pos_, 2) == "0x") {
      pos_ += 2;
      while (pos_ < text_.size() && std::isxdigit(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    } else {
      while (pos_ < text_.size() && is_digit(text_[pos_])) ++pos_;
    }
    return text_.substr(start, pos_ - start);
  }
  // The next token, for messages: up to the next space, at most 40 bytes,
  // with anything unprintable or not UTF-8 shown as '?'.
  std::string next_token() {
    skip_space();
    std::string shown;
    for (size_t i = pos_;
         i < text_.size() && text_[i] != ' ' && text_[i] != '\t' && shown.size() < 40;) {
      const auto c = static_cast<unsigned char>(text_[i]);
      const size_t width = c < 0x80 ? 1 : utf8_valid_sequence(text_, i);
      if (width == 0 || c < 0x20 || c == 0x7f) {
        shown += '?';
        ++i;
      } else {
        shown.append(text_.substr(i, width));
        i += width;
      }
    }
    return shown;
  }
  char take() { return pos_ < text_.size() ? text_[pos_++] : '\0'; }
  size_t position() const { return pos_; }
  void set_position(size_t pos) { pos_ = pos; }
  std::string_view text() const { return text_; }

 private:
  std::string_view text_;
  size_t pos_ = 0;
};

// ---------------------------------------------------------------- blocks

// A constant as written: a built value, or a container or code reference
// built in the second pass.
struct ConstantNode {
  enum class Kind { kValue, kTuple, kFrozenset, kCode } kind = Kind::kValue;
  Value value;
  std::vector<ConstantNode> items;
  int64_t code_id = 0;
  // A frozenset written with its layout: the slot of each item, the table size.
  std::vector<size_t> slots;
  size_t table_size = 0;
  int line = 0;
};

// An instruction index written as a number or a label.
struct Position {
  uint32_t index = 0;
  std::string label;
};

struct PendingInstruction {
  uint32_t word = 0;
  std::string label;  // a jump target to resolve, or empty
  int line = 0;
};

struct PendingLine {
  Position position;
  LineEntry entry;
  int line = 0;
};

struct PendingHandler {
  Position start, end, target;
  uint32_t depth = 0;
  int line = 0;
};

enum class Section {
  kHeader,
  kConstants,
  kNames,
  kLocals,
  kCells,
  kFrees,
  kInstructions,
  kLines,
  kHandlers
};

struct Block {
  int64_t id = 0;
  int line = 0;
  std::set<std::string, std::less<>> fields_seen;
  std::set<Section> sections_seen;
  Section section = Section::kHeader;

  std::optional<std::string> name, qualname, filename;
  int32_t first_line = 1;
  int32_t argument_count = 0;
  int32_t positional_only_count = 0;
  int32_t keyword_only_count = 0;
  uint32_t flags = 0;
  int32_t stack_size = 0;
  std::vector<ConstantNode> constants;
  std::vector<std::string> names, locals, cells, frees;
  std::vector<int32_t> cell_parameters;
  std::vector<PendingInstruction> instructions;
  std::unordered_map<std::string, uint32_t> labels;
  std::vector<PendingLine> lines;
  std::vector<PendingHandler> handlers;

  // Second pass.
  enum class State { kUnbuilt, kBuilding, kBuilt } state = State::kUnbuilt;
  Ref<CodeObject> code;
};

struct SectionName {
  std::string_view directive;
  Section section;
};
constexpr SectionName kSections[] = {
    {".constants", Section::kConstants}, {".names", Section::kNames},
    {".locals", Section::kLocals},       {".cells", Section::kCells},
    {".frees", Section::kFrees},         {".instructions", Section::kInstructions},
    {".lines", Section::kLines},         {".handlers", Section::kHandlers},
};

// ---------------------------------------------------------------- assembler

class Assembler {
 public:
  Assembler(Runtime& rt, const std::string& filename) : rt_(rt), filename_(filename) {}

  Ref<CodeObject> run(std::string_view text, std::string* error) {
    if (parse(text) && resolve_labels() && build_all()) return blocks_[0].code;
    if (error) *error = error_;
    return nullptr;
  }

 private:
  // ---- errors: the first one wins

  bool fail(int line, std::string_view message) {
    if (error_.empty()) {
      error_ = filename_ + ":" + std::to_string(line) + ": " + std::string(message);
    }
    return false;
  }
  bool fail(std::string_view message) { return fail(line_, message); }

  // ---- pass 1: lines

  bool parse(std::string_view text) {
    size_t start = 0;
    while (start <= text.size()) {
      size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      std::string_view line = text.substr(start, end - start);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      ++line_;
      if (!parse_line(line)) return false;
      start = end + 1;
    }
    if (blocks_.empty()) return fail(1, "no code object (the text must start with .code)");
    return true;
  }

  Block& block() { return blocks_.back(); }

  bool parse_line(std::string_view text) {
    Cursor cursor(text);
    if (cursor.at_end()) return true;
    const bool word_directive = cursor.accept(".word");
    cursor.set_position(0);
    if (cursor.peek() == '.' && !word_directive) return parse_directive(cursor);
    if (blocks_.empty()) return fail("expected .code before this line");
    if (word_directive && block().section != Section::kInstructions) {
      return fail(".word outside .instructions");
    }
    switch (block().section) {
      case Section::kHeader:
        return fail(std::string("expected a directive, found '") + cursor.next_token() + "'");
      case Section::kConstants:
        return parse_constant_entry(cursor);
      case Section::kNames:
        return parse_name_entry(cursor, block().names, 0);
      case Section::kLocals:
        return parse_name_entry(cursor, block().locals, 0);
      case Section::kCells:
        return parse_cell_entry(cursor);
      case Section::kFrees:
        return parse_name_entry(cursor, block().frees, block().cells.size());
      case Section::kInstructions:
        return parse_instruction_line(cursor);
      case Section::kLines:
        return parse_line_entry(cursor);
      case Section::kHandlers:
        return parse_handler_entry(cursor);
    }
    return true;
  }

  bool expect_end(Cursor& cursor) {
    if (cursor.at_end()) return true;
    return fail(std::string("unexpected '") + cursor.next_token() + "'");
  }

  bool parse_directive(Cursor& cursor) {
    const std::string_view directive = cursor.word();
    if (directive == ".code") return parse_code_directive(cursor);
    for (const SectionName& known : kSections) {
      if (directive != known.directive) continue;
      if (blocks_.empty()) return fail("expected .code before this line");
      if (!block().sections_seen.insert(known.section).second) {
        return fail(std::string("duplicate ") + std::string(directive) + " section");
      }
      if (known.section == Section::kCells && block().sections_seen.count(Section::kFrees)) {
        return fail(".cells must come before .frees (free variables are numbered after the cells)");
      }
      block().section = known.section;
      return expect_end(cursor);
    }
    if (!is_header_field(directive)) {
      return fail(std::string("unknown directive '") + std::string(directive) + "'");
    }
    if (blocks_.empty()) return fail("expected .code before this line");
    if (!block().fields_seen.insert(std::string(directive)).second) {
      return fail(std::string("duplicate ") + std::string(directive));
    }
    return parse_header_field(directive, cursor) && expect_end(cursor);
  }

  bool parse_code_directive(Cursor& cursor) {
    int64_t id;
    if (!parse_integer(cursor, 0, std::numeric_limits<int64_t>::max(), "code number", &id)) {
      return false;
    }
    if (!expect_end(cursor)) return false;
    auto [it, inserted] = block_index_.emplace(id, blocks_.size());
    if (!inserted) {
      return fail("duplicate .code " + std::to_string(id) + " (first at line " +
                  std::to_string(blocks_[it->second].line) + ")");
    }
    blocks_.emplace_back();
    block().id = id;
    block().line = line_;
    return true;
  }

  static bool is_header_field(std::string_view directive) {
    static constexpr std::string_view kFields[] = {".name",
                                                   ".qualname",
                                                   ".filename",
                                                   ".first_line",
                                                   ".argument_count",
                                                   ".positional_only_count",
                                                   ".keyword_only_count",
                                                   ".flags",
                                                   ".stack_size"};
    for (std::string_view field : kFields) {
      if (field == directive) return true;
    }
    return false;
  }

  bool parse_header_field(std::string_view field, Cursor& cursor) {
    Block& b = block();
    constexpr int64_t kMin = std::numeric_limits<int32_t>::min();
    constexpr int64_t kMax = std::numeric_limits<int32_t>::max();
    if (field == ".name") return parse_text(cursor, &b.name.emplace());
    if (field == ".qualname") return parse_text(cursor, &b.qualname.emplace());
    if (field == ".filename") return parse_text(cursor, &b.filename.emplace());
    if (field == ".flags") return parse_flags(cursor, &b.flags);
    int32_t* target = field == ".first_line"              ? &b.first_line
                      : field == ".argument_count"        ? &b.argument_count
                      : field == ".positional_only_count" ? &b.positional_only_count
                      : field == ".keyword_only_count"    ? &b.keyword_only_count
                                                          : &b.stack_size;
    int64_t value;
    if (!parse_integer(cursor, kMin, kMax, std::string(field) + " value", &value)) return false;
    *target = static_cast<int32_t>(value);
    return true;
  }

  // FLAG | FLAG | 0x40 ...; "0" for none.
  bool parse_flags(Cursor& cursor, uint32_t* flags) {
    *flags = 0;
    do {
      if (is_digit(cursor.peek())) {
        const std::string_view token = cursor.number_token(true);
        uint64_t value;
        const bool hex = token.substr(0, 2) == "0x";
        const std::string_view digits = hex ? token.substr(2) : token;
        const auto [end, error] =
            std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
        if (digits.empty() || error != std::errc() || end != digits.data() + digits.size() ||
            value > UINT32_MAX) {
          return fail(std::string("bad flags value '") + std::string(token) + "'");
        }
        *flags |= static_cast<uint32_t>(value);
        continue;
      }
      const std::string_view name = cursor.word();
      bool known = false;
      for (const CodeFlagName& flag : kCodeFlagNames) {
        if (flag.name == name) {
          *flags |= flag.flag;
          known = true;
        }
      }
      if (!known) {
        return fail(std::string("unknown flag '") +
                    (name.empty() ? cursor.next_token() : std::string(name)) + "'");
      }
    } while (cursor.accept('|'));
    return true;
  }

  // ---- numbers

  // A decimal integer in [min, max]; `what` names it in messages ("index").
  bool parse_integer(Cursor& cursor, int64_t min, int64_t max, const std::string& what,
                     int64_t* out) {
    cursor.skip_space();
    const size_t start = cursor.position();
    const std::string_view token = cursor.number_token();
    int64_t value = 0;
    const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), value);
    if (token.empty() || token == "-" || end != token.data() + token.size()) {
      cursor.set_position(start);
      const std::string found = cursor.next_token();
      const bool vowel = std::string_view("aeiou").find(what[0]) != std::string_view::npos;
      return fail(std::string("expected ") + (vowel ? "an " : "a ") + what +
                  (found.empty() ? "" : ", found '" + std::string(found) + "'"));
    }
    if (error != std::errc() || value < min || value > max) {
      return fail(what + " " + std::string(token) + " is out of range");
    }
    *out = value;
    return true;
  }

  bool parse_index(Cursor& cursor, size_t expected) {
    int64_t index;
    if (!parse_integer(cursor, 0, std::numeric_limits<int64_t>::max(), "index", &index)) {
      return false;
    }
    if (static_cast<uint64_t>(index) != expected) {
      return fail("index " + std::to_string(index) + " out of order (expected " +
                  std::to_string(expected) + ")");
    }
    return true;
  }

  // A number or a label name.
  bool parse_position(Cursor& cursor, Position* out) {
    if (is_word_start(cursor.peek())) {
      out->label = std::string(cursor.word());
      return true;
    }
    int64_t value;
    if (!parse_integer(cursor, 0, UINT32_MAX, "instruction index or label", &value)) return false;
    out->index = static_cast<uint32_t>(value);
    return true;
  }

  // ---- tables

  bool parse_constant_entry(Cursor& cursor) {
    if (!parse_index(cursor, block().constants.size())) return false;
    ConstantNode node;
    if (!parse_constant(cursor, 0, &node)) return false;
    block().constants.push_back(std::move(node));
    return expect_end(cursor);
  }

  bool parse_name_entry(Cursor& cursor, std::vector<std::string>& table, size_t first) {
    if (!parse_index(cursor, first + table.size())) return false;
    std::string name;
    if (!parse_text(cursor, &name)) return false;
    table.push_back(std::move(name));
    return expect_end(cursor);
  }

  bool parse_cell_entry(Cursor& cursor) {
    Block& b = block();
    if (!parse_index(cursor, b.cells.size())) return false;
    std::string name;
    if (!parse_text(cursor, &name)) return false;
    int64_t parameter = -1;
    if (cursor.word() == "parameter" &&
        !parse_integer(cursor, -1, std::numeric_limits<int32_t>::max(), "parameter index",
                       &parameter)) {
      return false;
    }
    b.cells.push_back(std::move(name));
    b.cell_parameters.push_back(static_cast<int32_t>(parameter));
    return expect_end(cursor);
  }

  // INSTRUCTION  LINE:COLUMN-END_LINE:END_COLUMN
  bool parse_line_entry(Cursor& cursor) {
    PendingLine pending;
    pending.line = line_;
    if (!parse_position(cursor, &pending.position)) return false;
    LineEntry& e = pending.entry;
    if (!parse_int32(cursor, "line", &e.line) || !expect_char(cursor, ':') ||
        !parse_int32(cursor, "column", &e.column) || !expect_char(cursor, '-') ||
        !parse_int32(cursor, "end line", &e.end_line) || !expect_char(cursor, ':') ||
        !parse_int32(cursor, "end column", &e.end_column)) {
      return false;
    }
    block().lines.push_back(std::move(pending));
    return expect_end(cursor);
  }

  // START to END -> TARGET depth DEPTH
  bool parse_handler_entry(Cursor& cursor) {
    PendingHandler pending;
    pending.line = line_;
    int64_t depth;
    if (!parse_position(cursor, &pending.start) || !expect_word(cursor, "to") ||
        !parse_position(cursor, &pending.end) || !expect_word(cursor, "->") ||
        !parse_position(cursor, &pending.target) || !expect_word(cursor, "depth") ||
        !parse_integer(cursor, 0, UINT32_MAX, "depth", &depth)) {
      return false;
    }
    pending.depth = static_cast<uint32_t>(depth);
    block().handlers.push_back(std::move(pending));
    return expect_end(cursor);
  }

  bool parse_int32(Cursor& cursor, const std::string& what, int32_t* out) {
    int64_t value;
    if (!parse_integer(cursor, std::numeric_limits<int32_t>::min(),
                       std::numeric_limits<int32_t>::max(), what, &value)) {
      return false;
    }
    *out = static_cast<int32_t>(value);
    return true;
  }

  bool expect_char(Cursor& cursor, char c) {
    if (cursor.accept(c)) return true;
    return fail(std::string("expected '") + c + "'");
  }

  bool expect_word(Cursor& cursor, std::string_view word) {
    const size_t start = cursor.position();
    if (is_word_start(word[0]) ? cursor.word() == word : cursor.accept(word)) return true;
    cursor.set_position(start);
    const std::string found = cursor.next_token();
    return fail("expected '" + std::string(word) + "'" +
                (found.empty() ? "" : ", found '" + std::string(found) + "'"));
  }

  // ---- instructions

  // [LABEL:] [OFFSET LINE] OPNAME [ARGUMENT] [(meaning)]  or  [OFFSET LINE] .word N
  bool parse_instruction_line(Cursor& cursor) {
    Block& b = block();
    while (is_word_start(cursor.peek())) {
      const size_t start = cursor.position();
      const std::string_view word = cursor.word();
      if (cursor.peek_at(0) != ':') {
        cursor.set_position(start);
        break;
      }
      cursor.take();
      const auto position = static_cast<uint32_t>(b.instructions.size());
      if (!b.labels.emplace(std::string(word), position).second) {
        return fail("duplicate label '" + std::string(word) + "'");
      }
      if (cursor.at_end()) return true;
    }
    if (is_digit(cursor.peek())) {
      // The offset and line columns the disassembler writes: derived, skipped.
      int64_t ignored;
      if (!parse_integer(cursor, 0, std::numeric_limits<int64_t>::max(), "offset", &ignored) ||
          !parse_integer(cursor, std::numeric_limits<int64_t>::min(),
                         std::numeric_limits<int64_t>::max(), "line number after the offset",
                         &ignored)) {
        return false;
      }
    }
    if (cursor.peek() == '.') return parse_word_directive(cursor);
    return parse_instruction(cursor);
  }

  bool parse_word_directive(Cursor& cursor) {
    if (cursor.word() != ".word") return fail("expected an opcode name or .word");
    const std::string_view token = cursor.number_token(true);
    const bool hex = token.substr(0, 2) == "0x";
    const std::string_view digits = hex ? token.substr(2) : token;
    uint64_t value = 0;
    const auto [end, error] =
        std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
    if (digits.empty() || end != digits.data() + digits.size() || error != std::errc() ||
        value > UINT32_MAX) {
      return fail("expected a 32-bit instruction word after .word");
    }
    block().instructions.push_back({static_cast<uint32_t>(value), "", line_});
    return cursor.at_end() || cursor.peek() == '(' || expect_end(cursor);
  }

  bool parse_instruction(Cursor& cursor) {
    const std::string_view name = cursor.word();
    Opcode op;
    if (name.empty()) {
      const std::string found = cursor.next_token();
      return fail("expected an opcode name" +
                  (found.empty() ? std::string() : ", found '" + std::string(found) + "'"));
    }
    if (!opcode_from_name(name, &op)) return fail("unknown opcode '" + std::string(name) + "'");
    if (is_specialized(op)) {
      return fail(std::string(name) + " is a specialized form the interpreter makes while code runs; write " +
                  std::string(opcode_info(base_opcode(op)).name));
    }
    const OpcodeInfo& info = opcode_info(op);
    PendingInstruction instruction{encode_instruction(op, 0), "", line_};
    const bool no_argument = cursor.at_end() || cursor.peek() == '(';
    if (info.arg_kind == ArgKind::kNone) {
      if (!no_argument) {
        if (is_digit(cursor.peek())) return fail(std::string(name) + " takes no argument");
        return expect_end(cursor);
      }
    } else {
      if (no_argument) return fail(std::string(name) + " needs an argument");
      if (!parse_argument(cursor, op, &instruction)) return false;
      if (!cursor.at_end() && cursor.peek() != '(') {
        return fail("unexpected '" + cursor.next_token() + "' after the argument");
      }
    }
    block().instructions.push_back(std::move(instruction));
    return true;
  }

  bool parse_argument(Cursor& cursor, Opcode op, PendingInstruction* instruction) {
    const OpcodeInfo& info = opcode_info(op);
    if (is_word_start(cursor.peek()) && (info.flags & kJumps)) {
      instruction->label = std::string(cursor.word());
      return true;
    }
    if (!is_digit(cursor.peek())) {
      return fail(
          "bad argument '" + cursor.next_token() + "' for " + std::string(info.name) +
          ((info.flags & kJumps) ? " (expected a number or a label)" : " (expected a number)"));
    }
    const std::string_view token = cursor.number_token();
    uint64_t value = 0;
    const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), value);
    if (end != token.data() + token.size()) {
      return fail("bad argument '" + cursor.next_token() + "' for " + std::string(info.name));
    }
    if (error != std::errc() || value > kMaxArgument) {
      return fail("argument " + std::string(token) + " does not fit in 24 bits");
    }
    instruction->word = encode_instruction(op, static_cast<uint32_t>(value));
    return true;
  }

  // ---- constants

  bool parse_constant(Cursor& cursor, int depth, ConstantNode* out) {
    out->line = line_;
    if (depth > kMaxNesting) {
      return fail("constant nested more than " + std::to_string(kMaxNesting) + " deep");
    }
    const char c = cursor.peek();
    if (c == '\'' || c == '"') return parse_str_constant(cursor, out);
    if (c == 'b' && (cursor.peek_at(1) == '\'' || cursor.peek_at(1) == '"')) {
      cursor.take();
      std::string bytes;
      if (!parse_quoted(cursor, true, &bytes)) return false;
      out->value = make_bytes(rt_, bytes);
      return true;
    }
    if (c == '(') return parse_tuple(cursor, depth, out);
    if (cursor.accept("...")) {
      out->value = rt_.ellipsis();
      return true;
    }
    if (is_digit(c) || c == '-') return parse_number(cursor, &out->value);
    if (!is_word_start(c)) return bad_constant(cursor);
    const size_t start = cursor.position();
    const std::string_view word = cursor.word();
    if (word == "frozenset") return parse_frozenset(cursor, depth, out);
    if (word == "complex") return parse_complex(cursor, out);
    if (word == "code") return parse_code_reference(cursor, out);
    if (word == "None" || word == "True" || word == "False" || word == "Ellipsis") {
      out->value = word == "None"       ? Value::none()
                   : word == "Ellipsis" ? rt_.ellipsis()
                                        : Value::boolean(word == "True");
      return true;
    }
    cursor.set_position(start);
    if (word == "inf" || word == "nan") return parse_number(cursor, &out->value);
    return bad_constant(cursor);
  }

  bool bad_constant(Cursor& cursor) {
    const std::string found = cursor.next_token();
    if (found.empty()) return fail("expected a constant");
    return fail("bad constant '" + std::string(found) + "'");
  }

  bool parse_str_constant(Cursor& cursor, ConstantNode* out) {
    std::string text;
    if (!parse_quoted(cursor, false, &text)) return false;
    out->value = is_identifier_like(text) ? Value::from_object(rt_.intern(text))
                                          : Value(make_str(rt_, text));
    return true;
  }

  // Strings made of name characters are interned, as CPython's compiler
  // does (keyword-name tuples of calls then match parameter names by identity).
  static bool is_identifier_like(std::string_view text) {
    if (text.empty()) return false;
    for (const char c : text) {
      if (!is_word_char(c)) return false;
    }
    return true;
  }

  bool parse_tuple(Cursor& cursor, int depth, ConstantNode* out) {
    cursor.accept('(');
    out->kind = ConstantNode::Kind::kTuple;
    bool trailing_comma = false;
    while (!cursor.accept(')')) {
      ConstantNode item;
      if (!parse_constant(cursor, depth + 1, &item)) return false;
      out->items.push_back(std::move(item));
      trailing_comma = cursor.accept(',');
      if (!trailing_comma && cursor.peek() != ')') return fail("expected ',' or ')' in a tuple");
    }
    if (out->items.size() == 1 && !trailing_comma) {
      return fail("a one-item tuple needs a trailing comma: (x,)");
    }
    return true;
  }

  bool parse_frozenset(Cursor& cursor, int depth, ConstantNode* out) {
    out->kind = ConstantNode::Kind::kFrozenset;
    if (!expect_char(cursor, '(')) return false;
    if (cursor.accept(')')) return true;
    if (!expect_char(cursor, '{')) return false;
    do {
      ConstantNode item;
      if (!parse_constant(cursor, depth + 1, &item)) return false;
      out->items.push_back(std::move(item));
    } while (cursor.accept(','));
    if (!expect_char(cursor, '}')) return false;
    if (cursor.accept(',') && !parse_frozenset_layout(cursor, out)) return false;
    return expect_char(cursor, ')');
  }

  // slots=[S, ...], table_size=N
  bool parse_frozenset_layout(Cursor& cursor, ConstantNode* out) {
    if (!expect_word(cursor, "slots") || !expect_char(cursor, '=') || !expect_char(cursor, '[')) {
      return false;
    }
    do {
      int64_t slot;
      if (!parse_integer(cursor, 0, UINT32_MAX, "slot", &slot)) return false;
      out->slots.push_back(static_cast<size_t>(slot));
    } while (cursor.accept(','));
    int64_t size;
    if (!expect_char(cursor, ']') || !expect_char(cursor, ',') ||
        !expect_word(cursor, "table_size") || !expect_char(cursor, '=') ||
        !parse_integer(cursor, 0, UINT32_MAX, "table size", &size)) {
      return false;
    }
    out->table_size = static_cast<size_t>(size);
    if (out->slots.size() != out->items.size()) {
      return fail(std::to_string(out->slots.size()) + " slots for " +
                  std::to_string(out->items.size()) + " frozenset items");
    }
    return true;
  }

  bool parse_complex(Cursor& cursor, ConstantNode* out) {
    Value real, imag;
    if (!expect_char(cursor, '(') || !parse_number(cursor, &real) || !expect_char(cursor, ',') ||
        !parse_number(cursor, &imag) || !expect_char(cursor, ')')) {
      return false;
    }
    if (!real.is_float() || !imag.is_float()) return fail("complex() takes two float literals");
    out->value = make_complex(rt_, {real.as_float(), imag.as_float()});
    return true;
  }

  bool parse_code_reference(Cursor& cursor, ConstantNode* out) {
    out->kind = ConstantNode::Kind::kCode;
    return parse_integer(cursor, 0, std::numeric_limits<int64_t>::max(), "code number",
                         &out->code_id);
  }

  // Integers (any size), floats as repr() writes them, inf, nan and
  // nan(0xBITS) for a NaN with other bits than the default one.
  bool parse_number(Cursor& cursor, Value* out) {
    cursor.skip_space();
    const size_t start = cursor.position();
    const bool negative = cursor.peek_at(0) == '-';
    if (negative) cursor.take();
    if (is_word_start(cursor.peek_at(0))) {
      const std::string_view word = cursor.word();
      if (word == "nan" && cursor.peek_at(0) == '(') return parse_nan_bits(cursor, negative, out);
      if (word != "inf" && word != "nan") {
        cursor.set_position(start);
        return bad_constant(cursor);
      }
      *out = Value::floating(word == "inf" ? (negative ? -HUGE_VAL : HUGE_VAL)
                                           : (negative ? -std::numeric_limits<double>::quiet_NaN()
                                                       : std::numeric_limits<double>::quiet_NaN()));
      return true;
    }
    bool is_float = false;
    while (is_digit(cursor.peek_at(0))) cursor.take();
    if (cursor.peek_at(0) == '.') {
      is_float = true;
      cursor.take();
      while (is_digit(cursor.peek_at(0))) cursor.take();
    }
    if (cursor.peek_at(0) == 'e' || cursor.peek_at(0) == 'E') {
      is_float = true;
      cursor.take();
      if (cursor.peek_at(0) == '+' || cursor.peek_at(0) == '-') cursor.take();
      while (is_digit(cursor.peek_at(0))) cursor.take();
    }
    std::string_view token = cursor.text().substr(start, cursor.position() - start);
    if (is_word_char(cursor.peek_at(0))) {
      cursor.set_position(start);
      return bad_constant(cursor);
    }
    return is_float ? make_float(token, out) : make_int(token, out);
  }

  bool make_float(std::string_view token, Value* out) {
    double value = 0.0;
    const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), value);
    if (end != token.data() + token.size() || error == std::errc::invalid_argument) {
      return fail("bad float literal '" + std::string(token) + "'");
    }
    if (error != std::errc()) {
      return fail("float literal '" + std::string(token) + "' is out of range");
    }
    *out = Value::floating(value);
    return true;
  }

  bool make_int(std::string_view token, Value* out) {
    const std::string_view digits = token.substr(token[0] == '-' ? 1 : 0);
    if (digits.empty()) return fail("bad constant '" + std::string(token) + "'");
    int64_t small = 0;
    const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), small);
    if (error == std::errc() && end == token.data() + token.size()) {
      *out = Value::small_int(small);
      return true;
    }
    // Beyond int64: a big integer, parsed by GMP as the compiler does.
    const std::string text(token);
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, text.c_str(), 10);
    *out = int_from_mpz(rt_, z);
    mpz_clear(z);
    return true;
  }

  bool parse_nan_bits(Cursor& cursor, bool negative, Value* out) {
    cursor.take();  // '('
    const std::string_view token = cursor.number_token(true);
    uint64_t bits = 0;
    const bool hex = token.substr(0, 2) == "0x";
    const std::string_view digits = token.substr(hex ? 2 : 0);
    const auto [end, error] =
        std::from_chars(digits.data(), digits.data() + digits.size(), bits, 16);
    if (negative || !hex || digits.empty() || error != std::errc() ||
        end != digits.data() + digits.size()) {
      return fail("expected nan(0x...) with the 64 bits of a NaN");
    }
    double value;
    std::memcpy(&value, &bits, sizeof value);
    if (!std::isnan(value)) {
      return fail("nan(" + std::string(token) + ") does not hold the bits of a NaN");
    }
    if (!expect_char(cursor, ')')) return false;
    *out = Value::floating(value);
    return true;
  }

  // ---- quoted text: '...' or "..." with Python's escapes; for bytes
  // (after a b prefix) only ASCII characters and byte escapes.

  bool parse_text(Cursor& cursor, std::string* out) {
    const char c = cursor.peek();
    if (c != '\'' && c != '"') {
      const std::string found = cursor.next_token();
      return fail("expected a quoted string" +
                  (found.empty() ? std::string() : ", found '" + std::string(found) + "'"));
    }
    return parse_quoted(cursor, false, out);
  }

  bool parse_quoted(Cursor& cursor, bool bytes, std::string* out) {
    const std::string_view text = cursor.text();
    const char quote = cursor.take();
    size_t pos = cursor.position();
    while (true) {
      if (pos >= text.size()) return fail("unterminated string");
      const char c = text[pos];
      if (c == quote) break;
      if (c == '\\') {
        if (!parse_escape(text, &pos, bytes, out)) return false;
        continue;
      }
      if (static_cast<unsigned char>(c) < 0x80) {
        out->push_back(c);
        ++pos;
        continue;
      }
      if (bytes) return fail("bytes literals may hold only ASCII characters (use \\x escapes)");
      const size_t width = utf8_valid_sequence(text, pos);
      if (width == 0) return fail("invalid UTF-8 in a string");
      out->append(text.substr(pos, width));
      pos += width;
    }
    cursor.set_position(pos + 1);
    return true;
  }

  bool parse_escape(std::string_view text, size_t* pos, bool bytes, std::string* out) {
    ++*pos;  // the backslash
    if (*pos >= text.size()) return fail("unterminated string");
    const char c = text[(*pos)++];
    switch (c) {
      case '\\':
      case '\'':
      case '"':
        out->push_back(c);
        return true;
      case 'n':
        out->push_back('\n');
        return true;
      case 't':
        out->push_back('\t');
        return true;
      case 'r':
        out->push_back('\r');
        return true;
      case 'a':
        out->push_back('\a');
        return true;
      case 'b':
        out->push_back('\b');
        return true;
      case 'f':
        out->push_back('\f');
        return true;
      case 'v':
        out->push_back('\v');
        return true;
      case 'x':
        return parse_hex_escape(text, pos, 2, bytes, out);
      case 'u':
      case 'U':
        if (bytes) break;
        return parse_hex_escape(text, pos, c == 'u' ? 4 : 8, bytes, out);
      default:
        if (c >= '0' && c <= '7') {
          uint32_t value = static_cast<uint32_t>(c - '0');
          for (int i = 0; i < 2 && *pos < text.size() && text[*pos] >= '0' && text[*pos] <= '7';
               ++i) {
            value = value * 8 + static_cast<uint32_t>(text[(*pos)++] - '0');
          }
          return append_code(value, bytes, out);
        }
        break;
    }
    return fail(std::string("unknown escape '\\") +
                (c > 0x20 && c < 0x7f ? std::string(1, c) : "") + "'");
  }

  bool parse_hex_escape(std::string_view text, size_t* pos, int count, bool bytes,
                        std::string* out) {
    uint32_t value = 0;
    for (int i = 0; i < count; ++i) {
      const char h = *pos < text.size() ? text[*pos] : '\0';
      const int digit = is_digit(h)              ? h - '0'
                        : (h >= 'a' && h <= 'f') ? h - 'a' + 10
                        : (h >= 'A' && h <= 'F') ? h - 'A' + 10
                                                 : -1;
      if (digit < 0) return fail("truncated \\x, \\u or \\U escape");
      value = value * 16 + static_cast<uint32_t>(digit);
      ++*pos;
    }
    return append_code(value, bytes, out);
  }

  bool append_code(uint32_t value, bool bytes, std::string* out) {
    if (bytes) {
      if (value > 0xFF) return fail("byte escape out of range");
      out->push_back(static_cast<char>(value));
    } else {
      if (value > 0x10FFFF) return fail("escape beyond U+10FFFF");
      utf8_append(*out, value);
    }
    return true;
  }

  // ---- pass 2: labels

  bool resolve(const Block& b, const Position& position, int line, uint32_t* out) {
    if (position.label.empty()) {
      *out = position.index;
      return true;
    }
    auto found = b.labels.find(position.label);
    if (found == b.labels.end()) return fail(line, "unknown label '" + position.label + "'");
    *out = found->second;
    return true;
  }

  bool resolve_labels() {
    for (Block& b : blocks_) {
      for (PendingInstruction& instruction : b.instructions) {
        if (instruction.label.empty()) continue;
        uint32_t target = 0;
        if (!resolve(b, Position{0, instruction.label}, instruction.line, &target)) return false;
        if (target > kMaxArgument) {
          return fail(instruction.line, "label '" + instruction.label + "' is at instruction " +
                                            std::to_string(target) +
                                            ", which does not fit in 24 bits");
        }
        instruction.word = encode_instruction(opcode_of(instruction.word), target);
      }
      for (PendingLine& pending : b.lines) {
        if (!resolve(b, pending.position, pending.line, &pending.entry.instruction)) return false;
      }
      for (PendingHandler& pending : b.handlers) {
        if (!resolve(b, pending.start, pending.line, &pending.start.index) ||
            !resolve(b, pending.end, pending.line, &pending.end.index) ||
            !resolve(b, pending.target, pending.line, &pending.target.index)) {
          return false;
        }
      }
    }
    return true;
  }

  // ---- pass 2: building, from the first code object down

  bool build_all() {
    if (!build_block(blocks_[0], 0, blocks_[0].line)) return false;
    for (const Block& b : blocks_) {
      if (b.state != Block::State::kBuilt) {
        return fail(b.line,
                    "code " + std::to_string(b.id) + " is not used by the code objects above it");
      }
    }
    return true;
  }

  Ref<Str> interned(std::string_view text) { return Ref<Str>::borrow(rt_.intern(text)); }

  bool build_block(Block& b, int depth, int reference_line) {
    if (b.state == Block::State::kBuilt) return true;
    if (b.state == Block::State::kBuilding) {
      return fail(reference_line, "code " + std::to_string(b.id) + " contains itself");
    }
    if (depth > kMaxNesting) {
      return fail(reference_line,
                  "code objects nested more than " + std::to_string(kMaxNesting) + " deep");
    }
    b.state = Block::State::kBuilding;
    Ref<CodeObject> code = make_code(rt_);
    for (const ConstantNode& node : b.constants) {
      Value value = build_constant(node, depth + 1);
      if (value.is_null()) return false;
      code->constants.push_back(std::move(value));
    }
    code->name = interned(b.name.value_or("<module>"));
    code->qualname = interned(b.qualname.value_or(std::string(code->name->view())));
    code->filename = interned(b.filename.value_or(filename_));
    code->first_line = b.first_line;
    code->argument_count = b.argument_count;
    code->positional_only_count = b.positional_only_count;
    code->keyword_only_count = b.keyword_only_count;
    code->flags = b.flags;
    code->stack_size = b.stack_size;
    for (const std::string& n : b.names) code->names.push_back(interned(n));
    for (const std::string& n : b.locals) code->local_names.push_back(interned(n));
    for (const std::string& n : b.cells) code->cell_names.push_back(interned(n));
    for (const std::string& n : b.frees) code->free_names.push_back(interned(n));
    code->cell_parameters = b.cell_parameters;
    for (const PendingInstruction& instruction : b.instructions) {
      code->instructions.push_back(instruction.word);
    }
    for (const PendingLine& pending : b.lines) code->lines.push_back(pending.entry);
    for (const PendingHandler& h : b.handlers) {
      code->handlers.push_back({h.start.index, h.end.index, h.target.index, h.depth});
    }
    b.code = std::move(code);
    b.state = Block::State::kBuilt;
    return true;
  }

  Value build_constant(const ConstantNode& node, int depth) {
    switch (node.kind) {
      case ConstantNode::Kind::kValue:
        return node.value;
      case ConstantNode::Kind::kCode: {
        auto found = block_index_.find(node.code_id);
        if (found == block_index_.end()) {
          fail(node.line, "no code object numbered " + std::to_string(node.code_id));
          return Value();
        }
        Block& b = blocks_[found->second];
        if (!build_block(b, depth, node.line)) return Value();
        return b.code;
      }
      case ConstantNode::Kind::kTuple: {
        Ref<Tuple> tuple = allocate_tuple(rt_, node.items.size());
        for (size_t i = 0; i < node.items.size(); ++i) {
          (*tuple)[i] = build_constant(node.items[i], depth + 1);
          if ((*tuple)[i].is_null()) return Value();
        }
        return tuple;
      }
      case ConstantNode::Kind::kFrozenset:
        return build_frozenset(node, depth);
    }
    return Value();
  }

  // Adds the items in the order written, or places them in the slots given.
  Value build_frozenset(const ConstantNode& node, int depth) {
    Ref<Set> set = make_set(rt_, rt_.frozenset_type);
    std::vector<SetSlot> layout;
    for (size_t i = 0; i < node.items.size(); ++i) {
      Value value = build_constant(node.items[i], depth + 1);
      if (value.is_null()) return Value();
      if (!node.slots.empty()) {
        layout.push_back(SetSlot{node.slots[i], std::move(value)});
      } else if (!set_add(rt_, set.get(), value)) {
        rt_.clear_error();
        fail(node.line, "unhashable frozenset item");
        return Value();
      }
    }
    if (!node.slots.empty() && !set_restore_layout(rt_, set.get(), node.table_size, layout)) {
      fail(node.line, "frozenset slots are not a table its lookups would find the items in");
      return Value();
    }
    return set;
  }

  Runtime& rt_;
  const std::string& filename_;
  std::string error_;
  int line_ = 0;
  std::vector<Block> blocks_;
  std::map<int64_t, size_t> block_index_;
};

}  // namespace

Ref<CodeObject> assemble(Runtime& rt, std::string_view text, const std::string& filename,
                         std::string* error) {
  return Assembler(rt, filename).run(text, error);
}

}  // namespace pyvm
