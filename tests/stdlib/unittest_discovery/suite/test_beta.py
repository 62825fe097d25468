import unittest


class BetaTests(unittest.TestCase):
    def test_upper(self):
        self.assertEqual('beta'.upper(), 'BETA')

    @unittest.skip('beta skip')
    def test_skipped(self):
        pass


class MoreBeta(unittest.TestCase):
    def test_error(self):
        raise LookupError('beta error')
