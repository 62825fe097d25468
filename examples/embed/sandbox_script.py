# A user's script for sandbox_host: it may use what the host gives it
# (stock, the shop module) and math; `import os` or open() would fail.
import math
import shop

extra = shop.Inventory("the script")
extra.add("plum", 1.25)
print("owner:", stock.owner, "items:", stock.items())


def total(inventory):
    net = sum(inventory.items().values())
    return math.fsum([net, shop.tax(net)])


try:
    stock.price("banana")
except KeyError as error:
    print("no banana:", error)
