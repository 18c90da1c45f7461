"""BANK_ACCOUNT: a bank account number given with what names it, in the forms people send
for a transfer outside the IBAN system: "acct 53331566", "Kontonummer 79505865", "número de
cuenta 845002956", "numéro de compte : 457729322", "numero di conto 34577426", a JSON key
('"account_number": "523978097527"'); an account after a US routing number, a UK sort code,
a Canadian transit and institution number or an Australian BSB ("routing 285127876, conta
90698856", "sort 836488 acc 20625495", "Transit: 46154 Institution: 062 Account: 4961550");
and the MICR line at the foot of a US cheque ("⑆249398175⑆ 349928819⑈"). IBANs are
Presidio's IbanRecognizer and iban_separated.py; the account column of a payee table is
id_column.py's.

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
# (and as a key names it: "account_number", "accountNo", "acct_no")
ACCOUNT = (r"acct|a/c|(?:bank[\s_]+|checking[\s_]+|savings[\s_]+|beneficiary[\s_]+)?account"
           r"[\s_\-]*(?:number|no\.?|nr\.?|num|#)|(?:bank|checking|savings|beneficiary)[\s_]+"
           r"(?:account|acct)|"
           # the account word before a number word: "conto n.", "compte n°", "cuenta nº"
           r"(?:compte|cuenta|conta|conto)(?=\s*n(?:\.|[°ºo]|r\.?\s|um))|"
           r"konto(?:nummer|[\s-]?nr\.?)|bankkonto|"
           r"n(?:[úu]mero|[°º]|\.?o)\s+de\s+(?:la\s+)?cuenta|cuenta\s+(?:corriente|bancaria)|"
           r"n(?:[°º]|\.?o|um[ée]ro)\s+de\s+compte|compte\s+bancaire|"
           # a demand deposit account (US), a conta/cuenta/conto corrente ("c/c")
           r"(?-i:DDA)|c/c|"
           r"n[úu]mero\s+da\s+conta|conta\s+(?:corrente|banc[áa]ria)|"
           r"numero\s+(?:di\s+|del\s+)?conto|conto\s+corrente|"
           r"(?:bank)?rekening(?:nummer)?")
# (in groups, or wrapped by a narrow column: "acct: 7594\n4982604")
NUMBER = r"\d{6,17}|\d{2,6}(?:(?:[ \-]|\r?\n)\d{1,8}){1,3}"
MIN_DIGITS = 6
# a US routing number or a UK sort code, then an account word of any kind within a few words
# (or a Canadian transit and institution number, an Australian BSB: "Transit: 46154
# Institution: 062 Account: 4961550", "BSB 062-000 acc 12345678")
ROUTING = (r"(?:(?:routing(?:[\s_\-]*(?:transit[\s_\-]*)?(?:number|no\.?|num|#))?|(?-i:ABA|RTN)|"
           r"sort(?:[\s_\-]*code)?|n[úu]mero\s+de\s+ruta(?:\s+(?-i:ABA))?|"
           r"num[ée]ro\s+de\s+routage(?:\s+(?-i:ABA))?)[\s:#.\"']*"
           r"(?:\d{9}|\d{2}[ \-]?\d{2}[ \-]?\d{2})"
           r"|(?:transit|institution)(?:\s+(?:number|no\.?|#))?[\s:#.]*\d{3,5}"
           r"|(?-i:BSB)[\s:#.]*\d{3}[ \-]?\d{3})")
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
    ("ABA: 234957149\nBeneficiary acct: 7594\n4982604\nRef: closing", [ENTITY]),
    ('"routing_number": "661779851",\n    "account_number": "523978097527",', [ENTITY]),
    ("my account number is 5370-0427-9 and the autopay bounced", [ENTITY]),
    ("acct 12-3 is the test fixture", []),
    ("il bonifico va effettuato sul conto n. 000046840179 intestato a", [ENTITY]),
    ("Transit: 46154   Institution: 062   Account: 4961550", [ENTITY]),
    ("il conto è di 1500000 lire", []),
    ("nº de cuenta 4839201755", [ENTITY]),
    ("ACH: RTN 021000021 / DDA 4839201755", [ENTITY]),
    ("c/c 4839201755 Banco Atlântico", [ENTITY]),
    ("salut, mon n° de compte c'est le 50328485151 pour le resto", [ENTITY]),
]
ABA_WEIGHTS = (3, 7, 1)


def aba_ok(routing: str) -> bool:
    """The ABA routing number check: digits weighted 3, 7, 1 in turn sum to a multiple of
    10 (American Bankers Association, Routing Number Policy)."""
    return len(routing) == 9 and routing.isdigit() and sum(
        int(d) * ABA_WEIGHTS[i % 3] for i, d in enumerate(routing)) % 10 == 0


def account_ok(text: str) -> bool:
    """A cheque line's routing number passes the ABA check; a labelled account has none, but
    six digits at least."""
    if text.startswith("⑆"):
        return aba_ok(text[1:10])
    return sum(ch.isdigit() for ch in text) >= MIN_DIGITS


def recognizer() -> PatternRecognizer:
    return CheckedRecognizer(account_ok, supported_entity=ENTITY, patterns=PATTERNS,
                             name="BankAccountRecognizer")
