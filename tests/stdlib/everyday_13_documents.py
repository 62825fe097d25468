# copy and operator: cloning nested documents and sorting records by field.
import copy
import operator

template = {"title": "untitled", "tags": ["draft"], "meta": {"views": 0, "history": [1, 2]}}
shallow = copy.copy(template)
deep = copy.deepcopy(template)
shallow["tags"].append("shared")
deep["meta"]["history"].append(3)
print(template)
print(shallow is template, shallow["tags"] is template["tags"], deep["meta"] is template["meta"])
print(deep)

cycle = [1, 2]
cycle.append(cycle)
cloned = copy.deepcopy(cycle)
print(cloned[2] is cloned, cloned is not cycle)


class Account:
    def __init__(self, owner, balance):
        self.owner, self.balance = owner, balance
        self.log = []

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

    def __deepcopy__(self, memo):
        fresh = Account(self.owner, self.balance)
        fresh.log = ["copied"]
        return fresh


accounts = [Account("bo", 30), Account("al", 50), Account("cy", 30)]
print(sorted(accounts, key=operator.attrgetter("balance", "owner")))
print(copy.deepcopy(accounts[0]).log, copy.copy(accounts[0]).log is accounts[0].log)
rows = [("x", 3), ("y", 1), ("z", 2)]
print(sorted(rows, key=operator.itemgetter(1)), list(map(operator.itemgetter(0), rows)))
print(operator.methodcaller("replace", "a", "o")("banana"))
print(operator.add(2, 3), operator.neg(4), operator.contains([1, 2], 2), operator.truth(""))
print(operator.index(7), operator.concat("ab", "cd"), operator.getitem({"k": 1}, "k"))
values = [1, 2]
operator.iadd(values, [3])
print(values, operator.lt(1, 2), operator.is_(None, None))
