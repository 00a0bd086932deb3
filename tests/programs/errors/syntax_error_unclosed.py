# A syntax error in the main file: nothing runs, the error is reported with file and line.
print("this line never runs")

def broken(values):
    total = sum(values
    return total

def fine(values):
    return max(values)

print(broken([1, 2, 3]))
print(fine([1, 2, 3]))

for i in range(3):
    print(i)
