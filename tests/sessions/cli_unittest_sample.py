# Run by cli_run_frozen_module: `-m unittest` finds the frozen unittest package.
import unittest


class Sample(unittest.TestCase):
    def test_prints(self):
        print("test_prints ran, __name__ of unittest.main:", unittest.main.__module__)

    def test_fails(self):
        print("test_fails ran")
        self.assertEqual(1, 2)
