// SPDX-License-Identifier: GPL-3.0-or-later
// FileIO: the raw file of open(), one system call per operation on a file
// descriptor (CPython's _io.FileIO). Opens a path (str, bytes, or what an
// opener returns) or takes a descriptor; refuses directories as CPython
// does (IsADirectoryError); closes its descriptor on close() and when it
// dies (closefd=True).
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "lib/io_internal.h"
#include "runtime/arguments.h"
#include "runtime/bytes.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/keyboard_interrupt.h"
#include "runtime/object_type.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm {

bool has_layout(const Object* object, const FileIOObject*) {
  return layout_extends(object, object->type->runtime->file_io_type);
}

namespace {

FileIOObject* as_file(const Value& value) { return value.as<FileIOObject>(); }

Value raise_closed(Runtime& rt) { return raise_closed_file(rt, false); }

// "File not open for reading" / "... writing".
Value raise_mode(Runtime& rt, const char* action) {
  return raise_unsupported(rt, cat("File not open for ", action));
}

Value raise_errno(Runtime& rt, int error) { return raise_os_error(rt, error); }

const char* mode_string(const FileIOObject* file) {
  if (file->created) return file->readable ? "xb+" : "xb";
  if (file->appending) return file->readable ? "ab+" : "ab";
  if (file->readable) return file->writable ? "rb+" : "rb";
  return "wb";
}

// Closes the descriptor: false with OSError when close() failed.
bool close_descriptor(Runtime& rt, FileIOObject* file) {
  const int fd = file->fd;
  if (fd < 0) return true;
  file->fd = -1;
  if (::close(fd) < 0) {
    raise_errno(rt, errno);
    return false;
  }
  return true;
}

Value fileio_new(Runtime& rt, Type* type, const Value*, size_t, Tuple*) {
  FileIOObject* file =
      new_object<FileIOObject>(rt.gc, type, type->instance_size - sizeof(FileIOObject));
  return Value::steal(file);
}

// FileIO(file, mode='r', closefd=True, opener=None)
bool fileio_init(Runtime& rt, const Value& self, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"FileIO", {"file", "mode", "closefd", "opener"}, 1, 0};
  Value bound[4];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return false;
  FileIOObject* file = as_file(self);
  if (file->fd >= 0) {
    if (file->closefd) {
      if (!close_descriptor(rt, file)) return false;
    } else {
      file->fd = -1;
    }
  }
  const Value& name = bound[0];
  std::string_view mode = "r";
  if (!bound[1].is_null()) {
    if (!is_str(bound[1])) {
      rt.raise(Exc::kTypeError,
               cat("FileIO() argument 'mode' must be str, not ", argument_type_name(rt, bound[1])));
      return false;
    }
    mode = as_str(bound[1])->view();
  }
  bool closefd = true;
  if (!bound[2].is_null()) {
    const int t = truth(rt, bound[2]);
    if (t < 0) return false;
    closefd = t;
  }
  const Value opener = bound[3].is_null() ? Value::none() : bound[3];

  // A descriptor (an int that fits a C int), else a path.
  int fd = -1;
  std::string path;
  if (is_int(name) || rt.type_of(name)->index != nullptr) {
    int64_t number;
    if (index_as_int64(rt, name, &number, Exc::kOverflowError) && number >= INT32_MIN &&
        number <= INT32_MAX) {
      if (number < 0) {
        rt.raise(Exc::kValueError, "negative file descriptor");
        return false;
      }
      fd = static_cast<int>(number);
    } else if (rt.has_error() && !rt.error_matches(Exc::kOverflowError)) {
      return false;
    }
    rt.clear_error();
  }
  if (fd < 0) {
    Value converted = filesystem_path(rt, name);
    if (converted.is_null()) {
      if (!rt.has_error()) raise_not_path_like(rt, name);
      return false;
    }
    if (!path_bytes(rt, converted, "embedded null byte", &path)) return false;
  }

  bool readable = false, writable = false, created = false, appending = false;
  bool read_write_append = false, plus = false;
  int flags = 0;
  for (char c : mode) {
    switch (c) {
      case 'x':
      case 'r':
      case 'w':
      case 'a':
        if (read_write_append) goto bad_mode;
        read_write_append = true;
        if (c == 'x') {
          created = writable = true;
          flags |= O_EXCL | O_CREAT;
        } else if (c == 'r') {
          readable = true;
        } else if (c == 'w') {
          writable = true;
          flags |= O_CREAT | O_TRUNC;
        } else {
          writable = appending = true;
          flags |= O_APPEND | O_CREAT;
        }
        break;
      case 'b':
        break;
      case '+':
        if (plus) goto bad_mode;
        readable = writable = plus = true;
        break;
      default:
        rt.raise(Exc::kValueError, cat("invalid mode: ", mode.substr(0, 200)));
        return false;
    }
  }
  if (!read_write_append) {
  bad_mode:
    rt.raise(Exc::kValueError,
             "Must have exactly one of create/read/write/append mode and at most one plus");
    return false;
  }
  flags |= readable && writable ? O_RDWR : readable ? O_RDONLY : O_WRONLY;
  flags |= O_CLOEXEC;
  if (!check_file_access(rt, name)) return false;

  file->readable = readable;
  file->writable = writable;
  file->created = created;
  file->appending = appending;
  file->seekable = -1;
  bool own_descriptor = false;  // opened here: closed again if the file is refused
  if (fd >= 0) {
    file->fd = fd;
    file->closefd = closefd;
  } else {
    file->closefd = true;
    if (!closefd) {
      rt.raise(Exc::kValueError, "Cannot use closefd=False with file name");
      return false;
    }
    if (opener.is_none()) {
      do {
        fd = ::open(path.c_str(), flags, 0666);
      } while (fd < 0 && errno == EINTR && !take_interrupt(rt));
      if (rt.has_error()) return false;
      if (fd < 0) {
        raise_os_error(rt, errno, name);
        return false;
      }
    } else {
      const Value opener_args[] = {name, Value::small_int(flags)};
      Value result = call(rt, opener, opener_args, 2);
      if (result.is_null()) return false;
      int64_t number;
      if (!is_int(result) || !int_to_int64(result, &number) || number > INT32_MAX ||
          number < INT32_MIN) {
        rt.raise(Exc::kTypeError, "expected integer from opener");
        return false;
      }
      if (number < 0) {
        rt.raise(Exc::kValueError, cat("opener returned ", number));
        return false;
      }
      fd = static_cast<int>(number);
    }
    file->fd = fd;
    own_descriptor = true;
  }
  // Directories are refused (open() succeeds on them for reading).
  struct stat status;
  int refused = 0;
  if (::fstat(file->fd, &status) < 0) {
    if (errno == EBADF) refused = EBADF;
  } else if (S_ISDIR(status.st_mode)) {
    refused = EISDIR;
  } else {
    file->blksize = status.st_blksize > 1 ? status.st_blksize : 8192;
  }
  if (refused != 0) {
    if (own_descriptor) ::close(file->fd);
    file->fd = -1;
    if (refused == EISDIR)
      raise_os_error(rt, refused, name);
    else
      raise_errno(rt, refused);
    return false;
  }
  Value* dict = &file->dict;
  if (dict->is_null()) *dict = make_dict(rt);
  dict_set_str(rt, as_dict(*dict), rt.names.name, name);
  if (appending && ::lseek(file->fd, 0, SEEK_END) < 0 && errno != ESPIPE) {
    raise_errno(rt, errno);
    return false;
  }
  return true;
}

bool check_open(Runtime& rt, const FileIOObject* file) {
  if (file->fd >= 0) return true;
  raise_closed(rt);
  return false;
}

// The file of a method that takes no arguments, checked open; null with
// the error.
FileIOObject* open_file_of(Runtime& rt, const char* method, const Value* args, size_t nargs,
                           Tuple* kwnames) {
  if (!expect_no_arguments(rt, method, nargs - 1, kwnames)) return nullptr;
  FileIOObject* file = as_file(args[0]);
  return check_open(rt, file) ? file : nullptr;
}

// One read(2) of up to `size` bytes (retried after a signal).
int64_t read_once(Runtime& rt, int fd, char* data, size_t size) {
  for (;;) {
    const ssize_t n = ::read(fd, data, size);
    if (n >= 0) return n;
    if (errno == EINTR) {
      if (take_interrupt(rt)) return -1;
      continue;
    }
    if (errno == EAGAIN) return -2;
    raise_errno(rt, errno);
    return -1;
  }
}

// Everything up to the end of the file.
Value read_all(Runtime& rt, FileIOObject* file) {
  RuntimeBytes data;  // (counted as it grows: the file decides its size)
  struct stat status;
  size_t chunk = 8192;
  if (::fstat(file->fd, &status) == 0 && S_ISREG(status.st_mode)) {
    const off_t position = ::lseek(file->fd, 0, SEEK_CUR);
    if (position >= 0 && status.st_size >= position)
      chunk = static_cast<size_t>(status.st_size - position) + 1;
  }
  for (;;) {
    const size_t used = data.size();
    data.resize(used + chunk);
    const int64_t n = read_once(rt, file->fd, data.data() + used, chunk);
    if (n == -1) return Value();
    if (n == -2) {
      if (used == 0) return Value::none();
      data.resize(used);
      break;
    }
    data.resize(used + static_cast<size_t>(n));
    if (n == 0) break;
    if (poll_interrupt(rt)) return Value();
    chunk = std::max<size_t>(8192, data.size() / 2);
  }
  return make_bytes(rt, std::string_view(data));
}

Value fileio_read(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "read", nargs - 1, kwnames, 0, 1)) return Value();
  int64_t size = -1;
  if (nargs > 1 && !size_argument(rt, args[1], &size)) return Value();
  FileIOObject* file = as_file(args[0]);
  if (!check_open(rt, file)) return Value();
  if (!file->readable) return raise_mode(rt, "reading");
  if (size < 0) return read_all(rt, file);
  if (!check_allocation(rt, static_cast<size_t>(size))) return Value();
  const size_t capacity = fileio_read_capacity(file, static_cast<size_t>(size));
  RuntimeBytes data(capacity, '\0');
  const int64_t n = read_once(rt, file->fd, data.data(), capacity);
  if (n == -1) return Value();
  if (n == -2) return Value::none();
  data.resize(static_cast<size_t>(n));
  return make_bytes(rt, std::string_view(data));
}

Value fileio_readall(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  FileIOObject* file = open_file_of(rt, "readall", args, nargs, kwnames);
  if (file == nullptr) return Value();
  return read_all(rt, file);
}

Value fileio_readinto(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "readinto", nargs - 1, kwnames)) return Value();
  char* data;
  size_t size;
  if (!writable_buffer(rt, "readinto", args[1], &data, &size)) return Value();
  const int64_t n = fileio_read_into(rt, as_file(args[0]), data, size);
  if (n == -1) return Value();
  if (n == -2) return Value::none();
  return Value::small_int(n);
}

Value fileio_write(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_exactly_one(rt, "write", nargs - 1, kwnames)) return Value();
  std::string_view data;
  if (!readable_buffer(rt, args[1], &data)) return Value();
  const int64_t n = fileio_write_bytes(rt, as_file(args[0]), data.data(), data.size());
  if (n == -1) return Value();
  if (n == -2) return Value::none();
  return Value::small_int(n);
}

// A position argument of seek() and truncate() (a C long).
bool offset_argument(Runtime& rt, const Value& value, int64_t* out) {
  return integer_argument(rt, value, out, Exc::kOverflowError,
                          "Python int too large to convert to C long");
}

Value fileio_seek(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "seek", nargs - 1, kwnames, 1, 2)) return Value();
  FileIOObject* file = as_file(args[0]);
  int whence = 0;
  if (nargs > 2 && !c_int_argument(rt, args[2], &whence)) return Value();
  if (!check_open(rt, file)) return Value();
  int64_t position;
  if (!offset_argument(rt, args[1], &position)) return Value();
  const int64_t result = fileio_seek_to(rt, file, position, whence);
  if (result < 0) return Value();
  return Value::small_int(result);
}

Value fileio_tell(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  FileIOObject* file = open_file_of(rt, "tell", args, nargs, kwnames);
  if (file == nullptr) return Value();
  const int64_t result = fileio_seek_to(rt, file, 0, SEEK_CUR);
  if (result < 0) return Value();
  return Value::small_int(result);
}

Value fileio_truncate(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "truncate", nargs - 1, kwnames, 0, 1)) return Value();
  FileIOObject* file = as_file(args[0]);
  if (!check_open(rt, file)) return Value();
  if (!file->writable) return raise_mode(rt, "writing");
  int64_t size;
  Value result;
  if (nargs < 2 || args[1].is_none()) {
    const off_t position = ::lseek(file->fd, 0, SEEK_CUR);
    if (position < 0) return raise_errno(rt, errno);
    size = position;
    result = Value::small_int(size);
  } else {
    if (!offset_argument(rt, args[1], &size)) return Value();
    result = args[1];
  }
  if (::ftruncate(file->fd, size) < 0) return raise_errno(rt, errno);
  return result;
}

Value fileio_seekable(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  FileIOObject* file = open_file_of(rt, "seekable", args, nargs, kwnames);
  if (file == nullptr) return Value();
  if (file->seekable < 0) file->seekable = ::lseek(file->fd, 0, SEEK_CUR) >= 0 ? 1 : 0;
  return Value::boolean(file->seekable > 0);
}

Value fileio_readable(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  FileIOObject* file = open_file_of(rt, "readable", args, nargs, kwnames);
  if (file == nullptr) return Value();
  return Value::boolean(file->readable);
}

Value fileio_writable(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  FileIOObject* file = open_file_of(rt, "writable", args, nargs, kwnames);
  if (file == nullptr) return Value();
  return Value::boolean(file->writable);
}

Value fileio_fileno(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  FileIOObject* file = open_file_of(rt, "fileno", args, nargs, kwnames);
  if (file == nullptr) return Value();
  return Value::small_int(file->fd);
}

Value fileio_isatty(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  FileIOObject* file = open_file_of(rt, "isatty", args, nargs, kwnames);
  if (file == nullptr) return Value();
  return Value::boolean(::isatty(file->fd) != 0);
}

// close(): IOBase.close() (which calls flush()), then the descriptor.
Value fileio_close(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "close", nargs - 1, kwnames)) return Value();
  FileIOObject* file = as_file(args[0]);
  Value result = Value::none();
  if (!file->iobase_closed) {
    result = call_method(rt, args[0], rt.names.flush, nullptr, 0);
    file->iobase_closed = true;
  }
  Value error = result.is_null() ? rt.take_error() : Value();
  if (!file->closefd) {
    file->fd = -1;
  } else if (!close_descriptor(rt, file)) {
    if (!error.is_null())
      rt.clear_error();
    else
      return Value();
  }
  if (!error.is_null()) return rt.raise_exception(std::move(error));
  return Value::none();
}

Value fileio_repr(Runtime& rt, const Value& self) {
  FileIOObject* file = as_file(self);
  const std::string_view type_name = "_io.FileIO";  // (for subclasses too, as CPython)
  if (file->fd < 0) return make_str(rt, cat("<", type_name, " [closed]>"));
  Value name = get_attr_optional(rt, self, rt.names.name);
  if (name.is_null() && rt.has_error()) return Value();
  std::string out = cat("<", type_name);
  if (name.is_null()) {
    out += cat(" fd=", file->fd);
  } else {
    out += " name=";
    if (!repr_text(rt, name, &out)) return Value();
  }
  out += cat(" mode='", mode_string(file), "' closefd=", file->closefd ? "True" : "False", ">");
  return make_str(rt, out);
}

Value fileio_closed(Runtime&, const Value& self) { return Value::boolean(as_file(self)->fd < 0); }
Value fileio_closefd(Runtime&, const Value& self) { return Value::boolean(as_file(self)->closefd); }
Value fileio_mode(Runtime& rt, const Value& self) {
  return make_str(rt, mode_string(as_file(self)));
}
Value fileio_blksize(Runtime&, const Value& self) {
  return Value::small_int(as_file(self)->blksize);
}

void fileio_traverse(Object* self, VisitFn visit, void* context) {
  io_traverse_dict(static_cast<IOObject*>(self), visit, context);
}

void fileio_clear(Object* self) { Value dropped = std::move(static_cast<IOObject*>(self)->dict); }

void fileio_dealloc(Object* self) {
  if (self->type->runtime->gc.finalizer_resurrects(self)) return;
  FileIOObject* file = static_cast<FileIOObject*>(self);
  if (file->fd >= 0 && file->closefd) ::close(file->fd);
  dealloc_object<FileIOObject>(self);
}

const MethodDef kFileIOMethods[] = {
    {"read", fileio_read},         {"readall", fileio_readall},
    {"readinto", fileio_readinto}, {"write", fileio_write},
    {"seek", fileio_seek},         {"tell", fileio_tell},
    {"truncate", fileio_truncate}, {"close", fileio_close},
    {"seekable", fileio_seekable}, {"readable", fileio_readable},
    {"writable", fileio_writable}, {"fileno", fileio_fileno},
    {"isatty", fileio_isatty},     {"_dealloc_warn", io_dealloc_warn},
};
const GetSetDef kFileIOGetSets[] = {
    {"closed", fileio_closed},    {"closefd", fileio_closefd},      {"mode", fileio_mode},
    {"_blksize", fileio_blksize}, {"_finalizing", io_false_getter},
};

}  // namespace

int64_t fileio_read_into(Runtime& rt, FileIOObject* file, char* data, size_t size) {
  if (!check_open(rt, file)) return -1;
  if (!file->readable) {
    raise_mode(rt, "reading");
    return -1;
  }
  return read_once(rt, file->fd, data, size);
}

size_t fileio_read_capacity(const FileIOObject* file, size_t wanted) {
  struct stat status;
  if (wanted <= (size_t{1} << 20) || ::fstat(file->fd, &status) != 0 || !S_ISREG(status.st_mode)) {
    return wanted;
  }
  const off_t position = ::lseek(file->fd, 0, SEEK_CUR);
  if (position < 0) return wanted;
  return std::min<size_t>(wanted,
                          static_cast<size_t>(std::max<off_t>(status.st_size - position, 0)));
}

int64_t fileio_write_bytes(Runtime& rt, FileIOObject* file, const char* data, size_t size) {
  if (!check_open(rt, file)) return -1;
  if (!file->writable) {
    raise_mode(rt, "writing");
    return -1;
  }
  for (;;) {
    const ssize_t n = ::write(file->fd, data, size);
    if (n >= 0) return n;
    if (errno == EINTR) {
      if (take_interrupt(rt)) return -1;
      continue;
    }
    if (errno == EAGAIN) return -2;
    raise_errno(rt, errno);
    return -1;
  }
}

int64_t fileio_seek_to(Runtime& rt, FileIOObject* file, int64_t position, int whence) {
  if (!check_open(rt, file)) return -1;
  const off_t result = ::lseek(file->fd, position, whence);
  if (file->seekable < 0) file->seekable = result >= 0 ? 1 : 0;
  if (result < 0) {
    raise_errno(rt, errno);
    return -1;
  }
  return result;
}

void init_file_io_type(VM& vm) {
  Type* type = vm.file_io_type;
  define_builtin_type(vm, type, "FileIO", vm.raw_io_base_type, sizeof(FileIOObject),
                      kTypeBaseType | kTypeHasGc, fileio_dealloc);
  type->module_name = Ref<Str>::borrow(vm.intern("_io"));
  type->new_instance = fileio_new;
  type->init = fileio_init;
  type->repr = fileio_repr;
  type->traverse = fileio_traverse;
  type->clear = fileio_clear;
  add_methods(vm, type, kFileIOMethods);
  add_getsets(vm, type, kFileIOGetSets);
  finish_type(vm, type);
}

}  // namespace pyvm
