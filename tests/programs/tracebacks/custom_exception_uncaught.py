# Uncaught user-defined exception with a custom __str__ and extra attributes.
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.balance = balance
        self.amount = amount

    def __str__(self):
        return f"balance {self.balance} is less than {self.amount}"

class Wallet:
    def __init__(self, balance):
        self.balance = balance

    def pay(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return self.balance

w = Wallet(100)
for price in (30, 50, 40):
    print("paid", price, "left", w.pay(price))
