"""PASSWORD: a password given where people give them — after the word for password in seven
languages ("my password is hunter2!x", "a senha Cachorro_Pipoca22", "das Initialpasswort ist
Lenz!Start2026", "wachtwoord: Zomer2025!"), in an assignment whose name holds the word
(`MYSQL_ROOT_PASSWORD=…`, `"db_password": "…"`, `--password=…`), a Wi-Fi key in digit groups
after the word, the user:password pair of `curl -u`, a password in brackets shortly after the word ("her
password over chat (rosie1962)"), or one after a user name where credentials are given ("creds
are user default / Rd!s-Pr0d-99x", with a sign in it).

Basis: credentials (GDPR Art. 32 security of processing; ISO/IEC 27001 A.5.17 "authentication
information"); sending them to a third-party model discloses them. Connection strings and
URLs with a password have their own recognizer (connection_string).

The value must look like a password, not a word of the sentence or a placeholder: letters with
a digit or a sign (``!#$%&*?@^+~``) in it, or at least MIN_DIGITS digits; never a run of one
character (``********``), nor a value holding a placeholder word ("changeme", "your…",
"example", "redacted"). Code that reads a password (``password = get_password()``,
``os.environ["DB_PASSWORD"]``, ``${DB_PASSWORD}``) is not a value: it has no digit or sign, or
starts with a character a value here cannot start with.
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "PASSWORD"
SCORE = 0.85
MIN_DIGITS = 6
SIGNS = frozenset("!#$%&*?@^+~")
# the word for password, alone or at the end of a compound or an identifier
# (Initialpasswort, WLAN-Passwort, MYSQL_ROOT_PASSWORD, adminPassword)
WORDS = (r"password|passwort|kennwort|passwd|passcode|passphrase|pwd|mot\s+de\s+passe|mdp|"
         r"contrase(?:ñ|n)a|senha|palavra-passe|wachtwoord|parola\s+d'ordine")
CUE = rf"(?<![\p{{L}}\d])[\p{{L}}\d_\-]*?(?i:{WORDS})"
# what may stand between the word and the value: a sign, or a verb, or nothing but a space
JOIN = (r"(?:[\"']?\s*[:=]\s*|\s+(?i:is|was|ist|lautet|war|est|était|es|era|é|è|is|was)\s*:?\s+"
        r"|\s+)")
QUOTE = r"[\"'\u201c\u201e\u00ab]?"
VALUE = r"[^\s\"'<>{}()\[\]`,;$\u201c\u201d\u00bb]{4,64}(?<![.:])"
# words for a user name and password given together
CREDENTIALS = (r"creds|credentials|login|logins|zugangsdaten|anmeldedaten|identifiants|"
               r"credenciales|credenciais|inloggegevens|credenziali")
DIGIT_GROUPS = r"\d{4}(?:[ \-]\d{4}){2,7}"
PATTERNS = [
    Pattern("after_word", rf"(?<={CUE}{JOIN}{QUOTE}){VALUE}", SCORE),
    Pattern("digit_groups", rf"(?<={CUE}{JOIN}){DIGIT_GROUPS}(?!\d)", SCORE),
    Pattern("curl_user", r"(?<=(?:^|\s)(?:-u|--user)\s+[^\s:\"']{1,64}:)[^\s\"'@]{4,64}", SCORE),
    # "she gave us her password over chat (rosie1962)"
    Pattern("in_brackets", rf"(?<={CUE}[^\n.!?()]{{0,40}}\()[^\s()]{{4,64}}(?=\))", SCORE),
    # "redis creds are user default / Rd!s-Pr0d-99x": after a user name, with a sign in it
    Pattern("after_user",
            rf"(?<=(?<![\p{{L}}])(?i:{CREDENTIALS})\b[^\n]{{0,40}}?[/|]\s*)"
            r"[^\s\"'<>{}()\[\]`,;/|]*[!#%&*?@^+~][^\s\"'<>{}()\[\]`,;/|]*", SCORE),
]
PLACEHOLDERS = ("changeme", "change_me", "your", "example", "placeholder", "redacted",
                "dummy", "secret", "xxxx", "****", "<", "...", "\u2026")
VECTORS = [
    ("my password is hunter2!x, can you tell me if it's strong?", [ENTITY]),
    ("amor o login é camila@exemplo.com e a senha Cachorro_Pipoca22", [ENTITY]),
    ("das Initialpasswort ist Lenz!Start2026. Bitte ändern.", [ENTITY]),
    ("environment:\n  - MYSQL_ROOT_PASSWORD=Tortilla.2024.root", [ENTITY]),
    ('{"db_password": "tienda_app_9f2k"}', [ENTITY]),
    ("wlan heißt FRITZ!Box, passwort 8831 0472 5519 3306 1187", [ENTITY]),
    ("curl -u jlopez:Sevilla_1987 https://jira.example.com/rest/api/2/issue", [ENTITY]),
    ("wachtwoord: Zomer2025!", [ENTITY]),
    ("She gave us her password over chat (rosie1962), which we should not have kept", [ENTITY]),
    ("fyi redis prod creds are user default / Rd!s-Pr0d-99x, rotating friday", [ENTITY]),
    ("the credentials docs / v2.3.1-beta explain the new login flow", []),
    ("The password is required and must be at least 12 characters.", []),
    ("password: ********", []),
    ('DB_PASSWORD="${DB_PASSWORD}"', []),
    ("password = get_password()", []),
    ('password = os.environ["DB_PASSWORD"]', []),
    ("api:\n  password: <your-password-here>", []),
    ("Passwort vergessen? Klicken Sie auf den Link.", []),
    ("set password: changeme123 in the example config", []),
]


class PasswordRecognizer(PatternRecognizer):
    def validate_result(self, pattern_text: str) -> bool | None:
        """None (keep the pattern's score) for a password-like value, False otherwise."""
        value = pattern_text.strip()
        low = value.lower()
        if len(set(value)) < 2 or any(word in low for word in PLACEHOLDERS):
            return False
        digits = sum(c.isdigit() for c in value)
        letters = any(c.isalpha() for c in value)
        signs = any(c in SIGNS for c in value[:-1])  # not "vergessen?" at a sentence's end
        if letters and (digits or signs):
            return None
        return None if not letters and digits >= MIN_DIGITS else False


def recognizer() -> PatternRecognizer:
    return PasswordRecognizer(supported_entity=ENTITY, patterns=PATTERNS,
                              name="PasswordRecognizer")
