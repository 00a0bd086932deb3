# A syntax error in the main file: nothing runs, the error is reported with file and line.
print("this line never runs")

def broken(values):
    total = sum(values
    return total

print(broken([1, 2, 3]))
