# uncaught exception raised in an except block of a method: implicit chaining printed with "During handling of the above exception"
class Parser:
    def __init__(self, text):
        self.text = text

    def number(self):
        try:
            return int(self.text)
        except ValueError:
            raise RuntimeError('parser failed on %r' % self.text)


print(Parser('12').number())
Parser('twelve').number()
