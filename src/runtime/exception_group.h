// SPDX-License-Identifier: GPL-3.0-or-later
// Exception groups (PEP 654): BaseExceptionGroup and ExceptionGroup, their
// constructor's rules, split/subgroup/derive, and the two steps of an
// `except*` statement the interpreter takes through them (CHECK_EG_MATCH:
// the part of the exception a clause handles; PREP_RERAISE_STAR: what the
// statement raises at its end).
#pragma once

#include <string_view>

#include "runtime/exceptions.h"

namespace pyvm {

struct List;

// The layout of BaseExceptionGroup, ExceptionGroup and their subclasses:
// BaseException's, then the message and the exceptions.
struct ExceptionGroupObject : ExceptionObject {
  Value message;     // a str
  Value exceptions;  // a non-empty tuple of exceptions
};
bool has_layout(const Object* object, const ExceptionGroupObject*);

bool is_exception_group(Runtime& rt, const Value& v);
inline ExceptionGroupObject* as_exception_group(const Value& v) { return v.as<ExceptionGroupObject>(); }

// BaseExceptionGroup(message, exceptions) as CPython's interpreter makes
// one: an ExceptionGroup when every exception is an Exception.
Value make_exception_group(Runtime& rt, std::string_view message, const Value& exceptions);

// `except* T`: T must be an exception class or a tuple of them, and none of
// them an exception group; false with CPython's TypeError otherwise.
bool check_except_star_type(Runtime& rt, const Value& type);

// The part of `exception` an `except* T` clause handles. When something
// matches, *match is it (an exception group: a naked exception is wrapped
// in ExceptionGroup('', (exc,))) and *rest what remains of the group (None
// when nothing does); when nothing matches, *match is None. False with the
// pending exception set (a split() or derive() of the program's failed).
bool except_star_match(Runtime& rt, const Value& exception, const Value& type, Value* match,
                       Value* rest);

// What an `except*` statement raises once its clauses ran: `original` is
// the exception the statement caught, `raised` what each clause raised or
// re-raised and, last, the unhandled rest (None items are skipped). The
// parts re-raised from `original` come back as one group shaped as
// `original` (its own message, traceback, __cause__ and __context__);
// exceptions newly raised join them in an ExceptionGroup('', [...]).
// None when there is nothing to raise, null with the pending exception set.
Value prepare_reraise_star(Runtime& rt, const Value& original, const List* raised);

void init_exception_group_types(Runtime& rt);

}  // namespace pyvm
