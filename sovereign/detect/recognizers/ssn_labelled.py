"""US_SSN, when introduced as such: any ddd-dd-dddd after "SSN" / "social security number".

Basis: 42 U.S.C. §405(c)(2)(C)(viii) and state SSN-protection laws; HIPAA identifier (G).
Presidio's own recognizer rejects well-known example numbers (078-05-1120, 123-45-6789); a
proxy must not send a number the user *labels* an SSN just because it looks like a sample.
"""

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "US_SSN"
PATTERNS = [
    Pattern("labelled",
            # (and the short forms: "SS#", "soc. sec. #", "Soc Sec No")
            r"(?i)\b(?:SSN|SSA\s+number|social\s+security\s+(?:number|no\.?|#)?|(?-i:SS)\s?#|"
            r"soc\.?\s*sec\.?(?:\s*(?:number|no\.?|#))?)\s*\)?\s*"
            # (and "is" in the other six languages: "meu SSN é …", "mein SSN ist …")
            r"(?:(?:is|ist|est|es|é|è)\s*|:\s*|#\s*)?(?:\d{3}[- ]?\d{2}[- ]?\d{4}\b"
            # or spaced out by OCR, blanks between any digits: "5 9 5-17  -23 4  9"
            r"|\d(?:[ ]{0,2}-?[ ]{0,2}\d){8}(?![ ]{0,2}-?[ ]{0,2}\d))",
            0.9),
]
VECTORS = [
    ("My SSN is 078-05-1120, can you check?", [ENTITY]),
    ("SSN: 123-45-6789", [ENTITY]),
    ("social security number 219099999", [ENTITY]),
    ("Número de Segurança Social dos EUA (SSN): 834325656", [ENTITY]),
    ("Employee's social security number\n   5 9 5-17  -23 4  9\n   OMB No. 1545", [ENTITY]),
    ("SSN 5 9 5 1 7 2 3 4 9 8 7", []),        # eleven digits: not an SSN
    ("meu SSN é 350932079, o contador pediu", [ENTITY]),
    ("soc. sec. #595172349", [ENTITY]),
    ("order 123-45-6789 shipped", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS, name="LabelledSsnRecognizer")
