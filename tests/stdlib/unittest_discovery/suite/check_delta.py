# Found only with the pattern 'check_*.py'.
import unittest


class DeltaTests(unittest.TestCase):
    def test_delta(self):
        self.assertTrue(True)
