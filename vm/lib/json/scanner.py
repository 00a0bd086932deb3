"""JSON token scanner: make_scanner(context) returns scan_once(string, idx) -> (value, end).

The scanning itself is native (_json.scan_once); this binds it to a decoder's settings
(strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant), read
once when the scanner is made, as CPython's C scanner does.
"""
from _json import scan_once as _scan_once

__all__ = ['make_scanner']


def make_scanner(context):
    settings = (context.strict, context.object_hook, context.object_pairs_hook,
                context.parse_float, context.parse_int, context.parse_constant)

    def scan_once(string, idx):
        return _scan_once(string, idx, *settings)

    return scan_once
