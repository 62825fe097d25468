// SPDX-License-Identifier: GPL-3.0-or-later
// VM::file_access: a VM without it (the exec fuzzer's) refuses every way a
// program could create, change, remove or even open a file — open() on a
// path or a descriptor, io.FileIO, the os module's functions — with
// PermissionError, and leaves the file system as it was. With it (the
// default), the same program does its work.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "compiler/compiler.h"
#include "runtime/dict.h"
#include "runtime/str.h"
#include "vm/frozen_modules.h"
#include "vm/traceback_printer.h"
#include "lib/standard_library.h"
#include "vm/vm.h"

namespace pyvm {
namespace {

namespace fs = std::filesystem;

// Runs `source` with DIR bound to `directory`; the test fails with the
// traceback if it raises.
void expect_runs(VM& vm, const std::string& source, const fs::path& directory) {
  Value code = vm.compile(source, "case.py", ParseMode::kFile);
  ASSERT_FALSE(code.is_null());
  Ref<Dict> globals = make_dict(vm);
  dict_set_str(vm, globals.get(), vm.names.dunder_builtins, vm.builtins_module);
  dict_set_str(vm, globals.get(), vm.intern("DIR"), make_str(vm, directory.string()));
  if (vm.run_code(code.as<CodeObject>(), globals.get()).is_null()) {
    FAIL() << format_exception(vm, vm.take_error());
  }
}

fs::path fresh_directory(const char* name) {
  fs::path directory =
      fs::temp_directory_path() / (std::string(name) + "_" + std::to_string(::getpid()));
  fs::remove_all(directory);
  fs::create_directory(directory);
  return directory;
}

TEST(FileAccess, DisabledRefusesEveryFileOperation) {
  const fs::path directory = fresh_directory("pyvm_file_access_off");
  { std::ofstream(directory / "existing.txt") << "kept"; }
  StandardVM vm;
  vm.frozen_modules = standard_frozen_modules();  // os is Python over posix
  vm.file_access = false;
  expect_runs(vm,
              "import io, os\n"
              "target = DIR + '/new.txt'\n"
              "existing = DIR + '/existing.txt'\n"
              "attempts = [\n"
              "    lambda: open(target, 'w'),\n"
              "    lambda: open(target, 'x'),\n"
              "    lambda: open(existing, 'a'),\n"
              "    lambda: open(existing),\n"
              "    lambda: open(existing, 'rb', buffering=0),\n"
              "    lambda: open(1, 'w', closefd=False),\n"
              "    lambda: open(2, 'wb', closefd=False),\n"
              "    lambda: io.FileIO(target, 'w'),\n"
              "    lambda: io.open_code(existing),\n"
              "    lambda: open(target, 'w', opener=lambda p, f: os.open(p, f)),\n"
              "    lambda: os.open(target, os.O_WRONLY | os.O_CREAT),\n"
              "    lambda: os.close(2),\n"
              "    lambda: os.mkdir(DIR + '/sub'),\n"
              "    lambda: os.rmdir(DIR),\n"
              "    lambda: os.remove(existing),\n"
              "    lambda: os.unlink(existing),\n"
              "    lambda: os.rename(existing, target),\n"
              "    lambda: os.listdir(DIR),\n"
              "    lambda: os.path.exists(existing),\n"
              "    lambda: os.path.getsize(existing),\n"
              "    lambda: os.path.isdir(DIR),\n"
              "    lambda: os.stat(existing),\n"
              "    lambda: os.lstat(existing),\n"
              "    lambda: os.fstat(2),\n"
              "    lambda: os.scandir(DIR),\n"
              "    lambda: list(os.walk(DIR, onerror=lambda e: (_ for _ in ()).throw(e))),\n"
              "    lambda: os.chdir(DIR),\n"
              "    lambda: os.replace(existing, target),\n"
              "    lambda: os.link(existing, target),\n"
              "    lambda: os.symlink(existing, target),\n"
              "    lambda: os.readlink(existing),\n"
              "    lambda: os.chmod(existing, 0),\n"
              "    lambda: os.utime(existing, (0, 0)),\n"
              "    lambda: os.truncate(existing, 0),\n"
              "    lambda: os.access(existing, os.F_OK),\n"
              "    lambda: os.write(2, b'x'),\n"
              "    lambda: os.read(0, 1),\n"
              "    lambda: os.lseek(0, 0, 0),\n"
              "    lambda: os.umask(0),\n"
              "    lambda: os.statvfs(DIR),\n"
              "    lambda: os.pipe(),\n"
              "    lambda: os.dup(2),\n"
              "    lambda: os.dup2(2, 5),\n"
              "    lambda: os.kill(os.getpid(), 0),\n"
              "    lambda: os.chown(existing, -1, -1),\n"
              "    lambda: os.mkfifo(target),\n"
              "    lambda: os.set_blocking(2, True),\n"
              "    lambda: os.putenv('PYVM_X', 'y'),\n"
              "    lambda: os.unsetenv('PATH'),\n"
              "    lambda: os.environ.__setitem__('PYVM_X', 'y'),\n"
              "]\n"
              "assert len(os.environ) == 0, 'the environment is not shown'\n"
              "for i, attempt in enumerate(attempts):\n"
              "    try:\n"
              "        attempt()\n"
              "    except PermissionError as e:\n"
              "        assert e.errno == 1 and 'file access is disabled' in str(e), (i, e)\n"
              "    else:\n"
              "        raise AssertionError('attempt %d was allowed' % i)\n",
              directory);
  EXPECT_TRUE(fs::exists(directory / "existing.txt"));
  EXPECT_FALSE(fs::exists(directory / "new.txt"));
  EXPECT_FALSE(fs::exists(directory / "sub"));
  EXPECT_EQ(fs::file_size(directory / "existing.txt"), 4u);
  fs::remove_all(directory);
}

TEST(FileAccess, EnabledByDefault) {
  const fs::path directory = fresh_directory("pyvm_file_access_on");
  StandardVM vm;
  vm.frozen_modules = standard_frozen_modules();
  EXPECT_TRUE(vm.file_access);
  expect_runs(vm,
              "import os\n"
              "with open(DIR + '/made.txt', 'w') as f:\n"
              "    f.write('made')\n"
              "os.mkdir(DIR + '/sub')\n"
              "assert sorted(os.listdir(DIR)) == ['made.txt', 'sub']\n"
              "os.rmdir(DIR + '/sub')\n",
              directory);
  EXPECT_TRUE(fs::exists(directory / "made.txt"));
  EXPECT_FALSE(fs::exists(directory / "sub"));
  fs::remove_all(directory);
}

}  // namespace
}  // namespace pyvm
