// SPDX-License-Identifier: GPL-3.0-or-later
// The methods of str. Searching works on the UTF-8 bytes (UTF-8 is
// self-synchronising, so a byte match is a code-point match); positions
// given to or returned by Python are code-point indices, converted at the
// edges. Case and class tests use the Unicode tables of unicode.cpp.
#include <algorithm>
#include <cstring>
#include <vector>

#include "runtime/arguments.h"
#include "runtime/bytes.h"
#include "runtime/codecs.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/keyboard_interrupt.h"
#include "runtime/list.h"
#include "runtime/number_format.h"
#include "runtime/out_of_memory.h"
#include "runtime/protocols.h"
#include "runtime/sequence.h"
#include "runtime/str.h"
#include "runtime/str_methods.h"
#include "runtime/tuple.h"
#include "runtime/unicode.h"

namespace pyvm {

namespace {

Str* self_str(const Value* args) { return as_str(args[0]); }

std::vector<uint32_t> code_points(std::string_view text) {
  std::vector<uint32_t> out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) out.push_back(utf8_decode_at(text, &pos));
  return out;
}

std::string from_code_points(const std::vector<uint32_t>& cps, size_t begin, size_t end) {
  std::string out;
  for (size_t i = begin; i < end; ++i) utf8_append(out, cps[i]);
  return out;
}

bool str_argument(Runtime& rt, const Value& value, const char* what, Str** out) {
  if (!is_str(value)) {
    rt.raise(Exc::kTypeError, cat(what, "must be str, not ", argument_type_name(rt, value)));
    return false;
  }
  *out = as_str(value);
  return true;
}

// The byte range [start, end) in code points -> bytes.
std::string_view window(const Str* str, int64_t start, int64_t end) {
  if (end <= start) return std::string_view(str->data() + str_byte_offset(str, start), 0);
  const size_t begin = str_byte_offset(str, start);
  const size_t finish = str_byte_offset(str, end);
  return str->view().substr(begin, finish - begin);
}

// --------------------------------------------------------------- searching

Value find_common(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames, const char* name,
                  bool reverse, bool raise_if_missing) {
  if (!expect_positional(rt, name, nargs - 1, kwnames, 1, 3)) return Value();
  Str* str = self_str(args);
  Str* needle;
  if (!is_str(args[1])) {
    return rt.raise(Exc::kTypeError, cat("must be str, not ", type_name(rt, args[1])));
  }
  needle = as_str(args[1]);
  int64_t start, end;
  if (!slice_bounds(rt, args, nargs, 2, str->length, &start, &end)) return Value();
  int64_t found = -1;
  if (start <= end && start <= str->length) {
    const std::string_view haystack = window(str, start, end);
    const size_t at = reverse ? haystack.rfind(needle->view()) : haystack.find(needle->view());
    if (at != std::string_view::npos) {
      found = index_of_code_point(str, static_cast<size_t>(haystack.data() - str->data()) + at);
    }
  }
  if (found < 0 && raise_if_missing) return rt.raise(Exc::kValueError, "substring not found");
  return Value::small_int(found);
}

Value str_find(Runtime& rt, const Value* args, size_t nargs, Tuple* kw) {
  return find_common(rt, args, nargs, kw, "find", false, false);
}
Value str_rfind(Runtime& rt, const Value* args, size_t nargs, Tuple* kw) {
  return find_common(rt, args, nargs, kw, "rfind", true, false);
}
Value str_index(Runtime& rt, const Value* args, size_t nargs, Tuple* kw) {
  return find_common(rt, args, nargs, kw, "index", false, true);
}
Value str_rindex(Runtime& rt, const Value* args, size_t nargs, Tuple* kw) {
  return find_common(rt, args, nargs, kw, "rindex", true, true);
}

Value str_count(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, "count", kwnames)) return Value();
  if (nargs < 2 || nargs > 4) {
    return rt.raise(Exc::kTypeError, nargs < 2 ? cat("count() takes at least 1 argument (", nargs - 1, " given)")
                                               : cat("count() takes at most 3 arguments (", nargs - 1, " given)"));
  }
  Str* str = self_str(args);
  if (!is_str(args[1])) return rt.raise(Exc::kTypeError, cat("must be str, not ", type_name(rt, args[1])));
  const std::string_view needle = as_str(args[1])->view();
  int64_t start, end;
  if (!slice_bounds(rt, args, nargs, 2, str->length, &start, &end)) return Value();
  if (start > end || start > str->length) return Value::small_int(0);
  if (needle.empty()) return Value::small_int(end - start + 1);
  const std::string_view haystack = window(str, start, end);
  int64_t count = 0;
  for (size_t at = haystack.find(needle); at != std::string_view::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++count;
  }
  return Value::small_int(count);
}

Value affix_test(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames, const char* name,
                 bool at_end) {
  if (!expect_no_keywords(rt, name, kwnames)) return Value();
  if (nargs < 2 || nargs > 4) {
    return rt.raise(Exc::kTypeError, nargs < 2 ? cat(name, "() takes at least 1 argument (0 given)")
                                               : cat(name, "() takes at most 3 arguments (", nargs - 1, " given)"));
  }
  Str* str = self_str(args);
  int64_t start, end;
  if (!slice_bounds(rt, args, nargs, 2, str->length, &start, &end)) return Value();
  auto matches = [&](Str* affix) {
    if (start > str->length) return false;
    if (end - start < affix->length) return false;
    const std::string_view text = window(str, start, std::max(start, end));
    return at_end ? text.size() >= affix->view().size() &&
                        text.substr(text.size() - affix->view().size()) == affix->view()
                  : text.substr(0, affix->view().size()) == affix->view();
  };
  if (is_tuple(args[1])) {
    for (const Value& candidate : as_tuple(args[1])->span()) {
      if (!is_str(candidate)) {
        return rt.raise(Exc::kTypeError, cat("tuple for ", name, " must only contain str, not ",
                                             type_name(rt, candidate)));
      }
      if (matches(as_str(candidate))) return Value::boolean(true);
    }
    return Value::boolean(false);
  }
  if (!is_str(args[1])) {
    return rt.raise(Exc::kTypeError, cat(name, " first arg must be str or a tuple of str, not ",
                                         type_name(rt, args[1])));
  }
  return Value::boolean(matches(as_str(args[1])));
}

Value str_startswith(Runtime& rt, const Value* args, size_t nargs, Tuple* kw) {
  return affix_test(rt, args, nargs, kw, "startswith", false);
}
Value str_endswith(Runtime& rt, const Value* args, size_t nargs, Tuple* kw) {
  return affix_test(rt, args, nargs, kw, "endswith", true);
}

// --------------------------------------------------------------- splitting

bool is_space_at(std::string_view text, size_t pos, size_t* width) {
  const unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) {  // (Python's ASCII whitespace: \t-\r, the separators \x1c-\x1f, space)
    *width = 1;
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
  }
  size_t next = pos;
  const uint32_t cp = utf8_decode_at(text, &next);
  *width = next - pos;
  return unicode_is_space(cp);
}

bool maxsplit_argument(Runtime& rt, const Value& v, int64_t* out) {
  if (v.is_null()) {
    *out = -1;
    return true;
  }
  return index_as_int64(rt, v, out, Exc::kOverflowError);
}

// The sep of split/rsplit when not None.
bool separator_argument(Runtime& rt, const Value& value, Str** out) {
  if (!is_str(value)) {
    rt.raise(Exc::kTypeError, cat("must be str or None, not ", type_name(rt, value)));
    return false;
  }
  *out = as_str(value);
  return true;
}

// Room split() makes for its parts at once, as CPython (most lines split
// into a few fields: one array, not four growing ones).
constexpr size_t kSplitPreallocated = 12;

Value split_whitespace(Runtime& rt, Str* str, int64_t maxsplit) {
  const std::string_view text = str->view();
  Ref<List> result = make_list(rt, kSplitPreallocated);
  size_t i = 0, width = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space_at(text, i, &width)) i += width;
    if (i >= text.size()) break;
    if (maxsplit == 0) {
      // The unsplit remainder keeps its trailing whitespace.
      result->items.push_back(make_str(rt, text.substr(i)));
      break;
    }
    size_t j = i;
    while (j < text.size() && !is_space_at(text, j, &width)) j += width;
    result->items.push_back(make_str(rt, text.substr(i, j - i)));
    if (maxsplit > 0) --maxsplit;
    i = j;
  }
  return result;
}

Value str_split(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"split", {"sep", "maxsplit"}, 0, 0};
  if (nargs - tuple_size(kwnames) > 3) {
    return rt.raise(Exc::kTypeError, cat("split() takes at most 2 arguments (", nargs - 1, " given)"));
  }
  Value bound[2];
  if (kwnames == nullptr) {  // (the usual s.split(sep): no keyword to match)
    for (size_t i = 1; i < nargs; ++i) bound[i - 1] = args[i];
  } else if (!bind_arguments(rt, kParameters, args + 1, nargs - 1, kwnames, bound)) {
    return Value();
  }
  int64_t maxsplit;
  if (!maxsplit_argument(rt, bound[1], &maxsplit)) return Value();
  Str* str = self_str(args);
  if (bound[0].is_null() || bound[0].is_none()) return split_whitespace(rt, str, maxsplit);
  Str* separator;
  if (!separator_argument(rt, bound[0], &separator)) return Value();
  if (separator->size == 0) return rt.raise(Exc::kValueError, "empty separator");
  const std::string_view text = str->view();
  const std::string_view sep = separator->view();
  Ref<List> result = make_list(rt, kSplitPreallocated);
  size_t start = 0;
  while (maxsplit != 0) {
    const size_t found = text.find(sep, start);
    if (found == std::string_view::npos) break;
    result->items.push_back(make_str(rt, text.substr(start, found - start)));
    start = found + sep.size();
    if (maxsplit > 0) --maxsplit;
  }
  result->items.push_back(make_str(rt, text.substr(start)));
  return result;
}

Value str_rsplit(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"rsplit", {"sep", "maxsplit"}, 0, 0};
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args + 1, nargs - 1, kwnames, bound)) return Value();
  int64_t maxsplit;
  if (!maxsplit_argument(rt, bound[1], &maxsplit)) return Value();
  Str* str = self_str(args);
  std::vector<Value> pieces;
  if (bound[0].is_null() || bound[0].is_none()) {
    const std::vector<uint32_t> cps = code_points(str->view());
    int64_t i = static_cast<int64_t>(cps.size());
    while (i > 0) {
      while (i > 0 && unicode_is_space(cps[i - 1])) --i;
      if (i == 0) break;
      if (maxsplit == 0) {  // the remainder keeps its leading whitespace
        pieces.push_back(make_str(rt, from_code_points(cps, 0, i)));
        break;
      }
      int64_t j = i;
      while (j > 0 && !unicode_is_space(cps[j - 1])) --j;
      pieces.push_back(make_str(rt, from_code_points(cps, j, i)));
      if (maxsplit > 0) --maxsplit;
      i = j;
    }
  } else {
    Str* separator;
    if (!separator_argument(rt, bound[0], &separator)) return Value();
    if (separator->size == 0) return rt.raise(Exc::kValueError, "empty separator");
    const std::string_view text = str->view();
    const std::string_view sep = separator->view();
    size_t end = text.size();
    while (maxsplit != 0 && end >= sep.size()) {
      const size_t found = text.substr(0, end).rfind(sep);
      if (found == std::string_view::npos) break;
      pieces.push_back(make_str(rt, text.substr(found + sep.size(), end - found - sep.size())));
      end = found;
      if (maxsplit > 0) --maxsplit;
    }
    pieces.push_back(make_str(rt, text.substr(0, end)));
  }
  std::reverse(pieces.begin(), pieces.end());
  return make_list(rt, pieces);
}

bool is_line_break(uint32_t c) {
  return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d ||
         c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029;
}

Value str_splitlines(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"splitlines", {"keepends"}, 0, 0};
  if (nargs - tuple_size(kwnames) > 2) {
    return rt.raise(Exc::kTypeError, cat("splitlines() takes at most 1 argument (", nargs - 1, " given)"));
  }
  Value bound[1];
  if (!bind_arguments(rt, kParameters, args + 1, nargs - 1, kwnames, bound)) return Value();
  const int keepends = bound[0].is_null() ? 0 : truth(rt, bound[0]);
  if (keepends < 0) return Value();
  const std::vector<uint32_t> cps = code_points(self_str(args)->view());
  Ref<List> result = make_list(rt);
  size_t start = 0, i = 0;
  while (i < cps.size()) {
    if (!is_line_break(cps[i])) {
      ++i;
      continue;
    }
    size_t line_end = i;
    size_t next = i + 1;
    if (cps[i] == '\r' && next < cps.size() && cps[next] == '\n') ++next;
    result->items.push_back(make_str(rt, from_code_points(cps, start, keepends ? next : line_end)));
    start = i = next;
  }
  if (start < cps.size()) result->items.push_back(make_str(rt, from_code_points(cps, start, cps.size())));
  return result;
}

Value partition_common(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames,
                       const char* qualname, bool reverse) {
  if (!expect_exactly_one(rt, qualname, nargs - 1, kwnames)) return Value();
  Str* separator;
  if (!str_argument(rt, args[1], "", &separator)) return Value();
  if (separator->size == 0) return rt.raise(Exc::kValueError, "empty separator");
  Str* str = self_str(args);
  const std::string_view text = str->view();
  const size_t found = reverse ? text.rfind(separator->view()) : text.find(separator->view());
  Value empty = Value::from_object(rt.empty_str());
  if (found == std::string_view::npos) {
    if (reverse) return make_tuple(rt, {empty, empty, args[0]});
    return make_tuple(rt, {args[0], empty, empty});
  }
  return make_tuple(rt, {make_str(rt, text.substr(0, found)), args[1],
                         make_str(rt, text.substr(found + separator->view().size()))});
}

Value str_partition(Runtime& rt, const Value* args, size_t nargs, Tuple* kw) {
  return partition_common(rt, args, nargs, kw, "str.partition", false);
}
Value str_rpartition(Runtime& rt, const Value* args, size_t nargs, Tuple* kw) {
  return partition_common(rt, args, nargs, kw, "str.rpartition", true);
}

// ----------------------------------------------------------------- joining

}  // namespace

Value str_join(Runtime& rt, Str* separator, const Value& iterable) {
  // Gather first (so a generator runs once), then size the result exactly.
  // (The items' storage comes from the object pool: a joined generator is
  // often short, and malloc would cost more than the joining.)
  ListItems items{PooledAllocator<Value>(&rt.gc)};
  const Type* type = rt.type_of(iterable);
  if (type == rt.list_type) {
    items.assign(as_list(iterable)->items.begin(), as_list(iterable)->items.end());
  } else if (type == rt.tuple_type) {
    items.assign(as_tuple(iterable)->items(), as_tuple(iterable)->items() + as_tuple(iterable)->size);
  } else {
    items.reserve(16);  // (a joined generator is often short: one allocation, not five)
    const bool ok = for_all(rt, iterable, [&](Value item) {
      items.push_back(std::move(item));
      return true;
    });
    if (!ok) {
      if (rt.error_matches(Exc::kTypeError) && rt.type_of(iterable)->iter == nullptr &&
          rt.type_of(iterable)->getitem == nullptr) {
        rt.clear_error();
        return rt.raise(Exc::kTypeError, "can only join an iterable");
      }
      return Value();
    }
  }
  if (items.size() == 1 && rt.type_of(items[0]) == rt.str_type) return items[0];
  int64_t size = separator->size * (items.empty() ? 0 : static_cast<int64_t>(items.size()) - 1);
  bool ascii = separator->ascii;
  int64_t length = separator->length * (items.empty() ? 0 : static_cast<int64_t>(items.size()) - 1);
  for (size_t i = 0; i < items.size(); ++i) {
    if (!is_str(items[i])) {
      return rt.raise(Exc::kTypeError, cat("sequence item ", i, ": expected str instance, ",
                                           type_name(rt, items[i]), " found"));
    }
    Str* item = as_str(items[i]);
    size += item->size;
    length += item->length;
    ascii = ascii && item->ascii;
  }
  Ref<Str> result = allocate_str(rt, size);
  char* out = result->mutable_data();
  ItemPoll poll(rt);  // a join of millions of strings
  for (size_t i = 0; i < items.size(); ++i) {
    if (poll.tick()) return Value();
    if (i > 0 && separator->size > 0) {
      std::memcpy(out, separator->data(), static_cast<size_t>(separator->size));
      out += separator->size;
    }
    Str* item = as_str(items[i]);
    std::memcpy(out, item->data(), static_cast<size_t>(item->size));
    out += item->size;
  }
  result->ascii = ascii;
  result->length = length;
  return result;
}

namespace {

Value str_join_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "str.join", nargs - 1, kwnames)) return Value();
  return str_join(rt, self_str(args), args[1]);
}

// The text with the first `count` occurrences of `from` (not empty, found
// at least once) replaced by `to` (all of them for a negative count),
// counted first so that the result is written once, straight into its
// string.
Value replace_occurrences(Runtime& rt, Str* str, std::string_view from, Str* to_str, int64_t count) {
  const std::string_view text = str->view();
  const std::string_view to = to_str->view();
  size_t matches = 0;
  for (size_t at = text.find(from); at != std::string_view::npos;
       at = text.find(from, at + from.size())) {
    ++matches;
    if (count > 0 && matches == static_cast<size_t>(count)) break;
  }
  const auto growth = static_cast<int64_t>(to.size()) - static_cast<int64_t>(from.size());
  int64_t size;
  if (__builtin_mul_overflow(growth, static_cast<int64_t>(matches), &size) ||
      __builtin_add_overflow(size, static_cast<int64_t>(text.size()), &size)) {
    return rt.raise(Exc::kOverflowError, "replace string is too long");
  }
  if (size == 0) return make_str(rt, std::string_view());  // (the shared empty string)
  Ref<Str> result = allocate_str(rt, size);
  char* out = result->mutable_data();
  size_t start = 0;
  for (size_t k = 0; k < matches; ++k) {
    const size_t found = text.find(from, start);
    std::memcpy(out, text.data() + start, found - start);
    out += found - start;
    std::memcpy(out, to.data(), to.size());
    out += to.size();
    start = found + from.size();
  }
  std::memcpy(out, text.data() + start, text.size() - start);
  if (str->ascii && to_str->ascii) {  // (no scan needed: ASCII in, ASCII out)
    result->ascii = true;
    result->length = size;
  } else {
    finish_str(result.get());
  }
  return result;
}

Value str_replace(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "replace", nargs - 1, kwnames, 2, 3)) return Value();
  Str *old_part, *new_part;
  if (!str_argument(rt, args[1], "replace() argument 1 ", &old_part) ||
      !str_argument(rt, args[2], "replace() argument 2 ", &new_part)) {
    return Value();
  }
  int64_t count = -1;
  if (nargs > 3 && !index_as_int64(rt, args[3], &count, Exc::kOverflowError)) return Value();
  Str* str = self_str(args);
  const std::string_view text = str->view();
  const std::string_view from = old_part->view();
  const std::string_view to = new_part->view();
  if (count == 0 || (!from.empty() && text.find(from) == std::string_view::npos)) {
    return unchanged_str(rt, args[0]);
  }
  if (!from.empty()) return replace_occurrences(rt, str, from, new_part, count);
  // Between the code points: counted as it grows (the result may be many
  // times the text).
  RuntimeBytes out;
  out.reserve(text.size());
  {
    size_t pos = 0;
    while (pos <= text.size()) {
      if (count != 0) {
        out += to;
        if (count > 0) --count;
      }
      if (pos == text.size()) break;
      size_t next = pos;
      utf8_decode_at(text, &next);
      out += text.substr(pos, next - pos);
      pos = next;
    }
  }
  return make_str(rt, std::string_view(out));
}

// ------------------------------------------------------------------ strip

Value strip_common(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames, const char* name,
                   bool left, bool right) {
  if (!expect_positional(rt, name, nargs - 1, kwnames, 0, 1)) return Value();
  Str* str = self_str(args);
  const std::string_view text = str->view();
  size_t begin = 0, end = text.size();
  if (nargs == 1 || args[1].is_none()) {
    size_t width;
    while (left && begin < end && is_space_at(text, begin, &width)) begin += width;
    while (right && end > begin) {
      size_t start = end - 1;
      while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
      if (!is_space_at(text, start, &width)) break;
      end = start;
    }
  } else if (!is_str(args[1])) {
    return rt.raise(Exc::kTypeError, cat(name, " arg must be None or str"));
  } else if (as_str(args[1])->ascii) {
    // A bit per ASCII character, kept in two registers (an array would chain
    // the loop through memory): no byte of a longer character, from either
    // end, can be one of them.
    uint64_t low = 0, high = 0;  // characters 0-63 and 64-127
    for (const char c : as_str(args[1])->view()) {
      const uint64_t bit = uint64_t{1} << (c & 63);
      low |= c < 64 ? bit : 0;
      high |= c < 64 ? 0 : bit;
    }
    auto in_chars = [&](size_t pos) {
      const auto c = static_cast<unsigned char>(text[pos]);
      return c < 128 && (((c < 64 ? low : high) >> (c & 63)) & 1) != 0;
    };
    while (left && begin < end && in_chars(begin)) ++begin;
    while (right && end > begin && in_chars(end - 1)) --end;
  } else {
    const std::vector<uint32_t> set = code_points(as_str(args[1])->view());
    auto in_set = [&](size_t pos, size_t* width) {
      size_t next = pos;
      const uint32_t cp = utf8_decode_at(text, &next);
      *width = next - pos;
      return std::find(set.begin(), set.end(), cp) != set.end();
    };
    size_t width;
    while (left && begin < end && in_set(begin, &width)) begin += width;
    while (right && end > begin) {
      size_t start = end - 1;
      while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
      if (!in_set(start, &width)) break;
      end = start;
    }
  }
  if (begin == 0 && end == text.size() && rt.type_of(args[0]) == rt.str_type) return args[0];
  return make_str(rt, text.substr(begin, end - begin));
}

Value str_strip(Runtime& rt, const Value* args, size_t nargs, Tuple* kw) {
  return strip_common(rt, args, nargs, kw, "strip", true, true);
}
Value str_lstrip(Runtime& rt, const Value* args, size_t nargs, Tuple* kw) {
  return strip_common(rt, args, nargs, kw, "lstrip", true, false);
}
Value str_rstrip(Runtime& rt, const Value* args, size_t nargs, Tuple* kw) {
  return strip_common(rt, args, nargs, kw, "rstrip", false, true);
}

Value str_removeprefix(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "str.removeprefix", nargs - 1, kwnames)) return Value();
  Str* prefix;
  if (!str_argument(rt, args[1], "removeprefix() argument ", &prefix)) return Value();
  const std::string_view text = self_str(args)->view();
  if (text.substr(0, prefix->view().size()) == prefix->view()) {
    return make_str(rt, text.substr(prefix->view().size()));
  }
  return unchanged_str(rt, args[0]);
}

Value str_removesuffix(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "str.removesuffix", nargs - 1, kwnames)) return Value();
  Str* suffix;
  if (!str_argument(rt, args[1], "removesuffix() argument ", &suffix)) return Value();
  const std::string_view text = self_str(args)->view();
  const std::string_view s = suffix->view();
  if (!s.empty() && text.size() >= s.size() && text.substr(text.size() - s.size()) == s) {
    return make_str(rt, text.substr(0, text.size() - s.size()));
  }
  return unchanged_str(rt, args[0]);
}

// ------------------------------------------------------------------- case

// One character of a string being case-mapped, with the byte range it
// occupies: lower-casing 'Σ' depends on its neighbours.
struct CharInText {
  std::string_view text;
  size_t start;
  size_t end;
  uint32_t c;
};

constexpr uint32_t kCapitalSigma = 0x3A3;
constexpr uint32_t kSmallSigma = 0x3C3;
constexpr uint32_t kFinalSigma = 0x3C2;

// The code point that ends before byte `pos` of well-formed UTF-8; moves pos to its start.
uint32_t utf8_decode_before(std::string_view text, size_t* pos) {
  size_t start = *pos - 1;
  while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  size_t cursor = start;
  *pos = start;
  return utf8_decode_at(text, &cursor);
}

// Unicode's Final_Sigma condition, which str.lower() applies to 'Σ': a cased
// character before it and none after it, skipping case-ignorable ones both
// ways ("ΟΔΟΣ".lower() == "οδος" but "ΣΑ".lower() == "σα").
bool is_final_sigma(const CharInText& at) {
  bool cased_before = false;
  for (size_t pos = at.start; pos > 0;) {
    const uint32_t c = utf8_decode_before(at.text, &pos);
    if (!unicode_is_case_ignorable(c)) {
      cased_before = unicode_is_cased(c);
      break;
    }
  }
  if (!cased_before) return false;
  for (size_t pos = at.end; pos < at.text.size();) {
    const uint32_t c = utf8_decode_at(at.text, &pos);
    if (!unicode_is_case_ignorable(c)) return !unicode_is_cased(c);
  }
  return true;
}

void append_lower(std::string& out, const CharInText& at) {
  if (at.c == kCapitalSigma) {
    utf8_append(out, is_final_sigma(at) ? kFinalSigma : kSmallSigma);
  } else {
    unicode_append_lower(out, at.c);
  }
}

void append_upper(std::string& out, const CharInText& at) { unicode_append_upper(out, at.c); }

void append_casefold(std::string& out, const CharInText& at) { unicode_append_casefold(out, at.c); }

void append_swapcase(std::string& out, const CharInText& at) {
  if (unicode_is_upper(at.c)) {
    append_lower(out, at);
  } else if (unicode_is_lower(at.c)) {
    unicode_append_upper(out, at.c);
  } else {
    utf8_append(out, at.c);
  }
}

// The ASCII case maps: an ASCII text stays ASCII and its length.
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }
char ascii_swapcase(char c) { return c >= 'a' && c <= 'z' ? ascii_upper(c) : ascii_lower(c); }

// Calls kMap on each character of the string (args[0]) and returns what it
// appended; an ASCII string maps byte by byte with kAsciiMap straight into
// the new string.
template <void (*kMap)(std::string&, const CharInText&), char (*kAsciiMap)(char)>
Value map_each(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames, const char* qualname) {
  if (!expect_no_arguments(rt, qualname, nargs - 1, kwnames)) return Value();
  Str* str = self_str(args);
  // (An empty result is the shared empty str, as CPython's: make_str below.)
  if (str->ascii && str->size > 0) {
    Ref<Str> result = allocate_str(rt, str->size);
    std::transform(str->data(), str->data() + str->size, result->mutable_data(), kAsciiMap);
    result->ascii = true;
    result->length = str->size;
    return result;
  }
  std::string out;
  out.reserve(static_cast<size_t>(str->size));
  const std::string_view text = str->view();
  for (size_t pos = 0; pos < text.size();) {
    const size_t start = pos;
    const uint32_t c = utf8_decode_at(text, &pos);
    kMap(out, CharInText{text, start, pos, c});
  }
  return make_str(rt, out);
}

Value str_upper(Runtime& rt, const Value* args, size_t nargs, Tuple* kw) {
  return map_each<append_upper, ascii_upper>(rt, args, nargs, kw, "str.upper");
}
Value str_lower(Runtime& rt, const Value* args, size_t nargs, Tuple* kw) {
  return map_each<append_lower, ascii_lower>(rt, args, nargs, kw, "str.lower");
}
Value str_swapcase(Runtime& rt, const Value* args, size_t nargs, Tuple* kw) {
  return map_each<append_swapcase, ascii_swapcase>(rt, args, nargs, kw, "str.swapcase");
}
Value str_casefold(Runtime& rt, const Value* args, size_t nargs, Tuple* kw) {
  return map_each<append_casefold, ascii_lower>(rt, args, nargs, kw, "str.casefold");
}

Value str_title(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "str.title", nargs - 1, kwnames)) return Value();
  const std::string_view text = self_str(args)->view();
  std::string out;
  bool previous_cased = false;
  for (size_t pos = 0; pos < text.size();) {
    const size_t start = pos;
    const uint32_t c = utf8_decode_at(text, &pos);
    if (previous_cased) {
      append_lower(out, CharInText{text, start, pos, c});
    } else {
      unicode_append_title(out, c);
    }
    previous_cased = unicode_is_cased(c);
  }
  return make_str(rt, out);
}

Value str_capitalize(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "str.capitalize", nargs - 1, kwnames)) return Value();
  const std::string_view text = self_str(args)->view();
  std::string out;
  for (size_t pos = 0; pos < text.size();) {
    const size_t start = pos;
    const uint32_t c = utf8_decode_at(text, &pos);
    if (start == 0) {
      unicode_append_title(out, c);
    } else {
      append_lower(out, CharInText{text, start, pos, c});
    }
  }
  return make_str(rt, out);
}

// ------------------------------------------------------------ predicates

template <bool (*kTest)(uint32_t)>
Value all_code_points(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames,
                      const char* qualname, bool empty_result) {
  if (!expect_no_arguments(rt, qualname, nargs - 1, kwnames)) return Value();
  const std::string_view text = self_str(args)->view();
  if (text.empty()) return Value::boolean(empty_result);
  if (self_str(args)->ascii) {  // (each byte is its code point: nothing to decode)
    for (const char c : text) {
      if (!kTest(static_cast<unsigned char>(c))) return Value::boolean(false);
    }
    return Value::boolean(true);
  }
  for (size_t pos = 0; pos < text.size();) {
    if (!kTest(utf8_decode_at(text, &pos))) return Value::boolean(false);
  }
  return Value::boolean(true);
}

bool is_alnum(uint32_t c) {
  return unicode_is_alpha(c) || unicode_is_decimal(c) || unicode_is_digit(c) || unicode_is_numeric(c);
}
bool is_ascii(uint32_t c) { return c < 0x80; }

Value str_isalpha(Runtime& rt, const Value* a, size_t n, Tuple* k) {
  return all_code_points<unicode_is_alpha>(rt, a, n, k, "str.isalpha", false);
}
Value str_isalnum(Runtime& rt, const Value* a, size_t n, Tuple* k) {
  return all_code_points<is_alnum>(rt, a, n, k, "str.isalnum", false);
}
Value str_isdigit(Runtime& rt, const Value* a, size_t n, Tuple* k) {
  return all_code_points<unicode_is_digit>(rt, a, n, k, "str.isdigit", false);
}
Value str_isdecimal(Runtime& rt, const Value* a, size_t n, Tuple* k) {
  return all_code_points<unicode_is_decimal>(rt, a, n, k, "str.isdecimal", false);
}
Value str_isnumeric(Runtime& rt, const Value* a, size_t n, Tuple* k) {
  return all_code_points<unicode_is_numeric>(rt, a, n, k, "str.isnumeric", false);
}
Value str_isspace(Runtime& rt, const Value* a, size_t n, Tuple* k) {
  return all_code_points<unicode_is_space>(rt, a, n, k, "str.isspace", false);
}
Value str_isprintable(Runtime& rt, const Value* a, size_t n, Tuple* k) {
  return all_code_points<unicode_is_printable>(rt, a, n, k, "str.isprintable", true);
}
Value str_isascii(Runtime& rt, const Value* a, size_t n, Tuple* k) {
  return all_code_points<is_ascii>(rt, a, n, k, "str.isascii", true);
}

// isupper/islower: at least one cased character and none of the other case.
Value case_test(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames, const char* qualname,
                bool upper) {
  if (!expect_no_arguments(rt, qualname, nargs - 1, kwnames)) return Value();
  const std::string_view text = self_str(args)->view();
  bool cased = false;
  for (size_t pos = 0; pos < text.size();) {
    const uint32_t c = utf8_decode_at(text, &pos);
    if (upper ? (unicode_is_lower(c) || unicode_is_title(c)) : (unicode_is_upper(c) || unicode_is_title(c))) {
      return Value::boolean(false);
    }
    cased = cased || (upper ? unicode_is_upper(c) : unicode_is_lower(c));
  }
  return Value::boolean(cased);
}

Value str_isupper(Runtime& rt, const Value* a, size_t n, Tuple* k) {
  return case_test(rt, a, n, k, "str.isupper", true);
}
Value str_islower(Runtime& rt, const Value* a, size_t n, Tuple* k) {
  return case_test(rt, a, n, k, "str.islower", false);
}

Value str_istitle(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "str.istitle", nargs - 1, kwnames)) return Value();
  const std::string_view text = self_str(args)->view();
  bool cased = false, previous_cased = false;
  for (size_t pos = 0; pos < text.size();) {
    const uint32_t c = utf8_decode_at(text, &pos);
    if (unicode_is_upper(c) || unicode_is_title(c)) {
      if (previous_cased) return Value::boolean(false);
      previous_cased = cased = true;
    } else if (unicode_is_lower(c)) {
      if (!previous_cased) return Value::boolean(false);
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return Value::boolean(cased);
}

Value str_isidentifier(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "str.isidentifier", nargs - 1, kwnames)) return Value();
  return Value::boolean(is_identifier(self_str(args)->view()));
}

// ----------------------------------------------------------- justification

bool fill_argument(Runtime& rt, const Value* args, size_t nargs, size_t index, uint32_t* fill) {
  *fill = ' ';
  if (nargs <= index) return true;
  if (!is_str(args[index])) {
    rt.raise(Exc::kTypeError, cat("The fill character must be a unicode character, not ",
                                  type_name(rt, args[index])));
    return false;
  }
  Str* s = as_str(args[index]);
  if (s->length != 1) {
    rt.raise(Exc::kTypeError, "The fill character must be exactly one character long");
    return false;
  }
  *fill = str_code_point_at(s, 0);
  return true;
}

Value pad(Runtime& rt, const Value& self, int64_t left, int64_t right, uint32_t fill) {
  if (left <= 0 && right <= 0 && rt.type_of(self) == rt.str_type) return self;
  std::string fill_text;
  utf8_append(fill_text, fill);
  std::string out;
  for (int64_t i = 0; i < left; ++i) out += fill_text;
  out += as_str(self)->view();
  for (int64_t i = 0; i < right; ++i) out += fill_text;
  return make_str(rt, out);
}

Value justify(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames, const char* name,
              char mode) {
  if (!expect_positional(rt, name, nargs - 1, kwnames, 1, 2)) return Value();
  int64_t width;
  if (!index_as_int64(rt, args[1], &width, Exc::kOverflowError)) return Value();
  uint32_t fill;
  if (!fill_argument(rt, args, nargs, 2, &fill)) return Value();
  const int64_t length = self_str(args)->length;
  const int64_t margin = width - length;
  if (margin <= 0) return pad(rt, args[0], 0, 0, fill);
  if (margin > (int64_t{1} << 32)) return raise_no_memory(rt);
  switch (mode) {
    case '<': return pad(rt, args[0], 0, margin, fill);
    case '>': return pad(rt, args[0], margin, 0, fill);
    default: {
      const int64_t left = margin / 2 + (margin & width & 1);
      return pad(rt, args[0], left, margin - left, fill);
    }
  }
}

Value str_ljust(Runtime& rt, const Value* a, size_t n, Tuple* k) { return justify(rt, a, n, k, "ljust", '<'); }
Value str_rjust(Runtime& rt, const Value* a, size_t n, Tuple* k) { return justify(rt, a, n, k, "rjust", '>'); }
Value str_center(Runtime& rt, const Value* a, size_t n, Tuple* k) { return justify(rt, a, n, k, "center", '^'); }

Value str_zfill(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "str.zfill", nargs - 1, kwnames)) return Value();
  int64_t width;
  if (!index_as_int64(rt, args[1], &width, Exc::kOverflowError)) return Value();
  Str* str = self_str(args);
  if (width <= str->length) return pad(rt, args[0], 0, 0, ' ');
  const std::string_view text = str->view();
  const bool sign = !text.empty() && (text[0] == '+' || text[0] == '-');
  std::string out;
  if (sign) out.push_back(text[0]);
  out.append(static_cast<size_t>(width - str->length), '0');
  out.append(text.substr(sign ? 1 : 0));
  return make_str(rt, out);
}

Value str_expandtabs(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"expandtabs", {"tabsize"}, 0, 0};
  Value bound[1];
  if (!bind_arguments(rt, kParameters, args + 1, nargs - 1, kwnames, bound)) return Value();
  int64_t tabsize = 8;
  if (!bound[0].is_null() && !index_as_int64(rt, bound[0], &tabsize, Exc::kOverflowError)) return Value();
  const std::string_view text = self_str(args)->view();
  std::string out;
  int64_t column = 0;
  for (size_t pos = 0; pos < text.size();) {
    const size_t start = pos;
    const uint32_t c = utf8_decode_at(text, &pos);
    if (c == '\t') {
      if (tabsize > 0) {
        const int64_t spaces = tabsize - column % tabsize;
        out.append(static_cast<size_t>(spaces), ' ');
        column += spaces;
      }
    } else {
      out.append(text.substr(start, pos - start));
      column = (c == '\n' || c == '\r') ? 0 : column + 1;
    }
  }
  return make_str(rt, out);
}

// ------------------------------------------------------ encode/translate

Value str_encode_method(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"encode", {"encoding", "errors"}, 0, 0};
  if (nargs - tuple_size(kwnames) > 3) {
    return rt.raise(Exc::kTypeError, cat("encode() takes at most 2 arguments (", nargs - 1, " given)"));
  }
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args + 1, nargs - 1, kwnames, bound)) return Value();
  return str_encode(rt, args[0], bound[0], bound[1], "encode");
}

Value str_maketrans(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "maketrans", nargs, kwnames, 1, 3)) return Value();
  Ref<Dict> table = make_dict(rt);
  if (nargs == 1) {
    if (!is_dict(args[0])) {
      return rt.raise(Exc::kTypeError, "if you give only one argument to maketrans it must be a dict");
    }
    size_t position = 0;
    DictEntry* entry;
    while (dict_next(as_dict(args[0]), &position, &entry)) {
      Value key = entry->key;
      if (is_str(key)) {
        if (as_str(key)->length != 1) {
          return rt.raise(Exc::kValueError, "string keys in translate table must be of length 1");
        }
        key = Value::small_int(str_code_point_at(as_str(key), 0));
      } else if (!is_int(key)) {
        return rt.raise(Exc::kTypeError, "keys in translate table must be strings or integers");
      }
      if (!dict_set(rt, table.get(), key, entry->value)) return Value();
    }
    return table;
  }
  Str *from, *to;
  if (!str_argument(rt, args[0], "maketrans() argument 1 ", &from) ||
      !str_argument(rt, args[1], "maketrans() argument 2 ", &to)) {
    return Value();
  }
  if (from->length != to->length) {
    return rt.raise(Exc::kValueError, "the first two maketrans arguments must have equal length");
  }
  for (int64_t i = 0; i < from->length; ++i) {
    dict_set(rt, table.get(), Value::small_int(str_code_point_at(from, i)),
             Value::small_int(str_code_point_at(to, i)));
  }
  if (nargs == 3) {
    Str* deleted;
    if (!str_argument(rt, args[2], "maketrans() argument 3 ", &deleted)) return Value();
    for (int64_t i = 0; i < deleted->length; ++i) {
      dict_set(rt, table.get(), Value::small_int(str_code_point_at(deleted, i)), Value::none());
    }
  }
  return table;
}

Value str_translate(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "str.translate", nargs - 1, kwnames)) return Value();
  const std::string_view text = self_str(args)->view();
  std::string out;
  for (size_t pos = 0; pos < text.size();) {
    const size_t start = pos;
    const uint32_t c = utf8_decode_at(text, &pos);
    Value mapped = get_item(rt, args[1], Value::small_int(c));
    if (mapped.is_null()) {
      if (!rt.error_matches(Exc::kLookupError)) return Value();
      rt.clear_error();
      out.append(text.substr(start, pos - start));
    } else if (mapped.is_none()) {
      continue;
    } else if (is_int(mapped)) {
      int64_t cp;
      if (!int_to_int64(mapped, &cp) || cp < 0 || cp > 0x10FFFF) {
        return rt.raise(Exc::kValueError, "character mapping must be in range(0x110000)");
      }
      utf8_append(out, static_cast<uint32_t>(cp));
    } else if (is_str(mapped)) {
      out.append(as_str(mapped)->view());
    } else {
      return rt.raise(Exc::kTypeError, "character mapping must return integer, None or str");
    }
  }
  return make_str(rt, out);
}

// --------------------------------------------------------------- formatting

Value str_format_builtin(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return str_format_method(rt, self_str(args), args + 1, nargs - 1, kwnames);
}

Value str_format_map(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "str.format_map", nargs - 1, kwnames)) return Value();
  return str_format_with_mapping(rt, self_str(args), args[1]);
}

Value str_dunder_format(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "__format__", nargs - 1, kwnames, 1, 1)) return Value();
  if (!is_str(args[1])) {
    return rt.raise(Exc::kTypeError, cat("__format__() argument must be str, not ", type_name(rt, args[1])));
  }
  const std::string_view spec = as_str(args[1])->view();
  if (spec.empty()) return to_str(rt, args[0]);
  return format_str_value(rt, self_str(args), spec);
}

}  // namespace

Value format_str_value(Runtime& rt, Str* str, std::string_view spec) {
  if (spec.empty()) return Value::from_object(str);
  FormatSpecResult parsed = parse_format_spec(spec, FormatTarget::kString, "str");
  if (!parsed.ok()) return rt.raise(Exc::kValueError, parsed.error->message);
  FormatResult result = format_string(parsed.spec, str->view());
  if (!result.ok()) return rt.raise(Exc::kValueError, result.error->message);
  return make_str(rt, result.text);
}

namespace {

Value str_getnewargs(Runtime& rt, const Value* args, size_t, Tuple*) {
  return make_tuple(rt, {make_str(rt, self_str(args)->view())});
}

Value str_mod_reflected(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "str.__rmod__", nargs - 1, kwnames)) return Value();
  if (!is_str(args[1])) return rt.not_implemented();
  return str_percent_format(rt, as_str(args[1]), args[0]);
}

const MethodDef kStrMethods[] = {
    {"find", str_find},
    {"rfind", str_rfind},
    {"index", str_index},
    {"rindex", str_rindex},
    {"count", str_count},
    {"startswith", str_startswith},
    {"endswith", str_endswith},
    {"split", str_split},
    {"rsplit", str_rsplit},
    {"splitlines", str_splitlines},
    {"partition", str_partition},
    {"rpartition", str_rpartition},
    {"join", str_join_method},
    {"replace", str_replace},
    {"strip", str_strip},
    {"lstrip", str_lstrip},
    {"rstrip", str_rstrip},
    {"removeprefix", str_removeprefix},
    {"removesuffix", str_removesuffix},
    {"upper", str_upper},
    {"lower", str_lower},
    {"swapcase", str_swapcase},
    {"casefold", str_casefold},
    {"title", str_title},
    {"capitalize", str_capitalize},
    {"isalpha", str_isalpha},
    {"isalnum", str_isalnum},
    {"isdigit", str_isdigit},
    {"isdecimal", str_isdecimal},
    {"isnumeric", str_isnumeric},
    {"isspace", str_isspace},
    {"isprintable", str_isprintable},
    {"isascii", str_isascii},
    {"isupper", str_isupper},
    {"islower", str_islower},
    {"istitle", str_istitle},
    {"isidentifier", str_isidentifier},
    {"ljust", str_ljust},
    {"rjust", str_rjust},
    {"center", str_center},
    {"zfill", str_zfill},
    {"expandtabs", str_expandtabs},
    {"encode", str_encode_method},
    {"maketrans", str_maketrans, MethodKind::kStatic},
    {"translate", str_translate},
    {"format", str_format_builtin},
    {"format_map", str_format_map},
    {"__format__", str_dunder_format},
    {"__getnewargs__", str_getnewargs},
    {"__rmod__", str_mod_reflected},
};

}  // namespace

std::span<const MethodDef> str_methods() { return kStrMethods; }

Value str_encode(Runtime& rt, const Value& str, const Value& encoding, const Value& errors,
                 std::string_view function) {
  CodecArguments codec;
  if (!codec_arguments(rt, function, encoding, errors, &codec)) return Value();
  return encode_to_bytes(rt, codec.codec, codec.errors, str);
}

Value str_decode_bytes(Runtime& rt, const Value& bytes, const Value& encoding, const Value& errors,
                       std::string_view function) {
  if (is_str(bytes)) return rt.raise(Exc::kTypeError, "decoding str is not supported");
  if (!is_bytes_like(rt, bytes)) {
    return rt.raise(Exc::kTypeError, cat("decoding to str: need a bytes-like object, ",
                                         type_name(rt, bytes), " found"));
  }
  CodecArguments codec;
  if (!codec_arguments(rt, function, encoding, errors, &codec)) return Value();
  return decode_to_str(rt, codec.codec, codec.errors, bytes_view(bytes));
}

}  // namespace pyvm
