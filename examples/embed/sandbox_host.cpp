// SPDX-License-Identifier: GPL-3.0-or-later
// A host that runs a user's script in a sandbox: the script gets a small
// C++ class (an inventory of items with prices) and the module `shop`, may
// import only `math`, cannot touch files, and is stopped after a million
// steps, two seconds or 64 MB. Usage: sandbox_host SCRIPT.py
#include <pyvm/pyvm.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>

namespace {

// The C++ side's data, which scripts read and change through the bound class.
class Inventory {
 public:
  explicit Inventory(std::string owner) : owner_(std::move(owner)) {}
  void add(const std::string& item, double price) { prices_[item] = price; }
  double price(const std::string& item) const {
    const auto found = prices_.find(item);
    if (found == prices_.end()) throw pyvm::Error("KeyError", "no item called " + item);
    return found->second;
  }
  std::map<std::string, double> items() const { return prices_; }
  const std::string& owner() const { return owner_; }

 private:
  std::string owner_;
  std::map<std::string, double> prices_;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: sandbox_host SCRIPT.py\n");
    return 2;
  }
  pyvm::Limits limits;
  limits.max_instructions = 1000000;
  limits.timeout_seconds = 2;
  limits.max_memory_bytes = size_t{64} << 20;
  limits.importable_modules = std::vector<std::string>{"math"};
  limits.file_access = false;
  pyvm::Interpreter python(limits);
  // The script's output, each line marked as the script's.
  python.set_stdout([](std::string_view text) {
    for (size_t start = 0; start < text.size();) {
      const size_t end = std::min(text.find('\n', start), text.size() - 1);
      std::printf("[script] %.*s", int(end + 1 - start), text.data() + start);
      start = end + 1;
    }
  });

  pyvm::PyModule shop = python.module("shop");
  shop.bind_class<Inventory>("Inventory")
      .constructor<std::string>()
      .method("add", &Inventory::add)
      .method("price", &Inventory::price)
      .method("items", &Inventory::items)
      .property("owner", &Inventory::owner);
  shop.def("tax", [](double amount) { return amount * 0.2; });

  Inventory stock("the host");
  stock.add("apple", 0.5);
  stock.add("pear", 0.75);
  python.set_global("stock", stock);

  try {
    python.exec_file(argv[1]);
    const double total = python.call("total", python.global("stock")).as<double>();
    std::printf("the script's total: %.2f\n", total);
  } catch (const pyvm::LimitError& error) {
    std::printf("the script was stopped: %s\n", error.message().c_str());
    return 3;
  } catch (const pyvm::Error& error) {
    std::printf("the script failed:\n%s", error.traceback().c_str());
    return 1;
  }
  return 0;
}
