// SPDX-License-Identifier: GPL-3.0-or-later
// Pattern text to a regex program (see regex.h): a recursive-descent parser
// of Python's syntax into a tree, with CPython's re.error messages and
// positions, then code generation from the tree.
#include <algorithm>
#include <memory>

#include "lib/regex.h"
#include "runtime/concat.h"
#include "runtime/str.h"
#include "runtime/unicode.h"
#include "runtime/unicode_data.h"

namespace pyvm {

namespace {

struct Node {
  enum Kind { kEmpty, kChar, kAny, kClass, kAssert, kGroup, kBackref, kLook, kAtomic, kConcat, kAlternate, kRepeat,
              kConditional };  // kConditional: value the group; children yes and (maybe) no
  Kind kind = kEmpty;
  uint32_t value = 0;  // the code point, class index, assert kind or group number
  bool ignore_case = false;
  bool dot_all = false;
  uint32_t min = 0, max = 0;  // kRepeat
  bool greedy = true;
  bool behind = false, negated = false;  // kLook
  std::vector<Node> children;
};

struct ParseFailure {
  RegexError error;
};

constexpr uint32_t kMaxRepeat = 4294967295U;

bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
bool is_ascii_letter(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

class Parser {
 public:
  Parser(const std::vector<uint32_t>& pattern, uint32_t flags, bool is_bytes, RegexProgram* program)
      : p_(pattern), flags_(flags), is_bytes_(is_bytes), program_(program) {}

  Node parse() {
    read_global_flags();
    Node root = alternation();
    if (pos_ < p_.size()) {
      if (p_[pos_] == ')') fail("unbalanced parenthesis", pos_);
      fail("internal error: pattern not consumed", pos_);
    }
    return root;
  }
  uint32_t flags() const { return flags_; }

 private:
  [[noreturn]] void fail(std::string message, int64_t position) {
    throw ParseFailure{RegexError{std::move(message), position}};
  }
  bool at_end() const { return pos_ >= p_.size(); }
  uint32_t peek() const { return p_[pos_]; }
  bool verbose() const { return (flags_ & kRegexVerbose) != 0; }
  bool ignore_case() const { return (flags_ & kRegexIgnoreCase) != 0; }
  bool ascii() const { return is_bytes_ || (flags_ & kRegexAscii) != 0; }

  // VERBOSE: whitespace and # comments between items are not part of it.
  void skip_verbose_space() {
    if (!verbose()) return;
    while (!at_end()) {
      const uint32_t c = peek();
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        ++pos_;
      } else if (c == '#') {
        while (!at_end() && peek() != '\n') ++pos_;
      } else {
        break;
      }
    }
  }

  // (?aiLmsux) at the very start sets the whole pattern's flags.
  void read_global_flags() {
    size_t scan = 0;
    while (scan + 2 < p_.size() && p_[scan] == '(' && p_[scan + 1] == '?') {
      size_t i = scan + 2;
      uint32_t added = 0;
      while (i < p_.size() && flag_bit(p_[i]) != 0) added |= flag_bit(p_[i++]);
      if (i >= p_.size() || p_[i] != ')' || added == 0) break;
      flags_ |= added;
      scan = i + 1;
    }
  }

  static uint32_t flag_bit(uint32_t c) {
    switch (c) {
      case 'a': return kRegexAscii;
      case 'i': return kRegexIgnoreCase;
      case 'L': return kRegexLocale;
      case 'm': return kRegexMultiline;
      case 's': return kRegexDotAll;
      case 'u': return kRegexUnicode;
      case 'x': return kRegexVerbose;
      default: return 0;
    }
  }

  Node alternation() {
    // Groups nest as deep as CPython's recursive parser could go; deeper
    // would exhaust the C++ stack here and in code generation.
    if (++depth_ > kMaxNesting) fail("maximum recursion depth exceeded", -1);
    struct Leave {
      size_t& depth;
      ~Leave() { --depth; }
    } leave{depth_};
    std::vector<Node> branches;
    branches.push_back(sequence());
    while (!at_end() && peek() == '|') {
      ++pos_;
      branches.push_back(sequence());
    }
    if (branches.size() == 1) return std::move(branches[0]);
    Node node;
    node.kind = Node::kAlternate;
    node.children = std::move(branches);
    return node;
  }

  Node sequence() {
    Node node;
    node.kind = Node::kConcat;
    for (;;) {
      skip_verbose_space();
      if (at_end() || peek() == '|' || peek() == ')') break;
      Node item = atom();
      skip_verbose_space();
      item = quantified(std::move(item));
      node.children.push_back(std::move(item));
    }
    return node;
  }

  // A {m,n} quantifier at pos_, or false (then '{' is a literal).
  bool braces(uint32_t* min, uint32_t* max) {
    size_t i = pos_ + 1;
    auto number = [&](uint64_t* value) {
      const size_t start = i;
      *value = 0;
      while (i < p_.size() && is_digit(p_[i])) {
        *value = std::min<uint64_t>(*value * 10 + (p_[i] - '0'), uint64_t{1} << 40);
        ++i;
      }
      return i > start;
    };
    uint64_t low = 0, high = kMaxRepeat;
    const bool has_low = number(&low);
    if (i < p_.size() && p_[i] == ',') {
      ++i;
      if (!number(&high)) high = kMaxRepeat;
    } else {
      if (!has_low) return false;
      high = low;
    }
    if (i >= p_.size() || p_[i] != '}') return false;
    if (low > kMaxRepeat - 1 || (high != kMaxRepeat && high > kMaxRepeat - 1)) {
      fail("the repetition number is too large", static_cast<int64_t>(pos_ + 1));
    }
    if (high < low) fail("min repeat greater than max repeat", static_cast<int64_t>(pos_ + 1));
    pos_ = i + 1;
    *min = static_cast<uint32_t>(low);
    *max = high == kMaxRepeat ? kUnbounded : static_cast<uint32_t>(high);
    return true;
  }

  Node quantified(Node item) {
    for (;;) {
      if (at_end()) return item;
      const size_t here = pos_;
      uint32_t min, max;
      const uint32_t c = peek();
      if (c == '*') {
        min = 0, max = kUnbounded, ++pos_;
      } else if (c == '+') {
        min = 1, max = kUnbounded, ++pos_;
      } else if (c == '?') {
        min = 0, max = 1, ++pos_;
      } else if (c == '{') {
        if (!braces(&min, &max)) return item;
      } else {
        return item;
      }
      if (item.kind == Node::kEmpty || item.kind == Node::kAssert) fail("nothing to repeat", static_cast<int64_t>(here));
      if (item.kind == Node::kRepeat && !item_was_grouped_) {
        fail("multiple repeat", static_cast<int64_t>(here));
      }
      Node repeat;
      repeat.kind = Node::kRepeat;
      repeat.min = min;
      repeat.max = max;
      bool possessive = false;
      if (!at_end() && peek() == '?') {
        repeat.greedy = false;
        ++pos_;
      } else if (!at_end() && peek() == '+') {
        possessive = true;
        ++pos_;
      }
      repeat.children.push_back(std::move(item));
      if (possessive) {
        Node atomic;
        atomic.kind = Node::kAtomic;
        atomic.children.push_back(std::move(repeat));
        item = std::move(atomic);
      } else {
        item = std::move(repeat);
      }
      item_was_grouped_ = false;
      skip_verbose_space();
      if (!at_end() && (peek() == '*' || peek() == '+' || peek() == '?' || peek() == '{')) {
        uint32_t ignored_min, ignored_max;
        const size_t saved = pos_;
        if (peek() != '{' || braces(&ignored_min, &ignored_max)) {
          fail("multiple repeat", static_cast<int64_t>(saved));
        }
      }
      return item;
    }
  }

  Node char_node(uint32_t c) {
    Node node;
    node.kind = Node::kChar;
    node.value = c;
    node.ignore_case = ignore_case();
    return node;
  }

  Node atom() {
    item_was_grouped_ = false;
    const size_t start = pos_;
    const uint32_t c = p_[pos_++];
    switch (c) {
      case '.': {
        Node node;
        node.kind = Node::kAny;
        node.dot_all = (flags_ & kRegexDotAll) != 0;
        return node;
      }
      case '^': return assertion((flags_ & kRegexMultiline) ? AssertKind::kStartOfLine : AssertKind::kStartOfString);
      case '$': return assertion((flags_ & kRegexMultiline) ? AssertKind::kEndOfLine : AssertKind::kEndOfString);
      case '[': return char_class(start);
      case '(': {
        Node node = group(start);
        item_was_grouped_ = true;
        return node;
      }
      case '\\': return escape(start);
      case '*':
      case '+':
      case '?': fail("nothing to repeat", static_cast<int64_t>(start));
      case '{': {
        uint32_t min, max;
        pos_ = start;
        if (braces(&min, &max)) fail("nothing to repeat", static_cast<int64_t>(start));
        pos_ = start + 1;
        return char_node('{');
      }
      default: return char_node(c);
    }
  }

  Node assertion(AssertKind kind) {
    Node node;
    node.kind = Node::kAssert;
    node.value = static_cast<uint32_t>(kind);
    return node;
  }

  uint32_t add_class(RegexClass set) {
    set.ignore_case = ignore_case();
    set.ascii = ascii();
    program_->classes.push_back(std::move(set));
    return static_cast<uint32_t>(program_->classes.size() - 1);
  }

  Node class_node(RegexClass set) {
    Node node;
    node.kind = Node::kClass;
    node.value = add_class(std::move(set));
    return node;
  }

  // \x.., \u...., \U........, \0.., octal: the code point of a numeric
  // escape whose letter was just read.
  uint32_t hex_escape(size_t escape_start, int digits) {
    uint32_t value = 0;
    for (int i = 0; i < digits; ++i) {
      if (at_end() || !std::isxdigit(static_cast<int>(peek() < 128 ? peek() : 0))) {
        std::string text;
        for (size_t k = escape_start; k < pos_; ++k) text += static_cast<char>(p_[k]);
        fail(cat("incomplete escape ", text), static_cast<int64_t>(escape_start));
      }
      const uint32_t d = peek();
      value = value * 16 + (d <= '9' ? d - '0' : (d | 0x20) - 'a' + 10);
      ++pos_;
    }
    if (value > 0x10FFFF) {
      std::string text;
      for (size_t k = escape_start; k < pos_; ++k) text += static_cast<char>(p_[k]);
      fail(cat("bad escape ", text), static_cast<int64_t>(escape_start));
    }
    return value;
  }

  // \N{name}: the character unicodedata.lookup finds for the name (a named
  // sequence is no character). Errors point where sre_parse's do.
  uint32_t named_escape(size_t escape_start) {
    if (at_end() || peek() != '{') fail("missing {", static_cast<int64_t>(pos_));
    ++pos_;
    std::string name;
    size_t name_length = 0;
    while (true) {
      if (at_end()) {
        if (name_length == 0) fail("missing character name", static_cast<int64_t>(pos_));
        fail("missing }, unterminated name", static_cast<int64_t>(pos_ - name_length));
      }
      const uint32_t c = p_[pos_++];
      if (c == '}') break;
      utf8_append(name, c);
      ++name_length;
    }
    if (name_length == 0) fail("missing character name", static_cast<int64_t>(pos_ - 1));
    const std::optional<std::u32string> found = unicode_lookup_name(name, false);
    if (!found) fail(cat("undefined character name ", str_repr(name)), static_cast<int64_t>(escape_start));
    return (*found)[0];
  }

  // An escape that stands for one character (in or out of a set), or
  // returns false for the letters that mean more.
  bool simple_escape(uint32_t letter, size_t start, uint32_t* out) {
    switch (letter) {
      case 'a': *out = 7; return true;
      case 'f': *out = 12; return true;
      case 'n': *out = 10; return true;
      case 'r': *out = 13; return true;
      case 't': *out = 9; return true;
      case 'v': *out = 11; return true;
      case '\\': *out = '\\'; return true;
      case 'x': *out = hex_escape(start, 2); return true;
      case 'u':
        if (is_bytes_) return false;
        *out = hex_escape(start, 4);
        return true;
      case 'U':
        if (is_bytes_) return false;
        *out = hex_escape(start, 8);
        return true;
      case 'N':
        if (is_bytes_) return false;
        *out = named_escape(start);
        return true;
      default: return false;
    }
  }

  std::string escape_text(size_t start) const {
    std::string text;
    for (size_t k = start; k < pos_; ++k) text += static_cast<char>(p_[k] < 128 ? p_[k] : '?');
    return text;
  }

  Node escape(size_t start) {
    if (at_end()) fail("bad escape (end of pattern)", static_cast<int64_t>(start));
    const uint32_t letter = p_[pos_++];
    uint32_t value;
    if (simple_escape(letter, start, &value)) return char_node(value);
    switch (letter) {
      case 'd':
      case 'D':
      case 'w':
      case 'W':
      case 's':
      case 'S': {
        RegexClass set;
        set.categories.push_back(static_cast<char>(letter));
        return class_node(std::move(set));
      }
      case 'b': return assertion(AssertKind::kWordBoundary);
      case 'B': return assertion(AssertKind::kNotWordBoundary);
      case 'A': return assertion(AssertKind::kStartOfString);
      case 'Z': return assertion(AssertKind::kAbsoluteEnd);
      case '0': {
        // Up to three octal digits in all.
        uint32_t octal = 0;
        for (int i = 0; i < 2 && !at_end() && peek() >= '0' && peek() <= '7'; ++i) octal = octal * 8 + (p_[pos_++] - '0');
        return char_node(octal);
      }
      default: break;
    }
    if (is_digit(letter)) {
      // Three octal digits make a character; otherwise a group reference.
      if (letter <= '7' && pos_ + 1 < p_.size() + 0 && !at_end() && peek() >= '0' && peek() <= '7' &&
          pos_ + 1 < p_.size() && p_[pos_ + 1] >= '0' && p_[pos_ + 1] <= '7') {
        const uint32_t octal = (letter - '0') * 64 + (p_[pos_] - '0') * 8 + (p_[pos_ + 1] - '0');
        pos_ += 2;
        if (octal > 0377) fail(cat("octal escape value \\", escape_text(start).substr(1), " outside of range 0-0o377"), static_cast<int64_t>(start));
        return char_node(octal);
      }
      uint32_t group = letter - '0';
      if (!at_end() && is_digit(peek())) group = group * 10 + (p_[pos_++] - '0');
      if (group > program_->group_count || open_groups_contain(group)) {
        if (open_groups_contain(group)) fail("cannot refer to an open group", static_cast<int64_t>(start));
        fail(cat("invalid group reference ", group), static_cast<int64_t>(start + 1));
      }
      Node node;
      node.kind = Node::kBackref;
      node.value = group;
      node.ignore_case = ignore_case();
      return node;
    }
    if (is_ascii_letter(letter)) fail(cat("bad escape ", escape_text(start)), static_cast<int64_t>(start));
    return char_node(letter);
  }

  bool open_groups_contain(uint32_t group) const {
    return std::find(open_groups_.begin(), open_groups_.end(), group) != open_groups_.end();
  }

  Node char_class(size_t start) {
    RegexClass set;
    if (!at_end() && peek() == '[') program_->warnings.push_back(cat("Possible nested set at position ", pos_));
    if (!at_end() && peek() == '^') {
      set.negated = true;
      ++pos_;
    }
    bool first = true;
    for (;;) {
      if (at_end()) fail("unterminated character set", static_cast<int64_t>(start));
      const size_t item_start = pos_;
      uint32_t c = p_[pos_++];
      if (c == ']' && !first) break;
      first = false;
      uint32_t low;
      if (c == '\\') {
        if (at_end()) fail("bad escape (end of pattern)", static_cast<int64_t>(item_start));
        const uint32_t letter = p_[pos_++];
        if (letter == 'd' || letter == 'D' || letter == 'w' || letter == 'W' || letter == 's' || letter == 'S') {
          set.categories.push_back(static_cast<char>(letter));
          continue;
        }
        if (letter == 'b') {
          low = 8;
        } else if (!simple_escape(letter, item_start, &low)) {
          if (letter >= '0' && letter <= '7') {
            low = letter - '0';
            for (int i = 0; i < 2 && !at_end() && peek() >= '0' && peek() <= '7'; ++i) low = low * 8 + (p_[pos_++] - '0');
          } else if (is_ascii_letter(letter) || is_digit(letter)) {
            fail(cat("bad escape ", escape_text(item_start)), static_cast<int64_t>(item_start));
          } else {
            low = letter;
          }
        }
      } else {
        low = c;
        // [a--b] and the like may mean set operations in a future Python.
        if ((!set.ranges.empty() || !set.categories.empty()) && (c == '-' || c == '&' || c == '~' || c == '|') &&
            !at_end() && peek() == c) {
          const char* operation = c == '-' ? "difference" : c == '&' ? "intersection" : c == '~' ? "symmetric difference" : "union";
          program_->warnings.push_back(cat("Possible set ", operation, " at position ", pos_ - 1));
        }
      }
      uint32_t high = low;
      if (pos_ + 1 < p_.size() && peek() == '-' && p_[pos_ + 1] != ']') {
        ++pos_;
        const size_t range_end = pos_;
        uint32_t d = p_[pos_++];
        if (d == '\\') {
          if (at_end()) fail("bad escape (end of pattern)", static_cast<int64_t>(range_end));
          const uint32_t letter = p_[pos_++];
          if (letter == 'b') {
            d = 8;
          } else if (!simple_escape(letter, range_end, &d)) {
            if (is_ascii_letter(letter) || is_digit(letter)) {
              if (letter == 'd' || letter == 'D' || letter == 'w' || letter == 'W' || letter == 's' ||
                  letter == 'S') {
                fail(cat("bad character range ", escape_text(item_start)), static_cast<int64_t>(item_start));
              }
              fail(cat("bad escape ", escape_text(range_end)), static_cast<int64_t>(range_end));
            }
            d = letter;
          }
        }
        high = d;
        if (high < low) fail(cat("bad character range ", escape_text(item_start)), static_cast<int64_t>(item_start));
      }
      set.ranges.emplace_back(low, high);
    }
    return class_node(std::move(set));
  }

  std::string group_name(uint32_t terminator, size_t* name_start) {
    *name_start = pos_;
    std::string name;
    while (!at_end() && peek() != terminator) {
      const uint32_t c = p_[pos_++];
      if (c < 0x80) {
        name += static_cast<char>(c);
      } else if (c < 0x800) {
        name += static_cast<char>(0xC0 | (c >> 6));
        name += static_cast<char>(0x80 | (c & 0x3F));
      } else if (c < 0x10000) {
        name += static_cast<char>(0xE0 | (c >> 12));
        name += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        name += static_cast<char>(0x80 | (c & 0x3F));
      } else {
        name += static_cast<char>(0xF0 | (c >> 18));
        name += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        name += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        name += static_cast<char>(0x80 | (c & 0x3F));
      }
    }
    if (at_end()) fail("missing " + std::string(1, static_cast<char>(terminator)) + ", unterminated name", static_cast<int64_t>(*name_start));
    if (name.empty()) fail("missing group name", static_cast<int64_t>(*name_start));
    bool valid = unicode_is_identifier_start(p_[*name_start]) || p_[*name_start] == '_';
    for (size_t k = *name_start + 1; valid && k < pos_; ++k) valid = unicode_is_identifier_continue(p_[k]);
    if (!valid) fail(cat("bad character in group name '", name, "'"), static_cast<int64_t>(*name_start));
    ++pos_;  // the terminator
    return name;
  }

  Node close_group(Node body, size_t start) {
    if (at_end() || peek() != ')') fail("missing ), unterminated subpattern", static_cast<int64_t>(start));
    ++pos_;
    return body;
  }

  Node capturing(size_t start, const std::string* name, size_t name_start) {
    const uint32_t number = ++program_->group_count;
    if (name != nullptr) {
      auto [it, inserted] = program_->group_names.emplace(*name, number);
      if (!inserted) {
        fail(cat("redefinition of group name '", *name, "' as group ", number, "; was group ", it->second),
             static_cast<int64_t>(name_start));
      }
    }
    open_groups_.push_back(number);
    Node body = alternation();
    open_groups_.pop_back();
    Node node;
    node.kind = Node::kGroup;
    node.value = number;
    node.children.push_back(close_group(std::move(body), start));
    return node;
  }

  Node group(size_t start) {
    if (at_end() || peek() != '?') return capturing(start, nullptr, 0);
    ++pos_;
    if (at_end()) fail("unexpected end of pattern", static_cast<int64_t>(pos_));
    const uint32_t c = p_[pos_++];
    switch (c) {
      case ':': return close_group(alternation(), start);
      case 'P': {
        if (at_end()) fail("unexpected end of pattern", static_cast<int64_t>(pos_));
        const uint32_t kind = p_[pos_++];
        size_t name_start;
        if (kind == '<') {
          const std::string name = group_name('>', &name_start);
          return capturing(start, &name, name_start);
        }
        if (kind == '=') {
          const std::string name = group_name(')', &name_start);
          auto it = program_->group_names.find(name);
          if (it == program_->group_names.end()) {
            fail(cat("unknown group name '", name, "'"), static_cast<int64_t>(name_start));
          }
          if (open_groups_contain(it->second)) fail("cannot refer to an open group", static_cast<int64_t>(name_start));
          Node node;
          node.kind = Node::kBackref;
          node.value = it->second;
          node.ignore_case = ignore_case();
          return node;
        }
        fail(cat("unknown extension ?P", std::string(1, static_cast<char>(kind < 128 ? kind : '?'))),
             static_cast<int64_t>(start + 1));
      }
      case '#':
        while (!at_end() && peek() != ')') ++pos_;
        if (at_end()) fail("missing ), unterminated comment", static_cast<int64_t>(start));
        ++pos_;
        return Node{};
      case '=':
      case '!': return lookaround(start, false, c == '!');
      case '<': {
        if (at_end()) fail("unexpected end of pattern", static_cast<int64_t>(pos_));
        const uint32_t kind = p_[pos_++];
        if (kind == '=' || kind == '!') return lookaround(start, true, kind == '!');
        fail(cat("unknown extension ?<", std::string(1, static_cast<char>(kind < 128 ? kind : '?'))),
             static_cast<int64_t>(start + 1));
      }
      case '>': {
        Node node;
        node.kind = Node::kAtomic;
        node.children.push_back(close_group(alternation(), start));
        return node;
      }
      case '(': return conditional(start);
      default: break;
    }
    // Flags: (?aiLmsux) at the start (already read), or scoped (?i-s:...).
    --pos_;
    uint32_t added = 0, removed = 0;
    while (!at_end() && flag_bit(peek()) != 0) added |= flag_bit(p_[pos_++]);
    if (!at_end() && peek() == '-') {
      ++pos_;
      while (!at_end() && flag_bit(peek()) != 0) removed |= flag_bit(p_[pos_++]);
      if (at_end() || peek() != ':') fail("missing :", static_cast<int64_t>(pos_));
    }
    if (at_end()) fail("missing -, : or )", static_cast<int64_t>(pos_));
    if (peek() == ')' && added != 0 && removed == 0) {
      ++pos_;
      if (start != 0 && !global_flags_allowed(start)) {
        fail("global flags not at the start of the expression", static_cast<int64_t>(start));
      }
      return Node{};  // read by read_global_flags
    }
    if (peek() != ':' || (added == 0 && removed == 0)) {
      if (added == 0 && removed == 0) {
        fail(cat("unknown extension ?", std::string(1, static_cast<char>(peek() < 128 ? peek() : '?'))),
             static_cast<int64_t>(start + 1));
      }
      fail("missing -, : or )", static_cast<int64_t>(pos_));
    }
    ++pos_;
    const uint32_t saved = flags_;
    flags_ = (flags_ | added) & ~removed;
    Node body = alternation();
    flags_ = saved;
    return close_group(std::move(body), start);
  }

  // Global flag groups are allowed one after another at the start.
  bool global_flags_allowed(size_t start) const {
    size_t scan = 0;
    while (scan < start) {
      if (p_[scan] != '(' || scan + 1 >= p_.size() || p_[scan + 1] != '?') return false;
      size_t i = scan + 2;
      while (i < p_.size() && flag_bit(p_[i]) != 0) ++i;
      if (i >= p_.size() || p_[i] != ')') return false;
      scan = i + 1;
    }
    return scan == start;
  }

  // (?(group)yes|no): the group by number or name.
  Node conditional(size_t start) {
    size_t name_start;
    const std::string name = group_name_raw(&name_start);
    uint32_t group = 0;
    bool numeric = !name.empty();
    for (char ch : name) numeric = numeric && ch >= '0' && ch <= '9';
    if (numeric) {
      if (name.size() > 9) fail(cat("invalid group reference ", name), static_cast<int64_t>(name_start));
      group = static_cast<uint32_t>(std::stoul(name));
      if (group == 0) fail("bad group number", static_cast<int64_t>(name_start));
      if (group > program_->group_count) fail(cat("invalid group reference ", group), static_cast<int64_t>(name_start));
    } else {
      auto it = program_->group_names.find(name);
      if (it == program_->group_names.end()) {
        if (name.empty()) fail("missing group name", static_cast<int64_t>(name_start));
        bool valid = unicode_is_identifier_start(p_[name_start]) || p_[name_start] == '_';
        for (size_t k = name_start + 1; valid && k < name_start + name.size(); ++k) valid = unicode_is_identifier_continue(p_[k]);
        if (!valid) fail(cat("bad character in group name '", name, "'"), static_cast<int64_t>(name_start));
        fail(cat("unknown group name '", name, "'"), static_cast<int64_t>(name_start));
      }
      group = it->second;
    }
    Node node;
    node.kind = Node::kConditional;
    node.value = group;
    node.children.push_back(sequence());
    if (!at_end() && peek() == '|') {
      ++pos_;
      node.children.push_back(sequence());
      if (!at_end() && peek() == '|') fail("conditional backref with more than two branches", static_cast<int64_t>(pos_));
    }
    return close_group(std::move(node), start);
  }

  // The text up to ')' (consumed), for a conditional's group.
  std::string group_name_raw(size_t* name_start) {
    *name_start = pos_;
    std::string name;
    while (!at_end() && peek() != ')') name += static_cast<char>(p_[pos_++] < 128 ? p_[pos_ - 1] : '?');
    if (at_end()) fail("missing ), unterminated name", static_cast<int64_t>(*name_start));
    ++pos_;
    return name;
  }

  Node lookaround(size_t start, bool behind, bool negated) {
    Node node;
    node.kind = Node::kLook;
    node.behind = behind;
    node.negated = negated;
    node.children.push_back(close_group(alternation(), start));
    return node;
  }

  const std::vector<uint32_t>& p_;
  size_t pos_ = 0;
  uint32_t flags_;
  bool is_bytes_;
  RegexProgram* program_;
  std::vector<uint32_t> open_groups_;
  bool item_was_grouped_ = false;
  size_t depth_ = 0;
  static constexpr size_t kMaxNesting = 500;
};

// The widths a node can match: [min, max], max kUnbounded when unbounded.
void width_of(const Node& node, uint64_t* min, uint64_t* max) {
  switch (node.kind) {
    case Node::kEmpty:
    case Node::kAssert:
    case Node::kLook: *min = *max = 0; return;
    case Node::kChar:
    case Node::kAny:
    case Node::kClass: *min = *max = 1; return;
    case Node::kBackref: *min = 0, *max = kUnbounded; return;
    case Node::kGroup:
    case Node::kAtomic: width_of(node.children[0], min, max); return;
    case Node::kConditional: {
      uint64_t a, b, c = 0, d = 0;
      width_of(node.children[0], &a, &b);
      if (node.children.size() > 1) width_of(node.children[1], &c, &d);
      *min = std::min(a, c);
      *max = (b == kUnbounded || d == kUnbounded) ? kUnbounded : std::max(b, d);
      return;
    }
    case Node::kConcat: {
      *min = *max = 0;
      for (const Node& child : node.children) {
        uint64_t a, b;
        width_of(child, &a, &b);
        *min += a;
        *max = (*max == kUnbounded || b == kUnbounded) ? kUnbounded : *max + b;
      }
      return;
    }
    case Node::kAlternate: {
      *min = kUnbounded, *max = 0;
      for (const Node& child : node.children) {
        uint64_t a, b;
        width_of(child, &a, &b);
        *min = std::min(*min, a);
        *max = (*max == kUnbounded || b == kUnbounded) ? kUnbounded : std::max(*max, b);
      }
      return;
    }
    case Node::kRepeat: {
      uint64_t a, b;
      width_of(node.children[0], &a, &b);
      *min = a * node.min;
      *max = (node.max == kUnbounded || b == kUnbounded) ? kUnbounded : b * node.max;
      if (*max != kUnbounded && *max > kUnbounded) *max = kUnbounded;
      return;
    }
  }
}

class CodeEmitter {
 public:
  explicit CodeEmitter(RegexProgram* program) : program_(program) {}

  void emit_program(const Node& root) {
    emit(root);
    add(RegexOp::kMatch);
    // Lookarounds and atomic groups: their bodies follow, each ending in
    // kMatch (emitting one may queue more).
    for (size_t i = 0; i < pending_.size(); ++i) {
      program_->subprograms[pending_[i].first].start = static_cast<uint32_t>(program_->code.size());
      emit(*pending_[i].second);
      add(RegexOp::kMatch);
    }
  }

  std::optional<RegexError> error;

 private:
  uint32_t add(RegexOp op, uint32_t a = 0, uint32_t b = 0, bool ignore_case = false) {
    program_->code.push_back(RegexInstruction{op, ignore_case, a, b});
    return static_cast<uint32_t>(program_->code.size() - 1);
  }
  uint32_t here() const { return static_cast<uint32_t>(program_->code.size()); }

  uint32_t subprogram(const Node& body, bool behind, bool negated, uint32_t width) {
    program_->subprograms.push_back(RegexSubprogram{0, behind, negated, width});
    const auto index = static_cast<uint32_t>(program_->subprograms.size() - 1);
    pending_.emplace_back(index, &body);
    return index;
  }

  void emit(const Node& node) {
    switch (node.kind) {
      case Node::kEmpty: return;
      case Node::kChar: add(RegexOp::kChar, node.value, 0, node.ignore_case); return;
      case Node::kAny: add(node.dot_all ? RegexOp::kAnyAll : RegexOp::kAny); return;
      case Node::kClass: add(RegexOp::kClass, node.value); return;
      case Node::kAssert: add(RegexOp::kAssert, node.value); return;
      case Node::kBackref: add(RegexOp::kBackref, node.value, 0, node.ignore_case); return;
      case Node::kGroup:
        add(RegexOp::kSave, 2 * node.value);
        emit(node.children[0]);
        add(RegexOp::kSave, 2 * node.value + 1);
        return;
      case Node::kConcat:
        for (const Node& child : node.children) emit(child);
        return;
      case Node::kAlternate: {
        std::vector<uint32_t> jumps;
        for (size_t i = 0; i < node.children.size(); ++i) {
          if (i + 1 < node.children.size()) {
            const uint32_t split = add(RegexOp::kSplit);
            emit(node.children[i]);
            jumps.push_back(add(RegexOp::kJump));
            program_->code[split].a = here();
          } else {
            emit(node.children[i]);
          }
        }
        for (uint32_t jump : jumps) program_->code[jump].a = here();
        return;
      }
      case Node::kLook: {
        uint32_t width = 0;
        if (node.behind) {
          uint64_t min, max;
          width_of(node.children[0], &min, &max);
          if (min != max || max == kUnbounded) {
            if (!error) error = RegexError{"look-behind requires fixed-width pattern", -1};
            return;
          }
          width = static_cast<uint32_t>(min);
        }
        add(RegexOp::kLook, subprogram(node.children[0], node.behind, node.negated, width));
        return;
      }
      case Node::kAtomic: add(RegexOp::kAtomic, subprogram(node.children[0], false, false, 0)); return;
      case Node::kRepeat: emit_repeat(node); return;
      case Node::kConditional: {
        const uint32_t test = add(RegexOp::kIfGroup, node.value);
        emit(node.children[0]);
        const uint32_t jump = add(RegexOp::kJump);
        program_->code[test].b = here();
        if (node.children.size() > 1) emit(node.children[1]);
        program_->code[jump].a = here();
        return;
      }
    }
  }

  void emit_repeat(const Node& node) {
    if (node.min == 0 && node.max == 1) {
      // x? as a plain branch: greedy tries the body first, lazy the jump
      // over it.
      const uint32_t split = add(RegexOp::kSplit);
      if (node.greedy) {
        emit(node.children[0]);
        program_->code[split].a = here();
        return;
      }
      const uint32_t skip = add(RegexOp::kJump);
      program_->code[split].a = here();
      emit(node.children[0]);
      program_->code[skip].a = here();
      return;
    }
    RegexLoop loop;
    loop.min = node.min;
    loop.max = node.max;
    loop.greedy = node.greedy;
    loop.position_register = program_->registers++;
    const uint32_t counter = program_->counters++;
    program_->loops.push_back(loop);
    const auto index = static_cast<uint32_t>(program_->loops.size() - 1);
    add(RegexOp::kLoopInit, counter);
    add(RegexOp::kLoop, counter, index);
    program_->loops[index].body = here();
    emit(node.children[0]);
    add(RegexOp::kLoopNext, counter, index);
    program_->loops[index].exit = here();
  }

  RegexProgram* program_;
  std::vector<std::pair<uint32_t, const Node*>> pending_;
};

}  // namespace

std::optional<RegexError> compile_regex(const std::vector<uint32_t>& pattern, uint32_t flags, bool is_bytes,
                                        RegexProgram* out) {
  *out = RegexProgram{};
  Parser parser(pattern, flags, is_bytes, out);
  Node root;
  try {
    root = parser.parse();
  } catch (const ParseFailure& failure) {
    return failure.error;
  }
  out->flags = parser.flags();
  CodeEmitter emitter(out);
  emitter.emit_program(root);
  return emitter.error;
}

}  // namespace pyvm
