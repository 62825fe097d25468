// SPDX-License-Identifier: GPL-3.0-or-later
// str.format and str.format_map (PEP 3101): literal text with {{ }} escapes
// and replacement fields {name.attr[key]!conversion:spec}, where the spec may
// itself contain fields one level deep.
#include "runtime/concat.h"
#include "runtime/dict.h"
#include "runtime/int.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/str_methods.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

// Where field names are looked up: the call's arguments or a mapping.
class FieldSource {
 public:
  FieldSource(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames)
      : rt_(rt), args_(args), positional_(nargs - tuple_size(kwnames)), kwnames_(kwnames) {}
  FieldSource(Runtime& rt, const Value& mapping) : rt_(rt), mapping_(mapping) {}

  Value positional(int64_t index) {
    if (!mapping_.is_null()) {
      return rt_.raise(Exc::kValueError, "Format string contains positional fields");
    }
    if (index < 0 || static_cast<size_t>(index) >= positional_) {
      return rt_.raise(Exc::kIndexError, cat("Replacement index ", index,
                                             " out of range for positional args tuple"));
    }
    return args_[index];
  }

  Value keyword(std::string_view name) {
    Value key = str_value(rt_, name);
    if (!mapping_.is_null()) return get_item(rt_, mapping_, key);
    for (size_t i = 0; i < tuple_size(kwnames_); ++i) {
      if (as_str((*kwnames_)[i])->view() == name) return args_[positional_ + i];
    }
    return rt_.raise_with_arg(Exc::kKeyError, key);
  }

  // Automatic numbering ({}) and manual ({0}) cannot be mixed.
  bool next_automatic(int64_t* index) {
    if (numbering_ == Numbering::kManual) {
      rt_.raise(Exc::kValueError,
                "cannot switch from manual field specification to automatic field numbering");
      return false;
    }
    numbering_ = Numbering::kAutomatic;
    *index = next_index_++;
    return true;
  }
  bool use_manual() {
    if (numbering_ == Numbering::kAutomatic) {
      rt_.raise(Exc::kValueError,
                "cannot switch from automatic field numbering to manual field specification");
      return false;
    }
    numbering_ = Numbering::kManual;
    return true;
  }

 private:
  enum class Numbering { kUnknown, kAutomatic, kManual };
  Runtime& rt_;
  const Value* args_ = nullptr;
  size_t positional_ = 0;
  Tuple* kwnames_ = nullptr;
  Value mapping_;
  Numbering numbering_ = Numbering::kUnknown;
  int64_t next_index_ = 0;
};

bool all_digits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// Resolves "name.attr[key]..." to a value.
Value resolve_field(Runtime& rt, std::string_view field, FieldSource& source) {
  size_t end = 0;
  while (end < field.size() && field[end] != '.' && field[end] != '[') ++end;
  const std::string_view first = field.substr(0, end);
  Value value;
  if (first.empty()) {
    int64_t index;
    if (!source.next_automatic(&index)) return Value();
    value = source.positional(index);
  } else if (all_digits(first)) {
    if (!source.use_manual()) return Value();
    value = source.positional(std::stoll(std::string(first)));
  } else {
    value = source.keyword(first);
  }
  size_t i = end;
  while (!value.is_null() && i < field.size()) {
    if (field[i] == '.') {
      size_t j = i + 1;
      while (j < field.size() && field[j] != '.' && field[j] != '[') ++j;
      const std::string_view attribute = field.substr(i + 1, j - i - 1);
      if (attribute.empty()) return rt.raise(Exc::kValueError, "Empty attribute in format string");
      value = get_attr(rt, value, rt.intern(attribute));
      i = j;
    } else if (field[i] == '[') {
      const size_t close = field.find(']', i);
      if (close == std::string_view::npos) {
        return rt.raise(Exc::kValueError, "Missing ']' in format string");
      }
      const std::string_view key = field.substr(i + 1, close - i - 1);
      if (key.empty()) return rt.raise(Exc::kValueError, "Empty attribute in format string");
      Value key_value = all_digits(key) ? int_from_string(rt, key, 10) : str_value(rt, key);
      value = get_item(rt, value, key_value);
      i = close + 1;
    } else {
      return rt.raise(Exc::kValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return value;
}

// A replacement field as written: {name!conversion:spec}.
struct Field {
  std::string_view name;
  uint32_t conversion = 0;  // 0 when absent
  std::string_view spec;
  bool spec_has_fields = false;  // the spec contains {...} to expand first
};

// Parses one field from just after its '{' through its closing '}',
// advancing *pos past it. Follows CPython's parse_field step for step, so
// malformed fields give its messages.
bool parse_field(Runtime& rt, std::string_view text, size_t* pos, Field* field) {
  size_t i = *pos;
  const size_t name_start = i;
  char c = 0;
  // The name ends at '!', ':' or '}'; '[...]' may contain any of them.
  while (i < text.size()) {
    c = text[i++];
    if (c == '{') {
      rt.raise(Exc::kValueError, "unexpected '{' in field name");
      return false;
    }
    if (c == '[') {
      while (i < text.size() && text[i] != ']') ++i;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') break;
  }
  if (c != '}' && c != ':' && c != '!') {
    rt.raise(Exc::kValueError, "expected '}' before end of string");
    return false;
  }
  field->name = text.substr(name_start, i - 1 - name_start);
  if (c == '}') {
    *pos = i;
    return true;
  }
  if (c == '!') {
    if (i >= text.size()) {
      rt.raise(Exc::kValueError, "end of string while looking for conversion specifier");
      return false;
    }
    field->conversion = utf8_decode_at(text, &i);
    if (i < text.size()) {
      c = text[i++];
      if (c == '}') {
        *pos = i;
        return true;
      }
      if (c != ':') {
        rt.raise(Exc::kValueError, "expected ':' after conversion specifier");
        return false;
      }
    }
  }
  // The spec runs to the '}' that balances the field's '{'.
  const size_t spec_start = i;
  int depth = 1;
  while (i < text.size()) {
    c = text[i++];
    if (c == '{') {
      field->spec_has_fields = true;
      ++depth;
    } else if (c == '}' && --depth == 0) {
      field->spec = text.substr(spec_start, i - 1 - spec_start);
      *pos = i;
      return true;
    }
  }
  rt.raise(Exc::kValueError, "unmatched '{' in format spec");
  return false;
}

Value format_text(Runtime& rt, std::string_view text, FieldSource& source, int depth);

// Looks up a parsed field's value, converts it and formats it with its spec.
bool render_field(Runtime& rt, const Field& field, FieldSource& source, int depth, std::string* out) {
  Value value = resolve_field(rt, field.name, source);
  if (value.is_null()) return false;
  switch (field.conversion) {
    case 0: break;
    case 'r': value = repr(rt, value); break;
    case 's': value = to_str(rt, value); break;
    case 'a':
      value = repr(rt, value);
      if (!value.is_null()) value = make_str(rt, str_ascii_escape(as_str(value)->view()));
      break;
    default: {
      std::string shown;
      utf8_append(shown, field.conversion);
      rt.raise(Exc::kValueError, cat("Unknown conversion specifier ", shown));
      return false;
    }
  }
  if (value.is_null()) return false;
  Value spec_text = Value::from_object(rt.empty_str());
  if (!field.spec.empty()) {
    spec_text = field.spec_has_fields ? format_text(rt, field.spec, source, depth - 1)
                                      : str_value(rt, field.spec);
    if (spec_text.is_null()) return false;
  }
  Value formatted = format(rt, value, spec_text);
  if (formatted.is_null()) return false;
  out->append(as_str(formatted)->view());
  return true;
}

Value format_text(Runtime& rt, std::string_view text, FieldSource& source, int depth) {
  if (depth <= 0) return rt.raise(Exc::kValueError, "Max string recursion exceeded");
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    const char c = text[i++];
    if (c != '{' && c != '}') {
      out.push_back(c);
      continue;
    }
    const bool doubled = i < text.size() && text[i] == c;
    if (doubled) {  // {{ or }}
      out.push_back(c);
      ++i;
      continue;
    }
    if (c == '}') return rt.raise(Exc::kValueError, "Single '}' encountered in format string");
    if (i >= text.size()) return rt.raise(Exc::kValueError, "Single '{' encountered in format string");
    Field field;
    if (!parse_field(rt, text, &i, &field)) return Value();
    if (!render_field(rt, field, source, depth, &out)) return Value();
  }
  return make_str(rt, out);
}

constexpr int kMaxFormatDepth = 2;

}  // namespace

// A format string with no fields and no braces comes back as itself, a
// subclass instance included (CPython's writer hands back the one string
// it was given whole).
bool formats_to_itself(const Str* format_string) {
  return format_string->view().find_first_of("{}") == std::string_view::npos;
}

Value str_format_method(Runtime& rt, Str* format_string, const Value* args, size_t nargs,
                        Tuple* kwnames) {
  if (formats_to_itself(format_string)) return Value::from_object(format_string);
  FieldSource source(rt, args, nargs, kwnames);
  return format_text(rt, format_string->view(), source, kMaxFormatDepth);
}

Value str_format_with_mapping(Runtime& rt, Str* format_string, const Value& mapping) {
  if (formats_to_itself(format_string)) return Value::from_object(format_string);
  FieldSource source(rt, mapping);
  return format_text(rt, format_string->view(), source, kMaxFormatDepth);
}

}  // namespace pyvm
