# json: loads with hooks, and the exact messages and positions of errors.
import json
from json import JSONDecodeError

print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d"}}'))
print(json.loads(' \n\t[ 1 , 2 ]\r\n '))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\\\/\\b\\f\\r"'))
print(json.loads('[NaN, Infinity, -Infinity, -0, -0.0, 0.5, 1E3, 2e-2, 10000000000000000000000]'))
print(json.loads(b'{"bytes": true}'), json.loads(bytearray(b'[1]')))
print(json.loads('"\\ud800"') == '\ud800', json.loads('"\\ud800x"') == '\ud800x')
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1}', object_hook=lambda d: "hook",
                 object_pairs_hook=lambda p: "pairs"))
print(json.loads('[1.5, 2]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads('"a\tb"', strict=False))
decoder = json.JSONDecoder()
print(decoder.decode('[true]'))
print(decoder.raw_decode('{"x": 1} trailing'))
print(decoder.raw_decode('xx[1]', 2))


class UpperDecoder(json.JSONDecoder):
    def decode(self, s):
        return super().decode(s.upper().replace("TRUE", "true"))


print(json.loads('"shout" ', cls=UpperDecoder))

bad_documents = [
    '', '   ', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '[1,]',
    '[1', '[', '"abc', '"a\\x"', '"a\\u12"', '"a\\u12g4"', '"a\nb"', '01',
    '1 2', '-', 'nul', '{1:2}', '[1 2]', '1.5e', '1.', '\ufeff1', '{"a" 1}',
    '"\\', '[-]', '{"a":1 "b":2}', '{"a":1,"b"}', '  \n [1,\n 2,\n x]',
    'tru', "{'a': 1}", '[1,\n\n   ,2]', '"\\ud800\\u12"', '.5', '+1', '[]]',
]
for doc in bad_documents:
    try:
        json.loads(doc)
        print(repr(doc), "parsed?")
    except JSONDecodeError as e:
        print(repr(doc), "->", e)
        print("   ", repr(e.msg), e.pos, e.lineno, e.colno, e.doc == doc)

err = JSONDecodeError("Custom", "line one\nline two", 12)
print(err, err.args, err.lineno, err.colno, repr(err))
print(isinstance(err, ValueError), JSONDecodeError.__mro__[1].__name__)
try:
    json.loads('[1, 2')
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)
for bad in [5, None, [1]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError:", e)
nested = {"list": [1, {"deep": [True, None]}], "s": "x\u20acy"}
for indent in (None, 2):
    print(json.loads(json.dumps(nested, indent=indent)) == nested)
print(json.loads(json.dumps(nested, ensure_ascii=False)) == nested)
print(json.loads('"\\u20ac"'), json.dumps(json.loads('"\\u20ac"')))
import json.decoder
import json.encoder
print(json.decoder.JSONDecodeError is JSONDecodeError, json.encoder.JSONEncoder is json.JSONEncoder)
print(json.encoder.encode_basestring('a"\u00e9\n'), json.encoder.encode_basestring_ascii('a"\u00e9\n'))
print(json.decoder.scanstring('"abc" rest', 1), json.JSONDecoder(object_hook=len).decode('{"a": {"b": 1}}'))
