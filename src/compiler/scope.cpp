// SPDX-License-Identifier: GPL-3.0-or-later
// Scope analysis (see scope.h): a first pass records, per scope, how each
// name is used (assigned, a parameter, declared global/nonlocal, read); a
// second pass resolves every name to its binding, CPython's analyze_block.
#include "compiler/scope.h"

#include <algorithm>
#include <set>
#include <unordered_set>

#include "compiler/compile_depth.h"
#include "runtime/concat.h"
#include "runtime/str.h"

namespace pyvm {

namespace {

enum SymbolFlag : uint32_t {
  kAssigned = 1,     // bound in this scope (assignment, import, def, for, ...)
  kParameter = 2,
  kGlobal = 4,       // declared global
  kNonlocal = 8,     // declared nonlocal
  kUsed = 16,        // read
  kComprehensionIteration = 32,  // a comprehension's loop variable
};

struct SymbolInfo {
  uint32_t flags = 0;
  int order = 0;
};

// Per-scope data of the first pass.
struct ScopeSymbols {
  std::unordered_map<std::string, SymbolInfo> symbols;
  int next_order = 0;

  void add(const std::string& name, uint32_t flag) {
    auto [it, inserted] = symbols.try_emplace(name);
    if (inserted) it->second.order = next_order++;
    it->second.flags |= flag;
  }
  uint32_t flags_of(const std::string& name) const {
    auto found = symbols.find(name);
    return found == symbols.end() ? 0 : found->second.flags;
  }
};

class Collector {
 public:
  Collector(const std::string& filename, CompileDepth& depth, ScopeTable* table,
            std::unordered_map<Scope*, ScopeSymbols>* symbols)
      : filename_(filename), depth_(depth), table_(table), symbols_(symbols) {}

  std::optional<SyntaxError> error;

  void visit_module(const ast::Module& module) {
    table_->module = std::make_unique<Scope>();
    current_ = table_->module.get();
    current_->kind = ScopeKind::kModule;
    current_->name = "<module>";
    (*symbols_)[current_];
    visit_statements(module.body);
  }

 private:
  bool failed() const { return error.has_value(); }

  void fail(const std::string& message, const ast::Location& loc) {
    if (error) return;
    SyntaxError e;
    e.message = message;
    e.filename = filename_;
    e.line = loc.line;
    e.column = loc.column + 1;
    e.end_line = loc.end_line;
    e.end_column = loc.end_column + 1;
    error = e;
  }

  void fail_too_deep() {
    if (!error) error = too_deep_to_compile(filename_);
  }

  ScopeSymbols& symbols() { return (*symbols_)[current_]; }

  std::string mangled(const std::string& name) const {
    return mangle_private_name(current_->mangling_prefix(), name);
  }

  void add(const std::string& raw_name, uint32_t flag, const ast::Location& loc) {
    const std::string name = mangled(raw_name);
    const uint32_t existing = symbols().flags_of(name);
    if ((flag & kParameter) && (existing & kParameter)) {
      fail(cat("duplicate argument '", name, "' in function definition"), loc);
    }
    symbols().add(name, flag);
  }

  Scope* open_scope(ScopeKind kind, const std::string& name, const void* node) {
    auto scope = std::make_unique<Scope>();
    scope->kind = kind;
    scope->name = name;
    scope->parent = current_;
    scope->private_prefix = current_->mangling_prefix();
    // __qualname__: nested in a function adds "<locals>".
    if (current_->kind == ScopeKind::kModule) {
      scope->qualname = name;
    } else if (current_->kind == ScopeKind::kClass) {
      scope->qualname = current_->qualname + "." + name;
    } else {
      scope->qualname = current_->qualname + ".<locals>." + name;
    }
    Scope* raw = scope.get();
    current_->children.push_back(std::move(scope));
    table_->by_node[node] = raw;
    (*symbols_)[raw];
    return raw;
  }

  // ---- statements

  void visit_statements(const ast::StmtList& body) {
    for (const auto& stmt : body) {
      if (failed()) return;
      visit_statement(*stmt);
    }
  }

  void visit_arguments_defaults(const ast::Arguments& args) {
    visit_expressions(args.defaults);
    for (const auto& d : args.kw_defaults) {
      if (d) visit_expression(*d);
    }
  }

  void visit_annotations(const ast::Arguments& args) {
    auto visit_arg = [&](const ast::Arg& arg) {
      if (arg.annotation) visit_expression(*arg.annotation);
    };
    for (const auto& a : args.posonlyargs) visit_arg(a);
    for (const auto& a : args.args) visit_arg(a);
    if (args.vararg) visit_arg(*args.vararg);
    for (const auto& a : args.kwonlyargs) visit_arg(a);
    if (args.kwarg) visit_arg(*args.kwarg);
  }

  void declare_parameters(Scope* scope, const ast::Arguments& args) {
    auto param = [&](const ast::Arg& arg) {
      add(arg.name, kParameter, arg.loc);
      scope->parameters.push_back(mangled(arg.name));
    };
    for (const auto& a : args.posonlyargs) param(a);
    for (const auto& a : args.args) param(a);
    for (const auto& a : args.kwonlyargs) param(a);
    if (args.vararg) {
      param(*args.vararg);
      scope->has_varargs = true;
    }
    if (args.kwarg) {
      param(*args.kwarg);
      scope->has_varkeywords = true;
    }
  }

  void visit_statement(const ast::Stmt& stmt) {
    CompileDepthGuard guard(depth_);
    if (!guard.ok()) return fail_too_deep();
    using K = ast::StmtKind;
    switch (stmt.kind) {
      case K::kFunctionDef: {
        const auto& f = stmt.as<ast::FunctionDef>();
        visit_expressions(f.decorator_list);
        visit_arguments_defaults(f.args);
        visit_annotations(f.args);
        if (f.returns) visit_expression(*f.returns);
        add(f.name, kAssigned, stmt.loc);
        Scope* outer = current_;
        current_ = open_scope(ScopeKind::kFunction, mangled_definition_name(f.name), &stmt);
        current_->is_coroutine = f.is_async;
        declare_parameters(current_, f.args);
        visit_statements(f.body);
        current_ = outer;
        break;
      }
      case K::kClassDef: {
        const auto& c = stmt.as<ast::ClassDef>();
        visit_expressions(c.decorator_list);
        visit_expressions(c.bases);
        for (const auto& k : c.keywords) visit_expression(*k.value);
        add(c.name, kAssigned, stmt.loc);
        Scope* outer = current_;
        current_ = open_scope(ScopeKind::kClass, c.name, &stmt);
        visit_statements(c.body);
        current_ = outer;
        break;
      }
      case K::kReturn: {
        const auto& r = stmt.as<ast::Return>();
        if (!current_->is_function_like()) {
          fail("'return' outside function", stmt.loc);
          return;
        }
        if (r.value) visit_expression(*r.value);
        break;
      }
      case K::kDelete:
        for (const auto& t : stmt.as<ast::Delete>().targets) visit_target(*t);
        break;
      case K::kAssign: {
        const auto& a = stmt.as<ast::Assign>();
        visit_expression(*a.value);
        for (const auto& t : a.targets) visit_target(*t);
        break;
      }
      case K::kAugAssign: {
        const auto& a = stmt.as<ast::AugAssign>();
        visit_expression(*a.value);
        visit_target(*a.target);
        if (a.target->kind == ast::ExprKind::kName) {
          add(a.target->as<ast::Name>().id, kUsed, a.target->loc);
        }
        break;
      }
      case K::kAnnAssign: {
        const auto& a = stmt.as<ast::AnnAssign>();
        if (a.target->kind == ast::ExprKind::kName) {
          const std::string name = mangled(a.target->as<ast::Name>().id);
          const uint32_t flags = symbols().flags_of(name);
          if ((flags & (kGlobal | kNonlocal)) && a.simple) {
            fail(cat("annotated name '", name, "' can't be ", ((flags & kGlobal) ? "global" : "nonlocal")),
                 stmt.loc);
            return;
          }
        }
        // Annotations are evaluated except for local variables of functions.
        if (!current_->is_function_like() || a.target->kind != ast::ExprKind::kName) {
          visit_expression(*a.annotation);
        }
        if (a.value) visit_expression(*a.value);
        visit_target(*a.target);
        break;
      }
      case K::kFor: {
        const auto& f = stmt.as<ast::For>();
        visit_expression(*f.iter);
        visit_target(*f.target);
        visit_statements(f.body);
        visit_statements(f.orelse);
        break;
      }
      case K::kWhile: {
        const auto& w = stmt.as<ast::While>();
        visit_expression(*w.test);
        visit_statements(w.body);
        visit_statements(w.orelse);
        break;
      }
      case K::kIf: {
        const auto& i = stmt.as<ast::If>();
        visit_expression(*i.test);
        visit_statements(i.body);
        visit_statements(i.orelse);
        break;
      }
      case K::kWith: {
        const auto& w = stmt.as<ast::With>();
        for (const auto& item : w.items) {
          visit_expression(*item.context_expr);
          if (item.optional_vars) visit_target(*item.optional_vars);
        }
        visit_statements(w.body);
        break;
      }
      case K::kRaise: {
        const auto& r = stmt.as<ast::Raise>();
        if (r.exc) visit_expression(*r.exc);
        if (r.cause) visit_expression(*r.cause);
        break;
      }
      case K::kTry: {
        const auto& t = stmt.as<ast::Try>();
        visit_statements(t.body);
        for (const auto& h : t.handlers) {
          if (h.type) visit_expression(*h.type);
          if (!h.name.empty()) add(h.name, kAssigned, h.loc);
          visit_statements(h.body);
        }
        visit_statements(t.orelse);
        visit_statements(t.finalbody);
        break;
      }
      case K::kAssert: {
        const auto& a = stmt.as<ast::Assert>();
        visit_expression(*a.test);
        if (a.msg) visit_expression(*a.msg);
        break;
      }
      case K::kImport:
        for (const auto& alias : stmt.as<ast::Import>().names) {
          const std::string bound = alias.asname.empty() ? alias.name.substr(0, alias.name.find('.')) : alias.asname;
          add(bound, kAssigned, alias.loc);
        }
        break;
      case K::kImportFrom:
        for (const auto& alias : stmt.as<ast::ImportFrom>().names) {
          if (alias.name == "*") {
            if (current_->kind != ScopeKind::kModule) {
              fail("import * only allowed at module level", stmt.loc);
              return;
            }
            continue;
          }
          add(alias.asname.empty() ? alias.name : alias.asname, kAssigned, alias.loc);
        }
        break;
      case K::kGlobal:
      case K::kNonlocal: {
        const bool is_global = stmt.kind == K::kGlobal;
        const auto& names = is_global ? stmt.as<ast::Global>().names : stmt.as<ast::Nonlocal>().names;
        if (!is_global && current_->kind == ScopeKind::kModule) {
          fail("nonlocal declaration not allowed at module level", stmt.loc);
          return;
        }
        for (const auto& raw : names) {
          const std::string name = mangled(raw);
          const uint32_t flags = symbols().flags_of(name);
          const char* kind = is_global ? "global" : "nonlocal";
          if (flags & kParameter) {
            fail(cat("name '", name, "' is parameter and ", kind), stmt.loc);
            return;
          }
          if (flags & (is_global ? kNonlocal : kGlobal)) {
            fail(cat("name '", name, "' is nonlocal and global"), stmt.loc);
            return;
          }
          if (flags & kUsed) {
            fail(cat("name '", name, "' is used prior to ", kind, " declaration"), stmt.loc);
            return;
          }
          if (flags & kAssigned) {
            fail(cat("name '", name, "' is assigned to before ", kind, " declaration"), stmt.loc);
            return;
          }
          symbols().add(name, is_global ? kGlobal : kNonlocal);
        }
        break;
      }
      case K::kExpr:
        visit_expression(*stmt.as<ast::ExprStmt>().value);
        break;
      case K::kPass:
      case K::kBreak:
      case K::kContinue:
        break;
      case K::kMatch: {
        const auto& m = stmt.as<ast::Match>();
        visit_expression(*m.subject);
        for (const auto& match_case : m.cases) {
          visit_pattern(*match_case.pattern);
          if (match_case.guard) visit_expression(*match_case.guard);
          visit_statements(match_case.body);
        }
        break;
      }
    }
  }

  // A pattern binds its capture names and reads its values and classes.
  void visit_pattern(const ast::Pattern& pattern) {
    using K = ast::PatternKind;
    switch (pattern.kind) {
      case K::kMatchValue:
        visit_expression(*pattern.as<ast::MatchValue>().value);
        break;
      case K::kMatchSingleton:
        break;
      case K::kMatchSequence:
        visit_patterns(pattern.as<ast::MatchSequence>().patterns);
        break;
      case K::kMatchMapping: {
        const auto& m = pattern.as<ast::MatchMapping>();
        visit_expressions(m.keys);
        visit_patterns(m.patterns);
        if (!m.rest.empty()) add(m.rest, kAssigned, pattern.loc);
        break;
      }
      case K::kMatchClass: {
        const auto& c = pattern.as<ast::MatchClass>();
        visit_expression(*c.cls);
        visit_patterns(c.patterns);
        visit_patterns(c.kwd_patterns);
        break;
      }
      case K::kMatchStar: {
        const auto& star = pattern.as<ast::MatchStar>();
        if (!star.name.empty()) add(star.name, kAssigned, pattern.loc);
        break;
      }
      case K::kMatchAs: {
        const auto& as = pattern.as<ast::MatchAs>();
        if (as.pattern) visit_pattern(*as.pattern);
        if (!as.name.empty()) add(as.name, kAssigned, pattern.loc);
        break;
      }
      case K::kMatchOr:
        visit_patterns(pattern.as<ast::MatchOr>().patterns);
        break;
    }
  }
  void visit_patterns(const ast::PatternList& patterns) {
    for (const auto& pattern : patterns) visit_pattern(*pattern);
  }

  std::string mangled_definition_name(const std::string& name) const { return name; }

  // ---- expressions

  void visit_expressions(const ast::ExprList& list) {
    for (const auto& e : list) {
      if (e) visit_expression(*e);
    }
  }

  // A store/delete target.
  void visit_target(const ast::Expr& target) {
    using K = ast::ExprKind;
    switch (target.kind) {
      case K::kName: add(target.as<ast::Name>().id, kAssigned, target.loc); break;
      case K::kTuple:
        for (const auto& e : target.as<ast::Tuple>().elts) visit_target(*e);
        break;
      case K::kList:
        for (const auto& e : target.as<ast::List>().elts) visit_target(*e);
        break;
      case K::kStarred: visit_target(*target.as<ast::Starred>().value); break;
      default: visit_expression(target); break;
    }
  }

  void visit_comprehension(const ast::Expr& node, const std::vector<ast::Comprehension>& generators,
                           const char* name, const ast::Expr* element, const ast::Expr* value) {
    // The first iterable is evaluated in the enclosing scope.
    ++in_comprehension_iterable_;
    visit_expression(*generators[0].iter);
    --in_comprehension_iterable_;
    Scope* outer = current_;
    current_ = open_scope(ScopeKind::kComprehension, name, &node);
    add(".0", kParameter, node.loc);
    current_->parameters.push_back(".0");
    const bool is_generator_expression = node.kind == ast::ExprKind::kGeneratorExp;
    current_->is_generator = is_generator_expression;
    for (size_t i = 0; i < generators.size(); ++i) {
      const auto& g = generators[i];
      if (g.is_async) current_->is_coroutine = true;
      if (i > 0) {
        ++in_comprehension_iterable_;
        visit_expression(*g.iter);
        --in_comprehension_iterable_;
      }
      comprehension_targets_.push_back({});
      collect_iteration_names(*g.target);
      visit_target(*g.target);
      visit_expressions(g.ifs);
    }
    if (element) visit_expression(*element);
    if (value) visit_expression(*value);
    for (size_t i = 0; i < generators.size(); ++i) comprehension_targets_.pop_back();
    // A comprehension that is a coroutine is awaited where it is built, so
    // an enclosing comprehension becomes one too (a generator expression
    // is not awaited: it is an async generator).
    if (current_->is_coroutine && !is_generator_expression && outer->kind == ScopeKind::kComprehension) {
      outer->is_coroutine = true;
    }
    current_ = outer;
  }

  void collect_iteration_names(const ast::Expr& target) {
    if (target.kind == ast::ExprKind::kName) {
      comprehension_targets_.back().insert(target.as<ast::Name>().id);
    } else if (target.kind == ast::ExprKind::kTuple) {
      for (const auto& e : target.as<ast::Tuple>().elts) collect_iteration_names(*e);
    } else if (target.kind == ast::ExprKind::kList) {
      for (const auto& e : target.as<ast::List>().elts) collect_iteration_names(*e);
    } else if (target.kind == ast::ExprKind::kStarred) {
      collect_iteration_names(*target.as<ast::Starred>().value);
    }
  }

  // `x := value` inside a comprehension binds x in the enclosing function
  // (or module): PEP 572.
  void bind_walrus_target(const std::string& name, const ast::Location& loc) {
    if (current_->kind != ScopeKind::kComprehension) {
      add(name, kAssigned, loc);
      return;
    }
    for (const auto& targets : comprehension_targets_) {
      if (targets.count(name)) {
        fail(cat("assignment expression cannot rebind comprehension iteration variable '", name, "'"), loc);
        return;
      }
    }
    Scope* scope = current_;
    std::vector<Scope*> comprehensions;
    while (scope->kind == ScopeKind::kComprehension) {
      comprehensions.push_back(scope);
      scope = scope->parent;
    }
    if (scope->kind == ScopeKind::kClass) {
      fail("assignment expression within a comprehension cannot be used in a class body", loc);
      return;
    }
    const uint32_t target_flag = scope->kind == ScopeKind::kModule ? kGlobal : kNonlocal;
    for (Scope* s : comprehensions) (*symbols_)[s].add(name, target_flag);
    ScopeSymbols& owner = (*symbols_)[scope];
    if (!(owner.flags_of(name) & (kGlobal | kNonlocal))) owner.add(name, kAssigned);
  }

  void visit_expression(const ast::Expr& expr) {
    if (failed()) return;
    CompileDepthGuard guard(depth_);
    if (!guard.ok()) return fail_too_deep();
    using K = ast::ExprKind;
    switch (expr.kind) {
      case K::kBoolOp: visit_expressions(expr.as<ast::BoolOp>().values); break;
      case K::kNamedExpr: {
        const auto& n = expr.as<ast::NamedExpr>();
        if (in_comprehension_iterable_ > 0) {
          fail("assignment expression cannot be used in a comprehension iterable expression", expr.loc);
          return;
        }
        visit_expression(*n.value);
        bind_walrus_target(n.target->as<ast::Name>().id, n.target->loc);
        break;
      }
      case K::kBinOp:
        visit_expression(*expr.as<ast::BinOp>().left);
        visit_expression(*expr.as<ast::BinOp>().right);
        break;
      case K::kUnaryOp: visit_expression(*expr.as<ast::UnaryOp>().operand); break;
      case K::kLambda: {
        const auto& l = expr.as<ast::Lambda>();
        visit_arguments_defaults(l.args);
        Scope* outer = current_;
        current_ = open_scope(ScopeKind::kFunction, "<lambda>", &expr);
        declare_parameters(current_, l.args);
        visit_expression(*l.body);
        current_ = outer;
        break;
      }
      case K::kIfExp: {
        const auto& i = expr.as<ast::IfExp>();
        visit_expression(*i.test);
        visit_expression(*i.body);
        visit_expression(*i.orelse);
        break;
      }
      case K::kDict:
        visit_expressions(expr.as<ast::Dict>().keys);
        visit_expressions(expr.as<ast::Dict>().values);
        break;
      case K::kSet: visit_expressions(expr.as<ast::Set>().elts); break;
      case K::kListComp: {
        const auto& c = expr.as<ast::ListComp>();
        visit_comprehension(expr, c.generators, "<listcomp>", c.elt.get(), nullptr);
        break;
      }
      case K::kSetComp: {
        const auto& c = expr.as<ast::SetComp>();
        visit_comprehension(expr, c.generators, "<setcomp>", c.elt.get(), nullptr);
        break;
      }
      case K::kDictComp: {
        const auto& c = expr.as<ast::DictComp>();
        visit_comprehension(expr, c.generators, "<dictcomp>", c.key.get(), c.value.get());
        break;
      }
      case K::kGeneratorExp: {
        const auto& c = expr.as<ast::GeneratorExp>();
        visit_comprehension(expr, c.generators, "<genexpr>", c.elt.get(), nullptr);
        break;
      }
      case K::kAwait:
        // Whether `await` may appear here is the code generator's check (a
        // compile error in CPython); a comprehension with it is a coroutine.
        if (current_->kind == ScopeKind::kComprehension) current_->is_coroutine = true;
        visit_expression(*expr.as<ast::Await>().value);
        break;
      case K::kYield:
      case K::kYieldFrom: {
        if (current_->kind == ScopeKind::kComprehension) {
          const char* what = current_->name == "<listcomp>"  ? "list comprehension"
                             : current_->name == "<setcomp>" ? "set comprehension"
                             : current_->name == "<dictcomp>" ? "dict comprehension"
                                                              : "generator expression";
          fail(cat(std::string("'yield' inside "), what), expr.loc);
          return;
        }
        if (current_->kind != ScopeKind::kFunction) {
          fail("'yield' outside function", expr.loc);
          return;
        }
        current_->is_generator = true;
        if (expr.kind == K::kYield) {
          if (expr.as<ast::Yield>().value) visit_expression(*expr.as<ast::Yield>().value);
        } else {
          visit_expression(*expr.as<ast::YieldFrom>().value);
        }
        break;
      }
      case K::kCompare:
        visit_expression(*expr.as<ast::Compare>().left);
        visit_expressions(expr.as<ast::Compare>().comparators);
        break;
      case K::kCall: {
        const auto& c = expr.as<ast::Call>();
        visit_expression(*c.func);
        visit_expressions(c.args);
        for (const auto& k : c.keywords) visit_expression(*k.value);
        break;
      }
      case K::kFormattedValue: {
        const auto& f = expr.as<ast::FormattedValue>();
        visit_expression(*f.value);
        if (f.format_spec) visit_expression(*f.format_spec);
        break;
      }
      case K::kJoinedStr: visit_expressions(expr.as<ast::JoinedStr>().values); break;
      case K::kConstant: break;
      case K::kAttribute: visit_expression(*expr.as<ast::Attribute>().value); break;
      case K::kSubscript:
        visit_expression(*expr.as<ast::Subscript>().value);
        visit_expression(*expr.as<ast::Subscript>().slice);
        break;
      case K::kStarred: visit_expression(*expr.as<ast::Starred>().value); break;
      case K::kName: {
        const auto& n = expr.as<ast::Name>();
        if (n.ctx == ast::Context::kLoad) {
          add(n.id, kUsed, expr.loc);
          // super() needs the class: methods using it get a __class__ cell.
          if (n.id == "super" && current_->kind == ScopeKind::kFunction) add("__class__", kUsed, expr.loc);
        } else {
          add(n.id, kAssigned, expr.loc);
        }
        break;
      }
      case K::kList: visit_expressions(expr.as<ast::List>().elts); break;
      case K::kTuple: visit_expressions(expr.as<ast::Tuple>().elts); break;
      case K::kSlice: {
        const auto& s = expr.as<ast::Slice>();
        if (s.lower) visit_expression(*s.lower);
        if (s.upper) visit_expression(*s.upper);
        if (s.step) visit_expression(*s.step);
        break;
      }
    }
  }

  const std::string& filename_;
  CompileDepth& depth_;
  ScopeTable* table_;
  std::unordered_map<Scope*, ScopeSymbols>* symbols_;
  Scope* current_ = nullptr;
  std::vector<std::set<std::string>> comprehension_targets_;
  int in_comprehension_iterable_ = 0;
};

// ---- the second pass: CPython's analyze_block

class Analyzer {
 public:
  Analyzer(const std::string& filename, std::unordered_map<Scope*, ScopeSymbols>* symbols)
      : filename_(filename), symbols_(symbols) {}
  std::optional<SyntaxError> error;

  // `bound`: names bound by enclosing function scopes (visible as free vars).
  // Returns, through `free`, the free variables this scope needs from outside.
  void analyze(Scope* scope, const std::set<std::string>& bound, std::set<std::string>* free) {
    ScopeSymbols& info = (*symbols_)[scope];
    std::vector<std::pair<std::string, SymbolInfo>> ordered(info.symbols.begin(), info.symbols.end());
    std::sort(ordered.begin(), ordered.end(),
              [](const auto& a, const auto& b) { return a.second.order < b.second.order; });
    std::set<std::string> local;
    std::set<std::string> scope_free;
    for (const auto& [name, symbol] : ordered) {
      const uint32_t flags = symbol.flags;
      Binding binding;
      if (flags & kGlobal) {
        binding = Binding::kGlobalExplicit;
      } else if (flags & kNonlocal) {
        if (!bound.count(name)) {
          fail(scope, cat("no binding for nonlocal '", name, "' found"));
          return;
        }
        binding = Binding::kFree;
        scope_free.insert(name);
      } else if (flags & (kAssigned | kParameter)) {
        binding = Binding::kLocal;
        local.insert(name);
      } else if (bound.count(name)) {
        binding = Binding::kFree;
        scope_free.insert(name);
      } else {
        binding = Binding::kGlobalImplicit;
      }
      scope->bindings[name] = binding;
    }
    // What the children may see: a class's names are not visible to them.
    std::set<std::string> child_bound = bound;
    if (scope->is_function_like()) {
      child_bound.insert(local.begin(), local.end());
    }
    // Methods may refer to the class being defined as __class__ (super()).
    if (scope->kind == ScopeKind::kClass) child_bound.insert("__class__");
    // Explicit globals hide enclosing bindings from children too.
    for (const auto& [name, binding] : scope->bindings) {
      if (binding == Binding::kGlobalExplicit) child_bound.erase(name);
    }
    std::set<std::string> children_free;
    for (auto& child : scope->children) {
      std::set<std::string> child_free;
      analyze(child.get(), child_bound, &child_free);
      if (error) return;
      children_free.insert(child_free.begin(), child_free.end());
    }
    if (scope->kind == ScopeKind::kClass && children_free.erase("__class__")) {
      scope->needs_class_cell = true;
    }
    for (const std::string& name : children_free) {
      if (scope->is_function_like() && local.count(name)) {
        scope->bindings[name] = Binding::kCell;  // captured from here
      } else if (scope->kind != ScopeKind::kModule) {
        // Passes through this scope to an enclosing function.
        auto found = scope->bindings.find(name);
        if (found == scope->bindings.end() || found->second == Binding::kGlobalImplicit) {
          scope->bindings[name] = Binding::kFree;
        }
        if (scope->kind == ScopeKind::kClass && found != scope->bindings.end() &&
            found->second == Binding::kLocal) {
          class_passthrough_[scope].insert(name);
        }
        scope_free.insert(name);
      }
    }
    // Slot order: parameters, then other locals by first appearance.
    for (const std::string& p : scope->parameters) scope->locals.push_back(p);
    if (scope->is_function_like()) {
      for (const auto& [name, symbol] : ordered) {
        if (scope->bindings[name] == Binding::kLocal &&
            std::find(scope->locals.begin(), scope->locals.end(), name) == scope->locals.end()) {
          scope->locals.push_back(name);
        }
      }
    }
    for (const auto& [name, binding] : scope->bindings) {
      if (binding == Binding::kCell) scope->cells.push_back(name);
      if (binding == Binding::kFree || class_passthrough_[scope].count(name)) scope->frees.push_back(name);
    }
    if (scope->needs_class_cell) scope->cells.push_back("__class__");
    std::sort(scope->cells.begin(), scope->cells.end());
    std::sort(scope->frees.begin(), scope->frees.end());
    scope->frees.erase(std::unique(scope->frees.begin(), scope->frees.end()), scope->frees.end());
    free->insert(scope_free.begin(), scope_free.end());
  }

 private:
  void fail(Scope*, const std::string& message) {
    if (error) return;
    SyntaxError e;
    e.message = message;
    e.filename = filename_;
    error = e;
  }

  const std::string& filename_;
  std::unordered_map<Scope*, ScopeSymbols>* symbols_;
  std::unordered_map<Scope*, std::set<std::string>> class_passthrough_;
};

}  // namespace

Binding Scope::binding_of(const std::string& name) const {
  auto found = bindings.find(name);
  if (found != bindings.end()) return found->second;
  return Binding::kGlobalImplicit;
}

std::optional<SyntaxError> analyze_scopes(const ast::Module& module, const std::string& filename,
                                          bool interactive, CompileDepth& depth, ScopeTable* table) {
  (void)interactive;
  std::unordered_map<Scope*, ScopeSymbols> symbols;
  Collector collector(filename, depth, table, &symbols);
  collector.visit_module(module);
  if (collector.error) return collector.error;
  Analyzer analyzer(filename, &symbols);
  std::set<std::string> free;
  analyzer.analyze(table->module.get(), {}, &free);
  return analyzer.error;
}

}  // namespace pyvm
