// SPDX-License-Identifier: GPL-3.0-or-later
// Whole-file reads (see file_io.h).
#include "vm/file_io.h"

#include <fstream>
#include <sstream>

namespace pyvm {

bool read_file(const std::string& path, std::string* out) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return false;
  std::stringstream contents;
  contents << file.rdbuf();
  *out = contents.str();
  return true;
}

}  // namespace pyvm
