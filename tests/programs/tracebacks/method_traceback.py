# Tracebacks through methods, properties and dunder methods.
class Matrix:
    def __init__(self, rows):
        self.rows = rows

    @property
    def size(self):
        return len(self.rows), len(self.rows[0])

    def __matmul_check(self, other):
        if self.size[1] != other.size[0]:
            raise ValueError(f"shape mismatch: {self.size} @ {other.size}")

    def __mul__(self, other):
        self.__matmul_check(other)
        n, m = self.size[0], other.size[1]
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(other.size[0]))
                        for j in range(m)] for i in range(n)])

    def __repr__(self):
        return f"Matrix({self.rows})"

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[5], [6]])
print(a * b)
c = Matrix([[1, 2, 3]])
print(a * c)
