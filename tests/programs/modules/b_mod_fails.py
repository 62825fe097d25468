# helper module for b030: raises while being imported; the partially executed module must not stay in sys.modules
print('b_mod_fails: body starts')
attempts = 1
raise ValueError('b_mod_fails cannot be imported')
