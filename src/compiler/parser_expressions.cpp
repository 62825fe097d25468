// SPDX-License-Identifier: GPL-3.0-or-later
// Expressions: CPython 3.11's grammar from `expressions` down to `atom`,
// plus calls, subscripts, displays, comprehensions, lambdas and parameter
// lists. Binary operators use precedence climbing instead of one function
// per level, which keeps the recursion per nested bracket shallow.
#include <algorithm>
#include <utility>

#include "compiler/literals.h"
#include "compiler/parser_internal.h"

namespace pyvm {
namespace {

using ast::ExprKind;

// Tokens that can begin an expression_without_invalid; after a complete
// expression, one of them means two expressions are side by side.
bool can_start_expression(TokenKind kind) {
  switch (kind) {
    case TokenKind::kName:
    case TokenKind::kNumber:
    case TokenKind::kString:
    case TokenKind::kLeftParen:
    case TokenKind::kLeftBracket:
    case TokenKind::kLeftBrace:
    case TokenKind::kMinus:
    case TokenKind::kPlus:
    case TokenKind::kTilde:
    case TokenKind::kEllipsis:
    case TokenKind::kNot:
    case TokenKind::kLambda:
    case TokenKind::kNone:
    case TokenKind::kTrue:
    case TokenKind::kFalse:
    case TokenKind::kAwait:
      return true;
    default:
      return false;
  }
}

bool can_start_star_expression(TokenKind kind) {
  return kind == TokenKind::kStar || can_start_expression(kind);
}

bool is_legacy_statement_name(const ast::Expr& expr) {
  if (expr.kind != ExprKind::kName) return false;
  const std::string& id = expr.as<ast::Name>().id;
  return id == "print" || id == "exec";
}

// CPython's SOFT_KEYWORD check compares only as many characters as the
// token has, so any prefix of "match", "case" or "_" ("c", "ma") counts.
bool is_soft_keyword(const Token& token) {
  if (token.kind != TokenKind::kName) return false;
  for (std::string_view keyword : {"match", "case", "_"}) {
    if (keyword.substr(0, token.text.size()) == token.text) return true;
  }
  return false;
}

struct BinaryOperatorInfo {
  int precedence;  // -1: not a binary operator
  ast::BinaryOperator op;
};

BinaryOperatorInfo binary_operator(TokenKind kind) {
  using Op = ast::BinaryOperator;
  switch (kind) {
    case TokenKind::kVerticalBar:
      return {0, Op::kBitOr};
    case TokenKind::kCircumflex:
      return {1, Op::kBitXor};
    case TokenKind::kAmpersand:
      return {2, Op::kBitAnd};
    case TokenKind::kLeftShift:
      return {3, Op::kLShift};
    case TokenKind::kRightShift:
      return {3, Op::kRShift};
    case TokenKind::kPlus:
      return {4, Op::kAdd};
    case TokenKind::kMinus:
      return {4, Op::kSub};
    case TokenKind::kStar:
      return {5, Op::kMult};
    case TokenKind::kSlash:
      return {5, Op::kDiv};
    case TokenKind::kDoubleSlash:
      return {5, Op::kFloorDiv};
    case TokenKind::kPercent:
      return {5, Op::kMod};
    case TokenKind::kAt:
      return {5, Op::kMatMult};
    default:
      return {-1, Op::kAdd};
  }
}

ast::ExprPtr make_constant(ast::ConstantValue value, const ast::Location& loc) {
  auto constant = std::make_unique<ast::Constant>();
  constant->value = std::move(value);
  constant->loc = loc;
  return constant;
}

}  // namespace

// ------------------------------------------------------------ expression lists

// `expressions` (eval input): no starred items.
ast::ExprPtr Parser::parse_expressions() {
  const SourcePosition start = start_position();
  ast::ExprPtr first = parse_expression();
  if (!at(TokenKind::kComma)) return first;
  auto tuple = std::make_unique<ast::Tuple>();
  tuple->elts.push_back(std::move(first));
  while (accept(TokenKind::kComma)) {
    if (!can_start_expression(peek_kind())) break;
    if (!speculate([&] { tuple->elts.push_back(parse_expression()); })) break;
  }
  return finish(std::move(tuple), start);
}

ast::ExprPtr Parser::parse_star_expressions() {
  const SourcePosition start = start_position();
  ast::ExprPtr first = parse_star_expression();
  if (!at(TokenKind::kComma)) return first;
  auto tuple = std::make_unique<ast::Tuple>();
  tuple->elts.push_back(std::move(first));
  // As in CPython's grammar, an item that does not parse after a comma ends
  // the tuple there (the comma counts as a trailing one).
  while (accept(TokenKind::kComma)) {
    if (!can_start_star_expression(peek_kind())) break;
    if (!speculate([&] { tuple->elts.push_back(parse_star_expression()); })) break;
  }
  return finish(std::move(tuple), start);
}

ast::ExprPtr Parser::parse_star_expression() {
  if (!at(TokenKind::kStar)) return parse_expression();
  const SourcePosition start = start_position();
  consume();
  auto starred = std::make_unique<ast::Starred>();
  starred->value = parse_bitwise_or();
  return finish(std::move(starred), start);
}

ast::ExprPtr Parser::parse_star_named_expression() {
  if (!at(TokenKind::kStar)) return parse_named_expression();
  const SourcePosition start = start_position();
  consume();
  auto starred = std::make_unique<ast::Starred>();
  starred->value = parse_bitwise_or();
  return finish(std::move(starred), start);
}

ast::ExprPtr Parser::parse_named_expression() {
  const SourcePosition start = start_position();
  const size_t start_mark = mark();
  if (at(TokenKind::kName) && peek_kind(1) == TokenKind::kColonEqual) {
    auto named = std::make_unique<ast::NamedExpr>();
    named->target = parse_name();
    set_context(named->target.get(), ast::Context::kStore);
    consume();  // :=
    named->value = parse_expression();
    return finish(std::move(named), start);
  }
  ast::ExprPtr expression = parse_expression();
  if (at(TokenKind::kColonEqual) || at(TokenKind::kEqual)) {
    check_invalid_named_expression(start_mark);
  }
  return expression;
}

// CPython's invalid_named_expression, tried at `start`.
void Parser::check_invalid_named_expression(size_t start) {
  if (!invalid_rules_active()) return;
  InvalidRuleLookahead lookahead(this);
  const size_t saved = mark();
  reset(start);
  if (at(TokenKind::kName) && peek_kind(1) == TokenKind::kColonEqual) {
    reset(saved);
    return;
  }
  // `a.b := 1`
  ast::ExprPtr target;
  if (speculate([&] {
        target = parse_expression();
        if (!accept(TokenKind::kColonEqual)) fail();
        parse_expression();
      })) {
    raise_at_node(target->loc,
                  "cannot use assignment expressions with " + expression_name(*target));
  }
  // `if x = 1:`
  reset(start);
  if (at(TokenKind::kName) && peek_kind(1) == TokenKind::kEqual) {
    const SourcePosition name_start = peek().start;
    SourcePosition value_end;
    if (speculate([&] {
          consume();
          consume();
          parse_bitwise_or();
          value_end = previous_end();
          if (at(TokenKind::kEqual) || at(TokenKind::kColonEqual)) fail();
        })) {
      raise_range(name_start, value_end,
                  "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
  }
  // `if f() = 1:`
  reset(start);
  if (!starts_with_display(start)) {
    ast::ExprPtr left;
    if (speculate([&] {
          left = parse_bitwise_or();
          if (!accept(TokenKind::kEqual)) fail();
          parse_bitwise_or();
          if (at(TokenKind::kEqual) || at(TokenKind::kColonEqual)) fail();
        })) {
      raise_at_node(left->loc, "cannot assign to " + expression_name(*left) +
                                   " here. Maybe you meant '==' instead of '='?");
    }
  }
  reset(saved);
}

// ------------------------------------------------------------ expression

ast::ExprPtr Parser::parse_expression() {
  NestingGuard guard(this);
  const bool check_invalid = !skip_expression_checks_ && suppress_invalid_rules_ == 0;
  skip_expression_checks_ = false;
  if (at(TokenKind::kLambda)) return parse_lambda();
  const SourcePosition start = start_position();
  const size_t start_mark = mark();
  ast::ExprPtr body = parse_disjunction();
  if (at(TokenKind::kIf)) {
    // Like CPython's PEG rules, a conditional that does not parse leaves the
    // expression at `body`; the caller then fails at the 'if'.
    auto conditional = std::make_unique<ast::IfExp>();
    if (speculate([&] {
          consume();
          conditional->test = parse_disjunction();
          if (!at(TokenKind::kElse)) {
            if (!at(TokenKind::kColon) && check_invalid) {
              raise_range(start, previous_end(), "expected 'else' after 'if' expression");
            }
            fail();
          }
          consume();
          conditional->orelse = parse_expression();
        })) {
      conditional->body = std::move(body);
      return finish(std::move(conditional), start);
    }
    return body;
  }
  if (check_invalid && can_start_expression(peek_kind())) {
    check_invalid_expression(*body, start_mark);
  }
  return body;
}

// CPython's expression_without_invalid: no invalid_ rule applies inside.
ast::ExprPtr Parser::parse_expression_without_invalid() {
  SuppressInvalidRules suppress(this);
  return parse_expression();
}

// An expression directly followed by another: CPython's invalid_expression
// ("Perhaps you forgot a comma?") and invalid_legacy_expression (print "x").
void Parser::check_invalid_expression(const ast::Expr& left, size_t left_start) {
  InvalidRuleLookahead lookahead(this);
  const Token first = tokens_[left_start];
  const bool left_is_one_name = left.kind == ExprKind::kName && mark() == left_start + 1;
  const size_t saved = mark();

  const bool excluded = (first.kind == TokenKind::kName && tokens_.size() > left_start + 1 &&
                         tokens_[left_start + 1].kind == TokenKind::kString) ||
                        is_soft_keyword(first);
  if (!excluded) {
    auto known = plain_expression_ends_.find(saved);
    if (known == plain_expression_ends_.end()) {
      std::optional<ExpressionEnd> right;
      speculate([&] {
        parse_expression_without_invalid();
        right = ExpressionEnd{previous_end(), tokens_[pos_ - 1].depth};
      });
      reset(saved);
      known = plain_expression_ends_.emplace(saved, right).first;
    }
    if (known->second && !(left_is_one_name && is_legacy_statement_name(left)) && known->second->depth > 0) {
      raise_range(first.start, known->second->end, "invalid syntax. Perhaps you forgot a comma?");
    }
  }

  // invalid_legacy_expression reads the expressions after any name, with
  // invalid_ rules on (so they may report errors of their own), and only
  // then checks for print and exec.
  if (left_is_one_name && !at(TokenKind::kLeftParen)) {
    auto known = legacy_expression_ends_.find(saved);
    if (known == legacy_expression_ends_.end()) {
      std::optional<SourcePosition> right_end;
      speculate([&] {
        parse_star_expressions();
        right_end = previous_end();
      });
      known = legacy_expression_ends_.emplace(saved, right_end).first;
    }
    if (known->second && is_legacy_statement_name(left)) {
      const std::string& name = left.as<ast::Name>().id;
      raise_range(first.start, *known->second,
                  "Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?");
    }
  }
  reset(saved);
}

ast::ExprPtr Parser::parse_yield_expression() {
  const SourcePosition start = start_position();
  consume();  // yield
  if (accept(TokenKind::kFrom)) {
    auto yield_from = std::make_unique<ast::YieldFrom>();
    yield_from->value = parse_expression();
    return finish(std::move(yield_from), start);
  }
  auto yield = std::make_unique<ast::Yield>();
  if (can_start_star_expression(peek_kind())) {
    yield->value = parse_star_expressions();
    check_starred_load(*yield->value);
  }
  return finish(std::move(yield), start);
}

ast::ExprPtr Parser::parse_disjunction() {
  const SourcePosition start = start_position();
  ast::ExprPtr first = parse_conjunction();
  if (!at(TokenKind::kOr)) return first;
  auto bool_op = std::make_unique<ast::BoolOp>();
  bool_op->op = ast::BoolOperator::kOr;
  bool_op->values.push_back(std::move(first));
  while (at(TokenKind::kOr)) {
    if (!speculate([&] {
          consume();
          bool_op->values.push_back(parse_conjunction());
        })) {
      break;
    }
  }
  if (bool_op->values.size() == 1) return std::move(bool_op->values.front());
  return finish(std::move(bool_op), start);
}

ast::ExprPtr Parser::parse_conjunction() {
  const SourcePosition start = start_position();
  ast::ExprPtr first = parse_inversion();
  if (!at(TokenKind::kAnd)) return first;
  auto bool_op = std::make_unique<ast::BoolOp>();
  bool_op->op = ast::BoolOperator::kAnd;
  bool_op->values.push_back(std::move(first));
  while (at(TokenKind::kAnd)) {
    if (!speculate([&] {
          consume();
          bool_op->values.push_back(parse_inversion());
        })) {
      break;
    }
  }
  if (bool_op->values.size() == 1) return std::move(bool_op->values.front());
  return finish(std::move(bool_op), start);
}

ast::ExprPtr Parser::parse_inversion() {
  if (!at(TokenKind::kNot)) return parse_comparison();
  NestingGuard guard(this);
  const SourcePosition start = start_position();
  consume();
  auto unary = std::make_unique<ast::UnaryOp>();
  unary->op = ast::UnaryOperator::kNot;
  unary->operand = parse_inversion();
  return finish(std::move(unary), start);
}

ast::ExprPtr Parser::parse_comparison() {
  const SourcePosition start = start_position();
  ast::ExprPtr left = parse_bitwise_or();
  std::unique_ptr<ast::Compare> compare;
  for (;;) {
    using Op = ast::CompareOperator;
    std::optional<Op> op;
    int width = 1;
    switch (peek_kind()) {
      case TokenKind::kEqEqual:
        op = Op::kEq;
        break;
      case TokenKind::kNotEqual:
        // "<>" is only valid under `from __future__ import barry_as_FLUFL`.
        if (peek().text != "<>") op = Op::kNotEq;
        break;
      case TokenKind::kLess:
        op = Op::kLt;
        break;
      case TokenKind::kLessEqual:
        op = Op::kLtE;
        break;
      case TokenKind::kGreater:
        op = Op::kGt;
        break;
      case TokenKind::kGreaterEqual:
        op = Op::kGtE;
        break;
      case TokenKind::kIn:
        op = Op::kIn;
        break;
      case TokenKind::kNot:
        if (peek_kind(1) == TokenKind::kIn) {
          op = Op::kNotIn;
          width = 2;
        }
        break;
      case TokenKind::kIs:
        if (peek_kind(1) == TokenKind::kNot) {
          op = Op::kIsNot;
          width = 2;
        } else {
          op = Op::kIs;
        }
        break;
      default:
        break;
    }
    if (!op) break;
    ast::ExprPtr right;
    if (!speculate([&] {
          for (int i = 0; i < width; ++i) consume();
          right = parse_bitwise_or();
        })) {
      break;
    }
    if (!compare) {
      compare = std::make_unique<ast::Compare>();
      compare->left = std::move(left);
    }
    compare->ops.push_back(*op);
    compare->comparators.push_back(std::move(right));
  }
  if (!compare) return left;
  return finish(std::move(compare), start);
}

ast::ExprPtr Parser::parse_binary(int min_precedence) {
  const SourcePosition start = start_position();
  ast::ExprPtr left = parse_factor();
  for (;;) {
    const BinaryOperatorInfo info = binary_operator(peek_kind());
    if (info.precedence < min_precedence) break;
    ast::ExprPtr right;
    if (!speculate([&] {
          consume();
          right = parse_binary(info.precedence + 1);
        })) {
      break;
    }
    auto binary = std::make_unique<ast::BinOp>();
    binary->left = std::move(left);
    binary->op = info.op;
    binary->right = std::move(right);
    left = finish(std::move(binary), start);
  }
  return left;
}

ast::ExprPtr Parser::parse_factor() {
  std::optional<ast::UnaryOperator> op;
  switch (peek_kind()) {
    case TokenKind::kPlus:
      op = ast::UnaryOperator::kUAdd;
      break;
    case TokenKind::kMinus:
      op = ast::UnaryOperator::kUSub;
      break;
    case TokenKind::kTilde:
      op = ast::UnaryOperator::kInvert;
      break;
    default:
      return parse_power();
  }
  NestingGuard guard(this);
  const SourcePosition start = start_position();
  consume();
  auto unary = std::make_unique<ast::UnaryOp>();
  unary->op = *op;
  unary->operand = parse_factor();
  return finish(std::move(unary), start);
}

ast::ExprPtr Parser::parse_power() {
  const SourcePosition start = start_position();
  ast::ExprPtr base = parse_await_primary();
  if (!at(TokenKind::kDoubleStar)) return base;
  ast::ExprPtr exponent;
  if (!speculate([&] {
        consume();
        exponent = parse_factor();
      })) {
    return base;
  }
  auto binary = std::make_unique<ast::BinOp>();
  binary->left = std::move(base);
  binary->op = ast::BinaryOperator::kPow;
  binary->right = std::move(exponent);
  return finish(std::move(binary), start);
}

// await_primary: `await` applies to one primary (so `await x ** 2` is
// `(await x) ** 2`, and `await await x` does not parse).
ast::ExprPtr Parser::parse_await_primary() {
  if (!at(TokenKind::kAwait)) return parse_primary();
  const SourcePosition start = start_position();
  consume();
  auto await = std::make_unique<ast::Await>();
  await->value = parse_primary();
  return finish(std::move(await), start);
}

ast::ExprPtr Parser::parse_primary() {
  const SourcePosition start = start_position();
  ast::ExprPtr expression = parse_atom();
  // A trailer that does not parse ends the primary there, as in CPython.
  for (;;) {
    if (at(TokenKind::kDot)) {
      if (peek_kind(1) != TokenKind::kName) {
        peek(1);
        return expression;
      }
      consume();
      auto attribute = std::make_unique<ast::Attribute>();
      attribute->value = std::move(expression);
      attribute->attr = expect_identifier();
      expression = finish(std::move(attribute), start);
    } else if (at(TokenKind::kLeftParen)) {
      std::unique_ptr<ast::Call> call;
      if (!speculate([&] { call = parse_call_arguments(); })) return expression;
      call->func = std::move(expression);
      call = finish(std::move(call), start);
      for (const ast::Keyword& keyword : call->keywords) {
        check_forbidden_name(keyword.name, call->loc, ast::Context::kStore);
      }
      expression = std::move(call);
    } else if (at(TokenKind::kLeftBracket)) {
      ast::ExprPtr slice;
      if (!speculate([&] {
            consume();
            slice = parse_slices();
            expect(TokenKind::kRightBracket);
          })) {
        return expression;
      }
      auto subscript = std::make_unique<ast::Subscript>();
      subscript->value = std::move(expression);
      subscript->slice = std::move(slice);
      expression = finish(std::move(subscript), start);
    } else {
      return expression;
    }
  }
}

// ------------------------------------------------------------ atoms

ast::ExprPtr Parser::parse_name() {
  const SourcePosition start = start_position();
  auto name = std::make_unique<ast::Name>();
  name->id = expect_identifier();
  return finish(std::move(name), start);
}

ast::ExprPtr Parser::parse_number() {
  const SourcePosition start = start_position();
  const Token& token = consume();
  return make_constant(pyvm::parse_number(token.text), location_from(start));
}

ast::ExprPtr Parser::parse_atom() {
  const SourcePosition start = start_position();
  switch (peek_kind()) {
    case TokenKind::kName:
      return parse_name();
    case TokenKind::kNumber:
      return parse_number();
    case TokenKind::kString:
      return parse_strings();
    case TokenKind::kTrue:
      consume();
      return make_constant(true, location_from(start));
    case TokenKind::kFalse:
      consume();
      return make_constant(false, location_from(start));
    case TokenKind::kNone:
      consume();
      return make_constant(ast::NoneLiteral{}, location_from(start));
    case TokenKind::kEllipsis:
      consume();
      return make_constant(ast::EllipsisLiteral{}, location_from(start));
    case TokenKind::kLeftParen:
      return parse_parenthesized();
    case TokenKind::kLeftBracket:
      return parse_list_display();
    case TokenKind::kLeftBrace:
      return parse_brace_display();
    default:
      fail();
  }
}

// '(' starts a tuple, a parenthesized expression or a generator expression.
ast::ExprPtr Parser::parse_parenthesized() {
  const SourcePosition start = start_position();
  consume();
  if (accept(TokenKind::kRightParen)) return finish(std::make_unique<ast::Tuple>(), start);
  if (at(TokenKind::kYield)) {
    ast::ExprPtr yield = parse_yield_expression();
    expect(TokenKind::kRightParen);
    return yield;
  }
  if (at(TokenKind::kDoubleStar)) {
    const Token stars = peek();
    InvalidRuleLookahead lookahead(this);
    if (invalid_rules_active() && speculate([&] {
          consume();
          parse_expression();
          if (!at(TokenKind::kRightParen)) fail();
        })) {
      raise_at_token(stars, "cannot use double starred expression here");
    }
    fail();
  }
  ast::ExprPtr first = parse_star_named_expression();
  if (at_comprehension()) {
    auto generator = std::make_unique<ast::GeneratorExp>();
    generator->generators = parse_comprehension_clauses();
    check_comprehension_element(*first);
    generator->elt = std::move(first);
    expect(TokenKind::kRightParen);
    return finish(std::move(generator), start);
  }
  if (at(TokenKind::kComma)) {
    auto tuple = std::make_unique<ast::Tuple>();
    tuple->elts.push_back(std::move(first));
    while (accept(TokenKind::kComma)) {
      if (at(TokenKind::kRightParen)) break;
      tuple->elts.push_back(parse_star_named_expression());
    }
    expect(TokenKind::kRightParen);
    return finish(std::move(tuple), start);
  }
  if (first->kind == ExprKind::kStarred && at(TokenKind::kRightParen)) {
    raise_at_node(first->loc, "cannot use starred expression here");
  }
  if (first->kind == ExprKind::kStarred) fail();
  expect(TokenKind::kRightParen);
  return first;
}

ast::ExprPtr Parser::parse_list_display() {
  const SourcePosition start = start_position();
  consume();
  if (accept(TokenKind::kRightBracket)) return finish(std::make_unique<ast::List>(), start);
  ast::ExprPtr first = parse_star_named_expression();
  if (at_comprehension()) {
    auto comprehension = std::make_unique<ast::ListComp>();
    comprehension->generators = parse_comprehension_clauses();
    check_comprehension_element(*first);
    comprehension->elt = std::move(first);
    expect(TokenKind::kRightBracket);
    return finish(std::move(comprehension), start);
  }
  auto list = std::make_unique<ast::List>();
  list->elts.push_back(std::move(first));
  SourcePosition last_comma_end;
  bool trailing_comma = false;
  while (at(TokenKind::kComma)) {
    last_comma_end = consume().end;
    trailing_comma = true;
    if (at(TokenKind::kRightBracket) || at_comprehension()) break;
    trailing_comma = false;
    list->elts.push_back(parse_star_named_expression());
  }
  if (at_comprehension()) note_failure_point();
  InvalidRuleLookahead lookahead(this);
  if (at_comprehension() && invalid_rules_active() &&
      speculate([&] { parse_comprehension_clauses(); })) {
    const ast::Location& first_loc = list->elts.front()->loc;
    if (list->elts.size() == 1 && trailing_comma) {
      raise_range(unshifted(first_loc.line, first_loc.column), last_comma_end,
                  "did you forget parentheses around the comprehension target?");
    }
    raise_node_range(first_loc, list->elts.back()->loc,
                     "did you forget parentheses around the comprehension target?");
  }
  expect(TokenKind::kRightBracket);
  return finish(std::move(list), start);
}

ast::ExprPtr Parser::parse_brace_display() {
  const SourcePosition start = start_position();
  consume();
  if (accept(TokenKind::kRightBrace)) return finish(std::make_unique<ast::Dict>(), start);
  if (at(TokenKind::kDoubleStar)) {
    const Token stars = consume();
    ast::ExprPtr value = parse_bitwise_or();
    if (at_comprehension()) {
      note_failure_point();
      InvalidRuleLookahead lookahead(this);
      if (invalid_rules_active() && speculate([&] {
            parse_comprehension_clauses();
            if (!at(TokenKind::kRightBrace)) fail();
          })) {
        raise_at_token(stars, "dict unpacking cannot be used in dict comprehension");
      }
      fail();
    }
    return parse_dict_rest(nullptr, std::move(value), start);
  }
  ast::ExprPtr first = parse_star_named_expression();
  if (at(TokenKind::kColon) && first->kind != ExprKind::kStarred) {
    const Token colon = consume();
    if (at(TokenKind::kStar) && invalid_rules_active()) {
      const ast::Location star_loc = location_between(peek().start, peek().end);
      consume();
      parse_bitwise_or();
      raise_starting_from(star_loc, "cannot use a starred expression in a dictionary value");
    }
    if ((at(TokenKind::kRightBrace) || at(TokenKind::kComma))) {
      raise_at_token(colon, "expression expected after dictionary key and ':'");
    }
    ast::ExprPtr value = parse_expression();
    if (at_comprehension()) {
      auto comprehension = std::make_unique<ast::DictComp>();
      comprehension->key = std::move(first);
      comprehension->value = std::move(value);
      comprehension->generators = parse_comprehension_clauses();
      expect(TokenKind::kRightBrace);
      return finish(std::move(comprehension), start);
    }
    return parse_dict_rest(std::move(first), std::move(value), start);
  }
  if (at_comprehension()) {
    auto comprehension = std::make_unique<ast::SetComp>();
    comprehension->generators = parse_comprehension_clauses();
    check_comprehension_element(*first);
    comprehension->elt = std::move(first);
    expect(TokenKind::kRightBrace);
    return finish(std::move(comprehension), start);
  }
  auto set = std::make_unique<ast::Set>();
  set->elts.push_back(std::move(first));
  SourcePosition last_comma_end;
  bool trailing_comma = false;
  while (at(TokenKind::kComma)) {
    last_comma_end = consume().end;
    trailing_comma = true;
    if (at(TokenKind::kRightBrace) || at_comprehension()) break;
    trailing_comma = false;
    set->elts.push_back(parse_star_named_expression());
  }
  if (at_comprehension()) note_failure_point();
  InvalidRuleLookahead lookahead(this);
  if (at_comprehension() && invalid_rules_active() &&
      speculate([&] { parse_comprehension_clauses(); })) {
    const ast::Location& first_loc = set->elts.front()->loc;
    if (set->elts.size() == 1 && trailing_comma) {
      raise_range(unshifted(first_loc.line, first_loc.column), last_comma_end,
                  "did you forget parentheses around the comprehension target?");
    }
    raise_node_range(first_loc, set->elts.back()->loc,
                     "did you forget parentheses around the comprehension target?");
  }
  expect(TokenKind::kRightBrace);
  return finish(std::move(set), start);
}

ast::ExprPtr Parser::parse_dict_rest(ast::ExprPtr first_key, ast::ExprPtr first_value,
                                     SourcePosition start) {
  auto dict = std::make_unique<ast::Dict>();
  dict->keys.push_back(std::move(first_key));
  dict->values.push_back(std::move(first_value));
  while (accept(TokenKind::kComma)) {
    if (at(TokenKind::kRightBrace)) break;
    if (accept(TokenKind::kDoubleStar)) {
      dict->keys.push_back(nullptr);
      dict->values.push_back(parse_bitwise_or());
      continue;
    }
    // CPython reports a bad key after the first entry as a key without ':'
    // rather than explaining the expression (its rules for the key's own
    // expression do not run there).
    skip_expression_checks_ = true;
    ast::ExprPtr key = parse_expression();
    if (!at(TokenKind::kColon)) {
      const SourcePosition end = unshifted(key->loc.end_line, key->loc.end_column);
      const SourcePosition begin = unshifted(key->loc.line, key->loc.column);
      raise("SyntaxError", "':' expected after dictionary key", begin.line, end.column, end.line,
            0);
      fail();
    }
    const Token colon = consume();
    if (at(TokenKind::kStar) && invalid_rules_active()) {
      const ast::Location star_loc = location_between(peek().start, peek().end);
      consume();
      parse_bitwise_or();
      raise_starting_from(star_loc, "cannot use a starred expression in a dictionary value");
    }
    if ((at(TokenKind::kRightBrace) || at(TokenKind::kComma))) {
      raise_at_token(colon, "expression expected after dictionary key and ':'");
    }
    dict->keys.push_back(std::move(key));
    dict->values.push_back(parse_expression());
  }
  expect(TokenKind::kRightBrace);
  return finish(std::move(dict), start);
}

// ------------------------------------------------------------ comprehensions

bool Parser::at_comprehension() {
  return at(TokenKind::kFor) || (at(TokenKind::kAsync) && peek_kind(1) == TokenKind::kFor);
}

std::vector<ast::Comprehension> Parser::parse_comprehension_clauses() {
  std::vector<ast::Comprehension> clauses;
  while (at_comprehension()) {
    ast::Comprehension clause;
    clause.is_async = accept(TokenKind::kAsync);
    consume();
    const size_t target_start = mark();
    if (!speculate([&] {
          clause.target = parse_star_targets();
          if (!at(TokenKind::kIn)) fail();
        })) {
      note_failure_point();
      reset(target_start);
      ast::ExprPtr expression;
      if (invalid_rules_active() && speculate([&] { expression = parse_star_expressions(); })) {
        diagnose_invalid_target(*expression, TargetKind::kFor);
      }
      fail();
    }
    consume();  // in
    clause.iter = parse_disjunction();
    while (accept(TokenKind::kIf)) clause.ifs.push_back(parse_disjunction());
    set_context(clause.target.get(), ast::Context::kStore);
    check_starred_targets(*clause.target);
    clauses.push_back(std::move(clause));
  }
  return clauses;
}

void Parser::check_comprehension_element(const ast::Expr& element) {
  if (element.kind == ExprKind::kStarred) {
    raise_at_node(element.loc, "iterable unpacking cannot be used in comprehension");
    fail();
  }
}

// ------------------------------------------------------------ subscripts

ast::ExprPtr Parser::parse_slices() {
  const SourcePosition start = start_position();
  auto parse_item = [this] {
    if (!at(TokenKind::kStar)) return parse_slice();
    const SourcePosition star = start_position();
    consume();
    auto starred = std::make_unique<ast::Starred>();
    starred->value = parse_expression();
    return ast::ExprPtr(finish(std::move(starred), star));
  };
  ast::ExprPtr first = parse_item();
  if (!at(TokenKind::kComma) && first->kind != ExprKind::kStarred) return first;
  auto tuple = std::make_unique<ast::Tuple>();
  tuple->elts.push_back(std::move(first));
  while (accept(TokenKind::kComma)) {
    if (at(TokenKind::kRightBracket)) break;
    tuple->elts.push_back(parse_item());
  }
  return finish(std::move(tuple), start);
}

ast::ExprPtr Parser::parse_slice() {
  const SourcePosition start = start_position();
  ast::ExprPtr lower;
  if (!at(TokenKind::kColon)) {
    lower = parse_named_expression();
    if (!at(TokenKind::kColon)) return lower;
  }
  consume();  // :
  auto slice = std::make_unique<ast::Slice>();
  slice->lower = std::move(lower);
  auto ends_part = [this] {
    return at(TokenKind::kColon) || at(TokenKind::kComma) || at(TokenKind::kRightBracket);
  };
  if (!ends_part()) slice->upper = parse_expression();
  if (accept(TokenKind::kColon)) {
    if (!at(TokenKind::kComma) && !at(TokenKind::kRightBracket)) slice->step = parse_expression();
  }
  return finish(std::move(slice), start);
}

// ------------------------------------------------------------ calls

// "(arguments)" after a callee; the caller fills in `func`.
std::unique_ptr<ast::Call> Parser::parse_call_arguments() {
  const SourcePosition open = start_position();
  consume();  // (
  auto call = std::make_unique<ast::Call>();
  parse_arguments(&call->args, &call->keywords, false, open);
  expect(TokenKind::kRightParen);
  return call;
}

// The arguments of a call or of a class's bases, up to (not including) ')'.
void Parser::parse_arguments(ast::ExprList* args, std::vector<ast::Keyword>* keywords,
                             bool in_class, SourcePosition open_paren) {
  bool seen_keyword = false;
  bool seen_double_star = false;
  while (!at(TokenKind::kRightParen)) {
    const Token token = peek();
    const SourcePosition start = token.start;
    if (token.kind == TokenKind::kStar) {
      if (seen_double_star) {
        raise_at_token(token, "iterable argument unpacking follows keyword argument unpacking");
      }
      consume();
      auto starred = std::make_unique<ast::Starred>();
      starred->value = parse_expression();
      args->push_back(finish(std::move(starred), start));
    } else if (token.kind == TokenKind::kDoubleStar) {
      consume();
      ast::Keyword keyword;
      keyword.value = parse_expression();
      keyword.loc = location_from(start);
      keywords->push_back(std::move(keyword));
      seen_double_star = true;
    } else if (token.kind == TokenKind::kName && peek_kind(1) == TokenKind::kEqual) {
      consume();
      const Token equal = consume();
      ast::Keyword keyword;
      keyword.name = identifier(token);
      keyword.value = parse_expression();
      if (at_comprehension()) {
        // invalid_kwarg: `name=value for ...`, when the clauses parse.
        note_failure_point();
        InvalidRuleLookahead lookahead(this);
        if (invalid_rules_active() && speculate([&] { parse_comprehension_clauses(); })) {
          raise_range(token.start, equal.end,
                      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        fail();
      }
      keyword.loc = location_from(start);
      keywords->push_back(std::move(keyword));
      seen_keyword = true;
    } else if ((token.kind == TokenKind::kTrue || token.kind == TokenKind::kFalse ||
                token.kind == TokenKind::kNone) &&
               peek_kind(1) == TokenKind::kEqual) {
      raise_range(token.start, peek(1).end, "cannot assign to " + std::string(token.text));
      fail();
    } else {
      if (seen_keyword || seen_double_star) {
        // A positional argument after keywords: CPython's first pass stops
        // here; its invalid_arguments rule then reads the rest of the
        // arguments and reports at the last token it read.
        note_failure_point();
        InvalidRuleLookahead lookahead(this);
        if (invalid_rules_active() && speculate([&] {
              parse_expression();
              while (accept(TokenKind::kComma)) {
                if (at(TokenKind::kRightParen)) break;
                if (at(TokenKind::kName) && peek_kind(1) == TokenKind::kEqual) {
                  consume();
                  consume();
                } else if (at(TokenKind::kStar) || at(TokenKind::kDoubleStar)) {
                  consume();
                }
                parse_expression();
              }
              peek();
            })) {
          raise_at_last_token(seen_double_star
                                  ? "positional argument follows keyword argument unpacking"
                                  : "positional argument follows keyword argument");
        }
        fail();
      }
      ast::ExprPtr argument = (at(TokenKind::kName) && peek_kind(1) == TokenKind::kColonEqual)
                                  ? parse_named_expression()
                                  : parse_expression();
      if (at(TokenKind::kEqual)) {
        const SourcePosition begin = unshifted(argument->loc.line, argument->loc.column);
        raise_range(begin, peek().end,
                    "expression cannot contain assignment, perhaps you meant \"==\"?");
        fail();
      }
      if (at_comprehension()) {
        const bool alone = args->empty() && keywords->empty();
        // Only a lone generator expression in a call is valid; CPython's
        // first pass stops at the 'for' otherwise.
        std::optional<InvalidRuleLookahead> lookahead;
        if (!alone || in_class) {
          note_failure_point();
          lookahead.emplace(this);
        }
        std::vector<ast::Comprehension> generators = parse_comprehension_clauses();
        if (alone && at(TokenKind::kRightParen) && !in_class) {
          auto generator = std::make_unique<ast::GeneratorExp>();
          generator->elt = std::move(argument);
          generator->generators = std::move(generators);
          generator->loc = location_between(open_paren, peek().end);
          args->push_back(std::move(generator));
          continue;
        }
        if ((!alone || at(TokenKind::kComma))) {
          // The rule goes on to look past the comma.
          if (at(TokenKind::kComma)) {
            InvalidRuleLookahead lookahead(this);
            peek(1);
          }
          const ast::Comprehension& last = generators.back();
          const ast::Expr& last_item = last.ifs.empty() ? *last.iter : *last.ifs.back();
          raise_node_range(argument->loc, last_item.loc,
                           "Generator expression must be parenthesized");
        }
        fail();
      }
      args->push_back(std::move(argument));
    }
    if (!accept(TokenKind::kComma)) break;
  }
  // CPython's compiler rejects `f(x=1, x=2)`, at the later duplicate of the
  // first repeated name.
  for (size_t i = 0; i < keywords->size(); ++i) {
    const ast::Keyword& keyword = (*keywords)[i];
    if (keyword.name.empty()) continue;
    for (size_t j = i + 1; j < keywords->size(); ++j) {
      if ((*keywords)[j].name == keyword.name) {
        defer_compiler_error((*keywords)[j].loc, "keyword argument repeated: " + keyword.name);
        return;
      }
    }
  }
}

// ------------------------------------------------------------ lambdas and parameters

ast::ExprPtr Parser::parse_lambda() {
  const SourcePosition start = start_position();
  consume();  // lambda
  auto lambda = std::make_unique<ast::Lambda>();
  lambda->args = parse_parameters(true);
  expect(TokenKind::kColon);
  lambda->body = parse_expression();
  lambda = finish(std::move(lambda), start);
  check_forbidden_parameters(lambda->args, lambda->loc);
  return lambda;
}

ast::Arg Parser::parse_parameter(bool is_lambda, bool star_annotation) {
  const SourcePosition start = start_position();
  ast::Arg arg;
  arg.name = expect_identifier();
  if (!is_lambda && accept(TokenKind::kColon)) {
    arg.annotation = star_annotation ? parse_star_expression() : parse_expression();
  }
  arg.loc = location_from(start);
  return arg;
}

// A def's parameters up to ')' or a lambda's up to ':', with CPython's
// invalid_parameters / invalid_star_etc / invalid_kwds diagnostics.
ast::Arguments Parser::parse_parameters(bool is_lambda) {
  const TokenKind closing = is_lambda ? TokenKind::kColon : TokenKind::kRightParen;
  ast::Arguments arguments;
  std::vector<ast::Arg> positional;
  bool seen_slash = false;
  bool seen_star = false;
  bool seen_kwarg = false;
  bool seen_default = false;
  bool any_parameter = false;

  while (!at(closing)) {
    const Token token = peek();
    if (token.kind == TokenKind::kSlash) {
      const bool misplaced = !any_parameter || seen_slash || seen_star || seen_kwarg;
      if (misplaced) note_failure_point();
      InvalidRuleLookahead lookahead(this);
      if (seen_kwarg) raise_at_token(token, "arguments cannot follow var-keyword argument");
      if (!any_parameter && peek_kind(1) == TokenKind::kComma) {
        raise_at_token(token, "at least one argument must precede /");
      }
      if (seen_star) raise_at_token(token, "/ must be ahead of *");
      if (seen_slash) raise_at_token(token, "/ may appear only once");
      if (!any_parameter || seen_slash || seen_star || seen_kwarg) fail();
      consume();
      seen_slash = true;
      arguments.posonlyargs = std::move(positional);
      positional.clear();
      if (at(TokenKind::kStar)) {
        raise_at_token(peek(), "expected comma between / and *");
      }
    } else if (token.kind == TokenKind::kStar) {
      if (seen_kwarg) {
        raise_at_token(token, "arguments cannot follow var-keyword argument");
        fail();
      }
      if (seen_star) {
        if ((peek_kind(1) == TokenKind::kName || peek_kind(1) == TokenKind::kComma)) {
          raise_at_token(token, "* argument may appear only once");
        }
        fail();
      }
      const TokenKind next = peek_kind(1);
      const bool bare_without_names =
          next == closing || (next == TokenKind::kComma &&
                              (peek_kind(2) == closing || peek_kind(2) == TokenKind::kDoubleStar));
      if (bare_without_names) {
        if (is_lambda) raise_at_last_token("named arguments must follow bare *");
        raise_at_token(token, "named arguments must follow bare *");
      }
      consume();
      seen_star = true;
      if (at(TokenKind::kName)) {
        arguments.vararg = std::make_unique<ast::Arg>(parse_parameter(is_lambda, true));
        if (at(TokenKind::kEqual)) {
          raise_at_token(peek(), "var-positional argument cannot have default value");
          fail();
        }
      } else if (!at(TokenKind::kComma)) {
        fail();
      }
    } else if (token.kind == TokenKind::kDoubleStar) {
      if (seen_kwarg) {
        raise_at_token(token, "arguments cannot follow var-keyword argument");
        fail();
      }
      consume();
      arguments.kwarg = std::make_unique<ast::Arg>(parse_parameter(is_lambda, false));
      seen_kwarg = true;
      if (at(TokenKind::kEqual)) {
        raise_at_token(peek(), "var-keyword argument cannot have default value");
        fail();
      }
    } else if (token.kind == TokenKind::kName) {
      ast::Arg parameter = parse_parameter(is_lambda, false);
      if (seen_kwarg) {
        raise_at_node(parameter.loc, "arguments cannot follow var-keyword argument");
        fail();
      }
      if (at(TokenKind::kEqual)) {
        const Token equal = consume();
        if ((at(TokenKind::kComma) || at(TokenKind::kRightParen))) {
          raise_at_token(equal, "expected default value expression");
        }
        ast::ExprPtr value = parse_expression();
        if (seen_star) {
          arguments.kw_defaults.push_back(std::move(value));
        } else {
          arguments.defaults.push_back(std::move(value));
          seen_default = true;
        }
      } else if (seen_star) {
        arguments.kw_defaults.push_back(nullptr);
      } else if (seen_default) {
        // CPython's param_no_default includes the ',' or ')' after it.
        if ((at(TokenKind::kComma) || at(closing))) {
          raise_at_node(parameter.loc, "non-default argument follows default argument");
        }
        fail();
      }
      (seen_star ? arguments.kwonlyargs : positional).push_back(std::move(parameter));
    } else if (token.kind == TokenKind::kLeftParen) {
      note_failure_point();
      if (!seen_default && !seen_star && !seen_slash && !seen_kwarg) {
        InvalidRuleLookahead lookahead(this);
        SourcePosition close_end;
        // At least one parameter inside, as CPython's rule requires.
        if (invalid_rules_active() && speculate([&] {
              consume();
              parse_parameter(is_lambda, false);
              while (accept(TokenKind::kComma)) {
                if (at(TokenKind::kRightParen)) break;
                parse_parameter(is_lambda, false);
              }
              close_end = expect(TokenKind::kRightParen).end;
            })) {
          raise_range(token.start, close_end,
                      is_lambda ? "Lambda expression parameters cannot be parenthesized"
                                : "Function parameters cannot be parenthesized");
        }
      }
      fail();
    } else {
      fail();
    }
    any_parameter = true;
    if (!accept(TokenKind::kComma)) {
      if (!at(closing)) fail();
      break;
    }
  }
  if (seen_star && !arguments.vararg && arguments.kwonlyargs.empty()) fail();
  arguments.args = std::move(positional);
  check_duplicate_arguments(arguments);
  return arguments;
}

void Parser::check_forbidden_parameters(const ast::Arguments& arguments, const ast::Location& loc) {
  auto check = [&](const ast::Arg& arg) {
    check_forbidden_name(arg.name, loc, ast::Context::kStore);
  };
  for (const auto& arg : arguments.posonlyargs) check(arg);
  for (const auto& arg : arguments.args) check(arg);
  if (arguments.vararg) check(*arguments.vararg);
  for (const auto& arg : arguments.kwonlyargs) check(arg);
  if (arguments.kwarg) check(*arguments.kwarg);
}

void Parser::check_duplicate_arguments(const ast::Arguments& arguments) {
  // CPython's symbol table visits positional-only, positional and
  // keyword-only parameters, then *args and **kwargs.
  std::vector<const ast::Arg*> order;
  for (const auto& arg : arguments.posonlyargs) order.push_back(&arg);
  for (const auto& arg : arguments.args) order.push_back(&arg);
  for (const auto& arg : arguments.kwonlyargs) order.push_back(&arg);
  if (arguments.vararg) order.push_back(arguments.vararg.get());
  if (arguments.kwarg) order.push_back(arguments.kwarg.get());
  for (size_t i = 1; i < order.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (order[j]->name == order[i]->name) {
        defer_symtable_error(order[i]->loc,
                             "duplicate argument '" + order[i]->name + "' in function definition");
        return;
      }
    }
  }
}

}  // namespace pyvm
