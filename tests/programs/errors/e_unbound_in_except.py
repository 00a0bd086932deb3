# UnboundLocalError: a name used before assignment in a function that assigns it in an except branch.
print("division table")
print("the second call divides by zero first")
print("and then reads an unset local")
def compute(values):
    for v in values:
        try:
            result = 10 // v
        except ZeroDivisionError:
            print("division by zero for", v)
        print("partial", result)
    return result
print(compute([5, 2]))
print("next call")
print(compute([0, 1]))
