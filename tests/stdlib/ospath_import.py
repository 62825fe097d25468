# posixpath imported before os (each imports the other): both complete,
# and os.path is that module.
import posixpath
import os
import os.path
import sys

print(posixpath.join('a', 'b'), posixpath.sep, os.sep, os.path is posixpath,
      sys.modules['os.path'] is posixpath, os.path.normpath('a//b/../c'))
from os.path import join, splitext
print(join('x', 'y'), splitext('f.txt'))
