# A dedent that matches no outer indentation level.
print("never printed")

def classify(n):
    if n > 0:
        kind = "positive"
    elif n < 0:
        kind = "negative"
        if n < -100:
            kind = "very negative"
      else_kind = "other"
    return kind

for n in (5, -5, -500):
    print(n, classify(n))
