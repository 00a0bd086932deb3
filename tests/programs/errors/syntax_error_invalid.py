# Invalid syntax: a keyword used as an assignment target.
x = 1
y = 2
class = x + y
print(class)
