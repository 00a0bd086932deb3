# Mixins combining behaviour: comparison mixin, repr mixin, serialization mixin.
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({fields})"

class CompareMixin:
    def _key(self):
        raise NotImplementedError
    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()
    def __lt__(self, other):
        return self._key() < other._key()
    def __le__(self, other):
        return self._key() <= other._key()
    def __hash__(self):
        return hash(self._key())

class DictMixin:
    def to_dict(self):
        return {k: (v.to_dict() if isinstance(v, DictMixin) else v) for k, v in self.__dict__.items()}

class Address(ReprMixin, DictMixin):
    def __init__(self, city, zip_code):
        self.city = city
        self.zip_code = zip_code

class Employee(ReprMixin, CompareMixin, DictMixin):
    def __init__(self, name, salary, address):
        self.name = name
        self.salary = salary
        self.address = address
    def _key(self):
        return (self.salary, self.name)

staff = [
    Employee("zoe", 5000, Address("Oslo", "0150")),
    Employee("adam", 7000, Address("Rome", "00100")),
    Employee("bea", 5000, Address("Lima", "15001")),
]
print(sorted(staff)[0])
print([e.name for e in sorted(staff)], [e.name for e in sorted(staff, reverse=True)])
print(staff[1].to_dict())
print(staff[0] == Employee("zoe", 5000, None), staff[0] == staff[2], len(set(staff)))
print(max(staff).name, min(staff).name, staff[0] <= staff[2])
print([c.__name__ for c in Employee.__mro__])
