// SPDX-License-Identifier: GPL-3.0-or-later
// Assignment and deletion targets: parsing them, checking them, setting
// their Store/Del context, and explaining invalid ones the way CPython 3.11
// does (its invalid_assignment, invalid_for_target and invalid_del_stmt
// rules, and the helpers _PyPegen_get_invalid_target and
// _PyPegen_get_expr_name).
#include <variant>

#include "compiler/parser_internal.h"

namespace pyvm {
namespace {

using ast::ExprKind;

}  // namespace

bool is_valid_target(const ast::Expr& expr, TargetKind kind) {
  switch (expr.kind) {
    case ExprKind::kName:
    case ExprKind::kAttribute:
    case ExprKind::kSubscript:
      return true;
    case ExprKind::kStarred: {
      const ast::Expr& value = *expr.as<ast::Starred>().value;
      return kind != TargetKind::kDelete && value.kind != ExprKind::kStarred &&
             is_valid_target(value, kind);
    }
    case ExprKind::kTuple:
      for (const auto& element : expr.as<ast::Tuple>().elts) {
        if (!is_valid_target(*element, kind)) return false;
      }
      return true;
    case ExprKind::kList:
      for (const auto& element : expr.as<ast::List>().elts) {
        if (!is_valid_target(*element, kind)) return false;
      }
      return true;
    default:
      return false;
  }
}

namespace {

// The part of `expr` that makes it an invalid target, or null when CPython
// would not blame any part.
const ast::Expr* invalid_target(const ast::Expr& expr, TargetKind kind) {
  switch (expr.kind) {
    case ExprKind::kList:
    case ExprKind::kTuple: {
      const ast::ExprList& elements =
          expr.kind == ExprKind::kList ? expr.as<ast::List>().elts : expr.as<ast::Tuple>().elts;
      for (const auto& element : elements) {
        if (const ast::Expr* bad = invalid_target(*element, kind)) return bad;
      }
      return nullptr;
    }
    case ExprKind::kStarred:
      if (kind == TargetKind::kDelete) return &expr;
      return invalid_target(*expr.as<ast::Starred>().value, kind);
    case ExprKind::kCompare: {
      // `for x in y` reaches here as the comparison `x in y`.
      if (kind == TargetKind::kFor) {
        const auto& compare = expr.as<ast::Compare>();
        if (compare.ops.front() == ast::CompareOperator::kIn) {
          return invalid_target(*compare.left, kind);
        }
        return nullptr;
      }
      return &expr;
    }
    case ExprKind::kName:
    case ExprKind::kSubscript:
    case ExprKind::kAttribute:
      return nullptr;
    default:
      return &expr;
  }
}

bool can_start_target(TokenKind kind) {
  switch (kind) {
    case TokenKind::kStar:
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
    case TokenKind::kNone:
    case TokenKind::kTrue:
    case TokenKind::kFalse:
      return true;
    default:
      return false;
  }
}

bool is_single_target(const ast::Expr& expr) {
  return expr.kind == ExprKind::kName || expr.kind == ExprKind::kAttribute ||
         expr.kind == ExprKind::kSubscript;
}

bool is_augmented_assignment(TokenKind kind) {
  switch (kind) {
    case TokenKind::kPlusEqual:
    case TokenKind::kMinusEqual:
    case TokenKind::kStarEqual:
    case TokenKind::kAtEqual:
    case TokenKind::kSlashEqual:
    case TokenKind::kPercentEqual:
    case TokenKind::kAmpersandEqual:
    case TokenKind::kVerticalBarEqual:
    case TokenKind::kCircumflexEqual:
    case TokenKind::kLeftShiftEqual:
    case TokenKind::kRightShiftEqual:
    case TokenKind::kDoubleStarEqual:
    case TokenKind::kDoubleSlashEqual:
      return true;
    default:
      return false;
  }
}

}  // namespace

std::string concat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view part : parts) out.append(part);
  return out;
}

std::string expression_name(const ast::Expr& expr) {
  switch (expr.kind) {
    case ExprKind::kAttribute:
      return "attribute";
    case ExprKind::kSubscript:
      return "subscript";
    case ExprKind::kStarred:
      return "starred";
    case ExprKind::kName:
      return "name";
    case ExprKind::kList:
      return "list";
    case ExprKind::kTuple:
      return "tuple";
    case ExprKind::kLambda:
      return "lambda";
    case ExprKind::kCall:
      return "function call";
    case ExprKind::kBoolOp:
    case ExprKind::kBinOp:
    case ExprKind::kUnaryOp:
      return "expression";
    case ExprKind::kGeneratorExp:
      return "generator expression";
    case ExprKind::kAwait:
      return "await expression";
    case ExprKind::kYield:
    case ExprKind::kYieldFrom:
      return "yield expression";
    case ExprKind::kListComp:
      return "list comprehension";
    case ExprKind::kSetComp:
      return "set comprehension";
    case ExprKind::kDictComp:
      return "dict comprehension";
    case ExprKind::kDict:
      return "dict literal";
    case ExprKind::kSet:
      return "set display";
    case ExprKind::kJoinedStr:
    case ExprKind::kFormattedValue:
      return "f-string expression";
    case ExprKind::kConstant: {
      const ast::ConstantValue& value = expr.as<ast::Constant>().value;
      if (std::holds_alternative<ast::NoneLiteral>(value)) return "None";
      if (const bool* flag = std::get_if<bool>(&value)) return *flag ? "True" : "False";
      if (std::holds_alternative<ast::EllipsisLiteral>(value)) return "ellipsis";
      return "literal";
    }
    case ExprKind::kCompare:
      return "comparison";
    case ExprKind::kIfExp:
      return "conditional expression";
    case ExprKind::kNamedExpr:
      return "named expression";
    case ExprKind::kSlice:
      break;
  }
  return "expression";
}

// star_target: '*' star_target | a primary, checked later.
ast::ExprPtr Parser::parse_star_target() {
  if (!at(TokenKind::kStar)) return parse_bitwise_or();
  const SourcePosition start = start_position();
  consume();
  if (at(TokenKind::kStar)) fail();
  auto starred = std::make_unique<ast::Starred>();
  starred->value = parse_star_target();
  return finish(std::move(starred), start);
}

// star_targets, as after `for`: one target or a tuple of them. Each element
// is read as an expression and must then pass is_valid_target.
ast::ExprPtr Parser::parse_star_targets() {
  const SourcePosition start = start_position();
  ast::ExprPtr first = parse_star_target();
  if (!at(TokenKind::kComma)) {
    if (!is_valid_target(*first, TargetKind::kFor)) fail();
    return first;
  }
  auto tuple = std::make_unique<ast::Tuple>();
  tuple->elts.push_back(std::move(first));
  while (accept(TokenKind::kComma)) {
    if (!can_start_target(peek_kind())) break;
    tuple->elts.push_back(parse_star_target());
  }
  if (!is_valid_target(*tuple, TargetKind::kFor)) fail();
  return finish(std::move(tuple), start);
}

void Parser::set_context(ast::Expr* expr, ast::Context ctx) {
  switch (expr->kind) {
    case ExprKind::kName:
      expr->as<ast::Name>().ctx = ctx;
      check_forbidden_name(expr->as<ast::Name>().id, expr->loc, ctx);
      break;
    case ExprKind::kAttribute:
      expr->as<ast::Attribute>().ctx = ctx;
      check_forbidden_name(expr->as<ast::Attribute>().attr, expr->loc, ctx);
      break;
    case ExprKind::kSubscript:
      expr->as<ast::Subscript>().ctx = ctx;
      break;
    case ExprKind::kStarred:
      expr->as<ast::Starred>().ctx = ctx;
      set_context(expr->as<ast::Starred>().value.get(), ctx);
      break;
    case ExprKind::kList:
      expr->as<ast::List>().ctx = ctx;
      for (auto& element : expr->as<ast::List>().elts) set_context(element.get(), ctx);
      break;
    case ExprKind::kTuple:
      expr->as<ast::Tuple>().ctx = ctx;
      for (auto& element : expr->as<ast::Tuple>().elts) set_context(element.get(), ctx);
      break;
    default:
      break;
  }
}

// CPython's compiler refuses to bind __debug__ (forbidden_name).
void Parser::check_forbidden_name(const std::string& name, const ast::Location& loc,
                                  ast::Context ctx) {
  if (name != "__debug__" || ctx == ast::Context::kLoad) return;
  defer_compiler_error(
      loc, ctx == ast::Context::kDel ? "cannot delete __debug__" : "cannot assign to __debug__");
}

// What CPython's compiler rejects in assignment targets.
void Parser::check_starred_targets(const ast::Expr& target) {
  if (target.kind == ExprKind::kStarred) {
    defer_compiler_error(target.loc, "starred assignment target must be in a list or tuple");
    return;
  }
  if (target.kind != ExprKind::kTuple && target.kind != ExprKind::kList) return;
  const ast::ExprList& elements =
      target.kind == ExprKind::kList ? target.as<ast::List>().elts : target.as<ast::Tuple>().elts;
  int starred = 0;
  for (const auto& element : elements) {
    if (element->kind == ExprKind::kStarred) ++starred;
  }
  if (starred > 1) {
    defer_compiler_error(target.loc, "multiple starred expressions in assignment");
    return;
  }
  for (const auto& element : elements) {
    const ast::Expr& inner =
        element->kind == ExprKind::kStarred ? *element->as<ast::Starred>().value : *element;
    if (inner.kind == ExprKind::kStarred) {
      defer_compiler_error(inner.loc, "starred assignment target must be in a list or tuple");
      return;
    }
    check_starred_targets(inner);
  }
}

// A starred expression outside a display or call (`x = *a`), which CPython's
// compiler rejects.
void Parser::check_starred_load(const ast::Expr& expr) {
  if (expr.kind == ExprKind::kStarred) {
    defer_compiler_error(expr.loc, "can't use starred expression here");
  }
}

void Parser::require_target(ast::Expr* expr, TargetKind kind, size_t statement_start) {
  if (is_valid_target(*expr, kind)) return;
  note_failure_point();
  if (kind == TargetKind::kAssign) {
    diagnose_assignment(statement_start);
  } else {
    diagnose_invalid_target(*expr, kind);
  }
  fail();
}

void Parser::diagnose_invalid_target(const ast::Expr& expr, TargetKind kind) {
  if (const ast::Expr* bad = invalid_target(expr, kind)) {
    raise_at_node(bad->loc, std::string(kind == TargetKind::kDelete ? "cannot delete "
                                                                    : "cannot assign to ") +
                                expression_name(*bad));
  }
}

// CPython's lookahead !(list|tuple|genexp|'True'|'None'|'False') at `start`.
bool Parser::starts_with_display(size_t start) {
  InvalidRuleLookahead lookahead(this);
  const size_t saved = mark();
  reset(start);
  const Token first = peek();
  bool result = false;
  if (first.kind == TokenKind::kTrue || first.kind == TokenKind::kNone ||
      first.kind == TokenKind::kFalse) {
    result = true;
  } else if (first.kind == TokenKind::kLeftParen || first.kind == TokenKind::kLeftBracket) {
    ast::ExprPtr atom;
    if (speculate([&] { atom = parse_atom(); })) {
      const SourcePosition atom_start = unshifted(atom->loc.line, atom->loc.column);
      const bool at_open =
          atom_start.line == first.start.line && atom_start.column == first.start.column;
      if (first.kind == TokenKind::kLeftBracket) {
        result = atom->kind == ExprKind::kList;
      } else {
        result =
            at_open && (atom->kind == ExprKind::kTuple || atom->kind == ExprKind::kGeneratorExp);
      }
    }
  }
  reset(saved);
  return result;
}

// The statement starting at `start` failed; CPython's second pass would try
// it as an assignment and fall into invalid_assignment, whose alternatives
// are tried here in the same order.
void Parser::diagnose_assignment(size_t start) {
  InvalidRuleLookahead lookahead(this);
  const size_t saved = mark();

  // CPython tries `match` statements first: "match x" then a newline is
  // invalid_match_stmt's "expected ':'".
  reset(start);
  if (at(TokenKind::kName) && peek().text == "match" && speculate([&] {
        consume();
        parse_star_expressions();
        if (!at(TokenKind::kNewline)) fail();
      })) {
    raise_at_last_token("expected ':'");
  }

  auto annotation_follows = [this] {
    if (!accept(TokenKind::kColon)) fail();
    parse_expression();
  };

  // A list or parenthesized tuple annotated.
  reset(start);
  ast::ExprPtr display;
  if (speculate([&] {
        display = parse_atom();
        annotation_follows();
      }) &&
      (display->kind == ExprKind::kList || display->kind == ExprKind::kTuple)) {
    raise_at_node(display->loc, concat({"only single target (not ",
                                        display->kind == ExprKind::kList ? "list" : "tuple",
                                        ") can be annotated"}));
  }

  // star_named_expression at the start, which runs invalid_named_expression,
  // then `a, b: int`.
  check_invalid_named_expression(start);
  reset(start);
  ast::ExprPtr first;
  if (speculate([&] {
        first = parse_star_named_expression();
        if (!accept(TokenKind::kComma)) fail();
        // star_named_expressions*: lists of them, not even comma-separated.
        while (!at(TokenKind::kColon)) {
          const size_t before = mark();
          if (!speculate([&] { parse_star_named_expression(); })) break;
          accept(TokenKind::kComma);
          if (mark() == before) break;
        }
        annotation_follows();
      })) {
    raise_at_node(first->loc, "only single target (not tuple) can be annotated");
  }

  // `f(): int`
  reset(start);
  ast::ExprPtr annotated;
  if (speculate([&] {
        annotated = parse_expression();
        annotation_follows();
      })) {
    raise_at_node(annotated->loc, "illegal target for annotation");
  }

  // (star_targets '=')* then an expression or yield that is not a target.
  reset(start);
  for (;;) {
    if (at(TokenKind::kYield)) {
      ast::ExprPtr yield;
      if (speculate([&] { yield = parse_yield_expression(); }) && at(TokenKind::kEqual)) {
        raise_at_node(yield->loc, "assignment to yield expression not possible");
      }
      break;
    }
    ast::ExprPtr element;
    if (!speculate([&] { element = parse_star_expressions(); })) break;
    if (!at(TokenKind::kEqual)) break;
    if (!is_valid_target(*element, TargetKind::kAssign)) {
      diagnose_invalid_target(*element, TargetKind::kAssign);
      break;
    }
    consume();  // =
  }

  // A non-target before an augmented assignment operator.
  reset(start);
  ast::ExprPtr target;
  if (speculate([&] {
        target = parse_star_expressions();
        if (!is_augmented_assignment(peek_kind())) fail();
        consume();
        if (at(TokenKind::kYield)) {
          parse_yield_expression();
        } else {
          parse_star_expressions();
        }
      }) &&
      !is_single_target(*target)) {
    raise_at_node(target->loc, concat({"'", expression_name(*target),
                                       "' is an illegal expression for augmented assignment"}));
  }
  reset(saved);
}

}  // namespace pyvm
