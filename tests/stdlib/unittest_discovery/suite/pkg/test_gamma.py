import unittest


class GammaTests(unittest.TestCase):
    def test_in_package(self):
        self.assertIn(__name__, ('pkg.test_gamma',))
