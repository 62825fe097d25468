# unittest.main() as a test script calls it: the report on stderr (with a
# fixed clock, so that the time reads 0.000s) and exit status 1 when a
# test failed.
import time
import unittest

time.perf_counter = lambda: 0.0  # (the runner times the run with it)


class Arithmetic(unittest.TestCase):
    def test_addition(self):
        self.assertEqual(2 + 2, 4)

    def test_division(self):
        self.assertAlmostEqual(1 / 3, 0.33, places=2)

    def test_wrong(self):
        expected = [1, 2, 3]
        self.assertEqual([n * 2 for n in expected], [2, 4, 7])

    def test_error(self):
        self.assertEqual(int('seven'), 7)


print('before main')
if __name__ == '__main__':
    unittest.main()
print('never printed')
