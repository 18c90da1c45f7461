"""The report's "LLM destinations seen" section: every LLM API host the proxy saw traffic to,
read or not — hosts of the catalogue it decided requests for, hosts outside it where it found
LLM calls (``unknown_llm_hosts: inspect``), and known LLM API hosts it passed on unread
(``llm_tunnel`` records). Hosts and counts only."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence

from sovereign.audit.records import DecisionRecord, Record, TunnelRecord

DISCOVERED = "unknown"  # the provider name of calls found outside the catalogue


def destinations(records: Sequence[Record]) -> list[tuple[str, str, str, int]]:
    """(host, provider or pattern, how it was seen, count), most seen first."""
    seen: Counter[tuple[str, str, str]] = Counter()
    for r in records:
        if isinstance(r, DecisionRecord) and r.host:
            how = "found outside the catalogue (inspected)" if r.provider == DISCOVERED \
                else "intercepted"
            seen[(r.host, r.provider, how)] += 1
        elif isinstance(r, TunnelRecord):
            seen[(r.host, r.known_as, "NOT intercepted (passed on unread)")] += 1
    return [(host, who, how, n) for (host, who, how), n in
            sorted(seen.items(), key=lambda item: (-item[1], item[0]))]


def section(records: Sequence[Record]) -> str:
    rows = destinations(records)
    if not rows:
        body = '<p class="muted">no LLM traffic recorded</p>'
    else:
        cells = "".join("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row)
                        + "</tr>" for row in rows)
        body = ("<table><tr><th>host</th><th>provider / known as</th><th>seen</th>"
                f"<th>requests or connections</th></tr>{cells}</table>")
    return f"<h2>LLM destinations seen</h2>{body}"
