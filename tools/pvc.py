#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Read and write pyvm .pvc bytecode files from Python (docs/bytecode-format.md).

Used to build the malformed files in tests/bytecode/ and to inspect files:
    python3 tools/pvc.py FILE.pvc      prints the code objects, raw
The layout mirrors src/bytecode/pvc_format.h; keep the two in step.
"""
import struct
import sys
from dataclasses import dataclass, field

MAGIC = b"\x89PVC\r\n\x1a\n"
VERSION = 1

# Opcode names in opcodes.def order (for printing only).
def opcode_names(opcodes_def):
    names = []
    for line in open(opcodes_def, encoding="utf-8"):
        for row in ("OPCODE(", "SPECIALIZED("):
            if line.startswith(row):
                names.append(line[len(row):].split(",")[0].strip())
    return names


@dataclass
class Code:
    flags: int = 0
    argument_count: int = 0
    positional_only_count: int = 0
    keyword_only_count: int = 0
    stack_size: int = 0
    first_line: int = 1
    name: str = "<module>"
    qualname: str = "<module>"
    filename: str = "x.py"
    instructions: list = field(default_factory=list)  # (opcode, arg) pairs
    constants: list = field(default_factory=list)     # Python values; Code for code objects
    names: list = field(default_factory=list)
    local_names: list = field(default_factory=list)
    cell_names: list = field(default_factory=list)
    free_names: list = field(default_factory=list)
    cell_parameters: list = field(default_factory=list)
    lines: list = field(default_factory=list)         # (instruction, line, end_line, column, end_column)
    handlers: list = field(default_factory=list)      # (start, end, target, depth)


@dataclass
class FrozenLayout:
    """A frozenset constant as stored: its table size and (slot, item) pairs."""
    table_size: int
    slots: list


@dataclass
class File:
    version: int = VERSION
    flags: int = 0
    source_size: int = 0
    source_hash: int = 0
    module: Code = None


class Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def take(self, n):
        if self.pos + n > len(self.data):
            raise ValueError("truncated")
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def u8(self): return self.take(1)[0]
    def u32(self): return struct.unpack("<I", self.take(4))[0]
    def i32(self): return struct.unpack("<i", self.take(4))[0]
    def u64(self): return struct.unpack("<Q", self.take(8))[0]
    def i64(self): return struct.unpack("<q", self.take(8))[0]
    def f64(self): return struct.unpack("<d", self.take(8))[0]
    def raw(self): return self.take(self.u32())
    def text(self): return self.raw().decode("utf-8", "surrogatepass")
    def texts(self): return [self.text() for _ in range(self.u32())]

    def code(self):
        c = Code()
        c.flags = self.u32()
        c.argument_count, c.positional_only_count, c.keyword_only_count, c.stack_size, c.first_line = (
            self.i32() for _ in range(5))
        c.name, c.qualname, c.filename = self.text(), self.text(), self.text()
        c.instructions = [(w & 0xFF, w >> 8) for w in (self.u32() for _ in range(self.u32()))]
        c.constants = [self.constant() for _ in range(self.u32())]
        c.names, c.local_names, c.cell_names, c.free_names = (self.texts() for _ in range(4))
        c.cell_parameters = [self.i32() for _ in c.cell_names]
        c.lines = [(self.u32(), self.i32(), self.i32(), self.i32(), self.i32()) for _ in range(self.u32())]
        c.handlers = [(self.u32(), self.u32(), self.u32(), self.u32()) for _ in range(self.u32())]
        return c

    def constant(self):
        tag = chr(self.u8())
        if tag == "N": return None
        if tag == "F": return False
        if tag == "T": return True
        if tag == "E": return ...
        if tag == "i": return self.i64()
        if tag == "I":
            sign = self.u8()
            value = int.from_bytes(self.raw(), "little")
            return -value if sign else value
        if tag == "f": return self.f64()
        if tag == "j": return complex(self.f64(), self.f64())
        if tag == "s": return self.text()
        if tag == "b": return self.raw()
        if tag == "t": return tuple(self.constant() for _ in range(self.u32()))
        if tag == "z":
            table_size, count = self.u32(), self.u32()
            return FrozenLayout(table_size, [(self.u32(), self.constant()) for _ in range(count)])
        if tag == "c": return self.code()
        raise ValueError(f"unknown tag {tag!r}")


def read(data):
    r = Reader(data)
    if r.take(8) != MAGIC:
        raise ValueError("bad magic")
    f = File(version=r.u32(), flags=r.u32(), source_size=r.u64(), source_hash=r.u64())
    f.module = r.code()
    return f


class Writer:
    def __init__(self):
        self.out = bytearray()

    def u8(self, v): self.out += bytes([v])
    def u32(self, v): self.out += struct.pack("<I", v & 0xFFFFFFFF)
    def i32(self, v): self.out += struct.pack("<i", v)
    def u64(self, v): self.out += struct.pack("<Q", v & 0xFFFFFFFFFFFFFFFF)
    def f64(self, v): self.out += struct.pack("<d", v)
    def raw(self, b):
        self.u32(len(b))
        self.out += b
    def text(self, s): self.raw(s.encode("utf-8", "surrogatepass"))
    def texts(self, items):
        self.u32(len(items))
        for s in items:
            self.text(s)

    def code(self, c):
        self.u32(c.flags)
        for v in (c.argument_count, c.positional_only_count, c.keyword_only_count, c.stack_size, c.first_line):
            self.i32(v)
        self.text(c.name)
        self.text(c.qualname)
        self.text(c.filename)
        self.u32(len(c.instructions))
        for op, arg in c.instructions:
            self.u32(op | (arg << 8))
        self.u32(len(c.constants))
        for v in c.constants:
            self.constant(v)
        for items in (c.names, c.local_names, c.cell_names, c.free_names):
            self.texts(items)
        for p in c.cell_parameters:
            self.i32(p)
        self.u32(len(c.lines))
        for entry in c.lines:
            self.u32(entry[0])
            for v in entry[1:]:
                self.i32(v)
        self.u32(len(c.handlers))
        for entry in c.handlers:
            for v in entry:
                self.u32(v)

    def constant(self, v):
        if v is None: self.u8(ord("N"))
        elif v is False: self.u8(ord("F"))
        elif v is True: self.u8(ord("T"))
        elif v is ...: self.u8(ord("E"))
        elif isinstance(v, int) and -2**63 <= v < 2**63:
            self.u8(ord("i"))
            self.u64(v)
        elif isinstance(v, int):
            self.u8(ord("I"))
            self.u8(1 if v < 0 else 0)
            self.raw(abs(v).to_bytes((abs(v).bit_length() + 7) // 8, "little"))
        elif isinstance(v, float):
            self.u8(ord("f"))
            self.f64(v)
        elif isinstance(v, complex):
            self.u8(ord("j"))
            self.f64(v.real)
            self.f64(v.imag)
        elif isinstance(v, str):
            self.u8(ord("s"))
            self.text(v)
        elif isinstance(v, bytes):
            self.u8(ord("b"))
            self.raw(v)
        elif isinstance(v, tuple):
            self.u8(ord("t"))
            self.u32(len(v))
            for item in v:
                self.constant(item)
        elif isinstance(v, FrozenLayout):
            self.u8(ord("z"))
            self.u32(v.table_size)
            self.u32(len(v.slots))
            for position, item in v.slots:
                self.u32(position)
                self.constant(item)
        elif isinstance(v, Code):
            self.u8(ord("c"))
            self.code(v)
        else:
            raise TypeError(type(v))


def write(f):
    w = Writer()
    w.out += MAGIC
    w.u32(f.version)
    w.u32(f.flags)
    w.u64(f.source_size)
    w.u64(f.source_hash)
    w.code(f.module)
    return bytes(w.out)


def dump(code, names, indent=""):
    print(f"{indent}code {code.qualname!r} flags={code.flags} args={code.argument_count} "
          f"stack={code.stack_size} locals={code.local_names} cells={code.cell_names} frees={code.free_names}")
    for i, (op, arg) in enumerate(code.instructions):
        name = names[op] if op < len(names) else f"?{op}"
        print(f"{indent}  {i:4} {name} {arg}")
    print(f"{indent}  handlers {code.handlers}")
    for c in code.constants:
        if isinstance(c, Code):
            dump(c, names, indent + "  ")


if __name__ == "__main__":
    import os
    here = os.path.dirname(os.path.abspath(__file__))
    names = opcode_names(os.path.join(here, "..", "src", "bytecode", "opcodes.def"))
    dump(read(open(sys.argv[1], "rb").read()).module, names)
