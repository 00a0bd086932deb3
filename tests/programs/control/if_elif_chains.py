# if/elif/else chains and classification logic.
def classify(n):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n % 2 == 0 and n > 100:
        kind = "big even"
    elif n % 2 == 0:
        kind = "even"
    elif n in (1, 3, 5, 7, 9):
        kind = "small odd"
    else:
        kind = "odd"
    return kind

for n in [-5, 0, 2, 102, 3, 11, 101]:
    print(n, classify(n))

def grade(score):
    for threshold, letter in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= threshold:
            return letter
    return "F"

print([grade(s) for s in (95, 90, 89.9, 72, 60, 59, -1)])

def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    elif n % 3 == 0:
        return "Fizz"
    elif n % 5 == 0:
        return "Buzz"
    return str(n)

print(" ".join(fizzbuzz(i) for i in range(1, 31)))

def leap(year):
    if year % 400 == 0:
        return True
    if year % 100 == 0:
        return False
    return year % 4 == 0

print([y for y in (1900, 2000, 2004, 2023, 2024, 2100) if leap(y)])
x = 5
if x:
    if x > 3:
        if x > 4:
            print("deeply nested true")
if not x:
    pass
elif x == 5:
    print("elif after pass")
value = [] or {} or "" or 0 or None
if value is None:
    print("all falsy, got None")
