"""Pasted tables (CSV, TSV, semicolon- or pipe-separated exports with a header line, and
SQL INSERT statements with a column list), read the way the column recognizers need them:
each data row under a header, with its fields and the header's keys. Only rows with as many
fields as the header count, so prose after the table is left alone."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

DELIMITERS = ",;\t|"
# an INSERT with its column list, up to VALUES: "INSERT INTO vendor_bank (vendor_id,
# routing_no, account_no) VALUES (…), (…);"
INSERT = re.compile(r"\binsert\s+into\s+[^\s(]{1,128}\s*\(([^()]{1,2000})\)\s*values\s*",
                    re.IGNORECASE)
MAX_TUPLE = 4000  # characters of one VALUES tuple read, at most
SQL_AROUND = " \t\r\n'"  # what stands around a SQL value in its tuple


@dataclass(frozen=True, slots=True)
class Row:
    """A data row: where its line starts in the text, the line, each field's [start, end) in
    the line, and the header's keys (header_key of each header cell)."""

    offset: int
    line: str
    fields: list[tuple[int, int]]
    keys: list[str]


def cells(line: str, delimiter: str) -> list[tuple[int, int]]:
    """[start, end) of each field of *line*, inside double quotes where a field is quoted."""
    out: list[tuple[int, int]] = []
    start, quoted = 0, False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            out.append((start, i))
            start = i + 1
    out.append((start, len(line)))
    return [_unquoted(line, a, b) for a, b in out]


def _unquoted(line: str, a: int, b: int, lead: str = ' "',
              trail: str = ' "\r') -> tuple[int, int]:
    """[a, b) without the *lead* characters before and the *trail* characters after it."""
    while a < b and line[a] in lead:
        a += 1
    while b > a and line[b - 1] in trail:
        b -= 1
    return a, b


def header_key(cell: str) -> str:
    """A header cell as the recognizers compare it: lower case, letters only ("Pat.-Nr." is
    "patnr", "first_name" is "firstname")."""
    return "".join(ch for ch in cell.lower() if ch.isalpha())


def rows(text: str, wanted: Callable[[str], bool]) -> Iterator[Row]:
    """The data rows of every table in *text* whose header has a cell *wanted* accepts, then
    those of its SQL INSERT statements."""
    yield from delimited_rows(text, wanted)
    yield from insert_rows(text, wanted)


def delimited_rows(text: str, wanted: Callable[[str], bool]) -> Iterator[Row]:
    """The data rows of the delimited tables of *text* (a header line, then rows)."""
    if not any(d in text for d in DELIMITERS):
        return
    delimiter, width = "", 0
    keys: list[str] = []
    offset = 0
    for line in text.split("\n"):
        at, offset = offset, offset + len(line) + 1
        if delimiter and line.count(delimiter) + 1 >= width:
            fields = cells(line, delimiter)
            if len(fields) == width:
                yield Row(at, line, fields, keys)
                continue
        delimiter, width, keys = "", 0, []
        for d in DELIMITERS:
            if d not in line:
                continue
            if '"' not in line and not any(wanted(header_key(cell)) for cell in line.split(d)):
                continue  # (without quotes, the fields are the split: the same, sooner)
            fields = cells(line, d)
            found = [header_key(line[a:b]) for a, b in fields]
            if len(fields) >= 2 and any(wanted(key) for key in found):
                delimiter, width, keys = d, len(fields), found
                break


def insert_rows(text: str, wanted: Callable[[str], bool]) -> Iterator[Row]:
    """Each tuple after VALUES of an INSERT whose column list has a name *wanted* accepts,
    its fields under the column names. A tuple with another count of fields is skipped."""
    if "values" not in text and "VALUES" not in text and "Values" not in text:
        return
    for match in INSERT.finditer(text):
        keys = [header_key(name) for name in match.group(1).split(",")]
        if not any(wanted(key) for key in keys):
            continue
        at = match.end()
        while at < len(text) and text[at] == "(":
            parsed = _tuple(text, at + 1)
            if parsed is None:
                break
            fields, end = parsed
            if len(fields) == len(keys):
                yield Row(at + 1, text[at + 1:end], [(a - at - 1, b - at - 1) for a, b in fields],
                          keys)
            at = end + 1
            while at < len(text) and text[at] in " \t\r\n,":
                at += 1


def _tuple(text: str, start: int) -> tuple[list[tuple[int, int]], int] | None:
    """The fields ([start, end) in *text*, inside their quotes) of the SQL tuple that opens
    before *start*, and where its ")" is; None when it does not close within MAX_TUPLE. A
    quote inside a quoted value is doubled ('O''Brien') or, as mysqldump writes it, escaped
    with a backslash ('O\\'Brien')."""
    fields: list[tuple[int, int]] = []
    field, quoted, i = start, False, start
    stop = min(len(text), start + MAX_TUPLE)
    while i < stop:
        ch = text[i]
        if ch == "\\" and quoted:
            i += 2
            continue
        if ch == "'":
            if quoted and i + 1 < stop and text[i + 1] == "'":
                i += 2
                continue
            quoted = not quoted
        elif not quoted and ch in ",)":
            fields.append(_unquoted(text, field, i, SQL_AROUND, SQL_AROUND))
            if ch == ")":
                return fields, i
            field = i + 1
        i += 1
    return None
