import bisect

people = [("dee", 19), ("bob", 25), ("eve", 25), ("ann", 31), ("fay", 40)]
age = lambda p: p[1]
print(bisect.bisect_left(people, 25, key=age), bisect.bisect_right(people, 25, key=age))
print(bisect.bisect_left(people, 100, key=age), bisect.bisect(people, 0, key=age))
bisect.insort(people, ("gus", 25), key=age)
bisect.insort_left(people, ("hal", 25), key=age)
bisect.insort_right(people, ("ivy", 50), key=age)
print(people)
print(bisect.bisect_left(people, 31, 0, 3, key=age), bisect.bisect_right(people, 25, lo=2, key=age))
class Rec:
    def __init__(self, k):
        self.k = k
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return f"Rec({self.k})"
rs = [Rec(1), Rec(3), Rec(5)]
bisect.insort(rs, Rec(4))
bisect.insort(rs, Rec(0))
print(rs, bisect.bisect(rs, Rec(3)))
class MyList(list):
    def insert(self, i, x):
        print("insert at", i, x)
        super().insert(i, x)
ml = MyList([1, 3, 5])
bisect.insort(ml, 4)
bisect.insort_left(ml, 1)
print(ml)
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        print("get", i)
        return i * i
    def insert(self, i, x):
        print("Seq.insert", i, x)
s = Seq(10)
print(bisect.bisect_left(s, 30))
bisect.insort(s, 30)
try:
    bisect.bisect([1, 2], 1, key=5)
except TypeError as e:
    print(type(e).__name__, e)
lo = 0
sorted_words = sorted(["delta", "alpha", "charlie", "bravo"], key=len)
print(sorted_words, bisect.bisect_left(sorted_words, 5, key=len), bisect.bisect_right(sorted_words, 5, key=len))
