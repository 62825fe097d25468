// SPDX-License-Identifier: GPL-3.0-or-later
// Generators (see generator.h): resumption, send/throw/close, delegation
// to a sub-iterator during `yield from`, and PEP 479's rule that a
// StopIteration escaping a generator becomes a RuntimeError.
#include "vm/generator.h"
#include "vm/generator_step.h"

#include <cinttypes>
#include <cstdio>

#include "bytecode/code_object.h"
#include "runtime/arguments.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/exceptions.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/weakref.h"
#include "vm/call.h"
#include "vm/coroutine.h"
#include "vm/frame_object.h"
#include "vm/function.h"
#include "vm/vm.h"
#include "vm/warnings.h"

namespace pyvm {

Generator::~Generator() {
  // A finished generator's frame was cleared when it finished.
  if (state != GeneratorState::kFinished) clear_frame(frame());
  frame()->~Frame();
}

namespace {

// A generator (coroutine, async generator) of `function`, its frame blank.
Value new_generator(VM& vm, Function* function) {
  CodeObject* code = function->code_object();
  GeneratorKind kind = GeneratorKind::kGenerator;
  Type* type = vm.generator_type;
  if (code->has_flag(kCodeCoroutine)) {
    kind = GeneratorKind::kCoroutine;
    type = vm.coroutine_type;
  } else if (code->has_flag(kCodeAsyncGenerator)) {
    kind = GeneratorKind::kAsyncGenerator;
    type = vm.async_generator_type;
  }
  Generator* generator = new_object<Generator>(vm.gc, type, Frame::bytes_for(code));
  generator->kind = kind;
  Value result = Value::steal(generator);
  Frame* frame = ::new (generator->frame()) Frame();
  initialize_frame(frame, code, function);
  frame->generator = generator;
  generator->name = function->name;
  generator->qualname = function->qualname;
  return result;
}

}  // namespace

Value make_generator_for_call(VM& vm, Function* function, Value* args, size_t nargs,
                              Tuple* kwnames) {
  Value result = new_generator(vm, function);
  Generator* generator = result.as<Generator>();
  if (!bind_arguments_to_frame(vm, function, generator->frame(), args, nargs, kwnames)) {
    // Never made, as far as the program can tell: finished already, so that
    // its dealloc warns of no coroutine never awaited.
    generator->state = GeneratorState::kFinished;
    clear_frame(generator->frame());
    return Value();
  }
  return result;
}

Value raise_stop_iteration(VM& vm, const Value& returned) {
  Ref<Tuple> args = returned.is_none() ? Ref<Tuple>::borrow(vm.empty_tuple()) : make_tuple(vm, {returned});
  return vm.raise_exception(make_exception(vm, vm.exception_type(Exc::kStopIteration), args));
}

const char* generator_kind_name(const Generator* generator) {
  switch (generator->kind) {
    case GeneratorKind::kGenerator: break;
    case GeneratorKind::kCoroutine: return "coroutine";
    case GeneratorKind::kAsyncGenerator: return "async generator";
  }
  return "generator";
}

namespace {

// Generators and coroutines (not async generators, whose protocol is
// asend/athrow) can be resumed directly by a `yield from` or `await`.
bool is_directly_resumable(VM& vm, const Value& value) {
  Type* type = vm.type_of(value);
  return type == vm.generator_type || type == vm.coroutine_type;
}

// Whether the frame is suspended at the yield of a `yield from` loop; then
// the sub-iterator is on top of its stack.
bool in_yield_from(Generator* generator) {
  Frame* frame = generator->frame();
  if (generator->state != GeneratorState::kSuspended) return false;
  const uint32_t yield = frame->ip[-1];
  return opcode_of(yield) == Opcode::YIELD_VALUE && argument_of(yield) == 1;
}

// Runs the frame one step: resumes it with `value` pushed, or with the
// pending exception raised at the suspension point.
Value run_step(VM& vm, Generator* generator, Value value, bool throwing, Value* returned) {
  if (!begin_generator_step(vm, generator, std::move(value), throwing)) return Value();
  Value result = vm.run_frame(generator->frame(), throwing);
  const bool yielded = generator->state == GeneratorState::kSuspended;
  end_generator_step(vm, generator, !yielded && result.is_null());
  if (yielded) return result;
  if (!result.is_null()) *returned = std::move(result);  // returned
  return Value();
}

// An exception thrown into a generator that never ran is raised in its
// frame on its def line, as in CPython 3.11: the traceback gets that entry,
// observers see the frame called, raising and leaving, and it finishes.
Value raise_in_unstarted(VM& vm, Generator* generator, Value exception) {
  Frame* frame = generator->frame();
  generator->state = GeneratorState::kFinished;
  vm.raise_exception(std::move(exception));
  add_traceback_entry(vm, vm.pending_error(), frame_object_of(vm, frame), Value::from_object(frame->code), 0,
                      frame->code->first_line);
  if (vm.is_observed()) {
    vm.observe_exception(frame);
    vm.observe_unwind(frame);
  }
  clear_frame(frame);
  return Value();
}

}  // namespace

Value close_generator(VM& vm, Generator* generator) {
  if (generator->state == GeneratorState::kFinished) return Value::none();
  if (generator->state == GeneratorState::kCreated) {
    if (!vm.is_observed()) {  // (nothing would show the GeneratorExit)
      generator->state = GeneratorState::kFinished;
      clear_frame(generator->frame());
      return Value::none();
    }
    raise_in_unstarted(vm, generator, make_exception(vm, vm.exception_type(Exc::kGeneratorExit),
                                                     Ref<Tuple>::borrow(vm.empty_tuple())));
    if (!vm.error_matches(Exc::kGeneratorExit)) return Value();  // an observer raised
    vm.clear_error();
    return Value::none();
  }
  Value exit = make_exception(vm, vm.exception_type(Exc::kGeneratorExit),
                              Ref<Tuple>::borrow(vm.empty_tuple()));
  Value returned;
  Value yielded = resume_generator(vm, generator, Value(), exit, &returned);
  if (!yielded.is_null()) {
    return vm.raise(Exc::kRuntimeError, cat(generator_kind_name(generator), " ignored GeneratorExit"));
  }
  if (!vm.has_error() || vm.error_matches(Exc::kGeneratorExit) ||
      vm.error_matches(Exc::kStopIteration)) {
    vm.clear_error();
    return Value::none();
  }
  return Value();
}

bool refuse_generator_step(VM&, Generator* generator) {
  // At the recursion limit (or out of steps), as in CPython, the
  // RecursionError comes out of the generator's frame, which ends without
  // running any handler: the generator is finished.
  generator->state = GeneratorState::kFinished;
  clear_frame(generator->frame());
  return false;
}

void finish_generator_step(VM& vm, Generator* generator, bool raised) {
  // Finished: returned or raised.
  generator->exception_state.exception = Value();
  if (!raised) return;
  const bool async_stop = generator->kind == GeneratorKind::kAsyncGenerator &&
                          vm.error_matches(Exc::kStopAsyncIteration);
  if (vm.error_matches(Exc::kStopIteration) || async_stop) {
    // PEP 479: a StopIteration leaking out of a generator is a bug (and
    // for an async generator, a StopAsyncIteration).
    Value stop = vm.take_error();
    Value error = make_exception(
        vm, vm.exception_type(Exc::kRuntimeError),
        make_tuple(vm, {make_str(vm, cat(generator_kind_name(generator), " raised ",
                                         async_stop ? "StopAsyncIteration" : "StopIteration"))}));
    as_exception(error)->cause = stop;
    as_exception(error)->context = stop;
    as_exception(error)->suppress_context = true;
    vm.raise_exception(error);
  }
}

Value resume_generator(VM& vm, Generator* generator, Value value, Value exception, Value* returned) {
  switch (generator->state) {
    case GeneratorState::kRunning:
      return vm.raise(Exc::kValueError, cat(generator_kind_name(generator), " already executing"));
    case GeneratorState::kFinished:
      if (generator->kind == GeneratorKind::kCoroutine) {
        return vm.raise(Exc::kRuntimeError, "cannot reuse already awaited coroutine");
      }
      if (!exception.is_null()) return vm.raise_exception(exception);
      *returned = Value::none();
      return Value();
    case GeneratorState::kCreated:
      if (!exception.is_null()) return raise_in_unstarted(vm, generator, std::move(exception));
      if (!value.is_none()) {
        return vm.raise(Exc::kTypeError,
                        cat("can't send non-None value to a just-started ", generator_kind_name(generator)));
      }
      break;
    case GeneratorState::kSuspended:
      break;
  }
  Value keep_alive = Value::from_object(generator);
  if (exception.is_null()) return run_step(vm, generator, std::move(value), false, returned);
  if (!in_yield_from(generator)) {
    vm.raise_exception(exception);
    return run_step(vm, generator, Value(), true, returned);
  }

  // throw()/close() while suspended in `yield from`: the sub-iterator gets
  // the exception first (PEP 380).
  Frame* frame = generator->frame();
  Value delegate = frame->sp[-1];
  const bool closing = is_instance(vm, exception, vm.exception_type(Exc::kGeneratorExit));
  const bool delegate_is_generator = is_directly_resumable(vm, delegate);
  Value yielded;
  Value delegate_returned;
  if (closing) {
    bool closed;
    if (delegate_is_generator) {
      closed = !close_generator(vm, delegate.as<Generator>()).is_null();
    } else {
      Value close = get_attr_optional(vm, delegate, vm.names.close);
      closed = close.is_null() ? !vm.has_error() : !call(vm, close, nullptr, 0).is_null();
    }
    if (closed) vm.raise_exception(exception);
  } else if (delegate_is_generator) {
    yielded = resume_generator(vm, delegate.as<Generator>(), Value(), exception, &delegate_returned);
  } else {
    Value throw_method = get_attr_optional(vm, delegate, vm.names.throw_);
    if (throw_method.is_null()) {
      if (!vm.has_error()) vm.raise_exception(exception);
    } else {
      yielded = call(vm, throw_method, &exception, 1);
      if (yielded.is_null() && vm.error_matches(Exc::kStopIteration)) {
        Value stop = vm.take_error();
        Tuple* args = as_tuple(as_exception(stop)->args);
        delegate_returned = args->size > 0 ? (*args)[0] : Value::none();
      }
    }
  }
  if (!yielded.is_null()) return yielded;  // the sub-iterator yielded: so do we
  if (!delegate_returned.is_null()) {
    // The sub-iterator finished: leave the SEND loop with its value
    // (frame->ip is at the loop's JUMP; the SEND is two instructions back).
    std::destroy_at(--frame->sp);
    frame->ip = frame->code->instructions.data() + argument_of(frame->ip[-2]);
    return run_step(vm, generator, std::move(delegate_returned), false, returned);
  }
  // The sub-iterator raised: that exception continues in this frame.
  return run_step(vm, generator, Value(), true, returned);
}

namespace {

Generator* as_generator(const Value& v) { return v.as<Generator>(); }

void generator_traverse(Object* self, VisitFn visit, void* context) {
  Generator* g = static_cast<Generator*>(self);
  auto visit_value = [&](const Value& v) {
    if (v.is_object()) visit(v.as_object(), context);
  };
  visit_value(g->name);
  visit_value(g->qualname);
  visit_value(g->exception_state.exception);
  // A running frame's values are reachable from the VM stack anyway, and its
  // stack pointer is not saved; a finished frame holds nothing.
  if (g->state == GeneratorState::kCreated || g->state == GeneratorState::kSuspended) {
    Frame* frame = g->frame();
    visit_value(frame->function);
    visit_value(frame->locals);
    if (frame->object != nullptr) visit(frame->object, context);
    for (Value* p = frame->slots(); p < frame->sp; ++p) visit_value(*p);
  }
}

// A generator dropped while suspended is closed first (PEP 342): its
// `finally` blocks run with GeneratorExit raised at the yield.
//
// A coroutine that never ran was most likely called without `await`:
// CPython warns, where the program is when the coroutine is dropped.
void generator_finalize(Object* self) {
  Generator* generator = static_cast<Generator*>(self);
  if (generator->state == GeneratorState::kFinished) return;
  VM& vm = vm_of(*self->type->runtime);
  Value interrupted_error = vm.take_error();
  const Value keep_alive = Value::from_object(self);
  if (generator->kind == GeneratorKind::kCoroutine &&
      generator->state == GeneratorState::kCreated) {
    // A warning that fails (a filter made it an error) cannot propagate
    // from a finalizer: it is reported, as CPython's is.
    if (!warn_with_source(
            vm, Exc::kRuntimeWarning,
            cat("coroutine '", as_str(generator->qualname)->view(), "' was never awaited"),
            keep_alive)) {
      vm.report_unraisable(keep_alive);
    }
  }
  if (close_generator(vm, generator).is_null()) vm.report_unraisable(keep_alive);
  vm.raise_exception(std::move(interrupted_error));
}

void generator_dealloc(Object* self) {
  // CPython clears a generator's weak references before closing it.
  Gc& gc = self->type->runtime->gc;
  if (has_weak_references(self)) clear_weak_references(self, gc.finalizers_enabled);
  if (gc.finalizer_resurrects(self)) return;
  dealloc_object<Generator>(self);
}

void generator_clear(Object* self) {
  Generator* g = static_cast<Generator*>(self);
  if (g->state == GeneratorState::kCreated || g->state == GeneratorState::kSuspended) {
    g->state = GeneratorState::kFinished;
    clear_frame(g->frame());
  }
  Value a = std::move(g->exception_state.exception);
}


// next(generator): how `for` loops run by native code (join, list, sum, any)
// take their items. A created or suspended generator steps with None at
// once; resume_generator handles the rest (running: an error; finished:
// exhausted). (The caller holds the generator: no reference is taken here.)
Value generator_next_slot(Runtime& rt, const Value& self) {
  VM& vm = vm_of(rt);
  Generator* generator = as_generator(self);
  Value returned;
  const GeneratorState state = generator->state;
  if (state == GeneratorState::kSuspended || state == GeneratorState::kCreated) {
    return run_step(vm, generator, Value::none(), false, &returned);
  }
  return resume_generator(vm, generator, Value::none(), Value(), &returned);
}

// The drain slot (for_all): the generator runs to its end with each value
// it yields handed to `sink` by YIELD_VALUE, which runs on with None sent
// back, as next() would send. A step that suspends after all (an observer
// is attached: it sees each yield and resumption) hands its value over here
// and the loop goes on with the next step.
bool generator_drain(Runtime& rt, const Value& self, ItemSink sink, void* context) {
  VM& vm = vm_of(rt);
  Generator* generator = as_generator(self);
  for (;;) {
    Value returned;
    Value item;
    const GeneratorState state = generator->state;
    if (state == GeneratorState::kSuspended || state == GeneratorState::kCreated) {
      generator->drain_sink = sink;
      generator->drain_context = context;
      item = run_step(vm, generator, Value::none(), false, &returned);
      generator->drain_sink = nullptr;
      generator->drain_context = nullptr;
    } else {
      item = resume_generator(vm, generator, Value::none(), Value(), &returned);
    }
    if (item.is_null()) return !vm.has_error();
    if (!sink(context, std::move(item))) return false;
  }
}

Value iterator_self(Runtime&, const Value& self) { return self; }

Value generator_send(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "generator.send", nargs - 1, kwnames)) return Value();
  VM& vm = vm_of(rt);
  Value returned;
  Value result = resume_generator(vm, as_generator(args[0]), args[1], Value(), &returned);
  if (result.is_null() && !vm.has_error()) return raise_stop_iteration(vm, returned);
  return result;
}

Value generator_dunder_next(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "generator.__next__", nargs - 1, kwnames)) return Value();
  VM& vm = vm_of(rt);
  Value returned;
  Value result = resume_generator(vm, as_generator(args[0]), Value::none(), Value(), &returned);
  if (result.is_null() && !vm.has_error()) return raise_stop_iteration(vm, returned);
  return result;
}

// The exception gen.throw(type, value) raises in the generator: an
// instance of the class made from the value. As in CPython, an error while
// making it (or a __new__ that returns something else) is thrown instead.
Value exception_to_throw(VM& vm, const Value& type, const Value& value) {
  if (is_instance(vm, value, type.as<Type>())) return value;  // the caller checked: a class
  Value exception;
  if (value.is_none()) {
    exception = call(vm, type, nullptr, 0);
  } else if (is_tuple(value)) {
    exception = call(vm, type, as_tuple(value)->items(), as_tuple(value)->size);
  } else {
    exception = call(vm, type, &value, 1);
  }
  if (!exception.is_null() && !is_exception(exception)) {
    std::string shown;
    if (repr_text(vm, type, &shown)) {
      vm.raise(Exc::kTypeError,
               cat("calling ", shown, " should have returned an instance of BaseException, not ",
                   type_name(vm, exception)));
    }
    exception = Value();
  }
  return exception.is_null() ? vm.take_error() : exception;
}

}  // namespace

Value exception_from_throw_arguments(VM& vm, const Value* args, size_t nargs) {
  const bool has_traceback = nargs > 2 && !args[2].is_none();
  if (has_traceback && vm.type_of(args[2]) != vm.traceback_type) {
    return vm.raise(Exc::kTypeError, "throw() third argument must be a traceback object");
  }
  const Value& type = args[0];
  Value exception;
  if (vm.type_of(type)->has_flag(kTypeTypeSubclass) && type.as<Type>()->has_flag(kTypeExceptionSubclass)) {
    exception = exception_to_throw(vm, type, nargs > 1 ? args[1] : Value::none());
  } else if (is_exception(type)) {
    if (nargs > 1 && !args[1].is_none()) {
      return vm.raise(Exc::kTypeError, "instance exception may not have a separate value");
    }
    exception = type;
  } else {
    return vm.raise(Exc::kTypeError,
                    cat("exceptions must be classes or instances deriving from BaseException, not ",
                        type_name(vm, type)));
  }
  if (has_traceback) as_exception(exception)->traceback = args[2];
  return exception;
}

namespace {

Value generator_throw(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "throw", nargs - 1, kwnames, 1, 3)) return Value();
  VM& vm = vm_of(rt);
  Value exception = exception_from_throw_arguments(vm, args + 1, nargs - 1);
  if (exception.is_null()) return Value();
  Value returned;
  Value result = resume_generator(vm, as_generator(args[0]), Value(), exception, &returned);
  if (result.is_null() && !vm.has_error()) return raise_stop_iteration(vm, returned);
  return result;
}

Value generator_close(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "generator.close", nargs - 1, kwnames)) return Value();
  return close_generator(vm_of(rt), as_generator(args[0]));
}

// <generator object f at 0x...>, <coroutine object ...>, <async_generator object ...>
Value generator_repr(Runtime& rt, const Value& self) {
  char address[32];
  std::snprintf(address, sizeof address, "0x%" PRIxPTR, reinterpret_cast<uintptr_t>(self.as_object()));
  return make_str(rt, cat("<", self.as_object()->type->name->view(), " object ",
                          as_str(as_generator(self)->qualname)->view(), " at ", address, ">"));
}

Value generator_name(Runtime&, const Value& self) { return as_generator(self)->name; }
bool generator_set_name(Runtime& rt, const Value& self, const Value& value) {
  if (value.is_null() || !is_str(value)) {
    rt.raise(Exc::kTypeError, "__name__ must be set to a string object");
    return false;
  }
  as_generator(self)->name = value;
  return true;
}
Value generator_qualname(Runtime&, const Value& self) { return as_generator(self)->qualname; }
bool generator_set_qualname(Runtime& rt, const Value& self, const Value& value) {
  if (value.is_null() || !is_str(value)) {
    rt.raise(Exc::kTypeError, "__qualname__ must be set to a string object");
    return false;
  }
  as_generator(self)->qualname = value;
  return true;
}
Value generator_running(Runtime&, const Value& self) {
  return Value::boolean(as_generator(self)->state == GeneratorState::kRunning);
}
Value generator_code(Runtime&, const Value& self) {
  return Value::from_object(as_generator(self)->frame()->code);
}
Value generator_yieldfrom(Runtime&, const Value& self) {
  Value delegate = yield_from_delegate(as_generator(self));
  return delegate.is_null() ? Value::none() : delegate;
}
Value generator_suspended(Runtime&, const Value& self) {
  return Value::boolean(as_generator(self)->state == GeneratorState::kSuspended);
}
Value generator_frame(Runtime& rt, const Value& self) {
  Generator* g = as_generator(self);
  if (g->state == GeneratorState::kFinished) return Value::none();
  return frame_object_of(rt, g->frame());
}
// Coroutine origins are tracked only on request in CPython
// (sys.set_coroutine_origin_tracking_depth), which pyvm does not offer.
Value coroutine_origin(Runtime&, const Value&) { return Value::none(); }
Value coroutine_await(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "__await__", nargs - 1, kwnames)) return Value();
  return make_coroutine_wrapper(vm_of(rt), args[0]);
}

const MethodDef kGeneratorMethods[] = {
    {"send", generator_send},
    {"throw", generator_throw},
    {"close", generator_close},
    {"__next__", generator_dunder_next},
};

const GetSetDef kGeneratorGetSets[] = {
    {"gi_running", generator_running},
    {"gi_frame", generator_frame},
    {"gi_code", generator_code},
    {"gi_yieldfrom", generator_yieldfrom},
    {"gi_suspended", generator_suspended},
};

// A coroutine is resumed by whatever awaits it (send/throw/close), never
// iterated: it has no __iter__/__next__, and __await__ gives an iterator.
const MethodDef kCoroutineMethods[] = {
    {"send", generator_send},
    {"throw", generator_throw},
    {"close", generator_close},
    {"__await__", coroutine_await},
};

const GetSetDef kCoroutineGetSets[] = {
    {"cr_await", generator_yieldfrom},
    {"cr_frame", generator_frame},
    {"cr_running", generator_running},
    {"cr_code", generator_code},
    {"cr_origin", coroutine_origin},
    {"cr_suspended", generator_suspended},
};

const GetSetDef kGeneratorNameGetSets[] = {
    {"__name__", generator_name, generator_set_name},
    {"__qualname__", generator_qualname, generator_set_qualname},
};

}  // namespace

Value yield_from_delegate(Generator* generator) {
  return in_yield_from(generator) ? generator->frame()->sp[-1] : Value();
}

void define_generator_like_type(VM& vm, Type* type, const char* name) {
  define_builtin_type(vm, type, name, vm.object_type, sizeof(Generator), kTypeHasGc | kTypeWeakReferenceable,
                      generator_dealloc);
  type->finalize = generator_finalize;
  type->traverse = generator_traverse;
  type->clear = generator_clear;
  type->repr = generator_repr;
  add_getsets(vm, type, kGeneratorNameGetSets);
}

void init_generator_type(VM& vm) {
  Type* type = vm.generator_type;
  define_generator_like_type(vm, type, "generator");
  type->iter = iterator_self;
  type->next = generator_next_slot;
  type->drain = generator_drain;
  add_methods(vm, type, kGeneratorMethods);
  add_getsets(vm, type, kGeneratorGetSets);
  finish_type(vm, type);

  type = vm.coroutine_type;
  define_generator_like_type(vm, type, "coroutine");
  add_methods(vm, type, kCoroutineMethods);
  add_getsets(vm, type, kCoroutineGetSets);
  finish_type(vm, type);
}

bool has_layout(const Object* object, const Generator*) {
  const Runtime& rt = *object->type->runtime;
  return layout_extends(object, rt.generator_type) || layout_extends(object, rt.coroutine_type) ||
         layout_extends(object, rt.async_generator_type);
}

}  // namespace pyvm
