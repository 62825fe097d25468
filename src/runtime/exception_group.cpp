// SPDX-License-Identifier: GPL-3.0-or-later
// BaseExceptionGroup and ExceptionGroup (see exception_group.h), after
// CPython 3.11's Objects/exceptions.c: the constructor picks ExceptionGroup
// when it can and refuses what CPython refuses; split() and subgroup()
// rebuild the nested structure through derive(), copying the traceback,
// __cause__, __context__ and __notes__ of each group they rebuild; and the
// except* helpers the interpreter calls.
#include "runtime/exception_group.h"

#include <unordered_set>
#include <vector>

#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/gc.h"
#include "runtime/generic_alias.h"
#include "runtime/list.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

Value or_none(const Value& v) { return v.is_null() ? Value::none() : v; }

bool is_exception_class(Runtime& rt, const Value& v) {
  return rt.type_of(v)->has_flag(kTypeTypeSubclass) && v.as<Type>()->has_flag(kTypeExceptionSubclass);
}

// CPython's PySequence_Check: indexable, and not a mapping.
bool is_sequence(Runtime& rt, const Value& v) {
  const Type* type = rt.type_of(v);
  return type->getitem != nullptr && !type->has_flag(kTypeDictSubclass) && type != rt.mapping_proxy_type;
}

// ---------------------------------------------------------------- the type

Value group_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  // Keywords are left to __init__, which refuses them.
  const size_t positional = nargs - tuple_size(kwnames);
  if (positional != 2) {
    return rt.raise(Exc::kTypeError,
                    cat("BaseExceptionGroup.__new__() takes exactly 2 arguments (", positional, " given)"));
  }
  if (!is_str(args[0])) {
    return rt.raise(Exc::kTypeError, cat("BaseExceptionGroup.__new__() argument 1 must be str, not ",
                                         argument_type_name(rt, args[0])));
  }
  if (!is_sequence(rt, args[1])) {
    return rt.raise(Exc::kTypeError, "second argument (exceptions) must be a sequence");
  }
  Value exceptions = tuple_from_iterable(rt, args[1]);
  if (exceptions.is_null()) return Value();
  const Tuple* items = as_tuple(exceptions);
  if (items->size == 0) {
    return rt.raise(Exc::kValueError, "second argument (exceptions) must be a non-empty sequence");
  }
  bool nests_base_exceptions = false;
  for (size_t i = 0; i < items->size; ++i) {
    if (!is_exception((*items)[i])) {
      return rt.raise(Exc::kValueError,
                      cat("Item ", i, " of second argument (exceptions) is not an exception"));
    }
    if (!is_instance(rt, (*items)[i], rt.exception_type(Exc::kException))) nests_base_exceptions = true;
  }
  Type* exception_group = rt.exception_type(Exc::kExceptionGroup);
  if (type == exception_group) {
    if (nests_base_exceptions) return rt.raise(Exc::kTypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (type == rt.exception_type(Exc::kBaseExceptionGroup)) {
    if (!nests_base_exceptions) type = exception_group;
  } else if (nests_base_exceptions && is_subtype(type, rt.exception_type(Exc::kException))) {
    return rt.raise(Exc::kTypeError, cat("Cannot nest BaseExceptions in '", type->name->view(), "'"));
  }
  auto* group = new_object<ExceptionGroupObject>(rt.gc, type, type->instance_size - sizeof(ExceptionGroupObject));
  Value owned = Value::steal(group);  // (owned before anything else allocates)
  group->args = make_tuple_from(rt, std::span<const Value>(args, positional));
  group->traceback = Value::none();
  group->context = Value::none();
  group->cause = Value::none();
  group->message = args[0];
  group->exceptions = std::move(exceptions);
  return owned;
}

// BaseException's __init__ with CPython's BaseExceptionGroup_init message
// for keywords (the type's own name).
bool group_init(Runtime& rt, const Value& self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, type_name(rt, self), kwnames)) return false;
  as_exception(self)->args = make_tuple_from(rt, std::span<const Value>(args, nargs));
  return true;
}

void group_traverse(Object* self, VisitFn visit, void* context) {
  auto* g = static_cast<ExceptionGroupObject*>(self);
  for (const Value* v : {&g->dict, &g->args, &g->traceback, &g->context, &g->cause, &g->message, &g->exceptions}) {
    if (v->is_object()) visit(v->as_object(), context);
  }
}

void group_clear(Object* self) {
  auto* g = static_cast<ExceptionGroupObject*>(self);
  // Moved out first: dropping a reference may run code that looks at the group.
  Value a = std::move(g->dict), b = std::move(g->args), c = std::move(g->traceback),
        d = std::move(g->context), e = std::move(g->cause), f = std::move(g->message),
        h = std::move(g->exceptions);
}

// "message (2 sub-exceptions)"
Value group_str(Runtime& rt, const Value& self) {
  const ExceptionGroupObject* group = as_exception_group(self);
  std::string out;
  if (!str_text(rt, group->message, &out)) return Value();
  const size_t count = tuple_size(group->exceptions.is_null() ? nullptr : as_tuple(group->exceptions));
  out += cat(" (", count, " sub-exception", count > 1 ? "s)" : ")");
  return make_str(rt, out);
}

Value message_get(Runtime&, const Value& self) { return or_none(as_exception_group(self)->message); }
Value exceptions_get(Runtime&, const Value& self) { return or_none(as_exception_group(self)->exceptions); }
// Read-only members, with the members' message.
bool readonly_set(Runtime& rt, const Value&, const Value&) {
  rt.raise(Exc::kAttributeError, "readonly attribute");
  return false;
}

// ------------------------------------------------------------------ split

// What split() and subgroup() test each exception with.
struct Matcher {
  enum Kind { kType, kPredicate, kInstances } kind = kType;
  Value value;  // kType: a class or a tuple of classes; kPredicate: a function
  const std::unordered_set<const Object*>* instances = nullptr;  // kInstances: leaf exceptions to keep
};

bool matcher_of(Runtime& rt, const Value& value, Matcher* matcher) {
  matcher->value = value;
  if (rt.type_of(value) == rt.function_type) {
    matcher->kind = Matcher::kPredicate;
    return true;
  }
  bool valid = is_exception_class(rt, value);
  if (!valid && rt.type_of(value) == rt.tuple_type) {
    valid = true;
    for (const Value& item : as_tuple(value)->span()) valid = valid && is_exception_class(rt, item);
  }
  if (!valid) {
    rt.raise(Exc::kTypeError, "expected a function, exception type or tuple of exception types");
    return false;
  }
  matcher->kind = Matcher::kType;
  return true;
}

// 1 when `exception` matches, 0 when not, -1 on error.
int matches(Runtime& rt, const Value& exception, const Matcher& matcher) {
  switch (matcher.kind) {
    case Matcher::kType: return exception_matches(rt, rt.type_of(exception), matcher.value);
    case Matcher::kPredicate: {
      Value result = call(rt, matcher.value, &exception, 1);
      return result.is_null() ? -1 : truth(rt, result);
    }
    case Matcher::kInstances: return matcher.instances->count(exception.as_object()) != 0;
  }
  return 0;
}

// A group like `original` holding `exceptions` (original.derive(exceptions),
// with original's traceback, __cause__, __context__ and a copy of its
// __notes__), or null with no error when `exceptions` is empty.
bool derive_subset(Runtime& rt, const Value& original, Ref<List> exceptions, Value* result) {
  *result = Value();
  if (exceptions->items.empty()) return true;
  const Value argument(std::move(exceptions));
  Value group = call_method(rt, original, rt.intern("derive"), &argument, 1);
  if (group.is_null()) return false;
  if (!is_exception_group(rt, group)) {
    rt.raise(Exc::kTypeError, "derive must return an instance of BaseExceptionGroup");
    return false;
  }
  const ExceptionObject* from = as_exception(original);
  ExceptionObject* to = as_exception(group);
  if (!from->traceback.is_none() && !from->traceback.is_null()) to->traceback = from->traceback;
  to->context = or_none(from->context);
  to->cause = or_none(from->cause);  // (setting the cause suppresses the context, as CPython's)
  to->suppress_context = true;
  Value notes = get_attr_optional(rt, original, rt.intern("__notes__"));
  if (notes.is_null()) {
    if (rt.has_error()) return false;
  } else if (is_sequence(rt, notes)) {
    // A copy, so the parts' notes are independent (a notes value that is
    // no sequence is ignored: split() is no place to report it).
    Value copy = list_from_iterable(rt, notes);
    if (copy.is_null() || !set_attr(rt, group, rt.intern("__notes__"), copy)) return false;
  }
  *result = std::move(group);
  return true;
}

// CPython's exceptiongroup_split_recursive: *match and *rest are the parts
// of `exception` that match and do not (null for none; *rest only when
// `with_rest`).
bool split_recursive(Runtime& rt, const Value& exception, const Matcher& matcher, bool with_rest, Value* match,
                     Value* rest) {
  *match = Value();
  *rest = Value();
  const int matched = matches(rt, exception, matcher);
  if (matched < 0) return false;
  if (matched) {
    *match = exception;
    return true;
  }
  if (!is_exception_group(rt, exception)) {
    if (with_rest) *rest = exception;
    return true;
  }
  RecursionGuard guard(rt, " in exceptiongroup_split_recursive");
  if (!guard.ok()) return false;
  const Value exceptions = as_exception_group(exception)->exceptions;  // (kept alive)
  if (exceptions.is_null()) return true;  // (cleared by the collector)
  Ref<List> matching = make_list(rt);
  Ref<List> rest_list = make_list(rt);
  for (const Value& item : as_tuple(exceptions)->span()) {
    Value item_match, item_rest;
    if (!split_recursive(rt, item, matcher, with_rest, &item_match, &item_rest)) return false;
    if (!item_match.is_null()) matching->items.push_back(std::move(item_match));
    if (!item_rest.is_null()) rest_list->items.push_back(std::move(item_rest));
  }
  if (!derive_subset(rt, exception, std::move(matching), match)) return false;
  if (with_rest && !derive_subset(rt, exception, std::move(rest_list), rest)) {
    *match = Value();
    return false;
  }
  return true;
}

Value group_split(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, "BaseExceptionGroup.split", kwnames)) return Value();
  if (!expect_positional(rt, "split", nargs - 1, nullptr, 1, 1)) return Value();
  Matcher matcher;
  if (!matcher_of(rt, args[1], &matcher)) return Value();
  Value match, rest;
  if (!split_recursive(rt, args[0], matcher, true, &match, &rest)) return Value();
  return make_tuple(rt, {or_none(match), or_none(rest)});
}

Value group_subgroup(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, "BaseExceptionGroup.subgroup", kwnames)) return Value();
  if (!expect_positional(rt, "subgroup", nargs - 1, nullptr, 1, 1)) return Value();
  Matcher matcher;
  if (!matcher_of(rt, args[1], &matcher)) return Value();
  Value match, rest;
  if (!split_recursive(rt, args[0], matcher, false, &match, &rest)) return Value();
  return or_none(match);
}

// BaseExceptionGroup(self.message, exceptions): subclasses override it to
// keep their type and extra state in split()'s parts.
Value group_derive(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, "BaseExceptionGroup.derive", kwnames)) return Value();
  if (nargs != 2) {
    return rt.raise(Exc::kTypeError, cat("function takes exactly 1 argument (", nargs - 1, " given)"));
  }
  const Value arguments[] = {or_none(as_exception_group(args[0])->message), args[1]};
  return call(rt, Value::from_object(rt.exception_type(Exc::kBaseExceptionGroup)), arguments, 2);
}

const MethodDef kGroupMethods[] = {
    {"derive", group_derive},
    {"split", group_split},
    {"subgroup", group_subgroup},
};

const GetSetDef kGroupGetSets[] = {
    {"message", message_get, readonly_set},
    {"exceptions", exceptions_get, readonly_set},
};

// ---------------------------------------------------------------- except*

// Adds the leaf (non-group) exceptions of `exception` to `leaves`.
bool collect_leaves(Runtime& rt, const Value& exception, std::unordered_set<const Object*>* leaves) {
  if (!is_exception_group(rt, exception)) {
    leaves->insert(exception.as_object());
    return true;
  }
  RecursionGuard guard(rt, " in collect_exception_group_leaf_ids");
  if (!guard.ok()) return false;
  const Value exceptions = as_exception_group(exception)->exceptions;
  if (exceptions.is_null()) return true;
  for (const Value& item : as_tuple(exceptions)->span()) {
    if (!collect_leaves(rt, item, leaves)) return false;
  }
  return true;
}

// The part of `group` whose leaves are leaves of `keep`'s exceptions, or
// None (CPython's exception_group_projection).
Value project(Runtime& rt, const Value& group, const std::vector<Value>& keep) {
  std::unordered_set<const Object*> leaves;
  for (const Value& exception : keep) {
    if (!collect_leaves(rt, exception, &leaves)) return Value();
  }
  Matcher matcher;
  matcher.kind = Matcher::kInstances;
  matcher.instances = &leaves;
  Value match, rest;
  if (!split_recursive(rt, group, matcher, false, &match, &rest)) return Value();
  return or_none(match);
}

// Whether `a` is `b` re-raised, or a part split from it: the same
// traceback, cause and context objects.
bool same_metadata(const ExceptionObject* a, const ExceptionObject* b) {
  return or_none(a->traceback).is(or_none(b->traceback)) && or_none(a->cause).is(or_none(b->cause)) &&
         or_none(a->context).is(or_none(b->context));
}

}  // namespace

bool has_layout(const Object* object, const ExceptionGroupObject*) {
  return layout_extends(object, object->type->runtime->exception_type(Exc::kBaseExceptionGroup));
}

bool is_exception_group(Runtime& rt, const Value& v) {
  return v.is_object() && layout_extends(v.as_object(), rt.exception_type(Exc::kBaseExceptionGroup));
}

Value make_exception_group(Runtime& rt, std::string_view message, const Value& exceptions) {
  const Value arguments[] = {make_str(rt, message), exceptions};
  return call(rt, Value::from_object(rt.exception_type(Exc::kBaseExceptionGroup)), arguments, 2);
}

bool check_except_star_type(Runtime& rt, const Value& type) {
  const bool is_tuple = rt.type_of(type)->has_flag(kTypeTupleSubclass);
  const std::span<const Value> classes = is_tuple ? as_tuple(type)->span() : std::span<const Value>(&type, 1);
  for (const Value& item : classes) {
    if (!is_exception_class(rt, item)) {
      rt.raise(Exc::kTypeError, "catching classes that do not inherit from BaseException is not allowed");
      return false;
    }
  }
  for (const Value& item : classes) {
    if (is_subtype(item.as<Type>(), rt.exception_type(Exc::kBaseExceptionGroup))) {
      rt.raise(Exc::kTypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
      return false;
    }
  }
  return true;
}

bool except_star_match(Runtime& rt, const Value& exception, const Value& type, Value* match, Value* rest) {
  *match = Value::none();
  *rest = Value::none();
  if (exception.is_none()) return true;  // an earlier clause handled everything
  if (!is_exception(exception)) {
    rt.raise(Exc::kSystemError, "CHECK_EG_MATCH needs an exception or None");
    return false;
  }
  const int matched = exception_matches(rt, rt.type_of(exception), type);
  if (matched < 0) return false;
  if (matched) {
    if (is_exception_group(rt, exception)) {
      *match = exception;
    } else {
      // A naked exception: the clause gets it in a group of its own.
      *match = make_exception_group(rt, "", make_tuple(rt, {exception}));
      if (match->is_null()) return false;
    }
    return true;
  }
  if (!is_exception_group(rt, exception)) return true;
  Value parts = call_method(rt, exception, rt.intern("split"), &type, 1);
  if (parts.is_null()) return false;
  // (CPython trusts split() to return a pair of groups or None.)
  auto usable = [&](const Value& v) { return v.is_none() || is_exception(v); };
  if (rt.type_of(parts) != rt.tuple_type || as_tuple(parts)->size != 2 || !usable((*as_tuple(parts))[0]) ||
      !usable((*as_tuple(parts))[1])) {
    rt.raise(Exc::kTypeError, "split() must return a pair of exceptions or None");
    return false;
  }
  *match = (*as_tuple(parts))[0];
  *rest = (*as_tuple(parts))[1];
  return true;
}

Value prepare_reraise_star(Runtime& rt, const Value& original, const List* raised) {
  // (A copy: the derive() methods called below are the program's code.)
  const std::vector<Value> items(raised->items.begin(), raised->items.end());
  for (const Value& item : items) {
    if (!item.is_none() && !is_exception(item)) {
      return rt.raise(Exc::kSystemError, "PREP_RERAISE_STAR needs exceptions or None");
    }
  }
  if (items.empty()) return Value::none();
  if (!is_exception_group(rt, original)) {
    // A naked exception was caught (and wrapped): one clause at most ran,
    // so there is one exception at most to raise.
    return items[0];
  }
  // What the clauses re-raised (parts of `original`, with its metadata) is
  // raised as one projection of `original`; what they raised anew joins it.
  std::vector<Value> new_exceptions, reraised;
  const ExceptionObject* original_exception = as_exception(original);
  for (const Value& item : items) {
    if (item.is_none()) continue;
    (same_metadata(as_exception(item), original_exception) ? reraised : new_exceptions).push_back(item);
  }
  Value reraised_group = project(rt, original, reraised);
  if (reraised_group.is_null()) return Value();
  if (new_exceptions.empty()) return reraised_group;
  if (!reraised_group.is_none()) new_exceptions.push_back(std::move(reraised_group));
  if (new_exceptions.size() == 1) return new_exceptions[0];
  return make_exception_group(rt, "", make_list(rt, new_exceptions));
}

void init_exception_group_types(Runtime& rt) {
  for (Exc kind : {Exc::kBaseExceptionGroup, Exc::kExceptionGroup}) {
    Type* type = rt.exception_type(kind);
    type->instance_size = sizeof(ExceptionGroupObject);
    type->dealloc = dealloc_object<ExceptionGroupObject>;
    type->new_instance = group_new;
  }
  Type* base = rt.exception_type(Exc::kBaseExceptionGroup);
  base->init = group_init;
  base->traverse = group_traverse;
  base->clear = group_clear;
  base->str = group_str;
  add_methods(rt, base, kGroupMethods);
  add_getsets(rt, base, kGroupGetSets);
  add_class_getitem(rt, base);  // ExceptionGroup[ValueError], as CPython's
}

}  // namespace pyvm
