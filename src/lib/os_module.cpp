// SPDX-License-Identifier: GPL-3.0-or-later
// A small os module: what programs need to manage the files they make —
// remove/unlink, mkdir, rmdir, rename, listdir, getcwd, getpid, fspath,
// open/close of descriptors (with the O_* flags), strerror —
// and os.path's exists, isfile, isdir, getsize, join, basename, dirname.
// Errors are CPython's (FileNotFoundError: [Errno 2] No such file or
// directory: 'x'). In a VM without file access (VM::file_access) every
// function that touches the file system raises PermissionError.
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <utility>

#include "lib/io_internal.h"
#include "lib/native_modules.h"
#include "runtime/arguments.h"
#include "runtime/bytes.h"
#include "runtime/codecs.h"
#include "runtime/concat.h"
#include "runtime/descriptors.h"
#include "runtime/dict.h"
#include "runtime/exceptions.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

// A path argument: str, bytes or os.PathLike, as the bytes the system
// call takes; *path_value is the str or bytes (after __fspath__).
bool path_argument(Runtime& rt, std::string_view function, const Value& value, std::string* out,
                   Value* path_value = nullptr, bool allow_fd = false) {
  Value path = filesystem_path(rt, value);
  if (path.is_null()) {
    if (rt.has_error()) return false;
    rt.raise(Exc::kTypeError, cat(function, ": path should be string, bytes",
                                  allow_fd ? ", os.PathLike or integer" : " or os.PathLike",
                                  ", not ", type_name(rt, value)));
    return false;
  }
  if (!path_bytes(rt, path, cat(function, ": embedded null character in path"), out)) return false;
  if (path_value != nullptr) *path_value = path;
  return true;
}

// One path argument, checked and allowed: false with the error.
bool one_path(Runtime& rt, std::string_view function, const Value* args, size_t nargs,
              Tuple* kwnames, std::string* path, Value* given = nullptr) {
  const Parameters parameters{function, {"path"}, 1, 0};
  Value bound[1];
  if (!bind_arguments(rt, parameters, args, nargs, kwnames, bound)) return false;
  if (!path_argument(rt, function, bound[0], path)) return false;
  if (given != nullptr) *given = bound[0];
  return check_file_access(rt, bound[0]);
}

Value os_remove(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string path;
  Value given;
  if (!one_path(rt, "remove", args, nargs, kwnames, &path, &given)) return Value();
  if (::unlink(path.c_str()) < 0) return raise_os_error(rt, errno, given);
  return Value::none();
}

Value os_unlink(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string path;
  Value given;
  if (!one_path(rt, "unlink", args, nargs, kwnames, &path, &given)) return Value();
  if (::unlink(path.c_str()) < 0) return raise_os_error(rt, errno, given);
  return Value::none();
}

Value os_rmdir(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string path;
  Value given;
  if (!one_path(rt, "rmdir", args, nargs, kwnames, &path, &given)) return Value();
  if (::rmdir(path.c_str()) < 0) return raise_os_error(rt, errno, given);
  return Value::none();
}

Value os_mkdir(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"mkdir", {"path", "mode"}, 1, 0};
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  std::string path;
  if (!path_argument(rt, "mkdir", bound[0], &path)) return Value();
  int mode = 0777;
  if (!bound[1].is_null() && !c_int_argument(rt, bound[1], &mode)) return Value();
  if (!check_file_access(rt, bound[0])) return Value();
  if (::mkdir(path.c_str(), static_cast<mode_t>(mode)) < 0)
    return raise_os_error(rt, errno, bound[0]);
  return Value::none();
}

Value os_rename(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"rename", {"src", "dst"}, 2, 0};
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  std::string source, target;
  if (!path_argument(rt, "rename", bound[0], &source) ||
      !path_argument(rt, "rename", bound[1], &target)) {
    return Value();
  }
  if (!check_file_access(rt, bound[0])) return Value();
  if (::rename(source.c_str(), target.c_str()) < 0)
    return raise_os_error(rt, errno, bound[0], bound[1]);
  return Value::none();
}

Value os_listdir(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"listdir", {"path"}, 0, 0};
  Value bound[1];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  Value given = bound[0].is_null() || bound[0].is_none() ? Value(make_str(rt, ".")) : bound[0];
  std::string path;
  Value path_value;
  if (!path_argument(rt, "listdir", given, &path, &path_value)) return Value();
  if (!check_file_access(rt, given)) return Value();
  DIR* directory = ::opendir(path.c_str());
  if (directory == nullptr) return raise_os_error(rt, errno, given);
  const bool as_bytes = rt.type_of(path_value) == rt.bytes_type;
  Ref<List> names = make_list(rt);
  while (const dirent* entry = ::readdir(directory)) {
    const std::string_view name = entry->d_name;
    if (name == "." || name == "..") continue;
    if (as_bytes) {
      names->items.push_back(make_bytes(rt, name));
    } else {
      Value text = decode_to_str(rt, Codec::kUtf8, "surrogateescape", name);
      if (text.is_null()) {
        ::closedir(directory);
        return Value();
      }
      names->items.push_back(std::move(text));
    }
  }
  ::closedir(directory);
  return names;
}

// open(path, flags, mode=0o777): a descriptor (for opener= and open(fd)).
Value os_open(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"open", {"path", "flags", "mode"}, 2, 0};
  Value bound[3];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  std::string path;
  if (!path_argument(rt, "open", bound[0], &path)) return Value();
  int flags = 0, mode = 0777;
  if (!c_int_argument(rt, bound[1], &flags)) return Value();
  if (!bound[2].is_null() && !c_int_argument(rt, bound[2], &mode)) return Value();
  if (!check_file_access(rt, bound[0])) return Value();
  int fd;
  do {
    fd = ::open(path.c_str(), flags | O_CLOEXEC, static_cast<mode_t>(mode));
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) return raise_os_error(rt, errno, bound[0]);
  return Value::small_int(fd);
}

Value os_close(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"close", {"fd"}, 1, 0};
  Value bound[1];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  int fd;
  if (!c_int_argument(rt, bound[0], &fd)) return Value();
  if (!check_file_access(rt, bound[0])) return Value();
  if (::close(fd) < 0) return raise_os_error(rt, errno);
  return Value::none();
}

Value os_getcwd(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "getcwd", nargs, kwnames)) return Value();
  char buffer[PATH_MAX];
  if (::getcwd(buffer, sizeof buffer) == nullptr) return raise_os_error(rt, errno);
  return decode_to_str(rt, Codec::kUtf8, "surrogateescape", buffer);
}

Value os_getpid(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "getpid", nargs, kwnames)) return Value();
  return Value::small_int(::getpid());
}

Value os_strerror(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "strerror", nargs, kwnames, 1, 1)) return Value();
  int code;
  if (!c_int_argument(rt, args[0], &code)) return Value();
  return make_str(rt, std::strerror(code));
}

Value os_fspath(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"fspath", {"path"}, 1, 0};
  Value bound[1];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  Value result = filesystem_path(rt, bound[0]);
  if (result.is_null() && !rt.has_error()) return raise_not_path_like(rt, bound[0]);
  return result;
}

const MethodDef kOsFunctions[] = {
    {"remove", os_remove}, {"unlink", os_unlink}, {"mkdir", os_mkdir},
    {"rmdir", os_rmdir},   {"rename", os_rename}, {"listdir", os_listdir},
    {"getcwd", os_getcwd}, {"getpid", os_getpid}, {"fspath", os_fspath},
    {"open", os_open},     {"close", os_close},   {"strerror", os_strerror},
};

// ------------------------------------------------------------------ os.path

// stat() of a path for exists/isfile/isdir/getsize: 0, or the errno (-1
// with an error raised for a bad argument).
int stat_path(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames, const char* function,
              struct stat* status, Value* given) {
  if (!expect_positional(rt, function, nargs, kwnames, 1, 1)) return -1;
  *given = args[0];
  if (is_int(args[0])) {
    int64_t fd;
    if (!int_to_int64(args[0], &fd) || fd < INT32_MIN || fd > INT32_MAX) return EBADF;
    if (!check_file_access(rt, args[0])) return -1;
    return ::fstat(static_cast<int>(fd), status) < 0 ? errno : 0;
  }
  std::string path;
  if (!path_argument(rt, "stat", args[0], &path, nullptr, true)) {
    if (rt.error_matches(Exc::kValueError)) {
      rt.clear_error();
      return EINVAL;
    }
    return -1;
  }
  if (!check_file_access(rt, args[0])) return -1;
  return ::stat(path.c_str(), status) < 0 ? errno : 0;
}

Value path_exists(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  struct stat status;
  Value given;
  const int error = stat_path(rt, args, nargs, kwnames, "exists", &status, &given);
  if (error < 0) return Value();
  return Value::boolean(error == 0);
}

Value path_isfile(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  struct stat status;
  Value given;
  const int error = stat_path(rt, args, nargs, kwnames, "isfile", &status, &given);
  if (error < 0) return Value();
  return Value::boolean(error == 0 && S_ISREG(status.st_mode));
}

Value path_isdir(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  struct stat status;
  Value given;
  const int error = stat_path(rt, args, nargs, kwnames, "isdir", &status, &given);
  if (error < 0) return Value();
  return Value::boolean(error == 0 && S_ISDIR(status.st_mode));
}

Value path_getsize(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  struct stat status;
  Value given;
  const int error = stat_path(rt, args, nargs, kwnames, "getsize", &status, &given);
  if (error < 0) return Value();
  if (error > 0) return raise_os_error(rt, error, given);
  return Value::small_int(status.st_size);
}

// The str or bytes of a path component (os.fspath), for the string
// functions of os.path.
bool path_text(Runtime& rt, const char* function, const Value& value, Value* out) {
  *out = filesystem_path(rt, value);
  if (!out->is_null()) return true;
  if (rt.has_error()) return false;
  rt.raise(Exc::kTypeError,
           cat(function, "() argument must be str, bytes, or os.PathLike object, not '",
               type_name(rt, value), "'"));
  return false;
}

std::string_view text_of(const Value& value) {
  return is_str(value) ? as_str(value)->view() : bytes_view(value);
}

Value same_kind(Runtime& rt, const Value& like, std::string_view text) {
  return is_str(like) ? Value(make_str(rt, text)) : make_bytes(rt, text);
}

Value path_join(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_no_keywords(rt, "join", kwnames)) return Value();
  if (nargs == 0)
    return rt.raise(Exc::kTypeError, "join() missing 1 required positional argument: 'a'");
  Value first;
  if (!path_text(rt, "join", args[0], &first)) return Value();
  std::string path(text_of(first));
  for (size_t i = 1; i < nargs; ++i) {
    Value part;
    if (!path_text(rt, "join", args[i], &part)) return Value();
    if (is_str(part) != is_str(first))
      return rt.raise(Exc::kTypeError, "Can't mix strings and bytes in path components");
    const std::string_view text = text_of(part);
    if (!text.empty() && text[0] == '/') {
      path.assign(text);
    } else if (path.empty() || path.back() == '/') {
      path.append(text);
    } else {
      path += '/';
      path.append(text);
    }
  }
  return same_kind(rt, first, path);
}

Value path_basename(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "basename", nargs, kwnames, 1, 1)) return Value();
  Value path;
  if (!path_text(rt, "basename", args[0], &path)) return Value();
  const std::string_view text = text_of(path);
  const size_t slash = text.rfind('/');
  return same_kind(rt, path, slash == std::string_view::npos ? text : text.substr(slash + 1));
}

Value path_dirname(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "dirname", nargs, kwnames, 1, 1)) return Value();
  Value path;
  if (!path_text(rt, "dirname", args[0], &path)) return Value();
  const std::string_view text = text_of(path);
  const size_t slash = text.rfind('/');
  std::string_view head =
      slash == std::string_view::npos ? std::string_view() : text.substr(0, slash + 1);
  if (!head.empty() && head.find_first_not_of('/') != std::string_view::npos) {
    while (!head.empty() && head.back() == '/') head.remove_suffix(1);
  }
  return same_kind(rt, path, head);
}

const MethodDef kPathFunctions[] = {
    {"exists", path_exists},   {"isfile", path_isfile}, {"isdir", path_isdir},
    {"getsize", path_getsize}, {"join", path_join},     {"basename", path_basename},
    {"dirname", path_dirname},
};

}  // namespace

Value make_os_module(VM& vm) {
  Value module = make_module_with_functions(vm, "os", kOsFunctions);
  Dict* dict = module_dict(module);
  auto set = [&](Dict* target, const char* name, Value value) {
    dict_set_str(vm, target, vm.intern(name), value);
  };
  set(dict, "name", make_str(vm, "posix"));
  set(dict, "sep", make_str(vm, "/"));
  set(dict, "altsep", Value::none());
  set(dict, "extsep", make_str(vm, "."));
  set(dict, "pathsep", make_str(vm, ":"));
  set(dict, "linesep", make_str(vm, "\n"));
  set(dict, "curdir", make_str(vm, "."));
  set(dict, "pardir", make_str(vm, ".."));
  set(dict, "devnull", make_str(vm, "/dev/null"));
  set(dict, "SEEK_SET", Value::small_int(0));
  set(dict, "SEEK_CUR", Value::small_int(1));
  set(dict, "SEEK_END", Value::small_int(2));
  set(dict, "error", Value::from_object(vm.exception_type(Exc::kOSError)));
  const std::pair<const char*, int> kFlags[] = {
      {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY},   {"O_RDWR", O_RDWR},
      {"O_APPEND", O_APPEND}, {"O_CREAT", O_CREAT},     {"O_EXCL", O_EXCL},
      {"O_TRUNC", O_TRUNC},   {"O_CLOEXEC", O_CLOEXEC},
  };
  for (const auto& [name, flag] : kFlags) set(dict, name, Value::small_int(flag));
  Value path = make_module_with_functions(vm, "posixpath", kPathFunctions);
  Dict* path_dict = module_dict(path);
  set(path_dict, "sep", make_str(vm, "/"));
  set(path_dict, "curdir", make_str(vm, "."));
  set(path_dict, "pardir", make_str(vm, ".."));
  set(dict, "path", path);
  // `import os.path` finds it in sys.modules, as CPython's os arranges.
  dict_set_str(vm, as_dict(vm.modules), vm.intern("os.path"), path);
  return module;
}

}  // namespace pyvm
