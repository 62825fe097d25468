import unittest

import helper_module


class AlphaTests(unittest.TestCase):
    def test_helper(self):
        self.assertEqual(helper_module.double(4), 8)

    def test_fails(self):
        self.assertEqual(helper_module.double(2), 5)


def setUpModule():
    print('setUpModule alpha')


def tearDownModule():
    print('tearDownModule alpha')
