# Closures holding mutable state through nonlocal.
def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    def peek():
        return count
    return inc, reset, peek

inc, reset, peek = make_counter(10, 5)
print(inc(), inc(), peek())
reset()
print(peek(), inc())
a_inc, _, a_peek = make_counter()
b_inc, _, b_peek = make_counter(100)
a_inc(); a_inc(); b_inc()
print(a_peek(), b_peek())

def make_accumulator():
    history = []
    def add(x):
        history.append(x)
        return sum(history)
    add.history = history
    return add
acc = make_accumulator()
print(acc(1), acc(10), acc(100), acc.history)

def bank_account(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError(f"insufficient funds: balance {balance}, requested {x}")
        balance -= x
        return balance
    return {"deposit": deposit, "withdraw": withdraw, "balance": lambda: balance}
acct = bank_account(50)
print(acct["deposit"](25), acct["withdraw"](60), acct["balance"]())
try:
    acct["withdraw"](100)
except ValueError as e:
    print(type(e).__name__, e)
other = bank_account(0)
print(other["deposit"](1), acct["balance"](), other["balance"]())
