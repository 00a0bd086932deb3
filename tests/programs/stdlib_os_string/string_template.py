# string.Template: substitute, safe_substitute, escapes, braces, errors, identifiers.
from string import Template

t = Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(Template("${noun}ification costs $$5").substitute(noun="python"))
print(Template("$x$y ${x}${y} $").safe_substitute(x=1))
print(Template("a $1 b ${ c").safe_substitute())
print(Template("$_under_score9 and $a.b").substitute(_under_score9="ok", a="A"))
print(t.safe_substitute(who="bob"))
print(t.template, Template.delimiter)

for text, kwargs in [("$who", {}), ("hi $", {}), ("line1\nline2 $!", {}), ("${bad", {}),
                     ("x ${1}", {}), ("$a", {"b": 1})]:
    try:
        print(repr(Template(text).substitute(**kwargs)))
    except (KeyError, ValueError) as e:
        print(repr(text), type(e).__name__, e)

print(Template("$a ${b} $a $$c $d").get_identifiers())
print(Template("$a $").is_valid(), Template("$a $$").is_valid())

class Percent(Template):
    delimiter = "%"

print(Percent("%name is %% %{age}").substitute(name="Ann", age=30))
print(Template("$v").substitute(v=[1, 2]), Template("$v").substitute(v=None))

class Mapping:
    def __getitem__(self, key):
        return key.upper()

print(Template("$one and ${two}").substitute(Mapping()))
