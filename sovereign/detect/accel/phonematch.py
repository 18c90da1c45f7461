"""libphonenumber's matcher for several regions at once, doing the shared work once.

Presidio's PhoneRecognizer runs ``PhoneNumberMatcher`` once per region over the same text.
Most of what the matcher does does not depend on the region: finding candidates, trimming
them, skipping dates and time stamps, the bracket, page-reference and neighbouring-letter
checks, and cutting a failed candidate into the inner groups it tries next. Only parsing
the candidate as a number of that region and validating the result do. ``SharedMatcher``
is the library's matcher with those region-independent answers kept in a ``Shared`` memo
for the text, so the second to seventh regions reuse them; a candidate written with a
leading "+" parses the same in every region, so its parse and validation are kept too.
Each region still walks the text in the library's order, with its own retry budget: the
matches are the library's (tests compare them on every window of the evaluation sets).

Most candidates (dates, card numbers, amounts, postal codes) are no valid number anywhere, and
parsing and validating them seven times was most of the work. A candidate written without
"+" and without the region's international prefix becomes, in that region, its digits with
at most the region's country code and its national prefix taken off the front
(``_maybe_extract_country_code``, ``_maybe_strip_national_prefix_carrier_code``), and it is
valid only if what remains matches the general pattern of a region of that country code
(``is_valid_number``). ``RegionPlan.could_be_valid`` tries every such remainder against that
pattern; where none fits, the parse would fail its validation, and is skipped. Anything else
(a "+", an international prefix, a text the library would reject outright) is parsed.

The overridden methods and this check follow phonenumbers' own code (``phonenumbermatcher.py``
and the parsing and validation functions in ``phonenumberutil.py`` named in MIRRORED).
``usable()`` checks that the library's versions are still the ones this follows, by a hash
of their source; when they are not, the library's matcher runs instead and the engine logs
it.

An acceleration (``ACCEL``): the plain path runs Presidio's PhoneRecognizer
(``detect/phonematch.py``); ``install`` puts a RegionalPhoneRecognizer in its place.
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import re
from typing import Any

import phonenumbers
from phonenumbers import phonenumbermatcher, phonenumberutil
from phonenumbers.phonemetadata import PhoneMetadata
from phonenumbers.phonenumber import CountryCodeSource
from presidio_analyzer import AnalyzerEngine, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import PhoneRecognizer

from sovereign.detect.accel.base import Accel, Installed, Unusable, undo_all
from sovereign.detect.accel.dedup import remove_duplicates
from sovereign.detect.noise import MIN_PHONE_DIGITS

# the library's private names are not in its type stubs
pnm: Any = phonenumbermatcher
pnu: Any = phonenumberutil
MIRRORED = (  # (module, dotted name) of the library code this follows
    (pnm, "PhoneNumberMatcher._find"), (pnm, "PhoneNumberMatcher._extract_match"),
    (pnm, "PhoneNumberMatcher._extract_inner_match"),
    (pnm, "PhoneNumberMatcher._parse_and_verify"), (pnu, "parse"),
    (pnu, "_build_national_number_for_parsing"), (pnu, "_is_viable_phone_number"),
    (pnu, "_maybe_strip_extension"), (pnu, "_maybe_extract_country_code"),
    (pnu, "_maybe_strip_i18n_prefix_and_normalize"), (pnu, "_parse_prefix_as_idd"),
    (pnu, "_maybe_strip_national_prefix_carrier_code"), (pnu, "is_valid_number"),
    (pnu, "is_valid_number_for_region"), (pnu, "region_code_for_number"),
    (pnu, "_region_code_for_number_from_list"), (pnu, "_number_type_helper"),
    (pnu, "_is_number_matching_desc"), (pnu, "national_significant_number"),
    (pnu, "_set_italian_leading_zeros_for_phone_number"),
)
# sha256 of the library's source of MIRRORED, joined by newlines (phonenumbers 9.0.43, the
# version pyproject.toml pins: after an upgrade, compare these functions with the code here,
# then update the hash)
SOURCE_SHA256 = "27f28b586c51ebbdbb72716d2d5c8e95528cdcb71f7ba6259e7b3ee379afbcda"


def source_digest() -> str | None:
    try:
        parts = []
        for module, name in MIRRORED:
            found: Any = module
            for attribute in name.split("."):
                found = getattr(found, attribute)
            parts.append(inspect.getsource(found))
    except (AttributeError, OSError, TypeError):  # renamed, or no source (byte code only)
        return None
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def usable() -> bool:
    return source_digest() == SOURCE_SHA256


class RegionPlan:
    """What parsing a number written without "+" does in one region (see the module
    docstring): its international prefix, country code, national prefix, and the general
    pattern of every region sharing its country code."""

    def __init__(self, region: str) -> None:
        meta: Any = PhoneMetadata.metadata_for_region(region)
        self.idd = pnu.re_compile(meta.international_prefix or "NonMatch")
        self.country_code = str(meta.country_code)
        self.national_prefix = (pnu.re_compile(meta.national_prefix_for_parsing)
                                if meta.national_prefix_for_parsing else None)
        self.transform = meta.national_prefix_transform_rule or None
        regions: list[Any] = [PhoneMetadata.metadata_for_region(r)
                              for r in pnu.COUNTRY_CODE_TO_REGION_CODE[meta.country_code]]
        patterns = [r.general_desc.national_number_pattern for r in regions]
        self.general = re.compile("|".join(f"(?:{p})" for p in patterns if p))

    def _without_national_prefix(self, number: str) -> str:
        """The other outcome of _maybe_strip_national_prefix_carrier_code (the first being
        the number as it is)."""
        if self.national_prefix is None or not number:
            return number
        match = self.national_prefix.match(number)
        if match is None:
            return number
        groups = match.groups()
        if self.transform and groups and groups[-1] is not None:
            return str(self.national_prefix.sub(self.transform, number, count=1))
        return number[match.end():]

    def could_be_valid(self, digits: str) -> bool:
        """False only if parsing *digits* (a normalised number without "+") in this region
        cannot give a valid number."""
        if pnu._parse_prefix_as_idd(self.idd, digits)[0]:
            return True  # an international prefix: parsed in full
        starts = [digits]
        if digits.startswith(self.country_code):
            starts.append(digits[len(self.country_code):])
        # the national prefix is taken off at most twice (with a country code: once while
        # extracting it, once more while parsing)
        remainders = set()
        for number in starts:
            once = self._without_national_prefix(number)
            remainders |= {number, once, self._without_national_prefix(once)}
        return any(pnu._MIN_LENGTH_FOR_NSN <= len(r) <= pnu._MAX_LENGTH_FOR_NSN
                   and self.general.fullmatch(r) for r in remainders)


# a text with fewer digits than a phone number needs (noise.MIN_PHONE_DIGITS): any number
# the matcher found in it would be dropped as noise, so the regions' matchers need not run
FEW_DIGITS = re.compile(rf"\D*(?:\d\D*){{0,{MIN_PHONE_DIGITS - 1}}}")
REJECTED = "\x00rejected"  # not a normalised number: those are digits only


@functools.cache
def region_plan(region: str) -> RegionPlan:
    return RegionPlan(region)


class Shared:
    """The region-independent answers for one text."""

    def __init__(self) -> None:
        self.candidates: dict[int, tuple[int, str] | None] = {}  # search index -> candidate
        self.skipped: dict[tuple[str, int], bool] = {}  # a date or time stamp
        self.checked: dict[tuple[str, int], bool] = {}  # passes the pre-parse checks
        self.inner: dict[str, list[list[tuple[str, int]] | None]] = {}  # groups to try
        self.international: dict[str, Any] = {}  # "+..." candidate -> number or None
        self.digits: dict[str, str | None] = {}  # candidate -> normalised national digits

    def national_digits(self, candidate: str) -> str | None:
        """The digits parse() reads in a number written without "+"; None for a number it
        reads with a "+" (written so, or in a phone-context), which it parses the same in
        every region; REJECTED where it rejects the text in every region."""
        if candidate not in self.digits:
            try:
                number = pnu._build_national_number_for_parsing(candidate)
            except pnu.NumberParseException:
                number = REJECTED
            if number is REJECTED or len(candidate) > pnu._MAX_INPUT_STRING_LENGTH \
                    or not pnu._is_viable_phone_number(number):
                self.digits[candidate] = REJECTED
            else:
                number = pnu._maybe_strip_extension(number)[1]
                self.digits[candidate] = None if pnu._PLUS_CHARS_PATTERN.match(number) \
                    else pnu._normalize(number)
        return self.digits[candidate]


class SharedMatcher(phonenumbermatcher.PhoneNumberMatcher):
    """PhoneNumberMatcher for one region, reading and writing *shared* (see above)."""

    def __init__(self, text: str, region: str, leniency: Any, shared: Shared) -> None:
        super().__init__(text, region, leniency=leniency)
        self._shared = shared

    def _candidate_at(self, index: int) -> tuple[int, str] | None:
        memo = self._shared.candidates
        if index not in memo:
            match = pnm._PATTERN.search(self.text, index)
            memo[index] = None if match is None else (match.start(), self._trim_after_first_match(
                pnm._SECOND_NUMBER_START_PATTERN, self.text[match.start():match.end()]))
        return memo[index]

    def _find(self, index: int) -> Any:
        found = self._candidate_at(index)
        while self._max_tries > 0 and found is not None:
            start, candidate = found
            if len(candidate) >= self._min_candidate_length:
                match = self._extract_match(candidate, start)
                if match is not None:
                    return match
                self._max_tries -= 1
            found = self._candidate_at(start + len(candidate))
        return None

    def _is_date_or_time(self, candidate: str, offset: int) -> bool:
        if pnm._SLASH_SEPARATED_DATES.search(candidate):
            return True
        if pnm._TIME_STAMPS.search(candidate):
            following = self.text[offset + len(candidate):]
            return bool(pnm._TIME_STAMPS_SUFFIX.match(following))
        return False

    def _extract_match(self, candidate: str, offset: int) -> Any:
        key = (candidate, offset)
        if key not in self._shared.skipped:
            self._shared.skipped[key] = self._is_date_or_time(candidate, offset)
        if self._shared.skipped[key]:
            return None
        match = self._parse_and_verify(candidate, offset)
        if match is not None:
            return match
        return self._extract_inner_match(candidate, offset)

    def _inner_groups(self, candidate: str) -> list[list[tuple[str, int]] | None]:
        """The library's inner-match attempts in its order: one block per group match (the
        text before the first one, then the group), None where a pattern's loop ends."""
        blocks: list[list[tuple[str, int]] | None] = []
        trim = self._trim_after_first_match
        for possible in pnm._INNER_MATCHES:
            group_match = possible.search(candidate)
            first = True
            while group_match:
                block = []
                if first:
                    block.append((trim(pnm._UNWANTED_END_CHAR_PATTERN,
                                       candidate[:group_match.start()]), 0))
                    first = False
                block.append((trim(pnm._UNWANTED_END_CHAR_PATTERN, group_match.group(1)),
                               group_match.start(1)))
                blocks.append(block)
                group_match = possible.search(candidate, group_match.start() + 1)
            blocks.append(None)
        return blocks

    def _extract_inner_match(self, candidate: str, offset: int) -> Any:
        blocks = self._shared.inner.get(candidate)
        if blocks is None:
            blocks = self._shared.inner[candidate] = self._inner_groups(candidate)
        for block in blocks:
            if block is None or self._max_tries <= 0:
                continue  # the library's while-loop checks its retry budget per group match
            for group, at in block:
                match = self._parse_and_verify(group, offset + at)
                if match is not None:
                    return match
                self._max_tries -= 1
        return None

    def _checks(self, candidate: str, offset: int) -> bool:
        """The library's checks before parsing (brackets, page references, a Latin letter or
        invalid punctuation next to the number)."""
        if not pnm.fullmatch(pnm._MATCHING_BRACKETS, candidate) or pnm._PUB_PAGES.search(candidate):
            return False
        if self.leniency >= pnm.Leniency.VALID:
            if offset > 0 and not pnm._LEAD_PATTERN.match(candidate):
                previous = self.text[offset - 1]
                if self._is_invalid_punctuation_symbol(previous) or self._is_latin_letter(previous):
                    return False
            end = offset + len(candidate)
            if end < len(self.text):
                following = self.text[end]
                if self._is_invalid_punctuation_symbol(following) or \
                        self._is_latin_letter(following):
                    return False
        return True

    def _parse_and_verify(self, candidate: str, offset: int) -> Any:
        key = (candidate, offset)
        if key not in self._shared.checked:
            self._shared.checked[key] = self._checks(candidate, offset)
        if not self._shared.checked[key]:
            return None
        digits = self._shared.national_digits(candidate)
        if digits is REJECTED:
            return None  # parse() would raise in every region
        international = digits is None  # "+": parsed from its own country code
        if international and candidate in self._shared.international:
            number = self._shared.international[candidate]
            return None if number is None else pnm.PhoneNumberMatch(offset, candidate, number)
        if digits is not None and self.leniency >= pnm.Leniency.VALID and not region_plan(
                self.preferred_region).could_be_valid(digits):
            return None  # the number would fail validation (VALID and stricter need it)
        number = None
        try:
            parsed = pnu.parse(candidate, self.preferred_region, keep_raw_input=True)
            if pnm._verify(self.leniency, parsed, candidate, self):
                parsed.country_code_source = CountryCodeSource.UNSPECIFIED
                parsed.raw_input = None
                parsed.preferred_domestic_carrier_code = None
                number = parsed
        except pnu.NumberParseException:
            pass
        if international:  # parsed from its own country code: the same in every region
            self._shared.international[candidate] = number
        return None if number is None else pnm.PhoneNumberMatch(offset, candidate, number)


class RegionalPhoneRecognizer(PhoneRecognizer):
    """Presidio's PhoneRecognizer, its regions' matchers sharing their common work."""

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        if FEW_DIGITS.fullmatch(text) is not None:
            return []  # whatever it found would be dropped as noise (noise.MIN_PHONE_DIGITS)
        shared = Shared()
        results = []
        for region in self.supported_regions:
            for match in SharedMatcher(text, region, self.leniency, shared):
                try:  # as Presidio: the region named in the explanation is the number's own
                    parsed = phonenumbers.parse(text[match.start:match.end])
                    named = phonenumbers.region_code_for_number(parsed)
                except phonenumbers.NumberParseException:
                    named = region
                presidio: Any = self
                results.append(presidio._get_recognizer_result(match, text, named, nlp_artifacts))
        return remove_duplicates(results)


def _phone_holders(analyzer: AnalyzerEngine) -> list[tuple[Any, Any]]:
    """(holder, key) for each plain PhoneRecognizer in *analyzer*'s registry: the
    recognizer wrapping it (a gate) and "inner", or the registry's list and its index."""
    found: list[tuple[Any, Any]] = []
    for index, recognizer in enumerate(analyzer.registry.recognizers):
        holder: Any = analyzer.registry.recognizers
        key: Any = index
        current: Any = recognizer
        while type(current) is not PhoneRecognizer:
            inner = getattr(current, "inner", None)
            if inner is None:
                break
            holder, key, current = current, "inner", inner
        if type(current) is PhoneRecognizer:
            found.append((holder, key))
    return found


def install(analyzer: AnalyzerEngine) -> Installed:
    """Each Presidio PhoneRecognizer of *analyzer* becomes a RegionalPhoneRecognizer with
    the same regions, leniency, name, language and context words."""
    if not usable():
        raise Unusable("phonenumbers' matcher differs from the one sovereign mirrors "
                       f"(source digest {source_digest()}, expected {SOURCE_SHA256}); each "
                       "region runs the library's own matcher")
    undos: list[Any] = []
    for holder, key in _phone_holders(analyzer):
        plain: Any = holder[key] if isinstance(key, int) else getattr(holder, key)
        shared = RegionalPhoneRecognizer(
            supported_regions=plain.supported_regions, leniency=plain.leniency,
            name=plain.name, supported_language=plain.supported_language,
            context=plain.context)
        if isinstance(key, int):
            holder[key] = shared
            undos.append(functools.partial(holder.__setitem__, key, plain))
        else:
            setattr(holder, key, shared)
            undos.append(functools.partial(setattr, holder, key, plain))
    if not undos:
        raise Unusable("the engine has no Presidio PhoneRecognizer to replace")
    return Installed(analyzer, undo_all(undos))


ACCEL = Accel("phone_matcher", install)
