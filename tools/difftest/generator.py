# SPDX-License-Identifier: GPL-3.0-or-later
"""Random, valid Python programs for differential testing (see __main__.py).

generate(seed, features) returns the source of one program: a sequence of
snippets, each exercising one feature area (arithmetic, containers, classes,
generators, ...) and printing what it computes, so that any difference
between two implementations shows on stdout. The same seed always gives the
same program.

Every program terminates quickly (loops are bounded, recursion is shallow,
numbers stay below CPython's 4300-digit str() limit) and prints nothing that
CPython itself leaves unspecified: no id(), no default object reprs with
addresses, no `is` on numbers, no iteration order of sets of strings (their
hashes are randomized per process). Operations that may raise run inside
try/except and print the exception's type and message, so error messages are
compared too.
"""
import contextlib
import random

# Ints are kept below this many bits so that str() stays far from CPython's
# 4300-digit limit and arithmetic stays fast.
MAX_INT_BITS = 2000

STRING_ALPHABET = 'abcxyzABC019 _-.,é中ßΣ'
# Constructs that hit a known pyvm bug (none at present):
# left out unless enabled with --known-bug NAME, so that runs report new bugs.
KNOWN_BUGS = {}

WORDS = ['alpha', 'beta', 'gamma', 'delta', 'pi', 'Omega', 'x', '', 'a b', 'straße',
         '  pad  ', '42', '-7', '3.5', 'MiXeD', 'ünï', 'tab\there', 'line\nbreak']


class Source:
    """Lines of Python with the current indentation."""

    def __init__(self):
        self.lines = []
        self.depth = 0

    def line(self, text):
        self.lines.append('    ' * self.depth + text)

    @contextlib.contextmanager
    def block(self, header):
        self.line(header)
        self.depth += 1
        yield
        self.depth -= 1

    def text(self):
        return '\n'.join(self.lines) + '\n'


class Expressions:
    """Random expressions of a given type over the variables in scope.

    Types: int, float, str, bool, list (of int), tuple (of int), dict (str ->
    int), set (of int), strs (list of str). Expressions may raise (division by
    zero, bad index, bad conversion): callers wrap them in try/except."""

    def __init__(self, rng, scope, int_bits):
        self.rng = rng
        self.scope = scope        # name -> type
        self.int_bits = int_bits  # name -> estimated bit length, for int variables

    def variables(self, kind):
        return sorted(name for name, k in self.scope.items() if k == kind)

    def of(self, kind, depth=2):
        return getattr(self, kind + '_expr')(depth)

    def pick_var(self, kind):
        names = self.variables(kind)
        return self.rng.choice(names) if names else None

    # -- int ---------------------------------------------------------------
    def int_literal(self):
        r = self.rng.random()
        if r < 0.6:
            value = self.rng.randint(-10, 100)
        elif r < 0.8:
            value = self.rng.choice([0, 1, -1, 2**31 - 1, 2**63 - 1, -2**63, 2**64, 10**18, 255, 256])
        else:
            value = self.rng.randint(-10**40, 10**40)
        return str(value) if value >= 0 else '(%d)' % value, max(value.bit_length(), 1)

    def int_expr(self, depth=2):
        code, _ = self.int_expr_bits(depth)
        return code

    def int_expr_bits(self, depth):
        """An int expression and an estimate of its result's bit length."""
        rng = self.rng
        if depth <= 0 or rng.random() < 0.25:
            name = self.pick_var('int')
            if name and rng.random() < 0.6:
                return name, self.int_bits.get(name, 64)
            return self.int_literal()
        choice = rng.randrange(12)
        if choice < 4:
            left, lbits = self.int_expr_bits(depth - 1)
            right, rbits = self.int_expr_bits(depth - 1)
            op = rng.choice(['+', '-', '*', '//', '%', '&', '|', '^', '+', '-'])
            bits = lbits + rbits if op == '*' else max(lbits, rbits) + 1
            if bits > MAX_INT_BITS:
                op, bits = '%', rbits
            return '(%s %s %s)' % (left, op, right), bits
        if choice == 4:
            base, bits = self.int_literal()
            exponent = rng.randint(0, 5)
            return '(%s ** %d)' % (base, exponent), bits * max(exponent, 1)
        if choice == 5:
            value, bits = self.int_expr_bits(depth - 1)
            if rng.random() < 0.5 and bits < MAX_INT_BITS - 100:
                shift = rng.randint(0, 90)
                return '(%s << %d)' % (value, shift), bits + shift
            return '(%s >> %d)' % (value, rng.randint(0, 70)), bits
        if choice == 6:
            value, bits = self.int_expr_bits(depth - 1)
            return '(%s%s)' % (rng.choice(['-', '~', '+', '- -']), value), bits + 1
        if choice == 7:
            return rng.choice([
                'len(%s)' % self.str_expr(depth - 1),
                'len(%s)' % self.list_expr(depth - 1),
                'sum(%s)' % self.list_expr(depth - 1),
                'max(%s, default=-1)' % self.list_expr(depth - 1),
                'min(%s, %s)' % (self.int_expr(depth - 1), self.int_expr(depth - 1)),
                'abs(%s)' % self.int_expr(depth - 1),
                '%s.count(%s)' % (self.list_expr(depth - 1), self.int_expr(0)),
                '%s.find(%r)' % (self.str_expr(depth - 1), rng.choice(['a', 'b', 'é', '', 'xy'])),
                'len(%s)' % self.dict_expr(depth - 1),
            ]), 64
        if choice == 8:
            return rng.choice([
                'int(%s)' % self.float_expr(depth - 1),
                'round(%s)' % self.float_expr(depth - 1),
                'int(%r)' % rng.choice(['12', ' -34 ', '1_000', '0', '+5', 'x1', '3.0', '١٢']),
                'int(%r, %d)' % (rng.choice(['ff', '101', 'z', '0x1F', '777', '-10']), rng.choice([0, 2, 8, 16, 36])),
                'ord(%r)' % rng.choice('aZ é中'),
                'divmod(%s, %s)[%d]' % (self.int_expr(depth - 1), self.int_expr(depth - 1), rng.randint(0, 1)),
                'pow(%s, %s, %s)' % (self.int_expr(depth - 1), self.int_expr(depth - 1), self.int_expr(0)),
                '(%s).bit_length()' % self.int_expr(depth - 1),
                'hash(%s)' % self.int_expr(depth - 1),
            ]), MAX_INT_BITS
        if choice == 9:
            name = self.pick_var('dict')
            if name:
                return '%s.get(%r, %s)' % (name, rng.choice(WORDS[:6]), self.int_expr(0)), 64
            return self.int_literal()
        if choice == 10:
            (left, lbits), (right, rbits) = self.int_expr_bits(depth - 1), self.int_expr_bits(depth - 1)
            return '(%s if %s else %s)' % (left, self.bool_expr(depth - 1), right), max(lbits, rbits)
        return '%s[%s]' % (self.list_expr(depth - 1), self.small_index()), 64

    def small_index(self):
        return str(self.rng.randint(-4, 5))

    # -- float -------------------------------------------------------------
    def float_literal(self):
        return self.rng.choice(['0.1', '1.5', '-2.25', '3.0', '1e300', '1e-300', '-0.0', '0.0',
                                '2.5', '123456.789', '1e16', '0.3', '7.0', '1/3', "float('inf')",
                                "float('-inf')", '(-1.5)', '1e22', '9007199254740993.0'])

    def float_expr(self, depth=2):
        rng = self.rng
        if depth <= 0 or rng.random() < 0.3:
            name = self.pick_var('float')
            return name if name and rng.random() < 0.6 else self.float_literal()
        choice = rng.randrange(6)
        if choice < 2:
            op = rng.choice(['+', '-', '*', '/', '//', '%'])
            return '(%s %s %s)' % (self.float_expr(depth - 1), op, self.float_expr(depth - 1))
        if choice == 2:
            op = rng.choice(['+', '*', '/', '-'])
            return '(%s %s %s)' % (self.int_expr(depth - 1), op, self.float_expr(depth - 1))
        if choice == 3:
            return '(%s ** %d)' % (self.float_expr(depth - 1), rng.randint(-2, 3))
        if choice == 4:
            return rng.choice([
                'float(%s)' % self.int_expr(depth - 1),
                '(%s / %s)' % (self.int_expr(depth - 1), self.int_expr(depth - 1)),
                'float(%r)' % rng.choice(['1.5', ' 2e3 ', 'nan', '-inf', '1_0.5', 'abc', '.5', '1e']),
                'round(%s, %d)' % (self.float_expr(depth - 1), rng.randint(-2, 4)),
                'abs(%s)' % self.float_expr(depth - 1),
            ])
        return rng.choice([
            'math.sqrt(%s)' % self.float_expr(depth - 1),
            'math.floor(%s)' % self.float_expr(depth - 1),
            'math.fsum([%s, %s])' % (self.float_expr(depth - 1), self.float_expr(depth - 1)),
            'math.copysign(%s, %s)' % (self.float_expr(0), self.float_expr(0)),
            'max(%s, %s)' % (self.float_expr(depth - 1), self.float_expr(depth - 1)),
            'sum([%s, %s], 0.5)' % (self.float_expr(0), self.float_expr(0)),
        ])

    # -- str ---------------------------------------------------------------
    def str_literal(self):
        rng = self.rng
        if rng.random() < 0.6:
            return repr(rng.choice(WORDS))
        return repr(''.join(rng.choice(STRING_ALPHABET) for _ in range(rng.randint(0, 8))))

    def str_expr(self, depth=2):
        rng = self.rng
        if depth <= 0 or rng.random() < 0.25:
            name = self.pick_var('str')
            return name if name and rng.random() < 0.6 else self.str_literal()
        choice = rng.randrange(9)
        if choice == 0:
            return '(%s + %s)' % (self.str_expr(depth - 1), self.str_expr(depth - 1))
        if choice == 1:
            return '(%s * %d)' % (self.str_expr(depth - 1), rng.randint(-1, 3))
        if choice == 2:
            return '%s%s' % (self.str_expr(depth - 1), self.slice_suffix())
        if choice == 3:
            method = rng.choice(['upper()', 'lower()', 'strip()', 'title()', 'capitalize()',
                                 'swapcase()', 'casefold()', 'lstrip(%r)' % 'a ', 'rstrip()',
                                 'replace(%r, %r)' % (rng.choice('ab é'), rng.choice(['', 'XY', '-'])),
                                 'center(%d, %r)' % (rng.randint(0, 12), rng.choice('*-é')),
                                 'ljust(%d)' % rng.randint(0, 10), 'rjust(%d, %r)' % (rng.randint(0, 10), '0'),
                                 'zfill(%d)' % rng.randint(0, 10), 'expandtabs(4)',
                                 'removeprefix(%r)' % rng.choice(['a', 'al', 'x']),
                                 'removesuffix(%r)' % rng.choice(['a', 'ta', 'e'])])
            return '%s.%s' % (self.str_expr(depth - 1), method)
        if choice == 4:
            return '%r.join(%s)' % (rng.choice(['', ', ', '-', 'é']), self.strs_expr(depth - 1))
        if choice == 5:
            return self.formatted(depth - 1)
        if choice == 6:
            return rng.choice([
                'str(%s)' % self.int_expr(depth - 1),
                'repr(%s)' % self.float_expr(depth - 1),
                'str(%s)' % self.list_expr(depth - 1),
                'repr(%s)' % self.str_expr(depth - 1),
                'hex(%s)' % self.int_expr(depth - 1),
                'oct(%s)' % self.int_expr(depth - 1),
                'bin(%s)' % self.int_expr(depth - 1),
                'chr(%d)' % rng.choice([65, 97, 233, 0x4e2d, 0x1f600, 10, 0]),
                'ascii(%s)' % self.str_expr(depth - 1),
                'str(%s)' % self.dict_expr(depth - 1),
            ])
        if choice == 7:
            return '%s[%s]' % (self.str_expr(depth - 1), self.small_index())
        return '(%s if %s else %s)' % (self.str_expr(depth - 1), self.bool_expr(depth - 1),
                                       self.str_expr(depth - 1))

    def slice_suffix(self):
        rng = self.rng
        parts = [rng.choice(['', str(rng.randint(-5, 6))]) for _ in range(2)]
        if rng.random() < 0.4:
            parts.append(rng.choice(['', '-1', '2', '-2', '3']))
        return '[%s]' % ':'.join(parts)

    def format_spec(self, kind):
        rng = self.rng
        if rng.random() < 0.4:
            return self.random_format_spec()
        if kind == 'int':
            return rng.choice(['', 'd', '5d', '<6', '>8', '^7', '+d', ' d', ',', '_', 'x', 'X', '#x', 'o',
                               '#o', 'b', '#b', '08d', '=+9', '*^11', 'e', '.2f', '%', 'n', 'c', '_x'])
        if kind == 'float':
            return rng.choice(['', '.2f', '.0f', '10.3f', '<10', 'e', '.3e', 'E', 'g', '.3g', 'G', '%',
                               '.1%', '+.2f', ',.2f', '_.1f', '08.2f', '^12.4g', '#.0f', '.10g', 'n', 'r'])
        return rng.choice(['', '<8', '>8', '^9', '*^9', '.2', '10.3', 's', '-<5', 'd'])

    def random_format_spec(self):
        """[[fill]align][sign][z][#][0][width][grouping][.precision][type], each part
        optional and chosen independently: often invalid for the value's type."""
        rng = self.rng
        parts = [rng.choice(['', '', '<', '>', '^', '=', '*<', '0>', 'é^']),
                 rng.choice(['', '', '+', '-', ' ']),
                 rng.choice(['', '', '', 'z']),
                 rng.choice(['', '', '#']),
                 rng.choice(['', '', '0']),
                 rng.choice(['', '', '1', '7', '12']),
                 rng.choice(['', '', '', ',', '_']),
                 rng.choice(['', '', '.0', '.1', '.3', '.12']),
                 rng.choice(['', '', 'd', 'f', 'F', 'e', 'E', 'g', 'G', '%', 'x', 'X', 'o', 'b', 'c', 'n', 's'])]
        return ''.join(parts)

    def formatted(self, depth):
        """A string made by an f-string, str.format or %-formatting."""
        rng = self.rng
        kind = rng.choice(['int', 'float', 'str'])
        value = self.of(kind, depth)
        spec = self.format_spec(kind)
        style = rng.randrange(5)
        if style < 2 and ('\\' in value or '"' in value):
            style = 3  # an f-string's expressions may not hold a backslash or its own quote (3.11)
        if style == 0:
            return 'f"<{%s:%s}>"' % (value, spec) if spec else 'f"<{%s}>"' % value
        if style == 1:
            conversion = rng.choice(['!r', '!s', '!a', '', '', '='])
            return 'f"{%s%s} and {%s}"' % (value, conversion, self.int_expr(0))
        if style == 2:
            return '"{0:%s}|{1!r}|{0}".format(%s, %s)' % (spec, value, self.str_expr(0))
        if style == 3:
            return 'format(%s, %r)' % (value, spec)
        percent = {'int': ['%d', '%5d', '%-5d|', '%x', '%#o', '%+d', '%05d', '%s', '%r', '%c', '%e'],
                   'float': ['%f', '%.2f', '%10.3e', '%g', '%s', '%r', '%d', '%%%.1f%%', '%-8.1f|'],
                   'str': ['%s', '%r', '%10s', '%-6s|', '%.2s', '%a', '%d']}[kind]
        return '(%r %% (%s,))' % (rng.choice(percent), value)

    # -- bool --------------------------------------------------------------
    def bool_expr(self, depth=2):
        rng = self.rng
        if depth <= 0:
            return rng.choice(['True', 'False', '(%s > %s)' % (self.int_expr(0), self.int_expr(0))])
        choice = rng.randrange(6)
        if choice == 0:
            kind = rng.choice(['int', 'float', 'str', 'list', 'tuple'])
            op = rng.choice(['<', '<=', '==', '!=', '>', '>='])
            return '(%s %s %s)' % (self.of(kind, depth - 1), op, self.of(kind, depth - 1))
        if choice == 1:
            return '(%s %s %s)' % (self.bool_expr(depth - 1), rng.choice(['and', 'or']), self.bool_expr(depth - 1))
        if choice == 2:
            return '(not %s)' % self.bool_expr(depth - 1)
        if choice == 3:
            return rng.choice([
                '(%s in %s)' % (self.int_expr(0), self.list_expr(depth - 1)),
                '(%s in %s)' % (self.str_expr(0), self.str_expr(depth - 1)),
                '(%s not in %s)' % (self.str_literal(), self.dict_expr(depth - 1)),
                '(%s in %s)' % (self.int_expr(0), self.set_expr(depth - 1)),
            ])
        if choice == 4:
            return '%s.%s()' % (self.str_expr(depth - 1), rng.choice(
                ['isdigit', 'isalpha', 'isupper', 'islower', 'isspace', 'isidentifier', 'isalnum',
                 'istitle', 'isdecimal', 'isnumeric', 'isprintable', 'isascii']))
        return rng.choice([
            'bool(%s)' % self.list_expr(depth - 1),
            'any(%s)' % self.list_expr(depth - 1),
            'all(x > 0 for x in %s)' % self.list_expr(depth - 1),
            'isinstance(%s, (int, str))' % self.of(rng.choice(['int', 'float', 'str']), depth - 1),
            '%s.startswith(%s)' % (self.str_expr(depth - 1), self.str_literal()),
            '(%s < %s < %s)' % (self.int_expr(0), self.int_expr(0), self.int_expr(0)),
        ])

    # -- containers --------------------------------------------------------
    def list_literal(self):
        return '[%s]' % ', '.join(str(self.rng.randint(-5, 20)) for _ in range(self.rng.randint(0, 6)))

    def list_expr(self, depth=2):
        rng = self.rng
        if depth <= 0 or rng.random() < 0.25:
            name = self.pick_var('list')
            return name if name and rng.random() < 0.6 else self.list_literal()
        choice = rng.randrange(8)
        if choice == 0:
            return '(%s + %s)' % (self.list_expr(depth - 1), self.list_expr(depth - 1))
        if choice == 1:
            return '%s%s' % (self.list_expr(depth - 1), self.slice_suffix())
        if choice == 2:
            return 'sorted(%s%s)' % (self.list_expr(depth - 1),
                                     rng.choice(['', ', reverse=True', ', key=abs', ', key=lambda v: (v % 3, -v)']))
        if choice == 3:
            var = rng.choice(['x', 'y', 'item'])
            condition = rng.choice(['', ' if %s %% 2' % var, ' if %s > 3' % var, ' if not %s' % var])
            return '[%s for %s in %s%s]' % (rng.choice(['%s * 2', '%s - 1', '%s ** 2', '-%s', '%s // 3']) % var,
                                            var, self.list_expr(depth - 1), condition)
        if choice == 4:
            return rng.choice([
                'list(range(%d, %d, %d))' % (rng.randint(-5, 5), rng.randint(-5, 15), rng.choice([1, 2, 3, -1, -2])),
                'list(reversed(%s))' % self.list_expr(depth - 1),
                'list(map(abs, %s))' % self.list_expr(depth - 1),
                'list(filter(None, %s))' % self.list_expr(depth - 1),
                '[len(w) for w in %s]' % self.strs_expr(depth - 1),
                'list(%s)' % self.tuple_expr(depth - 1),
                'sorted(%s)' % self.set_expr(depth - 1),
                'list(%s.values())' % self.dict_expr(depth - 1),
            ])
        if choice == 5:
            return '(%s * %d)' % (self.list_expr(depth - 1), rng.randint(0, 3))
        if choice == 6:
            return '[a + b for a, b in zip(%s, %s)]' % (self.list_expr(depth - 1), self.list_expr(depth - 1))
        return '[x for row in [%s, %s] for x in row if x != %d]' % (
            self.list_expr(depth - 1), self.list_expr(depth - 1), rng.randint(0, 5))

    def tuple_expr(self, depth=2):
        rng = self.rng
        if depth <= 0 or rng.random() < 0.3:
            name = self.pick_var('tuple')
            if name and rng.random() < 0.6:
                return name
            items = [str(rng.randint(-3, 9)) for _ in range(rng.randint(0, 4))]
            return '(%s)' % (', '.join(items) + (',' if len(items) == 1 else ''))
        return rng.choice([
            'tuple(%s)' % self.list_expr(depth - 1),
            '(%s + %s)' % (self.tuple_expr(depth - 1), self.tuple_expr(depth - 1)),
            '%s%s' % (self.tuple_expr(depth - 1), self.slice_suffix()),
            'tuple(sorted(%s))' % self.set_expr(depth - 1),
            '(%s, *%s)' % (self.int_expr(0), self.list_expr(depth - 1)),
        ])

    def dict_expr(self, depth=2):
        rng = self.rng
        if depth <= 0 or rng.random() < 0.3:
            name = self.pick_var('dict')
            if name and rng.random() < 0.6:
                return name
            keys = rng.sample(WORDS[:8], rng.randint(0, 4))
            return '{%s}' % ', '.join('%r: %d' % (k, rng.randint(-3, 9)) for k in keys)
        return rng.choice([
            '{w: len(w) for w in %s}' % self.strs_expr(depth - 1),
            'dict(zip(%s, %s))' % (self.strs_expr(depth - 1), self.list_expr(depth - 1)),
            '{**%s, **%s}' % (self.dict_expr(depth - 1), self.dict_expr(depth - 1)),
            '(%s | %s)' % (self.dict_expr(depth - 1), self.dict_expr(depth - 1)),
            'dict.fromkeys(%s, %d)' % (self.strs_expr(depth - 1), rng.randint(0, 3)),
            '{k: v for k, v in %s.items() if v %% 2}' % self.dict_expr(depth - 1),
        ])

    def set_expr(self, depth=2):
        rng = self.rng
        if depth <= 0 or rng.random() < 0.3:
            name = self.pick_var('set')
            if name and rng.random() < 0.6:
                return name
            return 'set(%s)' % self.list_literal()
        op = rng.choice(['|', '&', '-', '^'])
        return rng.choice([
            '(%s %s %s)' % (self.set_expr(depth - 1), op, self.set_expr(depth - 1)),
            '{x %% 7 for x in %s}' % self.list_expr(depth - 1),
            'set(%s)' % self.list_expr(depth - 1),
            '%s.union(%s)' % (self.set_expr(depth - 1), self.list_expr(depth - 1)),
            '%s.intersection(%s)' % (self.set_expr(depth - 1), self.tuple_expr(depth - 1)),
        ])

    def strs_expr(self, depth=2):
        rng = self.rng
        if depth <= 0 or rng.random() < 0.3:
            name = self.pick_var('strs')
            if name and rng.random() < 0.6:
                return name
            return repr(rng.sample(WORDS, rng.randint(0, 4)))
        return rng.choice([
            '%s.split(%s)' % (self.str_expr(depth - 1), rng.choice(['', "' '", "'a'", "'é'", 'None, 1'])),
            '%s.splitlines()' % self.str_expr(depth - 1),
            'sorted(%s)' % self.strs_expr(depth - 1),
            'list(%s)' % self.str_expr(depth - 1),
            '[w.upper() for w in %s if w]' % self.strs_expr(depth - 1),
            'list(%s.partition(%r))' % (self.str_expr(depth - 1), rng.choice(['a', ' ', 'é'])),
            'sorted(%s, key=len)' % self.strs_expr(depth - 1),
            'list(%s)' % self.dict_expr(depth - 1),
            '[str(n) for n in %s]' % self.list_expr(depth - 1),
        ])


class ProgramGenerator:
    """Writes one program: a prelude, then random snippets (one per feature)."""

    def __init__(self, seed, features, known_bugs):
        self.rng = random.Random(seed)
        self.features = features
        self.known_bugs = known_bugs
        self.out = Source()
        self.scope = {}
        self.int_bits = {}
        self.expressions = Expressions(self.rng, self.scope, self.int_bits)
        self.names = 0

    def fresh(self, prefix):
        self.names += 1
        return '%s%d' % (prefix, self.names)

    def program(self):
        self.out.line('import math')
        self.out.line('')
        for _ in range(self.rng.randint(3, 7)):
            feature = self.rng.choice(self.features)
            self.out.line('# --- %s' % feature)
            getattr(self, 'snippet_' + feature)()
        self.ending()
        return self.out.text()

    # -- helpers -----------------------------------------------------------
    def guarded(self, statements, label):
        """Run statements (a list of lines) and report an exception instead of stopping."""
        out = self.out
        with out.block('try:'):
            for statement in statements:
                out.line(statement)
        with out.block('except Exception as e:'):
            out.line('print(%r, type(e).__name__, e)' % (label + ' !'))

    def show(self, expression, label=None):
        label = label or self.fresh('p')
        self.guarded(['print(%r, %s)' % (label, expression)], label)

    def assign(self, kind):
        """Define a new variable of a type, with a fallback value if its expression raises."""
        name = self.fresh(kind[0] + kind[-1])
        if kind == 'int':
            value, bits = self.expressions.int_expr_bits(2)
        else:
            value, bits = self.expressions.of(kind, 2), 0
        fallback = {'int': '0', 'float': '0.5', 'str': "'s'", 'bool': 'False', 'list': '[1, 2]',
                    'tuple': '(1,)', 'dict': "{'k': 1}", 'set': '{3}', 'strs': "['w']"}[kind]
        out = self.out
        with out.block('try:'):
            out.line('%s = %s' % (name, value))
        with out.block('except Exception as e:'):
            out.line('print(%r, type(e).__name__, e)' % (name + ' !'))
            out.line('%s = %s' % (name, fallback))
        out.line('print(%r, %s)' % (name, name if kind not in ('float',) else 'repr(%s)' % name))
        self.scope[name] = kind
        self.int_bits[name] = bits
        return name

    def some_var(self, kind):
        return self.expressions.pick_var(kind) or self.assign(kind)

    # -- snippets: one per feature area ------------------------------------
    def snippet_arith(self):
        for _ in range(self.rng.randint(2, 5)):
            kind = self.rng.choice(['int', 'int', 'float', 'bool'])
            if self.rng.random() < 0.5:
                self.assign(kind)
            else:
                self.show(self.expressions.of(kind, 3))

    def snippet_strings(self):
        for _ in range(self.rng.randint(2, 5)):
            if self.rng.random() < 0.4:
                self.assign(self.rng.choice(['str', 'strs']))
            else:
                self.show(self.expressions.str_expr(3))

    def snippet_formatting(self):
        ex = self.expressions
        for _ in range(self.rng.randint(2, 6)):
            self.show(ex.formatted(2))

    def snippet_containers(self):
        rng, ex, out = self.rng, self.expressions, self.out
        kind = rng.choice(['list', 'dict', 'set', 'tuple', 'strs'])
        name = self.assign(kind)
        operations = {
            'list': ['%s.append(%s)' % (name, ex.int_expr(1)), '%s.extend(%s)' % (name, ex.list_expr(1)),
                     '%s.insert(%s, %s)' % (name, ex.small_index(), ex.int_expr(0)),
                     'print(%s.pop())' % name, 'print(%s.pop(%s))' % (name, ex.small_index()),
                     '%s.remove(%s)' % (name, ex.int_expr(0)), '%s.sort()' % name,
                     '%s.sort(key=lambda v: -v, reverse=%s)' % (name, rng.choice(['True', 'False'])),
                     '%s.reverse()' % name, 'del %s[%s]' % (name, ex.small_index()),
                     '%s%s = %s' % (name, ex.slice_suffix(), ex.list_expr(1)),
                     'del %s%s' % (name, ex.slice_suffix()), '%s[%s] = %s' % (name, ex.small_index(), ex.int_expr(1)),
                     'print(%s.index(%s))' % (name, ex.int_expr(0)), '%s += %s' % (name, ex.list_expr(1)),
                     '%s *= %d' % (name, rng.randint(0, 2)), 'print(%s.copy() == %s)' % (name, name),
                     '%s.clear()' % name],
            'dict': ['%s[%s] = %s' % (name, ex.str_literal(), ex.int_expr(1)),
                     'print(%s[%s])' % (name, ex.str_literal()), 'del %s[%s]' % (name, ex.str_literal()),
                     'print(%s.pop(%s, None))' % (name, ex.str_literal()), 'print(%s.pop(%s))' % (name, ex.str_literal()),
                     'print(%s.setdefault(%s, %d))' % (name, ex.str_literal(), rng.randint(0, 9)),
                     '%s.update(%s)' % (name, ex.dict_expr(1)), 'print(%s.popitem())' % name,
                     'print(list(%s.items()))' % name, 'print(sorted(%s, key=%s.get))' % (name, name),
                     '%s |= %s' % (name, ex.dict_expr(1)), 'print(%s.keys() & {%s})' % (name, ex.str_literal()),
                     'print(%s == %s)' % (name, ex.dict_expr(1))],
            'set': ['%s.add(%s)' % (name, ex.int_expr(0)), '%s.discard(%s)' % (name, ex.int_expr(0)),
                    '%s.remove(%s)' % (name, ex.int_expr(0)), 'print(%s.pop())' % name,
                    '%s |= %s' % (name, ex.set_expr(1)), '%s -= %s' % (name, ex.set_expr(1)),
                    '%s &= %s' % (name, ex.set_expr(1)), '%s ^= %s' % (name, ex.set_expr(1)),
                    'print(%s <= %s, %s.isdisjoint(%s))' % (name, ex.set_expr(1), name, ex.list_expr(1)),
                    'print(frozenset(%s) == %s)' % (name, name), '%s.update(%s, %s)' % (name, ex.list_expr(0), ex.tuple_expr(0))],
            'tuple': ['print(%s.index(%s))' % (name, ex.int_expr(0)), 'print(%s.count(%s))' % (name, ex.int_expr(0)),
                      'a, *b = %s or (0,); print(a, b)' % name, 'print(%s < %s)' % (name, ex.tuple_expr(1)),
                      'print(%s[%s])' % (name, ex.small_index()), '%s += (%s,)' % (name, ex.int_expr(0)),
                      'print(hash(%s) == hash(tuple(list(%s))))' % (name, name)],
            'strs': ['%s.sort(key=str.lower)' % name, '%s.append(%s)' % (name, ex.str_expr(1)),
                     'print(%r.join(%s))' % ('|', name), 'print(max(%s, default=None))' % name,
                     'print(sorted(set(%s)))' % name, 'print(%s.index(%s))' % (name, ex.str_literal())],
        }[kind]
        for _ in range(rng.randint(2, 6)):
            self.guarded([rng.choice(operations)], self.fresh('c'))
            out.line('print(%s)' % name)
        with out.block('for index, item in enumerate(%s%s):' % (name, '' if kind != 'dict' else '.items()')):
            out.line('print(index, item, end="; ")')
        out.line('print()')

    def snippet_comprehension(self):
        ex = self.expressions
        rng = self.rng
        forms = [
            '[(i, j) for i in range(%d) for j in range(i) if (i + j) %% %d]' % (rng.randint(0, 5), rng.randint(1, 3)),
            '{w: i for i, w in enumerate(%s)}' % ex.strs_expr(1),
            '{x * x %% 10 for x in %s}' % ex.list_expr(1),
            'sum(x for x in %s if x > %d)' % (ex.list_expr(1), rng.randint(-2, 5)),
            '[[x * y for x in range(%d)] for y in range(%d)]' % (rng.randint(0, 4), rng.randint(0, 4)),
            '[y for x in %s if (y := x * 2) > %d]' % (ex.list_expr(1), rng.randint(0, 10)),
            'sorted({len(w) for w in %s})' % ex.strs_expr(1),
            'list(zip(%s, %s, strict=False))' % (ex.list_expr(1), ex.str_expr(1)),
            'dict(enumerate(%s, start=%d))' % (ex.str_expr(1), rng.randint(-2, 3)),
            '[c for c in %s if c.isalpha()]' % ex.str_expr(1),
            'max(%s, key=lambda w: (len(w), w), default="none")' % ex.strs_expr(1),
            'list(map(lambda a, b: a * b, %s, %s))' % (ex.list_expr(1), ex.list_expr(1)),
        ]
        for _ in range(rng.randint(2, 4)):
            self.show(rng.choice(forms))

    def snippet_loops(self):
        rng, ex, out = self.rng, self.expressions, self.out
        total = self.fresh('total')
        out.line('%s = 0' % total)
        iterable = rng.choice([ex.list_expr(1), 'range(%d)' % rng.randint(0, 8), ex.str_expr(1),
                               'enumerate(%s)' % ex.strs_expr(1), 'zip(%s, %s)' % (ex.list_expr(1), ex.list_expr(1))])
        item = self.fresh('item')
        with out.block('for %s in %s:' % (item, iterable)):
            with out.block('if %s == %s:' % (item, rng.choice([ex.int_expr(0), ex.str_literal(), '(1, 2)']))):
                out.line('print("break at", %s)' % item)
                out.line('break')
            with out.block('if str(%s) < %r:' % (item, rng.choice(['3', 'b', '(']))):
                out.line('continue')
            out.line('%s += 1' % total)
            out.line('print(%s, end=" ")' % item)
        with out.block('else:'):
            out.line('print("no break")')
        out.line('print(%r, %s)' % (total, total))
        counter = self.fresh('n')
        out.line('%s = %d' % (counter, rng.randint(0, 30)))
        with out.block('while %s > 0:' % counter):
            out.line('%s -= %d' % (counter, rng.randint(1, 4)))
            with out.block('if %s %% %d == 0:' % (counter, rng.randint(2, 5))):
                out.line('print("skip", %s)' % counter)
                out.line('continue')
            with out.block('if %s == %d:' % (counter, rng.randint(0, 10))):
                out.line('break')
            out.line('print("n", %s)' % counter)
        with out.block('else:'):
            out.line('print("while done", %s)' % counter)

    def snippet_functions(self):
        rng, ex, out = self.rng, self.expressions, self.out
        name = self.fresh('f')
        params = ['a', 'b=%s' % ex.int_literal()[0]]
        if rng.random() < 0.5:
            params.append('*args')
        else:
            params.append('*')
            params.append('c=%s' % ex.str_literal())
        if rng.random() < 0.5:
            params.append('**kw')
        if rng.random() < 0.3:
            params.insert(1, '/')
        with out.block('def %s(%s):' % (name, ', '.join(params))):
            body = ['a', 'b']
            if '*args' in params:
                body.append('args')
            if 'c=' in ' '.join(params):
                body.append('c')
            if '**kw' in params:
                body.append('sorted(kw.items())')
            out.line('print(%r, %s)' % (name, ', '.join(body)))
            out.line('return %s' % rng.choice(['a + b', '(a, b)', 'a * b if b else a', 'str(a) + str(b)']))
        calls = ['%s(%s)' % (name, ex.int_expr(0)), '%s(%s, %s)' % (name, ex.int_expr(0), ex.int_expr(0)),
                 '%s(a=%s)' % (name, ex.int_expr(0)), '%s(1, 2, 3, 4)' % name, '%s()' % name,
                 '%s(b=1, a=%s)' % (name, ex.str_literal()), '%s(*%s)' % (name, ex.list_expr(1)),
                 '%s(1, **{"b": 2})' % name, '%s(1, c="kw", z=3)' % name, '%s(1, b=2, b2=3)' % name,
                 '%s(*(1, 2), **%s)' % (name, ex.dict_expr(1)), '%s(1, a=2)' % name]
        for _ in range(rng.randint(2, 5)):
            self.show(rng.choice(calls))
        if rng.random() < 0.5:
            fact = self.fresh('rec')
            with out.block('def %s(n):' % fact):
                out.line('return 1 if n <= 1 else n * %s(n - 1)' % fact)
            self.show('%s(%d)' % (fact, rng.randint(0, 60)))
        self.show('(lambda x, y=%d: x * y)(%s)' % (rng.randint(0, 5), ex.of(rng.choice(['int', 'str', 'list']), 1)))
        self.show('sorted(%s, key=lambda w: w[::-1])' % ex.strs_expr(1))

    def snippet_closures(self):
        rng, out = self.rng, self.out
        maker = self.fresh('make_counter')
        with out.block('def %s(start, step=%d):' % (maker, rng.randint(1, 4))):
            out.line('count = start')
            with out.block('def bump(by=None):'):
                out.line('nonlocal count')
                out.line('count += step if by is None else by')
                out.line('return count')
            with out.block('def peek():'):
                out.line('return count')
            out.line('return bump, peek')
        bump, peek = self.fresh('bump'), self.fresh('peek')
        out.line('%s, %s = %s(%s)' % (bump, peek, maker, self.expressions.int_expr(0)))
        for _ in range(rng.randint(1, 4)):
            out.line('print(%s(%s), %s())' % (bump, rng.choice(['', '10', '-3']), peek))
        funcs = self.fresh('fs')
        out.line('%s = [lambda x, i=i: x + i for i in range(%d)]' % (funcs, rng.randint(0, 4)))
        out.line('print([g(10) for g in %s])' % funcs)
        late = self.fresh('late')
        out.line('%s = [lambda: i for i in range(%d)]' % (late, rng.randint(1, 4)))
        out.line('print([g() for g in %s])' % late)
        outer = self.fresh('outer')
        with out.block('def %s():' % outer):
            out.line('x = %d' % rng.randint(0, 9))
            with out.block('def inner():'):
                out.line('return x * 2')
            out.line('x += 1')
            out.line('return inner()')
        out.line('print(%s())' % outer)

    def snippet_classes(self):
        rng, ex, out = self.rng, self.expressions, self.out
        base = self.fresh('Vec')
        with out.block('class %s:' % base):
            out.line('scale = %d' % rng.randint(1, 3))
            with out.block('def __init__(self, *items):'):
                out.line('self.items = list(items)')
            with out.block('def __repr__(self):'):
                out.line("return f'%s({self.items})'" % base)
            with out.block('def __eq__(self, other):'):
                with out.block('if not isinstance(other, %s):' % base):
                    out.line('return NotImplemented')
                out.line('return self.items == other.items')
            with out.block('def __lt__(self, other):'):
                out.line('return sum(self.items) < sum(other.items)')
            with out.block('def __hash__(self):'):
                out.line('return hash(tuple(self.items))')
            with out.block('def __add__(self, other):'):
                with out.block('if isinstance(other, int):'):
                    out.line('return %s(*[x + other for x in self.items])' % base)
                out.line('return %s(*[a + b for a, b in zip(self.items, other.items)])' % base)
            if rng.random() < 0.5:
                out.line('__radd__ = __add__')
            with out.block('def __len__(self):'):
                out.line('return len(self.items)')
            with out.block('def __getitem__(self, index):'):
                out.line('return self.items[index]')
            if rng.random() < 0.5:
                with out.block('def __iter__(self):'):
                    out.line('yield from self.items')
            if rng.random() < 0.5:
                with out.block('def __contains__(self, value):'):
                    out.line('return value * self.scale in self.items')
            if rng.random() < 0.4:
                with out.block('def __bool__(self):'):
                    out.line('return any(self.items)')
            out.line('@property')
            with out.block('def total(self):'):
                out.line('return sum(self.items) * self.scale')
            out.line('@total.setter')
            with out.block('def total(self, value):'):
                with out.block('if value < 0:'):
                    out.line("raise ValueError('negative total %r' % (value,))")
                out.line('self.items = [value]')
            out.line('@classmethod')
            with out.block('def of(cls, n):'):
                out.line('return cls(*range(n))')
            out.line('@staticmethod')
            with out.block('def describe(x):'):
                out.line("return 'vec:' + str(x)")
        derived = self.fresh('Named')
        with out.block('class %s(%s):' % (derived, base)):
            with out.block('def __init__(self, name, *items):'):
                out.line('super().__init__(*items)')
                out.line('self.name = name')
            with out.block('def __repr__(self):'):
                out.line("return f'{self.name}:' + super().__repr__()")
            with out.block('def __str__(self):'):
                out.line('return self.name.upper()')
        v1, v2, v3 = self.fresh('v'), self.fresh('v'), self.fresh('v')
        out.line('%s = %s(%s)' % (v1, base, ', '.join(str(rng.randint(-3, 9)) for _ in range(rng.randint(0, 4)))))
        out.line('%s = %s.of(%d)' % (v2, base, rng.randint(0, 4)))
        out.line('%s = %s(%r, %s)' % (v3, derived, rng.choice(['n', 'vé', 'id']),
                                      ', '.join(str(rng.randint(-3, 9)) for _ in range(rng.randint(1, 3)))))
        checks = ['%s + %s' % (v1, v2), '%s + %d' % (v1, rng.randint(0, 5)), '%d + %s' % (rng.randint(0, 5), v2),
                  '%s == %s' % (v1, v2), '%s != %s(*%s.items)' % (v1, base, v1), '%s < %s' % (v1, v3),
                  'sorted([%s, %s, %s])' % (v1, v2, v3), 'len({%s, %s, %s(*%s.items)})' % (v1, v2, base, v1),
                  'list(%s)' % v3, '%s[%s]' % (v1, ex.small_index()), '%s[::-1]' % v2,
                  '%d in %s' % (rng.randint(0, 6), v2), 'bool(%s)' % v2, 'str(%s), repr(%s)' % (v3, v3),
                  '%s.total' % v3, '%s.describe(%s)' % (v1, v2), 'isinstance(%s, %s)' % (v3, base),
                  '%s > %s' % (v1, v2), '%s - %s' % (v1, v2), '%s * 2' % v1, 'f"{%s!r:>20}"' % v1,
                  '%s.missing' % v1, 'type(%s).__name__, type(%s).__mro__[1].__name__' % (v3, v3),
                  '{%s: 1}[%s(*%s.items)]' % (v1, base, v1), 'max(%s, %s)' % (v1, v2), '%s.scale' % derived]
        for _ in range(rng.randint(3, 7)):
            self.show(rng.choice(checks))
        self.guarded(['%s.total = %d' % (v3, rng.randint(-5, 5)), 'print(%s)' % v3], self.fresh('setter'))

    def snippet_exceptions(self):
        rng, out = self.rng, self.out
        base = self.fresh('AppError')
        with out.block('class %s(Exception):' % base):
            with out.block('def __init__(self, code, text=%r):' % rng.choice(['failed', 'bad'])):
                out.line('super().__init__(code, text)')
                out.line('self.code = code')
        child = self.fresh('DeepError')
        with out.block('class %s(%s):' % (child, base)):
            if rng.random() < 0.5:
                with out.block('def __str__(self):'):
                    out.line("return 'deep %s' % self.code")
            else:
                out.line('pass')
        worker = self.fresh('work')
        with out.block('def %s(n):' % worker):
            with out.block('if n == 0:'):
                out.line('raise %s(n)' % child)
            with out.block('if n == 1:'):
                out.line('raise %s(n, "one")' % base)
            with out.block('if n == 2:'):
                out.line('return {"a": 1}["b"]')
            with out.block('if n == 3:'):
                out.line('return [1][n]')
            with out.block('if n == 4:'):
                out.line('return int("4x")')
            with out.block('if n == 5:'):
                out.line('return n / (n - 5)')
            with out.block('if n == 6:'):
                with out.block('try:'):
                    out.line('raise KeyError(n)')
                with out.block('except KeyError as e:'):
                    out.line('raise %s(n) from e' % base)
            with out.block('if n == 7:'):
                out.line('return undefined_name_%d' % self.names)
            out.line('return n')
        runner = self.fresh('attempt')
        with out.block('def %s(n):' % runner):
            with out.block('try:'):
                out.line('result = %s(n)' % worker)
            with out.block('except %s as e:' % child):
                out.line("print('child', e, e.args, e.code)")
                out.line('return -1')
            with out.block('except (%s, KeyError) as e:' % base):
                out.line("print('caught', type(e).__name__, e, repr(e), e.__cause__ is not None)")
                if rng.random() < 0.3:
                    out.line('raise')
            with out.block('except ArithmeticError as e:'):
                out.line("print('arith', type(e).__name__, e)")
                out.line("return 'arith'")
            with out.block('else:'):
                out.line("print('ok', result)")
            with out.block('finally:'):
                out.line("print('finally', n)")
                if rng.random() < 0.2:
                    out.line('return "from finally"')
            out.line("return 'end'")
        for n in rng.sample(range(9), rng.randint(3, 9)):
            self.show('%s(%d)' % (runner, n))
        if rng.random() < 0.5:
            manager = self.fresh('Guard')
            with out.block('class %s:' % manager):
                with out.block('def __enter__(self):'):
                    out.line("print('enter')")
                    out.line('return self')
                with out.block('def __exit__(self, kind, value, tb):'):
                    out.line("print('exit', kind.__name__ if kind else None, value)")
                    out.line('return %s' % rng.choice(['True', 'False', 'kind is ValueError']))
            with out.block('try:'):
                with out.block('with %s() as g:' % manager):
                    out.line('print("inside", type(g).__name__)')
                    out.line(rng.choice(['raise ValueError("in with")', 'x = 1 // 0', 'pass', '[][0]']))
                out.line("print('after with')")
            with out.block('except Exception as e:'):
                out.line("print('escaped', type(e).__name__, e)")

    def snippet_generators(self):
        rng, ex, out = self.rng, self.expressions, self.out
        inner = self.fresh('inner')
        with out.block('def %s(n):' % inner):
            with out.block('for i in range(n):'):
                out.line('got = yield i * %d' % rng.randint(1, 3))
                with out.block('if got is not None:'):
                    out.line("print('inner got', got)")
            out.line('return n * 10')
        outer = self.fresh('outer')
        with out.block('def %s(n):' % outer):
            out.line("yield 'start'")
            out.line('result = yield from %s(n)' % inner)
            out.line("print('delegated', result)")
            with out.block('try:'):
                out.line("yield 'last'")
            with out.block('finally:'):
                out.line("print('cleanup', %r)" % outer)
        g = self.fresh('g')
        out.line('%s = %s(%d)' % (g, outer, rng.randint(0, 4)))
        actions = ['print(next(%s))' % g, 'print(%s.send(%d))' % (g, rng.randint(0, 9)),
                   'print(next(%s, "exhausted"))' % g, 'print(list(%s))' % g,
                   'print(%s.throw(ValueError("thrown")))' % g, '%s.close()' % g]
        out.line('print(next(%s))' % g)
        for _ in range(rng.randint(1, 5)):
            self.guarded([rng.choice(actions)], self.fresh('gen'))
        if rng.random() < 0.5:  # else dropped while suspended: finalization closes it
            out.line('%s.close()' % g)
        self.show('sum(x * x for x in %s)' % ex.list_expr(1))
        self.show('list(%s(%d))' % (inner, rng.randint(0, 5)))
        fib = self.fresh('fib')
        with out.block('def %s(limit):' % fib):
            out.line('a, b = 0, 1')
            with out.block('while a < limit:'):
                out.line('yield a')
                out.line('a, b = b, a + b')
        self.show('list(%s(%s))' % (fib, rng.choice(['100', '10**30', '0', '2'])))
        self.show('[x for x in %s(50) if x %% 2][:%d]' % (fib, rng.randint(0, 5)))
        it = self.fresh('it')
        out.line('%s = iter(%s)' % (it, ex.list_expr(1)))
        self.show('next(%s), next(%s)' % (it, it))
        self.show('list(zip(%s(20), "abcdefgh"))' % fib)

    def snippet_inheritance(self):
        """Multiple inheritance, super() chains, and the less common special methods."""
        rng, out = self.rng, self.out
        root, left, right, bottom = (self.fresh(name) for name in ('Root', 'Left', 'Right', 'Bottom'))
        with out.block('class %s:' % root):
            out.line('registry = []')
            with out.block('def __init_subclass__(cls, **kw):'):
                out.line('super().__init_subclass__(**kw)')
                out.line('%s.registry.append(cls.__name__)' % root)
            with out.block('def hello(self):'):
                out.line("return [%r]" % root)
            with out.block('def __repr__(self):'):
                out.line("return f'<{type(self).__name__} {sorted(vars(self))}>'")
            with out.block('def __getattr__(self, name):'):
                with out.block("if name.startswith('dyn'):"):
                    out.line('return name.upper()')
                out.line("raise AttributeError(f'no {name!r} here')")
        for name, parent in ((left, root), (right, root)):
            with out.block('class %s(%s):' % (name, parent)):
                with out.block('def hello(self):'):
                    out.line('return [%r] + super().hello()' % name)
        with out.block('class %s(%s, %s):' % (bottom, left, right)):
            with out.block('def hello(self):'):
                out.line('return [%r] + super().hello()' % bottom)
            with out.block('def __call__(self, *args, **kw):'):
                out.line('return len(args) * %d + len(kw)' % rng.randint(1, 5))
            if rng.random() < 0.5:
                with out.block('def __setattr__(self, name, value):'):
                    out.line("super().__setattr__(name, value * 2 if isinstance(value, int) else value)")
            if rng.random() < 0.5:
                with out.block('def __eq__(self, other):'):
                    out.line('return type(other) is type(self)')
        obj = self.fresh('obj')
        out.line('%s = %s()' % (obj, bottom))
        checks = ['%s.hello()' % obj, '[c.__name__ for c in %s.__mro__]' % bottom, '%s.registry' % root,
                  '%s.dynamic' % obj, '%s.other' % obj, '%s(1, 2, k=3)' % obj, 'callable(%s)' % obj,
                  'issubclass(%s, %s), issubclass(%s, %s)' % (bottom, right, left, right),
                  'isinstance(%s, %s)' % (obj, left), '{%s: 1}' % obj, '%s == %s()' % (obj, bottom),
                  'getattr(%s, "dyn_x", None), getattr(%s, "nope", "dflt")' % (obj, obj),
                  'hasattr(%s, "hello"), hasattr(%s, "zzz")' % (obj, obj),
                  'super(%s, %s).hello()' % (left, obj), '%s.hello(%s)' % (right, obj)]
        self.guarded(['%s.size = %d' % (obj, rng.randint(0, 9)), 'print(%s.size, vars(%s))' % (obj, obj)],
                     self.fresh('attr'))
        for _ in range(rng.randint(3, 6)):
            self.show(rng.choice(checks))

    def snippet_control(self):
        """Control flow through finally, nested handlers, exception context, unpacking, globals."""
        rng, out = self.rng, self.out
        name = self.fresh('flow')
        with out.block('def %s(items):' % name):
            out.line('log = []')
            with out.block('for x in items:'):
                with out.block('try:'):
                    with out.block('if x == %d:' % rng.randint(0, 4)):
                        out.line('continue')
                    with out.block('if x == %d:' % rng.randint(0, 6)):
                        out.line('break')
                    with out.block('if x == %d:' % rng.randint(0, 6)):
                        out.line("return log + ['returned']")
                    with out.block('if x < 0:'):
                        out.line('raise ValueError(x)')
                    out.line('log.append(x)')
                with out.block('except ValueError as e:'):
                    out.line("log.append('neg %s' % e)")
                with out.block('finally:'):
                    out.line("log.append('f%d' % x)")
            with out.block('else:'):
                out.line("log.append('else')")
            out.line('return log')
        for _ in range(rng.randint(1, 3)):
            self.show('%s(%s)' % (name, self.expressions.list_expr(1)))
        nested = self.fresh('nested')
        with out.block('def %s(n):' % nested):
            with out.block('try:'):
                with out.block('try:'):
                    out.line('1 / n')
                with out.block('except ZeroDivisionError:'):
                    out.line(rng.choice(['raise KeyError("inner")', '[][n]', 'raise',
                                         'raise TypeError("swap") from None']))
                with out.block('finally:'):
                    out.line("print('inner finally', n)")
            with out.block('except Exception as e:'):
                out.line('ctx = e.__context__')
                out.line("print(type(e).__name__, e, type(ctx).__name__ if ctx else None, e.__suppress_context__)")
            out.line('return n')
        self.show('%s(0), %s(1)' % (nested, nested))
        counter = self.fresh('COUNTER')
        out.line('%s = 0' % counter)
        bump = self.fresh('bump_global')
        with out.block('def %s(by):' % bump):
            out.line('global %s' % counter)
            out.line('%s += by' % counter)
            out.line('return %s' % counter)
        out.line('print(%s(2), %s(%d), %s)' % (bump, bump, rng.randint(-3, 3), counter))
        self.show(rng.choice(['(lambda a, *b, c=3: (a, b, c))(*range(%d))' % rng.randint(0, 4),
                              '[(a, b) for a, (b, *c) in enumerate(["xy", "z", "uvw"])]',
                              '{**{"a": 1}, "b": 2, **dict(c=3)}',
                              '[*range(%d), *"ab", *(1, 2)]' % rng.randint(0, 3)]))
        self.guarded(['first, *middle, last = %s' % self.expressions.list_expr(1),
                      'print(first, middle, last)'], self.fresh('unpack'))
        self.guarded(['a, b = %s' % self.expressions.tuple_expr(1), 'print(a, b)'], self.fresh('unpack'))
        self.show("'%%(name)s=%%(value)05.1f' %% {'name': %s, 'value': %s}"
                  % (self.expressions.str_literal(), self.expressions.float_expr(1)))

    def ending(self):
        """Most programs end normally; some exit with an uncaught exception or sys.exit."""
        rng, out = self.rng, self.out
        roll = rng.random()
        if roll < 0.75:
            out.line("print('done')")
            return
        if roll < 0.82:
            out.line('import sys')
            out.line('sys.exit(%s)' % rng.choice(['3', '0', '"bye"', 'None', '1']))
            return
        ex = self.expressions
        out.line(rng.choice([
            'print(%s)' % ex.int_expr(2),
            'raise ValueError(%s)' % ex.str_expr(1),
            'print({}[%s])' % ex.str_literal(),
            'print(%s[%d])' % (ex.list_expr(1), rng.randint(5, 50)),
            'print(%s + 1)' % ex.str_expr(1),
            'raise RuntimeError("failed", %s)' % ex.int_expr(1),
            "print(int('%s'))" % rng.choice(['x', '1.5', '']),
            'assert %s, %s' % (ex.bool_expr(1), ex.str_literal()),
            'raise KeyError(%s)' % ex.str_literal(),
        ]))


FEATURES = sorted(name[len('snippet_'):] for name in dir(ProgramGenerator) if name.startswith('snippet_'))


def generate(seed, features=FEATURES, known_bugs=()):
    """The source of the program for this seed, using only the given features
    (and the constructs of the given KNOWN_BUGS)."""
    return ProgramGenerator(seed, list(features), set(known_bugs)).program()
