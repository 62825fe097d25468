// SPDX-License-Identifier: GPL-3.0-or-later
// The _re module: compiled patterns (re.Pattern), their matches (re.Match)
// and the iterator over successive matches, over the engine of regex.h.
// lib/python/re.py builds the re module's functions on these: it raises
// re.error from what compile() reports, and writes sub() and split() with
// finditer().
//
// A subject string is decoded to code points once per call; the matches of
// one finditer() share that decoding, and a group's text is a slice of the
// original str or bytes.
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "lib/native_modules.h"
#include "lib/regex.h"
#include "runtime/arguments.h"
#include "runtime/bytes.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/generic_alias.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

// Patterns nest groups at most this deep (CPython's parser would run out
// of recursion).
constexpr size_t kMaxPatternLength = size_t{1} << 24;

struct Subject {
  Value object;                 // the str or bytes searched
  std::vector<uint32_t> units;  // its code points (str) or bytes
  bool is_bytes = false;
};

struct PatternObject : Object {
  Value pattern;  // the str or bytes it was compiled from
  int64_t flags = 0;
  bool is_bytes = false;
  RegexProgram program;
};

struct MatchObject : Object {
  Value pattern;  // the PatternObject
  std::shared_ptr<Subject> subject;
  std::vector<int64_t> slots;
  int64_t pos = 0, endpos = 0;
};

struct ScannerObject : Object {
  Value pattern;
  std::shared_ptr<Subject> subject;
  size_t next = 0, endpos = 0;
  bool must_advance = false;  // the previous match was empty here
  bool done = false;
};

PatternObject* as_pattern(const Value& v) { return static_cast<PatternObject*>(v.as_object()); }
MatchObject* as_match(const Value& v) { return static_cast<MatchObject*>(v.as_object()); }
ScannerObject* as_scanner(const Value& v) { return static_cast<ScannerObject*>(v.as_object()); }

void visit(const Value& v, VisitFn fn, void* context) {
  if (v.is_object()) fn(v.as_object(), context);
}

// The units of a str or bytes-like subject. The VM keeps the last str or
// bytes decoded (they cannot change), so a program matching one long text
// at successive positions decodes it once, not once per call.
std::shared_ptr<Subject> decode_subject(Runtime& rt, const PatternObject* pattern, const Value& value) {
  VM& vm = vm_of(rt);
  const bool immutable = is_str(value) || (value.is_object() && rt.type_of(value) == rt.bytes_type);
  if (immutable) {
    auto last = std::static_pointer_cast<Subject>(vm.re_last_subject);
    if (last && last->object.is(value) && last->is_bytes == pattern->is_bytes) return last;
  }
  auto subject = std::make_shared<Subject>();
  subject->object = value;
  if (is_str(value)) {
    if (pattern->is_bytes) {
      rt.raise(Exc::kTypeError, "cannot use a bytes pattern on a string-like object");
      return nullptr;
    }
    const std::string_view text = as_str(value)->view();
    subject->units.reserve(static_cast<size_t>(as_str(value)->length));
    for (size_t i = 0; i < text.size();) subject->units.push_back(utf8_decode_at(text, &i));
    vm.re_last_subject = subject;
    return subject;
  }
  if (is_bytes_like(rt, value)) {
    if (!pattern->is_bytes) {
      rt.raise(Exc::kTypeError, "cannot use a string pattern on a bytes-like object");
      return nullptr;
    }
    subject->is_bytes = true;
    for (unsigned char byte : bytes_view(value)) subject->units.push_back(byte);
    if (immutable) vm.re_last_subject = subject;
    return subject;
  }
  rt.raise(Exc::kTypeError, cat("expected string or bytes-like object, got '", type_name(rt, value), "'"));
  return nullptr;
}

// pos and endpos as CPython clamps them.
void clamp_range(int64_t length, int64_t* pos, int64_t* endpos) {
  if (*pos < 0) *pos = 0;
  if (*pos > length) *pos = length;
  if (*endpos > length) *endpos = length;
  if (*endpos < 0) *endpos = 0;
}

Value substring(Runtime& rt, const Subject& subject, int64_t start, int64_t stop) {
  if (subject.is_bytes) {
    const std::string_view data = bytes_view(subject.object);
    return make_bytes(rt, data.substr(static_cast<size_t>(start), static_cast<size_t>(stop - start)));
  }
  return Value(str_substring(rt, as_str(subject.object), start, stop));
}

Value make_match(VM& vm, const Value& pattern, std::shared_ptr<Subject> subject, RegexSpans&& spans, int64_t pos,
                 int64_t endpos) {
  auto* match = new_object<MatchObject>(vm.gc, vm.re_match_type, 0);
  match->pattern = pattern;
  match->subject = std::move(subject);
  match->slots = std::move(spans.slots);
  match->pos = pos;
  match->endpos = endpos;
  return Value::steal(match);
}

enum class MatchMode { kMatch, kFullMatch, kSearch };

// pattern.match/fullmatch/search(string, pos=0, endpos=maxsize)
Value pattern_find(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames, MatchMode mode) {
  static const Parameters kMatchParameters{"match", {"string", "pos", "endpos"}, 1};
  static const Parameters kFullParameters{"fullmatch", {"string", "pos", "endpos"}, 1};
  static const Parameters kSearchParameters{"search", {"string", "pos", "endpos"}, 1};
  const Parameters& parameters = mode == MatchMode::kMatch       ? kMatchParameters
                                 : mode == MatchMode::kFullMatch ? kFullParameters
                                                                 : kSearchParameters;
  Value bound[3];
  if (!bind_arguments(rt, parameters, args + 1, nargs - 1, kwnames, bound)) return Value();
  VM& vm = vm_of(rt);
  PatternObject* pattern = as_pattern(args[0]);
  std::shared_ptr<Subject> subject = decode_subject(rt, pattern, bound[0]);
  if (!subject) return Value();
  int64_t pos = 0, endpos = INT64_MAX;
  if (!bound[1].is_null() && !index_as_int64(rt, bound[1], &pos, Exc::kOverflowError)) return Value();
  if (!bound[2].is_null() && !index_as_int64(rt, bound[2], &endpos, Exc::kOverflowError)) return Value();
  clamp_range(static_cast<int64_t>(subject->units.size()), &pos, &endpos);
  RegexSpans spans;
  RegexMatcher matcher(vm, pattern->program, subject->units);
  int found = 0;
  if (pos <= endpos) {
    found = mode == MatchMode::kSearch
                ? matcher.search(static_cast<size_t>(pos), static_cast<size_t>(endpos), &spans, false)
                : matcher.match_at(static_cast<size_t>(pos), static_cast<size_t>(endpos), mode == MatchMode::kFullMatch,
                                   false, &spans);
  }
  if (found < 0) return Value();
  if (found == 0) return Value::none();
  return make_match(vm, args[0], std::move(subject), std::move(spans), pos, endpos);
}

Value pattern_match(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return pattern_find(rt, args, nargs, kwnames, MatchMode::kMatch);
}
Value pattern_fullmatch(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return pattern_find(rt, args, nargs, kwnames, MatchMode::kFullMatch);
}
Value pattern_search(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return pattern_find(rt, args, nargs, kwnames, MatchMode::kSearch);
}

// The next match of a finditer(): after an empty match, the next one must
// not be empty at the same place (as CPython 3.7+).
Value scanner_next(Runtime& rt, const Value& self) {
  ScannerObject* scanner = as_scanner(self);
  if (scanner->done) return Value();
  VM& vm = vm_of(rt);
  PatternObject* pattern = as_pattern(scanner->pattern);
  RegexMatcher matcher(vm, pattern->program, scanner->subject->units);
  RegexSpans spans;
  const int found = scanner->next > scanner->endpos
                        ? 0
                        : matcher.search(scanner->next, scanner->endpos, &spans, scanner->must_advance);
  if (found < 0) return Value();
  if (found == 0) {
    scanner->done = true;
    return Value();
  }
  const auto start = static_cast<size_t>(spans.slots[0]), end = static_cast<size_t>(spans.slots[1]);
  scanner->next = end;
  scanner->must_advance = start == end;
  return make_match(vm, scanner->pattern, scanner->subject, std::move(spans), 0,
                    static_cast<int64_t>(scanner->endpos));
}

Value make_scanner(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames, const char* name) {
  static const Parameters kFinditer{"finditer", {"string", "pos", "endpos"}, 1};
  static const Parameters kFindall{"findall", {"string", "pos", "endpos"}, 1};
  Value bound[3];
  if (!bind_arguments(rt, std::string_view(name) == "findall" ? kFindall : kFinditer, args + 1, nargs - 1, kwnames,
                      bound)) {
    return Value();
  }
  VM& vm = vm_of(rt);
  PatternObject* pattern = as_pattern(args[0]);
  std::shared_ptr<Subject> subject = decode_subject(rt, pattern, bound[0]);
  if (!subject) return Value();
  int64_t pos = 0, endpos = INT64_MAX;
  if (!bound[1].is_null() && !index_as_int64(rt, bound[1], &pos, Exc::kOverflowError)) return Value();
  if (!bound[2].is_null() && !index_as_int64(rt, bound[2], &endpos, Exc::kOverflowError)) return Value();
  clamp_range(static_cast<int64_t>(subject->units.size()), &pos, &endpos);
  auto* scanner = new_object<ScannerObject>(vm.gc, vm.re_scanner_type, 0);
  scanner->pattern = args[0];
  scanner->subject = std::move(subject);
  scanner->next = static_cast<size_t>(pos);
  scanner->endpos = static_cast<size_t>(endpos);
  scanner->done = pos > endpos;
  return Value::steal(scanner);
}

Value pattern_finditer(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return make_scanner(rt, args, nargs, kwnames, "finditer");
}

// A group's text, or `missing` when it did not take part.
Value group_value(Runtime& rt, const MatchObject* match, size_t group, const Value& missing) {
  const int64_t start = match->slots[2 * group], stop = match->slots[2 * group + 1];
  if (start < 0 || stop < 0) return missing;
  return substring(rt, *match->subject, start, stop);
}

// findall: the whole matches, the one group's texts, or tuples of groups
// ('' for a group that did not take part).
Value pattern_findall(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  Value scanner = make_scanner(rt, args, nargs, kwnames, "findall");
  if (scanner.is_null()) return scanner;
  const bool bytes = as_pattern(args[0])->is_bytes;
  const Value empty = bytes ? make_bytes(rt, "") : Value::from_object(rt.empty_str());
  const size_t groups = as_pattern(args[0])->program.group_count;
  Ref<List> result = make_list(rt);
  for (;;) {
    Value match = scanner_next(rt, scanner);
    if (match.is_null()) {
      if (rt.has_error()) return Value();
      break;
    }
    const MatchObject* m = as_match(match);
    if (groups <= 1) {
      result->items.push_back(group_value(rt, m, groups, empty));
      continue;
    }
    Ref<Tuple> item = allocate_tuple(rt, groups);
    for (size_t g = 1; g <= groups; ++g) (*item)[g - 1] = group_value(rt, m, g, empty);
    result->items.push_back(Value(std::move(item)));
  }
  return Value(std::move(result));
}

// The group a Match method argument names: an int, or a group name.
bool group_index(Runtime& rt, const MatchObject* match, const Value& key, size_t* out) {
  const RegexProgram& program = as_pattern(match->pattern)->program;
  if (is_str(key) || is_bytes_like(rt, key)) {
    if (is_str(key)) {
      auto it = program.group_names.find(std::string(as_str(key)->view()));
      if (it != program.group_names.end()) {
        *out = it->second;
        return true;
      }
    }
    rt.raise(Exc::kIndexError, "no such group");
    return false;
  }
  int64_t index;
  if (!is_int(key) || !int_to_int64(key, &index) || index < 0 || index > static_cast<int64_t>(program.group_count)) {
    rt.raise(Exc::kIndexError, "no such group");
    return false;
  }
  *out = static_cast<size_t>(index);
  return true;
}

Value match_group(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, "group", kwnames)) return Value();
  const MatchObject* match = as_match(args[0]);
  if (nargs == 1) return group_value(rt, match, 0, Value::none());
  if (nargs == 2) {
    size_t g;
    if (!group_index(rt, match, args[1], &g)) return Value();
    return group_value(rt, match, g, Value::none());
  }
  Ref<Tuple> result = allocate_tuple(rt, nargs - 1);
  for (size_t i = 1; i < nargs; ++i) {
    size_t g;
    if (!group_index(rt, match, args[i], &g)) return Value();
    (*result)[i - 1] = group_value(rt, match, g, Value::none());
  }
  return Value(std::move(result));
}

Value match_getitem(Runtime& rt, const Value& self, const Value& key) {
  size_t g;
  if (!group_index(rt, as_match(self), key, &g)) return Value();
  return group_value(rt, as_match(self), g, Value::none());
}

Value match_groups(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"groups", {"default"}, 0};
  Value bound[1];
  if (!bind_arguments(rt, kParameters, args + 1, nargs - 1, kwnames, bound)) return Value();
  const Value missing = bound[0].is_null() ? Value::none() : bound[0];
  const MatchObject* match = as_match(args[0]);
  const size_t groups = as_pattern(match->pattern)->program.group_count;
  Ref<Tuple> result = allocate_tuple(rt, groups);
  for (size_t g = 1; g <= groups; ++g) (*result)[g - 1] = group_value(rt, match, g, missing);
  return Value(std::move(result));
}

Value match_groupdict(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"groupdict", {"default"}, 0};
  Value bound[1];
  if (!bind_arguments(rt, kParameters, args + 1, nargs - 1, kwnames, bound)) return Value();
  const Value missing = bound[0].is_null() ? Value::none() : bound[0];
  const MatchObject* match = as_match(args[0]);
  Ref<Dict> result = make_dict(rt);
  // In group order, as CPython's dict of names.
  std::vector<std::pair<uint32_t, const std::string*>> names;
  for (const auto& [name, number] : as_pattern(match->pattern)->program.group_names) names.emplace_back(number, &name);
  std::sort(names.begin(), names.end());
  for (const auto& [number, name] : names) {
    if (!dict_set(rt, result.get(), make_str(rt, *name), group_value(rt, match, number, missing))) return Value();
  }
  return Value(std::move(result));
}

// start(g), end(g), span(g): -1 for a group that did not take part.
Value match_position(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames, int which) {
  static const char* const kNames[] = {"start", "end", "span"};
  if (!expect_positional(rt, kNames[which], nargs - 1, kwnames, 0, 1)) return Value();
  const MatchObject* match = as_match(args[0]);
  size_t g = 0;
  if (nargs > 1 && !group_index(rt, match, args[1], &g)) return Value();
  const int64_t start = match->slots[2 * g], stop = match->slots[2 * g + 1];
  const bool taken = start >= 0 && stop >= 0;
  const Value s = Value::small_int(taken ? start : -1), e = Value::small_int(taken ? stop : -1);
  if (which == 0) return s;
  if (which == 1) return e;
  return Value(make_tuple(rt, {s, e}));
}
Value match_start(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return match_position(rt, args, nargs, kwnames, 0);
}
Value match_end(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return match_position(rt, args, nargs, kwnames, 1);
}
Value match_span(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return match_position(rt, args, nargs, kwnames, 2);
}

Value match_repr(Runtime& rt, const Value& self) {
  const MatchObject* match = as_match(self);
  std::string text;
  if (!repr_text(rt, group_value(rt, match, 0, Value::none()), &text)) return Value();
  return make_str(rt, cat("<re.Match object; span=(", match->slots[0], ", ", match->slots[1], "), match=", text, ">"));
}

Value match_string(Runtime&, const Value& self) { return as_match(self)->subject->object; }
Value match_re(Runtime&, const Value& self) { return as_match(self)->pattern; }
Value match_pos(Runtime&, const Value& self) { return Value::small_int(as_match(self)->pos); }
Value match_endpos(Runtime&, const Value& self) { return Value::small_int(as_match(self)->endpos); }
// The last group that closed, by number and by name (None when none).
size_t last_index(const MatchObject* match) {
  size_t best = 0;
  int64_t best_end = -1;
  const size_t groups = as_pattern(match->pattern)->program.group_count;
  for (size_t g = 1; g <= groups; ++g) {
    const int64_t end = match->slots[2 * g + 1];
    if (match->slots[2 * g] >= 0 && end >= 0 && end >= best_end) {
      // The outermost group that ended last is the one CPython reports.
      if (end > best_end || best == 0) {
        best = g;
        best_end = end;
      }
    }
  }
  return best;
}
Value match_lastindex(Runtime&, const Value& self) {
  const size_t g = last_index(as_match(self));
  return g == 0 ? Value::none() : Value::small_int(static_cast<int64_t>(g));
}
Value match_lastgroup(Runtime& rt, const Value& self) {
  const size_t g = last_index(as_match(self));
  if (g == 0) return Value::none();
  for (const auto& [name, number] : as_pattern(as_match(self)->pattern)->program.group_names) {
    if (number == g) return Value(make_str(rt, name));
  }
  return Value::none();
}
Value match_regs(Runtime& rt, const Value& self) {
  const MatchObject* match = as_match(self);
  const size_t groups = match->slots.size() / 2;
  Ref<Tuple> result = allocate_tuple(rt, groups);
  for (size_t g = 0; g < groups; ++g) {
    (*result)[g] = Value(make_tuple(rt, {Value::small_int(match->slots[2 * g]), Value::small_int(match->slots[2 * g + 1])}));
  }
  return Value(std::move(result));
}

Value match_expand(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames);

const MethodDef kMatchMethods[] = {
    {"group", match_group},   {"groups", match_groups}, {"groupdict", match_groupdict},
    {"start", match_start},   {"end", match_end},       {"span", match_span},
    {"expand", match_expand},
};

const GetSetDef kMatchGetSets[] = {
    {"string", match_string},       {"re", match_re},       {"pos", match_pos},   {"endpos", match_endpos},
    {"lastindex", match_lastindex}, {"lastgroup", match_lastgroup}, {"regs", match_regs},
};

// ---- Pattern

// re.compile('a+', re.IGNORECASE): the flags by name, re.UNICODE left out
// for a str pattern (it is the default).
Value pattern_repr(Runtime& rt, const Value& self) {
  const PatternObject* pattern = as_pattern(self);
  std::string text;
  if (!repr_text(rt, pattern->pattern, &text)) return Value();
  if (text.size() > 200) text.resize(200);
  static const std::pair<int64_t, const char*> kNames[] = {
      {kRegexTemplate, "re.TEMPLATE"}, {kRegexIgnoreCase, "re.IGNORECASE"}, {kRegexLocale, "re.LOCALE"},
      {kRegexMultiline, "re.MULTILINE"}, {kRegexDotAll, "re.DOTALL"},     {kRegexUnicode, "re.UNICODE"},
      {kRegexVerbose, "re.VERBOSE"},   {kRegexDebug, "re.DEBUG"},         {kRegexAscii, "re.ASCII"}};
  int64_t flags = pattern->flags;
  if (!pattern->is_bytes) flags &= ~static_cast<int64_t>(kRegexUnicode);
  std::string shown;
  for (const auto& [bit, name] : kNames) {
    if ((flags & bit) == 0) continue;
    if (!shown.empty()) shown += '|';
    shown += name;
    flags &= ~bit;
  }
  if (flags != 0) {
    if (!shown.empty()) shown += '|';
    char hex[32];
    std::snprintf(hex, sizeof hex, "0x%llx", static_cast<unsigned long long>(flags));
    shown += hex;
  }
  return make_str(rt, shown.empty() ? cat("re.compile(", text, ")") : cat("re.compile(", text, ", ", shown, ")"));
}

Value pattern_pattern(Runtime&, const Value& self) { return as_pattern(self)->pattern; }
Value pattern_flags(Runtime&, const Value& self) { return Value::small_int(as_pattern(self)->flags); }
Value pattern_groups(Runtime&, const Value& self) {
  return Value::small_int(static_cast<int64_t>(as_pattern(self)->program.group_count));
}
Value pattern_groupindex(Runtime& rt, const Value& self) {
  Ref<Dict> result = make_dict(rt);
  for (const auto& [name, number] : as_pattern(self)->program.group_names) {
    if (!dict_set(rt, result.get(), make_str(rt, name), Value::small_int(number))) return Value();
  }
  return Value(std::move(result));
}

Value pattern_compare(Runtime& rt, const Value& a, const Value& b, CompareOp op) {
  if ((op != CompareOp::kEqual && op != CompareOp::kNotEqual) || rt.type_of(b) != rt.type_of(a)) {
    return rt.not_implemented();
  }
  int same = as_pattern(a)->flags == as_pattern(b)->flags ? equals(rt, as_pattern(a)->pattern, as_pattern(b)->pattern) : 0;
  if (same < 0) return Value();
  return Value::boolean((same == 1) == (op == CompareOp::kEqual));
}

bool pattern_hash(Runtime& rt, const Value& self, int64_t* out) {
  if (!hash(rt, as_pattern(self)->pattern, out)) return false;
  *out ^= as_pattern(self)->flags * 1000003;
  if (*out == -1) *out = -2;
  return true;
}

// Pattern.sub/subn/split and Match.expand are written in Python (re.py):
// these call re's function with self first.
Value call_re_helper(Runtime& rt, const char* helper, const Value* args, size_t nargs) {
  VM& vm = vm_of(rt);
  Value module = vm.import_module(vm.intern("re"), Value(), Value::none(), 0);
  if (module.is_null()) return module;
  Value function = get_attr(rt, module, rt.intern(helper));
  if (function.is_null()) return function;
  return call(rt, function, args, nargs);
}

Value pattern_sub_like(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames, bool with_count) {
  static const Parameters kSub{"sub", {"repl", "string", "count"}, 2};
  static const Parameters kSubn{"subn", {"repl", "string", "count"}, 2};
  Value bound[3];
  if (!bind_arguments(rt, with_count ? kSubn : kSub, args + 1, nargs - 1, kwnames, bound)) return Value();
  const Value call_args[] = {args[0], bound[0], bound[1], bound[2].is_null() ? Value::small_int(0) : bound[2]};
  Value result = call_re_helper(rt, "_subn", call_args, 4);
  if (result.is_null() || with_count) return result;
  return (*as_tuple(result))[0];
}
Value pattern_sub(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return pattern_sub_like(rt, args, nargs, kwnames, false);
}
Value pattern_subn(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return pattern_sub_like(rt, args, nargs, kwnames, true);
}
Value pattern_split(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"split", {"string", "maxsplit"}, 1};
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args + 1, nargs - 1, kwnames, bound)) return Value();
  const Value call_args[] = {args[0], bound[0], bound[1].is_null() ? Value::small_int(0) : bound[1]};
  return call_re_helper(rt, "_split", call_args, 3);
}
Value match_expand(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "expand", nargs - 1, kwnames)) return Value();
  return call_re_helper(rt, "_expand", args, 2);
}
Value return_self(Runtime& rt, const Value* args, size_t nargs, Tuple*) {
  if (nargs > 2) return rt.raise(Exc::kTypeError, "__deepcopy__ expected 1 argument");
  return args[0];
}

const MethodDef kPatternMethods[] = {
    {"match", pattern_match},       {"fullmatch", pattern_fullmatch}, {"search", pattern_search},
    {"finditer", pattern_finditer}, {"findall", pattern_findall},     {"sub", pattern_sub},
    {"subn", pattern_subn},         {"split", pattern_split},         {"__copy__", return_self},
    {"__deepcopy__", return_self},
};

const GetSetDef kPatternGetSets[] = {
    {"pattern", pattern_pattern},
    {"flags", pattern_flags},
    {"groups", pattern_groups},
    {"groupindex", pattern_groupindex},
};

// _re.compile(pattern, flags): (Pattern, None, warnings), or (None,
// (message, position), ()) for re.py to raise as re.error; the warnings
// are CPython's FutureWarnings about the pattern.
Value re_compile(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "compile", nargs, kwnames, 2, 2)) return Value();
  VM& vm = vm_of(rt);
  const Value& source = args[0];
  int64_t flags;
  if (!index_as_int64(rt, args[1], &flags, Exc::kOverflowError)) return Value();
  const bool is_bytes = !is_str(source);
  if (is_bytes && !is_bytes_like(rt, source)) {
    return rt.raise(Exc::kTypeError, "first argument must be string or compiled pattern");
  }
  auto failure = [&](std::string_view message, const Value& position) {
    return Value(make_tuple(rt, {Value::none(), Value(make_tuple(rt, {make_str(rt, message), position})),
                                 Value::from_object(rt.empty_tuple())}));
  };
  if (!is_bytes && (flags & kRegexLocale) != 0) return failure("cannot use LOCALE flag with a str pattern", Value::none());
  if ((flags & kRegexAscii) != 0 && (flags & kRegexUnicode) != 0) {
    return failure("ASCII and UNICODE flags are incompatible", Value::none());
  }
  std::vector<uint32_t> units;
  if (is_bytes) {
    for (unsigned char byte : bytes_view(source)) units.push_back(byte);
  } else {
    const std::string_view text = as_str(source)->view();
    for (size_t i = 0; i < text.size();) units.push_back(utf8_decode_at(text, &i));
  }
  if (units.size() > kMaxPatternLength) return rt.raise(Exc::kOverflowError, "regular expression is too large");
  auto* pattern = new_object<PatternObject>(vm.gc, vm.re_pattern_type, 0);
  Value result = Value::steal(pattern);
  pattern->pattern = source;
  pattern->is_bytes = is_bytes;
  if (std::optional<RegexError> error = compile_regex(units, static_cast<uint32_t>(flags), is_bytes, &pattern->program)) {
    if (error->message == "maximum recursion depth exceeded") return rt.raise(Exc::kRecursionError, error->message);
    return failure(error->message, error->position < 0 ? Value::none() : Value::small_int(error->position));
  }
  // A str pattern is UNICODE unless ASCII.
  uint32_t effective = pattern->program.flags;
  if (!is_bytes && (effective & kRegexAscii) == 0) effective |= kRegexUnicode;
  pattern->flags = effective;
  Ref<Tuple> warnings = allocate_tuple(rt, pattern->program.warnings.size());
  for (size_t i = 0; i < pattern->program.warnings.size(); ++i) (*warnings)[i] = Value(make_str(rt, pattern->program.warnings[i]));
  return Value(make_tuple(rt, {result, Value::none(), Value(std::move(warnings))}));
}

const MethodDef kReFunctions[] = {
    {"compile", re_compile},
};

template <class T>
void define_re_type(VM& vm, Type* type, const char* name) {
  define_builtin_type(vm, type, name, vm.object_type, sizeof(T), kTypeHasGc, dealloc_object<T>);
  type->module_name = Ref<Str>::borrow(vm.intern("re"));
}

}  // namespace

Value make_re_module(VM& vm) {
  if (!vm.re_pattern_type->name) {
    Type* type = vm.re_pattern_type;
    define_re_type<PatternObject>(vm, type, "Pattern");
    type->flags |= kTypeWeakReferenceable;
    type->traverse = [](Object* self, VisitFn fn, void* context) { visit(static_cast<PatternObject*>(self)->pattern, fn, context); };
    type->clear = [](Object* self) { Value dropped = std::move(static_cast<PatternObject*>(self)->pattern); };
    type->repr = pattern_repr;
    type->compare = pattern_compare;
    type->hash = pattern_hash;
    add_methods(vm, type, kPatternMethods);
    add_class_getitem(vm, type);  // re.Pattern[str]
    add_getsets(vm, type, kPatternGetSets);
    finish_type(vm, type);

    type = vm.re_match_type;
    define_re_type<MatchObject>(vm, type, "Match");
    type->traverse = [](Object* self, VisitFn fn, void* context) {
      auto* m = static_cast<MatchObject*>(self);
      visit(m->pattern, fn, context);
      if (m->subject) visit(m->subject->object, fn, context);
    };
    type->clear = [](Object* self) {
      auto* m = static_cast<MatchObject*>(self);
      Value dropped = std::move(m->pattern);
      m->subject.reset();
    };
    type->repr = match_repr;
    type->getitem = match_getitem;
    add_methods(vm, type, kMatchMethods);
    add_class_getitem(vm, type);  // re.Match[str]
    add_getsets(vm, type, kMatchGetSets);
    finish_type(vm, type);

    type = vm.re_scanner_type;
    define_re_type<ScannerObject>(vm, type, "Scanner");
    type->traverse = [](Object* self, VisitFn fn, void* context) {
      auto* s = static_cast<ScannerObject*>(self);
      visit(s->pattern, fn, context);
      if (s->subject) visit(s->subject->object, fn, context);
    };
    type->clear = [](Object* self) {
      auto* s = static_cast<ScannerObject*>(self);
      Value dropped = std::move(s->pattern);
      s->subject.reset();
    };
    type->iter = [](Runtime&, const Value& self) { return self; };
    type->next = scanner_next;
    finish_type(vm, type);
  }
  Value module = make_module_with_functions(vm, "_re", kReFunctions);
  if (module.is_null()) return module;
  Dict* dict = module_dict(module);
  dict_set_str(vm, dict, vm.intern("Pattern"), Value::from_object(vm.re_pattern_type));
  dict_set_str(vm, dict, vm.intern("Match"), Value::from_object(vm.re_match_type));
  return module;
}

}  // namespace pyvm
