"""JSONEncoder: Python values to JSON text. The encoding itself is native (_json.encode),
in the two flavours CPython has: its C encoder (encode() without indent) and its Python
generator (indent, and iterencode() as dump() uses it, cut into the same chunks)."""
import _json
from _json import encode_basestring_ascii, encode_basestring

__all__ = ['JSONEncoder']

c_encode_basestring_ascii = encode_basestring_ascii
c_encode_basestring = encode_basestring
INFINITY = float('inf')


def c_make_encoder(markers, default, encoder, indent, key_separator, item_separator,
                   sort_keys, skipkeys, allow_nan):
    """The C-flavoured one-shot encoder: _iterencode(o, level) -> (text,)."""
    ensure_ascii = encoder is not encode_basestring

    def _iterencode(o, _current_indent_level):
        return (_json.encode(o, _current_indent_level, markers is not None, default,
                             ensure_ascii, None, key_separator, item_separator,
                             sort_keys, skipkeys, allow_nan, False, False),)

    return _iterencode


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures: dict -> object, list and
    tuple -> array, str -> string, int and float -> number, True/False -> true/false,
    None -> null. Override default() (or pass default=) to serialize other objects."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for objects that are not otherwise serializable: return a serializable
        replacement or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of o, as a str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o in chunks (an iterable of str)."""
        markers = {} if self.check_circular else None
        _encoder = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        if _one_shot and self.indent is None:
            _iterencode = c_make_encoder(
                markers, self.default, _encoder, self.indent,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, self.allow_nan)
            return _iterencode(o, 0)
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        args = (markers is not None, self.default, self.ensure_ascii, indent,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, self.allow_nan, True)
        if _one_shot:
            return (_json.encode(o, 0, *args, False),)
        return _chunks(o, args)


def _chunks(o, args):
    # The chunks CPython's Python encoder yields; when encoding fails, the ones it had
    # yielded before the error, then the error.
    chunks, error = _json.encode(o, 0, *args, True)
    yield from chunks
    if error is not None:
        raise error
