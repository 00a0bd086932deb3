"""A collection of string constants, capwords and Template (CPython 3.11's string module).

Template scans its placeholders by hand (CPython uses re): the delimiter may be changed
by a subclass; a custom idpattern, braceidpattern or pattern needs re, which stmvm does
not have, and raises NotImplementedError. string.Formatter is not provided."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}
_ID_START = '_' + ascii_letters
_ID_CHARS = _ID_START + digits


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init_subclass__(cls):
        super().__init_subclass__()
        if ('pattern' in cls.__dict__ or cls.idpattern != Template.idpattern
                or cls.braceidpattern is not None):
            raise NotImplementedError(
                "string.Template with a custom pattern or idpattern (needs the re module)")

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        # Yields (start, end, kind, name) for each match of CPython's pattern, in order:
        # kind is 'escaped', 'named', 'braced' or 'invalid' (invalid: end == start + len(delimiter)).
        t = self.template
        delim = self.delimiter
        n = len(delim)
        i = t.find(delim)
        while i >= 0:
            j = i + n
            if t.startswith(delim, j):
                yield i, j + n, 'escaped', None
                i = t.find(delim, j + n)
                continue
            k = j
            if k < len(t) and t[k] in _ID_START:
                k += 1
                while k < len(t) and t[k] in _ID_CHARS:
                    k += 1
                yield i, k, 'named', t[j:k]
                i = t.find(delim, k)
                continue
            if t.startswith('{', j):
                k = j + 1
                if k < len(t) and t[k] in _ID_START:
                    k += 1
                    while k < len(t) and t[k] in _ID_CHARS:
                        k += 1
                    if t.startswith('}', k):
                        yield i, k + 1, 'braced', t[j + 1:k]
                        i = t.find(delim, k + 1)
                        continue
            yield i, j, 'invalid', None
            i = t.find(delim, j)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        parts = []
        last = 0
        t = self.template
        for start, end, kind, name in self._placeholders():
            parts.append(t[last:start])
            last = end
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(start + len(self.delimiter))
                parts.append(t[start:end])
            elif safe:
                try:
                    parts.append(str(mapping[name]))
                except KeyError:
                    parts.append(t[start:end])
            else:
                parts.append(str(mapping[name]))
        parts.append(t[last:])
        return ''.join(parts)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        for start, end, kind, name in self._placeholders():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._placeholders():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


class _ChainLookup:
    # collections.ChainMap(kws, mapping) as far as Template uses it: lookup only.
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]
