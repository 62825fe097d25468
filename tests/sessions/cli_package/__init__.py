# A package for the cli_run_module session: python3 -m runs its __main__.
print("importing", __name__)
