# State that Python code can replace is checked before it is used:
# exception notes and arguments, and struct sequence field properties.
import sys

e = ValueError('v')
e.__notes__ = 5
try:
    e.add_note('note')
except TypeError as error:
    print(error)
e.__notes__ = ['first']
e.add_note('second')
print(e.__notes__)

version_type = type(sys.version_info)
print(version_type.major.__get__(sys.version_info) == sys.version_info[0])
try:
    version_type.major.__get__(5)
except TypeError:
    print('TypeError')
try:
    version_type.micro.__get__(())
except TypeError:
    print('TypeError')
