# helper module for b029: imported by b_mod_circ_a while a is still executing
print('circ_b: start')
import b_mod_circ_a
B_SEES = sorted(n for n in vars(b_mod_circ_a) if n.startswith('A_'))
print('circ_b: a currently has', B_SEES)
B_DONE = True
