// The `pyvm` command (placeholder until the pipeline lands).
#include <cstdio>
#include <cstring>

int main(int argc, char** argv) {
  if (argc > 1 && std::strcmp(argv[1], "--version") == 0) {
    std::printf("pyvm %s\n", PYVM_VERSION);
    return 0;
  }
  std::fprintf(stderr, "pyvm: nothing to run yet\n");
  return 2;
}
