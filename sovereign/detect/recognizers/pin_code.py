"""PASSWORD: a PIN or a door, alarm or safe code given as such — "my bank PIN is 7734",
"PIN: 0931", "the code for the alarm is 4821", "Tür-Code 2580", "code de la porte : 1984",
"el código de la alarma es 6093", "la PIN del bancomat è 5402", "mon code de carte bleue
c'est 6208" — and a one-time or verification code ("your verification code is 482 913",
"Il tuo codice OTP è 927364"): four to eight digits (or two groups of three) after the
word, or after what it is for (password.py needs six digits in a value that has no letter;
a PIN has four).

Basis: authentication information (GDPR Art. 32 security of processing; ISO/IEC 27001 A.5.17;
PCI DSS requirement 3.3 forbids keeping a card PIN after authorisation); sending one to a
third-party model discloses it.

Not a PIN: a default or placeholder (all one digit, "1234", "0000"), nor a pin of a chip
("GPIO pin 17": fewer than four digits).
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "PASSWORD"
SCORE = 0.85
# the word for a PIN or an access code in EN, DE, FR, ES, IT, PT, NL
WORDS = (r"pin(?:[\s\-]?(?:code|nummer|number|no\.?|nr\.?))?|pincode|geheimzahl|"
         r"(?:door|alarm|gate|safe|entry|access|keypad|lockbox|garage|building)[\s\-]?code|"
         r"(?:tür|alarm|tor|tresor|zugangs)[\s\-]?code|"
         r"code\s+(?:de\s+la\s+|du\s+|d['\u2019])?(?:porte|alarme|portail|coffre|accès|entrée)|"
         r"c[óo]digo\s+(?:de(?:l|\s+la|\s+acceso)?)\s*(?:puerta|alarma|portal|caja\s+fuerte|acceso)?|"
         r"codice\s+(?:della\s+|del\s+|di\s+)?(?:porta|allarme|cancello|cassaforte|accesso)|"
         r"código\s+(?:da\s+|do\s+|de\s+)?(?:porta|alarme|portão|cofre|acesso)|"
         r"(?:deur|alarm|poort|kluis|toegangs)[\s\-]?code|"
         r"code\s+(?:for|of|to)\s+(?:the\s+|my\s+|our\s+)?(?:front\s+)?"
         r"(?:door|alarm|gate|safe|building|keypad|lockbox|garage)|"
         # a one-time or verification code, and a card's or a cash machine's code
         r"(?:verification|security|confirmation|authentication|login|sign[\s\-]?in|"
         r"one[\s\-]time(?:[\s\-]pass)?|2fa|sms|otp)[\s\-]?code|otp|(?-i:m?TAN)|"
         r"bestätigungscode|sicherheitscode|verifizierungscode|einmalcode|anmeldecode|"
         r"code\s+(?:de\s+v[ée]rification|de\s+s[ée]curit[ée]|de\s+confirmation|"
         r"à\s+usage\s+unique|pin|(?:de\s+(?:ma\s+|la\s+)?)?carte(?:\s+bleue|\s+bancaire)?)|"
         r"digicode|c[óo]digo\s+(?:de\s+verificaci[óo]n|de\s+seguridad|de\s+confirmaci[óo]n|"
         r"de\s+verifica[çc][ãa]o|de\s+seguran[çc]a|de\s+confirma[çc][ãa]o|pin|"
         r"(?:de\s+(?:la\s+)?)?tarjeta|(?:do\s+|da\s+)?(?:multibanco|cart[ãa]o))|"
         r"codice\s+(?:di\s+verifica|di\s+sicurezza|otp|di\s+conferma|pin|"
         r"(?:del\s+|della\s+)?(?:bancomat|carta))|"
         r"verificatiecode|beveiligingscode|bevestigingscode|eenmalige\s+code")
VERB = (r"(?:is|was|ist|lautet|est|c['\u2019]est|es|è|é|e|"
        # what it was changed to: "passou a ser", "pasó a ser", "changed to"
        r"passou\s+a\s+ser|pas[óo]\s+a\s+ser|(?:was\s+|has\s+been\s+)?changed\s+to)")
# what it is for: "the PIN for my card is", "la PIN del bancomat è"
FOR = (r"(?:\s+(?:for|of|on|del|della|de|du|der|des|für|van|voor|do|da)"
       r"(?:\s+[\p{L}\-]+){1,3}?(?=\s+" + VERB + r"\b))?")
# "now" and "still" after the verb: "der Türcode … ist jetzt 2580"
ADVERB = r"(?:now|still|jetzt|noch|maintenant|ahora|ora|agora|nu|nog)"
JOIN = rf"(?:{FOR}(?:\s*[:=#]\s*|\s+{VERB}(?:\s+{ADVERB})?\s*:?\s+)|\s+)"
PATTERNS = [
    Pattern("pin", rf"(?<=(?<![\p{{L}}\d_])(?:{WORDS}){JOIN})\d{{4,8}}(?![\d.,:/\-]\d|\d)",
            SCORE),
    # a one-time code as the message shows it, in two groups of three ("482 913")
    Pattern("code_groups",
            rf"(?<=(?<![\p{{L}}\d_])(?:{WORDS}){JOIN})\d{{3}}[ \-]\d{{3}}(?![\d.,:/\-]\d|\d)",
            SCORE),
]
PLACEHOLDERS = frozenset({"1234", "12345", "123456", "1234567", "12345678", "4321", "0000"})
VECTORS = [
    ("my bank PIN is 7734, is that too easy to guess?", [ENTITY]),
    ("PIN: 0931 for the new card", [ENTITY]),
    ("the code for the alarm is 4821", [ENTITY]),
    ("Tür-Code 2580, bitte nicht weitergeben", [ENTITY]),
    ("code de la porte : 1984", [ENTITY]),
    ("el código de la alarma es 6093", [ENTITY]),
    ("the PIN for my debit card is 7734", [ENTITY]),
    ("el código de la alarma es 4321", []),  # a placeholder
    ("O código da porta da garagem passou a ser 9031.", [ENTITY]),
    ("the gate code was changed to 5518 last week", [ENTITY]),
    ("la PIN del bancomat è 5402", [ENTITY]),
    ("connect the LED to GPIO pin 17", []),
    ("the default PIN is 0000", []),
    ("PIN 1234 unlocks the SIM by default", []),
    ("your verification code is 482 913 - i got this text but didn't ask", [ENTITY]),
    ("Il tuo codice OTP è 927364. Valido 5 minuti.", [ENTITY]),
    ("Der Türcode für den Fahrradkeller ist jetzt 2580, der alte gilt nicht mehr", [ENTITY]),
    ("mon code de carte bleue c'est 6208, elle est bloquée", [ENTITY]),
    ("Je verificatiecode is 741 206. Deel deze code met niemand.", [ENTITY]),
    ("the server answered with status code 404 and error code 5003", []),
]


class PinRecognizer(PatternRecognizer):
    def validate_result(self, pattern_text: str) -> bool | None:
        """A PIN is not a placeholder: not one digit repeated, not a counting run."""
        if len(set(pattern_text)) < 2 or pattern_text in PLACEHOLDERS:
            return False
        return None


def recognizer() -> PatternRecognizer:
    return PinRecognizer(supported_entity=ENTITY, patterns=PATTERNS, name="PinRecognizer")
