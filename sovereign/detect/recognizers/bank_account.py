"""BANK_ACCOUNT: a bank account number given with what names it, in the forms people send
for a transfer outside the IBAN system: "acct 53331566", "Kontonummer 79505865", "número de
cuenta 845002956", "numéro de compte : 457729322", "numero di conto 34577426"; an account
after a US routing number or a UK sort code ("routing 285127876, conta 90698856", "sort
836488 acc 20625495"); and the MICR line at the foot of a US cheque ("⑆249398175⑆
349928819⑈"). IBANs are Presidio's IbanRecognizer and iban_separated.py.

Basis: GDPR Art. 4(1) (an account number identifies its holder); the Gramm-Leach-Bliley Act
(15 U.S.C. §6809(4)) makes account numbers nonpublic personal information, and US state
breach-notification laws list them (e.g. Cal. Civ. Code §1798.82(h)(1)(C)). The shipped
``regulated-local`` rule keeps them inside, as it keeps IBANs.

An account number has no check digit, so the label is the evidence (0.85). A bare "account"
or "conta" is a word of any trade ("AWS account 123456789012"): it counts only after a
routing number or sort code a few words before, or with "number"/"no."/"#" after it.
Presidio's UsBankRecognizer reads any 8-17 digits at 0.05, 0.4 with a context word: below
the rules. The cheque line's routing number must pass the ABA check (3-7-1 weights, modulo
10).
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from sovereign.detect.recognizers._checked import LABELLED, CheckedRecognizer, alone, labelled

ENTITY = "BANK_ACCOUNT"
# the account named as such, in EN, DE, ES, FR, PT, IT, NL
ACCOUNT = (r"acct|a/c|(?:bank\s+|checking\s+|savings\s+|beneficiary\s+)?account\s*"
           r"(?:number|no\.?|nr\.?|#)|(?:bank|checking|savings|beneficiary)\s+(?:account|acct)|"
           r"konto(?:nummer|[\s-]?nr\.?)|bankkonto|"
           r"n[úu]mero\s+de\s+(?:la\s+)?cuenta|cuenta\s+(?:corriente|bancaria)|"
           r"n(?:[°º]|um[ée]ro)\s+de\s+compte|compte\s+bancaire|"
           r"n[úu]mero\s+da\s+conta|conta\s+(?:corrente|banc[áa]ria)|"
           r"numero\s+(?:di\s+|del\s+)?conto|conto\s+corrente|"
           r"(?:bank)?rekening(?:nummer)?")
NUMBER = r"\d{6,17}|\d{2,6}(?:[ \-]\d{2,8}){1,3}"
# a US routing number or a UK sort code, then an account word of any kind within a few words
ROUTING = (r"(?:routing(?:\s+(?:transit\s+)?(?:number|no\.?|#))?|(?-i:ABA|RTN)|"
           r"sort(?:\s+code)?|n[úu]mero\s+de\s+ruta(?:\s+(?-i:ABA))?|"
           r"num[ée]ro\s+de\s+routage(?:\s+(?-i:ABA))?)[\s:#.]*"
           r"(?:\d{9}|\d{2}[ \-]?\d{2}[ \-]?\d{2})")
ACCOUNT_WORD = (r"(?:acc|acct|account|konto|kontonummer|cuenta|compte|conta|conto|rekening)"
                r"(?:\s*(?:number|no\.?|nr\.?|#))?")
AFTER_ROUTING = rf"(?<={ROUTING}[^\n\d]{{1,30}}?\b{ACCOUNT_WORD}[\s:#.=]{{0,4}})"
# the E-13B transit symbol either side of the routing number, the account after it
MICR = r"⑆\d{9}⑆[ ]?\d{4,17}(?:⑈|(?![\d]))"
# (each value starts with a digit: tested first, before the look-behinds read backwards)
PATTERNS = [
    Pattern("account_labelled", r"(?=\d)" + labelled(ACCOUNT) + alone(NUMBER), LABELLED),
    Pattern("account_after_routing", r"(?=\d)" + AFTER_ROUTING + alone(NUMBER), LABELLED),
    Pattern("cheque_line", MICR, LABELLED),
]
VECTORS = [
    ("routing 635073444 acct 53331566 ((First Prairie Savings)) thx", [ENTITY]),
    ("sort 836488 acc 20625495 \u2013 is that enough for a faster payment", [ENTITY]),
    ("Routing Number 070176281, Kontonummer 79505865. Wie überweise ich", [ENTITY]),
    ("número de ruta ABA 630995129, número de cuenta 845002956 (cuenta corriente)", [ENTITY]),
    ("Numéro de routage ABA: 643166893\nNuméro de compte: 457729322", [ENTITY]),
    ("Os dados da minha conta americana: routing 285127876, conta 90698856.", [ENTITY]),
    ("sort code 11-77-45 \u2013 numero di conto 34577426 \u2013 intestatario", [ENTITY]),
    ("⑈6963⑈ ⑆249398175⑆ 349928819⑈", [ENTITY]),
    ("⑈6963⑈ ⑆249398176⑆ 349928819⑈", []),          # the routing check fails
    ("our AWS account 123456789012 has the bucket", []),
    ("the account has 1500000 followers", []),
    ("Kontonummer: 0532013000, BLZ 37040044", [ENTITY]),
]
ABA_WEIGHTS = (3, 7, 1)


def aba_ok(routing: str) -> bool:
    """The ABA routing number check: digits weighted 3, 7, 1 in turn sum to a multiple of
    10 (American Bankers Association, Routing Number Policy)."""
    return len(routing) == 9 and routing.isdigit() and sum(
        int(d) * ABA_WEIGHTS[i % 3] for i, d in enumerate(routing)) % 10 == 0


def account_ok(text: str) -> bool:
    """A cheque line's routing number passes the ABA check; a labelled account has none."""
    return not text.startswith("⑆") or aba_ok(text[1:10])


def recognizer() -> PatternRecognizer:
    return CheckedRecognizer(account_ok, supported_entity=ENTITY, patterns=PATTERNS,
                             name="BankAccountRecognizer")
