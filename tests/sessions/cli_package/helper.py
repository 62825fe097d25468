print("importing", __name__)
