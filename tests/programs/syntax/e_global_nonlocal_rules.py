# global and nonlocal declarations: module globals from functions, class bodies, nested functions, del of globals.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)
def create_global():
    global created
    created = "made inside"
create_global()
print(created)
def delete_global():
    global created
    del created
delete_global()
print("created" in globals())
class Config:
    global counter
    counter = 100
    value = counter + 1
print(counter, Config.value)
def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x *= 10
        inner()
        return x
    return middle(), x
print(outer())
def reads_global():
    return counter * 2
counter = 5
print(reads_global())
def shadow_global():
    counter = "local"
    return counter
print(shadow_global(), counter)
def use_before_global_assign():
    try:
        print(total_sum)
    except NameError as e:
        print(type(e).__name__, e)
use_before_global_assign()
total_sum = 3
use_before_global_assign = None
print(use_before_global_assign)
def gen_global():
    global counter
    for i in range(3):
        counter += i
        yield counter
print(list(gen_global()), counter)
funcs = []
for n in range(3):
    def f(n=n):
        global last_n
        last_n = n
        return n
    funcs.append(f)
print([g() for g in funcs], last_n)
def nested_global():
    def inner():
        global deep_value
        deep_value = "set deep"
    inner()
nested_global()
print(deep_value)
lam = lambda: counter
counter = "changed"
print(lam())
