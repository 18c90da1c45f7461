"""Pasted tables (CSV, TSV, semicolon- or pipe-separated exports with a header line), read
the way the column recognizers need them: each data row under a header, with its fields
and the header's keys. Only rows with as many fields as the header count, so prose after
the table is left alone."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

DELIMITERS = ",;\t|"


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


def _unquoted(line: str, a: int, b: int) -> tuple[int, int]:
    while a < b and line[a] in ' "':
        a += 1
    while b > a and line[b - 1] in ' "\r':
        b -= 1
    return a, b


def header_key(cell: str) -> str:
    """A header cell as the recognizers compare it: lower case, letters only ("Pat.-Nr." is
    "patnr", "first_name" is "firstname")."""
    return "".join(ch for ch in cell.lower() if ch.isalpha())


def rows(text: str, wanted: Callable[[str], bool]) -> Iterator[Row]:
    """The data rows of every table in *text* whose header has a cell *wanted* accepts."""
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
