# A dedent that matches no outer indentation level.
def classify(n):
    if n > 0:
        kind = "positive"
      else_kind = "other"
    return kind

print(classify(1))
