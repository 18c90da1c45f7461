"""PHONE_NUMBER as Google's libphonenumber validates it for the regions Presidio checks
(US, GB, DE, FR, IL, IN, CA, BR), run only where a number can be.

Basis: a telephone number is a direct identifier (GDPR Art. 4(1); HIPAA
§164.514(b)(2)(i)(D)). Presidio's PhoneRecognizer runs libphonenumber's matcher over the whole
text once per region; that was the costliest recognizer after NER. The matcher never finds a
number with fewer than CANDIDATE_DIGITS digits, so it now runs only on windows around runs of
digits and phone punctuation that hold at least that many: the same findings, a fraction of
the work (text with no such run costs one regex scan).

Canada is not matched on its own: it shares the North American plan (+1, trunk prefix 1)
with the US, the matcher parses a number the same way in either region, and validity is
checked for the number's own region. Matching "US" finds every Canadian number (a vector
below); matching "CA" too was an eighth of this recognizer's time for no finding (none
differed on either evaluation set).

libphonenumber compiles its metadata's patterns on the fly through ``re``, whose cache of
512 patterns the regions and the recognizers' own patterns overflow; its pattern cache
(``enable_pattern_cache``, meant for applications matching many regions) keeps them.

The seven regions' matchers share the work that does not depend on the region (finding and
trimming candidates, the date and bracket checks, the inner groups tried after a failed
candidate, numbers written with "+"): ``detect/phonematch.py``. Each region still parses
and validates every candidate its own way, so the matches are the library's.
"""

from __future__ import annotations

import re

import phonenumbers
from presidio_analyzer.predefined_recognizers import PhoneRecognizer

from sovereign.detect.gate import GatedRecognizer
from sovereign.detect.phonematch import phone_recognizer

ENTITY = "PHONE_NUMBER"
CANDIDATE_DIGITS = 5
CANDIDATE = re.compile(r"\+?[(\d][\d ()./\-x\u2010-\u2015]{3,}\d")  # digits and phone punctuation
# Presidio's regions, Canada found through the US (see above)
REGIONS = tuple(r for r in PhoneRecognizer.DEFAULT_SUPPORTED_REGIONS if r != "CA")
PAD = 12  # characters of text either side, for the matcher's own boundary checks
VECTORS = [
    ("call me at (212) 555-0147 tonight", [ENTITY]),
    ("Berlin office: 030 901820", [ENTITY]),
    ("our office in London is 020 7946 0018", [ENTITY]),
    ("the Toronto desk is (416) 967-1111", [ENTITY]),
    ("it costs 12 dollars", []),
]


def recognizer() -> GatedRecognizer:
    phonenumbers.enable_pattern_cache()
    # a number holds spaces, so the window is the candidate itself, padded
    return GatedRecognizer(phone_recognizer(name="PhoneRecognizer", supported_regions=REGIONS),
                           CANDIDATE, pad=PAD,
                           min_digits=CANDIDATE_DIGITS, whole_runs=False)
