// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in exception types: BaseException's slots and attributes, the
// extra attributes of SystemExit, StopIteration, KeyError, ImportError,
// NameError, AttributeError, OSError, SyntaxError and UnicodeError, and
// traceback objects (the exception groups are exception_group.cpp's).
#include "runtime/exceptions.h"

#include <cerrno>
#include <cstring>
#include <vector>

#include "runtime/arguments.h"
#include "runtime/bytes.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/exception_group.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/slots.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace pyvm {

namespace {

Tuple* args_of(const Value& exception) { return as_tuple(as_exception(exception)->args); }

void set_attribute(Runtime& rt, const Value& exception, std::string_view name, const Value& value) {
  ExceptionObject* e = as_exception(exception);
  if (e->dict.is_null()) e->dict = make_dict(rt);
  dict_set_str(rt, as_dict(e->dict), rt.intern(name), value);
}

Value attribute(Runtime& rt, const Value& exception, std::string_view name) {
  ExceptionObject* e = as_exception(exception);
  if (e->dict.is_null()) return Value::none();
  Value value = dict_get_str(as_dict(e->dict), rt.intern(name));
  return value.is_null() ? Value::none() : value;
}

bool is_kind(Runtime& rt, const Value& exception, Exc kind) {
  return is_instance(rt, exception, rt.exception_type(kind));
}

// The extra attributes some exception types derive from their arguments
// (CPython's per-type __init__).
// The exceptions init_type_specific gives attributes (each and its subclasses).
constexpr Exc kKindsWithInitAttributes[] = {
    Exc::kSystemExit, Exc::kStopIteration, Exc::kImportError, Exc::kNameError,
    Exc::kAttributeError, Exc::kOSError, Exc::kSyntaxError, Exc::kUnicodeDecodeError,
    Exc::kUnicodeEncodeError};

bool init_type_specific(Runtime& rt, const Value& self, const Value* args, size_t nargs,
                        Tuple* kwnames) {
  const size_t positional = nargs - tuple_size(kwnames);
  auto arg = [&](size_t i) { return i < positional ? args[i] : Value::none(); };
  if (!rt.type_of(self)->has_flag(kTypeExceptionInitSetsAttributes)) {
    // (Most exceptions: none of the tests below would hold.)
  } else if (is_kind(rt, self, Exc::kSystemExit)) {
    set_attribute(rt, self, "code",
                  positional == 0 ? Value::none() : positional == 1 ? args[0] : as_exception(self)->args);
  } else if (is_kind(rt, self, Exc::kStopIteration)) {
    set_attribute(rt, self, "value", arg(0));
  } else if (is_kind(rt, self, Exc::kImportError)) {
    // (msg is the argument only when it is the only one, as in CPython.)
    set_attribute(rt, self, "msg", positional == 1 ? args[0] : Value::none());
    set_attribute(rt, self, "name", Value::none());
    set_attribute(rt, self, "path", Value::none());
    for (size_t i = 0; i < tuple_size(kwnames); ++i) {
      const std::string_view key = as_str((*kwnames)[i])->view();
      if (key != "name" && key != "path") {
        rt.raise(Exc::kTypeError, cat("'", key, "' is an invalid keyword argument for ImportError()"));
        return false;
      }
      set_attribute(rt, self, key, args[positional + i]);
    }
    return true;
  } else if (is_kind(rt, self, Exc::kNameError) || is_kind(rt, self, Exc::kAttributeError)) {
    const bool attribute_error = is_kind(rt, self, Exc::kAttributeError);
    set_attribute(rt, self, "name", Value::none());
    if (attribute_error) set_attribute(rt, self, "obj", Value::none());
    for (size_t i = 0; i < tuple_size(kwnames); ++i) {
      const std::string_view key = as_str((*kwnames)[i])->view();
      if (key != "name" && !(attribute_error && key == "obj")) {
        rt.raise(Exc::kTypeError, cat("'", key, "' is an invalid keyword argument for ",
                                      type_name(rt, self), "()"));
        return false;
      }
      set_attribute(rt, self, key, args[positional + i]);
    }
    return true;
  } else if (is_kind(rt, self, Exc::kOSError)) {
    // OSError(errno, strerror[, filename[, winerror[, filename2]]]): with a
    // filename, args keeps only (errno, strerror); winerror means nothing
    // on POSIX; BlockingIOError's third argument may count the characters
    // written instead.
    const bool pair = positional >= 2 && positional <= 5;
    set_attribute(rt, self, "errno", pair ? args[0] : Value::none());
    set_attribute(rt, self, "strerror", pair ? args[1] : Value::none());
    set_attribute(rt, self, "filename", Value::none());
    set_attribute(rt, self, "filename2", Value::none());
    if (pair && positional >= 3 && !args[2].is_none()) {
      if (rt.type_of(self) == rt.exception_type(Exc::kBlockingIOError) && is_int(args[2])) {
        int64_t written = 0;
        if (!index_as_int64(rt, args[2], &written, Exc::kValueError)) return false;
        set_attribute(rt, self, "characters_written", Value::small_int(written));
      } else {
        set_attribute(rt, self, "filename", args[2]);
        if (positional == 5 && !args[4].is_none()) set_attribute(rt, self, "filename2", args[4]);
        as_exception(self)->args = make_tuple_from(rt, std::span<const Value>(args, 2));
      }
    }
  } else if (is_kind(rt, self, Exc::kSyntaxError)) {
    set_attribute(rt, self, "msg", arg(0));
    static const char* const kFields[] = {"filename", "lineno", "offset", "text", "end_lineno",
                                          "end_offset"};
    for (const char* field : kFields) set_attribute(rt, self, field, Value::none());
    if (positional == 2 && is_tuple(args[1])) {
      Tuple* details = as_tuple(args[1]);
      if (details->size < 4 || details->size > 6) {
        rt.raise(Exc::kIndexError, "tuple index out of range");
        return false;
      }
      for (size_t i = 0; i < details->size; ++i) set_attribute(rt, self, kFields[i], (*details)[i]);
    }
  } else if (is_kind(rt, self, Exc::kUnicodeDecodeError) ||
             is_kind(rt, self, Exc::kUnicodeEncodeError)) {
    if (positional == 5) {
      static const char* const kFields[] = {"encoding", "object", "start", "end", "reason"};
      for (size_t i = 0; i < 5; ++i) set_attribute(rt, self, kFields[i], args[i]);
      // A decode error keeps its object as bytes (a bytearray is copied).
      if (is_kind(rt, self, Exc::kUnicodeDecodeError) && is_bytes_like(rt, args[1]) &&
          rt.type_of(args[1]) != rt.bytes_type) {
        set_attribute(rt, self, "object", make_bytes(rt, bytes_view(args[1])));
      }
    }
  }
  if (tuple_size(kwnames) > 0) {
    rt.raise(Exc::kTypeError, cat(type_name(rt, self), "() takes no keyword arguments"));
    return false;
  }
  return true;
}

// OSError(errno, strerror) becomes the subclass matching the errno (CPython's errnomap).
Type* os_error_subclass(Runtime& rt, const Value* args, size_t positional) {
  if (positional < 2 || !is_int(args[0])) return nullptr;
  int64_t code;
  if (!int_to_int64(args[0], &code)) return nullptr;
  switch (code) {
    case ENOENT: return rt.exception_type(Exc::kFileNotFoundError);
    case EEXIST: return rt.exception_type(Exc::kFileExistsError);
    case EISDIR: return rt.exception_type(Exc::kIsADirectoryError);
    case ENOTDIR: return rt.exception_type(Exc::kNotADirectoryError);
    case EACCES:
    case EPERM: return rt.exception_type(Exc::kPermissionError);
    case EINTR: return rt.exception_type(Exc::kInterruptedError);
    case ETIMEDOUT: return rt.exception_type(Exc::kTimeoutError);
    case ECHILD: return rt.exception_type(Exc::kChildProcessError);
    case ESRCH: return rt.exception_type(Exc::kProcessLookupError);
    case EPIPE:
    case ESHUTDOWN: return rt.exception_type(Exc::kBrokenPipeError);
    case ECONNREFUSED: return rt.exception_type(Exc::kConnectionRefusedError);
    case ECONNRESET: return rt.exception_type(Exc::kConnectionResetError);
    case ECONNABORTED: return rt.exception_type(Exc::kConnectionAbortedError);
    case EAGAIN:  // EWOULDBLOCK on Linux
    case EALREADY:
    case EINPROGRESS: return rt.exception_type(Exc::kBlockingIOError);
    default: return nullptr;
  }
}

Value exception_new(Runtime& rt, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
  const size_t positional = nargs - tuple_size(kwnames);
  if (type == rt.exception_type(Exc::kOSError)) {
    if (Type* subclass = os_error_subclass(rt, args, positional)) type = subclass;
  }
  // Owned at once: making args may fail under a memory ceiling.
  Ref<ExceptionObject> e = Ref<ExceptionObject>::steal(
      new_object<ExceptionObject>(rt.gc, type, type->instance_size - sizeof(ExceptionObject)));
  e->traceback = Value::none();
  e->context = Value::none();
  e->cause = Value::none();
  e->args = make_tuple_from(rt, std::span<const Value>(args, positional));
  return e;
}

bool exception_init(Runtime& rt, const Value& self, const Value* args, size_t nargs,
                    Tuple* kwnames) {
  const size_t positional = nargs - tuple_size(kwnames);
  as_exception(self)->args = make_tuple_from(rt, std::span<const Value>(args, positional));
  return init_type_specific(rt, self, args, nargs, kwnames);
}

void exception_traverse(Object* self, VisitFn visit, void* context) {
  auto* e = static_cast<ExceptionObject*>(self);
  for (const Value* v : {&e->dict, &e->args, &e->traceback, &e->context, &e->cause}) {
    if (v->is_object()) visit(v->as_object(), context);
  }
}

void exception_clear(Object* self) {
  auto* e = static_cast<ExceptionObject*>(self);
  Value a = std::move(e->dict), b = std::move(e->args), c = std::move(e->traceback),
        d = std::move(e->context), f = std::move(e->cause);
}

Value exception_str(Runtime& rt, const Value& self) {
  Tuple* args = args_of(self);
  if (is_kind(rt, self, Exc::kKeyError) && args->size == 1) return repr(rt, (*args)[0]);
  if (is_kind(rt, self, Exc::kOSError)) {
    // "[Errno 2] No such file or directory: 'a' -> 'b'"
    Value error_number = attribute(rt, self, "errno");
    Value text = attribute(rt, self, "strerror");
    Value filename = attribute(rt, self, "filename");
    if (!filename.is_none() || (!error_number.is_none() && !text.is_none())) {
      std::string out = "[Errno ";
      if (!str_text(rt, error_number, &out)) return Value();
      out += "] ";
      if (!str_text(rt, text, &out)) return Value();
      if (!filename.is_none()) {
        out += ": ";
        if (!repr_text(rt, filename, &out)) return Value();
        Value filename2 = attribute(rt, self, "filename2");
        if (!filename2.is_none()) {
          out += " -> ";
          if (!repr_text(rt, filename2, &out)) return Value();
        }
      }
      return make_str(rt, out);
    }
  }
  if (is_kind(rt, self, Exc::kSyntaxError)) {
    Value message = attribute(rt, self, "msg");
    Value filename = attribute(rt, self, "filename");
    Value line = attribute(rt, self, "lineno");
    std::string out;
    if (!str_text(rt, message.is_none() && args->size > 0 ? (*args)[0] : message, &out)) return Value();
    if (!filename.is_none() || !line.is_none()) {
      out += " (";
      if (!filename.is_none()) {
        std::string name;
        if (!str_text(rt, filename, &name)) return Value();
        const size_t slash = name.rfind('/');
        out += slash == std::string::npos ? name : name.substr(slash + 1);
      }
      if (!line.is_none()) {
        out += filename.is_none() ? "line " : ", line ";
        if (!str_text(rt, line, &out)) return Value();
      }
      out += ")";
    }
    return make_str(rt, out);
  }
  const bool decode_error = is_kind(rt, self, Exc::kUnicodeDecodeError);
  if ((decode_error || is_kind(rt, self, Exc::kUnicodeEncodeError)) && args->size == 5) {
    // "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
    // "'ascii' codec can't encode characters in position 1-3: ordinal not in range(128)"
    Value object = attribute(rt, self, "object");
    int64_t start = 0, end = 0;
    if (!int_to_int64(attribute(rt, self, "start"), &start) ||
        !int_to_int64(attribute(rt, self, "end"), &end)) {
      return to_str(rt, as_exception(self)->args);
    }
    std::string out = "'";
    if (!str_text(rt, attribute(rt, self, "encoding"), &out)) return Value();
    out += "' codec can't ";
    int64_t size = -1;  // of the object, when it has the right type
    if (decode_error && is_bytes_like(rt, object)) {
      size = static_cast<int64_t>(bytes_view(object).size());
    }
    if (!decode_error && is_str(object)) size = as_str(object)->length;
    if (start >= 0 && start < size && end == start + 1) {
      static const char kHex[] = "0123456789abcdef";
      if (decode_error) {
        const auto byte =
            static_cast<unsigned char>(bytes_view(object)[static_cast<size_t>(start)]);
        out += cat("decode byte 0x", kHex[byte >> 4], kHex[byte & 15]);
      } else {
        const uint32_t c = str_code_point_at(as_str(object), start);
        const int digits = c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8;
        out += "encode character '\\";
        out += digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kHex[(c >> shift) & 15];
        out += "'";
      }
      out += cat(" in position ", start, ": ");
    } else {
      out += cat(decode_error ? "decode bytes" : "encode characters", " in position ", start, "-",
                 end - 1, ": ");
    }
    if (!str_text(rt, attribute(rt, self, "reason"), &out)) return Value();
    return make_str(rt, out);
  }
  if (args->size == 0) return Value::from_object(rt.empty_str());
  if (args->size == 1) return to_str(rt, (*args)[0]);
  return to_str(rt, as_exception(self)->args);
}

Value exception_repr(Runtime& rt, const Value& self) {
  Tuple* args = args_of(self);
  std::string out(type_name(rt, self));
  if (args->size == 1) {
    out += "(";
    if (!repr_text(rt, (*args)[0], &out)) return Value();
    out += ")";
  } else {
    if (!repr_text(rt, as_exception(self)->args, &out)) return Value();
  }
  return make_str(rt, out);
}

// ---- attributes

Value args_get(Runtime&, const Value& self) { return as_exception(self)->args; }
bool args_set(Runtime& rt, const Value& self, const Value& value) {
  if (value.is_null()) {
    rt.raise(Exc::kTypeError, "args may not be deleted");
    return false;
  }
  Value tuple = tuple_from_iterable(rt, value);
  if (tuple.is_null()) return false;
  as_exception(self)->args = tuple;
  return true;
}

Value traceback_get(Runtime&, const Value& self) { return as_exception(self)->traceback; }
bool traceback_set(Runtime& rt, const Value& self, const Value& value) {
  if (value.is_null()) {
    rt.raise(Exc::kTypeError, "__traceback__ may not be deleted");
    return false;
  }
  if (!value.is_none() && rt.type_of(value) != rt.traceback_type) {
    rt.raise(Exc::kTypeError, "__traceback__ must be a traceback or None");
    return false;
  }
  as_exception(self)->traceback = value;
  return true;
}

Value context_get(Runtime&, const Value& self) { return as_exception(self)->context; }
bool context_set(Runtime& rt, const Value& self, const Value& value) {
  if (value.is_null()) {
    rt.raise(Exc::kTypeError, "__context__ may not be deleted");
    return false;
  }
  if (!value.is_none() && !is_exception(value)) {
    rt.raise(Exc::kTypeError, "exception context must be None or derive from BaseException");
    return false;
  }
  as_exception(self)->context = value;
  return true;
}

Value cause_get(Runtime&, const Value& self) { return as_exception(self)->cause; }
bool cause_set(Runtime& rt, const Value& self, const Value& value) {
  if (value.is_null()) {
    rt.raise(Exc::kTypeError, "__cause__ may not be deleted");
    return false;
  }
  if (!value.is_none() && !is_exception(value)) {
    rt.raise(Exc::kTypeError, "exception cause must be None or derive from BaseException");
    return false;
  }
  as_exception(self)->cause = value;
  as_exception(self)->suppress_context = true;
  return true;
}

Value suppress_context_get(Runtime&, const Value& self) {
  return Value::boolean(as_exception(self)->suppress_context);
}
bool suppress_context_set(Runtime& rt, const Value& self, const Value& value) {
  const int t = value.is_null() ? 0 : truth(rt, value);
  if (t < 0) return false;
  as_exception(self)->suppress_context = t;
  return true;
}

Value with_traceback(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "BaseException.with_traceback", nargs - 1, kwnames)) return Value();
  if (!traceback_set(rt, args[0], args[1])) return Value();
  return args[0];
}

Value add_note(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "BaseException.add_note", nargs - 1, kwnames)) return Value();
  if (!is_str(args[1])) {
    return rt.raise(Exc::kTypeError, cat("note must be a str, not '", type_name(rt, args[1]), "'"));
  }
  Value notes = attribute(rt, args[0], "__notes__");
  if (notes.is_none()) {
    notes = make_list(rt);
    set_attribute(rt, args[0], "__notes__", notes);
  }
  if (!is_list(notes)) return rt.raise(Exc::kTypeError, "Cannot add note: __notes__ is not a list");
  as_list(notes)->items.push_back(args[1]);
  return Value::none();
}

const MethodDef kExceptionMethods[] = {
    {"with_traceback", with_traceback},
    {"add_note", add_note},
};

const GetSetDef kExceptionGetSets[] = {
    {"args", args_get, args_set},
    {"__traceback__", traceback_get, traceback_set},
    {"__context__", context_get, context_set},
    {"__cause__", cause_get, cause_set},
    {"__suppress_context__", suppress_context_get, suppress_context_set},
};

// ---- traceback objects

void traceback_traverse(Object* self, VisitFn visit, void* context) {
  auto* tb = static_cast<Traceback*>(self);
  if (tb->next.is_object()) visit(tb->next.as_object(), context);
  if (tb->code.is_object()) visit(tb->code.as_object(), context);
  if (tb->frame.is_object()) visit(tb->frame.as_object(), context);
}

void traceback_clear(Object* self) {
  auto* tb = static_cast<Traceback*>(self);
  Value a = std::move(tb->next), b = std::move(tb->code), c = std::move(tb->frame);
}

// (A traceback cleared by the cycle collector answers None.)
Value or_none(const Value& v) { return v.is_null() ? Value::none() : v; }
Value tb_next(Runtime&, const Value& self) { return or_none(self.as<Traceback>()->next); }
// Assignable as in CPython (unittest cuts its own frames off a failure's
// traceback), to a traceback that does not lead back to this one, or None.
bool tb_next_set(Runtime& rt, const Value& self, const Value& value) {
  if (value.is_null()) {
    rt.raise(Exc::kTypeError, "can't delete tb_next attribute");
    return false;
  }
  if (!value.is_none() && rt.type_of(value) != rt.traceback_type) {
    rt.raise(Exc::kTypeError, cat("expected traceback object, got '", type_name(rt, value), "'"));
    return false;
  }
  for (Value tb = value; tb.is_object(); tb = tb.as<Traceback>()->next) {
    if (tb.is(self)) {
      rt.raise(Exc::kValueError, "traceback loop detected");
      return false;
    }
  }
  self.as<Traceback>()->next = value;
  return true;
}
// (None for code no source line stands for, as CPython's.)
Value tb_lineno(Runtime& rt, const Value& self) {
  const int line = traceback_line(rt, self.as<Traceback>());
  return line > 0 ? Value::small_int(line) : Value::none();
}
Value tb_lasti(Runtime&, const Value& self) {
  return Value::small_int(self.as<Traceback>()->instruction);
}
Value tb_code(Runtime&, const Value& self) { return or_none(self.as<Traceback>()->code); }
Value tb_frame(Runtime&, const Value& self) { return or_none(self.as<Traceback>()->frame); }

const GetSetDef kTracebackGetSets[] = {{"tb_next", tb_next, tb_next_set},     {"tb_lineno", tb_lineno},
                                       {"tb_lasti", tb_lasti},   {"tb_code", tb_code},
                                       {"tb_frame", tb_frame}};

}  // namespace

Value make_exception(Runtime& rt, Type* type, Ref<Tuple> args) {
  Value exception = exception_new(rt, type, args->items(), args->size, nullptr);
  if (!init_type_specific(rt, exception, args->items(), args->size, nullptr)) return Value();
  return exception;
}

Value raise_os_error(Runtime& rt, int error, const Value& filename, const Value& filename2) {
  std::vector<Value> args{Value::small_int(error), make_str(rt, std::strerror(error))};
  if (!filename.is_null()) args.push_back(filename);
  if (!filename.is_null() && !filename2.is_null()) {
    args.push_back(Value::none());  // winerror
    args.push_back(filename2);
  }
  Value exception = make_exception(rt, rt.exception_type(Exc::kOSError), make_tuple_from(rt, args));
  if (exception.is_null()) return Value();
  return rt.raise_exception(exception);
}

int traceback_line(Runtime& rt, Traceback* entry) {
  if (entry->line == Traceback::kLineOfInstruction) {
    // (Code no source line stands for, line 0, is at line -1, as CPython's.)
    const int line = rt.line_of_instruction(entry->code, entry->instruction);
    entry->line = line > 0 ? line : -1;
  }
  return entry->line;
}

void add_traceback_entry(Runtime& rt, const Value& exception, const Value& frame, const Value& code,
                         int instruction, int line) {
  Traceback* tb = new_object<Traceback>(rt.gc, rt.traceback_type, 0);
  tb->next = as_exception(exception)->traceback;
  tb->frame = frame;
  tb->code = code;
  tb->instruction = instruction;
  tb->line = line;
  as_exception(exception)->traceback = Value::steal(tb);
}

int exception_matches(Runtime& rt, Type* exception_type, const Value& type) {
  if (is_tuple(type)) {
    for (const Value& item : as_tuple(type)->span()) {
      const int matched = exception_matches(rt, exception_type, item);
      if (matched != 0) return matched;
    }
    return 0;
  }
  if (!rt.type_of(type)->has_flag(kTypeTypeSubclass) ||
      !type.as<Type>()->has_flag(kTypeExceptionSubclass)) {
    rt.raise(Exc::kTypeError,
             "catching classes that do not inherit from BaseException is not allowed");
    return -1;
  }
  return is_subtype(exception_type, type.as<Type>());
}

void init_exception_types(Runtime& rt) {
  using enum Exc;  // the bases in exceptions.def are enum names
  // Each row's bases, ended by kCount (a type has one or two).
  static const struct {
    const char* name;
    Exc bases[3];
  } kHierarchy[] = {
#define EXCEPTION(kind, name, ...) {#name, {__VA_ARGS__, kCount}},
#include "runtime/exceptions.def"
#undef EXCEPTION
  };
  for (size_t i = 0; i < kExceptionCount; ++i) {
    Type* type = rt.exception_types[i];
    Type* base = i == static_cast<size_t>(kBaseException) ? rt.object_type
                                                           : rt.exception_type(kHierarchy[i].bases[0]);
    define_builtin_type(rt, type, kHierarchy[i].name, base, sizeof(ExceptionObject),
                        kTypeHasGc | kTypeBaseType | kTypeExceptionSubclass,
                        dealloc_object<ExceptionObject>);
    type->dict_offset = offsetof(ExceptionObject, dict);
    if (kHierarchy[i].bases[1] != kCount) {
      // A second base joins __bases__; finish_type's C3 merge makes the MRO.
      // (Linked here as link_to_bases would: the type of types is not
      // finished yet, so a Value cannot be taken as a Type.)
      Type* second = rt.exception_type(kHierarchy[i].bases[1]);
      type->bases = make_tuple(rt, {Value::from_object(base), Value::from_object(second)});
      for (Type* linked : {base, second}) {
        linked->subclasses.push_back(type);
        type->linked_bases.push_back(linked);
      }
    }
  }
  for (Exc kind : kKindsWithInitAttributes) {
    rt.exception_type(kind)->flags |= kTypeExceptionInitSetsAttributes;
  }
  Type* base = rt.exception_type(Exc::kBaseException);
  base->traverse = exception_traverse;
  base->clear = exception_clear;
  base->new_instance = exception_new;
  base->init = exception_init;
  base->str = exception_str;
  base->repr = exception_repr;
  add_methods(rt, base, kExceptionMethods);
  add_getsets(rt, base, kExceptionGetSets);
  // Subclasses share BaseException's constructor (new_instance is not
  // inherited by built-in types automatically).
  for (Type* type : rt.exception_types) type->new_instance = exception_new;
  init_exception_group_types(rt);  // their own layout, constructor and methods

  Type* traceback = rt.traceback_type;
  define_builtin_type(rt, traceback, "traceback", rt.object_type, sizeof(Traceback), kTypeHasGc,
                      dealloc_object<Traceback>);
  traceback->traverse = traceback_traverse;
  traceback->clear = traceback_clear;
  add_getsets(rt, traceback, kTracebackGetSets);
}

void add_exception_constructors(Runtime& rt) {
  // The types whose __new__ CPython inherits (their own C type leaves
  // tp_new to the base); every one has its own __init__.
  static const Exc kInheritedNew[] = {
      Exc::kAttributeError, Exc::kBlockingIOError, Exc::kBrokenPipeError,
      Exc::kChildProcessError, Exc::kConnectionAbortedError, Exc::kConnectionError, Exc::kExceptionGroup,
      Exc::kConnectionRefusedError, Exc::kConnectionResetError, Exc::kFileExistsError,
      Exc::kFileNotFoundError, Exc::kImportError, Exc::kIndentationError, Exc::kInterruptedError,
      Exc::kIsADirectoryError, Exc::kKeyError, Exc::kModuleNotFoundError, Exc::kNameError,
      Exc::kNotADirectoryError, Exc::kPermissionError, Exc::kProcessLookupError,
      Exc::kStopIteration, Exc::kSyntaxError, Exc::kSystemExit, Exc::kTabError,
      Exc::kTimeoutError, Exc::kUnboundLocalError};
  for (size_t i = 0; i < kExceptionCount; ++i) {
    bool with_new = true;
    for (Exc kind : kInheritedNew) with_new = with_new && static_cast<size_t>(kind) != i;
    add_constructor_wrappers(rt, rt.exception_types[i], with_new);
  }
}

bool has_layout(const Object* object, const ExceptionObject*) {
  return layout_extends(object, object->type->runtime->exception_type(Exc::kBaseException));
}

bool has_layout(const Object* object, const Traceback*) {
  return layout_extends(object, object->type->runtime->traceback_type);
}

}  // namespace pyvm
