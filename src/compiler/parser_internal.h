// SPDX-License-Identifier: GPL-3.0-or-later
// The parser's class, shared by the files that implement it:
//   parser.cpp              entry point, token buffer, errors, statements
//   parser_expressions.cpp  expressions, calls, parameters, comprehensions
//   parser_targets.cpp      assignment/deletion targets and the diagnoses of
//                           invalid statements
//   fstring.cpp             string literals, concatenation and f-strings
//   parser_patterns.cpp     the match statement and its patterns
//
// How errors work. CPython 3.11 parses twice: a fast pass with the valid
// grammar, then, if that fails, a second pass that also tries "invalid_"
// rules which exist only to produce specific messages; if none matches, the
// error is "invalid syntax" at the furthest token the first pass read. This
// parser is a single recursive-descent pass that reproduces the outcome:
//   - a token that does not fit throws ParseFailure (a soft failure);
//   - where CPython has an invalid_ rule, the parser checks the same pattern
//     at the point of failure (often by re-reading the tokens from a saved
//     position) and throws the specific SyntaxError;
//   - a ParseFailure nobody turns into a specific error becomes "invalid
//     syntax" at the furthest token read.
// Errors CPython only finds after parsing (in its compiler or symbol table,
// like "keyword argument repeated") are kept aside and reported only if the
// parse succeeds.
#pragma once

#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compiler/ast.h"
#include "compiler/lexer.h"
#include "compiler/parser.h"
#include "compiler/source.h"

namespace pyvm {

// Thrown when the tokens do not fit the rule being parsed.
struct ParseFailure {};

// What all the parsers of one parse() call share (the file's parser and the
// parsers of the expressions inside its f-strings).
struct ParseSession {
  explicit ParseSession(const SourceText& file_source) : file(file_source) {}

  const SourceText& file;
  int depth = 0;  // nesting of recursive rules, across sub-parsers
  // The first error of CPython's later stages: symbol table errors (which
  // CPython finds before compiler errors) and compiler errors.
  std::optional<SyntaxError> symtable_error;
  std::optional<SyntaxError> compiler_error;
};

// Which statement a target belongs to (CPython's TARGETS_TYPE): they differ
// in what is allowed and in the wording of errors.
enum class TargetKind { kAssign, kFor, kDelete };

// CPython's limit on how deeply rules may nest before it gives up; pyvm
// counts nested expressions rather than C stack frames.
inline constexpr int kMaxNestingDepth = 1000;

class Parser {
 public:
  // `column_shift` is added to the columns of nodes on the source's first
  // line: an f-string expression is parsed from a copy of its text, and its
  // nodes must point into the file.
  Parser(const SourceText& source, ParseSession* session, int column_shift = 0,
         bool in_fstring = false);

  // Parses the whole source. Throws SyntaxErrorException.
  std::unique_ptr<ast::Module> parse_module(ParseMode mode);
  // Parses "(expression)" for an f-string replacement field.
  ast::ExprPtr parse_fstring_replacement();

  // After a parser error, CPython tokenizes the rest of the file: a
  // tokenizer error there, or a bracket left open since before the error
  // line, is reported instead (pegen's
  // _PyPegen_tokenize_full_source_to_check_for_errors).
  std::optional<SyntaxError> check_rest_of_source();

 private:
  friend class NestingGuard;
  friend class InvalidRuleLookahead;
  friend class SuppressInvalidRules;
  friend class LiteralErrors;

  // ---- tokens (parser.cpp)
  const Token& peek(size_t ahead = 0);
  TokenKind peek_kind(size_t ahead = 0) { return peek(ahead).kind; }
  bool at(TokenKind kind) { return peek_kind() == kind; }
  const Token& consume();
  bool accept(TokenKind kind);
  const Token& expect(TokenKind kind);
  // A NAME's identifier, NFKC-normalized as CPython stores it.
  std::string identifier(const Token& token);
  std::string expect_identifier();
  size_t mark() const { return pos_; }
  void reset(size_t mark) { pos_ = mark; }
  SourcePosition start_position() { return peek().start; }
  SourcePosition previous_end() const;
  ast::Location location_from(SourcePosition start) const;
  ast::Location location_between(SourcePosition start, SourcePosition end) const;
  template <class Node>
  std::unique_ptr<Node> finish(std::unique_ptr<Node> node, SourcePosition start) const {
    node->loc = location_from(start);
    return node;
  }

  // Runs `rule`; on ParseFailure puts the position back and returns false.
  // A failure point noted inside is forgotten too: only failures of the
  // whole parse count for the "invalid syntax" position.
  template <class Rule>
  bool speculate(Rule rule) {
    const size_t saved = pos_;
    const std::optional<size_t> saved_failure = failure_token_;
    try {
      rule();
      return true;
    } catch (const ParseFailure&) {
      pos_ = saved;
      failure_token_ = saved_failure;
      return false;
    }
  }

  // ---- errors (parser.cpp)
  [[noreturn]] void fail();
  // False inside CPython's expression_without_invalid, where invalid_ rules
  // are not tried (so they must not read ahead either).
  bool invalid_rules_active() const { return suppress_invalid_rules_ == 0; }
  void note_failure_point();
  [[noreturn]] void raise_generic_error();
  [[noreturn]] void raise(std::string_view kind, std::string message, int line, int offset,
                          int end_line, int end_offset);
  [[noreturn]] void raise_at_token(const Token& token, std::string message,
                                   std::string_view kind = "SyntaxError");
  [[noreturn]] void raise_at_last_token(std::string message, std::string_view kind = "SyntaxError");
  [[noreturn]] void raise_range(SourcePosition start, SourcePosition end, std::string message);
  [[noreturn]] void raise_at_node(const ast::Location& loc, std::string message);
  [[noreturn]] void raise_node_range(const ast::Location& first, const ast::Location& last,
                                     std::string message);
  [[noreturn]] void raise_starting_from(const ast::Location& loc, std::string message);
  SourcePosition unshifted(int line, int column) const;
  // Errors CPython's symbol table or compiler would report.
  void defer_compiler_error(const ast::Location& loc, std::string message);
  void defer_symtable_error(const ast::Location& loc, std::string message);

  // ---- statements (parser.cpp)
  ast::StmtList parse_statements_until(TokenKind end);
  void parse_statement(ast::StmtList* out);
  void parse_simple_statements(ast::StmtList* out);
  ast::StmtPtr parse_simple_statement();
  ast::StmtPtr parse_expression_statement();
  ast::StmtPtr parse_annotated_assignment(ast::ExprPtr target, SourcePosition start, bool simple);
  ast::StmtPtr parse_return();
  ast::StmtPtr parse_raise();
  ast::StmtPtr parse_delete();
  ast::StmtPtr parse_assert();
  ast::StmtPtr parse_global_or_nonlocal();
  ast::StmtPtr parse_import();
  ast::StmtPtr parse_import_from();
  std::string parse_dotted_name();
  ast::StmtPtr parse_compound_statement();
  ast::StmtPtr parse_decorated();
  ast::StmtPtr parse_function_def(ast::ExprList decorators);
  ast::StmtPtr parse_async_statement(ast::ExprList decorators);
  ast::StmtPtr parse_class_def(ast::ExprList decorators);
  ast::StmtPtr parse_if();
  ast::StmtPtr parse_while();
  ast::StmtPtr parse_for();
  ast::StmtPtr parse_try();
  ast::StmtPtr parse_with();
  void parse_with_items(std::vector<ast::WithItem>* items, bool parenthesized);
  ast::WithItem parse_with_item();
  ast::StmtList parse_else_block();
  // A block after ':'; `what` names the statement in "expected an indented
  // block after ..." and `line` is where that statement started.
  ast::StmtList parse_block(std::string_view what, int line);
  void expect_colon_or_newline_error();
  void expect_forced(TokenKind kind);

  // ---- expressions (parser_expressions.cpp)
  ast::ExprPtr parse_expressions();
  ast::ExprPtr parse_star_expressions();
  ast::ExprPtr parse_star_expression();
  ast::ExprPtr parse_star_named_expression();
  ast::ExprPtr parse_named_expression();
  ast::ExprPtr parse_expression();
  ast::ExprPtr parse_expression_without_invalid();
  void check_invalid_expression(const ast::Expr& left, size_t left_start);
  void check_invalid_named_expression(size_t start);
  ast::ExprPtr parse_yield_expression();
  ast::ExprPtr parse_disjunction();
  ast::ExprPtr parse_conjunction();
  ast::ExprPtr parse_inversion();
  ast::ExprPtr parse_comparison();
  ast::ExprPtr parse_bitwise_or() { return parse_binary(0); }
  ast::ExprPtr parse_binary(int min_precedence);
  ast::ExprPtr parse_factor();
  ast::ExprPtr parse_power();
  ast::ExprPtr parse_await_primary();
  ast::ExprPtr parse_primary();
  ast::ExprPtr parse_atom();
  ast::ExprPtr parse_parenthesized();
  ast::ExprPtr parse_list_display();
  ast::ExprPtr parse_brace_display();
  ast::ExprPtr parse_dict_rest(ast::ExprPtr first_key, ast::ExprPtr first_value,
                               SourcePosition start);
  ast::ExprPtr parse_slices();
  ast::ExprPtr parse_slice();
  std::unique_ptr<ast::Call> parse_call_arguments();
  void parse_arguments(ast::ExprList* args, std::vector<ast::Keyword>* keywords, bool in_class,
                       SourcePosition open_paren);
  bool at_comprehension();
  std::vector<ast::Comprehension> parse_comprehension_clauses();
  void check_comprehension_element(const ast::Expr& element);
  ast::ExprPtr parse_lambda();
  ast::Arguments parse_parameters(bool is_lambda);
  ast::Arg parse_parameter(bool is_lambda, bool star_annotation);
  void check_duplicate_arguments(const ast::Arguments& args);
  void check_forbidden_parameters(const ast::Arguments& args, const ast::Location& loc);
  ast::ExprPtr parse_name();
  ast::ExprPtr parse_number();

  // ---- strings (fstring.cpp)
  ast::ExprPtr parse_strings();
  struct FStringState;
  void parse_fstring(FStringState* state, std::string_view body, size_t* index, bool raw,
                     int recursion, const Token& token, size_t body_offset);
  ast::ExprPtr parse_fstring_field(FStringState* state, std::string_view body, size_t* index,
                                   bool raw, int recursion, const Token& token, size_t body_offset);
  ast::ExprPtr compile_fstring_expression(std::string_view body, size_t start, size_t end,
                                          const Token& token, size_t body_offset);
  ast::ExprPtr make_joined_or_constant(FStringState* state);

  // ---- the match statement (parser_patterns.cpp)
  bool at_match_statement();
  void check_match_without_colon(size_t start);
  ast::StmtPtr parse_match_statement();
  ast::ExprPtr parse_match_subject();
  ast::MatchCase parse_case_block();
  bool at_pattern_start();
  bool at_pattern_start_after_comma();
  ast::PatternPtr parse_patterns();
  ast::PatternPtr parse_pattern();
  ast::PatternPtr parse_or_pattern();
  ast::PatternPtr parse_maybe_star_pattern();
  ast::PatternPtr parse_closed_pattern();
  ast::PatternPtr parse_parenthesized_pattern();
  void parse_pattern_items(ast::PatternList* patterns, TokenKind close);
  ast::PatternPtr parse_mapping_pattern();
  ast::PatternPtr parse_class_pattern(ast::ExprPtr cls, SourcePosition start);
  ast::ExprPtr parse_name_or_attribute();
  std::string parse_capture_target();
  ast::ExprPtr parse_literal_expression();
  ast::ExprPtr parse_signed_number();

  // ---- targets and diagnoses (parser_targets.cpp)
  ast::ExprPtr parse_star_targets();
  ast::ExprPtr parse_star_target();
  void set_context(ast::Expr* expr, ast::Context ctx);
  void check_forbidden_name(const std::string& name, const ast::Location& loc, ast::Context ctx);
  void check_starred_targets(const ast::Expr& target);
  void check_starred_load(const ast::Expr& expr);
  void require_target(ast::Expr* expr, TargetKind kind, size_t start);
  void diagnose_invalid_target(const ast::Expr& expr, TargetKind kind);
  void diagnose_assignment(size_t start);
  bool starts_with_display(size_t start);

  const SourceText& source_;
  ParseSession* session_;
  Lexer lexer_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
  int column_shift_;
  bool in_fstring_;
  bool skip_expression_checks_ = false;  // for the next parse_expression only
  // Inside CPython's expression_without_invalid, an error of an invalid_
  // rule is only a mismatch; errors in literals still count.
  int suppress_invalid_rules_ = 0;
  int literal_errors_ = 0;               // for the next parse_expression only
  std::optional<size_t> failure_token_;  // the furthest token when parsing first failed
  // The furthest token read outside invalid-rule checks: CPython's first
  // pass, which does not run those rules, determines where "invalid syntax"
  // points.
  size_t furthest_token_ = 0;
  int invalid_rule_lookahead_ = 0;
  // What check_invalid_expression read after an expression, by the token
  // it started at (nullopt: it did not parse): the end of an
  // expression_without_invalid and the depth of its last token, and the end
  // of star_expressions. Remembered because each nested expression asks
  // again about the tokens after it, which made a nest of failing
  // subscripts take exponential time.
  struct ExpressionEnd {
    SourcePosition end;
    int depth = 0;
  };
  std::unordered_map<size_t, std::optional<ExpressionEnd>> plain_expression_ends_;
  std::unordered_map<size_t, std::optional<SourcePosition>> legacy_expression_ends_;
};

// Counts one level of nesting for the duration of a rule.
class NestingGuard {
 public:
  explicit NestingGuard(Parser* parser);
  ~NestingGuard() { --parser_->session_->depth; }
  NestingGuard(const NestingGuard&) = delete;
  NestingGuard& operator=(const NestingGuard&) = delete;

 private:
  Parser* parser_;
};

// Joins message pieces. (Used instead of `"literal" + std::string` where
// GCC 12 reports a false -Wrestrict in optimized builds.)
std::string concat(std::initializer_list<std::string_view> parts);

// Whether `expr`, read as an expression, is a valid target of that kind.
bool is_valid_target(const ast::Expr& expr, TargetKind kind);

// Marks tokens read while checking an invalid_ rule: they do not move the
// position of a generic "invalid syntax".
class InvalidRuleLookahead {
 public:
  explicit InvalidRuleLookahead(Parser* parser) : parser_(parser) {
    ++parser_->invalid_rule_lookahead_;
  }
  ~InvalidRuleLookahead() { --parser_->invalid_rule_lookahead_; }
  InvalidRuleLookahead(const InvalidRuleLookahead&) = delete;
  InvalidRuleLookahead& operator=(const InvalidRuleLookahead&) = delete;

 private:
  Parser* parser_;
};

class SuppressInvalidRules {
 public:
  explicit SuppressInvalidRules(Parser* parser) : parser_(parser) {
    ++parser_->suppress_invalid_rules_;
  }
  ~SuppressInvalidRules() { --parser_->suppress_invalid_rules_; }
  SuppressInvalidRules(const SuppressInvalidRules&) = delete;
  SuppressInvalidRules& operator=(const SuppressInvalidRules&) = delete;

 private:
  Parser* parser_;
};

// Marks errors in string literals, which are not invalid_ rules.
class LiteralErrors {
 public:
  explicit LiteralErrors(Parser* parser) : parser_(parser) { ++parser_->literal_errors_; }
  ~LiteralErrors() { --parser_->literal_errors_; }
  LiteralErrors(const LiteralErrors&) = delete;
  LiteralErrors& operator=(const LiteralErrors&) = delete;

 private:
  Parser* parser_;
};

// CPython's name for an expression kind in error messages ("function call",
// "literal", ...).
std::string expression_name(const ast::Expr& expr);

}  // namespace pyvm
