"""The vault of one conversation: original value ↔ the token sent in its place.

Tokens are placeholders (``[PERSON_1]``), surrogates (a realistic fake of the same shape) or
keyed hashes (``[EMAIL_ADDRESS_h3f9a12bc]``); all three are restored in replies. ``repr``
never shows a value; :meth:`Vault.dump` is the only way out, and a shared store receives it
sealed (AES-GCM, :mod:`sovereign.redact.sealing`), never in clear.

Restoration also accepts the ways models mangle placeholders, deliberately and no further:
  - bracketed, any case, space/underscore/hyphen before the number: ``[person 1]``, ``[EMAIL-ADDRESS-2]``
  - bare, upper case with underscores: ``PERSON_1`` (not ``Person 1``: too common in prose)
A mangled form is restored only if it names a placeholder this vault issued.
"""

from __future__ import annotations

import json
import re

_BRACKETED = re.compile(r"\[\s*([A-Za-z][A-Za-z0-9 _\-]*?)[ _\-]?(\d+)\s*\]")
_BARE = re.compile(r"(?<![\w\[])([A-Z][A-Z0-9]*(?:_[A-Z][A-Z0-9]*)*)_(\d+)(?![\w\]])")
_BRACKET_PREFIX = re.compile(r"\[[A-Za-z0-9 _\-]{0,48}$")
_BARE_PREFIX = re.compile(r"(?<![\w\[])[A-Z][A-Z0-9_]*$")


type _Node = dict[str, _Node]


def normalise(value: str) -> str:
    """The form under which spellings of one value meet: case-folded, single-spaced."""
    return " ".join(value.split()).casefold()


def _type_key(raw: str) -> str:
    return re.sub(r"[ \-]+", "_", raw.strip()).upper()


class Vault:
    def __init__(self) -> None:
        self._value_of: dict[str, str] = {}  # token → original value
        self._token_of: dict[tuple[str, str], str] = {}  # (type, normalised value) → token
        self._counters: dict[str, int] = {}
        self._exact: re.Pattern[str] | None = None
        self._trie: tuple[_Node, int] | None = None  # the tokens' trie and longest length

    def __len__(self) -> int:
        return len(self._value_of)

    def __repr__(self) -> str:  # never show values
        return f"Vault({len(self)} tokens)"

    def copy(self) -> Vault:
        other = Vault()
        other._value_of = dict(self._value_of)
        other._token_of = dict(self._token_of)
        other._counters = dict(self._counters)
        return other

    def dump(self) -> bytes:
        """The vault as JSON bytes (values in clear: seal them before they leave the process,
        see :mod:`sovereign.redact.sealing`)."""
        return json.dumps({"v": 1, "values": self._value_of,
                           "tokens": [[t, n, tok] for (t, n), tok in self._token_of.items()],
                           "counters": self._counters},
                          ensure_ascii=False, separators=(",", ":")).encode()

    @classmethod
    def load(cls, data: bytes) -> Vault:
        """The vault :meth:`dump` wrote; ValueError if *data* is not one."""
        try:
            doc = json.loads(data)
            if not isinstance(doc, dict) or doc.get("v") != 1:
                raise ValueError("not a vault (version)")
            vault = cls()
            vault._value_of = {str(k): str(v) for k, v in doc["values"].items()}
            vault._token_of = {(str(t), str(n)): str(tok) for t, n, tok in doc["tokens"]}
            vault._counters = {str(k): int(v) for k, v in doc["counters"].items()}
        except (KeyError, TypeError, AttributeError, json.JSONDecodeError,
                UnicodeDecodeError) as exc:
            raise ValueError(f"not a vault ({type(exc).__name__})") from None
        return vault

    @property
    def tokens(self) -> list[str]:
        return list(self._value_of)

    def issued(self, token: str) -> bool:
        return token in self._value_of

    def lookup(self, entity_type: str, normalised: str) -> str | None:
        return self._token_of.get((entity_type, normalised))

    def placeholder_for(self, entity_type: str, value: str) -> str:
        """The value's placeholder, issuing the next number if it has none yet."""
        norm = normalise(value)
        token = self.lookup(entity_type, norm)
        if token is None:
            token = self.next_placeholder(entity_type)
            self.bind(entity_type, norm, token, value)
        return token

    def next_placeholder(self, entity_type: str) -> str:
        n = self._counters.get(entity_type, 0) + 1
        self._counters[entity_type] = n
        return f"[{entity_type}_{n}]"

    def bind(self, entity_type: str, normalised: str, token: str, original: str) -> None:
        """Remember that *token* stands for *original* (and for its variant *normalised*)."""
        self._token_of[(entity_type, normalised)] = token
        self._value_of.setdefault(token, original)
        self._exact = None
        self._trie = None

    def alias(self, entity_type: str, normalised: str, token: str) -> None:
        """Another spelling of a value that already has *token*."""
        self._token_of[(entity_type, normalised)] = token

    # -- restoration ---------------------------------------------------------------------------

    def _exact_pattern(self) -> re.Pattern[str] | None:
        if self._exact is None and self._value_of:
            tokens = sorted(self._value_of, key=len, reverse=True)
            self._exact = re.compile("|".join(re.escape(t) for t in tokens))
        return self._exact

    def restore(self, text: str, json_escaped: bool = False) -> str:
        """*text* with every token (and deliberate mangled form) replaced by its value.

        *json_escaped*: the text is (part of) JSON source, such as tool-call arguments, so
        values are inserted escaped as they must be inside a JSON string.
        """
        exact = self._exact_pattern()
        if exact is None:
            return text

        def value(original: str) -> str:
            return json.dumps(original, ensure_ascii=False)[1:-1] if json_escaped else original

        def mangled(m: re.Match[str]) -> str:
            token = f"[{_type_key(m.group(1))}_{int(m.group(2))}]"
            return value(self._value_of[token]) if token in self._value_of else m.group(0)

        text = exact.sub(lambda m: value(self._value_of[m.group(0)]), text)
        if "[" in text:
            text = _BRACKETED.sub(mangled, text)
        if "_" in text:
            text = _BARE.sub(mangled, text)
        return text

    def _tokens_trie(self) -> tuple[_Node, int]:
        if self._trie is None:
            root: _Node = {}
            for token in self._value_of:
                node = root
                for ch in token:
                    node = node.setdefault(ch, {})
            self._trie = (root, max(map(len, self._value_of)))
        return self._trie

    def _longest_open_prefix(self, text: str) -> int:
        """Length of the longest end of *text* that a token starts with but is longer than:
        each start among the last (longest token) characters is walked down a trie of the
        tokens once, so the work does not grow with the number of tokens."""
        root, longest = self._tokens_trie()
        for p in range(max(0, len(text) - longest + 1), len(text)):
            node: _Node | None = root
            for ch in text[p:]:
                node = node.get(ch) if node is not None else None
                if node is None:
                    break
            if node:  # the whole end was walked and some token goes on from here
                return len(text) - p
        return 0

    def pending_tail(self, text: str) -> int:
        """Length of the shortest-safe suffix of *text* that may still become a token.

        Streams hold back exactly this much until the next chunk decides it.
        """
        if not self._value_of:
            return 0
        hold = self._longest_open_prefix(text)
        if m := _BRACKET_PREFIX.search(text):  # "[person 1" may still become "[person 1]"
            typed = _type_key(m.group(0)[1:]) if len(m.group(0)) > 1 else ""
            if self._begins_a_token("[" + typed):
                hold = max(hold, len(m.group(0)))
        if m := _BARE_PREFIX.search(text):  # "PERSON_" may still become "PERSON_1"
            if self._begins_a_token("[" + m.group(0)):
                hold = max(hold, len(m.group(0)))
        return hold

    def _begins_a_token(self, prefix: str) -> bool:
        node: _Node | None = self._tokens_trie()[0]
        for ch in prefix:
            node = node.get(ch) if node is not None else None
        return bool(node)
