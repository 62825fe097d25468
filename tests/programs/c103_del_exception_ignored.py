# An exception raised by __del__ is printed to stderr ("Exception ignored
# in:" + the traceback) and dropped. The __del__ here are callables with a
# fixed repr, so that stderr has no addresses.
class Deleter:
    def __init__(self, text):
        self.text = text
    def __repr__(self):
        return self.text
    def __call__(self):
        print("deleter called")
        raise ValueError("from deleter")

class C:
    __del__ = Deleter("<deleter>")

c = C()
del c
print("after c")

def helper():
    raise KeyError("deep")

class Failing:
    def __repr__(self):
        return "<failing>"
    def __call__(self):
        helper()

class E:
    pass
E.__del__ = Failing()
e = E()
e = None
print("after e")

class Chained:
    def __repr__(self):
        return "<chained>"
    def __call__(self):
        try:
            1 / 0
        except ZeroDivisionError:
            raise ValueError

class F:
    __del__ = Chained()
f = F()
del f

class BadRepr:
    def __repr__(self):
        raise TypeError("no repr")
    def __call__(self):
        raise KeyError()

class G:
    __del__ = BadRepr()
g = G()
del g
print("end")
