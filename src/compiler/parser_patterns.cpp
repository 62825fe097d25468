// SPDX-License-Identifier: GPL-3.0-or-later
// The match statement (PEP 634): its subject, its case blocks and every kind
// of pattern. Functions follow CPython 3.11's grammar rules of the same
// names (match_stmt, case_block, patterns, as_pattern, or_pattern,
// closed_pattern, ...), so the grammar in the language reference explains
// each one. `match`, `case` and `_` are soft keywords: NAME tokens that mean
// something only here.
#include <string>

#include "compiler/parser_internal.h"

namespace pyvm {

using ast::PatternPtr;

namespace {

bool is_soft_keyword(const Token& token, std::string_view word) {
  return token.kind == TokenKind::kName && token.text == word;
}

template <class Node>
PatternPtr located(std::unique_ptr<Node> node, const ast::Location& loc) {
  node->loc = loc;
  return node;
}

}  // namespace

// `match subject:` followed by an indented `case`. Anything else starting
// with `match` is an ordinary statement (match is a soft keyword), except
// the two mistakes CPython's invalid_match_stmt names.
bool Parser::at_match_statement() {
  if (!is_soft_keyword(peek(), "match")) return false;
  const size_t saved = mark();
  const int line = peek().start.line;
  InvalidRuleLookahead lookahead(this);
  const bool header = speculate([&] {
    consume();
    parse_match_subject();
    expect(TokenKind::kColon);
    expect(TokenKind::kNewline);
  });
  if (header && !at(TokenKind::kIndent)) {
    raise_at_token(peek(),
                   "expected an indented block after 'match' statement on line " +
                       std::to_string(line),
                   "IndentationError");
  }
  const bool found = header && is_soft_keyword(peek(1), "case");
  reset(saved);
  return found;
}

// After a statement starting with `match` failed to parse: `match x` with
// the colon forgotten.
void Parser::check_match_without_colon(size_t start) {
  const size_t saved = mark();
  reset(start);
  if (is_soft_keyword(peek(), "match")) {
    InvalidRuleLookahead lookahead(this);
    const bool subject_then_newline = speculate([&] {
      consume();
      parse_match_subject();
      if (!at(TokenKind::kNewline)) fail();
    });
    if (subject_then_newline) raise_at_token(peek(), "expected ':'");
  }
  reset(saved);
}

ast::StmtPtr Parser::parse_match_statement() {
  const SourcePosition start = start_position();
  consume();  // match
  auto statement = std::make_unique<ast::Match>();
  statement->subject = parse_match_subject();
  expect(TokenKind::kColon);
  expect(TokenKind::kNewline);
  expect(TokenKind::kIndent);
  do {
    statement->cases.push_back(parse_case_block());
  } while (is_soft_keyword(peek(), "case"));
  expect(TokenKind::kDedent);
  return finish(std::move(statement), start);
}

// subject_expr: `x`, `x := f()`, or an unparenthesized tuple `a, *b`.
ast::ExprPtr Parser::parse_match_subject() {
  const SourcePosition start = start_position();
  ast::ExprPtr first = parse_star_named_expression();
  if (!at(TokenKind::kComma)) {
    if (first->kind == ast::ExprKind::kStarred) fail();
    return first;
  }
  auto tuple = std::make_unique<ast::Tuple>();
  tuple->elts.push_back(std::move(first));
  while (accept(TokenKind::kComma)) {
    if (at(TokenKind::kColon) || at(TokenKind::kNewline)) break;
    tuple->elts.push_back(parse_star_named_expression());
  }
  return finish(std::move(tuple), start);
}

ast::MatchCase Parser::parse_case_block() {
  const int line = peek().start.line;
  consume();  // case
  ast::MatchCase match_case;
  match_case.pattern = parse_patterns();
  if (accept(TokenKind::kIf)) match_case.guard = parse_named_expression();
  expect_colon_or_newline_error();
  match_case.body = parse_block("'case' statement", line);
  return match_case;
}

// What may begin a pattern (after a comma, to tell a trailing comma).
bool Parser::at_pattern_start() {
  switch (peek_kind()) {
    case TokenKind::kName:
    case TokenKind::kNumber:
    case TokenKind::kString:
    case TokenKind::kNone:
    case TokenKind::kTrue:
    case TokenKind::kFalse:
    case TokenKind::kMinus:
    case TokenKind::kLeftParen:
    case TokenKind::kLeftBracket:
    case TokenKind::kLeftBrace:
    case TokenKind::kStar:
      return true;
    default:
      return false;
  }
}

// patterns: `case a, *b:` is a sequence pattern without brackets.
PatternPtr Parser::parse_patterns() {
  const SourcePosition start = start_position();
  PatternPtr first = parse_maybe_star_pattern();
  if (!at(TokenKind::kComma)) {
    if (first->kind == ast::PatternKind::kMatchStar) fail();
    return first;
  }
  auto sequence = std::make_unique<ast::MatchSequence>();
  sequence->patterns.push_back(std::move(first));
  while (accept(TokenKind::kComma) && at_pattern_start()) {
    sequence->patterns.push_back(parse_maybe_star_pattern());
  }
  return located(std::move(sequence), location_from(start));
}

// as_pattern | or_pattern
PatternPtr Parser::parse_pattern() {
  NestingGuard nesting(this);
  const SourcePosition start = start_position();
  PatternPtr pattern = parse_or_pattern();
  if (!accept(TokenKind::kAs)) return pattern;
  if (is_soft_keyword(peek(), "_")) raise_at_token(peek(), "cannot use '_' as a target");
  if (!at(TokenKind::kName)) {
    // invalid_as_pattern: `as` followed by an expression that is no name.
    const size_t target_start = mark();
    ast::ExprPtr target;
    if (speculate([&] { target = parse_expression(); })) {
      raise_at_node(target->loc, "invalid pattern target");
    }
    reset(target_start);
    fail();
  }
  auto as = std::make_unique<ast::MatchAs>();
  as->pattern = std::move(pattern);
  as->name = parse_capture_target();
  return located(std::move(as), location_from(start));
}

PatternPtr Parser::parse_or_pattern() {
  const SourcePosition start = start_position();
  PatternPtr first = parse_closed_pattern();
  if (!at(TokenKind::kVerticalBar)) return first;
  auto alternatives = std::make_unique<ast::MatchOr>();
  alternatives->patterns.push_back(std::move(first));
  while (accept(TokenKind::kVerticalBar)) {
    alternatives->patterns.push_back(parse_closed_pattern());
  }
  return located(std::move(alternatives), location_from(start));
}

PatternPtr Parser::parse_maybe_star_pattern() {
  if (!at(TokenKind::kStar)) return parse_pattern();
  const SourcePosition start = start_position();
  consume();
  auto star = std::make_unique<ast::MatchStar>();
  if (is_soft_keyword(peek(), "_")) {
    consume();
  } else {
    star->name = parse_capture_target();
  }
  PatternPtr result = located(std::move(star), location_from(start));
  check_forbidden_name(result->as<ast::MatchStar>().name, result->loc, ast::Context::kStore);
  return result;
}

PatternPtr Parser::parse_closed_pattern() {
  NestingGuard nesting(this);
  const SourcePosition start = start_position();
  switch (peek_kind()) {
    case TokenKind::kNumber:
    case TokenKind::kMinus:
    case TokenKind::kString: {
      auto value = std::make_unique<ast::MatchValue>();
      value->value = parse_literal_expression();
      const ast::Location loc = value->value->loc;
      return located(std::move(value), loc);
    }
    case TokenKind::kNone:
    case TokenKind::kTrue:
    case TokenKind::kFalse: {
      auto singleton = std::make_unique<ast::MatchSingleton>();
      const TokenKind kind = consume().kind;
      if (kind == TokenKind::kNone) {
        singleton->value = ast::NoneLiteral{};
      } else {
        singleton->value = kind == TokenKind::kTrue;
      }
      return located(std::move(singleton), location_from(start));
    }
    case TokenKind::kLeftParen:
      return parse_parenthesized_pattern();
    case TokenKind::kLeftBracket: {
      consume();
      auto sequence = std::make_unique<ast::MatchSequence>();
      parse_pattern_items(&sequence->patterns, TokenKind::kRightBracket);
      return located(std::move(sequence), location_from(start));
    }
    case TokenKind::kLeftBrace:
      return parse_mapping_pattern();
    case TokenKind::kName:
      break;
    default:
      fail();
  }
  if (is_soft_keyword(peek(), "_")) {
    consume();
    return located(std::make_unique<ast::MatchAs>(), location_from(start));
  }
  ast::ExprPtr name = parse_name_or_attribute();
  if (at(TokenKind::kLeftParen)) return parse_class_pattern(std::move(name), start);
  if (at(TokenKind::kEqual)) fail();
  if (name->kind == ast::ExprKind::kAttribute) {
    auto value = std::make_unique<ast::MatchValue>();
    value->value = std::move(name);
    return located(std::move(value), location_from(start));
  }
  auto capture = std::make_unique<ast::MatchAs>();
  capture->name = std::move(name->as<ast::Name>().id);
  check_forbidden_name(capture->name, name->loc, ast::Context::kStore);
  return located(std::move(capture), location_from(start));
}

// group_pattern `(p)` (the pattern itself) or a sequence pattern `()`,
// `(p,)`, `(p, q)`.
PatternPtr Parser::parse_parenthesized_pattern() {
  const SourcePosition start = start_position();
  consume();  // (
  auto sequence = std::make_unique<ast::MatchSequence>();
  if (accept(TokenKind::kRightParen)) return located(std::move(sequence), location_from(start));
  PatternPtr first = parse_maybe_star_pattern();
  if (first->kind != ast::PatternKind::kMatchStar && accept(TokenKind::kRightParen)) return first;
  expect(TokenKind::kComma);
  sequence->patterns.push_back(std::move(first));
  parse_pattern_items(&sequence->patterns, TokenKind::kRightParen);
  return located(std::move(sequence), location_from(start));
}

// maybe_sequence_pattern up to and including `close`: patterns separated by
// commas, an optional trailing comma.
void Parser::parse_pattern_items(ast::PatternList* patterns, TokenKind close) {
  while (!accept(close)) {
    patterns->push_back(parse_maybe_star_pattern());
    if (!accept(TokenKind::kComma)) {
      expect(close);
      return;
    }
  }
}

PatternPtr Parser::parse_mapping_pattern() {
  const SourcePosition start = start_position();
  consume();  // {
  auto mapping = std::make_unique<ast::MatchMapping>();
  while (!accept(TokenKind::kRightBrace)) {
    if (accept(TokenKind::kDoubleStar)) {
      const ast::Location name_loc = location_between(peek().start, peek().end);
      mapping->rest = parse_capture_target();
      check_forbidden_name(mapping->rest, name_loc, ast::Context::kStore);
      accept(TokenKind::kComma);
      expect(TokenKind::kRightBrace);
      break;
    }
    if (at(TokenKind::kName)) {
      ast::ExprPtr key = parse_name_or_attribute();
      if (key->kind != ast::ExprKind::kAttribute) fail();
      mapping->keys.push_back(std::move(key));
    } else {
      mapping->keys.push_back(parse_literal_expression());
    }
    expect(TokenKind::kColon);
    mapping->patterns.push_back(parse_pattern());
    if (!accept(TokenKind::kComma)) {
      expect(TokenKind::kRightBrace);
      break;
    }
  }
  return located(std::move(mapping), location_from(start));
}

// class_pattern after the class's name: `(positional..., name=pattern...)`.
PatternPtr Parser::parse_class_pattern(ast::ExprPtr cls, SourcePosition start) {
  consume();  // (
  auto pattern = std::make_unique<ast::MatchClass>();
  pattern->cls = std::move(cls);
  while (!accept(TokenKind::kRightParen)) {
    if (at(TokenKind::kName) && peek_kind(1) == TokenKind::kEqual) {
      pattern->kwd_attrs.push_back(expect_identifier());
      consume();  // =
      pattern->kwd_patterns.push_back(parse_pattern());
    } else if (!pattern->kwd_patterns.empty()) {
      // invalid_class_argument_pattern: the run of positional patterns
      // after the keyword ones.
      ast::PatternList misplaced;
      misplaced.push_back(parse_pattern());
      while (at(TokenKind::kComma) && at_pattern_start_after_comma()) {
        consume();
        misplaced.push_back(parse_pattern());
      }
      raise_node_range(misplaced.front()->loc, misplaced.back()->loc,
                       "positional patterns follow keyword patterns");
    } else {
      pattern->patterns.push_back(parse_pattern());
    }
    if (!accept(TokenKind::kComma)) {
      expect(TokenKind::kRightParen);
      break;
    }
  }
  return located(std::move(pattern), location_from(start));
}

// After a comma in a class pattern: another positional pattern follows
// (not a keyword pattern, not the closing parenthesis).
bool Parser::at_pattern_start_after_comma() {
  const size_t saved = mark();
  consume();  // ,
  const bool positional =
      at_pattern_start() && !(at(TokenKind::kName) && peek_kind(1) == TokenKind::kEqual);
  reset(saved);
  return positional;
}

// name_or_attr: `x` or `a.b.c`, as a Name or Attribute expression.
ast::ExprPtr Parser::parse_name_or_attribute() {
  const SourcePosition start = start_position();
  ast::ExprPtr result = parse_name();
  while (accept(TokenKind::kDot)) {
    auto attribute = std::make_unique<ast::Attribute>();
    attribute->value = std::move(result);
    attribute->attr = expect_identifier();
    result = finish(std::move(attribute), start);
  }
  return result;
}

// pattern_capture_target: a NAME other than `_` not followed by `.`, `(` or
// `=`.
std::string Parser::parse_capture_target() {
  if (!at(TokenKind::kName) || is_soft_keyword(peek(), "_")) fail();
  const TokenKind next = peek_kind(1);
  if (next == TokenKind::kDot || next == TokenKind::kLeftParen || next == TokenKind::kEqual) fail();
  return expect_identifier();
}

// literal_expr (a value pattern's literal or a mapping key): a signed
// number, a complex literal `-1+2j`, strings, None, True or False.
ast::ExprPtr Parser::parse_literal_expression() {
  const SourcePosition start = start_position();
  switch (peek_kind()) {
    case TokenKind::kString: {
      ast::ExprPtr strings = parse_strings();
      if (strings->kind == ast::ExprKind::kJoinedStr) {
        defer_compiler_error(strings->loc, "patterns may only match literals and attribute lookups");
      }
      return strings;
    }
    case TokenKind::kNone:
    case TokenKind::kTrue:
    case TokenKind::kFalse:
      return parse_atom();
    case TokenKind::kNumber:
    case TokenKind::kMinus:
      break;
    default:
      fail();
  }
  ast::ExprPtr number = parse_signed_number();
  if (!at(TokenKind::kPlus) && !at(TokenKind::kMinus)) return number;
  // complex_number: signed_real_number ('+' | '-') imaginary_number
  const ast::Expr& real =
      number->kind == ast::ExprKind::kUnaryOp ? *number->as<ast::UnaryOp>().operand : *number;
  if (std::holds_alternative<ast::ImaginaryLiteral>(real.as<ast::Constant>().value)) {
    raise_at_node(real.loc, "real number required in complex literal");
  }
  auto sum = std::make_unique<ast::BinOp>();
  sum->left = std::move(number);
  sum->op = consume().kind == TokenKind::kPlus ? ast::BinaryOperator::kAdd
                                               : ast::BinaryOperator::kSub;
  if (!at(TokenKind::kNumber)) fail();
  sum->right = parse_number();
  if (!std::holds_alternative<ast::ImaginaryLiteral>(sum->right->as<ast::Constant>().value)) {
    raise_at_node(sum->right->loc, "imaginary number required in complex literal");
  }
  return finish(std::move(sum), start);
}

// signed_number: NUMBER or `-` NUMBER.
ast::ExprPtr Parser::parse_signed_number() {
  const SourcePosition start = start_position();
  if (!accept(TokenKind::kMinus)) {
    if (!at(TokenKind::kNumber)) fail();
    return parse_number();
  }
  if (!at(TokenKind::kNumber)) fail();
  auto negation = std::make_unique<ast::UnaryOp>();
  negation->op = ast::UnaryOperator::kUSub;
  negation->operand = parse_number();
  return finish(std::move(negation), start);
}

}  // namespace pyvm
