# An uncaught exception raised four calls deep.
def parse_record(line):
    name, age = line.split(",")
    return name.strip(), int(age)

def load(lines):
    records = []
    for line in lines:
        records.append(parse_record(line))
        print("loaded", records[-1])
    return records

def summarize(lines):
    records = load(lines)
    return sum(age for _, age in records) / len(records)

def main():
    data = ["ann, 31", "bob, 27", "cy, forty", "dee, 50"]
    print("average", summarize(data))

main()
