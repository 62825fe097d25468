// SPDX-License-Identifier: GPL-3.0-or-later
// The io module itself: open(), the base classes IOBase, RawIOBase,
// BufferedIOBase and TextIOBase (whose generic methods are written in
// terms of the others: readline() from read(), iteration from readline(),
// close() from flush()), io.UnsupportedOperation, the helpers the other io
// files share, and the modules io and _io.
#include <cerrno>
#include <cstring>

#include "lib/io.h"
#include "lib/io_internal.h"
#include "lib/native_modules.h"
#include "runtime/arguments.h"
#include "runtime/bytes.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/object_type.h"
#include "runtime/out_of_memory.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"
#include "vm/warnings.h"

namespace pyvm {

bool has_layout(const Object* object, const IOObject*) {
  return layout_extends(object, object->type->runtime->io_base_type);
}

// ------------------------------------------------------------------ helpers

Value raise_unsupported(Runtime& rt, std::string_view message) {
  VM& vm = vm_of(rt);
  return rt.raise(vm.io_unsupported_operation.as<Type>(), message);
}

Value raise_closed_file(Runtime& rt, bool period) {
  return rt.raise(Exc::kValueError,
                  period ? "I/O operation on closed file." : "I/O operation on closed file");
}

int object_is_closed(Runtime& rt, const Value& object) {
  Value closed = get_attr(rt, object, rt.names.closed);
  if (closed.is_null()) return -1;
  return truth(rt, closed);
}

bool check_not_closed(Runtime& rt, const Value& self) {
  const int closed = object_is_closed(rt, self);
  if (closed < 0) return false;
  if (closed > 0) {
    raise_closed_file(rt);
    return false;
  }
  return true;
}

std::string io_class_name(Runtime& rt, const Value& self) {
  const Type* type = rt.type_of(self);
  if (type->has_flag(kTypeHeapType)) return std::string(type->name->view());
  return cat(type->module_name->view(), ".", type->name->view());
}

Value call_io_method(Runtime& rt, const Value& object, Str* name, const Value* args, size_t nargs) {
  return call_method(rt, object, name, args, nargs);
}

bool size_argument(Runtime& rt, const Value& value, int64_t* out) {
  if (value.is_null() || value.is_none()) {
    *out = -1;
    return true;
  }
  if (!is_int(value) && rt.type_of(value)->index == nullptr) {
    rt.raise(Exc::kTypeError,
             cat("argument should be integer or None, not '", type_name(rt, value), "'"));
    return false;
  }
  return index_as_int64(rt, value, out, Exc::kOverflowError);
}

bool integer_argument(Runtime& rt, const Value& value, int64_t* out, Exc overflow,
                      std::string_view too_big, int64_t min, int64_t max) {
  Value index = index_value(rt, value);
  if (index.is_null()) return false;
  if (!int_to_int64(index, out) || *out < min || *out > max) {
    rt.raise(overflow, too_big);
    return false;
  }
  return true;
}

bool c_int_argument(Runtime& rt, const Value& value, int* out) {
  int64_t number;
  if (!integer_argument(rt, value, &number, Exc::kOverflowError,
                        "Python int too large to convert to C int", INT32_MIN, INT32_MAX)) {
    return false;
  }
  *out = static_cast<int>(number);
  return true;
}

bool ssize_argument(Runtime& rt, const Value& value, int64_t* out) {
  return integer_argument(rt, value, out, Exc::kOverflowError,
                          "Python int too large to convert to C ssize_t");
}

bool writable_buffer(Runtime& rt, std::string_view function, const Value& value, char** data,
                     size_t* size) {
  if (is_bytearray(rt, value)) {
    RuntimeBytes& bytes = value.as<ByteArray>()->bytes;
    *data = bytes.data();
    *size = bytes.size();
    return true;
  }
  if (value.is_object() && rt.type_of(value) == rt.memoryview_type) {
    const MemoryView* view = value.as<MemoryView>();
    if (view->object.is_null()) {
      rt.raise(Exc::kValueError, "operation forbidden on released memoryview object");
      return false;
    }
    if (!view->readonly && (view->step == 1 || view->length <= 1)) {
      RuntimeBytes& bytes = view->object.as<ByteArray>()->bytes;
      *data = bytes.data() + view->start;
      *size = static_cast<size_t>(view->length);
      return true;
    }
  }
  rt.raise(Exc::kTypeError, cat(function, "() argument must be read-write bytes-like object, not ",
                                type_name(rt, value)));
  return false;
}

bool readable_buffer(Runtime& rt, const Value& value, std::string_view* out) {
  if (!is_bytes_like(rt, value)) {
    rt.raise(Exc::kTypeError,
             cat("a bytes-like object is required, not '", type_name(rt, value), "'"));
    return false;
  }
  *out = bytes_view(value);
  return true;
}

Value filesystem_path(Runtime& rt, const Value& path) {
  if (is_str(path) || rt.type_of(path) == rt.bytes_type) return path;
  if (lookup_in_mro(rt.type_of(path), rt.names.dunder_fspath) == nullptr) return Value();
  Value result = call_method(rt, path, rt.names.dunder_fspath, nullptr, 0);
  if (result.is_null()) return Value();
  if (!is_str(result) && rt.type_of(result) != rt.bytes_type) {
    return rt.raise(Exc::kTypeError,
                    cat("expected ", type_name(rt, path),
                        ".__fspath__() to return str or bytes, not ", type_name(rt, result)));
  }
  return result;
}

Value raise_not_path_like(Runtime& rt, const Value& path) {
  return rt.raise(Exc::kTypeError,
                  cat("expected str, bytes or os.PathLike object, not ", type_name(rt, path)));
}

bool path_bytes(Runtime& rt, const Value& path, std::string_view embedded_null, std::string* out) {
  if (is_str(path)) {
    if (!encode_text(rt, Codec::kUtf8, "surrogateescape", as_str(path)->view(), out, path)) {
      return false;
    }
  } else {
    out->assign(bytes_view(path));
  }
  if (out->find('\0') == std::string::npos) return true;
  rt.raise(Exc::kValueError, embedded_null);
  return false;
}

bool check_allocation(Runtime& rt, size_t bytes) {
  if (bytes <= (size_t{1} << 20) || memory_available(bytes)) return true;
  raise_no_memory(rt);
  return false;
}

bool check_file_access(Runtime& rt, const Value& name) {
  if (vm_of(rt).file_access) return true;
  Ref<Tuple> args =
      make_tuple(rt, {Value::small_int(EPERM), make_str(rt, "file access is disabled"), name});
  Value exception = make_exception(rt, rt.exception_type(Exc::kOSError), args);
  if (!exception.is_null()) rt.raise_exception(exception);
  return false;
}

Value io_false_getter(Runtime&, const Value&) { return Value::boolean(false); }

Value io_dealloc_warn(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "_dealloc_warn", nargs - 1, kwnames)) return Value();
  return Value::none();
}

void io_traverse_dict(IOObject* self, VisitFn visit, void* context) {
  if (self->dict.is_object()) visit(self->dict.as_object(), context);
}

// An io object about to be freed is closed first (CPython's
// iobase_finalize), so that what was written reaches the file; errors
// are dropped, as CPython does outside its development mode.
void iobase_finalize(Object* self) {
  Runtime& rt = *self->type->runtime;
  Value interrupted_error = rt.take_error();
  const Value keep_alive = Value::from_object(self);
  Value closed = get_attr_optional(rt, keep_alive, rt.names.closed);
  const int is_closed = closed.is_null() ? -1 : truth(rt, closed);
  if (is_closed == 0 && call_method(rt, keep_alive, rt.names.close, nullptr, 0).is_null()) {
    rt.clear_error();
  }
  rt.clear_error();
  if (!interrupted_error.is_null()) rt.raise_exception(std::move(interrupted_error));
}

namespace {

IOObject* as_io(const Value& value) { return value.as<IOObject>(); }

// ------------------------------------------------------------------ IOBase

Value iobase_seek(Runtime& rt, const Value*, size_t, Tuple*) {
  return raise_unsupported(rt, "seek");
}

Value iobase_tell(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "tell", nargs - 1, kwnames)) return Value();
  const Value seek_args[] = {Value::small_int(0), Value::small_int(1)};
  return call_method(rt, args[0], rt.names.seek, seek_args, 2);
}

Value iobase_truncate(Runtime& rt, const Value*, size_t, Tuple*) {
  return raise_unsupported(rt, "truncate");
}

Value iobase_flush(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "flush", nargs - 1, kwnames)) return Value();
  if (as_io(args[0])->iobase_closed) return raise_closed_file(rt);
  return Value::none();
}

Value iobase_close(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "close", nargs - 1, kwnames)) return Value();
  if (as_io(args[0])->iobase_closed) return Value::none();
  Value result = call_method(rt, args[0], rt.names.flush, nullptr, 0);
  as_io(args[0])->iobase_closed = true;
  if (result.is_null()) return Value();
  return Value::none();
}

Value iobase_false(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "readable", nargs - 1, kwnames)) return Value();
  return Value::boolean(false);
}

// _checkClosed(), _checkReadable(), ...: the checks the Python
// implementation's subclasses call.
Value iobase_check_closed_method(Runtime& rt, const Value* args, size_t, Tuple*) {
  if (!check_not_closed(rt, args[0])) return Value();
  return Value::none();
}

// True when self.method() returned True; UnsupportedOperation otherwise.
Value check_capability(Runtime& rt, const Value& self, Str* method, const char* message) {
  Value result = call_method(rt, self, method, nullptr, 0);
  if (result.is_null()) return Value();
  if (!result.is(Value::boolean(true))) return raise_unsupported(rt, message);
  return result;
}

Value iobase_check_readable(Runtime& rt, const Value* args, size_t, Tuple*) {
  return check_capability(rt, args[0], rt.names.readable, "File or stream is not readable.");
}
Value iobase_check_writable(Runtime& rt, const Value* args, size_t, Tuple*) {
  return check_capability(rt, args[0], rt.names.writable, "File or stream is not writable.");
}
Value iobase_check_seekable(Runtime& rt, const Value* args, size_t, Tuple*) {
  return check_capability(rt, args[0], rt.names.seekable, "File or stream is not seekable.");
}

Value iobase_fileno(Runtime& rt, const Value*, size_t, Tuple*) {
  return raise_unsupported(rt, "fileno");
}

Value iobase_isatty(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "isatty", nargs - 1, kwnames)) return Value();
  if (!check_not_closed(rt, args[0])) return Value();
  return Value::boolean(false);
}

Value iobase_enter(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "__enter__", nargs - 1, kwnames)) return Value();
  if (!check_not_closed(rt, args[0])) return Value();
  return args[0];
}

Value iobase_exit(Runtime& rt, const Value* args, size_t, Tuple*) {
  return call_method(rt, args[0], rt.names.close, nullptr, 0);
}

Value iobase_iter(Runtime& rt, const Value& self) {
  if (!check_not_closed(rt, self)) return Value();
  return self;
}

// next(): self.readline() until it returns an empty line.
Value iobase_next(Runtime& rt, const Value& self) {
  Value line = call_method(rt, self, rt.names.readline, nullptr, 0);
  if (line.is_null()) return Value();
  const int64_t size = length(rt, line);
  if (size < 0) return Value();
  if (size == 0) return Value();
  return line;
}

// readline(size=-1) from peek() (when there is one) and read().
Value iobase_readline(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "readline", nargs - 1, kwnames, 0, 1)) return Value();
  int64_t limit = -1;
  if (nargs > 1 && !size_argument(rt, args[1], &limit)) return Value();
  const Value& self = args[0];
  Value peek = get_attr_optional(rt, self, rt.names.peek);
  if (peek.is_null() && rt.has_error()) return Value();
  std::string line;
  while (limit < 0 || static_cast<int64_t>(line.size()) < limit) {
    int64_t readahead = 1;
    if (!peek.is_null()) {
      Value one = Value::small_int(1);
      Value ahead = call(rt, peek, &one, 1);
      if (ahead.is_null()) return Value();
      if (rt.type_of(ahead) != rt.bytes_type) {
        return rt.raise(Exc::kOSError, cat("peek() should have returned a bytes object, not '",
                                           type_name(rt, ahead), "'"));
      }
      const std::string_view data = bytes_view(ahead);
      if (!data.empty()) {
        size_t n = 0;
        while (n < data.size() && (limit < 0 || static_cast<int64_t>(n) < limit)) {
          if (data[n++] == '\n') break;
        }
        readahead = static_cast<int64_t>(n);
      }
    }
    Value count = Value::small_int(readahead);
    Value chunk = call_method(rt, self, rt.names.read, &count, 1);
    if (chunk.is_null()) return Value();
    if (rt.type_of(chunk) != rt.bytes_type) {
      return rt.raise(Exc::kOSError, cat("read() should have returned a bytes object, not '",
                                         type_name(rt, chunk), "'"));
    }
    const std::string_view data = bytes_view(chunk);
    if (data.empty()) break;
    line.append(data);
    if (line.back() == '\n') break;
  }
  return make_bytes(rt, line);
}

Value iobase_readlines(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "readlines", nargs - 1, kwnames, 0, 1)) return Value();
  int64_t hint = -1;
  if (nargs > 1 && !size_argument(rt, args[1], &hint)) return Value();
  Ref<List> lines = make_list(rt);
  int64_t total = 0;
  const bool ok = for_each(rt, args[0], [&](Value line) {
    if (hint > 0) {
      const int64_t size = length(rt, line);
      if (size < 0) return false;
      lines->items.push_back(std::move(line));
      if (size > hint - total) return false;
      total += size;
      return true;
    }
    lines->items.push_back(std::move(line));
    return true;
  });
  if (!ok && rt.has_error()) return Value();
  return lines;
}

Value iobase_writelines(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "writelines", nargs - 1, kwnames)) return Value();
  if (!check_not_closed(rt, args[0])) return Value();
  const bool ok = for_each(rt, args[1], [&](Value line) {
    return !call_method(rt, args[0], rt.names.write, &line, 1).is_null();
  });
  if (!ok) return Value();
  return Value::none();
}

Value iobase_closed_get(Runtime&, const Value& self) {
  return Value::boolean(as_io(self)->iobase_closed);
}

Value iobase_new(Runtime& rt, Type* type, const Value*, size_t, Tuple*) {
  IOObject* object = new_object<IOObject>(rt.gc, type, type->instance_size - sizeof(IOObject));
  return Value::steal(object);
}

void iobase_traverse(Object* self, VisitFn visit, void* context) {
  io_traverse_dict(static_cast<IOObject*>(self), visit, context);
}

void iobase_clear(Object* self) { Value dropped = std::move(static_cast<IOObject*>(self)->dict); }

void iobase_dealloc(Object* self) {
  if (self->type->runtime->gc.finalizer_resurrects(self)) return;
  dealloc_object<IOObject>(self);
}

const MethodDef kIOBaseMethods[] = {
    {"seek", iobase_seek},
    {"tell", iobase_tell},
    {"truncate", iobase_truncate},
    {"flush", iobase_flush},
    {"close", iobase_close},
    {"seekable", iobase_false},
    {"readable", iobase_false},
    {"writable", iobase_false},
    {"_checkClosed", iobase_check_closed_method},
    {"_checkSeekable", iobase_check_seekable},
    {"_checkReadable", iobase_check_readable},
    {"_checkWritable", iobase_check_writable},
    {"fileno", iobase_fileno},
    {"isatty", iobase_isatty},
    {"__enter__", iobase_enter},
    {"__exit__", iobase_exit},
    {"readline", iobase_readline},
    {"readlines", iobase_readlines},
    {"writelines", iobase_writelines},
};
const GetSetDef kIOBaseGetSets[] = {{"closed", iobase_closed_get}};

// --------------------------------------------------------------- RawIOBase

// read(size=-1): readall(), or readinto() a bytearray of that size.
Value rawiobase_read(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "read", nargs - 1, kwnames, 0, 1)) return Value();
  int64_t size = -1;
  if (nargs > 1 && !size_argument(rt, args[1], &size)) return Value();
  if (size < 0) return call_method(rt, args[0], rt.names.readall, nullptr, 0);
  Value buffer = make_bytearray(rt, std::string(static_cast<size_t>(size), '\0'));
  Value count = call_method(rt, args[0], rt.names.readinto, &buffer, 1);
  if (count.is_null()) return Value();
  if (count.is_none()) return count;
  int64_t n;
  if (!index_as_int64(rt, count, &n, Exc::kValueError)) return Value();
  const RuntimeBytes& bytes = buffer.as<ByteArray>()->bytes;
  if (n < 0 || static_cast<size_t>(n) > bytes.size()) {
    return rt.raise(Exc::kValueError,
                    cat("readinto returned ", n, " outside buffer size ", bytes.size()));
  }
  return make_bytes(rt, std::string_view(bytes).substr(0, static_cast<size_t>(n)));
}

Value rawiobase_readall(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "readall", nargs - 1, kwnames)) return Value();
  std::string all;
  bool any = false;
  for (;;) {
    Value size = Value::small_int(8192);
    Value chunk = call_method(rt, args[0], rt.names.read, &size, 1);
    if (chunk.is_null()) return Value();
    if (chunk.is_none()) {
      if (!any) return chunk;
      break;
    }
    if (rt.type_of(chunk) != rt.bytes_type)
      return rt.raise(Exc::kTypeError, "read() should return bytes");
    if (bytes_view(chunk).empty()) break;
    all.append(bytes_view(chunk));
    any = true;
  }
  return make_bytes(rt, all);
}

Value not_implemented(Runtime& rt, const Value*, size_t, Tuple*) {
  return rt.raise_exception(make_exception(rt, rt.exception_type(Exc::kNotImplementedError),
                                           Ref<Tuple>::borrow(rt.empty_tuple())));
}

const MethodDef kRawIOBaseMethods[] = {
    {"read", rawiobase_read},
    {"readall", rawiobase_readall},
    {"readinto", not_implemented},
    {"write", not_implemented},
};

// ---------------------------------------------------------- BufferedIOBase

Value unsupported_detach(Runtime& rt, const Value*, size_t, Tuple*) {
  return raise_unsupported(rt, "detach");
}
Value unsupported_read(Runtime& rt, const Value*, size_t, Tuple*) {
  return raise_unsupported(rt, "read");
}
Value unsupported_read1(Runtime& rt, const Value*, size_t, Tuple*) {
  return raise_unsupported(rt, "read1");
}
Value unsupported_write(Runtime& rt, const Value*, size_t, Tuple*) {
  return raise_unsupported(rt, "write");
}
Value unsupported_readline(Runtime& rt, const Value*, size_t, Tuple*) {
  return raise_unsupported(rt, "readline");
}

// readinto(b) and readinto1(b): self.read(len(b)) (or read1) copied into b.
Value buffered_base_readinto(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames, bool one,
                             const char* name) {
  if (!expect_exactly_one(rt, name, nargs - 1, kwnames)) return Value();
  char* data;
  size_t size;
  if (!writable_buffer(rt, name, args[1], &data, &size)) return Value();
  Value count = Value::small_int(static_cast<int64_t>(size));
  Value chunk = call_method(rt, args[0], one ? rt.names.read1 : rt.names.read, &count, 1);
  if (chunk.is_null()) return Value();
  if (rt.type_of(chunk) != rt.bytes_type)
    return rt.raise(Exc::kTypeError, "read() should return bytes");
  const std::string_view bytes = bytes_view(chunk);
  // The read may have run Python code: look the buffer up again.
  if (!writable_buffer(rt, name, args[1], &data, &size)) return Value();
  if (bytes.size() > size) {
    return rt.raise(Exc::kValueError, cat("read() returned too much data: ", size,
                                          " bytes requested, ", bytes.size(), " returned"));
  }
  std::memcpy(data, bytes.data(), bytes.size());
  return Value::small_int(static_cast<int64_t>(bytes.size()));
}

Value bufferediobase_readinto(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return buffered_base_readinto(rt, args, nargs, kwnames, false, "readinto");
}
Value bufferediobase_readinto1(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return buffered_base_readinto(rt, args, nargs, kwnames, true, "readinto1");
}

const MethodDef kBufferedIOBaseMethods[] = {
    {"detach", unsupported_detach},
    {"read", unsupported_read},
    {"read1", unsupported_read1},
    {"readinto", bufferediobase_readinto},
    {"readinto1", bufferediobase_readinto1},
    {"write", unsupported_write},
};

// -------------------------------------------------------------- TextIOBase

Value none_getter(Runtime&, const Value&) { return Value::none(); }

const MethodDef kTextIOBaseMethods[] = {
    {"detach", unsupported_detach},
    {"read", unsupported_read},
    {"readline", unsupported_readline},
    {"write", unsupported_write},
};
const GetSetDef kTextIOBaseGetSets[] = {
    {"encoding", none_getter}, {"newlines", none_getter}, {"errors", none_getter}};

// -------------------------------------------------------------------- open

// A str/None argument of open(): null when None or absent.
bool optional_str(Runtime& rt, const Value& value, const char* name, Value* out) {
  if (value.is_null() || value.is_none()) return true;
  if (!is_str(value)) {
    rt.raise(Exc::kTypeError,
             cat("open() argument '", name, "' must be str or None, not ", type_name(rt, value)));
    return false;
  }
  *out = value;
  return true;
}

// Closes what open() made so far after an error, keeping that error.
Value close_after_error(Runtime& rt, const Value& made) {
  Value error = rt.take_error();
  if (call_method(rt, made, rt.names.close, nullptr, 0).is_null()) rt.clear_error();
  return rt.raise_exception(std::move(error));
}

Value io_open(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  const size_t positional = nargs - tuple_size(kwnames);
  if (positional > 8) {
    return rt.raise(Exc::kTypeError,
                    cat("open() takes at most 8 arguments (", positional, " given)"));
  }
  static const Parameters kParameters{
      "open",
      {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"},
      1,
      0};
  Value bound[8];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  const Value& file = bound[0];
  std::string_view mode = "r";
  if (!bound[1].is_null()) {
    if (!is_str(bound[1])) {
      return rt.raise(Exc::kTypeError, cat("open() argument 'mode' must be str, not ",
                                           argument_type_name(rt, bound[1])));
    }
    mode = as_str(bound[1])->view();
  }
  int buffering_argument = -1;
  if (!bound[2].is_null() && !c_int_argument(rt, bound[2], &buffering_argument)) return Value();
  int64_t buffering = buffering_argument;
  Value encoding, errors, newline;
  if (!optional_str(rt, bound[3], "encoding", &encoding) ||
      !optional_str(rt, bound[4], "errors", &errors) ||
      !optional_str(rt, bound[5], "newline", &newline)) {
    return Value();
  }
  bool closefd = true;
  if (!bound[6].is_null()) {
    const int t = truth(rt, bound[6]);
    if (t < 0) return Value();
    closefd = t;
  }
  const Value opener = bound[7].is_null() ? Value::none() : bound[7];

  // The file: a descriptor (an int), or a path (str, bytes, os.PathLike).
  Value path_or_fd = file;
  if (!is_int(file) && rt.type_of(file)->index == nullptr) {
    path_or_fd = filesystem_path(rt, file);
    if (path_or_fd.is_null()) return rt.has_error() ? Value() : raise_not_path_like(rt, file);
  }

  bool creating = false, reading = false, writing = false, appending = false, updating = false;
  bool text = false, binary = false;
  for (size_t i = 0; i < mode.size(); ++i) {
    const char c = mode[i];
    bool* flag = c == 'x'   ? &creating
                 : c == 'r' ? &reading
                 : c == 'w' ? &writing
                 : c == 'a' ? &appending
                 : c == '+' ? &updating
                 : c == 't' ? &text
                 : c == 'b' ? &binary
                            : nullptr;
    if (flag == nullptr || mode.find(c, i + 1) != std::string_view::npos) {
      return rt.raise(Exc::kValueError, cat("invalid mode: '", mode, "'"));
    }
    *flag = true;
  }
  std::string raw_mode;
  if (creating) raw_mode += 'x';
  if (reading) raw_mode += 'r';
  if (writing) raw_mode += 'w';
  if (appending) raw_mode += 'a';
  if (updating) raw_mode += '+';
  if (text && binary) return rt.raise(Exc::kValueError, "can't have text and binary mode at once");
  if (creating + reading + writing + appending > 1) {
    return rt.raise(Exc::kValueError, "must have exactly one of create/read/write/append mode");
  }
  if (binary && !encoding.is_null()) {
    return rt.raise(Exc::kValueError, "binary mode doesn't take an encoding argument");
  }
  if (binary && !errors.is_null())
    return rt.raise(Exc::kValueError, "binary mode doesn't take an errors argument");
  if (binary && !newline.is_null())
    return rt.raise(Exc::kValueError, "binary mode doesn't take a newline argument");

  if (binary && buffering == 1 &&
      !warn(vm_of(rt), Exc::kRuntimeWarning,
            "line buffering (buffering=1) isn't supported in binary mode, the default buffer size "
            "will be used")) {
    return Value();
  }

  const Value raw_args[] = {path_or_fd, make_str(rt, raw_mode), Value::boolean(closefd), opener};
  Value raw = call(rt, Value::from_object(rt.file_io_type), raw_args, 4);
  if (raw.is_null()) return Value();

  bool line_buffering = false;
  bool is_tty = false;
  if (buffering < 0) {
    Value tty = call_method(rt, raw, rt.names.isatty, nullptr, 0);
    if (tty.is_null()) return close_after_error(rt, raw);
    const int t = truth(rt, tty);
    if (t < 0) return close_after_error(rt, raw);
    is_tty = t;
  }
  if (buffering == 1 || is_tty) {
    buffering = -1;
    line_buffering = true;
  }
  if (buffering < 0) {
    Value block_size = get_attr(rt, raw, rt.intern("_blksize"));
    if (block_size.is_null() || !index_as_int64(rt, block_size, &buffering, Exc::kOverflowError)) {
      return close_after_error(rt, raw);
    }
  }
  if (buffering < 0) {
    rt.raise(Exc::kValueError, "invalid buffering size");
    return close_after_error(rt, raw);
  }
  if (buffering == 0) {
    if (binary) return raw;
    rt.raise(Exc::kValueError, "can't have unbuffered text I/O");
    return close_after_error(rt, raw);
  }
  Type* buffered_type = updating                           ? rt.buffered_random_type
                        : creating || writing || appending ? rt.buffered_writer_type
                                                           : rt.buffered_reader_type;
  const Value buffered_args[] = {raw, Value::small_int(buffering)};
  Value buffer = call(rt, Value::from_object(buffered_type), buffered_args, 2);
  if (buffer.is_null()) return close_after_error(rt, raw);
  if (binary) return buffer;
  const Value text_args[] = {buffer, encoding.is_null() ? Value::none() : encoding,
                             errors.is_null() ? Value::none() : errors,
                             newline.is_null() ? Value::none() : newline,
                             Value::boolean(line_buffering)};
  Value wrapper = call(rt, Value::from_object(rt.text_io_wrapper_type), text_args, 5);
  if (wrapper.is_null()) return close_after_error(rt, buffer);
  if (!set_attr(rt, wrapper, rt.names.mode, make_str(rt, mode)))
    return close_after_error(rt, wrapper);
  return wrapper;
}

// open_code(path): the file opened for reading as bytes.
Value io_open_code(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"open_code", {"path"}, 1, 0};
  Value bound[1];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  if (!is_str(bound[0])) {
    return rt.raise(Exc::kTypeError,
                    cat("open_code() argument 'path' must be str, not ", type_name(rt, bound[0])));
  }
  const Value open_args[] = {bound[0], make_str(rt, "rb")};
  return io_open(rt, open_args, 2, nullptr);
}

// text_encoding(encoding, stacklevel=2): the encoding a text file gets
// for this argument ("locale" for None, as outside UTF-8 mode).
Value io_text_encoding(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "text_encoding", nargs, kwnames, 1, 2)) return Value();
  if (args[0].is_none()) return make_str(rt, "locale");
  return args[0];
}

const MethodDef kIOFunctions[] = {
    {"open_code", io_open_code},
    {"text_encoding", io_text_encoding},
};

void define_io_base_type(VM& vm, Type* type, const char* name, Type* base) {
  define_builtin_type(vm, type, name, base, sizeof(IOObject),
                      kTypeBaseType | kTypeHasGc | kTypeWeakReferenceable,
                      iobase_dealloc);
  type->module_name = Ref<Str>::borrow(vm.intern("_io"));
  type->new_instance = iobase_new;
  type->traverse = iobase_traverse;
  type->clear = iobase_clear;
}

}  // namespace

void init_io_base_types(VM& vm) {
  Type* base = vm.io_base_type;
  define_io_base_type(vm, base, "_IOBase", vm.object_type);
  base->dict_offset = offsetof(IOObject, dict);
  base->finalize = iobase_finalize;
  base->iter = iobase_iter;
  base->next = iobase_next;
  add_methods(vm, base, kIOBaseMethods);
  add_getsets(vm, base, kIOBaseGetSets);
  finish_type(vm, base);

  define_io_base_type(vm, vm.raw_io_base_type, "_RawIOBase", base);
  add_methods(vm, vm.raw_io_base_type, kRawIOBaseMethods);
  finish_type(vm, vm.raw_io_base_type);

  define_io_base_type(vm, vm.buffered_io_base_type, "_BufferedIOBase", base);
  add_methods(vm, vm.buffered_io_base_type, kBufferedIOBaseMethods);
  finish_type(vm, vm.buffered_io_base_type);

  define_io_base_type(vm, vm.text_io_base_type, "_TextIOBase", base);
  add_methods(vm, vm.text_io_base_type, kTextIOBaseMethods);
  add_getsets(vm, vm.text_io_base_type, kTextIOBaseGetSets);
  finish_type(vm, vm.text_io_base_type);
}

void init_io_types(VM& vm) {
  init_io_base_types(vm);
  init_file_io_type(vm);
  init_buffered_types(vm);
  init_text_io_type(vm);
  init_memory_io_types(vm);

  // class UnsupportedOperation(OSError, ValueError), in module io.
  Value namespace_dict = make_dict(vm);
  dict_set_str(vm, as_dict(namespace_dict), vm.names.dunder_module, make_str(vm, "io"));
  const Value type_args[] = {
      make_str(vm, "UnsupportedOperation"),
      make_tuple(vm, {Value::from_object(vm.exception_type(Exc::kOSError)),
                      Value::from_object(vm.exception_type(Exc::kValueError))}),
      namespace_dict};
  vm.io_unsupported_operation = type_new(vm, vm.type_type, type_args, 3, nullptr);
  vm.io_open = make_native_function(vm, "open", io_open, Value(), vm.intern("io"));
}

Value make_io_module(VM& vm, std::string_view name) {
  Value module = make_module_with_functions(vm, name, kIOFunctions);
  Dict* dict = module_dict(module);
  auto set = [&](std::string_view key, const Value& value) {
    dict_set_str(vm, dict, vm.intern(key), value);
  };
  set("open", vm.io_open);
  set("DEFAULT_BUFFER_SIZE", Value::small_int(8192));
  set("SEEK_SET", Value::small_int(0));
  set("SEEK_CUR", Value::small_int(1));
  set("SEEK_END", Value::small_int(2));
  set("UnsupportedOperation", vm.io_unsupported_operation);
  set("BlockingIOError", Value::from_object(vm.exception_type(Exc::kBlockingIOError)));
  // io's IOBase, RawIOBase, ... are _io's _IOBase, _RawIOBase, ... (in
  // CPython, abstract classes of their own that those are registered with).
  const bool public_names = name == "io";
  for (Type* type :
       {vm.io_base_type, vm.raw_io_base_type, vm.buffered_io_base_type, vm.text_io_base_type}) {
    set(type->name->view().substr(public_names ? 1 : 0), Value::from_object(type));
  }
  for (Type* type :
       {vm.file_io_type, vm.buffered_reader_type, vm.buffered_writer_type, vm.buffered_random_type,
        vm.text_io_wrapper_type, vm.bytes_io_type, vm.string_io_type}) {
    set(type->name->view(), Value::from_object(type));
  }
  return module;
}

}  // namespace pyvm
