// SPDX-License-Identifier: GPL-3.0-or-later
// A game-loop host: a script defines update(frame, dt, position), which the
// host calls once per frame with its own state, and reads the new position
// back. Each call is limited on its own (steps and time), so a script that
// hangs one frame does not hang the game.
#include <pyvm/pyvm.h>

#include <cstdio>
#include <tuple>

namespace {

constexpr const char* kScript = R"(
speed = 2.0
log = []

def update(frame, dt, position):
    x, y = position
    x += speed * dt
    if frame % 30 == 0:
        log.append(f"frame {frame}: x={x:.2f}")
    return (x, y)
)";

}  // namespace

int main() {
  pyvm::Limits limits;
  limits.max_instructions = 100000;  // per frame
  limits.timeout_seconds = 0.05;
  pyvm::Interpreter python(limits);
  python.exec(kScript, "game.py");
  const pyvm::PyObject update = python.global("update");

  std::tuple<double, double> position{0.0, 1.0};
  const double dt = 1.0 / 60;
  for (int frame = 0; frame < 90; ++frame) {
    try {
      position = update(frame, dt, position).as<std::tuple<double, double>>();
    } catch (const pyvm::Error& error) {
      std::printf("frame %d: the script failed (%s); the game goes on\n", frame, error.what());
    }
  }
  for (const std::string& line : python.global("log").as<std::vector<std::string>>())
    std::printf("%s\n", line.c_str());
  std::printf("final position: (%.2f, %.2f)\n", std::get<0>(position), std::get<1>(position));
  return 0;
}
