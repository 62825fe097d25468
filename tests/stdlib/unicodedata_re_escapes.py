# \N{name} in re patterns: the names of unicodedata.lookup, in and out of sets,
# with sre_parse's errors and positions; bytes patterns refuse it.
import re
for p in [r'\N{BULLET}', r'\N{bullet}+', r'[\N{EM DASH}-\N{BULLET}]', r'\N{NOPE}', r'\N', r'\N{', r'\N{}', r'\N{BULLET', r'x\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}', r'[\N{NOPE}]', r'[\N]', r'\N{NULL}', r'[\N{', r'[\N{}]', r"\N{it's}", r'\N{CJK UNIFIED IDEOGRAPH-4E00}+', r'(?i)\N{LATIN SMALL LETTER A}', r'[^\N{BULLET}]', r'a\N{é}']:
  try: print(repr(p), re.compile(p).pattern, re.findall(p, '\u2022\u2014\u2013xA\u4e00\u4e00'))
  except re.error as e: print(repr(p), 're.error', e, e.pos)
for p in [rb'\N{BULLET}', rb'[\N{BULLET}]']:
  try: re.compile(p)
  except re.error as e: print(repr(p), 're.error', e, e.pos)
