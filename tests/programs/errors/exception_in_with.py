# An exception propagating out of a with block; __exit__ runs and does not suppress.
class Transaction:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("begin", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("commit", self.name)
        else:
            print("rollback", self.name, "because", exc_type.__name__)
        return False

with Transaction("t1"):
    print("work 1")
with Transaction("t2") as t:
    print("work 2")
    values = [1, 2, 3]
    print(values[3])
