// SPDX-License-Identifier: GPL-3.0-or-later
// BufferedReader, BufferedWriter and BufferedRandom: a buffer of
// buffer_size bytes (8192 by default) over a raw stream, as CPython's
// _io classes of those names. The raw stream is called through its
// methods (readinto, write, seek, tell, ...); an exact FileIO is called
// directly. Reads fill the buffer with one raw read at a time (larger
// requests read straight into the result); writes collect in the buffer
// until it would overflow. See BufferedObject (io_internal.h) for how
// reading and writing share the raw stream's position.
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "lib/io_internal.h"
#include "runtime/arguments.h"
#include "runtime/bytes.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/keyboard_interrupt.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm {

bool has_layout(const Object* object, const BufferedObject*) {
  const Runtime* rt = object->type->runtime;
  return layout_extends(object, rt->buffered_reader_type) ||
         layout_extends(object, rt->buffered_writer_type) ||
         layout_extends(object, rt->buffered_random_type);
}

namespace {

BufferedObject* as_buffered(const Value& value) { return value.as<BufferedObject>(); }

// The raw stream when it is an exact FileIO, whose functions are called
// directly; null otherwise.
FileIOObject* direct_file(Runtime& rt, const BufferedObject* b) {
  if (b->raw.is_object() && rt.type_of(b->raw) == rt.file_io_type) return b->raw.as<FileIOObject>();
  return nullptr;
}

bool check_initialized(Runtime& rt, const BufferedObject* b) {
  if (b->initialized) return true;
  rt.raise(Exc::kValueError,
           b->detached ? "raw stream has been detached" : "I/O operation on uninitialized object");
  return false;
}

// Whether the raw stream is closed: 1, 0, -1 on error.
int raw_is_closed(Runtime& rt, const BufferedObject* b) {
  if (FileIOObject* file = direct_file(rt, b)) return file->fd < 0 ? 1 : 0;
  const Value raw = b->raw;
  return object_is_closed(rt, raw);
}

// CPython's CHECK_CLOSED: "read of closed file" and its kin, unless bytes
// read ahead remain.
bool check_closed(Runtime& rt, const BufferedObject* b, const char* message) {
  const int closed = raw_is_closed(rt, b);
  if (closed < 0) return false;
  if (closed > 0 && b->unread() == 0) {
    rt.raise(Exc::kValueError, message);
    return false;
  }
  return true;
}

bool check_ready(Runtime& rt, const BufferedObject* b, const char* message) {
  return check_initialized(rt, b) && check_closed(rt, b, message);
}

// CPython's lock: while one of a buffered object's operations calls the
// raw stream, the raw stream's code may not start another on the same
// object (RuntimeError "reentrant call inside <_io.BufferedWriter ...>"),
// which could otherwise refill the buffer it is flushing forever.
class OperationGuard {
 public:
  OperationGuard(Runtime& rt, const Value& self) : b_(self.as<BufferedObject>()) {
    if (!b_->busy) {
      b_->busy = entered_ = true;
      return;
    }
    std::string shown;
    if (repr_text(rt, self, &shown))
      rt.raise(Exc::kRuntimeError, cat("reentrant call inside ", shown));
  }
  ~OperationGuard() {
    if (entered_) b_->busy = false;
  }
  OperationGuard(const OperationGuard&) = delete;
  OperationGuard& operator=(const OperationGuard&) = delete;
  bool ok() const { return entered_; }

 private:
  BufferedObject* b_;
  bool entered_ = false;
};

// A count the raw stream returned: an int within [0, limit].
int64_t raw_count(Runtime& rt, const Value& result, size_t limit, const char* what) {
  if (result.is_none()) return -2;
  int64_t n;
  if (!index_as_int64(rt, result, &n, Exc::kValueError)) return -1;
  if (n < 0 || static_cast<size_t>(n) > limit) {
    rt.raise(Exc::kOSError, cat("raw ", what, "() returned invalid length ", n,
                                " (should have been between 0 and ", limit, ")"));
    return -1;
  }
  return n;
}

// One raw read of up to `size` bytes, appended to `out`: the count, 0 at
// the end, -2 when the stream would block, -1 on error.
int64_t raw_read(Runtime& rt, BufferedObject* b, size_t size, RuntimeBytes* out) {
  const size_t used = out->size();
  if (!check_allocation(rt, size)) return -1;
  if (FileIOObject* file = direct_file(rt, b)) {
    size = fileio_read_capacity(file, size);
    out->resize(used + size);
    const int64_t n = fileio_read_into(rt, file, out->data() + used, size);
    out->resize(used + static_cast<size_t>(n > 0 ? n : 0));
    return n;
  }
  const Value raw = b->raw;
  Value array = make_bytearray(rt, std::string(size, '\0'));
  Value view = make_memoryview(rt, array);
  if (view.is_null()) return -1;
  Value result = call_method(rt, raw, rt.names.readinto, &view, 1);
  if (result.is_null()) return -1;
  const int64_t n = raw_count(rt, result, size, "readinto");
  if (n > 0)
    out->append(std::string_view(array.as<ByteArray>()->bytes).substr(0, static_cast<size_t>(n)));
  return n;
}

int64_t raw_write(Runtime& rt, BufferedObject* b, std::string_view data) {
  if (FileIOObject* file = direct_file(rt, b))
    return fileio_write_bytes(rt, file, data.data(), data.size());
  const Value raw = b->raw;
  Value view = make_memoryview(rt, make_bytes(rt, std::string_view(data)));
  if (view.is_null()) return -1;
  Value result = call_method(rt, raw, rt.names.write, &view, 1);
  if (result.is_null()) return -1;
  return raw_count(rt, result, data.size(), "write");
}

// An off_t argument or result (CPython's PyNumber_AsOff_t).
bool offset_value(Runtime& rt, const Value& value, int64_t* out) {
  return integer_argument(
      rt, value, out, Exc::kValueError,
      cat("cannot fit '", type_name(rt, value), "' into an offset-sized integer"));
}

int64_t raw_position(Runtime& rt, const Value& result) {
  int64_t n;
  if (!offset_value(rt, result, &n)) return -1;
  if (n < 0) {
    rt.raise(Exc::kOSError, cat("Raw stream returned invalid position ", n));
    return -1;
  }
  return n;
}

int64_t raw_seek(Runtime& rt, BufferedObject* b, int64_t position, int whence) {
  if (FileIOObject* file = direct_file(rt, b)) return fileio_seek_to(rt, file, position, whence);
  const Value raw = b->raw;
  const Value args[] = {Value::small_int(position), Value::small_int(whence)};
  Value result = call_method(rt, raw, rt.names.seek, args, 2);
  if (result.is_null()) return -1;
  return raw_position(rt, result);
}

int64_t raw_tell(Runtime& rt, BufferedObject* b) {
  if (FileIOObject* file = direct_file(rt, b)) return fileio_seek_to(rt, file, 0, SEEK_CUR);
  const Value raw = b->raw;
  Value result = call_method(rt, raw, rt.names.tell, nullptr, 0);
  if (result.is_null()) return -1;
  return raw_position(rt, result);
}

void drop_read_buffer(BufferedObject* b) {
  b->read_buffer.clear();
  b->read_pos = 0;
}

// Passes the written bytes to the raw stream.
bool flush_writes(Runtime& rt, BufferedObject* b) {
  while (!b->write_buffer.empty()) {
    const RuntimeBytes pending = b->write_buffer;
    const int64_t n = raw_write(rt, b, pending);
    if (n == -1) return false;
    if (n == -2) {
      Ref<Tuple> args = make_tuple(
          rt, {Value::small_int(EAGAIN), make_str(rt, "write could not complete without blocking"),
               Value::small_int(0)});
      rt.raise_exception(make_exception(rt, rt.exception_type(Exc::kBlockingIOError), args));
      return false;
    }
    b->write_buffer.erase(0, std::min(static_cast<size_t>(n), b->write_buffer.size()));
    if (poll_interrupt(rt)) return false;
  }
  return true;
}

// Moves the raw stream back over the bytes read ahead and not used.
bool rewind_reads(Runtime& rt, BufferedObject* b) {
  const size_t unread = b->unread();
  if (unread > 0 && raw_seek(rt, b, -static_cast<int64_t>(unread), SEEK_CUR) < 0) return false;
  drop_read_buffer(b);
  return true;
}

bool flush_and_rewind(Runtime& rt, BufferedObject* b) {
  if (!flush_writes(rt, b)) return false;
  return !b->readable || rewind_reads(rt, b);
}

// Refills the emptied read buffer with one raw read: as raw_read.
int64_t fill_buffer(Runtime& rt, BufferedObject* b) {
  drop_read_buffer(b);
  return raw_read(rt, b, static_cast<size_t>(b->buffer_size), &b->read_buffer);
}

std::string_view take_unread(BufferedObject* b, size_t count) {
  const std::string_view taken = std::string_view(b->read_buffer).substr(b->read_pos, count);
  b->read_pos += taken.size();
  return taken;
}

// read() to the end: what is buffered, then raw.readall() (or raw.read()
// until it returns nothing).
Value read_all(Runtime& rt, BufferedObject* b) {
  RuntimeBytes data(take_unread(b, b->unread()));
  drop_read_buffer(b);
  if (b->writable && !flush_and_rewind(rt, b)) return Value();
  const Value raw = b->raw;
  Value readall = get_attr_optional(rt, raw, rt.names.readall);
  if (readall.is_null() && rt.has_error()) return Value();
  if (!readall.is_null()) {
    Value rest = call(rt, readall, nullptr, 0);
    if (rest.is_null()) return Value();
    if (rest.is_none()) return data.empty() ? rest : make_bytes(rt, std::string_view(data));
    if (rt.type_of(rest) != rt.bytes_type)
      return rt.raise(Exc::kTypeError, "readall() should return bytes");
    if (data.empty()) return rest;
    data.append(bytes_view(rest));
    return make_bytes(rt, std::string_view(data));
  }
  for (;;) {
    Value chunk = call_method(rt, raw, rt.names.read, nullptr, 0);
    if (chunk.is_null()) return Value();
    if (chunk.is_none()) return data.empty() ? chunk : make_bytes(rt, std::string_view(data));
    if (rt.type_of(chunk) != rt.bytes_type)
      return rt.raise(Exc::kTypeError, "read() should return bytes");
    if (bytes_view(chunk).empty()) return make_bytes(rt, std::string_view(data));
    data.append(bytes_view(chunk));
  }
}

// read(n) for n >= 0: bytes, or None when the stream would block before any.
Value read_count(Runtime& rt, BufferedObject* b, size_t n) {
  if (n <= b->unread()) return make_bytes(rt, take_unread(b, n));
  RuntimeBytes data(take_unread(b, b->unread()));
  if (b->writable && !flush_and_rewind(rt, b)) return Value();
  drop_read_buffer(b);
  const size_t size = static_cast<size_t>(b->buffer_size);
  while (data.size() < n) {
    const size_t remaining = n - data.size();
    int64_t got;
    if (remaining > size) {
      // Whole blocks go straight into the result.
      got = raw_read(rt, b, remaining - remaining % size, &data);
    } else {
      got = fill_buffer(rt, b);
      if (got > 0) data.append(take_unread(b, remaining));
    }
    if (got == -1) return Value();
    if (got == 0 || got == -2) {
      if (got == -2 && data.empty()) return Value::none();
      break;
    }
    if (poll_interrupt(rt)) return Value();
  }
  return make_bytes(rt, std::string_view(data));
}

// readline(limit): up to and including the next b'\n'.
Value read_line(Runtime& rt, BufferedObject* b, int64_t limit) {
  size_t available = b->unread();
  if (limit >= 0 && available > static_cast<size_t>(limit)) available = static_cast<size_t>(limit);
  const char* start = b->read_buffer.data() + b->read_pos;
  if (const void* newline = std::memchr(start, '\n', available)) {
    return make_bytes(
        rt, take_unread(b, static_cast<size_t>(static_cast<const char*>(newline) - start) + 1));
  }
  if (limit >= 0 && available == static_cast<size_t>(limit))
    return make_bytes(rt, take_unread(b, available));
  std::string line(take_unread(b, available));
  if (limit >= 0) limit -= static_cast<int64_t>(available);
  if (b->writable && !flush_and_rewind(rt, b)) return Value();
  for (;;) {
    const int64_t got = fill_buffer(rt, b);
    if (got == -1) return Value();
    if (got <= 0) break;
    size_t n = static_cast<size_t>(got);
    if (limit >= 0 && n > static_cast<size_t>(limit)) n = static_cast<size_t>(limit);
    start = b->read_buffer.data();
    if (const void* newline = std::memchr(start, '\n', n)) {
      line.append(
          take_unread(b, static_cast<size_t>(static_cast<const char*>(newline) - start) + 1));
      break;
    }
    line.append(take_unread(b, n));
    if (limit >= 0) {
      limit -= static_cast<int64_t>(n);
      if (limit == 0) break;
    }
    if (poll_interrupt(rt)) return Value();
  }
  return make_bytes(rt, line);
}

// ---------------------------------------------------------------- methods

Value buffered_read(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "read", nargs - 1, kwnames, 0, 1)) return Value();
  int64_t n = -1;
  if (nargs > 1 && !size_argument(rt, args[1], &n)) return Value();
  BufferedObject* b = as_buffered(args[0]);
  if (!check_initialized(rt, b)) return Value();
  if (n < -1) return rt.raise(Exc::kValueError, "read length must be non-negative or -1");
  if (!check_closed(rt, b, "read of closed file")) return Value();
  OperationGuard guard(rt, args[0]);
  if (!guard.ok()) return Value();
  if (n == -1) return read_all(rt, b);
  return read_count(rt, b, static_cast<size_t>(n));
}

Value buffered_read1(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "read1", nargs - 1, kwnames, 0, 1)) return Value();
  int64_t n = -1;
  if (nargs > 1 && !ssize_argument(rt, args[1], &n)) return Value();
  BufferedObject* b = as_buffered(args[0]);
  if (!check_initialized(rt, b)) return Value();
  if (n < 0) n = b->buffer_size;
  if (!check_closed(rt, b, "read of closed file")) return Value();
  if (n == 0) return make_bytes(rt, "");
  if (b->unread() > 0) return make_bytes(rt, take_unread(b, static_cast<size_t>(n)));
  OperationGuard guard(rt, args[0]);
  if (!guard.ok()) return Value();
  // Nothing buffered: one raw read, straight into the result.
  if (b->writable && !flush_writes(rt, b)) return Value();
  drop_read_buffer(b);
  RuntimeBytes data;
  const int64_t got = raw_read(rt, b, static_cast<size_t>(n), &data);
  if (got == -1) return Value();
  return make_bytes(rt, std::string_view(data));
}

Value readinto_common(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames, bool one) {
  const char* name = one ? "readinto1" : "readinto";
  if (!expect_exactly_one(rt, name, nargs - 1, kwnames)) return Value();
  char* data;
  size_t size;
  if (!writable_buffer(rt, name, args[1], &data, &size)) return Value();
  BufferedObject* b = as_buffered(args[0]);
  if (!check_ready(rt, b, "readinto of closed file")) return Value();
  OperationGuard guard(rt, args[0]);
  if (!guard.ok()) return Value();
  RuntimeBytes got(take_unread(b, size));
  if (got.size() < size) {
    if (b->writable && !flush_and_rewind(rt, b)) return Value();
    drop_read_buffer(b);
    const size_t block = static_cast<size_t>(b->buffer_size);
    while (got.size() < size) {
      const size_t remaining = size - got.size();
      int64_t n;
      if (remaining > block) {
        n = raw_read(rt, b, remaining, &got);
      } else if (!(one && !got.empty())) {
        n = fill_buffer(rt, b);
        if (n > 0) {
          got.append(take_unread(b, remaining));
          if (one) break;
          continue;
        }
      } else {
        break;
      }
      if (n == -1) return Value();
      if (n == 0 || n == -2) {
        if (n == -2 && got.empty()) return Value::none();
        break;
      }
      if (one) break;
    }
  }
  // Reading may have run Python code: find the buffer again.
  if (!writable_buffer(rt, name, args[1], &data, &size)) return Value();
  std::memcpy(data, got.data(), std::min(got.size(), size));
  return Value::small_int(static_cast<int64_t>(got.size()));
}

Value buffered_readinto(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return readinto_common(rt, args, nargs, kwnames, false);
}
Value buffered_readinto1(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return readinto_common(rt, args, nargs, kwnames, true);
}

Value buffered_readline(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "readline", nargs - 1, kwnames, 0, 1)) return Value();
  int64_t limit = -1;
  if (nargs > 1 && !size_argument(rt, args[1], &limit)) return Value();
  BufferedObject* b = as_buffered(args[0]);
  if (!check_ready(rt, b, "readline of closed file")) return Value();
  OperationGuard guard(rt, args[0]);
  if (!guard.ok()) return Value();
  return read_line(rt, b, limit);
}

Value buffered_peek(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "peek", nargs - 1, kwnames, 0, 1)) return Value();
  int64_t ignored_size;  // (checked, as CPython does, but any amount may come back)
  if (nargs > 1 && !ssize_argument(rt, args[1], &ignored_size)) return Value();
  BufferedObject* b = as_buffered(args[0]);
  if (!check_ready(rt, b, "peek of closed file")) return Value();
  OperationGuard guard(rt, args[0]);
  if (!guard.ok()) return Value();
  if (b->writable && !flush_and_rewind(rt, b)) return Value();
  if (b->unread() == 0) {
    const int64_t got = fill_buffer(rt, b);
    if (got == -1) return Value();
  }
  return make_bytes(rt, std::string_view(b->read_buffer).substr(b->read_pos));
}

Value buffered_write(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "write", nargs - 1, kwnames)) return Value();
  std::string_view data;
  if (!readable_buffer(rt, args[1], &data)) return Value();
  BufferedObject* b = as_buffered(args[0]);
  if (!check_ready(rt, b, "write to closed file")) return Value();
  OperationGuard guard(rt, args[0]);
  if (!guard.ok()) return Value();
  const std::string bytes(data);  // flushing may run Python code that changes the argument
  if (b->unread() > 0 && !rewind_reads(rt, b)) return Value();
  drop_read_buffer(b);
  const size_t size = static_cast<size_t>(b->buffer_size);
  if (b->write_buffer.size() + bytes.size() <= size) {
    b->write_buffer += bytes;
    return Value::small_int(static_cast<int64_t>(bytes.size()));
  }
  if (!flush_writes(rt, b)) return Value();
  size_t written = 0;
  while (bytes.size() - written > size) {
    const int64_t n = raw_write(rt, b, std::string_view(bytes).substr(written));
    if (n == -1) return Value();
    if (n == -2) break;
    written += static_cast<size_t>(n);
    if (poll_interrupt(rt)) return Value();
  }
  b->write_buffer.append(bytes, written, std::string::npos);
  return Value::small_int(static_cast<int64_t>(bytes.size()));
}

Value buffered_flush(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "flush", nargs - 1, kwnames)) return Value();
  BufferedObject* b = as_buffered(args[0]);
  if (!check_ready(rt, b, "flush of closed file")) return Value();
  OperationGuard guard(rt, args[0]);
  if (!guard.ok()) return Value();
  if (!flush_and_rewind(rt, b)) return Value();
  return Value::none();
}

// A BufferedReader's flush() is its raw stream's.
Value buffered_simple_flush(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "flush", nargs - 1, kwnames)) return Value();
  BufferedObject* b = as_buffered(args[0]);
  if (!check_initialized(rt, b)) return Value();
  const Value raw = b->raw;
  return call_method(rt, raw, rt.names.flush, nullptr, 0);
}

Value buffered_tell(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "tell", nargs - 1, kwnames)) return Value();
  BufferedObject* b = as_buffered(args[0]);
  if (!check_initialized(rt, b)) return Value();
  const int64_t position = raw_tell(rt, b);
  if (position < 0) return Value();
  const int64_t logical =
      position - static_cast<int64_t>(b->unread()) + static_cast<int64_t>(b->write_buffer.size());
  return Value::small_int(logical < 0 ? 0 : logical);
}

Value buffered_seek(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "seek", nargs - 1, kwnames, 1, 2)) return Value();
  BufferedObject* b = as_buffered(args[0]);
  int whence = 0;
  if (nargs > 2 && !c_int_argument(rt, args[2], &whence)) return Value();
  if (!check_initialized(rt, b)) return Value();
  if (whence < 0 || whence > 4)
    return rt.raise(Exc::kValueError, cat("whence value ", whence, " unsupported"));
  if (!check_closed(rt, b, "seek of closed file")) return Value();
  const Value raw = b->raw;
  Value seekable = call_method(rt, raw, rt.names.seekable, nullptr, 0);
  if (seekable.is_null()) return Value();
  if (!seekable.is(Value::boolean(true)))
    return raise_unsupported(rt, "File or stream is not seekable.");
  int64_t target;
  if (!offset_value(rt, args[1], &target)) return Value();
  OperationGuard guard(rt, args[0]);
  if (!guard.ok()) return Value();
  if (b->writable && !flush_writes(rt, b)) return Value();
  if (whence == SEEK_CUR) target -= static_cast<int64_t>(b->unread());
  const int64_t position = raw_seek(rt, b, target, whence);
  if (position < 0) return Value();
  drop_read_buffer(b);
  return Value::small_int(position);
}

Value buffered_truncate(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "truncate", nargs - 1, kwnames, 0, 1)) return Value();
  BufferedObject* b = as_buffered(args[0]);
  if (!check_ready(rt, b, "truncate of closed file")) return Value();
  if (!b->writable) return raise_unsupported(rt, "truncate");
  OperationGuard guard(rt, args[0]);
  if (!guard.ok()) return Value();
  if (!flush_and_rewind(rt, b)) return Value();
  const Value raw = b->raw;
  Value position = nargs > 1 ? args[1] : Value::none();
  return call_method(rt, raw, rt.names.truncate, &position, 1);
}

Value buffered_close(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "close", nargs - 1, kwnames)) return Value();
  BufferedObject* b = as_buffered(args[0]);
  if (!check_initialized(rt, b)) return Value();
  const int closed = raw_is_closed(rt, b);
  if (closed < 0) return Value();
  if (closed > 0) return Value::none();
  Value flushed = call_method(rt, args[0], rt.names.flush, nullptr, 0);
  Value error = flushed.is_null() ? rt.take_error() : Value();
  const Value raw = b->raw;
  Value result = call_method(rt, raw, rt.names.close, nullptr, 0);
  drop_read_buffer(b);
  b->write_buffer.clear();
  if (!error.is_null()) {
    rt.clear_error();
    return rt.raise_exception(std::move(error));
  }
  return result;
}

Value buffered_detach(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "detach", nargs - 1, kwnames)) return Value();
  BufferedObject* b = as_buffered(args[0]);
  if (!check_initialized(rt, b)) return Value();
  if (call_method(rt, args[0], rt.names.flush, nullptr, 0).is_null()) return Value();
  Value raw = std::move(b->raw);
  b->raw = Value::none();
  b->detached = true;
  b->initialized = false;
  return raw;
}

// Methods the buffered object passes on to its raw stream.
Value pass_to_raw(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames, Str* name) {
  if (!expect_no_arguments(rt, name->view(), nargs - 1, kwnames)) return Value();
  BufferedObject* b = as_buffered(args[0]);
  if (!check_initialized(rt, b)) return Value();
  const Value raw = b->raw;
  return call_method(rt, raw, name, nullptr, 0);
}

Value buffered_fileno(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return pass_to_raw(rt, args, nargs, kwnames, rt.names.fileno);
}
Value buffered_isatty(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return pass_to_raw(rt, args, nargs, kwnames, rt.names.isatty);
}
Value buffered_readable(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return pass_to_raw(rt, args, nargs, kwnames, rt.names.readable);
}
Value buffered_writable(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return pass_to_raw(rt, args, nargs, kwnames, rt.names.writable);
}
Value buffered_seekable(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return pass_to_raw(rt, args, nargs, kwnames, rt.names.seekable);
}

Value raw_attribute(Runtime& rt, const Value& self, Str* name) {
  BufferedObject* b = as_buffered(self);
  if (!check_initialized(rt, b)) return Value();
  const Value raw = b->raw;
  return get_attr(rt, raw, name);
}

Value buffered_closed(Runtime& rt, const Value& self) {
  return raw_attribute(rt, self, rt.names.closed);
}
Value buffered_name(Runtime& rt, const Value& self) {
  return raw_attribute(rt, self, rt.names.name);
}
Value buffered_mode(Runtime& rt, const Value& self) {
  return raw_attribute(rt, self, rt.names.mode);
}
Value buffered_raw(Runtime&, const Value& self) {
  const Value& raw = as_buffered(self)->raw;
  return raw.is_null() ? Value::none() : raw;
}

Value buffered_repr(Runtime& rt, const Value& self) {
  const std::string type_name = io_class_name(rt, self);
  Value name = get_attr_optional(rt, self, rt.names.name);
  if (name.is_null() && rt.has_error()) {
    if (!rt.error_matches(Exc::kValueError)) return Value();
    rt.clear_error();
  }
  if (name.is_null()) return make_str(rt, cat("<", type_name, ">"));
  std::string out = cat("<", type_name, " name=");
  if (!repr_text(rt, name, &out)) return Value();
  out += ">";
  return make_str(rt, out);
}

// Iteration over a reader: readline() until it returns nothing.
Value buffered_next(Runtime& rt, const Value& self) {
  BufferedObject* b = as_buffered(self);
  if (!check_initialized(rt, b)) return Value();
  Value line;
  if (rt.type_of(self) == rt.buffered_reader_type || rt.type_of(self) == rt.buffered_random_type) {
    if (!check_closed(rt, b, "readline of closed file")) return Value();
    OperationGuard guard(rt, self);
    if (!guard.ok()) return Value();
    line = read_line(rt, b, -1);
  } else {
    line = call_method(rt, self, rt.names.readline, nullptr, 0);
    if (!line.is_null() && rt.type_of(line) != rt.bytes_type) {
      return rt.raise(Exc::kOSError, cat("readline() should have returned a bytes object, not '",
                                         type_name(rt, line), "'"));
    }
  }
  if (line.is_null() || bytes_view(line).empty()) return Value();
  return line;
}

Value buffered_new(Runtime& rt, Type* type, const Value*, size_t, Tuple*) {
  BufferedObject* b =
      new_object<BufferedObject>(rt.gc, type, type->instance_size - sizeof(BufferedObject));
  b->raw = Value::none();
  return Value::steal(b);
}

// raw.readable() (and its kin) must return True itself.
bool check_raw_capability(Runtime& rt, const Value& raw, Str* method, const char* message) {
  Value result = call_method(rt, raw, method, nullptr, 0);
  if (result.is_null()) return false;
  if (!result.is(Value::boolean(true))) {
    raise_unsupported(rt, message);
    return false;
  }
  return true;
}

bool buffered_init(Runtime& rt, const Value& self, const Value* args, size_t nargs, Tuple* kwnames,
                   const char* type_name, bool readable, bool writable) {
  const Parameters parameters{type_name, {"raw", "buffer_size"}, 1, 0};
  Value bound[2];
  if (!bind_arguments(rt, parameters, args, nargs, kwnames, bound)) return false;
  BufferedObject* b = as_buffered(self);
  b->initialized = false;
  b->detached = false;
  const Value& raw = bound[0];
  if (readable && writable &&
      !check_raw_capability(rt, raw, rt.names.seekable, "File or stream is not seekable.")) {
    return false;
  }
  if (readable &&
      !check_raw_capability(rt, raw, rt.names.readable, "File or stream is not readable."))
    return false;
  if (writable &&
      !check_raw_capability(rt, raw, rt.names.writable, "File or stream is not writable."))
    return false;
  int64_t buffer_size = 8192;
  if (!bound[1].is_null() && !ssize_argument(rt, bound[1], &buffer_size)) return false;
  if (buffer_size <= 0) {
    rt.raise(Exc::kValueError, "buffer size must be strictly positive");
    return false;
  }
  if (!check_allocation(rt, static_cast<size_t>(buffer_size))) return false;
  b->raw = raw;
  b->buffer_size = buffer_size;
  b->readable = readable;
  b->writable = writable;
  drop_read_buffer(b);
  b->write_buffer.clear();
  // CPython asks the raw stream where it is; an error there is ignored.
  if (raw_tell(rt, b) < 0) rt.clear_error();
  b->initialized = true;
  return true;
}

bool reader_init(Runtime& rt, const Value& self, const Value* args, size_t nargs, Tuple* kwnames) {
  return buffered_init(rt, self, args, nargs, kwnames, "BufferedReader", true, false);
}
bool writer_init(Runtime& rt, const Value& self, const Value* args, size_t nargs, Tuple* kwnames) {
  return buffered_init(rt, self, args, nargs, kwnames, "BufferedWriter", false, true);
}
bool random_init(Runtime& rt, const Value& self, const Value* args, size_t nargs, Tuple* kwnames) {
  return buffered_init(rt, self, args, nargs, kwnames, "BufferedRandom", true, true);
}

void buffered_traverse(Object* self, VisitFn visit, void* context) {
  BufferedObject* b = static_cast<BufferedObject*>(self);
  io_traverse_dict(b, visit, context);
  if (b->raw.is_object()) visit(b->raw.as_object(), context);
}

void buffered_clear(Object* self) {
  BufferedObject* b = static_cast<BufferedObject*>(self);
  Value raw = std::move(b->raw), dict = std::move(b->dict);
  b->initialized = false;
}

void buffered_dealloc(Object* self) {
  if (self->type->runtime->gc.finalizer_resurrects(self)) return;
  dealloc_object<BufferedObject>(self);
}

const MethodDef kCommonMethods[] = {
    {"detach", buffered_detach},     {"close", buffered_close},
    {"seek", buffered_seek},         {"tell", buffered_tell},
    {"fileno", buffered_fileno},     {"isatty", buffered_isatty},
    {"seekable", buffered_seekable}, {"_dealloc_warn", io_dealloc_warn},
};
const MethodDef kReaderMethods[] = {
    {"read", buffered_read},         {"read1", buffered_read1},
    {"readinto", buffered_readinto}, {"readinto1", buffered_readinto1},
    {"readline", buffered_readline}, {"peek", buffered_peek},
    {"readable", buffered_readable}, {"truncate", buffered_truncate},
};
const MethodDef kWriterMethods[] = {
    {"write", buffered_write},
    {"truncate", buffered_truncate},
    {"writable", buffered_writable},
};
const GetSetDef kBufferedGetSets[] = {{"closed", buffered_closed},
                                      {"name", buffered_name},
                                      {"mode", buffered_mode},
                                      {"raw", buffered_raw},
                                      {"_finalizing", io_false_getter}};
const MethodDef kSimpleFlush[] = {{"flush", buffered_simple_flush}};
const MethodDef kFlush[] = {{"flush", buffered_flush}};

void define_buffered_type(VM& vm, Type* type, const char* name, InitFn init) {
  define_builtin_type(vm, type, name, vm.buffered_io_base_type, sizeof(BufferedObject),
                      kTypeBaseType | kTypeHasGc, buffered_dealloc);
  type->module_name = Ref<Str>::borrow(vm.intern("_io"));
  type->new_instance = buffered_new;
  type->init = init;
  type->repr = buffered_repr;
  type->traverse = buffered_traverse;
  type->clear = buffered_clear;
  add_methods(vm, type, kCommonMethods);
  add_getsets(vm, type, kBufferedGetSets);
}

}  // namespace

void init_buffered_types(VM& vm) {
  Type* reader = vm.buffered_reader_type;
  define_buffered_type(vm, reader, "BufferedReader", reader_init);
  add_methods(vm, reader, kReaderMethods);
  add_methods(vm, reader, kSimpleFlush);
  reader->next = buffered_next;
  finish_type(vm, reader);

  Type* writer = vm.buffered_writer_type;
  define_buffered_type(vm, writer, "BufferedWriter", writer_init);
  add_methods(vm, writer, kWriterMethods);
  add_methods(vm, writer, kFlush);
  finish_type(vm, writer);

  Type* random = vm.buffered_random_type;
  define_buffered_type(vm, random, "BufferedRandom", random_init);
  add_methods(vm, random, kReaderMethods);
  add_methods(vm, random, kWriterMethods);
  add_methods(vm, random, kFlush);
  random->next = buffered_next;
  finish_type(vm, random);
}

}  // namespace pyvm
