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

Value format_text(Runtime& rt, std::string_view text, FieldSource& source, int depth);

// One replacement field's body (between the braces): name, !conversion, :spec.
bool format_field(Runtime& rt, std::string_view body, FieldSource& source, int depth,
                  std::string* out) {
  // The name ends at the first '!' or ':' outside brackets.
  size_t i = 0;
  while (i < body.size() && body[i] != '!' && body[i] != ':') {
    if (body[i] == '[') {
      while (i < body.size() && body[i] != ']') ++i;
    }
    if (i < body.size()) ++i;
  }
  const std::string_view name = body.substr(0, i);
  char conversion = 0;
  std::string_view spec;
  if (i < body.size() && body[i] == '!') {
    if (i + 1 >= body.size() || body[i + 1] == ':') {
      rt.raise(Exc::kValueError, "unmatched '{' in format spec");
      return false;
    }
    conversion = body[i + 1];
    i += 2;
    if (i < body.size() && body[i] != ':') {
      rt.raise(Exc::kValueError, "expected ':' after conversion specifier");
      return false;
    }
  }
  if (i < body.size() && body[i] == ':') spec = body.substr(i + 1);
  Value value = resolve_field(rt, name, source);
  if (value.is_null()) return false;
  switch (conversion) {
    case 0: break;
    case 'r': value = repr(rt, value); break;
    case 's': value = to_str(rt, value); break;
    case 'a':
      value = repr(rt, value);
      if (!value.is_null()) value = make_str(rt, str_ascii_escape(as_str(value)->view()));
      break;
    default: {
      std::string shown;
      utf8_append(shown, static_cast<unsigned char>(conversion));
      rt.raise(Exc::kValueError, cat("Unknown conversion specifier ", shown));
      return false;
    }
  }
  if (value.is_null()) return false;
  Value spec_text = Value::from_object(rt.empty_str());
  if (!spec.empty()) {
    spec_text = spec.find('{') != std::string_view::npos ? format_text(rt, spec, source, depth - 1)
                                                         : str_value(rt, spec);
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
    const char c = text[i];
    if (c == '}') {
      if (i + 1 < text.size() && text[i + 1] == '}') {
        out.push_back('}');
        i += 2;
        continue;
      }
      return rt.raise(Exc::kValueError, "Single '}' encountered in format string");
    }
    if (c != '{') {
      out.push_back(c);
      ++i;
      continue;
    }
    if (i + 1 < text.size() && text[i + 1] == '{') {
      out.push_back('{');
      i += 2;
      continue;
    }
    if (i + 1 >= text.size()) {
      return rt.raise(Exc::kValueError, "Single '{' encountered in format string");
    }
    // Find the matching '}' (nested braces belong to the spec).
    size_t j = i + 1;
    int nesting = 1;
    bool in_brackets = false;
    while (j < text.size()) {
      if (text[j] == '[') in_brackets = true;
      else if (text[j] == ']') in_brackets = false;
      else if (text[j] == '{' && !in_brackets) ++nesting;
      else if (text[j] == '}' && !in_brackets && --nesting == 0) break;
      ++j;
    }
    if (j >= text.size()) return rt.raise(Exc::kValueError, "expected '}' before end of string");
    if (!format_field(rt, text.substr(i + 1, j - i - 1), source, depth, &out)) return Value();
    i = j + 1;
  }
  return make_str(rt, out);
}

constexpr int kMaxFormatDepth = 2;

}  // namespace

Value str_format_method(Runtime& rt, Str* format_string, const Value* args, size_t nargs,
                        Tuple* kwnames) {
  FieldSource source(rt, args, nargs, kwnames);
  return format_text(rt, format_string->view(), source, kMaxFormatDepth);
}

Value str_format_with_mapping(Runtime& rt, Str* format_string, const Value& mapping) {
  FieldSource source(rt, mapping);
  return format_text(rt, format_string->view(), source, kMaxFormatDepth);
}

}  // namespace pyvm
