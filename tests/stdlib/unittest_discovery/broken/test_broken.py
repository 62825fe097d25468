import unittest
import module_that_does_not_exist


class NeverLoaded(unittest.TestCase):
    def test_x(self):
        pass
