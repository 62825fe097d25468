// SPDX-License-Identifier: GPL-3.0-or-later
// Expressions back to source text (see unparse.h). Each node is written at a
// binding strength (Level); a node that binds more loosely than the place
// it appears in gets parentheses, so `(a + b) * c` keeps them and
// `a + b * c` has none.
#include "compiler/unparse.h"

#include <gmp.h>

#include <variant>

#include "runtime/bytes.h"
#include "runtime/number_format.h"
#include "runtime/str.h"

namespace pyvm {

namespace {

// Binding strengths, loosest first (CPython's order).
enum Level : int {
  kTuple,
  kTest,  // if-else, lambda
  kOr,
  kAnd,
  kNot,
  kCompare,
  kBitOr,
  kBitXor,
  kBitAnd,
  kShift,
  kArith,  // + -
  kTerm,   // * / // % @
  kFactor, // unary + - ~
  kPower,
  kAwaitLevel,
  kAtom,
};

struct BinaryInfo {
  const char* text;
  Level level;
};

BinaryInfo binary_info(ast::BinaryOperator op) {
  using B = ast::BinaryOperator;
  switch (op) {
    case B::kAdd: return {" + ", kArith};
    case B::kSub: return {" - ", kArith};
    case B::kMult: return {" * ", kTerm};
    case B::kMatMult: return {" @ ", kTerm};
    case B::kDiv: return {" / ", kTerm};
    case B::kMod: return {" % ", kTerm};
    case B::kFloorDiv: return {" // ", kTerm};
    case B::kPow: return {" ** ", kPower};
    case B::kLShift: return {" << ", kShift};
    case B::kRShift: return {" >> ", kShift};
    case B::kBitOr: return {" | ", kBitOr};
    case B::kBitXor: return {" ^ ", kBitXor};
    case B::kBitAnd: return {" & ", kBitAnd};
  }
  return {" ? ", kAtom};
}

const char* compare_text(ast::CompareOperator op) {
  using C = ast::CompareOperator;
  switch (op) {
    case C::kEq: return " == ";
    case C::kNotEq: return " != ";
    case C::kLt: return " < ";
    case C::kLtE: return " <= ";
    case C::kGt: return " > ";
    case C::kGtE: return " >= ";
    case C::kIs: return " is ";
    case C::kIsNot: return " is not ";
    case C::kIn: return " in ";
    case C::kNotIn: return " not in ";
  }
  return " ? ";
}

// A float literal as repr() writes it; an infinite one (from a literal too
// big for a double) as 1e309, which reads back as infinity.
std::string float_text(double value) {
  std::string text = float_repr(value);
  return text == "inf" ? "1e309" : text;
}

class Unparser {
 public:
  std::string out;

  void expression(const ast::Expr& e, Level level);

 private:
  void open_if(bool condition) {
    if (condition) out += '(';
  }
  void close_if(bool condition) {
    if (condition) out += ')';
  }
  void comma_separated(const ast::ExprList& items, Level level) {
    for (size_t i = 0; i < items.size(); ++i) {
      if (i > 0) out += ", ";
      expression(*items[i], level);
    }
  }
  void constant(const ast::Constant& c);
  void comprehensions(const std::vector<ast::Comprehension>& generators);
  void arguments(const ast::Arguments& args);
  void call(const ast::Call& c);
  void fstring_body(const ast::Expr& e, std::string* body);
  void tuple(const ast::ExprList& elts, Level level);
};

void Unparser::constant(const ast::Constant& c) {
  struct Visitor {
    std::string& out;
    const std::string& kind;
    void operator()(const ast::NoneLiteral&) { out += "None"; }
    void operator()(const ast::EllipsisLiteral&) { out += "..."; }
    void operator()(bool b) { out += b ? "True" : "False"; }
    void operator()(int64_t v) { out += std::to_string(v); }
    void operator()(const ast::BigIntLiteral& big) {
      mpz_t value;
      mpz_init_set_str(value, big.digits.c_str(), big.base);
      char* text = mpz_get_str(nullptr, 10, value);
      out += text;
      void (*free_function)(void*, size_t);
      mp_get_memory_functions(nullptr, nullptr, &free_function);
      free_function(text, std::char_traits<char>::length(text) + 1);
      mpz_clear(value);
    }
    void operator()(double v) { out += float_text(v); }
    void operator()(const ast::ImaginaryLiteral& imaginary) {
      // complex's repr: no ".0" for an integral part.
      const std::string text = float_text(imaginary.imag);
      const bool integral = text.size() > 2 && text.ends_with(".0");
      out.append(text, 0, integral ? text.size() - 2 : text.size());
      out += 'j';
    }
    void operator()(const std::string& s) { out += kind + str_repr(s); }
    void operator()(const ast::BytesLiteral& b) { out += bytes_repr(b.bytes); }
  };
  std::visit(Visitor{out, c.kind}, c.value);
}

void Unparser::comprehensions(const std::vector<ast::Comprehension>& generators) {
  for (const auto& g : generators) {
    out += g.is_async ? " async for " : " for ";
    expression(*g.target, kTuple);
    out += " in ";
    expression(*g.iter, static_cast<Level>(kTest + 1));
    for (const auto& condition : g.ifs) {
      out += " if ";
      expression(*condition, static_cast<Level>(kTest + 1));
    }
  }
}

void Unparser::arguments(const ast::Arguments& args) {
  bool first = true;
  auto separator = [&] {
    if (!first) out += ", ";
    first = false;
  };
  // Defaults belong to the last positional parameters.
  const size_t positional = args.posonlyargs.size() + args.args.size();
  const size_t first_default = positional - args.defaults.size();
  for (size_t i = 0; i < positional; ++i) {
    separator();
    const ast::Arg& arg = i < args.posonlyargs.size() ? args.posonlyargs[i] : args.args[i - args.posonlyargs.size()];
    out += arg.name;
    if (i >= first_default) {
      out += '=';
      expression(*args.defaults[i - first_default], kTest);
    }
    if (i + 1 == args.posonlyargs.size()) {
      separator();
      out += '/';
    }
  }
  if (args.vararg || !args.kwonlyargs.empty()) {
    separator();
    out += '*';
    if (args.vararg) out += args.vararg->name;
  }
  for (size_t i = 0; i < args.kwonlyargs.size(); ++i) {
    separator();
    out += args.kwonlyargs[i].name;
    if (args.kw_defaults[i]) {
      out += '=';
      expression(*args.kw_defaults[i], kTest);
    }
  }
  if (args.kwarg) {
    separator();
    out += "**" + args.kwarg->name;
  }
}

void Unparser::call(const ast::Call& c) {
  expression(*c.func, kAtom);
  // f(x for x in y): the generator expression's parentheses are the call's.
  if (c.args.size() == 1 && c.keywords.empty() && c.args[0]->kind == ast::ExprKind::kGeneratorExp) {
    expression(*c.args[0], kTest);
    return;
  }
  out += '(';
  bool first = true;
  for (const auto& arg : c.args) {
    if (!first) out += ", ";
    first = false;
    expression(*arg, kTest);
  }
  for (const auto& keyword : c.keywords) {
    if (!first) out += ", ";
    first = false;
    if (keyword.name.empty()) {
      out += "**";
    } else {
      out += keyword.name + "=";
    }
    expression(*keyword.value, kTest);
  }
  out += ')';
}

// The text between an f-string's quotes: literal parts with braces doubled,
// replacement fields as written.
void Unparser::fstring_body(const ast::Expr& e, std::string* body) {
  if (e.kind == ast::ExprKind::kJoinedStr) {
    for (const auto& part : e.as<ast::JoinedStr>().values) fstring_body(*part, body);
    return;
  }
  if (e.kind == ast::ExprKind::kConstant) {
    if (const auto* text = std::get_if<std::string>(&e.as<ast::Constant>().value)) {
      for (char ch : *text) {
        *body += ch;
        if (ch == '{' || ch == '}') *body += ch;
      }
    }
    return;
  }
  if (e.kind != ast::ExprKind::kFormattedValue) return;
  const auto& field = e.as<ast::FormattedValue>();
  Unparser inner;
  inner.expression(*field.value, static_cast<Level>(kTest + 1));
  *body += '{';
  if (inner.out.starts_with("{")) *body += ' ';  // `{{` would read as a literal brace
  *body += inner.out;
  if (field.conversion > 0) {
    *body += '!';
    *body += static_cast<char>(field.conversion);
  }
  if (field.format_spec) {
    *body += ':';
    fstring_body(*field.format_spec, body);
  }
  *body += '}';
}

void Unparser::tuple(const ast::ExprList& elts, Level level) {
  if (elts.empty()) {
    out += "()";
    return;
  }
  open_if(level > kTuple);
  comma_separated(elts, kTest);
  if (elts.size() == 1) out += ',';
  close_if(level > kTuple);
}

void Unparser::expression(const ast::Expr& e, Level level) {
  using K = ast::ExprKind;
  switch (e.kind) {
    case K::kBoolOp: {
      const auto& b = e.as<ast::BoolOp>();
      const Level own = b.op == ast::BoolOperator::kAnd ? kAnd : kOr;
      open_if(level > own);
      for (size_t i = 0; i < b.values.size(); ++i) {
        if (i > 0) out += b.op == ast::BoolOperator::kAnd ? " and " : " or ";
        expression(*b.values[i], static_cast<Level>(own + 1));
      }
      close_if(level > own);
      return;
    }
    case K::kNamedExpr: {
      const auto& n = e.as<ast::NamedExpr>();
      open_if(level > kTuple);
      expression(*n.target, kAtom);
      out += " := ";
      expression(*n.value, kAtom);
      close_if(level > kTuple);
      return;
    }
    case K::kBinOp: {
      const auto& b = e.as<ast::BinOp>();
      const BinaryInfo info = binary_info(b.op);
      const bool right_associative = b.op == ast::BinaryOperator::kPow;
      open_if(level > info.level);
      expression(*b.left, static_cast<Level>(info.level + (right_associative ? 1 : 0)));
      out += info.text;
      expression(*b.right, static_cast<Level>(info.level + (right_associative ? 0 : 1)));
      close_if(level > info.level);
      return;
    }
    case K::kUnaryOp: {
      const auto& u = e.as<ast::UnaryOp>();
      const char* text = "";
      Level own = kFactor;
      switch (u.op) {
        case ast::UnaryOperator::kInvert: text = "~"; break;
        case ast::UnaryOperator::kNot:
          text = "not ";
          own = kNot;
          break;
        case ast::UnaryOperator::kUAdd: text = "+"; break;
        case ast::UnaryOperator::kUSub: text = "-"; break;
      }
      open_if(level > own);
      out += text;
      expression(*u.operand, own);
      close_if(level > own);
      return;
    }
    case K::kLambda: {
      const auto& l = e.as<ast::Lambda>();
      open_if(level > kTest);
      const bool has_parameters = !l.args.posonlyargs.empty() || !l.args.args.empty() || l.args.vararg ||
                                  !l.args.kwonlyargs.empty() || l.args.kwarg;
      out += has_parameters ? "lambda " : "lambda";
      arguments(l.args);
      out += ": ";
      expression(*l.body, kTest);
      close_if(level > kTest);
      return;
    }
    case K::kIfExp: {
      const auto& i = e.as<ast::IfExp>();
      open_if(level > kTest);
      expression(*i.body, static_cast<Level>(kTest + 1));
      out += " if ";
      expression(*i.test, static_cast<Level>(kTest + 1));
      out += " else ";
      expression(*i.orelse, kTest);
      close_if(level > kTest);
      return;
    }
    case K::kDict: {
      const auto& d = e.as<ast::Dict>();
      out += '{';
      for (size_t i = 0; i < d.values.size(); ++i) {
        if (i > 0) out += ", ";
        if (d.keys[i]) {
          expression(*d.keys[i], kTest);
          out += ": ";
          expression(*d.values[i], kTest);
        } else {
          out += "**";
          expression(*d.values[i], kBitOr);
        }
      }
      out += '}';
      return;
    }
    case K::kSet: {
      const auto& s = e.as<ast::Set>();
      if (s.elts.empty()) {
        out += "{*()}";
        return;
      }
      out += '{';
      comma_separated(s.elts, kTest);
      out += '}';
      return;
    }
    case K::kListComp:
      out += '[';
      expression(*e.as<ast::ListComp>().elt, kTest);
      comprehensions(e.as<ast::ListComp>().generators);
      out += ']';
      return;
    case K::kSetComp:
      out += '{';
      expression(*e.as<ast::SetComp>().elt, kTest);
      comprehensions(e.as<ast::SetComp>().generators);
      out += '}';
      return;
    case K::kDictComp:
      out += '{';
      expression(*e.as<ast::DictComp>().key, kTest);
      out += ": ";
      expression(*e.as<ast::DictComp>().value, kTest);
      comprehensions(e.as<ast::DictComp>().generators);
      out += '}';
      return;
    case K::kGeneratorExp:
      out += '(';
      expression(*e.as<ast::GeneratorExp>().elt, kTest);
      comprehensions(e.as<ast::GeneratorExp>().generators);
      out += ')';
      return;
    case K::kAwait:
      open_if(level > kAwaitLevel);
      out += "await ";
      expression(*e.as<ast::Await>().value, kAtom);
      close_if(level > kAwaitLevel);
      return;
    case K::kYield:
      if (!e.as<ast::Yield>().value) {
        out += "(yield)";
        return;
      }
      out += "(yield ";
      expression(*e.as<ast::Yield>().value, kTest);
      out += ')';
      return;
    case K::kYieldFrom:
      out += "(yield from ";
      expression(*e.as<ast::YieldFrom>().value, kTest);
      out += ')';
      return;
    case K::kCompare: {
      const auto& c = e.as<ast::Compare>();
      open_if(level > kCompare);
      expression(*c.left, static_cast<Level>(kCompare + 1));
      for (size_t i = 0; i < c.ops.size(); ++i) {
        out += compare_text(c.ops[i]);
        expression(*c.comparators[i], static_cast<Level>(kCompare + 1));
      }
      close_if(level > kCompare);
      return;
    }
    case K::kCall: call(e.as<ast::Call>()); return;
    case K::kFormattedValue:
    case K::kJoinedStr: {
      std::string body;
      fstring_body(e, &body);
      out += 'f';
      out += str_repr(body);
      return;
    }
    case K::kConstant: constant(e.as<ast::Constant>()); return;
    case K::kAttribute: {
      const auto& a = e.as<ast::Attribute>();
      expression(*a.value, kAtom);
      // `1 .real`: an integer needs a space before the dot.
      const bool integer = a.value->kind == K::kConstant && (std::holds_alternative<int64_t>(a.value->as<ast::Constant>().value) ||
                                                            std::holds_alternative<ast::BigIntLiteral>(a.value->as<ast::Constant>().value));
      out += integer ? " ." : ".";
      out += a.attr;
      return;
    }
    case K::kSubscript: {
      const auto& s = e.as<ast::Subscript>();
      expression(*s.value, kAtom);
      out += '[';
      expression(*s.slice, kTuple);
      out += ']';
      return;
    }
    case K::kStarred:
      out += '*';
      expression(*e.as<ast::Starred>().value, kBitOr);
      return;
    case K::kName: out += e.as<ast::Name>().id; return;
    case K::kList:
      out += '[';
      comma_separated(e.as<ast::List>().elts, kTest);
      out += ']';
      return;
    case K::kTuple: tuple(e.as<ast::Tuple>().elts, level); return;
    case K::kSlice: {
      const auto& s = e.as<ast::Slice>();
      if (s.lower) expression(*s.lower, kTest);
      out += ':';
      if (s.upper) expression(*s.upper, kTest);
      if (s.step) {
        out += ':';
        expression(*s.step, kTest);
      }
      return;
    }
  }
}

}  // namespace

std::string unparse_expression(const ast::Expr& expr) {
  Unparser unparser;
  unparser.expression(expr, kTest);
  return unparser.out;
}

}  // namespace pyvm
