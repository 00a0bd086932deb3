# Uncaught AttributeError deep inside methods, properties and a lambda passed to sorted().
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
    @property
    def rank(self):
        return self.balance // self.tier_size
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
class Bank:
    def __init__(self):
        self.accounts = []
    def add(self, owner, balance):
        self.accounts.append(Account(owner, balance))
        return self
    def ranked(self):
        return sorted(self.accounts, key=lambda a: a.rank)
bank = Bank().add("ann", 100).add("bob", 50)
print(bank.accounts)
print(len(bank.accounts))
print("sorting by balance", sorted(a.balance for a in bank.accounts))
print("sorting by rank next")
print("x")
print("y")
print("z")
print("w")
print(bank.ranked())
