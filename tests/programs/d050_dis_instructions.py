# dis.get_instructions: Instruction records whose fields agree with each
# other and with the dis tables, whatever the bytecode is.
import dis


def scale(values, factor):
    total = 0
    for v in values:
        if v > 0:
            total += v * factor
    return total


instructions = list(dis.get_instructions(scale))
first = instructions[0]
print(type(first).__name__, isinstance(first, tuple), len(first))
print(dis.Instruction._fields)
print(all(isinstance(i, dis.Instruction) for i in instructions))

# Names and numbers agree with the tables.
print(all(dis.opmap[i.opname] == i.opcode for i in instructions))
print(all(dis.opname[i.opcode] == i.opname for i in instructions))
print(len(dis.opname), all(dis.opname[code] == name for name, code in dis.opmap.items()))
print(dis.cmp_op)

# Offsets count up; jump targets are offsets of instructions.
offsets = [i.offset for i in instructions]
print(offsets == sorted(offsets), len(set(offsets)) == len(offsets))
print(any(i.is_jump_target for i in instructions),
      all(isinstance(i.is_jump_target, bool) for i in instructions))
print(all(i.arg is None for i in instructions if i.argval is None and i.argrepr == ''))

# The lines the body starts (the def line may start the code too, or not).
first_line = scale.__code__.co_firstlineno
starts = {i.starts_line for i in instructions if i.starts_line is not None}
print(sorted(line - first_line for line in starts - {first_line}))
shifted = {i.starts_line for i in dis.get_instructions(scale, first_line=100)} - {None, 100}
print(sorted(shifted))
print(sorted(line - first_line for offset, line in dis.findlinestarts(scale.__code__)
             if line != first_line))

# Arguments resolved to what they name.
print(sorted({i.argval for i in instructions if i.opname == 'LOAD_FAST'}))
print(sorted({i.argval for i in instructions if i.opname == 'STORE_FAST'}))
print([i.argval for i in instructions if i.opname == 'COMPARE_OP'])


def greet():
    return print('hello')


loaded = list(dis.get_instructions(greet))
print([i.argval for i in loaded if i.opname == 'LOAD_GLOBAL'])
print([i.argval for i in loaded if i.opname == 'LOAD_CONST'])


def area(width, height):
    return width * height


# (startswith: pyvm's optimizer may fuse the two loads into a superinstruction)
print([i.positions for i in dis.get_instructions(area) if i.opname.startswith('LOAD_FAST')])

# The same from a method, a generator and source text.
class Box:
    def size(self):
        return self.n


def countdown(n):
    while n:
        yield n
        n -= 1


print(list(dis.get_instructions(Box().size)) == list(dis.get_instructions(Box.size.__code__)))
print(list(dis.get_instructions(countdown(3))) == list(dis.get_instructions(countdown)))
from_source = list(dis.get_instructions('a + b'))
print(sorted(i.argval for i in from_source if i.opname == 'LOAD_NAME'))

# The records are named tuples.
record = dis.Instruction('NOP', 9, None, None, '', 0, None, False, None)
print(record)
print(record.opname, record[1], record._fields[-1])
print(dis.Positions(1, 2, 3, 4))
