{dir}/debug_breakpoint.py
