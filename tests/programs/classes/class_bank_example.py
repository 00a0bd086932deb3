# A small object-oriented program: accounts, transactions, exceptions, reports.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.account = account
        self.amount = amount

class Account:
    next_id = 1000
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.id = Account.next_id
        Account.next_id += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))

    def __repr__(self):
        return f"<Account {self.id} {self.owner}: {self.balance:.2f}>"

class SavingsAccount(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)

alice = Account("alice", 100)
bob = SavingsAccount("bob", 50, rate=0.1)
transfer(alice, bob, 30)
print(alice, bob)
print("interest", bob.add_interest(), bob)
for amount in (500, -5, 20):
    try:
        transfer(alice, bob, amount)
        print("transferred", amount)
    except InsufficientFunds as e:
        print("failed:", e, "| amount", e.amount, "| owner", e.account.owner)
    except ValueError as e:
        print("invalid:", e)
print(alice.history, bob.history)
accounts = [alice, bob, Account("carol", 75.5)]
for acc in sorted(accounts, key=lambda a: a.balance, reverse=True):
    print(f"{acc.id} {acc.owner:<6} {acc.balance:>8.2f} {type(acc).__name__}")
print(sum(a.balance for a in accounts), isinstance(bob, Account), Account.next_id)
