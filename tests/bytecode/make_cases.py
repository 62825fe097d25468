#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the malformed bytecode files of tests/bytecode/, one per loader or
verifier rule, each NAME.pvc with NAME.pvc.err, the one line pyvm must print
on stderr when asked to run it (exit status 1).

    python3 tests/bytecode/make_cases.py [--vm build/pyvm]

Each case starts from a small valid module built here (CASES below) and
breaks one thing. With --vm the expected messages are (re)written from what
that pyvm prints; review the diff: every message must name the rule broken.
"""
import argparse
import copy
import os
import struct
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', 'tools'))
import pvc  # noqa: E402

OPS = {name: number for number, name in enumerate(pvc.opcode_names(
    os.path.join(HERE, '..', '..', 'src', 'bytecode', 'opcodes.def')))}

FUNCTION = 8
GENERATOR = 4


def code(instructions, constants=(None,), names=(), local_names=(), stack=4, flags=0, name='<module>',
         handlers=(), lines=None, cells=(), frees=(), argument_count=0):
    """A code object from (OPNAME, arg) pairs."""
    c = pvc.Code()
    c.flags = flags
    c.argument_count = argument_count
    c.stack_size = stack
    c.name = c.qualname = name
    c.filename = 'case.py'
    c.instructions = [(OPS[op], arg) for op, arg in instructions]
    c.constants = list(constants)
    c.names = list(names)
    c.local_names = list(local_names)
    c.cell_names = list(cells)
    c.free_names = list(frees)
    c.cell_parameters = [-1] * len(cells)
    c.lines = [(0, 1, 1, 0, 1)] if lines is None else list(lines)
    c.handlers = list(handlers)
    return c


RETURN_NONE = [('LOAD_CONST', 0), ('RETURN_VALUE', 0)]


def module(c):
    return pvc.File(module=c)


def valid():
    """print('ok'), as the compiler would write it."""
    return module(code([('LOAD_NAME', 0), ('LOAD_CONST', 1), ('CALL', 1), ('POP_TOP', 0)] + RETURN_NONE,
                       constants=[None, 'ok'], names=['print']))


def with_function(function_code):
    """A module that defines f with `function_code` and calls it."""
    return module(code([('LOAD_CONST', 1), ('MAKE_FUNCTION', 0), ('STORE_NAME', 0),
                        ('LOAD_NAME', 0), ('CALL', 0), ('POP_TOP', 0)] + RETURN_NONE,
                       constants=[None, function_code], names=['f']))


def raw(data):
    return data


def header_only(length):
    return pvc.write(valid())[:length]


def patch_bytes(offset, replacement):
    data = bytearray(pvc.write(valid()))
    data[offset:offset + len(replacement)] = replacement
    return bytes(data)


def modified(change):
    f = valid()
    change(f.module)
    return f


# Offsets in valid()'s file: header 32 bytes, then flags(4) + 5 ints(20) +
# name/qualname/filename texts.
CODE_START = 32
NAME_TEXT = CODE_START + 24  # u32 length of the code name, then its bytes


def instructions_count_offset():
    c = valid().module
    return CODE_START + 24 + 3 * 4 + len(c.name) + len(c.qualname) + len(c.filename)


def nested(depth):
    value = ()
    for _ in range(depth):
        value = (value,)
    return value


def deep_code(depth):
    inner = code(RETURN_NONE, flags=FUNCTION, name='f')
    for _ in range(depth):
        inner = code(RETURN_NONE, constants=[None, inner], flags=FUNCTION, name='f')
    return module(code(RETURN_NONE, constants=[None, inner]))


CASES = {
    # ---- the file and the loader
    'loader_empty_file': lambda: b'',
    'loader_truncated_header': lambda: header_only(20),
    'loader_bad_magic': lambda: patch_bytes(1, b'PYC'),
    'loader_bad_version': lambda: patch_bytes(8, struct.pack('<I', 7)),
    'loader_unknown_header_flags': lambda: patch_bytes(12, struct.pack('<I', 0x10)),
    'loader_truncated_code': lambda: pvc.write(valid())[:60],
    'loader_count_past_end': lambda: patch_bytes(instructions_count_offset(), struct.pack('<I', 0x40000000)),
    'loader_text_past_end': lambda: patch_bytes(NAME_TEXT, struct.pack('<I', 1000)),
    'loader_invalid_utf8': lambda: pvc.write(modified(lambda c: setattr(c, 'constants', [None, 'ok']))).replace(
        b'ok', b'\xff\xfe'),
    'loader_unknown_constant_tag': lambda: pvc.write(valid()).replace(b's\x02\x00\x00\x00ok', b'?\x02\x00\x00\x00ok'),
    'loader_bad_bigint_sign': lambda: pvc.write(modified(lambda c: c.constants.append(10**30))).replace(
        b'I\x00', b'I\x07'),
    'loader_trailing_bytes': lambda: pvc.write(valid()) + b'\x00',
    'loader_nesting_too_deep': lambda: pvc.write(modified(lambda c: c.constants.append(nested(300)))),
    'loader_code_nesting_too_deep': lambda: pvc.write(deep_code(210)),
    'loader_frozenset_bad_layout': lambda: pvc.write(modified(
        lambda c: c.constants.append(pvc.FrozenLayout(8, [(3, 1)])))),
    'loader_frozenset_table_too_large': lambda: pvc.write(modified(
        lambda c: c.constants.append(pvc.FrozenLayout(1 << 20, [(1, 1)])))),
    'loader_frozenset_too_full': lambda: pvc.write(modified(
        lambda c: c.constants.append(pvc.FrozenLayout(8, [(k, k) for k in range(6)])))),
    'loader_frozenset_slot_outside_table': lambda: pvc.write(modified(
        lambda c: c.constants.append(pvc.FrozenLayout(8, [(9, 1)])))),
    'loader_frozenset_table_not_power_of_two': lambda: pvc.write(modified(
        lambda c: c.constants.append(pvc.FrozenLayout(12, [(1, 1)])))),

    # ---- a code object's layout
    'layout_unknown_flags': lambda: pvc.write(modified(lambda c: setattr(c, 'flags', 0x400))),
    'layout_generator_not_function': lambda: pvc.write(modified(lambda c: setattr(c, 'flags', GENERATOR))),
    'layout_module_is_generator_function': lambda: pvc.write(module(code(
        [('LOAD_CONST', 0), ('YIELD_VALUE', 0), ('RETURN_VALUE', 0)], flags=FUNCTION | GENERATOR))),
    'layout_docstring_without_constants': lambda: pvc.write(module(code(
        [('LOAD_NAME', 0), ('RETURN_VALUE', 0)], constants=[], names=['x'], flags=32))),
    'layout_negative_argument_count': lambda: pvc.write(modified(lambda c: setattr(c, 'argument_count', -1))),
    'layout_positional_only_exceeds_arguments': lambda: pvc.write(modified(
        lambda c: setattr(c, 'positional_only_count', 2))),
    'layout_more_parameters_than_locals': lambda: pvc.write(with_function(code(
        RETURN_NONE, flags=FUNCTION, name='f', argument_count=2, local_names=['a']))),
    'layout_negative_stack_size': lambda: pvc.write(modified(lambda c: setattr(c, 'stack_size', -1))),
    'layout_huge_stack_size': lambda: pvc.write(modified(lambda c: setattr(c, 'stack_size', 1 << 30))),
    'layout_cell_parameter_out_of_range': lambda: pvc.write(with_function(code(
        RETURN_NONE, flags=FUNCTION, name='f', argument_count=1, local_names=['a'], cells=['a']))
        ).replace(b'\xff\xff\xff\xff', b'\x05\x00\x00\x00'),
    'layout_no_instructions': lambda: pvc.write(module(code([]))),
    'lines_entry_past_end': lambda: pvc.write(modified(lambda c: setattr(c, 'lines', [(0, 1, 1, 0, 1), (50, 2, 2, 0, 1)]))),
    'lines_not_sorted': lambda: pvc.write(modified(lambda c: setattr(c, 'lines', [(3, 1, 1, 0, 1), (1, 2, 2, 0, 1)]))),
    'handlers_empty_range': lambda: pvc.write(modified(lambda c: setattr(c, 'handlers', [(2, 2, 4, 0)]))),
    'handlers_range_past_end': lambda: pvc.write(modified(lambda c: setattr(c, 'handlers', [(0, 40, 4, 0)]))),
    'handlers_target_past_end': lambda: pvc.write(modified(lambda c: setattr(c, 'handlers', [(0, 2, 40, 0)]))),
    'handlers_overlapping': lambda: pvc.write(modified(lambda c: setattr(c, 'handlers', [(0, 3, 5, 0), (2, 4, 5, 0)]))),
    'handlers_depth_beyond_stack_size': lambda: pvc.write(modified(lambda c: setattr(c, 'handlers', [(0, 2, 5, 4)]))),

    # ---- each instruction alone
    'instruction_unknown_opcode': lambda: pvc.write(modified(lambda c: c.instructions.__setitem__(3, (250, 0)))),
    'instruction_argument_on_argumentless_opcode': lambda: pvc.write(modified(
        lambda c: c.instructions.__setitem__(3, (OPS['POP_TOP'], 5)))),
    'instruction_constant_index_out_of_range': lambda: pvc.write(modified(
        lambda c: c.instructions.__setitem__(1, (OPS['LOAD_CONST'], 9)))),
    'instruction_name_index_out_of_range': lambda: pvc.write(modified(
        lambda c: c.instructions.__setitem__(0, (OPS['LOAD_NAME'], 3)))),
    'instruction_local_index_out_of_range': lambda: pvc.write(with_function(code(
        [('LOAD_FAST', 2), ('RETURN_VALUE', 0)], flags=FUNCTION, name='f', local_names=['a']))),
    'instruction_deref_index_out_of_range': lambda: pvc.write(with_function(code(
        [('LOAD_DEREF', 0), ('RETURN_VALUE', 0)], flags=FUNCTION, name='f'))),
    'instruction_jump_past_end': lambda: pvc.write(modified(
        lambda c: c.instructions.__setitem__(3, (OPS['JUMP'], 99)))),
    'instruction_bad_comparison': lambda: pvc.write(module(code(
        [('LOAD_CONST', 0), ('LOAD_CONST', 0), ('COMPARE_OP', 9), ('RETURN_VALUE', 0)]))),
    'instruction_bad_slice_argument': lambda: pvc.write(module(code(
        [('LOAD_CONST', 0), ('LOAD_CONST', 0), ('BUILD_SLICE', 4), ('RETURN_VALUE', 0)]))),
    'instruction_copy_zero': lambda: pvc.write(module(code([('LOAD_CONST', 0), ('COPY', 0), ('RETURN_VALUE', 0)]))),
    'instruction_yield_outside_generator': lambda: pvc.write(with_function(code(
        [('LOAD_CONST', 0), ('YIELD_VALUE', 0), ('RETURN_VALUE', 0)], flags=FUNCTION, name='f'))),
    'instruction_yield_from_without_send': lambda: pvc.write(with_function(code(
        [('LOAD_CONST', 0), ('YIELD_VALUE', 1), ('RETURN_VALUE', 0)], flags=FUNCTION | GENERATOR, name='f'))),
    'instruction_bad_yield_argument': lambda: pvc.write(with_function(code(
        [('LOAD_CONST', 0), ('YIELD_VALUE', 2), ('RETURN_VALUE', 0)], flags=FUNCTION | GENERATOR, name='f'))),
    'instruction_jump_if_or_pop_backward': lambda: pvc.write(module(code(
        [('LOAD_CONST', 0), ('JUMP_IF_FALSE_OR_POP', 0), ('RETURN_VALUE', 0)]))),
    'instruction_check_eg_match_backward': lambda: pvc.write(module(code(
        [('LOAD_CONST', 0), ('LOAD_NAME', 0), ('CHECK_EG_MATCH', 0), ('RETURN_VALUE', 0)], names=['E']))),
    'instruction_bad_make_function_flags': lambda: pvc.write(modified(
        lambda c: c.instructions.__setitem__(3, (OPS['MAKE_FUNCTION'], 16)))),

    # ---- every path through the code
    'stack_underflow': lambda: pvc.write(module(code([('LOAD_CONST', 0), ('BINARY_ADD', 0), ('RETURN_VALUE', 0)]))),
    'stack_underflow_empty_return': lambda: pvc.write(module(code([('RETURN_VALUE', 0)]))),
    'stack_overflow': lambda: pvc.write(module(code([('LOAD_CONST', 0)] * 3 + [('BUILD_TUPLE', 3), ('RETURN_VALUE', 0)],
                                                    stack=2))),
    'stack_unbalanced_merge': lambda: pvc.write(module(code(
        [('LOAD_CONST', 0), ('POP_JUMP_IF_FALSE', 3), ('LOAD_CONST', 0), ('LOAD_CONST', 0), ('RETURN_VALUE', 0)]))),
    'stack_falls_off_end': lambda: pvc.write(module(code([('LOAD_CONST', 0), ('POP_TOP', 0)]))),
    'stack_unbalanced_loop': lambda: pvc.write(module(code([('LOAD_CONST', 0), ('JUMP', 0)]))),
    'handler_depth_above_stack': lambda: pvc.write(module(code(
        [('LOAD_CONST', 0), ('LOAD_CONST', 0), ('BINARY_ADD', 0), ('RETURN_VALUE', 0), ('RERAISE', 0)],
        handlers=[(2, 3, 4, 2)]))),
    'kind_list_append_to_non_list': lambda: pvc.write(module(code(
        [('LOAD_CONST', 0), ('LOAD_CONST', 0), ('LIST_APPEND', 1), ('RETURN_VALUE', 0)]))),
    'kind_null_method_as_operand': lambda: pvc.write(module(code(
        [('LOAD_NAME', 0), ('LOAD_METHOD', 1), ('BINARY_ADD', 0), ('RETURN_VALUE', 0)], names=['x', 'y']))),
    'kind_call_kw_without_names': lambda: pvc.write(module(code(
        [('LOAD_NAME', 0), ('LOAD_CONST', 0), ('LOAD_CONST', 0), ('CALL_KW', 1), ('RETURN_VALUE', 0)], names=['f']))),
    'kind_call_kw_too_many_names': lambda: pvc.write(module(code(
        [('LOAD_NAME', 0), ('LOAD_CONST', 0), ('LOAD_CONST', 1), ('CALL_KW', 1), ('RETURN_VALUE', 0)],
        constants=[None, ('a', 'b')], names=['f']))),
    'kind_reraise_non_exception': lambda: pvc.write(module(code([('LOAD_CONST', 0), ('RERAISE', 0)]))),
    'kind_prep_reraise_star_without_list': lambda: pvc.write(module(code(
        [('LOAD_CONST', 0), ('LOAD_CONST', 0), ('PREP_RERAISE_STAR', 0)] + RETURN_NONE))),
    'kind_pop_except_without_saved_exception': lambda: pvc.write(module(code(
        [('LOAD_CONST', 0), ('POP_EXCEPT', 0)] + RETURN_NONE))),
    'nested_code_rejected': lambda: pvc.write(with_function(code(
        [('BINARY_ADD', 0), ('RETURN_VALUE', 0)], flags=FUNCTION, name='f'))),

    # ---- checked when the instruction runs (a Python exception, not a load error)
    'runtime_make_function_without_code': lambda: pvc.write(module(code(
        [('LOAD_CONST', 0), ('MAKE_FUNCTION', 0), ('RETURN_VALUE', 0)]))),
    'runtime_build_string_of_non_strings': lambda: pvc.write(module(code(
        [('LOAD_CONST', 1), ('LOAD_CONST', 1), ('BUILD_STRING', 2), ('RETURN_VALUE', 0)], constants=[None, 5]))),
    'runtime_format_spec_not_str': lambda: pvc.write(module(code(
        [('LOAD_CONST', 1), ('LOAD_CONST', 1), ('FORMAT_VALUE', 4), ('RETURN_VALUE', 0)], constants=[None, 5]))),
    'runtime_call_ex_keywords_not_dict': lambda: pvc.write(module(code(
        [('LOAD_NAME', 0), ('LOAD_CONST', 1), ('LOAD_CONST', 2), ('CALL_FUNCTION_EX', 1), ('RETURN_VALUE', 0)],
        constants=[None, (), 5], names=['print']))),
    'runtime_check_eg_match_on_non_exception': lambda: pvc.write(module(code(
        [('LOAD_CONST', 1), ('LOAD_NAME', 0), ('CHECK_EG_MATCH', 4), ('POP_TOP', 0), ('POP_TOP', 0)] + RETURN_NONE,
        constants=[None, 5], names=['ValueError']))),
    'runtime_prep_reraise_star_of_non_exceptions': lambda: pvc.write(module(code(
        [('LOAD_CONST', 0), ('BUILD_LIST', 0), ('LOAD_CONST', 1), ('LIST_APPEND', 1), ('PREP_RERAISE_STAR', 0)]
        + RETURN_NONE, constants=[None, 5]))),
    'runtime_for_iter_on_non_iterator': lambda: pvc.write(module(code(
        [('LOAD_CONST', 1), ('FOR_ITER', 4), ('POP_TOP', 0), ('JUMP', 1)] + RETURN_NONE, constants=[None, 5]))),
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--vm', help='rewrite the .err files from what this pyvm prints')
    args = parser.parse_args()
    for name, make in CASES.items():
        path = os.path.join(HERE, name + '.pvc')
        with open(path, 'wb') as f:
            f.write(make())
        if args.vm:
            result = subprocess.run([os.path.abspath(args.vm), name + '.pvc'], cwd=HERE, capture_output=True)
            with open(path + '.err', 'wb') as f:
                # pyvm names the file by its absolute path; the .err files
                # by the name given (as tests/run_golden.py compares them).
                f.write(result.stderr.replace((os.path.realpath(HERE) + os.sep).encode(), b''))
            if result.returncode != 1:
                print('%s: exit status %d' % (name, result.returncode))
    print('%d cases written' % len(CASES))


if __name__ == '__main__':
    main()
