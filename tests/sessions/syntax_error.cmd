{dir}/unclosed_call.py
