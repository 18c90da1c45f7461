"""PASSWORD: the answer to a security question, given after the question's label and its
colon ("domanda di sicurezza (squadra del cuore): Sampdoria 1946", "antwoord op
beveiligingsvraag (meisjesnaam moeder): Van den Berg", "the answer to my security question:
Rex").

Basis: authentication information (GDPR Art. 32; ISO/IEC 27001 A.5.17): the answer resets
the account's password, so it is one. password.py needs a digit or a sign in a value; an
answer is often words alone, so the label decides here. The answer is the rest of the line,
at most ``MAX_ANSWER`` characters.
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "PASSWORD"
SCORE = 0.85
MAX_ANSWER = 40
QUESTIONS = (r"security question|secret question|sicherheitsfrage|geheimfrage|"
             r"question secr[èe]te|question de s[ée]curit[ée]|pregunta (?:de seguridad|secreta)|"
             r"domanda (?:di sicurezza|segreta)|pergunta (?:de segurança|secreta)|"
             r"beveiligingsvraag|geheime vraag")
# the answer named before its question ("answer to my security question: …"); with the
# question's label alone, what follows its colon is the question ("Security question: name
# of your first pet"), so something must stand between them ("(first pet)")
ANSWERS = r"answer|antwort|réponse|respuesta|risposta|resposta|antwoord"
PATTERNS = [
    Pattern("security_answer",
            rf"(?<=(?:(?<![\p{{L}}])(?i:{ANSWERS})[^\n:]{{0,40}}?(?i:{QUESTIONS})[^\n:]{{0,60}}"
            rf"|(?<![\p{{L}}])(?i:{QUESTIONS})[^\n:]{{1,60}}):[ \t]*)"
            rf"[^\s\"'<>][^\n]{{0,{MAX_ANSWER - 2}}}[^\s.,;!?](?=[ \t.]*(?:\r?\n|$))", SCORE),
]
VECTORS = [
    ("risposta alla domanda di sicurezza (squadra del cuore): Sampdoria 1946", [ENTITY]),
    ("antwoord op beveiligingsvraag (meisjesnaam moeder): Van den Berg", [ENTITY]),
    ("the answer to my security question: Rex the Second", [ENTITY]),
    ("Security question: name of your first pet", []),
    ("set the security question in the profile page", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS,
                             name="SecurityAnswerRecognizer")
