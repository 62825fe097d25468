# In a directory without __init__.py: discovery does not look here.
import unittest


class Hidden(unittest.TestCase):
    def test_never_found(self):
        self.fail('found')
