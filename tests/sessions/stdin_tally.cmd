{dir}/tally.py
