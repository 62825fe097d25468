// SPDX-License-Identifier: GPL-3.0-or-later
// The code generator (see codegen.h): units, names, and statements.
// Expressions are in codegen_expressions.cpp.
#include "compiler/codegen.h"
#include "compiler/unparse.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <variant>

#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

const std::string* docstring_of(const ast::StmtList& body) {
  if (body.empty() || body[0]->kind != ast::StmtKind::kExpr) return nullptr;
  const ast::Expr& value = *body[0]->as<ast::ExprStmt>().value;
  if (value.kind != ast::ExprKind::kConstant) return nullptr;
  return std::get_if<std::string>(&value.as<ast::Constant>().value);
}

// Whether a module or class body annotates a simple name anywhere outside
// nested functions and classes (it then needs __annotations__).
bool has_annotations(const ast::StmtList& body) {
  for (const auto& stmt : body) {
    switch (stmt->kind) {
      case ast::StmtKind::kAnnAssign: return true;
      case ast::StmtKind::kIf:
        if (has_annotations(stmt->as<ast::If>().body) || has_annotations(stmt->as<ast::If>().orelse)) return true;
        break;
      case ast::StmtKind::kFor:
        if (has_annotations(stmt->as<ast::For>().body) || has_annotations(stmt->as<ast::For>().orelse)) return true;
        break;
      case ast::StmtKind::kWhile:
        if (has_annotations(stmt->as<ast::While>().body) || has_annotations(stmt->as<ast::While>().orelse)) return true;
        break;
      case ast::StmtKind::kWith:
        if (has_annotations(stmt->as<ast::With>().body)) return true;
        break;
      case ast::StmtKind::kTry: {
        const auto& t = stmt->as<ast::Try>();
        if (has_annotations(t.body) || has_annotations(t.orelse) || has_annotations(t.finalbody)) return true;
        for (const auto& h : t.handlers) {
          if (has_annotations(h.body)) return true;
        }
        break;
      }
      default: break;
    }
  }
  return false;
}

// Whether CPython's AST optimizer turns `expr` into one constant: a
// literal, or signs and + - * over numeric literals, or a tuple of these.
// (It folds more: other operators, subscripts of constants, __debug__.)
bool folds_to_constant(const ast::Expr& expr) {
  auto is_number = [](const ast::Expr& e) {
    if (e.kind != ast::ExprKind::kConstant) return false;
    const ast::ConstantValue& v = e.as<ast::Constant>().value;
    return std::holds_alternative<int64_t>(v) || std::holds_alternative<ast::BigIntLiteral>(v) ||
           std::holds_alternative<double>(v) || std::holds_alternative<ast::ImaginaryLiteral>(v);
  };
  std::function<bool(const ast::Expr&)> numeric = [&](const ast::Expr& e) {
    if (is_number(e)) return true;
    if (e.kind == ast::ExprKind::kUnaryOp) {
      const auto& u = e.as<ast::UnaryOp>();
      return (u.op == ast::UnaryOperator::kUSub || u.op == ast::UnaryOperator::kUAdd) && numeric(*u.operand);
    }
    if (e.kind == ast::ExprKind::kBinOp) {
      const auto& b = e.as<ast::BinOp>();
      return (b.op == ast::BinaryOperator::kAdd || b.op == ast::BinaryOperator::kSub ||
              b.op == ast::BinaryOperator::kMult) &&
             numeric(*b.left) && numeric(*b.right);
    }
    return false;
  };
  if (expr.kind == ast::ExprKind::kConstant || numeric(expr)) return true;
  if (expr.kind != ast::ExprKind::kTuple) return false;
  for (const auto& element : expr.as<ast::Tuple>().elts) {
    if (!folds_to_constant(*element)) return false;
  }
  return true;
}

int first_line_of(const ast::ExprList& decorators, int line) {
  for (const auto& d : decorators) line = std::min(line, d->loc.line);
  return line;
}

}  // namespace

CodeGenerator::CodeGenerator(Runtime& rt, const ScopeTable& scopes, const std::string& filename,
                             ParseMode mode, const FutureFeatures& future)
    : rt_(rt), scopes_(scopes), filename_(filename), mode_(mode), future_(future), depth_(rt) {}

void CodeGenerator::fail(const std::string& message, const ast::Location& location) {
  if (error_) return;
  SyntaxError e;
  e.message = message;
  e.filename = filename_;
  e.line = location.line;
  e.column = location.column + 1;
  e.end_line = location.end_line;
  e.end_column = location.end_column + 1;
  error_ = e;
}

void CodeGenerator::fail_too_deep() {
  if (!error_) error_ = too_deep_to_compile(filename_);
}

// -------------------------------------------------------------------- units

void CodeGenerator::enter_unit(Scope* nested) {
  units_.push_back(std::make_unique<Unit>(rt_));
  units_.back()->scope = nested;
}

Ref<CodeObject> CodeGenerator::leave_unit(const std::string& name, int first_line, uint32_t flags,
                                          int argument_count, int positional_only, int keyword_only) {
  Unit& u = unit();
  Scope* s = u.scope;
  Ref<CodeObject> code = u.builder.finish();
  auto interned = [&](const std::string& text) { return Ref<Str>::borrow(rt_.intern(text)); };
  if (s->is_function_like()) {
    for (const std::string& local : s->locals) code->local_names.push_back(interned(local));
  }
  for (const std::string& cell : s->cells) {
    code->cell_names.push_back(interned(cell));
    int32_t parameter = -1;
    for (size_t i = 0; i < s->parameters.size(); ++i) {
      if (s->parameters[i] == cell) parameter = static_cast<int32_t>(i);
    }
    code->cell_parameters.push_back(parameter);
  }
  for (const std::string& free : s->frees) code->free_names.push_back(interned(free));
  code->argument_count = argument_count;
  code->positional_only_count = positional_only;
  code->keyword_only_count = keyword_only;
  code->flags = flags;
  if (s->has_varargs) code->flags |= kCodeVarargs;
  if (s->has_varkeywords) code->flags |= kCodeVarkeywords;
  if (s->is_coroutine) {
    code->flags |= s->is_generator ? kCodeAsyncGenerator : kCodeCoroutine;
  } else if (s->is_generator) {
    code->flags |= kCodeGenerator;
  }
  if (u.has_docstring) code->flags |= kCodeHasDocstring;
  if (s->is_function_like() && s->is_inside_function()) code->flags |= kCodeNested;
  code->first_line = first_line;
  code->name = interned(name);
  code->qualname = interned(s->kind == ScopeKind::kModule ? name : s->qualname);
  code->filename = Ref<Str>::borrow(rt_.intern(filename_));
  units_.pop_back();
  return code;
}

std::string CodeGenerator::mangle(const std::string& name) {
  return mangle_private_name(scope()->mangling_prefix(), name);
}

uint32_t CodeGenerator::deref_index(const std::string& name) {
  const Scope* s = scope();
  auto cell = std::find(s->cells.begin(), s->cells.end(), name);
  if (cell != s->cells.end()) return static_cast<uint32_t>(cell - s->cells.begin());
  auto free = std::find(s->frees.begin(), s->frees.end(), name);
  return static_cast<uint32_t>(s->cells.size() + (free - s->frees.begin()));
}

const std::string* CodeGenerator::docstring(const ast::StmtList& body) const {
  return rt_.optimize_level >= 2 ? nullptr : docstring_of(body);  // -OO drops them
}

void CodeGenerator::name_operation(const std::string& raw_name, ast::Context context) {
  if (context == ast::Context::kLoad && raw_name == "__debug__") {
    emit_constant(Value::boolean(rt_.optimize_level == 0));  // a constant, as in CPython
    return;
  }
  const std::string name = mangle(raw_name);
  const Scope* s = scope();
  const Binding binding = s->binding_of(name);
  const bool function_like = s->is_function_like();
  auto pick = [&](Opcode load, Opcode store, Opcode del) {
    return context == ast::Context::kLoad ? load : context == ast::Context::kStore ? store : del;
  };
  switch (binding) {
    case Binding::kLocal:
      if (function_like) {
        const auto slot = std::find(s->locals.begin(), s->locals.end(), name) - s->locals.begin();
        emit(pick(Opcode::LOAD_FAST, Opcode::STORE_FAST, Opcode::DELETE_FAST), static_cast<uint32_t>(slot));
        return;
      }
      break;
    case Binding::kCell:
    case Binding::kFree:
      if (s->kind == ScopeKind::kClass && context == ast::Context::kLoad) {
        emit(Opcode::LOAD_CLASSDEREF, deref_index(name));
        return;
      }
      if (s->kind != ScopeKind::kClass || binding == Binding::kFree) {
        emit(pick(Opcode::LOAD_DEREF, Opcode::STORE_DEREF, Opcode::DELETE_DEREF), deref_index(name));
        return;
      }
      break;
    case Binding::kGlobalExplicit:
      emit(pick(Opcode::LOAD_GLOBAL, Opcode::STORE_GLOBAL, Opcode::DELETE_GLOBAL), out().add_name(name));
      return;
    case Binding::kGlobalImplicit:
      if (function_like) {
        emit(pick(Opcode::LOAD_GLOBAL, Opcode::STORE_GLOBAL, Opcode::DELETE_GLOBAL), out().add_name(name));
        return;
      }
      break;
  }
  emit(pick(Opcode::LOAD_NAME, Opcode::STORE_NAME, Opcode::DELETE_NAME), out().add_name(name));
}

bool CodeGenerator::emit_closure(Scope* nested) {
  if (nested->frees.empty()) return false;
  for (const std::string& name : nested->frees) emit(Opcode::LOAD_CLOSURE, deref_index(name));
  emit(Opcode::BUILD_TUPLE, static_cast<uint32_t>(nested->frees.size()));
  return true;
}

void CodeGenerator::emit_make_function(Scope* nested, const Ref<CodeObject>& code, uint32_t flags) {
  if (emit_closure(nested)) flags |= kHasClosure;
  emit_constant(Value(code));
  emit(Opcode::MAKE_FUNCTION, flags);
}

// ------------------------------------------------------------------ module

// `return None` when the body can end by falling off its end; as CPython,
// it takes the location of the body's last statement.
void CodeGenerator::emit_implicit_return(const ast::StmtList& body) {
  if (!out().reachable()) return;
  std::optional<LocationScope> location;
  if (!body.empty()) location.emplace(out(), body.back()->loc);
  emit_none();
  emit(Opcode::RETURN_VALUE);
}

Ref<CodeObject> CodeGenerator::compile_module(const ast::Module& module) {
  enter_unit(scopes_.module.get());
  if (mode_ == ParseMode::kExpression) {
    const ast::Expr& expr = *module.body[0]->as<ast::ExprStmt>().value;
    LocationScope location(out(), expr.loc);
    compile_expression(expr);
    emit(Opcode::RETURN_VALUE);
  } else {
    if (mode_ == ParseMode::kFile) {
      if (const std::string* doc = docstring(module.body)) {
        LocationScope location(out(), module.body[0]->loc);
        emit_constant(str_value(rt_, *doc));
        name_operation("__doc__", ast::Context::kStore);
      }
    }
    if (has_annotations(module.body)) emit(Opcode::SETUP_ANNOTATIONS);
    const size_t skip = mode_ == ParseMode::kFile && docstring(module.body) ? 1 : 0;
    for (size_t i = skip; i < module.body.size() && !failed(); ++i) compile_statement(*module.body[i]);
    emit_implicit_return(module.body);
  }
  if (failed()) return nullptr;
  return leave_unit("<module>", 1, 0, 0, 0, 0);
}

// --------------------------------------------------------------- statements

void CodeGenerator::compile_body(const ast::StmtList& body) {
  for (const auto& stmt : body) {
    if (failed()) return;
    compile_statement(*stmt);
  }
}

void CodeGenerator::compile_statement(const ast::Stmt& stmt) {
  CompileDepthGuard guard(depth_);
  if (!guard.ok()) return fail_too_deep();
  LocationScope location(out(), stmt.loc);
  using K = ast::StmtKind;
  switch (stmt.kind) {
    case K::kFunctionDef: compile_function_def(stmt); break;
    case K::kClassDef: compile_class_def(stmt); break;
    case K::kReturn: compile_return(stmt.as<ast::Return>(), stmt.loc); break;
    case K::kDelete:
      for (const auto& target : stmt.as<ast::Delete>().targets) compile_delete(*target);
      break;
    case K::kAssign: compile_assign(stmt.as<ast::Assign>()); break;
    case K::kAugAssign: compile_aug_assign(stmt.as<ast::AugAssign>()); break;
    case K::kAnnAssign: compile_ann_assign(stmt.as<ast::AnnAssign>()); break;
    case K::kFor: compile_for(stmt.as<ast::For>(), stmt.loc); break;
    case K::kWhile: compile_while(stmt.as<ast::While>()); break;
    case K::kIf: compile_if(stmt.as<ast::If>()); break;
    case K::kWith:
      if (stmt.as<ast::With>().is_async && !check_in_async_function("async with", stmt.loc)) break;
      compile_with(stmt.as<ast::With>(), 0);
      break;
    case K::kRaise: compile_raise(stmt.as<ast::Raise>()); break;
    case K::kTry: compile_try(stmt.as<ast::Try>()); break;
    case K::kAssert: compile_assert(stmt.as<ast::Assert>()); break;
    case K::kImport: compile_import(stmt.as<ast::Import>()); break;
    case K::kImportFrom:
      // Future statements are only those at the top (future.h).
      if (stmt.as<ast::ImportFrom>().module == "__future__" && stmt.as<ast::ImportFrom>().level == 0 &&
          stmt.loc.line > future_.last_line) {
        fail("from __future__ imports must occur at the beginning of the file", stmt.loc);
        break;
      }
      compile_import_from(stmt.as<ast::ImportFrom>());
      break;
    case K::kGlobal:
    case K::kNonlocal: break;
    case K::kPass: emit(Opcode::NOP); break;  // a line of its own for tracers, as CPython 3.11
    case K::kBreak: compile_break(stmt.loc); break;
    case K::kContinue: compile_continue(stmt.loc); break;
    case K::kMatch: compile_match(stmt.as<ast::Match>()); break;
    case K::kExpr: {
      const ast::Expr& value = *stmt.as<ast::ExprStmt>().value;
      if (mode_ == ParseMode::kInteractive && scope()->kind == ScopeKind::kModule) {
        compile_expression(value);
        emit(Opcode::PRINT_EXPR);
        break;
      }
      if (value.kind == ast::ExprKind::kConstant) break;  // a docstring or a bare literal
      compile_expression(value);
      emit(Opcode::POP_TOP);
      break;
    }
  }
}

uint32_t CodeGenerator::compile_parameter_values(const ast::Arguments& args, const ast::Expr* returns) {
  uint32_t flags = 0;
  if (!args.defaults.empty()) {
    compile_sequence(args.defaults, Opcode::BUILD_TUPLE, true);
    flags |= kHasDefaults;
  }
  uint32_t keyword_defaults = 0;
  for (size_t i = 0; i < args.kwonlyargs.size(); ++i) {
    if (!args.kw_defaults[i]) continue;
    emit_constant(str_value(rt_, mangle(args.kwonlyargs[i].name)));
    compile_expression(*args.kw_defaults[i]);
    ++keyword_defaults;
  }
  if (keyword_defaults > 0) {
    emit(Opcode::BUILD_MAP, keyword_defaults);
    flags |= kHasKeywordDefaults;
  }
  uint32_t annotations = 0;
  auto annotate = [&](const ast::Arg& arg) {
    if (!arg.annotation) return;
    emit_constant(str_value(rt_, mangle(arg.name)));
    compile_annotation(*arg.annotation);
    ++annotations;
  };
  for (const auto& a : args.posonlyargs) annotate(a);
  for (const auto& a : args.args) annotate(a);
  if (args.vararg) annotate(*args.vararg);
  for (const auto& a : args.kwonlyargs) annotate(a);
  if (args.kwarg) annotate(*args.kwarg);
  if (returns) {
    emit_constant(str_value(rt_, "return"));
    compile_annotation(*returns);
    ++annotations;
  }
  if (annotations > 0) {
    emit(Opcode::BUILD_MAP, annotations);
    flags |= kHasAnnotations;
  }
  return flags;
}

void CodeGenerator::compile_function_def(const ast::Stmt& stmt) {
  const auto& f = stmt.as<ast::FunctionDef>();
  compile_expressions(f.decorator_list);
  const uint32_t flags = compile_parameter_values(f.args, f.returns.get());
  Scope* nested = scopes_.scope_of(&stmt);
  enter_unit(nested);
  {
    LocationScope location(out(), stmt.loc);  // ends before leave_unit destroys the builder
    const std::string* doc = docstring(f.body);
    if (doc) {
      out().add_constant(str_value(rt_, *doc));  // constants[0]: the docstring
      unit().has_docstring = true;
    }
    for (size_t i = doc ? 1 : 0; i < f.body.size() && !failed(); ++i) compile_statement(*f.body[i]);
    emit_implicit_return(f.body);
  }
  if (failed()) return;
  const int argument_count = static_cast<int>(f.args.posonlyargs.size() + f.args.args.size());
  Ref<CodeObject> code = leave_unit(f.name, first_line_of(f.decorator_list, stmt.loc.line), kCodeFunction,
                                    argument_count, static_cast<int>(f.args.posonlyargs.size()),
                                    static_cast<int>(f.args.kwonlyargs.size()));
  emit_make_function(nested, code, flags);
  for (size_t i = 0; i < f.decorator_list.size(); ++i) emit(Opcode::CALL, 1);
  name_operation(f.name, ast::Context::kStore);
}

void CodeGenerator::compile_class_def(const ast::Stmt& stmt) {
  const auto& c = stmt.as<ast::ClassDef>();
  compile_expressions(c.decorator_list);
  emit(Opcode::LOAD_BUILD_CLASS);
  Scope* nested = scopes_.scope_of(&stmt);
  enter_unit(nested);
  {
    LocationScope location(out(), stmt.loc);
    emit(Opcode::LOAD_NAME, out().add_name("__name__"));
    emit(Opcode::STORE_NAME, out().add_name("__module__"));
    emit_constant(str_value(rt_, nested->qualname));
    emit(Opcode::STORE_NAME, out().add_name("__qualname__"));
    const std::string* doc = docstring(c.body);
    if (doc) {
      emit_constant(str_value(rt_, *doc));
      emit(Opcode::STORE_NAME, out().add_name("__doc__"));
    }
    if (has_annotations(c.body)) emit(Opcode::SETUP_ANNOTATIONS);
    for (size_t i = doc ? 1 : 0; i < c.body.size() && !failed(); ++i) compile_statement(*c.body[i]);
    if (failed()) return;
    // The body's end is on its last line, as CPython 3.11's.
    LocationScope body_end(out(), out().last_location());
    if (nested->needs_class_cell) {
      // The cell goes to type() as __classcell__, which fills it with the class.
      emit(Opcode::LOAD_CLOSURE, deref_index("__class__"));
      emit(Opcode::COPY, 1);
      emit(Opcode::STORE_NAME, out().add_name("__classcell__"));
    } else {
      emit_none();
    }
    emit(Opcode::RETURN_VALUE);
  }
  Ref<CodeObject> code = leave_unit(c.name, first_line_of(c.decorator_list, stmt.loc.line), kCodeClassBody, 0, 0, 0);
  emit_make_function(nested, code, 0);
  emit_constant(str_value(rt_, c.name));
  compile_call_arguments(c.bases, c.keywords, Opcode::CALL, Opcode::CALL_KW, 2);
  for (size_t i = 0; i < c.decorator_list.size(); ++i) emit(Opcode::CALL, 1);
  name_operation(c.name, ast::Context::kStore);
}

void CodeGenerator::compile_assign(const ast::Assign& assign) {
  compile_expression(*assign.value);
  for (size_t i = 0; i < assign.targets.size(); ++i) {
    if (i + 1 < assign.targets.size()) emit(Opcode::COPY, 1);
    compile_store(*assign.targets[i]);
  }
}

void CodeGenerator::compile_store(const ast::Expr& target) {
  LocationScope location(out(), target.loc);
  using K = ast::ExprKind;
  switch (target.kind) {
    case K::kName: name_operation(target.as<ast::Name>().id, ast::Context::kStore); break;
    case K::kAttribute: {
      const auto& a = target.as<ast::Attribute>();
      compile_expression(*a.value);
      emit(Opcode::STORE_ATTR, out().add_name(mangle(a.attr)));
      break;
    }
    case K::kSubscript: {
      const auto& s = target.as<ast::Subscript>();
      compile_expression(*s.value);
      if (s.slice->kind == K::kSlice) {
        emit(Opcode::STORE_SLICE, compile_slice_parts(s.slice->as<ast::Slice>()));
      } else {
        compile_expression(*s.slice);
        emit(Opcode::STORE_SUBSCR);
      }
      break;
    }
    case K::kTuple: compile_unpack(target.as<ast::Tuple>().elts, target.loc); break;
    case K::kList: compile_unpack(target.as<ast::List>().elts, target.loc); break;
    case K::kStarred:
      fail("starred assignment target must be in a list or tuple", target.loc);
      break;
    default: fail("cannot assign to expression", target.loc); break;
  }
}

void CodeGenerator::compile_unpack(const ast::ExprList& elements, const ast::Location& location) {
  size_t starred = elements.size();
  for (size_t i = 0; i < elements.size(); ++i) {
    if (elements[i]->kind != ast::ExprKind::kStarred) continue;
    if (starred != elements.size()) {
      fail("multiple starred expressions in assignment", elements[i]->loc);
      return;
    }
    starred = i;
  }
  if (starred == elements.size()) {
    emit(Opcode::UNPACK_SEQUENCE, static_cast<uint32_t>(elements.size()));
  } else {
    const size_t after = elements.size() - starred - 1;
    if (starred >= 256 || after >= (1u << 16)) {
      fail("too many expressions in star-unpacking assignment", location);
      return;
    }
    emit(Opcode::UNPACK_EX, static_cast<uint32_t>(starred | (after << 8)));
  }
  for (const auto& element : elements) {
    if (element->kind == ast::ExprKind::kStarred) {
      compile_store(*element->as<ast::Starred>().value);
    } else {
      compile_store(*element);
    }
  }
}

namespace {

Opcode inplace_opcode(ast::BinaryOperator op) {
  switch (op) {
    case ast::BinaryOperator::kAdd: return Opcode::INPLACE_ADD;
    case ast::BinaryOperator::kSub: return Opcode::INPLACE_SUBTRACT;
    case ast::BinaryOperator::kMult: return Opcode::INPLACE_MULTIPLY;
    case ast::BinaryOperator::kMatMult: return Opcode::INPLACE_MATRIX_MULTIPLY;
    case ast::BinaryOperator::kDiv: return Opcode::INPLACE_TRUE_DIVIDE;
    case ast::BinaryOperator::kMod: return Opcode::INPLACE_REMAINDER;
    case ast::BinaryOperator::kPow: return Opcode::INPLACE_POWER;
    case ast::BinaryOperator::kLShift: return Opcode::INPLACE_LSHIFT;
    case ast::BinaryOperator::kRShift: return Opcode::INPLACE_RSHIFT;
    case ast::BinaryOperator::kBitOr: return Opcode::INPLACE_OR;
    case ast::BinaryOperator::kBitXor: return Opcode::INPLACE_XOR;
    case ast::BinaryOperator::kBitAnd: return Opcode::INPLACE_AND;
    case ast::BinaryOperator::kFloorDiv: return Opcode::INPLACE_FLOOR_DIVIDE;
  }
  return Opcode::INPLACE_ADD;
}

// Whether evaluating `expr` cannot rebind a local variable, that is, has
// no assignment expression (`:=`) in it. Only small expressions of the
// usual kinds are looked into; any other counts as one that may rebind.
bool cannot_rebind_locals(const ast::Expr& expr, int depth = 0) {
  using K = ast::ExprKind;
  if (depth > 8) return false;
  auto pure = [&](const ast::ExprPtr& e) { return !e || cannot_rebind_locals(*e, depth + 1); };
  switch (expr.kind) {
    case K::kConstant:
    case K::kName: return true;
    case K::kAttribute: return pure(expr.as<ast::Attribute>().value);
    case K::kSubscript: {
      const auto& s = expr.as<ast::Subscript>();
      return pure(s.value) && pure(s.slice);
    }
    case K::kBinOp: {
      const auto& b = expr.as<ast::BinOp>();
      return pure(b.left) && pure(b.right);
    }
    case K::kUnaryOp: return pure(expr.as<ast::UnaryOp>().operand);
    case K::kCall: {
      const auto& c = expr.as<ast::Call>();
      if (!pure(c.func)) return false;
      for (const ast::ExprPtr& a : c.args) {
        if (a->kind == K::kStarred || !pure(a)) return false;
      }
      for (const ast::Keyword& k : c.keywords) {
        if (!pure(k.value)) return false;
      }
      return true;
    }
    default: return false;
  }
}

}  // namespace

bool CodeGenerator::is_fast_local(const ast::Expr& expr) {
  if (expr.kind != ast::ExprKind::kName || !scope()->is_function_like()) return false;
  const std::string& id = expr.as<ast::Name>().id;
  return id != "__debug__" && scope()->binding_of(mangle(id)) == Binding::kLocal;
}

bool CodeGenerator::reloadable_for_store(const ast::Expr& target, const ast::Expr& value) {
  // (A constant index or a local one: `a[i]` reads the same a and i again.)
  if (!cannot_rebind_locals(value)) return false;
  if (target.kind == ast::ExprKind::kAttribute) return is_fast_local(*target.as<ast::Attribute>().value);
  const auto& s = target.as<ast::Subscript>();
  return is_fast_local(*s.value) &&
         (s.slice->kind == ast::ExprKind::kConstant || is_fast_local(*s.slice));
}

void CodeGenerator::compile_aug_assign(const ast::AugAssign& assign) {
  const ast::Expr& target = *assign.target;
  const Opcode op = inplace_opcode(assign.op);
  using K = ast::ExprKind;
  switch (target.kind) {
    case K::kName:
      name_operation(target.as<ast::Name>().id, ast::Context::kLoad);
      compile_expression(*assign.value);
      emit(op);
      name_operation(target.as<ast::Name>().id, ast::Context::kStore);
      break;
    case K::kAttribute: {
      const auto& a = target.as<ast::Attribute>();
      const uint32_t name = out().add_name(mangle(a.attr));
      if (reloadable_for_store(target, *assign.value)) {
        // self.count += 1 with self a local the value cannot rebind: self is
        // loaded again for the store instead of kept under the value
        // (COPY, SWAP), which the evaluation order cannot tell apart.
        compile_expression(*a.value);
        {
          LocationScope location(out(), target.loc);
          emit(Opcode::LOAD_ATTR, name);
        }
        compile_expression(*assign.value);
        emit(op);
        compile_expression(*a.value);
        LocationScope location(out(), target.loc);
        emit(Opcode::STORE_ATTR, name);
        break;
      }
      compile_expression(*a.value);
      emit(Opcode::COPY, 1);
      {
        LocationScope location(out(), target.loc);
        emit(Opcode::LOAD_ATTR, name);
      }
      compile_expression(*assign.value);
      emit(op);
      emit(Opcode::SWAP, 2);
      LocationScope location(out(), target.loc);
      emit(Opcode::STORE_ATTR, name);
      break;
    }
    case K::kSubscript: {
      const auto& s = target.as<ast::Subscript>();
      compile_expression(*s.value);
      if (s.slice->kind == K::kSlice) {
        // [container, start, stop(, step)] stays for the store; a copy of it
        // is sliced, the operator applied, and the result moved under it.
        const uint32_t parts = compile_slice_parts(s.slice->as<ast::Slice>());
        for (uint32_t i = 0; i <= parts; ++i) emit(Opcode::COPY, parts + 1);
        {
          LocationScope location(out(), target.loc);
          emit(Opcode::BINARY_SLICE, parts);
        }
        compile_expression(*assign.value);
        emit(op);
        for (uint32_t depth = parts + 2; depth >= 2; --depth) emit(Opcode::SWAP, depth);
        LocationScope location(out(), target.loc);
        emit(Opcode::STORE_SLICE, parts);
      } else if (reloadable_for_store(target, *assign.value)) {
        // b[3] -= dx * m with local b (and a local or constant index): as
        // for attributes, the container and index are loaded again for the
        // store.
        compile_expression(*s.slice);
        {
          LocationScope location(out(), target.loc);
          emit(Opcode::BINARY_SUBSCR);
        }
        compile_expression(*assign.value);
        emit(op);
        compile_expression(*s.value);
        compile_expression(*s.slice);
        LocationScope location(out(), target.loc);
        emit(Opcode::STORE_SUBSCR);
      } else {
        compile_expression(*s.slice);
        emit(Opcode::COPY, 2);
        emit(Opcode::COPY, 2);
        {
          LocationScope location(out(), target.loc);
          emit(Opcode::BINARY_SUBSCR);
        }
        compile_expression(*assign.value);
        emit(op);
        emit(Opcode::SWAP, 3);
        emit(Opcode::SWAP, 2);
        LocationScope location(out(), target.loc);
        emit(Opcode::STORE_SUBSCR);
      }
      break;
    }
    default: fail("illegal expression for augmented assignment", target.loc);
  }
}

void CodeGenerator::compile_ann_assign(const ast::AnnAssign& assign) {
  if (assign.value) {
    compile_expression(*assign.value);
    compile_store(*assign.target);
  }
  if (scope()->is_function_like()) return;  // local annotations are not evaluated
  if (assign.target->kind == ast::ExprKind::kName && assign.simple) {
    compile_annotation(*assign.annotation);
    emit(Opcode::LOAD_NAME, out().add_name("__annotations__"));
    emit_constant(str_value(rt_, mangle(assign.target->as<ast::Name>().id)));
    emit(Opcode::STORE_SUBSCR);
  } else if (!future_.annotations) {
    compile_expression(*assign.annotation);
    emit(Opcode::POP_TOP);
  }
}

// An annotation's value: the expression, or under `from __future__ import
// annotations` its source text, unevaluated (PEP 563).
void CodeGenerator::compile_annotation(const ast::Expr& annotation) {
  if (future_.annotations) {
    emit_constant(str_value(rt_, unparse_expression(annotation)));
  } else {
    compile_expression(annotation);
  }
}

void CodeGenerator::compile_delete(const ast::Expr& target) {
  LocationScope location(out(), target.loc);
  using K = ast::ExprKind;
  switch (target.kind) {
    case K::kName: name_operation(target.as<ast::Name>().id, ast::Context::kDel); break;
    case K::kAttribute:
      compile_expression(*target.as<ast::Attribute>().value);
      emit(Opcode::DELETE_ATTR, out().add_name(mangle(target.as<ast::Attribute>().attr)));
      break;
    case K::kSubscript:
      compile_expression(*target.as<ast::Subscript>().value);
      compile_expression(*target.as<ast::Subscript>().slice);
      emit(Opcode::DELETE_SUBSCR);
      break;
    case K::kTuple:
      for (const auto& e : target.as<ast::Tuple>().elts) compile_delete(*e);
      break;
    case K::kList:
      for (const auto& e : target.as<ast::List>().elts) compile_delete(*e);
      break;
    default: fail("cannot delete expression", target.loc); break;
  }
}

void CodeGenerator::compile_if(const ast::If& node) {
  const Label otherwise = out().new_label();
  const Label end = out().new_label();
  compile_jump_if(*node.test, false, otherwise);
  compile_body(node.body);
  if (!node.orelse.empty()) {
    // On the body's last line, as CPython 3.11: leaving the body is no new line.
    LocationScope body_end(out(), out().last_location());
    if (out().reachable()) out().emit_jump(Opcode::JUMP, end);
    out().bind(otherwise);
    compile_body(node.orelse);
  } else {
    out().bind(otherwise);
  }
  out().bind(end);
}

void CodeGenerator::compile_while(const ast::While& node) {
  const Label loop = out().new_label();
  const Label otherwise = out().new_label();
  const Label end = out().new_label();
  out().bind(loop);
  compile_jump_if(*node.test, false, otherwise);
  unit().blocks.push_back({BlockKind::kWhileLoop, loop, end, nullptr, "", 0});
  compile_body(node.body);
  unit().blocks.pop_back();
  emit_loop_back_edge(loop);
  out().bind(otherwise);
  compile_body(node.orelse);
  out().bind(end);
}

void CodeGenerator::emit_loop_back_edge(Label loop) {
  if (!out().reachable()) return;
  // On the body's last line, as CPython 3.11's (tracers report no line
  // for a jump back: observer_hook.cpp).
  LocationScope location(out(), out().last_location());
  out().emit_jump(Opcode::JUMP, loop);
}

void CodeGenerator::compile_for(const ast::For& node, const ast::Location& location) {
  if (node.is_async && !check_in_async_function("async for", location)) return;
  compile_iterable(*node.iter);
  emit(node.is_async ? Opcode::GET_AITER : Opcode::GET_ITER);
  const Label start = out().new_label();
  const Label cleanup = out().new_label();
  const Label end = out().new_label();
  out().bind(start);
  int exception_depth = 0;
  if (node.is_async) {
    exception_depth = emit_async_for_next(cleanup);
  } else {
    out().emit_jump(Opcode::FOR_ITER, cleanup);
  }
  compile_store(*node.target);
  unit().blocks.push_back({BlockKind::kForLoop, start, end, nullptr, "", 0});
  compile_body(node.body);
  unit().blocks.pop_back();
  emit_loop_back_edge(start);
  out().bind(cleanup);
  if (node.is_async) {
    out().set_depth(exception_depth);
    emit(Opcode::END_ASYNC_FOR);
  }
  compile_body(node.orelse);
  out().bind(end);
}

int CodeGenerator::emit_async_for_next(Label end) {
  CodeBuilder& b = out();
  const int depth = b.depth();  // [..., async iterator]
  b.push_handler(end, depth);
  emit(Opcode::GET_ANEXT);
  emit_yield_from_loop();
  b.pop_handler();
  return depth + 1;
}

void CodeGenerator::unwind_block(const Block& block, bool preserve_top) {
  switch (block.kind) {
    case BlockKind::kWhileLoop:
    case BlockKind::kTryExcept:
    case BlockKind::kExceptStar: break;  // (never left: leaves_except_star)
    case BlockKind::kForLoop:
      if (preserve_top) emit(Opcode::SWAP, 2);
      emit(Opcode::POP_TOP);
      break;
    case BlockKind::kFinallyTry: compile_body(*block.finally_body); break;
    case BlockKind::kFinallyEnd:
      if (preserve_top) emit(Opcode::SWAP, 2);
      emit(Opcode::POP_TOP);  // the exception
      if (preserve_top) emit(Opcode::SWAP, 2);
      emit(Opcode::POP_EXCEPT);
      break;
    case BlockKind::kHandlerCleanup:
      if (preserve_top) emit(Opcode::SWAP, 2);
      emit(Opcode::POP_EXCEPT);
      if (!block.handler_name.empty()) {
        emit_none();
        name_operation(block.handler_name, ast::Context::kStore);
        name_operation(block.handler_name, ast::Context::kDel);
      }
      break;
    case BlockKind::kWith:
    case BlockKind::kAsyncWith:
      if (preserve_top) emit(Opcode::SWAP, 2);
      emit_none();
      emit_none();
      emit_none();
      emit(Opcode::CALL, 3);
      if (block.kind == BlockKind::kAsyncWith) emit_await(2);
      emit(Opcode::POP_TOP);
      break;
  }
}

void CodeGenerator::unwind_blocks(size_t stop_at, bool preserve_top, const std::function<void()>& leave) {
  // The blocks being left are taken off (with their handler regions) while
  // their cleanup and the leaving instructions are emitted, and put back
  // afterwards: the code that follows in the source is still inside them.
  std::vector<Block> left;
  std::vector<int> closed_regions;
  std::vector<Block>& blocks = unit().blocks;
  while (blocks.size() > stop_at && !failed()) {
    Block block = blocks.back();
    blocks.pop_back();
    for (int i = 0; i < block.regions; ++i) closed_regions.push_back(out().pop_handler());
    unwind_block(block, preserve_top);
    left.push_back(std::move(block));
  }
  if (!failed()) {
    // After an inlined finally body, leaving is on its last line, as
    // CPython 3.11's (a `return` in `try` reports the finally's line).
    const bool ran_finally = std::any_of(left.begin(), left.end(),
                                         [](const Block& b) { return b.kind == BlockKind::kFinallyTry; });
    std::optional<LocationScope> finally_end;
    if (ran_finally) finally_end.emplace(out(), out().last_location());
    leave();
  }
  for (auto it = closed_regions.rbegin(); it != closed_regions.rend(); ++it) out().restore_handler(*it);
  for (auto it = left.rbegin(); it != left.rend(); ++it) blocks.push_back(std::move(*it));
}

void CodeGenerator::compile_break(const ast::Location& location) {
  std::vector<Block>& blocks = unit().blocks;
  size_t loop = blocks.size();
  while (loop > 0 && blocks[loop - 1].kind != BlockKind::kWhileLoop &&
         blocks[loop - 1].kind != BlockKind::kForLoop) {
    --loop;
  }
  if (leaves_except_star(loop, location)) return;
  if (loop == 0) {
    fail("'break' outside loop", location);
    return;
  }
  const Block target = blocks[loop - 1];
  unwind_blocks(loop, false, [&] {
    if (target.kind == BlockKind::kForLoop) emit(Opcode::POP_TOP);  // the iterator
    out().emit_jump(Opcode::JUMP, target.exit_target);
  });
}

void CodeGenerator::compile_continue(const ast::Location& location) {
  std::vector<Block>& blocks = unit().blocks;
  size_t loop = blocks.size();
  while (loop > 0 && blocks[loop - 1].kind != BlockKind::kWhileLoop &&
         blocks[loop - 1].kind != BlockKind::kForLoop) {
    --loop;
  }
  if (leaves_except_star(loop, location)) return;
  if (loop == 0) {
    fail("'continue' not properly in loop", location);
    return;
  }
  const Label target = blocks[loop - 1].continue_target;
  // The statement's own line, as CPython 3.11: a jump back reports none.
  emit(Opcode::NOP);
  unwind_blocks(loop, false, [&] { out().emit_jump(Opcode::JUMP, target); });
}

void CodeGenerator::compile_return(const ast::Return& node, const ast::Location& location) {
  if (!scope()->is_function_like()) {
    fail("'return' outside function", location);
    return;
  }
  if (node.value && scope()->is_coroutine && scope()->is_generator) {
    fail("'return' with value in async generator", location);
    return;
  }
  if (node.value) {
    compile_expression(*node.value);
  } else {
    emit_none();
  }
  // CPython reports it at a constant value on the statement's line (where
  // its compiler is when it unwinds), else at the statement.
  const bool at_value = node.value && node.value->loc.line == location.line && folds_to_constant(*node.value);
  if (leaves_except_star(0, at_value ? node.value->loc : location)) return;
  unwind_blocks(0, true, [&] { emit(Opcode::RETURN_VALUE); });
}

bool CodeGenerator::leaves_except_star(size_t stop_at, const ast::Location& location) {
  const std::vector<Block>& blocks = unit().blocks;
  for (size_t i = stop_at; i < blocks.size(); ++i) {
    if (blocks[i].kind == BlockKind::kExceptStar) {
      fail("'break', 'continue' and 'return' cannot appear in an except* block", location);
      return true;
    }
  }
  return false;
}

void CodeGenerator::compile_raise(const ast::Raise& node) {
  uint32_t count = 0;
  if (node.exc) {
    compile_expression(*node.exc);
    ++count;
    if (node.cause) {
      compile_expression(*node.cause);
      ++count;
    }
  }
  emit(Opcode::RAISE_VARARGS, count);
}

void CodeGenerator::compile_try(const ast::Try& node) {
  // The `try:` line gets an instruction of its own, as in CPython 3.11, so
  // that a tracer sees the line run.
  emit(Opcode::NOP);
  if (!node.finalbody.empty()) {
    compile_try_finally(node);
  } else {
    compile_try_except(node);
  }
}

void CodeGenerator::compile_try_except(const ast::Try& node) {
  if (node.star) {
    compile_try_star(node);
    return;
  }
  CodeBuilder& b = out();
  const int depth = b.depth();
  const Label handler = b.new_label();
  const Label otherwise = b.new_label();
  const Label end = b.new_label();
  b.push_handler(handler, depth);
  unit().blocks.push_back({BlockKind::kTryExcept, -1, -1, nullptr, "", 1});
  compile_body(node.body);
  unit().blocks.pop_back();
  b.pop_handler();
  // The jump over the handlers and the handlers' first instruction stay on
  // the body's last line (CPython 3.11's line events).
  LocationScope body_end(b, b.last_location());
  if (b.reachable()) b.emit_jump(Opcode::JUMP, otherwise);

  // The handler: [..., exc] -> PUSH_EXC_INFO -> [..., previous, exc].
  b.bind(handler);
  b.set_depth(depth + 1);
  emit(Opcode::PUSH_EXC_INFO);
  const Label cleanup = b.new_label();
  b.push_handler(cleanup, depth + 1);
  for (const auto& clause : node.handlers) {
    if (failed()) return;
    LocationScope location(b, clause.loc);
    const Label next = b.new_label();
    if (clause.type) {
      compile_expression(*clause.type);
      emit(Opcode::CHECK_EXC_MATCH);
      b.emit_jump(Opcode::POP_JUMP_IF_FALSE, next);
    }
    if (!clause.name.empty()) {
      name_operation(clause.name, ast::Context::kStore);
      // The `as` name is unbound when the clause ends, however it ends.
      const Label named_cleanup = b.new_label();
      b.push_handler(named_cleanup, depth + 1);
      unit().blocks.push_back({BlockKind::kHandlerCleanup, -1, -1, nullptr, clause.name, 2});
      compile_body(clause.body);
      unit().blocks.pop_back();
      b.pop_handler();
      if (b.reachable()) {
        // Leaving the clause: the previous exception comes off the stack, so
        // what follows is outside the cleanup handler. (On the body's last
        // line, as CPython 3.11: leaving is no new line.)
        LocationScope clause_end(b, b.last_location());
        const int cleanup_region = b.pop_handler();
        emit(Opcode::POP_EXCEPT);
        emit_none();
        name_operation(clause.name, ast::Context::kStore);
        name_operation(clause.name, ast::Context::kDel);
        b.emit_jump(Opcode::JUMP, end);
        b.restore_handler(cleanup_region);
      }
      b.bind(named_cleanup);
      b.set_depth(depth + 2);
      emit_none();
      name_operation(clause.name, ast::Context::kStore);
      name_operation(clause.name, ast::Context::kDel);
      emit(Opcode::RERAISE);
    } else {
      emit(Opcode::POP_TOP);
      unit().blocks.push_back({BlockKind::kHandlerCleanup, -1, -1, nullptr, "", 1});
      compile_body(clause.body);
      unit().blocks.pop_back();
      if (b.reachable()) {
        LocationScope clause_end(b, b.last_location());
        const int cleanup_region = b.pop_handler();
        emit(Opcode::POP_EXCEPT);
        b.emit_jump(Opcode::JUMP, end);
        b.restore_handler(cleanup_region);
      }
    }
    b.bind(next);
  }
  if (b.reachable()) emit(Opcode::RERAISE);  // no clause matched
  b.pop_handler();
  // Cleanup: an exception from a clause restores the previous handled
  // exception and continues outward.
  b.bind(cleanup);
  b.set_depth(depth + 2);
  emit(Opcode::SWAP, 2);
  emit(Opcode::POP_EXCEPT);
  emit(Opcode::RERAISE);
  b.bind(otherwise);
  compile_body(node.orelse);
  b.bind(end);
}

namespace {

// The location of code no source line stands for (line 0: CPython's "no
// location"): a tracer reports no line event for it, so the clause that
// runs next reports its own line whichever way it was reached.
const ast::Location kNoLine{};

}  // namespace

// try/except* (PEP 654), as CPython 3.11 compiles it. The handler keeps
// [previous, original, raised, rest] on the stack: the exception caught,
// a list of what the clauses raise (and, last, what none matched), and the
// part of the exception no clause has matched yet. Each clause takes its
// part with CHECK_EG_MATCH; PREP_RERAISE_STAR raises what is left.
void CodeGenerator::compile_try_star(const ast::Try& node) {
  CodeBuilder& b = out();
  const int depth = b.depth();
  const Label handler = b.new_label();
  const Label otherwise = b.new_label();
  const Label end = b.new_label();
  b.push_handler(handler, depth);
  unit().blocks.push_back({BlockKind::kTryExcept, -1, -1, nullptr, "", 1});
  compile_body(node.body);
  unit().blocks.pop_back();
  b.pop_handler();
  LocationScope body_end(b, b.last_location());
  if (b.reachable()) b.emit_jump(Opcode::JUMP, otherwise);

  // The handler: [..., exc] -> PUSH_EXC_INFO -> [..., previous, exc].
  b.bind(handler);
  b.set_depth(depth + 1);
  emit(Opcode::PUSH_EXC_INFO);
  const Label cleanup = b.new_label();
  b.push_handler(cleanup, depth + 1);
  unit().blocks.push_back({BlockKind::kExceptStar, -1, -1, nullptr, "", 0});
  for (size_t i = 0; i < node.handlers.size(); ++i) {
    if (failed()) return;
    const ast::ExceptHandler& clause = node.handlers[i];
    LocationScope location(b, clause.loc);
    if (i == 0) {
      // [previous, exc] -> [previous, original, raised, rest]
      emit(Opcode::COPY, 1);
      emit(Opcode::BUILD_LIST, 0);
      emit(Opcode::SWAP, 2);
    }
    const Label next = b.new_label();
    compile_expression(*clause.type);
    // [..., rest, T] -> [..., rest, match], or [..., rest] at `next`
    b.emit_jump(Opcode::CHECK_EG_MATCH, next);
    if (clause.name.empty()) {
      emit(Opcode::POP_TOP);
    } else {
      name_operation(clause.name, ast::Context::kStore);
    }
    // What the clause raises goes into the list; the `as` name is unbound
    // when the clause ends, however it ends.
    const Label clause_raised = b.new_label();
    b.push_handler(clause_raised, depth + 4);
    compile_body(clause.body);
    b.pop_handler();
    if (b.reachable()) {
      LocationScope clause_end(b, b.last_location());
      if (!clause.name.empty()) {
        emit_none();
        name_operation(clause.name, ast::Context::kStore);
        name_operation(clause.name, ast::Context::kDel);
      }
      b.emit_jump(Opcode::JUMP, next);
    }
    {
      // (No line of its own, as CPython's: see kNoLine.)
      LocationScope no_line(b, kNoLine);
      b.bind(clause_raised);
      b.set_depth(depth + 5);
      if (!clause.name.empty()) {
        emit_none();
        name_operation(clause.name, ast::Context::kStore);
        name_operation(clause.name, ast::Context::kDel);
      }
      emit(Opcode::LIST_APPEND, 2);
    }
    b.bind(next);
  }
  unit().blocks.pop_back();
  {
    // [previous, original, raised, rest] -> [previous]; raises what is left.
    LocationScope no_line(b, kNoLine);
    emit(Opcode::LIST_APPEND, 1);
    emit(Opcode::PREP_RERAISE_STAR);
    b.pop_handler();
    emit(Opcode::POP_EXCEPT);
    b.emit_jump(Opcode::JUMP, end);
  }
  // Cleanup: an exception from the clauses' machinery (the type of a
  // clause, what PREP_RERAISE_STAR raises) restores the previous handled
  // exception and continues outward.
  b.bind(cleanup);
  b.set_depth(depth + 2);
  emit(Opcode::SWAP, 2);
  emit(Opcode::POP_EXCEPT);
  emit(Opcode::RERAISE);
  b.bind(otherwise);
  compile_body(node.orelse);
  b.bind(end);
}

void CodeGenerator::compile_try_finally(const ast::Try& node) {
  CodeBuilder& b = out();
  const int depth = b.depth();
  const Label finally_exception = b.new_label();
  const Label end = b.new_label();
  b.push_handler(finally_exception, depth);
  unit().blocks.push_back({BlockKind::kFinallyTry, -1, -1, &node.finalbody, "", 1});
  if (!node.handlers.empty()) {
    compile_try_except(node);
  } else {
    compile_body(node.body);
  }
  unit().blocks.pop_back();
  b.pop_handler();
  // The normal path runs the finally body inline.
  if (b.reachable()) {
    compile_body(node.finalbody);
    LocationScope finally_end(b, b.last_location());
    if (b.reachable()) b.emit_jump(Opcode::JUMP, end);
  }
  // The exception path: [..., exc] -> [..., previous, exc], finally body, re-raise.
  b.bind(finally_exception);
  b.set_depth(depth + 1);
  emit(Opcode::PUSH_EXC_INFO);
  const Label cleanup = b.new_label();
  b.push_handler(cleanup, depth + 1);
  unit().blocks.push_back({BlockKind::kFinallyEnd, -1, -1, nullptr, "", 1});
  compile_body(node.finalbody);
  unit().blocks.pop_back();
  if (b.reachable()) {
    LocationScope finally_end(b, b.last_location());
    emit(Opcode::RERAISE);
  }
  b.pop_handler();
  b.bind(cleanup);
  b.set_depth(depth + 2);
  emit(Opcode::SWAP, 2);
  emit(Opcode::POP_EXCEPT);
  emit(Opcode::RERAISE);
  b.bind(end);
}

void CodeGenerator::compile_with(const ast::With& node, size_t item) {
  CodeBuilder& b = out();
  const ast::WithItem& with_item = node.items[item];
  compile_expression(*with_item.context_expr);
  const int depth = b.depth() - 1;  // below the manager
  if (node.is_async) {
    emit(Opcode::BEFORE_ASYNC_WITH);  // [exit, awaitable]
    emit_await(1);
  } else {
    emit(Opcode::BEFORE_WITH);  // [exit, entered]
  }
  const Label exceptional = b.new_label();
  const Label end = b.new_label();
  b.push_handler(exceptional, depth + 1);
  unit().blocks.push_back({node.is_async ? BlockKind::kAsyncWith : BlockKind::kWith, -1, -1, nullptr, "", 1});
  if (with_item.optional_vars) {
    compile_store(*with_item.optional_vars);
  } else {
    emit(Opcode::POP_TOP);
  }
  if (item + 1 < node.items.size()) {
    compile_with(node, item + 1);
  } else {
    compile_body(node.body);
  }
  unit().blocks.pop_back();
  b.pop_handler();
  if (b.reachable()) {
    emit_none();
    emit_none();
    emit_none();
    emit(Opcode::CALL, 3);
    if (node.is_async) emit_await(2);
    emit(Opcode::POP_TOP);
    b.emit_jump(Opcode::JUMP, end);
  }
  // [exit, exc]: call exit(type, exc, tb); a true result swallows the exception.
  b.bind(exceptional);
  b.set_depth(depth + 2);
  emit(Opcode::PUSH_EXC_INFO);  // [exit, previous, exc]
  const Label cleanup = b.new_label();
  const Label suppress = b.new_label();
  b.push_handler(cleanup, depth + 2);
  emit(Opcode::WITH_EXCEPT_START);
  if (node.is_async) emit_await(2);
  b.emit_jump(Opcode::POP_JUMP_IF_TRUE, suppress);
  emit(Opcode::RERAISE);
  b.bind(suppress);
  b.pop_handler();
  emit(Opcode::POP_TOP);
  emit(Opcode::POP_EXCEPT);
  emit(Opcode::POP_TOP);
  b.emit_jump(Opcode::JUMP, end);
  b.bind(cleanup);
  b.set_depth(depth + 3);
  emit(Opcode::SWAP, 2);
  emit(Opcode::POP_EXCEPT);
  emit(Opcode::RERAISE);
  b.bind(end);
}

namespace {

// The comparison whose location CPython 3.11 leaves on an assert's raising
// instructions (so that a traceback marks it): the last one its condition's
// jumps test, through `not`, `and`/`or` and `if`-`else`; null if none.
const ast::Expr* last_tested_comparison(const ast::Expr& test) {
  switch (test.kind) {
    case ast::ExprKind::kCompare:
      return &test;
    case ast::ExprKind::kUnaryOp: {
      const auto& unary = test.as<ast::UnaryOp>();
      return unary.op == ast::UnaryOperator::kNot ? last_tested_comparison(*unary.operand) : nullptr;
    }
    case ast::ExprKind::kBoolOp: {
      const ast::Expr* last = nullptr;
      for (const auto& value : test.as<ast::BoolOp>().values) {
        if (const ast::Expr* found = last_tested_comparison(*value)) last = found;
      }
      return last;
    }
    case ast::ExprKind::kIfExp: {
      const auto& if_exp = test.as<ast::IfExp>();
      const ast::Expr* last = nullptr;
      for (const ast::Expr* part : {if_exp.test.get(), if_exp.body.get(), if_exp.orelse.get()}) {
        if (const ast::Expr* found = last_tested_comparison(*part)) last = found;
      }
      return last;
    }
    default:
      return nullptr;
  }
}

}  // namespace

void CodeGenerator::compile_assert(const ast::Assert& node) {
  if (rt_.optimize_level > 0) return;  // -O compiles asserts away
  const Label end = out().new_label();
  compile_jump_if(*node.test, true, end);
  const ast::Expr* comparison = last_tested_comparison(*node.test);
  std::optional<LocationScope> location;
  if (comparison != nullptr) location.emplace(out(), comparison->loc);
  emit(Opcode::LOAD_ASSERTION_ERROR);
  if (node.msg) {
    compile_expression(*node.msg);
    emit(Opcode::CALL, 1);
  }
  emit(Opcode::RAISE_VARARGS, 1);
  out().bind(end);
}

void CodeGenerator::compile_import(const ast::Import& node) {
  for (const auto& alias : node.names) {
    LocationScope location(out(), alias.loc);
    emit_constant(Value::small_int(0));
    emit_none();
    emit(Opcode::IMPORT_NAME, out().add_name(alias.name));
    if (alias.asname.empty()) {
      name_operation(alias.name.substr(0, alias.name.find('.')), ast::Context::kStore);
      continue;
    }
    // `import a.b.c as x` binds the innermost module.
    size_t start = alias.name.find('.');
    while (start != std::string::npos) {
      const size_t next = alias.name.find('.', start + 1);
      emit(Opcode::IMPORT_FROM, out().add_name(alias.name.substr(start + 1, next == std::string::npos ? std::string::npos : next - start - 1)));
      emit(Opcode::SWAP, 2);
      emit(Opcode::POP_TOP);
      start = next;
    }
    name_operation(alias.asname, ast::Context::kStore);
  }
}

void CodeGenerator::compile_import_from(const ast::ImportFrom& node) {
  emit_constant(Value::small_int(node.level));
  Ref<Tuple> names = allocate_tuple(rt_, node.names.size());
  for (size_t i = 0; i < node.names.size(); ++i) (*names)[i] = str_value(rt_, node.names[i].name);
  emit_constant(Value(names));
  emit(Opcode::IMPORT_NAME, out().add_name(node.module));
  if (node.names.size() == 1 && node.names[0].name == "*") {
    emit(Opcode::IMPORT_STAR);
    return;
  }
  for (const auto& alias : node.names) {
    LocationScope location(out(), alias.loc);
    emit(Opcode::IMPORT_FROM, out().add_name(alias.name));
    name_operation(alias.asname.empty() ? alias.name : alias.asname, ast::Context::kStore);
  }
  emit(Opcode::POP_TOP);
}

}  // namespace pyvm
