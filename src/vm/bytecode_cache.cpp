// SPDX-License-Identifier: GPL-3.0-or-later
// The import cache (see bytecode_cache.h).
#include "vm/bytecode_cache.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "bytecode/loader.h"
#include "bytecode/pvc_format.h"
#include "bytecode/serializer.h"
#include "compiler/compiler.h"
#include "runtime/concat.h"
#include "runtime/dict.h"
#include "runtime/module.h"
#include "runtime/protocols.h"
#include "runtime/str.h"
#include "vm/file_io.h"
#include "vm/vm.h"

namespace pyvm {

namespace {

// The cached code describes this source only if the header says so.
bool describes_source(const std::string& bytes, const PvcSourceInfo& expected) {
  PvcSourceInfo found;
  std::string error;
  return read_pvc_header(bytes, &found, &error) && found.present && found.size == expected.size &&
         found.hash == expected.hash;
}

// A cache file may have been made for the same source under another path
// (the module imported through a different sys.path entry): tracebacks must
// name the file as it is now.
void set_filename(VM& vm, CodeObject* code, const Ref<Str>& filename) {
  code->filename = filename;
  for (const Value& constant : code->constants) {
    if (constant.is_object() && vm.type_of(constant) == vm.code_type) {
      set_filename(vm, constant.as<CodeObject>(), filename);
    }
  }
}

// Best effort: a failure to write leaves no file behind and is not an error.
void write_cache_file(const std::string& path, const std::string& bytes) {
  const size_t slash = path.rfind('/');
  const std::string directory = path.substr(0, slash);
  ::mkdir(directory.c_str(), 0777);
  // Written under a temporary name and renamed, so a reader never sees half a file.
  const std::string temporary = cat(path, ".", ::getpid(), ".tmp");
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    if (!file) return;
    file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!file) {
      file.close();
      std::remove(temporary.c_str());
      return;
    }
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) std::remove(temporary.c_str());
}

}  // namespace

std::string cache_path_for(const std::string& path, int optimize_level) {
  const size_t slash = path.rfind('/');
  const std::string directory = slash == std::string::npos ? "." : path.substr(0, slash);
  std::string stem = slash == std::string::npos ? path : path.substr(slash + 1);
  if (stem.size() > 3 && stem.compare(stem.size() - 3, 3, ".py") == 0) stem.resize(stem.size() - 3);
  if (optimize_level > 0) return cat(directory, "/__pycache__/", stem, ".pyvm-", kPvcVersion, ".opt-", optimize_level, ".pvc");
  return cat(directory, "/__pycache__/", stem, ".pyvm-", kPvcVersion, ".pvc");
}

Value compile_with_cache(VM& vm, const std::string& path, const std::string& source) {
  // Cache files hold optimized code only: -X opt=0 neither reads nor writes
  // them, so the two kinds of code never mix (docs/optimizer.md).
  if (vm.bytecode_optimization == 0) return vm.compile(sanitize_utf8(source), path, ParseMode::kFile);
  const PvcSourceInfo info = describe_source(source);
  const std::string cache_path = cache_path_for(path, vm.optimize_level);
  std::string cached;
  read_file(cache_path, &cached);  // a missing cache file reads as empty
  if (describes_source(cached, info)) {
    std::string error;
    Ref<CodeObject> code = load_pvc(vm, cached, cache_path, &error);
    if (code) {
      if (code->filename->view() != path) set_filename(vm, code.get(), make_str(vm, path));
      return Value(std::move(code));
    }
    // A corrupt cache file is never trusted: compile and rewrite it.
  }
  Value code = vm.compile(sanitize_utf8(source), path, ParseMode::kFile);
  if (code.is_null()) return code;
  // As CPython, sys.dont_write_bytecode decides (-B, PYTHONDONTWRITEBYTECODE).
  const Value dont_write = dict_get_str(module_dict(vm.sys_module), vm.intern("dont_write_bytecode"));
  const int skip = dont_write.is_null() ? 0 : truth(vm, dont_write);
  if (skip < 0) return Value();
  // A VM without file access (VM::file_access) writes no file at all.
  if (skip == 0 && vm.file_access) {
    write_cache_file(cache_path, serialize_pvc(vm, *code.as<CodeObject>(), info));
  }
  return code;
}

}  // namespace pyvm
