"""Keep detection inside the perimeter: no model download, no public-suffix-list fetch.

Presidio's e-mail recognizer calls ``tldextract.extract``, whose default extractor fetches the
public suffix list over HTTPS on first use. We replace it with one that only reads the snapshot
bundled inside the tldextract package.
"""

from __future__ import annotations

import os

import tldextract
import tldextract.tldextract as _tld

_done = False


def make_offline() -> None:
    global _done
    if _done:
        return
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    _tld.TLD_EXTRACTOR = tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True
    )
    _done = True
