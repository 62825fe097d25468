// SPDX-License-Identifier: GPL-3.0-or-later
// ast.dump's format: Node(field=value, ...), lists as [...], optional fields
// left out when absent, constants as Python's repr() of their value. Fields
// follow the order of CPython 3.11's Parser/Python.asdl.
#include "compiler/ast_dump.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <string_view>
#include <vector>

#include "compiler/unicode.h"

namespace pyvm {
namespace {

// ------------------------------------------------------------ constant reprs

// Shortest round-trip digits and the decimal exponent of the first digit.
void shortest_digits(double value, std::string* digits, int* exponent) {
  char buffer[64];
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
  const std::string_view text(buffer, static_cast<size_t>(result.ptr - buffer));
  const size_t e = text.find('e');
  digits->clear();
  for (char c : text.substr(0, e)) {
    if (c != '.') digits->push_back(c);
  }
  while (digits->size() > 1 && digits->back() == '0') digits->pop_back();
  *exponent = std::stoi(std::string(text.substr(e + 1)));
}

// Python's float formatting with repr precision; `add_dot_zero` is what
// float repr does and complex repr does not.
std::string format_float(double value, bool add_dot_zero) {
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  if (std::isnan(value)) return "nan";
  std::string sign;
  if (std::signbit(value)) {
    sign = "-";
    value = -value;
  }
  if (value == 0.0) return sign + (add_dot_zero ? "0.0" : "0");
  std::string digits;
  int exponent = 0;
  shortest_digits(value, &digits, &exponent);
  const int point = exponent + 1;  // digits before the decimal point
  std::string out;
  if (point > -4 && point <= 16) {
    if (point <= 0) {
      out = "0." + std::string(static_cast<size_t>(-point), '0') + digits;
    } else if (point >= static_cast<int>(digits.size())) {
      out = digits + std::string(static_cast<size_t>(point) - digits.size(), '0');
      if (add_dot_zero) out += ".0";
    } else {
      out = digits.substr(0, static_cast<size_t>(point)) + "." +
            digits.substr(static_cast<size_t>(point));
    }
  } else {
    out = digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    char exponent_text[16];
    std::snprintf(exponent_text, sizeof exponent_text, "e%c%02d", exponent < 0 ? '-' : '+',
                  exponent < 0 ? -exponent : exponent);
    out += exponent_text;
  }
  return sign + out;
}

void append_hex_escape(std::string* out, const char* prefix, unsigned value, int width) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%s%0*x", prefix, width, value);
  *out += buffer;
}

std::string str_repr(const std::string& value) {
  const bool has_single = value.find('\'') != std::string::npos;
  const bool has_double = value.find('"') != std::string::npos;
  const char quote = has_single && !has_double ? '"' : '\'';
  std::string out(1, quote);
  size_t i = 0;
  while (i < value.size()) {
    const char32_t c = unicode::decode_utf8(value, &i);
    if (c == static_cast<char32_t>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F) {
      append_hex_escape(&out, "\\x", static_cast<unsigned>(c), 2);
    } else if (c < 0x7F) {
      out += static_cast<char>(c);
    } else if (unicode::is_printable(c)) {
      unicode::append_utf8(&out, c);
    } else if (c <= 0xFF) {
      append_hex_escape(&out, "\\x", static_cast<unsigned>(c), 2);
    } else if (c <= 0xFFFF) {
      append_hex_escape(&out, "\\u", static_cast<unsigned>(c), 4);
    } else {
      append_hex_escape(&out, "\\U", static_cast<unsigned>(c), 8);
    }
  }
  out += quote;
  return out;
}

std::string bytes_repr(const std::string& value) {
  const bool has_single = value.find('\'') != std::string::npos;
  const bool has_double = value.find('"') != std::string::npos;
  const char quote = has_single && !has_double ? '"' : '\'';
  std::string out = "b";
  out += quote;
  for (char raw : value) {
    const auto c = static_cast<unsigned char>(raw);
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      append_hex_escape(&out, "\\x", c, 2);
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
  return out;
}

// The decimal digits of a big integer literal, by schoolbook conversion
// (dump only: the runtime converts with GMP).
std::string big_int_decimal(const ast::BigIntLiteral& literal) {
  std::vector<int> decimal{0};  // least significant digit first
  for (char c : literal.digits) {
    const int digit = (c >= '0' && c <= '9') ? c - '0' : (c | 0x20) - 'a' + 10;
    int carry = digit;
    for (int& d : decimal) {
      const int value = d * literal.base + carry;
      d = value % 10;
      carry = value / 10;
    }
    while (carry > 0) {
      decimal.push_back(carry % 10);
      carry /= 10;
    }
  }
  std::string out;
  for (auto it = decimal.rbegin(); it != decimal.rend(); ++it) out += static_cast<char>('0' + *it);
  return out;
}

std::string constant_repr(const ast::ConstantValue& value) {
  struct Visitor {
    std::string operator()(const ast::NoneLiteral&) const { return "None"; }
    std::string operator()(bool flag) const { return flag ? "True" : "False"; }
    std::string operator()(int64_t number) const { return std::to_string(number); }
    std::string operator()(const ast::BigIntLiteral& number) const {
      return big_int_decimal(number);
    }
    std::string operator()(double number) const { return python_float_repr(number); }
    std::string operator()(const ast::ImaginaryLiteral& number) const {
      return format_float(number.imag, false) + "j";
    }
    std::string operator()(const std::string& text) const { return str_repr(text); }
    std::string operator()(const ast::BytesLiteral& bytes) const { return bytes_repr(bytes.bytes); }
    std::string operator()(const ast::EllipsisLiteral&) const { return "Ellipsis"; }
  };
  return std::visit(Visitor{}, value);
}

// ------------------------------------------------------------ nodes

const char* binary_operator_name(ast::BinaryOperator op) {
  using Op = ast::BinaryOperator;
  switch (op) {
    case Op::kAdd:
      return "Add()";
    case Op::kSub:
      return "Sub()";
    case Op::kMult:
      return "Mult()";
    case Op::kMatMult:
      return "MatMult()";
    case Op::kDiv:
      return "Div()";
    case Op::kMod:
      return "Mod()";
    case Op::kPow:
      return "Pow()";
    case Op::kLShift:
      return "LShift()";
    case Op::kRShift:
      return "RShift()";
    case Op::kBitOr:
      return "BitOr()";
    case Op::kBitXor:
      return "BitXor()";
    case Op::kBitAnd:
      return "BitAnd()";
    case Op::kFloorDiv:
      return "FloorDiv()";
  }
  return "?";
}

const char* unary_operator_name(ast::UnaryOperator op) {
  using Op = ast::UnaryOperator;
  switch (op) {
    case Op::kInvert:
      return "Invert()";
    case Op::kNot:
      return "Not()";
    case Op::kUAdd:
      return "UAdd()";
    case Op::kUSub:
      return "USub()";
  }
  return "?";
}

const char* compare_operator_name(ast::CompareOperator op) {
  using Op = ast::CompareOperator;
  switch (op) {
    case Op::kEq:
      return "Eq()";
    case Op::kNotEq:
      return "NotEq()";
    case Op::kLt:
      return "Lt()";
    case Op::kLtE:
      return "LtE()";
    case Op::kGt:
      return "Gt()";
    case Op::kGtE:
      return "GtE()";
    case Op::kIs:
      return "Is()";
    case Op::kIsNot:
      return "IsNot()";
    case Op::kIn:
      return "In()";
    case Op::kNotIn:
      return "NotIn()";
  }
  return "?";
}

const char* context_name(ast::Context ctx) {
  switch (ctx) {
    case ast::Context::kLoad:
      return "Load()";
    case ast::Context::kStore:
      return "Store()";
    case ast::Context::kDel:
      return "Del()";
  }
  return "?";
}

// Writes one node as `Name(field=value, ...)`; fields are added in order
// and separated by ", ".
class Dumper {
 public:
  explicit Dumper(bool include_attributes) : include_attributes_(include_attributes) {}
  std::string take() { return std::move(out_); }

  void module(const ast::Module& module) {
    open("Module");
    statements_field("body", module.body);
    raw_field("type_ignores", "[]");
    close();
  }

 private:
  void open(const char* name) {
    out_ += name;
    out_ += '(';
    first_field_.push_back(true);
  }
  void close() {
    out_ += ')';
    first_field_.pop_back();
  }
  void field(const char* name) {
    if (!first_field_.empty()) {
      if (!first_field_.back()) out_ += ", ";
      first_field_.back() = false;
    }
    out_ += name;
    out_ += '=';
  }
  void text_field(const char* name, const std::string& value) {
    field(name);
    out_ += str_repr(value);
  }
  void optional_expression(const char* name, const ast::ExprPtr& value) {
    if (!value) return;
    field(name);
    expression(*value);
  }
  void expression_field(const char* name, const ast::ExprPtr& value) {
    field(name);
    if (value) {
      expression(*value);
    } else {
      out_ += "None";
    }
  }
  void expressions(const ast::ExprList& list) {
    out_ += '[';
    for (size_t i = 0; i < list.size(); ++i) {
      if (i > 0) out_ += ", ";
      if (list[i]) {
        expression(*list[i]);
      } else {
        out_ += "None";
      }
    }
    out_ += ']';
  }
  void expressions_field(const char* name, const ast::ExprList& list) {
    field(name);
    expressions(list);
  }
  void statements(const ast::StmtList& list) {
    out_ += '[';
    for (size_t i = 0; i < list.size(); ++i) {
      if (i > 0) out_ += ", ";
      statement(*list[i]);
    }
    out_ += ']';
  }
  void statements_field(const char* name, const ast::StmtList& list) {
    field(name);
    statements(list);
  }
  void names_field(const char* name, const std::vector<std::string>& names) {
    field(name);
    out_ += '[';
    for (size_t i = 0; i < names.size(); ++i) {
      if (i > 0) out_ += ", ";
      out_ += str_repr(names[i]);
    }
    out_ += ']';
  }
  void raw_field(const char* name, const std::string& value) {
    field(name);
    out_ += value;
  }

  void arg(const ast::Arg& value) {
    open("arg");
    text_field("arg", value.name);
    optional_expression("annotation", value.annotation);
    attributes(value.loc);
    close();
  }
  void args(const char* name, const std::vector<ast::Arg>& list) {
    field(name);
    out_ += '[';
    for (size_t i = 0; i < list.size(); ++i) {
      if (i > 0) out_ += ", ";
      arg(list[i]);
    }
    out_ += ']';
  }
  void arguments(const ast::Arguments& value) {
    field("args");
    open("arguments");
    args("posonlyargs", value.posonlyargs);
    args("args", value.args);
    if (value.vararg) {
      field("vararg");
      arg(*value.vararg);
    }
    args("kwonlyargs", value.kwonlyargs);
    expressions_field("kw_defaults", value.kw_defaults);
    if (value.kwarg) {
      field("kwarg");
      arg(*value.kwarg);
    }
    expressions_field("defaults", value.defaults);
    close();
  }
  void keywords(const std::vector<ast::Keyword>& list) {
    field("keywords");
    out_ += '[';
    for (size_t i = 0; i < list.size(); ++i) {
      if (i > 0) out_ += ", ";
      open("keyword");
      if (!list[i].name.empty()) text_field("arg", list[i].name);
      field("value");
      expression(*list[i].value);
      attributes(list[i].loc);
      close();
    }
    out_ += ']';
  }
  void comprehensions(const std::vector<ast::Comprehension>& list) {
    field("generators");
    out_ += '[';
    for (size_t i = 0; i < list.size(); ++i) {
      if (i > 0) out_ += ", ";
      open("comprehension");
      expression_field("target", list[i].target);
      expression_field("iter", list[i].iter);
      expressions_field("ifs", list[i].ifs);
      raw_field("is_async", list[i].is_async ? "1" : "0");
      close();
    }
    out_ += ']';
  }
  void aliases(const std::vector<ast::Alias>& list) {
    field("names");
    out_ += '[';
    for (size_t i = 0; i < list.size(); ++i) {
      if (i > 0) out_ += ", ";
      open("alias");
      text_field("name", list[i].name);
      if (!list[i].asname.empty()) text_field("asname", list[i].asname);
      attributes(list[i].loc);
      close();
    }
    out_ += ']';
  }

  void expression(const ast::Expr& e);
  void statement(const ast::Stmt& s);
  void pattern(const ast::Pattern& p);
  void patterns_field(const char* name, const ast::PatternList& list) {
    field(name);
    out_ += '[';
    for (size_t i = 0; i < list.size(); ++i) {
      if (i > 0) out_ += ", ";
      pattern(*list[i]);
    }
    out_ += ']';
  }
  void match_cases(const std::vector<ast::MatchCase>& cases) {
    field("cases");
    out_ += '[';
    for (size_t i = 0; i < cases.size(); ++i) {
      if (i > 0) out_ += ", ";
      open("match_case");
      field("pattern");
      pattern(*cases[i].pattern);
      optional_expression("guard", cases[i].guard);
      statements_field("body", cases[i].body);
      close();
    }
    out_ += ']';
  }

  void attributes(const ast::Location& loc) {
    if (!include_attributes_) return;
    raw_field("lineno", std::to_string(loc.line));
    raw_field("col_offset", std::to_string(loc.column));
    raw_field("end_lineno", std::to_string(loc.end_line));
    raw_field("end_col_offset", std::to_string(loc.end_column));
  }

  bool include_attributes_;
  std::string out_;
  std::vector<bool> first_field_;
};

void Dumper::expression(const ast::Expr& e) {
  using K = ast::ExprKind;
  switch (e.kind) {
    case K::kBoolOp: {
      const auto& n = e.as<ast::BoolOp>();
      open("BoolOp");
      raw_field("op", n.op == ast::BoolOperator::kAnd ? "And()" : "Or()");
      expressions_field("values", n.values);
      break;
    }
    case K::kNamedExpr: {
      const auto& n = e.as<ast::NamedExpr>();
      open("NamedExpr");
      expression_field("target", n.target);
      expression_field("value", n.value);
      break;
    }
    case K::kBinOp: {
      const auto& n = e.as<ast::BinOp>();
      open("BinOp");
      expression_field("left", n.left);
      raw_field("op", binary_operator_name(n.op));
      expression_field("right", n.right);
      break;
    }
    case K::kUnaryOp: {
      const auto& n = e.as<ast::UnaryOp>();
      open("UnaryOp");
      raw_field("op", unary_operator_name(n.op));
      expression_field("operand", n.operand);
      break;
    }
    case K::kLambda: {
      const auto& n = e.as<ast::Lambda>();
      open("Lambda");
      arguments(n.args);
      expression_field("body", n.body);
      break;
    }
    case K::kIfExp: {
      const auto& n = e.as<ast::IfExp>();
      open("IfExp");
      expression_field("test", n.test);
      expression_field("body", n.body);
      expression_field("orelse", n.orelse);
      break;
    }
    case K::kDict: {
      const auto& n = e.as<ast::Dict>();
      open("Dict");
      expressions_field("keys", n.keys);
      expressions_field("values", n.values);
      break;
    }
    case K::kSet: {
      open("Set");
      expressions_field("elts", e.as<ast::Set>().elts);
      break;
    }
    case K::kListComp: {
      const auto& n = e.as<ast::ListComp>();
      open("ListComp");
      expression_field("elt", n.elt);
      comprehensions(n.generators);
      break;
    }
    case K::kSetComp: {
      const auto& n = e.as<ast::SetComp>();
      open("SetComp");
      expression_field("elt", n.elt);
      comprehensions(n.generators);
      break;
    }
    case K::kDictComp: {
      const auto& n = e.as<ast::DictComp>();
      open("DictComp");
      expression_field("key", n.key);
      expression_field("value", n.value);
      comprehensions(n.generators);
      break;
    }
    case K::kGeneratorExp: {
      const auto& n = e.as<ast::GeneratorExp>();
      open("GeneratorExp");
      expression_field("elt", n.elt);
      comprehensions(n.generators);
      break;
    }
    case K::kAwait:
      open("Await");
      expression_field("value", e.as<ast::Await>().value);
      break;
    case K::kYield: {
      open("Yield");
      optional_expression("value", e.as<ast::Yield>().value);
      break;
    }
    case K::kYieldFrom: {
      open("YieldFrom");
      expression_field("value", e.as<ast::YieldFrom>().value);
      break;
    }
    case K::kCompare: {
      const auto& n = e.as<ast::Compare>();
      open("Compare");
      expression_field("left", n.left);
      field("ops");
      out_ += '[';
      for (size_t i = 0; i < n.ops.size(); ++i) {
        if (i > 0) out_ += ", ";
        out_ += compare_operator_name(n.ops[i]);
      }
      out_ += ']';
      expressions_field("comparators", n.comparators);
      break;
    }
    case K::kCall: {
      const auto& n = e.as<ast::Call>();
      open("Call");
      expression_field("func", n.func);
      expressions_field("args", n.args);
      keywords(n.keywords);
      break;
    }
    case K::kFormattedValue: {
      const auto& n = e.as<ast::FormattedValue>();
      open("FormattedValue");
      expression_field("value", n.value);
      raw_field("conversion", std::to_string(n.conversion));
      optional_expression("format_spec", n.format_spec);
      break;
    }
    case K::kJoinedStr: {
      open("JoinedStr");
      expressions_field("values", e.as<ast::JoinedStr>().values);
      break;
    }
    case K::kConstant: {
      const auto& n = e.as<ast::Constant>();
      open("Constant");
      raw_field("value", constant_repr(n.value));
      if (!n.kind.empty()) text_field("kind", n.kind);
      break;
    }
    case K::kAttribute: {
      const auto& n = e.as<ast::Attribute>();
      open("Attribute");
      expression_field("value", n.value);
      text_field("attr", n.attr);
      raw_field("ctx", context_name(n.ctx));
      break;
    }
    case K::kSubscript: {
      const auto& n = e.as<ast::Subscript>();
      open("Subscript");
      expression_field("value", n.value);
      expression_field("slice", n.slice);
      raw_field("ctx", context_name(n.ctx));
      break;
    }
    case K::kStarred: {
      const auto& n = e.as<ast::Starred>();
      open("Starred");
      expression_field("value", n.value);
      raw_field("ctx", context_name(n.ctx));
      break;
    }
    case K::kName: {
      const auto& n = e.as<ast::Name>();
      open("Name");
      text_field("id", n.id);
      raw_field("ctx", context_name(n.ctx));
      break;
    }
    case K::kList: {
      const auto& n = e.as<ast::List>();
      open("List");
      expressions_field("elts", n.elts);
      raw_field("ctx", context_name(n.ctx));
      break;
    }
    case K::kTuple: {
      const auto& n = e.as<ast::Tuple>();
      open("Tuple");
      expressions_field("elts", n.elts);
      raw_field("ctx", context_name(n.ctx));
      break;
    }
    case K::kSlice: {
      const auto& n = e.as<ast::Slice>();
      open("Slice");
      optional_expression("lower", n.lower);
      optional_expression("upper", n.upper);
      optional_expression("step", n.step);
      break;
    }
  }
  attributes(e.loc);
  close();
}

void Dumper::statement(const ast::Stmt& s) {
  using K = ast::StmtKind;
  switch (s.kind) {
    case K::kFunctionDef: {
      const auto& n = s.as<ast::FunctionDef>();
      open(n.is_async ? "AsyncFunctionDef" : "FunctionDef");
      text_field("name", n.name);
      arguments(n.args);
      statements_field("body", n.body);
      expressions_field("decorator_list", n.decorator_list);
      optional_expression("returns", n.returns);
      break;
    }
    case K::kClassDef: {
      const auto& n = s.as<ast::ClassDef>();
      open("ClassDef");
      text_field("name", n.name);
      expressions_field("bases", n.bases);
      keywords(n.keywords);
      statements_field("body", n.body);
      expressions_field("decorator_list", n.decorator_list);
      break;
    }
    case K::kReturn:
      open("Return");
      optional_expression("value", s.as<ast::Return>().value);
      break;
    case K::kDelete:
      open("Delete");
      expressions_field("targets", s.as<ast::Delete>().targets);
      break;
    case K::kAssign: {
      const auto& n = s.as<ast::Assign>();
      open("Assign");
      expressions_field("targets", n.targets);
      expression_field("value", n.value);
      break;
    }
    case K::kAugAssign: {
      const auto& n = s.as<ast::AugAssign>();
      open("AugAssign");
      expression_field("target", n.target);
      raw_field("op", binary_operator_name(n.op));
      expression_field("value", n.value);
      break;
    }
    case K::kAnnAssign: {
      const auto& n = s.as<ast::AnnAssign>();
      open("AnnAssign");
      expression_field("target", n.target);
      expression_field("annotation", n.annotation);
      optional_expression("value", n.value);
      raw_field("simple", n.simple ? "1" : "0");
      break;
    }
    case K::kFor: {
      const auto& n = s.as<ast::For>();
      open(n.is_async ? "AsyncFor" : "For");
      expression_field("target", n.target);
      expression_field("iter", n.iter);
      statements_field("body", n.body);
      statements_field("orelse", n.orelse);
      break;
    }
    case K::kWhile: {
      const auto& n = s.as<ast::While>();
      open("While");
      expression_field("test", n.test);
      statements_field("body", n.body);
      statements_field("orelse", n.orelse);
      break;
    }
    case K::kIf: {
      const auto& n = s.as<ast::If>();
      open("If");
      expression_field("test", n.test);
      statements_field("body", n.body);
      statements_field("orelse", n.orelse);
      break;
    }
    case K::kWith: {
      const auto& n = s.as<ast::With>();
      open(n.is_async ? "AsyncWith" : "With");
      field("items");
      out_ += '[';
      for (size_t i = 0; i < n.items.size(); ++i) {
        if (i > 0) out_ += ", ";
        open("withitem");
        expression_field("context_expr", n.items[i].context_expr);
        optional_expression("optional_vars", n.items[i].optional_vars);
        close();
      }
      out_ += ']';
      statements_field("body", n.body);
      break;
    }
    case K::kRaise: {
      const auto& n = s.as<ast::Raise>();
      open("Raise");
      optional_expression("exc", n.exc);
      optional_expression("cause", n.cause);
      break;
    }
    case K::kTry: {
      const auto& n = s.as<ast::Try>();
      open(n.star ? "TryStar" : "Try");
      statements_field("body", n.body);
      field("handlers");
      out_ += '[';
      for (size_t i = 0; i < n.handlers.size(); ++i) {
        if (i > 0) out_ += ", ";
        open("ExceptHandler");
        optional_expression("type", n.handlers[i].type);
        if (!n.handlers[i].name.empty()) text_field("name", n.handlers[i].name);
        statements_field("body", n.handlers[i].body);
        attributes(n.handlers[i].loc);
        close();
      }
      out_ += ']';
      statements_field("orelse", n.orelse);
      statements_field("finalbody", n.finalbody);
      break;
    }
    case K::kAssert: {
      const auto& n = s.as<ast::Assert>();
      open("Assert");
      expression_field("test", n.test);
      optional_expression("msg", n.msg);
      break;
    }
    case K::kImport:
      open("Import");
      aliases(s.as<ast::Import>().names);
      break;
    case K::kImportFrom: {
      const auto& n = s.as<ast::ImportFrom>();
      open("ImportFrom");
      if (!n.module.empty()) text_field("module", n.module);
      aliases(n.names);
      raw_field("level", std::to_string(n.level));
      break;
    }
    case K::kGlobal:
      open("Global");
      names_field("names", s.as<ast::Global>().names);
      break;
    case K::kNonlocal:
      open("Nonlocal");
      names_field("names", s.as<ast::Nonlocal>().names);
      break;
    case K::kExpr:
      open("Expr");
      expression_field("value", s.as<ast::ExprStmt>().value);
      break;
    case K::kPass:
      open("Pass");
      break;
    case K::kBreak:
      open("Break");
      break;
    case K::kContinue:
      open("Continue");
      break;
    case K::kMatch: {
      const auto& n = s.as<ast::Match>();
      open("Match");
      expression_field("subject", n.subject);
      match_cases(n.cases);
      break;
    }
  }
  attributes(s.loc);
  close();
}

void Dumper::pattern(const ast::Pattern& p) {
  using K = ast::PatternKind;
  switch (p.kind) {
    case K::kMatchValue:
      open("MatchValue");
      expression_field("value", p.as<ast::MatchValue>().value);
      break;
    case K::kMatchSingleton:
      open("MatchSingleton");
      raw_field("value", constant_repr(p.as<ast::MatchSingleton>().value));
      break;
    case K::kMatchSequence:
      open("MatchSequence");
      patterns_field("patterns", p.as<ast::MatchSequence>().patterns);
      break;
    case K::kMatchMapping: {
      const auto& n = p.as<ast::MatchMapping>();
      open("MatchMapping");
      expressions_field("keys", n.keys);
      patterns_field("patterns", n.patterns);
      if (!n.rest.empty()) text_field("rest", n.rest);
      break;
    }
    case K::kMatchClass: {
      const auto& n = p.as<ast::MatchClass>();
      open("MatchClass");
      expression_field("cls", n.cls);
      patterns_field("patterns", n.patterns);
      names_field("kwd_attrs", n.kwd_attrs);
      patterns_field("kwd_patterns", n.kwd_patterns);
      break;
    }
    case K::kMatchStar: {
      const auto& n = p.as<ast::MatchStar>();
      open("MatchStar");
      if (!n.name.empty()) text_field("name", n.name);
      break;
    }
    case K::kMatchAs: {
      const auto& n = p.as<ast::MatchAs>();
      open("MatchAs");
      if (n.pattern) {
        field("pattern");
        pattern(*n.pattern);
      }
      if (!n.name.empty()) text_field("name", n.name);
      break;
    }
    case K::kMatchOr:
      open("MatchOr");
      patterns_field("patterns", p.as<ast::MatchOr>().patterns);
      break;
  }
  attributes(p.loc);
  close();
}

}  // namespace

std::string python_float_repr(double value) { return format_float(value, true); }

std::string dump_ast(const ast::Module& module, bool include_attributes) {
  Dumper dumper(include_attributes);
  dumper.module(module);
  return dumper.take();
}

}  // namespace pyvm
