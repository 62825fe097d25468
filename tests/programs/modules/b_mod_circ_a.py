# helper module for b029: circular import with b_mod_circ_b; sees b's partially initialised module
print('circ_a: start')
A_EARLY = 'a early'
import b_mod_circ_b
A_LATE = 'a late'
print('circ_a: end, b has', sorted(n for n in vars(b_mod_circ_b) if n.startswith('B_')))
