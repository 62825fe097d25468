// SPDX-License-Identifier: GPL-3.0-or-later
// posix: the system calls under lib/python/os.py, as CPython splits them —
// files and directories (stat, listdir, mkdir, rename, symlink, chmod,
// utime, ...), descriptors (open, read, write, lseek, close), the
// environment (environ, putenv, unsetenv), the process (getpid, times,
// uname, cpu_count, urandom). os.py builds the Python-level API on top
// (stat_result, environ's mapping, walk, scandir's DirEntry, makedirs).
// Errors are CPython's (FileNotFoundError: [Errno 2] No such file or
// directory: 'x'). In a VM without file access (VM::file_access) every
// function that touches the file system, a descriptor or the environment
// raises PermissionError, and environ is empty.
#include <dirent.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sysexits.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <memory>
#include <utility>
#include <vector>

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
// call takes; *path_value is the str or bytes (after __fspath__), which
// errors name as CPython's do (callers often pass their own argument's
// slot to have it replaced).
bool path_argument(Runtime& rt, std::string_view function, const Value& value, std::string* out,
                   Value* path_value = nullptr, bool allow_fd = false,
                   std::string_view parameter = "path") {
  Value path = filesystem_path(rt, value);
  if (path.is_null()) {
    if (rt.has_error()) return false;
    rt.raise(Exc::kTypeError, cat(function, ": ", parameter, " should be string, bytes",
                                  allow_fd ? ", os.PathLike or integer" : " or os.PathLike",
                                  ", not ", type_name(rt, value)));
    return false;
  }
  if (!path_bytes(rt, path, "embedded null byte", out)) return false;
  if (path_value != nullptr) *path_value = path;
  return true;
}

// One path argument, checked and allowed: false with the error.
bool one_path(Runtime& rt, std::string_view function, const Value* args, size_t nargs,
              Tuple* kwnames, std::string* path, Value* given = nullptr) {
  const Parameters parameters{function, {"path"}, 1, 0};
  Value bound[1];
  if (!bind_arguments(rt, parameters, args, nargs, kwnames, bound)) return false;
  if (!path_argument(rt, function, bound[0], path, &bound[0])) return false;
  if (given != nullptr) *given = bound[0];
  return check_file_access(rt, bound[0]);
}

// A C long argument (OverflowError `too_big`).
bool long_argument(Runtime& rt, const Value& value, int64_t* out, std::string_view too_big) {
  return integer_argument(rt, value, out, Exc::kOverflowError, too_big);
}

// follow_symlinks=: true when not given; -1 when bool() fails.
int follow_argument(Runtime& rt, const Value& value) {
  return value.is_null() ? 1 : truth(rt, value);
}

// A descriptor argument (a C int), checked and allowed.
bool descriptor_argument(Runtime& rt, const Value& value, int* fd) {
  return c_int_argument(rt, value, fd) && check_file_access(rt, value);
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
  if (!path_argument(rt, "mkdir", bound[0], &path, &bound[0])) return Value();
  int mode = 0777;
  if (!bound[1].is_null() && !c_int_argument(rt, bound[1], &mode)) return Value();
  if (!check_file_access(rt, bound[0])) return Value();
  if (::mkdir(path.c_str(), static_cast<mode_t>(mode)) < 0)
    return raise_os_error(rt, errno, bound[0]);
  return Value::none();
}

// rename and replace are one system call on POSIX; link and symlink take
// the same two paths.
template <int (*kCall)(const char*, const char*)>
Value two_paths(Runtime& rt, const char* function, const char* first, const char* second,
                const Value* args, size_t nargs, Tuple* kwnames) {
  const Parameters parameters{function, {first, second}, 2, 0};
  Value bound[2];
  if (!bind_arguments(rt, parameters, args, nargs, kwnames, bound)) return Value();
  std::string source, target;
  if (!path_argument(rt, function, bound[0], &source, &bound[0], false, first) ||
      !path_argument(rt, function, bound[1], &target, &bound[1], false, second)) {
    return Value();
  }
  if (!check_file_access(rt, bound[0])) return Value();
  if (kCall(source.c_str(), target.c_str()) < 0) return raise_os_error(rt, errno, bound[0], bound[1]);
  return Value::none();
}

Value os_rename(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return two_paths<::rename>(rt, "rename", "src", "dst", args, nargs, kwnames);
}

Value os_replace(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return two_paths<::rename>(rt, "replace", "src", "dst", args, nargs, kwnames);
}

Value os_link(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return two_paths<::link>(rt, "link", "src", "dst", args, nargs, kwnames);
}

using DirectoryHandle = std::unique_ptr<DIR, int (*)(DIR*)>;

// The entries of an open directory but '.' and '..': their names (str, or
// bytes for a bytes path) or, with_types, (name, d_type) pairs.
Value read_directory(Runtime& rt, DirectoryHandle directory, const Value& path_value,
                     bool with_types) {
  const bool as_bytes = rt.type_of(path_value) == rt.bytes_type;
  Ref<List> entries = make_list(rt);
  for (;;) {
    errno = 0;  // readdir's end and its failure differ only by errno
    const dirent* entry = ::readdir(directory.get());
    if (entry == nullptr) break;
    const std::string_view name = entry->d_name;
    if (name == "." || name == "..") continue;
    Value text = as_bytes ? make_bytes(rt, name)
                          : decode_to_str(rt, Codec::kUtf8, "surrogateescape", name);
    if (text.is_null()) return Value();
    if (with_types) text = make_tuple(rt, {text, Value::small_int(entry->d_type)});
    entries->items.push_back(std::move(text));
  }
  if (errno != 0) return raise_os_error(rt, errno, path_value);
  return entries;
}

// The directory at a path, or null with the error raised.
DirectoryHandle open_directory(Runtime& rt, const std::string& path, const Value& path_value) {
  DirectoryHandle directory(::opendir(path.c_str()), ::closedir);
  if (directory == nullptr) raise_os_error(rt, errno, path_value);
  return directory;
}

// listdir(path='.'): a path, or an open directory's descriptor (read
// through a copy of it, from the start, leaving the original as it was).
Value os_listdir(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"listdir", {"path"}, 0, 0};
  Value bound[1];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  if (is_int(bound[0]) && !bound[0].is_bool()) {
    int fd;
    if (!descriptor_argument(rt, bound[0], &fd)) return Value();
    const int copy = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (copy < 0) return raise_os_error(rt, errno);
    DirectoryHandle directory(::fdopendir(copy), ::closedir);
    if (directory == nullptr) {
      const int error = errno;
      ::close(copy);
      return raise_os_error(rt, error, bound[0]);
    }
    ::rewinddir(directory.get());
    return read_directory(rt, std::move(directory), Value::none(), false);
  }
  Value given = bound[0].is_null() || bound[0].is_none() ? Value(make_str(rt, ".")) : bound[0];
  Value path_value = filesystem_path(rt, given);
  if (path_value.is_null()) {
    if (rt.has_error()) return Value();
    return rt.raise(Exc::kTypeError,
                    cat("listdir: path should be string, bytes, os.PathLike, integer or None, not ",
                        type_name(rt, given)));
  }
  std::string path;
  if (!path_bytes(rt, path_value, "embedded null byte", &path)) return Value();
  if (!check_file_access(rt, path_value)) return Value();
  DirectoryHandle directory = open_directory(rt, path, path_value);
  if (directory == nullptr) return Value();
  return read_directory(rt, std::move(directory), path_value, false);
}

// open(path, flags, mode=0o777): a descriptor (for opener= and open(fd)).
Value os_open(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"open", {"path", "flags", "mode"}, 2, 0};
  Value bound[3];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  std::string path;
  if (!path_argument(rt, "open", bound[0], &path, &bound[0])) return Value();
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

Value os_chdir(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  std::string path;
  Value given;
  if (!one_path(rt, "chdir", args, nargs, kwnames, &path, &given)) return Value();
  if (::chdir(path.c_str()) < 0) return raise_os_error(rt, errno, given);
  return Value::none();
}

Value os_getcwdb(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "getcwdb", nargs, kwnames)) return Value();
  char buffer[PATH_MAX];
  if (::getcwd(buffer, sizeof buffer) == nullptr) return raise_os_error(rt, errno);
  return make_bytes(rt, buffer);
}

// The fields of a stat() as a plain tuple, which os.stat_result wraps:
// the ten visible ones (times as ints), then the float times, the
// nanosecond times, st_blksize, st_blocks, st_rdev.
Value stat_tuple(Runtime& rt, const struct stat& status) {
  auto seconds = [](const timespec& time) {
    return Value::floating(static_cast<double>(time.tv_sec) + time.tv_nsec * 1e-9);
  };
  auto nanoseconds = [&](const timespec& time) -> Value {
    return int_from_double(rt, static_cast<double>(time.tv_sec) * 1e9 + time.tv_nsec);
  };
  const Value items[] = {
      Value::small_int(status.st_mode),          Value::small_int(static_cast<int64_t>(status.st_ino)),
      Value::small_int(static_cast<int64_t>(status.st_dev)), Value::small_int(status.st_nlink),
      Value::small_int(status.st_uid),           Value::small_int(status.st_gid),
      Value::small_int(status.st_size),          Value::small_int(status.st_atim.tv_sec),
      Value::small_int(status.st_mtim.tv_sec),   Value::small_int(status.st_ctim.tv_sec),
      seconds(status.st_atim),                   seconds(status.st_mtim),
      seconds(status.st_ctim),                   nanoseconds(status.st_atim),
      nanoseconds(status.st_mtim),               nanoseconds(status.st_ctim),
      Value::small_int(status.st_blksize),       Value::small_int(status.st_blocks),
      Value::small_int(static_cast<int64_t>(status.st_rdev)),
  };
  for (const Value& item : items) {
    if (item.is_null()) return Value();
  }
  return make_tuple_from(rt, items);
}

// _stat(path, follow_symlinks): a path or a descriptor.
Value os_stat(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"stat", {"path", "follow_symlinks"}, 1, 0};
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  const int follow = follow_argument(rt, bound[1]);
  if (follow < 0) return Value();
  struct stat status;
  if (is_int(bound[0]) && !bound[0].is_bool()) {
    int fd;
    if (!descriptor_argument(rt, bound[0], &fd)) return Value();
    if (::fstat(fd, &status) < 0) return raise_os_error(rt, errno);
    return stat_tuple(rt, status);
  }
  std::string path;
  if (!path_argument(rt, "stat", bound[0], &path, &bound[0], true)) return Value();
  if (!check_file_access(rt, bound[0])) return Value();
  const int result = follow ? ::stat(path.c_str(), &status) : ::lstat(path.c_str(), &status);
  if (result < 0) return raise_os_error(rt, errno, bound[0]);
  return stat_tuple(rt, status);
}

// _scandir(path): the entries as (name, d_type) pairs, d_type 0 when the
// file system does not say (os.DirEntry then asks lstat).
Value os_scandir(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "scandir", nargs, kwnames, 1, 1)) return Value();
  std::string path;
  Value path_value;
  if (!path_argument(rt, "scandir", args[0], &path, &path_value)) return Value();
  if (!check_file_access(rt, path_value)) return Value();
  DirectoryHandle directory = open_directory(rt, path, path_value);
  if (directory == nullptr) return Value();
  return read_directory(rt, std::move(directory), path_value, true);
}

// _statvfs(path or fd): the ten fields of os.statvfs_result.
Value os_statvfs(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "statvfs", nargs, kwnames, 1, 1)) return Value();
  struct statvfs status;
  if (is_int(args[0]) && !args[0].is_bool()) {
    int fd;
    if (!descriptor_argument(rt, args[0], &fd)) return Value();
    if (::fstatvfs(fd, &status) < 0) return raise_os_error(rt, errno);
  } else {
    std::string path;
    Value path_value;
    if (!path_argument(rt, "statvfs", args[0], &path, &path_value, true)) return Value();
    if (!check_file_access(rt, path_value)) return Value();
    if (::statvfs(path.c_str(), &status) < 0) return raise_os_error(rt, errno, path_value);
  }
  auto count = [](auto value) { return Value::small_int(static_cast<int64_t>(value)); };
  const Value items[] = {count(status.f_bsize),  count(status.f_frsize), count(status.f_blocks),
                         count(status.f_bfree),  count(status.f_bavail), count(status.f_files),
                         count(status.f_ffree),  count(status.f_favail), count(status.f_flag),
                         count(status.f_namemax)};
  return make_tuple_from(rt, items);
}

// A path or bytes result in the kind of the argument.
Value path_result(Runtime& rt, const Value& like, std::string_view text) {
  if (rt.type_of(like) == rt.bytes_type) return make_bytes(rt, text);
  return decode_to_str(rt, Codec::kUtf8, "surrogateescape", text);
}

Value os_readlink(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"readlink", {"path"}, 1, 0};
  Value bound[1];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  std::string path;
  Value path_value;
  if (!path_argument(rt, "readlink", bound[0], &path, &path_value)) return Value();
  if (!check_file_access(rt, bound[0])) return Value();
  std::vector<char> buffer(PATH_MAX);
  const ssize_t length = ::readlink(path.c_str(), buffer.data(), buffer.size());
  if (length < 0) return raise_os_error(rt, errno, path_value);
  return path_result(rt, path_value, std::string_view(buffer.data(), static_cast<size_t>(length)));
}

Value os_symlink(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"symlink", {"src", "dst", "target_is_directory"}, 2, 0};
  Value bound[3];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  std::string source, target;
  if (!path_argument(rt, "symlink", bound[0], &source, &bound[0], false, "src") ||
      !path_argument(rt, "symlink", bound[1], &target, &bound[1], false, "dst")) {
    return Value();
  }
  if (!check_file_access(rt, bound[0])) return Value();
  if (::symlink(source.c_str(), target.c_str()) < 0)
    return raise_os_error(rt, errno, bound[0], bound[1]);
  return Value::none();
}

Value os_chmod(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"chmod", {"path", "mode", "follow_symlinks"}, 2, 0, 2};
  Value bound[3];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  int mode;
  if (!c_int_argument(rt, bound[1], &mode)) return Value();
  if (is_int(bound[0]) && !bound[0].is_bool()) {
    int fd;
    if (!descriptor_argument(rt, bound[0], &fd)) return Value();
    if (::fchmod(fd, static_cast<mode_t>(mode)) < 0) return raise_os_error(rt, errno);
    return Value::none();
  }
  std::string path;
  if (!path_argument(rt, "chmod", bound[0], &path, &bound[0], true)) return Value();
  if (!check_file_access(rt, bound[0])) return Value();
  const int follow = follow_argument(rt, bound[2]);
  if (follow < 0) return Value();
  const int result = ::fchmodat(AT_FDCWD, path.c_str(), static_cast<mode_t>(mode),
                                follow ? 0 : AT_SYMLINK_NOFOLLOW);
  if (result < 0) return raise_os_error(rt, errno, bound[0]);
  return Value::none();
}

// A time in nanoseconds for _utime_ns, or UTIME_NOW for None.
bool utime_argument(Runtime& rt, const Value& value, timespec* out) {
  if (value.is_none()) {
    out->tv_sec = 0;
    out->tv_nsec = UTIME_NOW;
    return true;
  }
  int64_t nanoseconds;
  if (!long_argument(rt, value, &nanoseconds, "Python int too large to convert to C long"))
    return false;
  out->tv_sec = nanoseconds / 1000000000;
  out->tv_nsec = nanoseconds % 1000000000;
  if (out->tv_nsec < 0) {
    out->tv_nsec += 1000000000;
    --out->tv_sec;
  }
  return true;
}

// _utime_ns(path, atime_ns, mtime_ns, follow_symlinks): None for now.
Value os_utime_ns(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "utime", nargs, kwnames, 4, 4)) return Value();
  timespec times[2];
  if (!utime_argument(rt, args[1], &times[0]) || !utime_argument(rt, args[2], &times[1]))
    return Value();
  if (is_int(args[0]) && !args[0].is_bool()) {
    int fd;
    if (!descriptor_argument(rt, args[0], &fd)) return Value();
    if (::futimens(fd, times) < 0) return raise_os_error(rt, errno);
    return Value::none();
  }
  std::string path;
  if (!path_argument(rt, "utime", args[0], &path, nullptr, true)) return Value();
  if (!check_file_access(rt, args[0])) return Value();
  const int follow = follow_argument(rt, args[3]);
  if (follow < 0) return Value();
  const int flags = follow ? 0 : AT_SYMLINK_NOFOLLOW;
  // (CPython 3.11 names no file in utime's errors.)
  if (::utimensat(AT_FDCWD, path.c_str(), times, flags) < 0) return raise_os_error(rt, errno);
  return Value::none();
}

Value os_access(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"access", {"path", "mode"}, 2, 0};
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  std::string path;
  if (!path_argument(rt, "access", bound[0], &path, &bound[0])) return Value();
  int mode;
  if (!c_int_argument(rt, bound[1], &mode)) return Value();
  if (!check_file_access(rt, bound[0])) return Value();
  return Value::boolean(::access(path.c_str(), mode) == 0);
}

// truncate(path or fd, length).
Value os_truncate(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"truncate", {"path", "length"}, 2, 0};
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  int64_t length;
  if (!long_argument(rt, bound[1], &length, "Python int too large to convert to C long"))
    return Value();
  if (is_int(bound[0]) && !bound[0].is_bool()) {
    int fd;
    if (!descriptor_argument(rt, bound[0], &fd)) return Value();
    if (::ftruncate(fd, length) < 0) return raise_os_error(rt, errno);
    return Value::none();
  }
  std::string path;
  if (!path_argument(rt, "truncate", bound[0], &path, &bound[0], true)) return Value();
  if (!check_file_access(rt, bound[0])) return Value();
  if (::truncate(path.c_str(), length) < 0) return raise_os_error(rt, errno, bound[0]);
  return Value::none();
}

Value os_read(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "read", nargs, kwnames, 2, 2)) return Value();
  int fd;
  int64_t size;
  if (!c_int_argument(rt, args[0], &fd) || !ssize_argument(rt, args[1], &size)) return Value();
  if (size < 0) return raise_os_error(rt, EINVAL);
  if (!check_file_access(rt, args[0]) || !check_allocation(rt, static_cast<size_t>(size)))
    return Value();
  std::string buffer(static_cast<size_t>(size), '\0');
  ssize_t count;
  do {
    count = ::read(fd, buffer.data(), buffer.size());
  } while (count < 0 && errno == EINTR);
  if (count < 0) return raise_os_error(rt, errno);
  buffer.resize(static_cast<size_t>(count));
  return make_bytes(rt, buffer);
}

Value os_write(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "write", nargs, kwnames, 2, 2)) return Value();
  int fd;
  std::string_view data;
  if (!c_int_argument(rt, args[0], &fd) || !readable_buffer(rt, args[1], &data)) return Value();
  if (!check_file_access(rt, args[0])) return Value();
  ssize_t count;
  do {
    count = ::write(fd, data.data(), data.size());
  } while (count < 0 && errno == EINTR);
  if (count < 0) return raise_os_error(rt, errno);
  return Value::small_int(count);
}

Value os_lseek(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "lseek", nargs, kwnames, 3, 3)) return Value();
  int fd, how;
  int64_t position;
  if (!c_int_argument(rt, args[0], &fd) ||
      !long_argument(rt, args[1], &position, "Python int too large to convert to C long") ||
      !c_int_argument(rt, args[2], &how)) {
    return Value();
  }
  if (!check_file_access(rt, args[0])) return Value();
  const off_t result = ::lseek(fd, position, how);
  if (result < 0) return raise_os_error(rt, errno);
  return Value::small_int(result);
}

Value os_fsync(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "fsync", nargs, kwnames, 1, 1)) return Value();
  int fd;
  if (!descriptor_argument(rt, args[0], &fd)) return Value();
  if (::fsync(fd) < 0) return raise_os_error(rt, errno);
  return Value::none();
}

Value os_isatty(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "isatty", nargs, kwnames, 1, 1)) return Value();
  int fd;
  if (!c_int_argument(rt, args[0], &fd)) return Value();
  return Value::boolean(::isatty(fd) == 1);
}

// _terminal_size(fd): (columns, lines) from the terminal driver.
Value os_terminal_size(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "get_terminal_size", nargs, kwnames, 1, 1)) return Value();
  int fd;
  if (!c_int_argument(rt, args[0], &fd)) return Value();
  winsize size;
  if (::ioctl(fd, TIOCGWINSZ, &size) < 0) return raise_os_error(rt, errno);
  return make_tuple(rt, {Value::small_int(size.ws_col), Value::small_int(size.ws_row)});
}

template <auto kCall>
Value id_function(Runtime& rt, const char* name, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, name, nargs, kwnames)) return Value();
  return Value::small_int(static_cast<int64_t>(kCall()));
}

Value os_getppid(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  return id_function<::getppid>(rt, "getppid", nargs, kwnames);
}
Value os_getuid(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  return id_function<::getuid>(rt, "getuid", nargs, kwnames);
}
Value os_geteuid(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  return id_function<::geteuid>(rt, "geteuid", nargs, kwnames);
}
Value os_getgid(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  return id_function<::getgid>(rt, "getgid", nargs, kwnames);
}
Value os_getegid(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  return id_function<::getegid>(rt, "getegid", nargs, kwnames);
}

Value os_umask(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "umask", nargs, kwnames, 1, 1)) return Value();
  int mask;
  if (!c_int_argument(rt, args[0], &mask)) return Value();
  if (!check_file_access(rt, args[0])) return Value();
  return Value::small_int(::umask(static_cast<mode_t>(mask)));
}

Value os_cpu_count(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "cpu_count", nargs, kwnames)) return Value();
  const long count = ::sysconf(_SC_NPROCESSORS_ONLN);
  return count < 1 ? Value::none() : Value::small_int(count);
}

Value os_urandom(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "urandom", nargs, kwnames, 1, 1)) return Value();
  int64_t size;
  if (!ssize_argument(rt, args[0], &size)) return Value();
  if (size < 0) return rt.raise(Exc::kValueError, "negative argument not allowed");
  if (!check_allocation(rt, static_cast<size_t>(size))) return Value();
  std::string buffer(static_cast<size_t>(size), '\0');
  size_t filled = 0;
  while (filled < buffer.size()) {
    const ssize_t count = ::getrandom(buffer.data() + filled, buffer.size() - filled, 0);
    if (count < 0) {
      if (errno == EINTR) continue;
      return raise_os_error(rt, errno);
    }
    filled += static_cast<size_t>(count);
  }
  return make_bytes(rt, buffer);
}

// _confstr(number): a configuration string of the C library, None when
// it has none (os.confstr maps the names).
Value os_confstr(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "confstr", nargs, kwnames, 1, 1)) return Value();
  int name;
  if (!c_int_argument(rt, args[0], &name)) return Value();
  errno = 0;
  const size_t size = ::confstr(name, nullptr, 0);
  if (size == 0) {
    if (errno != 0) return raise_os_error(rt, errno);
    return Value::none();
  }
  std::string buffer(size, '\0');
  ::confstr(name, buffer.data(), buffer.size());
  buffer.resize(size - 1);  // without the terminating NUL
  return decode_to_str(rt, Codec::kUtf8, "surrogateescape", buffer);
}

Value os_dup(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "dup", nargs, kwnames, 1, 1)) return Value();
  int fd;
  if (!descriptor_argument(rt, args[0], &fd)) return Value();
  const int copy = ::fcntl(fd, F_DUPFD_CLOEXEC, 0);  // new descriptors are not inheritable
  if (copy < 0) return raise_os_error(rt, errno);
  return Value::small_int(copy);
}

Value os_dup2(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"dup2", {"fd", "fd2", "inheritable"}, 2, 0};
  Value bound[3];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  int fd, target;
  if (!descriptor_argument(rt, bound[0], &fd) || !c_int_argument(rt, bound[1], &target))
    return Value();
  const int inheritable = bound[2].is_null() ? 1 : truth(rt, bound[2]);
  if (inheritable < 0) return Value();
  const int result = inheritable ? ::dup2(fd, target) : ::dup3(fd, target, O_CLOEXEC);
  if (result < 0) return raise_os_error(rt, errno);
  return Value::small_int(result);
}

Value os_pipe(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "pipe", nargs, kwnames)) return Value();
  if (!check_file_access(rt, Value::none())) return Value();
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) < 0) return raise_os_error(rt, errno);
  return make_tuple(rt, {Value::small_int(fds[0]), Value::small_int(fds[1])});
}

// get_inheritable(fd) and get_blocking(fd): one flag of the descriptor.
Value descriptor_flag(Runtime& rt, const char* function, const Value* args, size_t nargs,
                      Tuple* kwnames, int command, int flag, bool when_set) {
  if (!expect_positional(rt, function, nargs, kwnames, 1, 1)) return Value();
  int fd;
  if (!descriptor_argument(rt, args[0], &fd)) return Value();
  const int flags = ::fcntl(fd, command);
  if (flags < 0) return raise_os_error(rt, errno);
  return Value::boolean(((flags & flag) != 0) == when_set);
}

// set_inheritable(fd, value) and set_blocking(fd, value).
Value set_descriptor_flag(Runtime& rt, const char* function, const Value* args, size_t nargs,
                          Tuple* kwnames, int get_command, int set_command, int flag,
                          bool set_when_true) {
  if (!expect_positional(rt, function, nargs, kwnames, 2, 2)) return Value();
  int fd;
  if (!descriptor_argument(rt, args[0], &fd)) return Value();
  const int value = truth(rt, args[1]);
  if (value < 0) return Value();
  int flags = ::fcntl(fd, get_command);
  if (flags < 0) return raise_os_error(rt, errno);
  flags = (value != 0) == set_when_true ? flags | flag : flags & ~flag;
  if (::fcntl(fd, set_command, flags) < 0) return raise_os_error(rt, errno);
  return Value::none();
}

Value os_get_inheritable(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return descriptor_flag(rt, "get_inheritable", args, nargs, kwnames, F_GETFD, FD_CLOEXEC, false);
}
Value os_set_inheritable(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return set_descriptor_flag(rt, "set_inheritable", args, nargs, kwnames, F_GETFD, F_SETFD,
                             FD_CLOEXEC, false);
}
Value os_get_blocking(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return descriptor_flag(rt, "get_blocking", args, nargs, kwnames, F_GETFL, O_NONBLOCK, false);
}
Value os_set_blocking(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  return set_descriptor_flag(rt, "set_blocking", args, nargs, kwnames, F_GETFL, F_SETFL,
                             O_NONBLOCK, false);
}

Value os_fdatasync(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "fdatasync", nargs, kwnames, 1, 1)) return Value();
  int fd;
  if (!descriptor_argument(rt, args[0], &fd)) return Value();
  if (::fdatasync(fd) < 0) return raise_os_error(rt, errno);
  return Value::none();
}

// kill(pid, signal): refused, as the file system is, without file access.
Value os_kill(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "kill", nargs, kwnames, 2, 2)) return Value();
  int pid, signal;
  if (!c_int_argument(rt, args[0], &pid) || !c_int_argument(rt, args[1], &signal)) return Value();
  if (!check_file_access(rt, Value::none())) return Value();
  if (::kill(pid, signal) < 0) return raise_os_error(rt, errno);
  return Value::none();
}

Value os_getlogin(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "getlogin", nargs, kwnames)) return Value();
  errno = 0;
  const char* name = ::getlogin();
  if (name == nullptr) return raise_os_error(rt, errno != 0 ? errno : ENOENT);
  return decode_to_str(rt, Codec::kUtf8, "surrogateescape", name);
}

Value os_ttyname(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "ttyname", nargs, kwnames, 1, 1)) return Value();
  int fd;
  if (!c_int_argument(rt, args[0], &fd)) return Value();
  char name[PATH_MAX];
  const int error = ::ttyname_r(fd, name, sizeof name);
  if (error != 0) return raise_os_error(rt, error);
  return decode_to_str(rt, Codec::kUtf8, "surrogateescape", name);
}

Value os_getloadavg(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "getloadavg", nargs, kwnames)) return Value();
  double loads[3];
  if (::getloadavg(loads, 3) != 3) return rt.raise(Exc::kOSError, "Load averages are unobtainable");
  return make_tuple(rt, {Value::floating(loads[0]), Value::floating(loads[1]),
                         Value::floating(loads[2])});
}

Value os_mkfifo(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"mkfifo", {"path", "mode"}, 1, 0};
  Value bound[2];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  std::string path;
  if (!path_argument(rt, "mkfifo", bound[0], &path, &bound[0])) return Value();
  int mode = 0666;
  if (!bound[1].is_null() && !c_int_argument(rt, bound[1], &mode)) return Value();
  if (!check_file_access(rt, bound[0])) return Value();
  // (CPython 3.11 names no file in mkfifo's errors.)
  if (::mkfifo(path.c_str(), static_cast<mode_t>(mode)) < 0) return raise_os_error(rt, errno);
  return Value::none();
}

// chown(path or fd, uid, gid, follow_symlinks=True); -1 keeps an id.
Value os_chown(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  static const Parameters kParameters{"chown", {"path", "uid", "gid", "follow_symlinks"}, 3, 0, 3};
  Value bound[4];
  if (!bind_arguments(rt, kParameters, args, nargs, kwnames, bound)) return Value();
  int uid, gid;
  if (!c_int_argument(rt, bound[1], &uid) || !c_int_argument(rt, bound[2], &gid)) return Value();
  if (is_int(bound[0]) && !bound[0].is_bool()) {
    int fd;
    if (!descriptor_argument(rt, bound[0], &fd)) return Value();
    if (::fchown(fd, static_cast<uid_t>(uid), static_cast<gid_t>(gid)) < 0)
      return raise_os_error(rt, errno);
    return Value::none();
  }
  std::string path;
  if (!path_argument(rt, "chown", bound[0], &path, &bound[0], true)) return Value();
  if (!check_file_access(rt, bound[0])) return Value();
  const int follow = follow_argument(rt, bound[3]);
  if (follow < 0) return Value();
  if (::fchownat(AT_FDCWD, path.c_str(), static_cast<uid_t>(uid), static_cast<gid_t>(gid),
                 follow ? 0 : AT_SYMLINK_NOFOLLOW) < 0) {
    return raise_os_error(rt, errno, bound[0]);
  }
  return Value::none();
}

Value os_sync(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "sync", nargs, kwnames)) return Value();
  ::sync();
  return Value::none();
}

Value os_getpgrp(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  return id_function<::getpgrp>(rt, "getpgrp", nargs, kwnames);
}

// times(): (user, system, children_user, children_system, elapsed) in seconds.
Value os_times(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "times", nargs, kwnames)) return Value();
  tms usage;
  const clock_t elapsed = ::times(&usage);
  if (elapsed == static_cast<clock_t>(-1)) return raise_os_error(rt, errno);
  const double ticks = static_cast<double>(::sysconf(_SC_CLK_TCK));
  return make_tuple(rt, {Value::floating(usage.tms_utime / ticks),
                         Value::floating(usage.tms_stime / ticks),
                         Value::floating(usage.tms_cutime / ticks),
                         Value::floating(usage.tms_cstime / ticks),
                         Value::floating(elapsed / ticks)});
}

// uname(): (sysname, nodename, release, version, machine).
Value os_uname(Runtime& rt, const Value*, size_t nargs, Tuple* kwnames) {
  if (!expect_no_arguments(rt, "uname", nargs, kwnames)) return Value();
  utsname names;
  if (::uname(&names) < 0) return raise_os_error(rt, errno);
  Value items[5];
  const char* fields[] = {names.sysname, names.nodename, names.release, names.version,
                          names.machine};
  for (size_t i = 0; i < 5; ++i) {
    items[i] = decode_to_str(rt, Codec::kUtf8, "surrogateescape", fields[i]);
    if (items[i].is_null()) return Value();
  }
  return make_tuple_from(rt, items);
}

// An environment variable's name or value: str (UTF-8, surrogateescape),
// bytes or os.PathLike, without NUL.
bool environment_text(Runtime& rt, const Value& value, std::string* out) {
  Value text = filesystem_path(rt, value);
  if (text.is_null()) {
    if (!rt.has_error()) raise_not_path_like(rt, value);
    return false;
  }
  return path_bytes(rt, text, "embedded null byte", out);
}

Value os_putenv(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "putenv", nargs, kwnames, 2, 2)) return Value();
  std::string name, value;
  if (!environment_text(rt, args[0], &name) ||
      !environment_text(rt, args[1], &value)) {
    return Value();
  }
  // As CPython: an empty name is setenv's EINVAL (OSError).
  if (name.find('=') != std::string::npos)
    return rt.raise(Exc::kValueError, "illegal environment variable name");
  if (!check_file_access(rt, args[0])) return Value();
  if (::setenv(name.c_str(), value.c_str(), 1) < 0) return raise_os_error(rt, errno);
  return Value::none();
}

Value os_unsetenv(Runtime& rt, const Value* args, size_t nargs, Tuple* kwnames) {
  if (!expect_positional(rt, "unsetenv", nargs, kwnames, 1, 1)) return Value();
  std::string name;
  if (!environment_text(rt, args[0], &name)) return Value();
  if (!check_file_access(rt, args[0])) return Value();
  if (::unsetenv(name.c_str()) < 0) return raise_os_error(rt, errno);
  return Value::none();
}

// The process's environment as a dict of str (surrogateescape), read
// once at import as CPython's posix.environ; empty without file access.
Value environment_dict(VM& vm) {
  Ref<Dict> table = make_dict(vm);
  if (!vm.file_access) return table;
  for (char** entry = ::environ; *entry != nullptr; ++entry) {
    const std::string_view text = *entry;
    const size_t equals = text.find('=', 1);
    if (equals == std::string_view::npos) continue;
    Value key = decode_to_str(vm, Codec::kUtf8, "surrogateescape", text.substr(0, equals));
    Value value = decode_to_str(vm, Codec::kUtf8, "surrogateescape", text.substr(equals + 1));
    if (key.is_null() || value.is_null()) return Value();
    if (!dict_get(vm, table.get(), key).is_null()) continue;  // the first one wins, as getenv's
    if (!dict_set(vm, table.get(), key, value)) return Value();
  }
  return table;
}

const MethodDef kPosixFunctions[] = {
    {"remove", os_remove},
    {"unlink", os_unlink},
    {"mkdir", os_mkdir},
    {"rmdir", os_rmdir},
    {"rename", os_rename},
    {"replace", os_replace},
    {"link", os_link},
    {"symlink", os_symlink},
    {"readlink", os_readlink},
    {"listdir", os_listdir},
    {"_scandir", os_scandir},
    {"_stat", os_stat},
    {"_statvfs", os_statvfs},
    {"chmod", os_chmod},
    {"_utime_ns", os_utime_ns},
    {"access", os_access},
    {"truncate", os_truncate},
    {"getcwd", os_getcwd},
    {"getcwdb", os_getcwdb},
    {"chdir", os_chdir},
    {"getpid", os_getpid},
    {"getppid", os_getppid},
    {"getuid", os_getuid},
    {"geteuid", os_geteuid},
    {"getgid", os_getgid},
    {"getegid", os_getegid},
    {"umask", os_umask},
    {"cpu_count", os_cpu_count},
    {"urandom", os_urandom},
    {"times", os_times},
    {"_confstr", os_confstr},
    {"uname", os_uname},
    {"putenv", os_putenv},
    {"unsetenv", os_unsetenv},
    {"fspath", os_fspath},
    {"open", os_open},
    {"close", os_close},
    {"read", os_read},
    {"write", os_write},
    {"lseek", os_lseek},
    {"fsync", os_fsync},
    {"isatty", os_isatty},
    {"_terminal_size", os_terminal_size},
    {"strerror", os_strerror},
    {"dup", os_dup},
    {"dup2", os_dup2},
    {"pipe", os_pipe},
    {"get_inheritable", os_get_inheritable},
    {"set_inheritable", os_set_inheritable},
    {"get_blocking", os_get_blocking},
    {"set_blocking", os_set_blocking},
    {"fdatasync", os_fdatasync},
    {"kill", os_kill},
    {"getlogin", os_getlogin},
    {"ttyname", os_ttyname},
    {"getloadavg", os_getloadavg},
    {"mkfifo", os_mkfifo},
    {"chown", os_chown},
    {"sync", os_sync},
    {"getpgrp", os_getpgrp},
};

}  // namespace

Value make_posix_module(VM& vm) {
  Value module = make_module_with_functions(vm, "posix", kPosixFunctions);
  if (module.is_null()) return module;
  Dict* dict = module_dict(module);
  auto set = [&](const char* name, Value value) { dict_set_str(vm, dict, vm.intern(name), value); };
  Value environment = environment_dict(vm);
  if (environment.is_null()) return environment;
  set("environ", environment);
  set("error", Value::from_object(vm.exception_type(Exc::kOSError)));
  const std::pair<const char*, int> kConstants[] = {
      {"F_OK", F_OK},           {"R_OK", R_OK},         {"W_OK", W_OK},
      {"X_OK", X_OK},           {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR},
      {"SEEK_END", SEEK_END},   {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY},
      {"O_RDWR", O_RDWR},       {"O_APPEND", O_APPEND}, {"O_CREAT", O_CREAT},
      {"O_EXCL", O_EXCL},       {"O_TRUNC", O_TRUNC},   {"O_CLOEXEC", O_CLOEXEC},
      {"O_NONBLOCK", O_NONBLOCK}, {"O_NOFOLLOW", O_NOFOLLOW}, {"O_DIRECTORY", O_DIRECTORY},
      {"O_NOCTTY", O_NOCTTY},   {"O_SYNC", O_SYNC},     {"O_DSYNC", O_DSYNC},
      {"O_ACCMODE", O_ACCMODE},
      {"EX_OK", EX_OK},         {"EX_USAGE", EX_USAGE}, {"EX_DATAERR", EX_DATAERR},
      {"EX_NOINPUT", EX_NOINPUT}, {"EX_NOUSER", EX_NOUSER}, {"EX_NOHOST", EX_NOHOST},
      {"EX_UNAVAILABLE", EX_UNAVAILABLE}, {"EX_SOFTWARE", EX_SOFTWARE}, {"EX_OSERR", EX_OSERR},
      {"EX_OSFILE", EX_OSFILE}, {"EX_CANTCREAT", EX_CANTCREAT}, {"EX_IOERR", EX_IOERR},
      {"EX_TEMPFAIL", EX_TEMPFAIL}, {"EX_PROTOCOL", EX_PROTOCOL}, {"EX_NOPERM", EX_NOPERM},
      {"EX_CONFIG", EX_CONFIG}, {"TMP_MAX", TMP_MAX},
      {"_CS_PATH", _CS_PATH},   {"_CS_GNU_LIBC_VERSION", _CS_GNU_LIBC_VERSION},
      {"_CS_GNU_LIBPTHREAD_VERSION", _CS_GNU_LIBPTHREAD_VERSION},
  };
  for (const auto& [name, value] : kConstants) set(name, Value::small_int(value));
  return module;
}

}  // namespace pyvm
