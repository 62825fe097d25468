// SPDX-License-Identifier: GPL-3.0-or-later
// The parser's entry point, its token buffer and error helpers, and the
// statement grammar (Grammar/python.gram in CPython 3.11, "STATEMENTS").
#include "compiler/parser.h"

#include <algorithm>

#include "compiler/parser_internal.h"
#include "compiler/unicode.h"

namespace pyvm {
namespace {

bool is_layout_token(TokenKind kind) {
  return kind == TokenKind::kNewline || kind == TokenKind::kIndent || kind == TokenKind::kDedent ||
         kind == TokenKind::kEndMarker;
}

// INDENT, DEDENT and ENDMARKER have no column of their own (see
// Lexer::end_of_file_token).
bool has_no_column(const Token& token) {
  return token.kind == TokenKind::kIndent || token.kind == TokenKind::kDedent ||
         token.kind == TokenKind::kEndMarker;
}

bool is_assignment(const ast::Stmt& stmt) {
  return stmt.kind == ast::StmtKind::kAssign || stmt.kind == ast::StmtKind::kAugAssign ||
         stmt.kind == ast::StmtKind::kAnnAssign;
}

}  // namespace

// ------------------------------------------------------------ entry point

ParseResult parse(std::string_view source, const std::string& filename, ParseMode mode) {
  ParseResult result;
  std::string text;
  try {
    text = normalize_source(source, filename);
  } catch (const SyntaxErrorException& exception) {
    result.error = exception.error;
    return result;
  }
  const SourceText source_text(std::move(text), filename);
  ParseSession session(source_text);
  Parser parser(source_text, &session);
  try {
    auto module = parser.parse_module(mode);
    if (session.symtable_error) {
      result.error = session.symtable_error;
    } else if (session.compiler_error) {
      result.error = session.compiler_error;
    } else {
      result.module = std::move(module);
    }
  } catch (const SyntaxErrorException& exception) {
    result.error = exception.error;
    if (exception.origin == SyntaxErrorException::Origin::kParser &&
        mode != ParseMode::kInteractive) {
      try {
        if (auto better = parser.check_rest_of_source()) result.error = std::move(better);
      } catch (const SyntaxErrorException&) {
        // Only errors from the tokenizer are of interest there.
      }
    }
  }
  return result;
}

Parser::Parser(const SourceText& source, ParseSession* session, int column_shift, bool in_fstring)
    : source_(source),
      session_(session),
      lexer_(source),
      column_shift_(column_shift),
      in_fstring_(in_fstring) {}

NestingGuard::NestingGuard(Parser* parser) : parser_(parser) {
  if (++parser_->session_->depth > kMaxNestingDepth) {
    --parser_->session_->depth;
    const Token& token = parser_->peek();
    throw SyntaxErrorException{
        parser_->source_.make_error("SyntaxError", "too many nested expressions", token.start.line,
                                    token.start.column + 1, token.end.line, token.end.column + 1),
        SyntaxErrorException::Origin::kTokenizer};
  }
}

std::unique_ptr<ast::Module> Parser::parse_module(ParseMode mode) {
  auto module = std::make_unique<ast::Module>();
  try {
    switch (mode) {
      case ParseMode::kFile:
        module->body = parse_statements_until(TokenKind::kEndMarker);
        break;
      case ParseMode::kExpression: {
        const SourcePosition start = start_position();
        auto statement = std::make_unique<ast::ExprStmt>();
        statement->value = parse_expressions();
        statement = finish(std::move(statement), start);
        while (accept(TokenKind::kNewline)) {
        }
        if (!at(TokenKind::kEndMarker)) fail();
        module->body.push_back(std::move(statement));
        break;
      }
      case ParseMode::kInteractive: {
        if (at(TokenKind::kEndMarker)) break;
        if (at(TokenKind::kNewline)) {
          auto pass = std::make_unique<ast::Pass>();
          pass->loc = location_between(peek().start, peek().start);
          consume();
          module->body.push_back(std::move(pass));
        } else {
          parse_statement(&module->body);
        }
        while (accept(TokenKind::kNewline)) {
        }
        if (!at(TokenKind::kEndMarker)) {
          raise_at_token(peek(), "multiple statements found while compiling a single statement");
        }
        break;
      }
    }
  } catch (const ParseFailure&) {
    raise_generic_error();
  }
  return module;
}

ast::ExprPtr Parser::parse_fstring_replacement() {
  try {
    return parse_star_expressions();
  } catch (const ParseFailure&) {
    raise_generic_error();
  }
}

std::optional<SyntaxError> Parser::check_rest_of_source() {
  const int error_line = tokens_.empty() ? 0 : tokens_.back().start.line;
  if (!tokens_.empty() && tokens_.back().kind == TokenKind::kEndMarker) return std::nullopt;
  try {
    while (lexer_.next().kind != TokenKind::kEndMarker) {
    }
  } catch (const SyntaxErrorException& exception) {
    if (exception.origin == SyntaxErrorException::Origin::kTokenizer) return exception.error;
    const auto& brackets = lexer_.open_brackets();
    if (!brackets.empty() && error_line > brackets.back().line) {
      const Lexer::OpenBracket& open = brackets.back();
      return source_.make_error("SyntaxError",
                                std::string("'") + open.character + "' was never closed", open.line,
                                open.column + 1, open.line, 0);
    }
  }
  return std::nullopt;
}

// ------------------------------------------------------------ tokens

const Token& Parser::peek(size_t ahead) {
  while (tokens_.size() <= pos_ + ahead) {
    if (!tokens_.empty() && tokens_.back().kind == TokenKind::kEndMarker) return tokens_.back();
    tokens_.push_back(lexer_.next());
  }
  if (invalid_rule_lookahead_ == 0) furthest_token_ = std::max(furthest_token_, pos_ + ahead);
  return tokens_[pos_ + ahead];
}

const Token& Parser::consume() {
  const Token& token = peek();
  if (token.kind != TokenKind::kEndMarker) ++pos_;
  return token;
}

bool Parser::accept(TokenKind kind) {
  if (!at(kind)) return false;
  consume();
  return true;
}

const Token& Parser::expect(TokenKind kind) {
  if (!at(kind)) fail();
  return consume();
}

std::string Parser::identifier(const Token& token) {
  for (char c : token.text) {
    if (static_cast<unsigned char>(c) >= 0x80) return unicode::normalize_identifier(token.text);
  }
  return std::string(token.text);
}

std::string Parser::expect_identifier() { return identifier(expect(TokenKind::kName)); }

// CPython's "forced" tokens (&&':' in the grammar) fail with "expected ..."
// at once, at the token found instead.
void Parser::expect_forced(TokenKind kind) {
  if (at(kind)) {
    consume();
    return;
  }
  raise_at_token(peek(), "expected '" + std::string(token_kind_name(kind)) + "'");
}

SourcePosition Parser::previous_end() const {
  for (size_t i = pos_; i > 0; --i) {
    const Token& token = tokens_[i - 1];
    if (!is_layout_token(token.kind)) return token.end;
  }
  return {source_.first_line(), 0};
}

ast::Location Parser::location_between(SourcePosition start, SourcePosition end) const {
  ast::Location loc;
  loc.line = start.line;
  loc.column = start.column + (start.line == source_.first_line() ? column_shift_ : 0);
  loc.end_line = end.line;
  loc.end_column = end.column + (end.line == source_.first_line() ? column_shift_ : 0);
  return loc;
}

ast::Location Parser::location_from(SourcePosition start) const {
  return location_between(start, previous_end());
}

// ------------------------------------------------------------ errors

void Parser::fail() { throw ParseFailure{}; }

void Parser::note_failure_point() {
  if (!failure_token_) failure_token_ = std::min(furthest_token_, tokens_.size() - 1);
}

void Parser::raise_generic_error() {
  note_failure_point();
  const Token token = tokens_[*failure_token_];
  if (token.kind == TokenKind::kIndent || token.kind == TokenKind::kDedent) {
    // Reported as is: CPython does not look further for a better error here.
    try {
      raise("IndentationError",
            token.kind == TokenKind::kIndent ? "unexpected indent" : "unexpected unindent",
            token.start.line, token.start.column + 1, token.end.line, 0);
    } catch (SyntaxErrorException& exception) {
      exception.origin = SyntaxErrorException::Origin::kTokenizerState;
      throw;
    }
  }
  raise_at_token(token, "invalid syntax");
}

void Parser::raise(std::string_view kind, std::string message, int line, int offset, int end_line,
                   int end_offset) {
  if (suppress_invalid_rules_ > 0 && literal_errors_ == 0) fail();
  // Errors from the parser of an f-string's expression say so.
  if (in_fstring_) message = "f-string: " + message;
  throw SyntaxErrorException{
      source_.make_error(kind, std::move(message), line, offset, end_line, end_offset)};
}

void Parser::raise_at_token(const Token& token, std::string message, std::string_view kind) {
  if (has_no_column(token)) raise(kind, std::move(message), token.start.line, 0, token.end.line, 0);
  raise(kind, std::move(message), token.start.line, token.start.column + 1, token.end.line,
        token.end.column + 1);
}

// CPython's RAISE_SYNTAX_ERROR: at the last token read so far.
void Parser::raise_at_last_token(std::string message, std::string_view kind) {
  const Token token = tokens_.back();
  raise(kind, std::move(message), token.start.line, token.start.column + 1, token.end.line,
        has_no_column(token) ? 0 : token.end.column + 1);
}

void Parser::raise_range(SourcePosition start, SourcePosition end, std::string message) {
  raise("SyntaxError", std::move(message), start.line, start.column + 1, end.line, end.column + 1);
}

SourcePosition Parser::unshifted(int line, int column) const {
  return {line, column - (line == source_.first_line() ? column_shift_ : 0)};
}

void Parser::raise_at_node(const ast::Location& loc, std::string message) {
  raise_range(unshifted(loc.line, loc.column), unshifted(loc.end_line, loc.end_column),
              std::move(message));
}

void Parser::raise_node_range(const ast::Location& first, const ast::Location& last,
                              std::string message) {
  raise_range(unshifted(first.line, first.column), unshifted(last.end_line, last.end_column),
              std::move(message));
}

// CPython's RAISE_SYNTAX_ERROR_STARTING_FROM: from a node to where the
// tokenizer stands.
void Parser::raise_starting_from(const ast::Location& loc, std::string message) {
  const SourcePosition start = unshifted(loc.line, loc.column);
  const Token& last = tokens_.back();
  raise("SyntaxError", std::move(message), start.line, start.column + 1, last.end.line,
        last.end.column);
}

namespace {

SyntaxError compile_stage_error(const SourceText& file, const ast::Location& loc,
                                std::string message) {
  // CPython's compiler reports byte offsets, without converting them.
  SyntaxError error;
  error.message = std::move(message);
  error.filename = file.filename();
  error.line = loc.line;
  error.column = loc.column + 1;
  error.end_line = loc.end_line;
  error.end_column = loc.end_column + 1;
  error.text = std::string(file.line_text(loc.line));
  return error;
}

}  // namespace

void Parser::defer_compiler_error(const ast::Location& loc, std::string message) {
  if (!session_->compiler_error) {
    session_->compiler_error = compile_stage_error(session_->file, loc, std::move(message));
  }
}

void Parser::defer_symtable_error(const ast::Location& loc, std::string message) {
  if (!session_->symtable_error) {
    session_->symtable_error = compile_stage_error(session_->file, loc, std::move(message));
  }
}

// ------------------------------------------------------------ statements

ast::StmtList Parser::parse_statements_until(TokenKind end) {
  ast::StmtList body;
  while (!at(end) && !at(TokenKind::kEndMarker)) parse_statement(&body);
  return body;
}

void Parser::parse_statement(ast::StmtList* out) {
  switch (peek_kind()) {
    case TokenKind::kDef:
    case TokenKind::kAt:
    case TokenKind::kIf:
    case TokenKind::kClass:
    case TokenKind::kWith:
    case TokenKind::kFor:
    case TokenKind::kTry:
    case TokenKind::kWhile:
      out->push_back(parse_compound_statement());
      return;
    case TokenKind::kAsync:
      out->push_back(parse_async_statement({}));
      return;
    default: {
      if (at_match_statement()) {
        out->push_back(parse_match_statement());
        return;
      }
      const size_t start = mark();
      try {
        parse_simple_statements(out);
      } catch (const ParseFailure&) {
        if (invalid_rules_active()) check_match_without_colon(start);
        throw;
      }
      return;
    }
  }
}

void Parser::parse_simple_statements(ast::StmtList* out) {
  for (;;) {
    const size_t statement_start = mark();
    ast::StmtPtr statement;
    try {
      statement = parse_simple_statement();
    } catch (const ParseFailure&) {
      note_failure_point();
      diagnose_assignment(statement_start);
      throw;
    }
    const bool was_assignment = is_assignment(*statement);
    out->push_back(std::move(statement));
    if (accept(TokenKind::kSemicolon)) {
      if (at(TokenKind::kNewline)) break;
      continue;
    }
    if (at(TokenKind::kNewline)) break;
    // CPython's second pass retries the statement as an assignment, whose
    // invalid_ rules may explain the failure better.
    note_failure_point();
    if (!was_assignment) diagnose_assignment(statement_start);
    fail();
  }
  consume();  // NEWLINE
}

ast::StmtPtr Parser::parse_simple_statement() {
  const SourcePosition start = start_position();
  switch (peek_kind()) {
    case TokenKind::kReturn:
      return parse_return();
    case TokenKind::kImport:
      return parse_import();
    case TokenKind::kFrom:
      return parse_import_from();
    case TokenKind::kRaise:
      return parse_raise();
    case TokenKind::kDel:
      return parse_delete();
    case TokenKind::kAssert:
      return parse_assert();
    case TokenKind::kGlobal:
    case TokenKind::kNonlocal:
      return parse_global_or_nonlocal();
    case TokenKind::kPass:
      consume();
      return finish(std::make_unique<ast::Pass>(), start);
    case TokenKind::kBreak:
      consume();
      return finish(std::make_unique<ast::Break>(), start);
    case TokenKind::kContinue:
      consume();
      return finish(std::make_unique<ast::Continue>(), start);
    default:
      return parse_expression_statement();
  }
}

namespace {

std::optional<ast::BinaryOperator> augmented_operator(TokenKind kind) {
  switch (kind) {
    case TokenKind::kPlusEqual:
      return ast::BinaryOperator::kAdd;
    case TokenKind::kMinusEqual:
      return ast::BinaryOperator::kSub;
    case TokenKind::kStarEqual:
      return ast::BinaryOperator::kMult;
    case TokenKind::kAtEqual:
      return ast::BinaryOperator::kMatMult;
    case TokenKind::kSlashEqual:
      return ast::BinaryOperator::kDiv;
    case TokenKind::kPercentEqual:
      return ast::BinaryOperator::kMod;
    case TokenKind::kAmpersandEqual:
      return ast::BinaryOperator::kBitAnd;
    case TokenKind::kVerticalBarEqual:
      return ast::BinaryOperator::kBitOr;
    case TokenKind::kCircumflexEqual:
      return ast::BinaryOperator::kBitXor;
    case TokenKind::kLeftShiftEqual:
      return ast::BinaryOperator::kLShift;
    case TokenKind::kRightShiftEqual:
      return ast::BinaryOperator::kRShift;
    case TokenKind::kDoubleStarEqual:
      return ast::BinaryOperator::kPow;
    case TokenKind::kDoubleSlashEqual:
      return ast::BinaryOperator::kFloorDiv;
    default:
      return std::nullopt;
  }
}

bool is_single_target(const ast::Expr& expr) {
  return expr.kind == ast::ExprKind::kName || expr.kind == ast::ExprKind::kAttribute ||
         expr.kind == ast::ExprKind::kSubscript;
}

}  // namespace

// Assignments of every form and expression statements: CPython's
// `assignment` and `star_expressions` alternatives of simple_stmt.
ast::StmtPtr Parser::parse_expression_statement() {
  const SourcePosition start = start_position();
  const size_t start_mark = mark();

  if (at(TokenKind::kName) && peek_kind(1) == TokenKind::kColon) {
    ast::ExprPtr target = parse_name();
    target->as<ast::Name>().ctx = ast::Context::kStore;
    consume();  // ':'
    ast::StmtPtr statement = parse_annotated_assignment(std::move(target), start, true);
    // CPython's compiler blames the whole statement here.
    check_forbidden_name(statement->as<ast::AnnAssign>().target->as<ast::Name>().id, statement->loc,
                         ast::Context::kStore);
    return statement;
  }

  const bool first_is_yield = at(TokenKind::kYield);
  ast::ExprPtr first = first_is_yield ? parse_yield_expression() : parse_star_expressions();

  if (at(TokenKind::kColon) && !first_is_yield) {
    if (!is_single_target(*first)) {
      note_failure_point();
      diagnose_assignment(start_mark);
      fail();
    }
    set_context(first.get(), ast::Context::kStore);
    consume();  // ':'
    return parse_annotated_assignment(std::move(first), start, false);
  }

  if (const auto op = augmented_operator(peek_kind()); op && !first_is_yield) {
    if (!is_single_target(*first)) {
      note_failure_point();
      diagnose_assignment(start_mark);
      fail();
    }
    consume();
    auto statement = std::make_unique<ast::AugAssign>();
    set_context(first.get(), ast::Context::kStore);
    statement->target = std::move(first);
    statement->op = *op;
    statement->value = at(TokenKind::kYield) ? parse_yield_expression() : parse_star_expressions();
    check_starred_load(*statement->value);
    return finish(std::move(statement), start);
  }

  if (at(TokenKind::kEqual)) {
    ast::ExprList parts;
    std::vector<bool> is_yield;
    parts.push_back(std::move(first));
    is_yield.push_back(first_is_yield);
    while (accept(TokenKind::kEqual)) {
      is_yield.push_back(at(TokenKind::kYield));
      parts.push_back(is_yield.back() ? parse_yield_expression() : parse_star_expressions());
    }
    for (size_t i = 0; i + 1 < parts.size(); ++i) {
      if (is_yield[i]) {
        note_failure_point();
        diagnose_assignment(start_mark);
        fail();
      }
      require_target(parts[i].get(), TargetKind::kAssign, start_mark);
    }
    auto statement = std::make_unique<ast::Assign>();
    statement->value = std::move(parts.back());
    parts.pop_back();
    // CPython's compiler checks the value before the targets.
    check_starred_load(*statement->value);
    for (auto& target : parts) {
      set_context(target.get(), ast::Context::kStore);
      check_starred_targets(*target);
    }
    statement->targets = std::move(parts);
    return finish(std::move(statement), start);
  }

  if (!first_is_yield) check_starred_load(*first);
  auto statement = std::make_unique<ast::ExprStmt>();
  statement->value = std::move(first);
  return finish(std::move(statement), start);
}

ast::StmtPtr Parser::parse_annotated_assignment(ast::ExprPtr target, SourcePosition start,
                                                bool simple) {
  auto statement = std::make_unique<ast::AnnAssign>();
  statement->target = std::move(target);
  statement->annotation = parse_expression();
  statement->simple = simple;
  if (accept(TokenKind::kEqual)) {
    statement->value = at(TokenKind::kYield) ? parse_yield_expression() : parse_star_expressions();
    check_starred_load(*statement->value);
  }
  return finish(std::move(statement), start);
}

namespace {

bool can_start_star_expression(TokenKind kind) {
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
    case TokenKind::kStar:
      return true;
    default:
      return false;
  }
}

}  // namespace

ast::StmtPtr Parser::parse_return() {
  const SourcePosition start = start_position();
  consume();
  auto statement = std::make_unique<ast::Return>();
  if (can_start_star_expression(peek_kind())) {
    statement->value = parse_star_expressions();
    check_starred_load(*statement->value);
  }
  return finish(std::move(statement), start);
}

ast::StmtPtr Parser::parse_raise() {
  const SourcePosition start = start_position();
  consume();
  auto statement = std::make_unique<ast::Raise>();
  if (can_start_star_expression(peek_kind()) && !at(TokenKind::kStar)) {
    statement->exc = parse_expression();
    if (accept(TokenKind::kFrom)) statement->cause = parse_expression();
  }
  return finish(std::move(statement), start);
}

ast::StmtPtr Parser::parse_delete() {
  const SourcePosition start = start_position();
  consume();
  const size_t targets_start = mark();
  auto statement = std::make_unique<ast::Delete>();
  const bool ok = speculate([&] {
    statement->targets.clear();
    statement->targets.push_back(parse_bitwise_or());
    while (accept(TokenKind::kComma)) {
      if (at(TokenKind::kSemicolon) || at(TokenKind::kNewline)) break;
      statement->targets.push_back(parse_bitwise_or());
    }
    if (!at(TokenKind::kSemicolon) && !at(TokenKind::kNewline)) fail();
    for (const auto& target : statement->targets) {
      if (!is_valid_target(*target, TargetKind::kDelete)) fail();
    }
  });
  if (ok) {
    for (auto& target : statement->targets) set_context(target.get(), ast::Context::kDel);
    return finish(std::move(statement), start);
  }
  // invalid_del_stmt
  note_failure_point();
  reset(targets_start);
  ast::ExprPtr targets;
  if (speculate([&] { targets = parse_star_expressions(); })) {
    diagnose_invalid_target(*targets, TargetKind::kDelete);
  }
  fail();
}

ast::StmtPtr Parser::parse_assert() {
  const SourcePosition start = start_position();
  consume();
  auto statement = std::make_unique<ast::Assert>();
  statement->test = parse_expression();
  if (accept(TokenKind::kComma)) statement->msg = parse_expression();
  return finish(std::move(statement), start);
}

ast::StmtPtr Parser::parse_global_or_nonlocal() {
  const SourcePosition start = start_position();
  const bool is_global = consume().kind == TokenKind::kGlobal;
  std::vector<std::string> names;
  do {
    names.push_back(expect_identifier());
  } while (accept(TokenKind::kComma));
  if (is_global) {
    auto statement = std::make_unique<ast::Global>();
    statement->names = std::move(names);
    return finish(std::move(statement), start);
  }
  auto statement = std::make_unique<ast::Nonlocal>();
  statement->names = std::move(names);
  return finish(std::move(statement), start);
}

std::string Parser::parse_dotted_name() {
  std::string name = expect_identifier();
  while (at(TokenKind::kDot) && peek_kind(1) == TokenKind::kName) {
    consume();
    name += '.';
    name += identifier(consume());
  }
  return name;
}

ast::StmtPtr Parser::parse_import() {
  const SourcePosition start = start_position();
  consume();
  auto statement = std::make_unique<ast::Import>();
  do {
    const SourcePosition alias_start = start_position();
    ast::Alias alias;
    alias.name = parse_dotted_name();
    if (accept(TokenKind::kAs)) alias.asname = expect_identifier();
    alias.loc = location_from(alias_start);
    statement->names.push_back(std::move(alias));
  } while (accept(TokenKind::kComma));
  return finish(std::move(statement), start);
}

ast::StmtPtr Parser::parse_import_from() {
  const SourcePosition start = start_position();
  consume();
  auto statement = std::make_unique<ast::ImportFrom>();
  for (;;) {
    if (accept(TokenKind::kDot)) {
      statement->level += 1;
    } else if (accept(TokenKind::kEllipsis)) {
      statement->level += 3;
    } else {
      break;
    }
  }
  if (!at(TokenKind::kImport) || statement->level == 0) statement->module = parse_dotted_name();
  expect(TokenKind::kImport);

  auto parse_alias = [&] {
    const SourcePosition alias_start = start_position();
    ast::Alias alias;
    alias.name = expect_identifier();
    if (accept(TokenKind::kAs)) alias.asname = expect_identifier();
    alias.loc = location_from(alias_start);
    statement->names.push_back(std::move(alias));
  };
  if (at(TokenKind::kStar)) {
    const SourcePosition star = start_position();
    consume();
    ast::Alias alias;
    alias.name = "*";
    alias.loc = location_from(star);
    statement->names.push_back(std::move(alias));
  } else if (accept(TokenKind::kLeftParen)) {
    do {
      if (at(TokenKind::kRightParen) && !statement->names.empty()) break;
      parse_alias();
    } while (accept(TokenKind::kComma));
    expect(TokenKind::kRightParen);
  } else {
    parse_alias();
    while (accept(TokenKind::kComma)) {
      if (at(TokenKind::kNewline)) {
        raise_at_last_token("trailing comma not allowed without surrounding parentheses");
      }
      parse_alias();
    }
  }
  return finish(std::move(statement), start);
}

// ------------------------------------------------------------ compound statements

ast::StmtPtr Parser::parse_compound_statement() {
  switch (peek_kind()) {
    case TokenKind::kAt:
      return parse_decorated();
    case TokenKind::kDef:
      return parse_function_def({});
    case TokenKind::kClass:
      return parse_class_def({});
    case TokenKind::kIf:
      return parse_if();
    case TokenKind::kWhile:
      return parse_while();
    case TokenKind::kFor:
      return parse_for();
    case TokenKind::kTry:
      return parse_try();
    case TokenKind::kWith:
      return parse_with();
    default:
      fail();
  }
}

ast::StmtPtr Parser::parse_decorated() {
  ast::ExprList decorators;
  while (accept(TokenKind::kAt)) {
    decorators.push_back(parse_named_expression());
    expect(TokenKind::kNewline);
  }
  if (at(TokenKind::kDef)) return parse_function_def(std::move(decorators));
  if (at(TokenKind::kClass)) return parse_class_def(std::move(decorators));
  if (at(TokenKind::kAsync) && peek_kind(1) == TokenKind::kDef) return parse_async_statement(std::move(decorators));
  fail();
}

// `async def`, `async for` and `async with`: the statement as without the
// keyword, marked async, its span starting at `async` (as CPython's
// AsyncFunctionDef, AsyncFor and AsyncWith).
ast::StmtPtr Parser::parse_async_statement(ast::ExprList decorators) {
  const ast::Location async = location_from(start_position());
  ast::StmtPtr statement;
  switch (peek_kind(1)) {
    case TokenKind::kDef:
      consume();
      statement = parse_function_def(std::move(decorators));
      statement->as<ast::FunctionDef>().is_async = true;
      break;
    case TokenKind::kFor:
      if (!decorators.empty()) fail();
      consume();
      statement = parse_for();
      statement->as<ast::For>().is_async = true;
      break;
    case TokenKind::kWith:
      if (!decorators.empty()) fail();
      consume();
      statement = parse_with();
      statement->as<ast::With>().is_async = true;
      break;
    default:
      fail();
  }
  statement->loc.line = async.line;
  statement->loc.column = async.column;
  return statement;
}

// "expected ':'" where CPython's invalid_*_stmt rules find NEWLINE instead.
void Parser::expect_colon_or_newline_error() {
  if (accept(TokenKind::kColon)) return;
  if (at(TokenKind::kNewline)) raise_at_last_token("expected ':'");
  fail();
}

ast::StmtList Parser::parse_block(std::string_view what, int line) {
  if (!accept(TokenKind::kNewline)) {
    ast::StmtList body;
    parse_simple_statements(&body);
    return body;
  }
  if (!at(TokenKind::kIndent)) {
    raise_at_last_token("expected an indented block after " + std::string(what) + " on line " +
                            std::to_string(line),
                        "IndentationError");
    fail();
  }
  consume();
  ast::StmtList body = parse_statements_until(TokenKind::kDedent);
  expect(TokenKind::kDedent);
  return body;
}

ast::StmtPtr Parser::parse_function_def(ast::ExprList decorators) {
  const SourcePosition start = start_position();
  const int line = start.line;
  consume();  // def
  auto function = std::make_unique<ast::FunctionDef>();
  function->name = expect_identifier();
  expect_forced(TokenKind::kLeftParen);
  function->args = parse_parameters(false);
  expect(TokenKind::kRightParen);
  // An optional part that does not parse is left for the forced ':' to
  // report, as in CPython ("def f() -> :" is "expected ':'" at the arrow).
  if (at(TokenKind::kRightArrow)) {
    speculate([&] {
      consume();
      function->returns = parse_expression();
    });
  }
  expect_forced(TokenKind::kColon);
  function->body = parse_block("function definition", line);
  function->decorator_list = std::move(decorators);
  function = finish(std::move(function), start);
  check_forbidden_parameters(function->args, function->loc);
  return function;
}

ast::StmtPtr Parser::parse_class_def(ast::ExprList decorators) {
  const SourcePosition start = start_position();
  const int line = start.line;
  consume();  // class
  auto klass = std::make_unique<ast::ClassDef>();
  klass->name = expect_identifier();
  if (at(TokenKind::kLeftParen)) {
    const SourcePosition open = start_position();
    consume();
    parse_arguments(&klass->bases, &klass->keywords, true, open);
    expect(TokenKind::kRightParen);
  }
  expect_colon_or_newline_error();
  klass->body = parse_block("class definition", line);
  klass->decorator_list = std::move(decorators);
  return finish(std::move(klass), start);
}

ast::StmtList Parser::parse_else_block() {
  const int line = start_position().line;
  consume();  // else
  expect_forced(TokenKind::kColon);
  return parse_block("'else' statement", line);
}

ast::StmtPtr Parser::parse_if() {
  // Each elif becomes the only statement of the previous clause's orelse. The
  // chain is parsed in a loop, not by recursion, so that no number of elifs
  // can exhaust the native stack; every If ends where the whole chain ends.
  std::vector<std::pair<ast::If*, SourcePosition>> clauses;
  ast::StmtPtr first;
  ast::StmtList* orelse = nullptr;
  do {
    const SourcePosition start = start_position();
    const bool is_elif = at(TokenKind::kElif);
    consume();
    auto clause = std::make_unique<ast::If>();
    clause->test = parse_named_expression();
    expect_colon_or_newline_error();
    clause->body = parse_block(is_elif ? "'elif' statement" : "'if' statement", start.line);
    clauses.emplace_back(clause.get(), start);
    ast::StmtList* next_orelse = &clause->orelse;
    if (orelse) {
      orelse->push_back(std::move(clause));
    } else {
      first = std::move(clause);
    }
    orelse = next_orelse;
  } while (at(TokenKind::kElif));
  if (at(TokenKind::kElse)) *orelse = parse_else_block();
  for (auto& [clause, start] : clauses) clause->loc = location_from(start);
  return first;
}

ast::StmtPtr Parser::parse_while() {
  const SourcePosition start = start_position();
  consume();
  auto statement = std::make_unique<ast::While>();
  statement->test = parse_named_expression();
  expect_colon_or_newline_error();
  statement->body = parse_block("'while' statement", start.line);
  if (at(TokenKind::kElse)) statement->orelse = parse_else_block();
  return finish(std::move(statement), start);
}

ast::StmtPtr Parser::parse_for() {
  const SourcePosition start = start_position();
  consume();
  auto statement = std::make_unique<ast::For>();
  const size_t target_start = mark();
  ast::ExprPtr target;
  if (!speculate([&] {
        target = parse_star_targets();
        if (!at(TokenKind::kIn)) fail();
      })) {
    note_failure_point();
    reset(target_start);
    ast::ExprPtr expression;
    if (speculate([&] { expression = parse_star_expressions(); })) {
      diagnose_invalid_target(*expression, TargetKind::kFor);
    }
    fail();
  }
  consume();  // in
  statement->iter = parse_star_expressions();
  check_starred_load(*statement->iter);
  set_context(target.get(), ast::Context::kStore);
  check_starred_targets(*target);
  statement->target = std::move(target);
  expect_colon_or_newline_error();
  statement->body = parse_block("'for' statement", start.line);
  if (at(TokenKind::kElse)) statement->orelse = parse_else_block();
  return finish(std::move(statement), start);
}

ast::StmtPtr Parser::parse_try() {
  const SourcePosition start = start_position();
  consume();
  auto statement = std::make_unique<ast::Try>();
  expect_forced(TokenKind::kColon);
  statement->body = parse_block("'try' statement", start.line);
  if (!at(TokenKind::kExcept) && !at(TokenKind::kFinally)) {
    raise_at_last_token("expected 'except' or 'finally' block");
    fail();
  }
  while (at(TokenKind::kExcept)) {
    const SourcePosition handler_start = start_position();
    const int line = handler_start.line;
    const Token except_token = consume();
    ast::ExceptHandler handler;
    const bool star = at(TokenKind::kStar);
    SourcePosition star_end{};
    if (star) {
      star_end = consume().end;
      if ((at(TokenKind::kColon) || at(TokenKind::kNewline))) {
        raise_at_last_token("expected one or more exception types");
      }
    }
    if (!at(TokenKind::kColon)) {
      if (at(TokenKind::kNewline)) raise_at_last_token("expected ':'");
      handler.type = parse_expression();
      if (at(TokenKind::kComma)) {
        // invalid_except_stmt: except A, B:
        const size_t saved = mark();
        InvalidRuleLookahead lookahead(this);
        if (speculate([&] {
              consume();
              parse_expressions();
              if (accept(TokenKind::kAs)) expect(TokenKind::kName);
              if (!at(TokenKind::kColon)) fail();
            })) {
          raise_starting_from(handler.type->loc, "multiple exception types must be parenthesized");
        }
        reset(saved);
      }
      if (accept(TokenKind::kAs)) handler.name = expect_identifier();
    }
    // invalid_try_stmt: a complete clause header of the other kind than the
    // clauses before it.
    if (!statement->handlers.empty() && star != statement->star && at(TokenKind::kColon)) {
      static constexpr const char* kMixed = "cannot have both 'except' and 'except*' on the same 'try'";
      if (star) raise_range(except_token.start, star_end, kMixed);
      raise_at_token(except_token, kMixed);
    }
    statement->star = star;
    expect_colon_or_newline_error();
    handler.body = parse_block(star ? "'except*' statement" : "'except' statement", line);
    handler.loc = location_from(handler_start);
    statement->handlers.push_back(std::move(handler));
  }
  for (size_t i = 0; i + 1 < statement->handlers.size(); ++i) {
    if (!statement->handlers[i].type) {
      defer_compiler_error(statement->handlers[i].loc, "default 'except:' must be last");
      break;
    }
  }
  if (!statement->handlers.empty() && at(TokenKind::kElse)) {
    statement->orelse = parse_else_block();
  }
  if (at(TokenKind::kFinally)) {
    const int line = start_position().line;
    consume();
    expect_forced(TokenKind::kColon);
    statement->finalbody = parse_block("'finally' statement", line);
  }
  return finish(std::move(statement), start);
}

ast::WithItem Parser::parse_with_item() {
  ast::WithItem item;
  item.context_expr = parse_expression();
  if (!accept(TokenKind::kAs)) return item;
  const size_t target_start = mark();
  auto followed_properly = [this] {
    return at(TokenKind::kComma) || at(TokenKind::kRightParen) || at(TokenKind::kColon);
  };
  ast::ExprPtr target;
  if (speculate([&] {
        target = parse_star_target();
        // NEWLINE is let through for invalid_with_stmt's "expected ':'".
        if (!is_valid_target(*target, TargetKind::kAssign) ||
            !(followed_properly() || at(TokenKind::kNewline))) {
          fail();
        }
      })) {
    set_context(target.get(), ast::Context::kStore);
    check_starred_targets(*target);
    item.optional_vars = std::move(target);
    return item;
  }
  // invalid_with_item: `expression 'as' expression` before , ) or :
  note_failure_point();
  reset(target_start);
  ast::ExprPtr expression;
  if (speculate([&] {
        expression = parse_expression();
        if (!followed_properly()) fail();
      })) {
    diagnose_invalid_target(*expression, TargetKind::kAssign);
  }
  fail();
}

void Parser::parse_with_items(std::vector<ast::WithItem>* items, bool parenthesized) {
  do {
    if (parenthesized && at(TokenKind::kRightParen) && !items->empty()) break;
    items->push_back(parse_with_item());
  } while (accept(TokenKind::kComma));
}

ast::StmtPtr Parser::parse_with() {
  const SourcePosition start = start_position();
  consume();
  auto statement = std::make_unique<ast::With>();
  bool parsed = false;
  if (at(TokenKind::kLeftParen)) {
    // Python 3.9's parenthesized items, tried first as CPython does:
    // "with (a, b):" has two context managers.
    parsed = speculate([&] {
      statement->items.clear();
      consume();
      parse_with_items(&statement->items, true);
      expect(TokenKind::kRightParen);
      if (!at(TokenKind::kColon) && !at(TokenKind::kNewline)) fail();
    });
  }
  if (!parsed) {
    statement->items.clear();
    parse_with_items(&statement->items, false);
  }
  expect_colon_or_newline_error();
  statement->body = parse_block("'with' statement", start.line);
  return finish(std::move(statement), start);
}

}  // namespace pyvm
