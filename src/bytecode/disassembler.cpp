// Disassembler (see disassembler.h; the format is in docs/bytecode.md).
//
// One pass numbers the code objects in the order they are printed: a code
// object, then the code objects among its constants, depth first. Each is
// then written as a block: `.code N`, the header fields, the constant, name
// and variable tables, the instructions (labels mark jump and handler
// targets; each argument is followed by what it means), the line table and
// the exception table. Every field of the CodeObject is written, and nothing
// the assembler cannot read back except the parenthesised meanings and the
// offset and line columns, which it skips (they are derived).
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
#include <optional>
#include <set>
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

// ---------------------------------------------------------------- frozensets
//
// The assembler rebuilds a frozenset by adding its items one by one to an
// empty one, and a set's iteration order is visible (print({29, 13, 21, 5})),
// so the items must be listed in an order that rebuilds the very same hash
// table. The iteration order usually does. When it does not (items collided,
// and were added in another order), an order is worked out from the table,
// following set.cpp (which probes and grows as CPython's setobject.c):
//
// - An item sits in the first free slot of its probe sequence when it was
//   added, so it must be added after the items in the slots its sequence
//   passes before its own. Any order respecting that (a topological order)
//   rebuilds a table of the same size.
// - But the table grows as items are added: at its last resize, the first k
//   items were moved into the final table in the slot order of the smaller
//   one. If k of the items need nobody before them, those go first, in any
//   order. Otherwise the first k must be laid out in the smaller table so
//   that its slot order respects the constraints among them: layouts are
//   searched for (every order of a few items, else topological orders
//   repaired where they break a constraint), and the same problem is solved
//   for each, one table size down, within a fixed amount of work.
//
// The result is checked by building the set, so a wrong guess only costs the
// fallback to iteration order (heavily colliding sets, such as many
// multiples of a large power of two, may end there).

constexpr size_t kLinearProbes = 9;  // as set.cpp
constexpr int kPerturbShift = 5;

// Calls visit(slot) along the probe sequence of `hash` until it returns
// true; false if it never does within a bounded number of probes.
template <class Visit>
bool probe(size_t mask, int64_t hash, Visit visit) {
  size_t perturb = static_cast<size_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (size_t steps = 0; steps <= 4 * (mask + 1); ++steps) {
    const size_t run = i + kLinearProbes <= mask ? kLinearProbes : 0;
    for (size_t j = i; j <= i + run; ++j) {
      if (visit(j)) return true;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
  return false;
}

// The mask of a table after `count` additions to an empty set, and after
// how many additions it was last resized (0 if never).
size_t mask_after(size_t count, size_t* last_resize) {
  size_t mask = kSetMinSize - 1;
  *last_resize = 0;
  for (size_t fill = 1; fill <= count; ++fill) {
    if (fill * 5 < mask * 3) continue;
    const size_t minimum = fill > 50000 ? fill * 2 : fill * 4;
    size_t size = kSetMinSize;
    while (size <= minimum) size <<= 1;
    mask = size - 1;
    *last_resize = fill;
  }
  return mask;
}

constexpr size_t kNoSlot = SIZE_MAX;

using Items = std::vector<size_t>;       // indices into FrozensetOrder::hashes_
using Layout = std::vector<size_t>;      // item -> slot, or kNoSlot
using Constraints = std::vector<Items>;  // item -> the items that must precede it

class FrozensetOrder {
 public:
  explicit FrozensetOrder(std::vector<int64_t> hashes) : hashes_(std::move(hashes)) {}

  // An insertion order that rebuilds `layout` of `items` in a table of
  // `mask` which was last resized after `last_resize` additions; false if
  // none was found.
  bool for_layout(const Items& items, const Layout& layout, size_t mask, size_t last_resize,
                  Items* out, int depth = 0) {
    Constraints before(hashes_.size());
    if (depth > 8 || work_ > kWorkBudget || !probe_predecessors(items, layout, mask, &before)) {
      return false;
    }
    const Items order = topological(items, before, [&](size_t item) { return layout[item]; });
    if (order.size() != items.size()) return false;
    if (last_resize == 0) {
      *out = order;
      return true;
    }
    // The first `last_resize` items: those nothing must precede first.
    Items first = topological(items, before, [&](size_t item) {
      return layout[item] + (before[item].empty() ? 0 : mask + 1);
    });
    first.resize(last_resize);
    const bool free =
        std::all_of(first.begin(), first.end(), [&](size_t item) { return before[item].empty(); });
    if (!free) {
      Constraints among(hashes_.size());
      for (const size_t item : first) among[item] = before[item];
      if (!for_constraints(first, among, out, depth + 1)) return false;
      first = *out;
    }
    std::vector<char> taken(hashes_.size(), 0);
    for (const size_t item : first) taken[item] = 1;
    *out = first;
    for (const size_t item : order) {
      if (!taken[item]) out->push_back(item);
    }
    return true;
  }

 private:
  static constexpr size_t kWorkBudget = 4'000'000;  // simulated probes, to bound the search
  static constexpr int kRestarts = 32;

  // For each item, the items in the slots its probe sequence passes before
  // its own; false if a free slot comes first (no order puts it there).
  bool probe_predecessors(const Items& items, const Layout& layout, size_t mask,
                          Constraints* before) const {
    std::vector<size_t> item_at(mask + 1, kNoSlot);
    for (const size_t item : items) item_at[layout[item]] = item;
    for (const size_t item : items) {
      bool reached = false;
      probe(mask, hashes_[item], [&](size_t slot) {
        if (slot == layout[item]) return reached = true;
        if (item_at[slot] == kNoSlot) return true;
        (*before)[item].push_back(item_at[slot]);
        return false;
      });
      if (!reached) return false;
    }
    return true;
  }

  // An insertion order after which the table, just before the resize the
  // last item triggers, lists `items` in an order that respects `before`:
  // candidate orders are tried (all of them when there are few items, else
  // repaired pseudo-random ones) until one also has an insertion order itself.
  bool for_constraints(const Items& items, const Constraints& before, Items* out, int depth) {
    size_t last_resize;
    const size_t mask = mask_after(items.size() - 1, &last_resize);
    Layout layout;
    auto works = [&](const Items& candidate) {
      return simulate(candidate, mask, &layout) && !violation(items, before, layout) &&
             for_layout(items, layout, mask, last_resize, out, depth);
    };
    if (items.size() <= 7) {
      Items candidate = items;
      std::sort(candidate.begin(), candidate.end());
      do {
        if (works(candidate)) return true;
      } while (std::next_permutation(candidate.begin(), candidate.end()) && work_ <= kWorkBudget);
      return false;
    }
    for (int restart = 0; restart < kRestarts && work_ <= kWorkBudget; ++restart) {
      Items order = topological(items, before, [&](size_t item) {
        return restart == 0 ? (hashes_[item] & mask) : next_random();
      });
      if (order.size() != items.size()) return false;
      // Repair: while an item lands after one that must follow it, move it
      // in front of that one (or the other to the end).
      for (size_t attempt = 0; attempt < 4 * items.size() && work_ <= kWorkBudget; ++attempt) {
        if (!simulate(order, mask, &layout)) return false;
        const auto wrong = violation(items, before, layout);
        if (!wrong) break;
        const auto [early, late] = *wrong;
        const auto early_at = std::find(order.begin(), order.end(), early);
        const auto late_at = std::find(order.begin(), order.end(), late);
        if (early_at < late_at) {
          order.erase(late_at);
          order.push_back(late);
        } else {
          order.erase(early_at);
          order.insert(std::find(order.begin(), order.end(), late), early);
        }
      }
      if (works(order)) return true;
    }
    return false;
  }

  // Adds `order` to an empty table of `mask` without resizing it.
  bool simulate(const Items& order, size_t mask, Layout* layout) {
    std::vector<char> occupied(mask + 1, 0);
    layout->assign(hashes_.size(), kNoSlot);
    for (const size_t item : order) {
      const bool placed = probe(mask, hashes_[item], [&](size_t slot) {
        ++work_;
        if (occupied[slot]) return false;
        occupied[slot] = 1;
        (*layout)[item] = slot;
        return true;
      });
      if (!placed) return false;
    }
    return true;
  }

  // A pair (must come first, must come later) that `layout` lists the wrong way round.
  static std::optional<std::pair<size_t, size_t>> violation(const Items& items,
                                                            const Constraints& before,
                                                            const Layout& layout) {
    for (const size_t item : items) {
      for (const size_t p : before[item]) {
        if (layout[p] != kNoSlot && layout[p] > layout[item]) return std::pair{p, item};
      }
    }
    return std::nullopt;
  }

  // Kahn's algorithm over `before` (restricted to `items`), taking the
  // ready item with the lowest key first.
  template <class Key>
  Items topological(const Items& items, const Constraints& before, Key key) const {
    std::vector<char> present(hashes_.size(), 0);
    for (const size_t item : items) present[item] = 1;
    std::vector<size_t> waiting(hashes_.size(), 0);
    std::vector<Items> after(hashes_.size());
    for (const size_t item : items) {
      for (const size_t p : before[item]) {
        if (!present[p]) continue;
        ++waiting[item];
        after[p].push_back(item);
      }
    }
    std::set<std::pair<size_t, size_t>> ready;  // (key, item)
    for (const size_t item : items) {
      if (waiting[item] == 0) ready.emplace(key(item), item);
    }
    Items order;
    while (!ready.empty()) {
      const size_t item = ready.begin()->second;
      ready.erase(ready.begin());
      order.push_back(item);
      for (const size_t next : after[item]) {
        if (--waiting[next] == 0) ready.emplace(key(next), next);
      }
    }
    return order;  // shorter than `items` if the constraints loop
  }

  // A fixed pseudo-random sequence (the same text on every run and platform).
  size_t next_random() {
    seed_ = seed_ * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<size_t>(seed_ >> 33);
  }

  std::vector<int64_t> hashes_;
  size_t work_ = 0;
  uint64_t seed_ = 1;
};

Ref<Set> frozenset_from(Runtime& rt, const std::vector<Value>& items) {
  Ref<Set> set = make_set(rt, rt.frozenset_type);
  for (const Value& item : items) {
    if (!set_add(rt, set.get(), item)) {
      rt.clear_error();
      return nullptr;
    }
  }
  return set;
}

bool same_table(const Set* a, const Set* b) {
  if (!a || !b || a->mask != b->mask || a->used != b->used) return false;
  for (size_t i = 0; i <= a->mask; ++i) {
    if (!a->table[i].key.is(b->table[i].key)) return false;
  }
  return true;
}

}  // namespace

std::vector<Value> frozenset_rebuild_order(Runtime& rt, const Set& set) {
  std::vector<Value> keys;
  std::vector<int64_t> hashes;
  Layout layout;
  Items items;
  for (size_t slot = 0; slot <= set.mask; ++slot) {
    if (set.table[slot].key.is_null()) continue;
    layout.push_back(slot);
    items.push_back(keys.size());
    keys.push_back(set.table[slot].key);
    hashes.push_back(set.table[slot].hash);
  }
  if (same_table(frozenset_from(rt, keys).get(), &set)) return keys;
  Items order;
  size_t last_resize;
  if (mask_after(keys.size(), &last_resize) != set.mask ||
      !FrozensetOrder(std::move(hashes)).for_layout(items, layout, set.mask, last_resize, &order)) {
    return keys;
  }
  std::vector<Value> reordered;
  for (const size_t item : order) reordered.push_back(keys[item]);
  return same_table(frozenset_from(rt, reordered).get(), &set) ? reordered : keys;
}

namespace {

// A name as the meaning of an argument: as is, unless it holds characters
// that would break the line.
std::string display_name(const Str* name) {
  for (const char c : name->view()) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return str_repr(name->view());
  }
  return std::string(name->view());
}

class Disassembler {
 public:
  explicit Disassembler(Runtime& rt) : rt_(rt) {}

  std::string run(const CodeObject& root) {
    number_code_objects(root);
    for (size_t i = 0; i < order_.size(); ++i) {
      if (i > 0) out_ += '\n';
      write_code(*order_[i]);
    }
    return std::move(out_);
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

  // In the order that rebuilds the same table: iteration order, unless
  // colliding items must be added in another order.
  void write_frozenset(const Set* set, std::string& out) const {
    if (set->used == 0) {
      out += "frozenset()";
      return;
    }
    out += "frozenset({";
    bool first = true;
    auto cached = frozenset_orders_.find(set);
    if (cached == frozenset_orders_.end()) {
      cached = frozenset_orders_.emplace(set, frozenset_rebuild_order(rt_, *set)).first;
    }
    for (const Value& item : cached->second) {
      if (!first) out += ", ";
      first = false;
      write_constant(item, out);
    }
    out += "})";
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
        return arg < code.constants.size() ? constant_meaning(code.constants[arg]) : "?";
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
        return "";
      case ArgKind::kNone:
      case ArgKind::kCount:
        return "";
    }
    return "";
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

  // "offset line  NAME arg (meaning)"; a word the text cannot spell as an
  // instruction (an unknown opcode, an argument on an instruction that takes
  // none) is written as `.word`.
  void write_instruction(const CodeObject& code, size_t index) {
    const uint32_t word = code.instructions[index];
    out_ += pad_left(std::to_string(index), 6) + pad_left(std::to_string(code.line_of(index)), 6) +
            "  ";
    const Opcode op = opcode_of(word);
    const uint32_t arg = argument_of(word);
    if (static_cast<int>(op) >= kOpcodeCount ||
        (opcode_info(op).arg_kind == ArgKind::kNone && arg != 0)) {
      char buffer[24];
      std::snprintf(buffer, sizeof buffer, ".word 0x%08" PRIx32, word);
      out_ += buffer;
      out_ += '\n';
      return;
    }
    const OpcodeInfo& info = opcode_info(op);
    if (info.arg_kind == ArgKind::kNone) {
      out_ += std::string(info.name) + "\n";
      return;
    }
    out_ += pad_right(info.name, name_width_) + std::to_string(arg);
    const std::string text = meaning(code, op, arg);
    if (!text.empty()) out_ += " (" + text + ")";
    out_ += '\n';
  }

  void write_instructions(const CodeObject& code) {
    assign_labels(code);
    section(".instructions");
    for (size_t i = 0; i < code.instructions.size(); ++i) {
      write_label(i);
      write_instruction(code, i);
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

  static size_t widest_opcode_name() {
    size_t widest = 0;
    for (int i = 0; i < kOpcodeCount; ++i) {
      widest = std::max(widest, opcode_info(static_cast<Opcode>(i)).name.size());
    }
    return widest + 1;
  }

  Runtime& rt_;
  std::string out_;
  std::unordered_map<const CodeObject*, int> ids_;
  std::vector<const CodeObject*> order_;
  std::map<uint32_t, std::string> labels_;  // of the code object being written
  // Worked out once per frozenset (the table and each LOAD_CONST show it).
  mutable std::unordered_map<const Set*, std::vector<Value>> frozenset_orders_;
  const size_t name_width_ = widest_opcode_name();
};

}  // namespace

std::string disassemble(Runtime& rt, const CodeObject& code) { return Disassembler(rt).run(code); }

}  // namespace pyvm
