"""PASSWORD: a password given where people give them — after the word for password in seven
languages ("my password is hunter2!x", "a senha Cachorro_Pipoca22", "das Initialpasswort ist
Lenz!Start2026", "wachtwoord: Zomer2025!"), in an assignment whose name holds the word
(`MYSQL_ROOT_PASSWORD=…`, `"db_password": "…"`, `--password=…`), a Wi-Fi key in digit groups
after the word, the user:password pair of `curl -u`, a password in brackets shortly after the word ("her
password over chat (rosie1962)"), or one after a user name where credentials are given ("creds
are user default / Rd!s-Pr0d-99x", with a sign in it); after what it is for ("the password for
the guest network is …", "la contraseña del wifi es …") or what it was changed to ("changed my
password to …", "Passwort auf … geändert"); after a Wi-Fi key's name, after "pass:", "pw" or
"PIN:"; quoted before the word ("use 'Welcome2024!' as the temporary password"); after a
mailbox and a slash ("ollie.b@gmail.com / sofa-king-comfy-88"); and as the ``value:`` of a
Kubernetes or compose env entry whose ``name:`` holds the word.

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

import re

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "PASSWORD"
SCORE = 0.85
MIN_DIGITS = 6
SIGNS = frozenset("!#$%&*?@^+~")
# the word for password, alone or at the end of a compound or an identifier
# (Initialpasswort, WLAN-Passwort, MYSQL_ROOT_PASSWORD, adminPassword)
PASSWORD_WORDS = (r"password|passwort|kennwort|passwd|passcode|passphrase|pwd|mot\s+de\s+passe|"
                  r"mdp|contrase(?:ñ|n)a|clave|senha|palavra-passe|wachtwoord|"
                  r"parola\s+d'ordine|netzwerkschlüssel")
# a Wi-Fi network's key, in the seven languages: whole words only ("required key 'type'"
# holds "red key")
WIFI_KEY = (r"(?:wi-?fi|wlan|wpa2?|network|netzwerk|r[ée]seau|red|rete|rede|netwerk)[\s\-]*"
            r"(?:key|schlüssel|cl[ée]|clave|chiave|chave|sleutel|code)"
            # and the key named first: "le code du wifi", "la clave del wifi", "code van de wifi"
            r"|(?:code|cl[ée]|clave|chiave|chave|sleutel|key)[\s\-]+(?:(?:du|de\s+la|de|del|della|"
            r"do|da|van\s+de|van\s+het|van|vom|des|of\s+the|for\s+the)[\s\-]+)?(?:wi-?fi|wlan)")
WORDS = rf"{PASSWORD_WORDS}|{WIFI_KEY}"
# short forms that are a password only before ":" or "=" ("pass: Adm1n!2024", "PIN=482913",
# the Dutch "ww: Fiets99")
# or, for "pw", a space ("login admin / pw Qwerty!234")
SHORT = (r"(?<![\p{L}\d_])(?:(?i:pass|pword|pswd|passw|pin|pincode|pin-code|ww)[ \t]*[:=]"
         r"|(?i:pw)(?:[ \t]*[:=]|[ \t]+)"
         r"|(?i:pass|pw)[ \t]+(?i:is|was)[ \t]+)")
CUE = rf"(?<![\p{{L}}\d])(?:[\p{{L}}\d_\-]*?(?i:{PASSWORD_WORDS})|(?i:{WIFI_KEY}))"
# what may stand between the word and the value: a sign, or a verb, or nothing but a space
VERB = r"(?i:is|was|ist|lautet|war|est|était|c['\u2019]est|es|era|é|è|e)"
# changed, in the seven languages, before what it was changed to
CHANGED = (r"(?i:set|changed|reset|geändert|gesetzt|changé|modifié|cambiad[oa]|cambié|"
           r"cambiato|cambiata|impostat[oa]|mudad[oa]|mudei|alterad[oa]|veranderd|gewijzigd)")
ADVERB = r"(?i:now|still|jetzt|noch|maintenant|toujours|ahora|todavía|ora|ancora|agora|ainda|nu|nog)"
JOIN = (r"(?:[\"']?\s*[:=]\s*|\s+" + VERB + r"(?:\s+" + ADVERB + r")?\s*:?\s+"
        # what it was changed to: "to", "auf", "en", "a", "in", "para", "naar", with or
        # without the verb ("wachtwoord veranderd naar …")
        r"|\s+(?:" + CHANGED + r"\s+)?(?i:to|auf|en|a|in|para|naar|zu|pour|por)\s+"
        # what it is for, then the verb: "the password for the guest network is …", "das
        # Passwort für das Büro lautet …", "la contraseña del wifi es …"
        r"|\s+(?i:for|of|on|für|fürs|vom|von|zum|du|de|des|del|della|dello|do|da|van|voor|op)"
        r"\s+[^\n.:=]{1,40}?\s+" + VERB + r"(?:\s+" + ADVERB + r")?\s*:?\s+"
        # "password's …", "Password — …", "password → …"
        # (the dash as normalise.py leaves it: a hyphen between blanks)
        r"|(?:['\u2019]s|[ \t]*[\u2014\u2013\u2192]|[ \t]+-{1,2}(?=[ \t])|[ \t]*-+>|[ \t]*=>)[ \t]*"
        # a few words, then the verb or a colon: "the password for everything is …", "the
        # password was set to …", "the same password everywhere: …"
        r"|[ \t]+[^\n.!?:=\"]{1,40}?(?:[ \t]+" + VERB + r"(?:[ \t]+" + ADVERB + r")?"
        r"(?:[ \t]+(?:set[ \t]+)?to)?"
        r"|[ \t]+" + CHANGED + r"[ \t]+(?i:to|auf|en|a|in|para|naar|zu|pour|por)|[ \t]*:)[ \t]+"
        r"|[ \t]+)")  # a value on the next line is no longer the word's
QUOTE = r"[\"'\u201c\u201e\u00ab]?"
# the last character a cue's look-behind can end on, checked first: a one-character test at
# each place in the text, where the whole look-behind, read backwards, cost about 6 ms on a
# 2 KB text (JOIN ends on a blank, ":", "=", the "s" of "password's", a dash or an arrow;
# QUOTE on its quote). Implied by the look-behind after it, so the findings are the same.
AFTER_JOIN = r"(?<=[\s:=sS\u2014\u2013\u2192>\-\"'\u201c\u201e\u00ab])"
AFTER_SIGN = r"(?<=[\s:=\"'\u201c\u201e\u00ab])"  # after SHORT, a flag or a name's "=", and QUOTE
# (a "$" only inside: "$DB_PASSWORD" and "${DB_PASSWORD}" read a variable)
VALUE = r"(?!\$)[^\s\"'<>{}()\[\]`,;\u201c\u201d\u00bb]{4,64}(?<![.:])"
# words for a user name and password given together
CREDENTIALS = (r"creds|credentials|login|logins|zugangsdaten|anmeldedaten|identifiants|"
               r"credenciales|credenciais|inloggegevens|credenziali")
# an account named, then "user / password" with blanks around the slash ("new hire account:
# jdoe / Welcome2025!", "Router admin: admin / Netgear#552"; not a path: "account/settings?x")
ACCOUNT = (r"account|admin|konto|compte|cuenta|conta|accesso|acceso|acesso|accès|toegang|"
           r"zugang")
DIGIT_GROUPS = r"\d{4}(?:[ \-]\d{4}){2,7}"
# a value given after a user name: no blank, quote, bracket or separator in it, and a sign
VALUE_CHARS = r"[^\s\"'<>{}()\[\]`,;/|]"
SIGNED_VALUE = rf"{VALUE_CHARS}*[!#%&*?@^+~]{VALUE_CHARS}*"
# a passphrase's own name, after which a quoted value may hold blanks
PASSPHRASE_WORDS = (r"passphrase|pass\s+phrase|phrase\s+de\s+passe|frase[\s\-]+(?:de\s+)?"
                    r"(?:passe|contraseña|senha|password)|wachtzin|merksatz|master\s+password|"
                    r"senha\s+mestre|mot\s+de\s+passe\s+ma[îi]tre")
OPEN_QUOTE = "\"'\u201c\u201e\u00ab"
CLOSE_QUOTE = "\"'\u201d\u00bb"
# a user name given, then "pass" and the value ("user deploy, pass Xr8_pL!29qK")
USER_WORDS = (r"user(?:name)?|login|utilisateur|usuario|usuário|utente|gebruiker|"
              r"benutzer(?:name)?")
PASS_WORDS = r"pass|pw|pwd|password|passwort|mdp|senha|contraseña|wachtwoord"
NETWORK_WORDS = r"wi-?fi|wlan|ssid|network|netzwerk|r[ée]seau|rede|netwerk"
# command-line clients that take a password after -a or -p
CLIENTS = (r"redis-cli|docker[ \t]+login|podman[ \t]+login|sshpass|mysql(?:dump|admin)?|"
           r"mongo(?:sh)?")
PATTERNS = [
    Pattern("after_word", rf"{AFTER_JOIN}(?<={CUE}{JOIN}{QUOTE}){VALUE}", SCORE),
    Pattern("after_short", rf"{AFTER_SIGN}(?<={SHORT}[ \t]*{QUOTE}){VALUE}", SCORE),
    # "use 'Welcome2024!' as the temporary password"
    Pattern("quoted_before",
            rf"(?<=[\"'\u201c\u201e])[^\s\"'\u201c\u201d]{{4,64}}(?=[\"'\u201d][ \t]+"
            rf"(?i:as|is|als|comme|como|come)[ \t]+(?:[\p{{L}}\-]+[ \t]+){{0,3}}?(?i:{WORDS}))",
            SCORE),
    # quoted, where a word alone may be the password: 'my password is "bluesky"'
    Pattern("quoted_after",
            rf"(?=[\"'\u201c\u201e])(?<={CUE}{JOIN})[\"'\u201c\u201e]{VALUE}[\"'\u201d]", SCORE),
    # "X9$kLm2!pQ is my password"
    Pattern("before_word",
            rf"(?<![^\s\"'(]){VALUE}(?=[ \t]+(?i:is|was|ist|est|es|è|é)"
            rf"[ \t]+(?i:my|the|our|his|her|your|mein|das|mon|le|mi|la|il|o|a|mijn|het)"
            rf"(?:[ \t]+[\p{{L}}\-]+)?[ \t]+(?i:{WORDS})(?![\p{{L}}]))", SCORE),
    Pattern("digit_groups", rf"(?=\d)(?<={CUE}{JOIN}){DIGIT_GROUPS}(?!\d)", SCORE),
    # "pass" as a key, its value quoted: nodemailer's auth: { user: …, pass: '…' }, JSON
    # ("pass": "C0ffee…"); the value holds a digit or a sign ("pass": "true" is no password)
    Pattern("pass_key",
            r"(?<=[\"'])(?<=(?<![\w.\-])[\"']?(?i:pass)[\"']?[ \t]*[:=][ \t]*[\"'])"
            r"(?=[^\"'\n]*[\d!#%&*?@^+~$])[^\s\"']{4,64}(?=[\"'])", SCORE),
    Pattern("curl_user", r"(?<=(?:^|\s)(?:-u|--user)\s+[^\s:\"']{1,64}:)[^\s\"'@]{4,64}", SCORE),
    # "she gave us her password over chat (rosie1962)"
    # (not a quoted argument in code: 'PASSWORD = ObjectIdentifier("1.2.840.113549.1.9.7")')
    Pattern("in_brackets", rf"(?<=\()(?<={CUE}[^\n.!?()]{{0,40}}\()[^\s()\"'][^\s()]{{3,63}}(?=\))",
            SCORE),
    # "creds are bob:Secr3tPass": a user name, a colon, then a value with a digit or a sign
    Pattern("user_colon",
            rf"(?<=(?<![\p{{L}}])(?i:{CREDENTIALS})\b[^\n:]{{0,40}}?[\s=]\s*[\p{{L}}\d_.\-]{{1,64}}:)"
            rf"(?={VALUE_CHARS}*[\d!#%&*?@^+~])[^\s\"'<>{{}}()\[\]`,;/|:]{{4,64}}(?![^\s,;])",
            SCORE),
    Pattern("account_user",
            rf"(?<=(?<![\p{{L}}])(?i:{ACCOUNT})\b[^\n]{{0,40}}?[ \t][/|][ \t]+){SIGNED_VALUE}",
            SCORE),
    # "redis creds are user default / Rd!s-Pr0d-99x": after a user name, with a sign in it
    Pattern("after_user",
            rf"(?<=(?<![\p{{L}}])(?i:{CREDENTIALS})\b[^\n]{{0,40}}?[/|]\s*){SIGNED_VALUE}",
            SCORE),
    # a mailbox, a slash, then a value with a digit or a sign: a login handed over in a chat
    # ("ollie.b@gmail.com / sofa-king-comfy-88"); not a second mailbox or a path
    Pattern("after_mailbox",
            rf"(?<=(?<![\w.+\-])[\w.+\-]{{1,64}}@[\w\-]+(?:\.[\w\-]+)+[ \t]*[/|][ \t]*)"
            rf"(?={VALUE_CHARS}*[\d!#%&*?^+~]){VALUE_CHARS}{{6,64}}(?![^\s,;.])",
            SCORE),
    # a passphrase in quotes after its name, blanks and all ("phrase de passe « la girafe
    # mange du fromage bleu »", 'wachtzin "fiets regen molen kaas"'), or before it ('botei a
    # frase "goiabada com queijo minas" como senha mestre')
    Pattern("quoted_phrase",
            rf"(?<=(?<![\p{{L}}])(?i:{PASSPHRASE_WORDS})[^\n{OPEN_QUOTE}]{{0,40}}?"
            rf"[{OPEN_QUOTE}][ \t]?)[^\n{OPEN_QUOTE}{CLOSE_QUOTE}]{{4,64}}?(?=[ \t]?[{CLOSE_QUOTE}])",
            SCORE),
    Pattern("quoted_phrase_before",
            rf"(?<=[{OPEN_QUOTE}])[^\n{OPEN_QUOTE}{CLOSE_QUOTE}]{{4,64}}(?=[{CLOSE_QUOTE}][ \t]+"
            rf"(?i:as|als|comme|como|come)[ \t]+(?:[\p{{L}}\-]+[ \t]+){{0,3}}?"
            rf"(?i:{WORDS}|{PASSPHRASE_WORDS}))", SCORE),
    Pattern("user_then_pass",
            rf"(?<=[ \t])(?<=(?<![\p{{L}}])(?i:{USER_WORDS})[ \t]+[^\s,;]{{1,64}}[,;]?[ \t]+"
            rf"(?i:{PASS_WORDS})[ \t]+){VALUE}", SCORE),
    # a Wi-Fi network named, then "pass" and its key ("network is Lakeside-Guest, pass
    # Cowboys17~", "wlan: Buero-5G / pw Kaffee!2024")
    Pattern("network_then_pass",
            rf"(?<=[ \t])(?<=(?<![\p{{L}}])(?i:{NETWORK_WORDS})(?:[ \t]+(?i:name|is|ist|est|es|è|é))?"
            rf"[ \t:]+[^\s,;/|]{{1,64}}[ \t]*[,;/|]?[ \t]+(?i:{PASS_WORDS})[ \t:]+){VALUE}", SCORE),
    Pattern("client_flag",
            rf"{AFTER_SIGN}(?<=(?<![\w\-])(?:{CLIENTS})\b[^\n|;&]{{0,80}}?[ \t]-[ap][ \t]+{QUOTE}){VALUE}",
            SCORE),
    # mysql's password run into its flag ("mysql -u root -pS3cr3t! appdb"; "-p" alone asks)
    Pattern("client_flag_glued",
            r"(?<=-p)(?<=(?<![\w\-])mysql(?:dump|admin)?\b[^\n|;&]{0,80}?[ \t]-p)"
            rf"(?![ \t]){QUOTE}{VALUE}", SCORE),
    # other tools' password flags and arguments: keytool's -storepass/-keypass, "htpasswd -b
    # FILE USER PASSWORD", "net use \\srv\share /user:DOMAIN\user PASSWORD", "echo 'PASSWORD'
    # | sudo -S"
    Pattern("tool_argument",
            rf"{AFTER_SIGN}(?<=(?:[ \t]-(?:src|dest)?(?:storepass|keypass)"
            r"|(?<![\w\-])htpasswd[ \t]+(?:-[a-zA-Z]+[ \t]+)*-[a-zA-Z]*b[a-zA-Z]*[ \t]+[^\s]+[ \t]+[^\s]+"
            rf"|(?<![\w\-])net[ \t]+use\b[^\n]{{0,80}}?/user:[^\s]+)[ \t]+{QUOTE}){VALUE}", SCORE),
    Pattern("piped_to_sudo",
            rf"(?<=(?<![\w\-])echo[ \t]+{QUOTE}){VALUE}(?={QUOTE}[ \t]*\|[ \t]*sudo[ \t]+-S)",
            SCORE),
    # an XML element named for a password: "<password>…</password>", "<db:Password>…"
    Pattern("xml_element",
            rf"(?<=>)(?<=<(?:[\w\-]+:)?[\w.\-]*(?i:{PASSWORD_WORDS})>)[^\s<>]{{4,64}}(?=</)", SCORE),
    # a .pgpass line: host:port:database:user:password
    Pattern("pgpass",
            r"(?<=(?:^|\n)(?:[A-Za-z*][\w.\-]*|\d{1,3}(?:\.\d{1,3}){3}):(?:\d{2,5}|\*):[\w.\-*]+:"
            r"[\w.\-*@]+:)(?:[^\s:\\]|\\.){4,64}(?=\r?$|\r?\n)",
            SCORE),
    # a variable named for a password by a short ending: DB_PASS, SMTP_PWD, ADMIN_PW
    Pattern("short_name",
            rf"{AFTER_SIGN}(?<=(?<![\w\-])[A-Za-z][\w\-]*[_\-](?i:pass|pwd|pw|passwd)[\"']?[ \t]*[:=][ \t]*"
            rf"{QUOTE}){VALUE}", SCORE),
    # a Kubernetes or compose env entry: "- name: SMTP_PASSWORD" then "value: …" below it
    Pattern("env_value",
            rf"(?<=name:[ \t]*[\"']?[\w.\-]*?(?i:{PASSWORD_WORDS})[\"']?[ \t]*\r?\n"
            rf"[ \t]*(?:-[ \t]*)?value:[ \t]*{QUOTE}){VALUE}",
            SCORE),
]
QUOTES = "\"'\u201c\u201d\u201e"
# what follows a password word and is no password: a link, a mailbox, a path, a version
NOT_A_VALUE = re.compile(r"://|^[\w.+\-]+@[\w\-]+\.[\w.\-]+$|^[~.]?/|^v?\d+(?:\.\d+)+$")
# a passphrase: four or more words joined by hyphens (not by dots or underscores: that is
# code, "self.get_url_rev_and_auth")
PASSPHRASE = re.compile(r"[^\W\d_]{3,}(?:-[^\W\d_]{3,}){3,}")
# names of protocols, algorithms and encodings that follow the word ("username/password SOCKS5
# credentials", "password SHA256 hash")
TECHNICAL_NAME = re.compile(
    r"(?i:socks[45]|http[23]|md[45]|sha(?:1|224|256|384|512)|sha3|aes(?:128|192|256)|"
    r"utf-?(?:8|16|32)|tls1[0-3]?|ipv[46]|oauth2|x509|pkcs(?:1|5|7|8|11|12)|rc4|3des|des3|"
    r"base(?:32|64)|bcrypt2?|argon2(?:id|i|d)?|pbkdf2|ntlmv?2|kerberos5|krb5|s3|ec2|md5crypt|"
    r"sha(?:256|512)crypt)[.,;:]?")
# quoted words that describe a password field rather than give one
NOT_PASSWORDS = frozenset({"required", "optional", "string", "password", "secret", "none",
                           "null", "true", "false", "hidden", "masked", "empty", "text"})
PLACEHOLDERS = ("changeme", "change_me", "your", "example", "placeholder", "redacted",
                "dummy", "secret", "xxxx", "****", "<", "...", "\u2026")
VECTORS = [
    ('"auth": {"user": "darnell@norrvik.eu", "pass": "C0ffeeb4$3b4ll~58"}', [ENTITY]),
    ("auth: { user: 'ops', pass: 'Xr8_pL29qK' }", [ENTITY]),
    ('{"test": "login", "pass": "true", "ms": 12}', []),
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
    ("mon mot de passe c'est Soleil2024! tu peux te connecter ?", [ENTITY]),
    ("le code du wifi est Bouygues-4471", [ENTITY]),
    ("gebruikersnaam pjansen, ww: Fiets99", [ENTITY]),
    ("ik heb mijn wachtwoord veranderd naar Tulp!88", [ENTITY]),
    ("creds are bob:Secr3tPass", [ENTITY]),
    ("Router admin: admin / Netgear#552", [ENTITY]),
    ("see the account/settings?tab=security page, or admin/users?id=4", []),
    ("the credentials for https://docs.example.com:8443/login are in the vault", []),
    ("login: admin:admin works only in the demo image", []),
    ("the credentials docs / v2.3.1-beta explain the new login flow", []),
    ("The password is required and must be at least 12 characters.", []),
    ("password: ********", []),
    ('DB_PASSWORD="${DB_PASSWORD}"', []),
    ("password = get_password()", []),
    ('password = os.environ["DB_PASSWORD"]', []),
    ("api:\n  password: <your-password-here>", []),
    ("Passwort vergessen? Klicken Sie auf den Link.", []),
    ("set password: changeme123 in the example config", []),
    ("I changed my password to Bluebird#2024 yesterday", [ENTITY]),
    ("the wifi password for the guest network is Kaffee4Alle", [ENTITY]),
    ("Das WLAN-Passwort für das Büro lautet Sonnenblume77", [ENTITY]),
    ("Habe das Passwort auf Sommer2024! geändert", [ENTITY]),
    ("le mot de passe du wifi est chaton2019", [ENTITY]),
    ("la contraseña del wifi es PerroLoco88", [ENTITY]),
    ("ho cambiato la password in Milano2025!", [ENTITY]),
    ("mudei a senha para Flamengo81!", [ENTITY]),
    ("het wachtwoord van de wifi is Fietsen2022", [ENTITY]),
    ("user: admin pass: Adm1n!2024", [ENTITY]),
    ("raise ShapeError(f\"Shape is missing required key 'type': {shape_model}\")", []),
    ("the network key 'Kaffee4Alle' works", [ENTITY]),
    ("Mitmproxy has received username/password SOCKS5 credentials.", []),
    ("login admin / pw Qwerty!234", [ENTITY]),
    ("PIN: 482913 for the safe", [ENTITY]),
    ("Use 'Welcome2024!' as the temporary password for new hires", [ENTITY]),
    ("WLAN-Schlüssel: 4711-0815-2342-9917", [ENTITY]),
    ("The password for your account must have 12 characters.", []),
    ("You need to pass 3 exams; see the pin 17 diagram for the GPIO header", []),
    ("Reset the password to default via the admin page", []),
    ("NAME ( 'passwordMin8bit' 'pwdMin8bit' ) DESC 'Minimum 8-bit'", []),
    ('CHALLENGE_PASSWORD = ObjectIdentifier("1.2.840.113549.1.9.7")', []),
    ("the password's Tr0ub4dor&3 btw", [ENTITY]),
    ("Password \u2014 Gr33nHouse!", [ENTITY]),
    ("password was set to Tiger!2020 by IT", [ENTITY]),
    ("I use the same password everywhere: Buster2015", [ENTITY]),
    ('my password for everything is "bluesky"', [ENTITY]),
    ("X9$kLm2!pQ is my password, can you check if it's strong?", [ENTITY]),
    ("use the password correct-horse-battery-staple", [ENTITY]),
    ("the wifi pass is BlueFrog77", [ENTITY]),
    ("network is Lakeside-Guest, pass Cowboys17~", [ENTITY]),
    ("mysql -u root -pTr0ub4dor&3x appdb", [ENTITY]),
    ("mysql -u root -p appdb", []),
    ("keytool -list -keystore ks.jks -storepass Tr0ub4dor&3x", [ENTITY]),
    ("htpasswd -b /etc/nginx/.htpasswd admin Tr0ub4dor&3x", [ENTITY]),
    ("net use \\\\srv\\share /user:CORP\\jdoe Tr0ub4dor&3x", [ENTITY]),
    ("echo 'Tr0ub4dor&3x' | sudo -S apt update", [ENTITY]),
    ("<password>Tr0ub4dor&3x</password>", [ENTITY]),
    ("db.example.com:5432:appdb:appuser:Tr0ub4dor&3x", [ENTITY]),
    ("12:30:45:00:done", []),
    ("10:30:00:INFO:Started1", []),             # a log line: no host first
    ("api.local:8080:GET:/v1:200ms", []),       # a request log: no user name
    ("wlan: Buero-5G / pw Kaffee!2024", [ENTITY]),
    ("the network is down, pass it on to the team", []),
    ("the password reset link is https://example.org/reset?t=abc123", []),
    ("I sent the new password to jane.doe42@gmail.com", []),
    ('the password field is "required" in the schema', []),
    ("return self._url.password\n\n    @property", []),
    ("Het wachtwoord van de gedeelde mailbox is nu Stroopwafel!22, kun je", [ENTITY]),
    ("[10:15] ollie: ollie.b@gmail.com / sofa-king-comfy-88", [ENTITY]),
    ("cc: anna@example.org / ben@example.org", []),
    ("  - name: SMTP_PASSWORD\n    value: \"m4ilR3lay!Oct\"", [ENTITY]),
    ("  - name: SMTP_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: smtp}", []),
    ("J'ai mis comme phrase de passe « la girafe mange du fromage bleu » pour KeePass",
     [ENTITY]),
    ('botei a frase "goiabada com queijo minas" como senha mestre', [ENTITY]),
    ("FTP du client : user deploy, pass Xr8_pL!29qK", [ENTITY]),
    ("redis-cli -a Gelat0-Fragola! -h cache.prod.test ping", [ENTITY]),
    ("docker login registry.test -u ci-bot -p Q8v!tLz3#Xp", [ENTITY]),
    ("export DB_PASS='p4ris-M3tro-2024'", [ENTITY]),
    ("Ich hab das Passwort vom Router geändert auf fR1tz!B0x#99, jetzt geht es", [ENTITY]),
    ('the passphrase field says "your passphrase here"', []),
    ("ls -a -p /tmp and docker ps -a", []),
]


class PasswordRecognizer(PatternRecognizer):
    def validate_result(self, pattern_text: str) -> bool | None:
        """None (keep the pattern's score) for a password-like value, False otherwise."""
        value = pattern_text.strip()
        quoted = len(value) > 2 and value[0] in QUOTES and value[-1] in QUOTES
        value = value.strip("".join(QUOTES))
        low = value.lower()
        if (len(set(value)) < 2 or any(word in low for word in PLACEHOLDERS)
                or NOT_A_VALUE.search(value) is not None or TECHNICAL_NAME.fullmatch(value)):
            return False
        if (quoted and value.isalpha() and low not in NOT_PASSWORDS and "pass" not in low
                and not any(c.isupper() for c in value[1:])):
            return None  # 'my password is "bluesky"' (not a camelCase name in code)
        if PASSPHRASE.fullmatch(value):
            return None  # "correct-horse-battery-staple"
        words = value.split()
        if len(words) >= 3 and all(w.isalpha() for w in words):
            return None  # a quoted passphrase of words: "fiets regen molen kaas"
        digits = sum(c.isdigit() for c in value)
        letters = any(c.isalpha() for c in value)
        signs = any(c in SIGNS for c in value[:-1])  # not "vergessen?" at a sentence's end
        if letters and (digits or signs):
            return None
        return None if not letters and digits >= MIN_DIGITS else False


def recognizer() -> PatternRecognizer:
    return PasswordRecognizer(supported_entity=ENTITY, patterns=PATTERNS,
                              name="PasswordRecognizer")
