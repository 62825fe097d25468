# a small program mixing features: classes with properties and dunders, exceptions, generators, sorting, dict/set operations and formatting
class OutOfStock(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(item, wanted, have)
        self.item, self.wanted, self.have = item, wanted, have
    def __str__(self):
        return 'cannot take %d x %s (only %d left)' % (self.wanted, self.item, self.have)
class Item:
    def __init__(self, name, price, qty=0, tags=()):
        self.name, self.price, self.qty, self.tags = name, price, qty, frozenset(tags)
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return 'Item(%r, %.2f, %d)' % (self.name, self.price, self.qty)
    def __lt__(self, other):
        return (self.price, self.name) < (other.price, other.name)
class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []
    def add(self, item):
        if item.name in self.items:
            self.items[item.name].qty += item.qty
        else:
            self.items[item.name] = item
        self.log.append(('add', item.name, item.qty))
        return self
    def take(self, name, n):
        item = self.items[name]
        if item.qty < n:
            raise OutOfStock(name, n, item.qty)
        item.qty -= n
        self.log.append(('take', name, n))
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(sorted(self.items.values()))
    def __contains__(self, name):
        return name in self.items and self.items[name].qty > 0
    def by_tag(self, tag):
        for it in self:
            if tag in it.tags:
                yield it.name
    def total(self):
        return sum(it.value for it in self.items.values())
inv = Inventory()
inv.add(Item('apple', 0.5, 100, ['fruit', 'fresh'])).add(Item('pear', 0.75, 20, ['fruit'])).add(Item('hammer', 12.99, 3, ['tool']))
inv.add(Item('apple', 0.5, 20))
inv.add(Item('nails', 0.02, 1000, ['tool', 'small']))
print(len(inv), list(inv), 'pear' in inv, 'saw' in inv)
for name, n in [('apple', 30), ('hammer', 5), ('pear', 20), ('saw', 1)]:
    try:
        inv.take(name, n)
        print('took', n, name)
    except OutOfStock as e:
        print('OutOfStock:', e, e.args)
    except KeyError as e:
        print('unknown item', e)
print('pear' in inv, list(inv.by_tag('fruit')), list(inv.by_tag('tool')), list(inv.by_tag('none')))
print('%-8s %8s %6s %10s' % ('name', 'price', 'qty', 'value'))
for it in sorted(inv, key=lambda i: -i.value):
    print('%-8s %8.2f %6d %10.2f' % (it.name, it.price, it.qty, it.value))
print('total: {:,.2f}'.format(inv.total()))
all_tags = set()
for it in inv:
    all_tags |= it.tags
print(sorted(all_tags), sorted(set.intersection(*(set(i.tags) for i in inv if i.tags)) or ['no common tag']))
summary = {}
for action, name, n in inv.log:
    summary.setdefault(action, {}).setdefault(name, 0)
    summary[action][name] += n
print(summary)
print(max(inv, key=lambda i: i.qty).name, min(inv).name, [i.name for i in sorted(inv, reverse=True)][:2])
