"""BANK_ACCOUNT: the receiving bank's routing number and the account of an entry detail record
of a NACHA (ACH) file, the line a payroll or vendor-payment run sends for each payee, as
people paste it when a run fails ("622048081890165756049245     0000196345EMP91236 …").

Basis: as bank_account.py: GDPR Art. 4(1); the Gramm-Leach-Bliley Act (15 U.S.C. §6809(4))
makes account numbers nonpublic personal information.

The record is 94 characters of fixed fields (NACHA Operating Rules, Appendix Three, "Entry
Detail Record"): "6", a two-digit transaction code (22-29 checking, 32-39 savings, 41-49 GL,
51-56 loan), the receiving bank's eight-digit identification and its check digit (an ABA
routing number), the account in 17 characters left-justified, the amount in ten digits, then
the payee's ID, name and the trace number. The match is the routing number and the account
(one finding); the routing number must pass the ABA check and the fixed width must hold.
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from sovereign.detect.recognizers._checked import LABELLED, CheckedRecognizer
from sovereign.detect.recognizers.bank_account import aba_ok

ENTITY = "BANK_ACCOUNT"
TRANSACTION_CODE = r"(?:2[2-9]|3[2-9]|4[1-9]|5[1-6])"
ACCOUNT_FIELD = 17
AMOUNT_DIGITS = 10
REST = 40  # of the 55 characters after the amount, at least these (trailing blanks get cut)
PATTERNS = [
    Pattern("entry_detail",
            rf"(?<=(?:^|\n)6{TRANSACTION_CODE})\d{{9}}"
            rf"(?=[0-9A-Za-z\- ]{{{ACCOUNT_FIELD}}}\d{{{AMOUNT_DIGITS}}}[ -~]{{{REST},}})"
            rf"[0-9A-Za-z\-]{{1,{ACCOUNT_FIELD}}}", LABELLED),
]
VECTORS = [
    ("entry on line 3 failed validation:\n622048081890165756049245     0000196345EMP91236"
     "       KOWALCZYK WES           0528992130006826", [ENTITY]),
    # the routing number fails the ABA check
    ("\n622048081891165756049245     0000196345EMP91236       KOWALCZYK WES           "
     "0528992130006826", []),
    # a batch header (record type 5), not an entry
    ("\n5220ACME PAYROLL                         1234567890PPDPAYROLL   261130261201   "
     "1048081890000001", []),
]


def entry_ok(text: str) -> bool:
    """The receiving bank's routing number (the first nine digits) passes the ABA check."""
    return aba_ok(text[:9])


def recognizer() -> PatternRecognizer:
    return CheckedRecognizer(entry_ok, supported_entity=ENTITY, patterns=PATTERNS,
                             name="NachaEntryRecognizer")
