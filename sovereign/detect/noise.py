"""Known false-positive classes, dropped after recognition. Each rule names the class it
removes; tests/test_detection.py holds a vector for each.

- Acronyms and product codes read as names by NER: "SSN", "API", "JSON", "C4", "S3".
- Encoded blobs and hashes read as names by NER: a name holds no run of 30 or more characters
  without a space (values inside blobs are found by decoding them, see embedded.py).
- Presidio's weakest driver-licence pattern on short codes: "S3", "v2", "Q3" (real licence
  numbers have at least 6 characters in every US state).
- NER dates that are bare digit groups no calendar reading supports: "RFC 9162", an order
  number "771394". Years 1900-2099, valid 8-digit YYYYMMDD/DDMMYYYY dates, and groups of
  1-3 or 5 digits (a day, an age, a postal code next to an address) stay.
- Phone numbers that are prices, timings, counts or clock times: fewer than MIN_PHONE_DIGITS
  digits ("$89.99", "+0000"), six digits with no separator ("rows=374605"; a six-digit
  local number is written in groups), a range of decimals ("21.904..612.337"), a currency sign before it, or
  digit groups joined by colons only ("2023:13:55:36"), a dotted quad ("[192.168.56.10": an
  address), a number grouped in thousands ("1 234 567") or a range ("49152-65535").
- Loopback and unspecified addresses ("127.0.0.1", "::1", "0.0.0.0"): the machine itself,
  no one's address; the public DNS resolvers ("1.1.1.1", "8.8.8.8"); a dotted quad after a
  version word ("version 4.2.0.17", "v1.0.3.2"). IPv6 "addresses" of fewer than three groups
  ("::" after a reST literal marker, "fd::<infd>" in a man page): punctuation, not an
  interface.
- Phone numbers that hold an ISO date ("0] - 2024-02-05") or follow "ISBN"; a decimal
  fraction ("[ 8123.441920]", a kernel log's clock); a bare run of digits that does not start
  with a trunk "0", stands in prose (not a cell of a delimited row), has no word labelling
  a phone on its line ("Fax:", "mobile") and that no phone word raised ("Is 2147483647
  prime?": Presidio scores a number its library can dial at 0.4, one after "phone" higher).
- Phone numbers that are order, invoice, parcel or article numbers (a reference word right
  before them: "Bestellnummer: 4711-2024-88231", "Order #112-4456789"), dates written day
  first ("12-03-2024"), an unraised serial that starts with a year ("Rechnung 2024-118834")
  or count grouped in thousands ("3 221 225 472"), the seconds and year of a clock time
  ("16:26:37 2019"), or a ZIP+4 code after a state ("MA  02110-1301"); all unless a phone
  word stands on the line.
- Values reserved for documentation and tests, and the FSF's address printed in every GNU
  licence header (examples.py): "192.0.2.33", "2001:db8::7", "you@example.com",
  "+1 555 000 0000", "51 Franklin St, Fifth Floor, Boston, MA 02110-1301".
- An HTML or XML tag's name read as a name ("<li>").
- One-word NER names that are no known name (names.py): "Dell", "Lyon", "Convert" are kept
  at WEAK_NAME_SCORE, under the policies' floor for names, rather than dropped (``explain``
  still shows them). A leading verb or greeting the model took into a name ("Email John
  Smith", "Hi Sarah") is cut off the span, so it is not replaced with the name.
- What NER glues to a name, and NER "names" that are no words of a name: only runs of
  capitalised or known name words are kept, so a digit, a newline, code punctuation or a
  lower-case word ends a name ("dict[str, t.Any", "**Version**", "git --no-replace",
  "405.701 rows=194049", "más poblada de Chile"); a word with two inner capitals
  ("LDAPInvalidDnError"; "McDonald" has one) is no name word.
- NER names with no known name and a word of product or document titles in them ("Tesla
  Model", "Google Cloud Platform"), or standing in a heading, a table cell in bold, inline
  code or a fenced code block ("## Project Links", "hpack: HTTP/2 Header Encoding" over
  "====="): titles and identifiers, not people. Kept at WEAK_NAME_SCORE. So are names with
  no known name that read as a product's (``_product_like``: "DejaVu Serif", "Zenodo DOI",
  "ALERT ALERT ALERT"), and what is left of one after a changelog's imperative ("Add
  Xtensa support").
- A secret assignment whose value is masked or a placeholder ("password=********",
  "token: ${TOKEN}", "secret=<your-secret>"): nothing secret is in it. Nor is code that hands
  a password along (``CODE_VALUE``: "password=self.key_password)", "password=None",
  "password={token}", "username, password = auth"), a URL whose password is a placeholder
  ("gist://user:TOKEN@id"), a token of one repeated character ("ghp_xxxx…"), an assigned
  token cut short with an ellipsis or that is a module path, or a private key's header with
  no key after it (a string constant in code).
"""

from __future__ import annotations

import ipaddress
import itertools
import re
from datetime import date

from sovereign.detect.examples import is_example, licence_address_at
from sovereign.detect.names import (
    GIVEN,
    KIN,
    PRODUCT_NAMES,
    kin_pattern,
    known_name,
    listed_full_name,
    lone_given_name,
)
from sovereign.detect.nerview import NER_RECOGNIZER
from sovereign.detect.public_figures import is_public_name
from sovereign.detect.recognizers import patient_initials
from sovereign.detect.stopwords import STOP_WORDS, foreign

NER_NAME_TYPES = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP"})
SHORT_CODE = re.compile(r"[A-Z0-9][A-Z0-9&.\-]{0,4}")
ACRONYMS = frozenset({
    "SSN", "API", "JSON", "XML", "YAML", "HTML", "HTTP", "HTTPS", "REST", "SQL", "CSV", "PDF",
    "URL", "URI", "UUID", "CPU", "GPU", "RAM", "SSD", "TLS", "SSL", "DNS", "VPN", "SDK", "CLI",
    "IBAN", "BIC", "SWIFT", "PIN", "CVV", "DOB", "MRN", "NHS", "EIN", "ITIN", "PII", "PHI",
    "GDPR", "HIPAA", "PCI", "DSS", "SOC", "ISO", "RFC", "FAQ", "CEO", "CTO", "CFO", "HR", "IT",
    "ID", "OK", "ETA", "ASAP", "FYI", "TBD", "LLM", "AI", "ML", "NLP", "OCR", "PR", "QA",
})
MIN_LICENCE_CHARS = 6
MAX_NAME_RUN = 30
MIN_PHONE_DIGITS = 6  # no dialable number is shorter: six-digit local numbers ("61 60 34") exist
CURRENCY_BEFORE = re.compile(r"[$€£¥₹]\s?$|(?:USD|EUR|GBP|CHF)\s?$")
CLOCK = re.compile(r"\d+(?::\d+)+")
MIN_IPV6_GROUPS = 3  # "::" and "fd::" are punctuation in text; "2001:db8::1" is an address
# a "phone number" that holds an ISO date ("1.0] - 2024-02-05" in a changelog) is a date
ISO_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d-[01]\d-[0-3]\d(?!\d)")
# ... and one written day first ("12-03-2024", "3.4.2025", "01/02/1999")
DMY_DATE = re.compile(r"(0?[1-9]|[12]\d|3[01])([-./])(0?[1-9]|1[0-2])\2(?:19|20)\d\d")
# a serial that starts with a year ("Rechnung 2024-118834", "RE-2024-004512")
YEAR_SERIAL = re.compile(r"(?:19|20)\d\d-\d{4,8}")
# a large count grouped in thousands, its first group short ("2 147 483 647")
GROUPED_COUNT = re.compile(r"[1-9](?:[ \u00a0\u202f]\d{3}){2,}|[1-9]\d(?:[ \u00a0\u202f]\d{3}){3,}")
# a number the words before it on its line call an order's, an invoice's, a parcel's, an
# article's, in the seven languages ("Bestellnummer: 4711-2024-88231")
REFERENCE_BEFORE = re.compile(
    r"\b(?:order|invoice|tracking|parcel|shipment|ticket|article|item|"
    r"reference|ref|booking|PO|SKU|EAN|serial|bestell\w*|auftrag\w*|rechnung\w*|"
    r"sendung\w*|artikel\w*|kundennummer|kundennr|vorgang\w*|commande|facture|colis|"
    r"pedido|factura|envío|ordine|fattura|spedizione|bestelling|factuur|zending|"
    r"encomenda|fatura|"
    # a ticket's, a parcel's, a sample's or a company's number ("biglietto 055 2198473301",
    # "segnacollo …", "localizador …", "Companies House no. 08123456", "ACC 26-334-84192")
    r"biglietto|billete|bilhete|segnacollo|localizador|accession|acc|companies\s+house|"
    r"company\s+(?:registration|reg\.?)|handelsregister|kvk)\b"
    r"(?:\s*(?:no\.?|nr\.?|n°|nº|#|number|nummer|número|numero))?"
    # and the verb: "Ihre Bestellnummer lautet 302-7718452"
    r"(?:\s+(?:is|lautet|ist|est|es|è|é))?[\s:#.]*\Z", re.IGNORECASE)
REFERENCE_REACH = 30
# digits grouped in thousands by blanks ("1 234 567": the phone matcher takes "234 567")
THOUSANDS = re.compile(r"\d{3}(?:[ \u00a0\u202f]\d{3})+")
GROUP_BEFORE = re.compile(r"(?<![\d.,])[1-9]\d{0,2}[ \u00a0\u202f]\Z")  # not a trunk "0"
# a range of two numbers of as many digits, the first the smaller ("49152-65535")
RANGE = re.compile(r"([1-9]\d{3,5})-([1-9]\d{3,5})")
DECIMAL = re.compile(r"[\[(]?\s*\d{1,6}\.\d{5,}[\])]?")
UNRAISED_PHONE = 0.5  # under Presidio's 0.4 + its context boost
CELL_DELIMITERS = ",;\t|"
# words that label a phone number on its line, before or after it ("Fax: 1322342321",
# "8240084271 mobile"), in the seven languages
PHONE_WORD = re.compile(
    r"\b(?:phone|tel|telephone|mobile|mob|cell|fax|desk|office|direct|landline|whatsapp|"
    r"handy|telefon|mobil|téléphone|portable|teléfono|telefono|móvil|movil|cellulare|"
    r"telemóvel|telemovel|celular|telefoon)\b", re.IGNORECASE)
ISBN_BEFORE = re.compile(r"ISBN(?:-1[03])?:?\s*$", re.IGNORECASE)
# a dotted quad after a version word is a version ("version 4.2.0.17", "v1.0.3.2", "==4.2.0.9")
# (not "@": "ssh root@203.0.113.5" is a host's address)
VERSION_BEFORE = re.compile(r"(?:\bversions?|\brelease|\bfirmware|\bFW|\bbuild|\bv|==|>=|<=|~=)"
                            r"\s?$", re.IGNORECASE)
# the public DNS resolvers everyone configures: a service's address, no one's
PUBLIC_RESOLVERS = frozenset({"1.1.1.1", "1.0.0.1", "8.8.8.8", "8.8.4.4", "9.9.9.9",
                              "149.112.112.112", "208.67.222.222", "208.67.220.220",
                              "2606:4700:4700::1111", "2001:4860:4860::8888"})
LOOPBACK = re.compile(r"127(?:\.\d{1,3}){3}|::1|0\.0\.0\.0|0:0:0:0:0:0:0:1")
SECRET_TYPES = frozenset({"CONNECTION_STRING_PASSWORD", "PASSWORD", "API_TOKEN"})
MASKED = re.compile(r"""[\s"'`]*(?:[*•●x#?.]{3,}|\$\{[^}]*\}|\$[A-Z_][A-Z0-9_]*|<[^>]*>"""
                    r"""|\{\{[^}]*\}\}|)[\s"'`]*""", re.IGNORECASE)
ASSIGNED = re.compile(r"[=:]")
# what code assigns to a password, not a password: an attribute, a call or an item ("self.pw",
# "connection.sasl_credentials[2]", "enforce_bytes(auth[1])"), a constant ("None"), a
# format field ("{token}", "{0.password!r}"), a variable in snake case ("proxy_auth"), one
# named for what it holds ("self.password = password") or a bare word ending a keyword
# argument ("password=token)"); a value in quotes is another matter
CODE_VALUE = re.compile(
    r"[a-z_]\w*(?:\.[A-Za-z_]\w*)+[(\[]?.*|[A-Za-z_]\w*[(\[].*"
    r"|(?:None|null|nil|NULL|nullptr|undefined|True|False|true|false)[,)]*"
    r"|\{[^}]*\}(?:\\[nrt])*[,)'\"]*|[a-z]+(?:_[a-z]+)+[,)]*|[A-Za-z_]+[,)]+"
    r"|(?i:password|passwd|pwd|pass|secret|token)[,)]*")
# a URL's password that is a placeholder: a word in capitals or a word naming what goes there
# ("gist://user:TOKEN@id", "https://user:password@host")
URL_PLACEHOLDER = re.compile(r"[A-Z][A-Z_]*|(?i:password|passwd|pass|pwd|secret|token|"
                             r"api[_\-]?key|key|changeme)")
# a module path assigned to a token's name ("id_token = google.oauth2.id_token.fetch_id_token(")
DOTTED_NAME = re.compile(r"[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)+")
# a URL template's optional or named parts ("scheme://[[user][:pass]@]host")
TEMPLATE_SIGNS = frozenset("[]{}<>")
# a value cut short with an ellipsis: an example in documentation ('token="eyJhbGciOi…"')
ELIDED = ("...", "\u2026")
# a password among names that unpack a tuple ("username, password = auth"): code
UNPACKED_BEFORE = re.compile(r"\w[ \t]*,[ \t]*\Z")
# a token made of one character repeated: a placeholder ("ghp_xxxxxxxxxxxxxxxxxxxxxxxx")
REPEATED_CHARACTER = re.compile(r"(.)\1{11}")
# what stands after a private key's header when no key follows: a string's end, or the
# footer ('_PKCS1_MARKER = ("-----BEGIN RSA PRIVATE KEY-----", "-----END RSA…')
NO_KEY_AFTER = re.compile(r"""\s*(?:["'`),]|(?:\\n)*-----END)""")
# what stands between a PEM header and its footer: a key's base64 lines, or, where the two
# are string constants in code ('("-----BEGIN RSA PRIVATE KEY-----", "-----END…'), a quote
PEM_BODY = re.compile(r"-----BEGIN[^\n]*?-----(.*?)-----END", re.DOTALL)
KEY_CHARACTER = re.compile(r"[A-Za-z0-9+/=]")
MIN_KEY_CHARACTERS = 16
# the seconds of a clock time and the year after it ("Tue May 21 16:26:37 2019"): the phone
# matcher starts after the last colon
CLOCK_BEFORE = re.compile(r"\d:\Z")
# a ZIP+4 code after a state's two letters ("Boston, MA  02110-1301"): a postal code
ZIP4_AFTER_STATE = re.compile(r"\b[A-Z]{2},?[ \t]{1,3}\Z")
ZIP4 = re.compile(r"\d{5}-\d{4}")
MARKUP_BEFORE = re.compile(r"</?\Z")  # an HTML or XML tag's name ("<li>", "</Li>")


WEAK_NAME_SCORE = 0.35  # under contact-redact's 0.4 in the shipped rules
LEAD_WORDS = frozenset({
    "email", "e-mail", "mail", "call", "phone", "ring", "ask", "tell", "text", "message",
    "contact", "ping", "invite", "thank", "thanks", "dear", "hi", "hello", "hey", "please",
    "remind", "meet", "cc", "bcc", "to", "from", "congratulate", "welcome", "attn",
    "forward", "reply", "write", "notify", "inform", "want", "need", "visit", "see", "find",
    "show", "book", "compare", "explain", "translate", "summarise", "summarize",
    # the imperatives that open changelog and README lines ("Add Xtensa support", "Enable
    # ssh"); never a given name
    "add", "remove", "fix", "update", "enable", "disable", "install", "use", "run", "build",
    "create", "delete", "allow", "improve", "implement", "rename", "replace", "upgrade",
    "configure", "deprecate", "drop", "bump", "refactor", "document"})


# a name's word: letters, joined by an apostrophe or a hyphen ("O'Neil", "Jean-Luc")
NAME_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
# what may stand between two words of one name: blanks, a dot after an initial ("J. Smith")
BETWEEN_WORDS = re.compile(r"\.?[ \t]{1,2}")  # wider gaps are a table's columns
# what names the word after it as a person's: a relative ("ma fille Inès", "mi esposo Javi",
# "Dochter Marieke", "my daughter Grace") or a title or form of address in the seven languages
# ("Frau Özdemir", "Doutora Luciana", "mevrouw De Groot-Veenstra", "Tía Remedios")
HONORIFICS = (r"Mr|Mrs|Ms|Miss|Mx|Dr|Dra|Prof|Herr|Frau|Hr|Fr|Mme|Mlle|Monsieur|Madame|Sr|Sra|"
              r"Srta|Señor|Señora|Doña|Dña|Dott|Dott\.ssa|Sig|Sig\.ra|Signor|Signora|"
              r"Doutor|Doutora|Senhor|Senhora|Seu|Dona|Dhr|Mevr|Mevrouw|mevrouw|meneer|Meneer|"
              r"Tía|Tío|Tia|Tio|Zia|Zio|Tante|Onkel|Oma|Opa")
# (not "man", Dutch for husband and the German "one": "ab wann braucht man Insulin?")
RELATION_WORDS = "|".join(word for _, relations in KIN.values() for word in relations.split("|")
                          if word != "man")
# a form's field or a document's party that holds a person's name, in the seven languages
# ("Vermieter: Reinhold Ebersbach", "Salarié : BOUCHAREB Yanis", "nombre: Ximena Urquiza")
PERSON_FIELDS = (
    r"surname|policyholder|tenant|landlord|owner|employee|applicant|claimant|complainant|respondent|"
    r"defendant|plaintiff|beneficiary|recipient|payee|account[ \t]+holder|cardholder|"
    r"guarantor|witness|prescriber|patient|next[ \t]+of[ \t]+kin|emergency[ \t]+contact|"
    r"vorname|nachname|familienname|versicherungsnehmer(?:in)?|vermieter(?:in)?|"
    r"mieter(?:in)?|kontoinhaber(?:in)?|antragsteller(?:in)?|arbeitnehmer(?:in)?|"
    r"empfänger(?:in)?|absender(?:in)?|patient(?:in)?|"
    r"nom|prénom|nom[ \t]+complet|salariée?|employée?|locataire|propriétaire|bailleur|"
    r"titulaire|bénéficiaire|demandeu(?:r|se)|destinataire|expéditeur|"
    r"nombres?|nombre[ \t]+completo|apellidos?|emplead[oa]|inquilin[oa]|arrendador(?:a)?|"
    r"propietari[oa]|titular|beneficiari[oa]|solicitante|destinatari[oa]|remitente|"
    r"nome|nome[ \t]+completo|cognome|dipendente|locatore|proprietari[oa]|intestatari[oa]|"
    r"richiedente|"
    r"sobrenome|proprietári[oa]|prestador(?:a)?|locador(?:a)?|requerente|beneficiári[oa]|"
    r"destinatári[oa]|"
    r"naam|voornaam|achternaam|volledige[ \t]+naam|werknemer|huurder|verhuurder|eigenaar|"
    r"rekeninghouder|aanvrager|begunstigde|hoofdboeker|reiziger|ontvanger")
# "Name:", "Full name:", "NAME:" on a form; not "name:", a key of code and configuration
# ("name: Deploy Production" in a CI workflow)
NAME_FIELD = r"(?:(?:Full|First|Last|Given|Family)[ \t]+[Nn]ames?|Names?|NAMES?)"
# what says the next words are a name: "Ze heet …", "Sie heißt …", "intestato a …",
# "t.n.v. …" (ten name van), "geb. …" (born as)
NAMING_WORDS = (r"heißt|heisst|heet|s['\u2019]appelle|se[ \t]+llama|si[ \t]+chiama|"
                r"chama-se|t\.[ \t]?n\.[ \t]?v\.|ten[ \t]+name[ \t]+van|intestat[oa][ \t]+a|"
                r"a[ \t]+nome[ \t]+de|geb\.|geboren|née")
# a patient's or a pupil's label in a note ("Paciente L.G.M.", "Paz. L.M.")
PATIENT_LABELS = patient_initials.LABELS
CUED_BEFORE = re.compile(
    rf"(?:(?i:{kin_pattern()})|(?<![\w.])(?:{HONORIFICS})\.?|(?<![\w])(?i:{RELATION_WORDS})"
    rf"|(?<![\w])(?i:{PATIENT_LABELS})\.?[ \t]*:?)"
    r"[ \t]*,?[ \t]*\Z")
FIELD_BEFORE = re.compile(
    rf"(?<![\w])(?:(?i:{PERSON_FIELDS})|{NAME_FIELD})[ \t]*:[ \t]*\Z"
    rf"|(?<![\w])(?i:{NAMING_WORDS})[ \t]+\Z")
CUE_REACH = 40  # characters before a name looked at for a cue
# a title, a relative or a patient's label that NER took in the name
CUE_WORD = re.compile(rf"(?:{HONORIFICS})\.?|(?i:{RELATION_WORDS}|{PATIENT_LABELS})")
PARTICLES = frozenset({"van", "de", "der", "den", "von", "da", "di", "du", "le", "la", "dos",
                       "das", "del", "bin", "al", "y", "e", "ten", "ter", "zu"})
# words of product names, software and document titles, never of a person's name ("Tesla
# Model", "Google Cloud Platform", "Header Encoding", "Project Links")
TECHNICAL_WORDS = frozenset({
    "Model", "Pro", "Max", "Plus", "Ultra", "Mini", "Series", "Edition", "Version", "Linux",
    "Windows", "Python", "Java", "Platform", "Cloud", "Server", "Studio", "Framework",
    "Library", "Toolkit", "Engine", "Kit", "Struct", "Header", "Encoding", "Links", "Scheme",
    "Guide", "Project", "Release", "Notes", "Overview", "Installation", "Usage", "Examples",
    "License", "Contributing", "Documentation", "Features", "Requirements", "Changelog",
    "Tutorial", "Reference", "Configuration", "Quickstart", "Introduction", "Chapter",
    "Section", "Appendix", "Module", "Package", "Plugin", "Extension", "Driver", "Client",
    "Protocol", "Format", "Parser", "Compiler", "Runtime", "Database", "Network", "Service",
    "Pipeline", "Automatic", "Detection", "Support", "Default", "Components", "Vectors",
    "Daemon", "Cluster", "Storage", "Workflow", "Policy", "Status", "Help", "Info", "Needed",
    "Serif", "Sans", "Mono", "Bold", "Italic", "Oblique", "Condensed", "Regular", "Light",
    "Debian", "Ubuntu", "Fedora", "Intel", "Qualcomm", "Nvidia", "Azure", "Redis", "Github",
    "GitHub", "GitLab", "Google", "Microsoft", "Apple", "Oracle", "Mozilla", "Apache",
    "Docker", "Kubernetes", "Android", "Solaris", "Sparc", "Unix", "Blob"})
# what stands before the inner capital of a name ("McDonald", "MacArthur", "DiCaprio",
# "LaToya", "DeShawn", "VanDyke"): any other inner capital ("DejaVu", "SmartCard", "GitHub")
# is a product's
NAME_INNER_CAPITAL_AFTER = frozenset({"Mc", "Mac", "Di", "De", "Da", "Du", "La", "Le", "Van",
                                      "Von", "St", "Fitz"})
FENCE = re.compile(r"^[ \t]*(?:```|~~~)", re.MULTILINE)
HEADING_LINE = re.compile(r"[ \t]*#{1,6}[ \t]")
UNDERLINE = re.compile(r"[ \t]*([=\-~^*#])\1{2,}[ \t]*$")
WRAPPED = ("**", "__", "`")
QUOTES = frozenset("'\"")


def ner_person(text: str, start: int, end: int, score: float) -> list[tuple[int, int, float]]:
    """The names in an NER PERSON span: a leading verb or greeting cut off ("Email John
    Smith"), and the span cut into runs of name words, so what is glued to a name is left
    out ("name='Gavin Bishop'", "Brandon Brown\nOffice"). A name word is capitalised or a
    known name, with no two inner capitals ("LDAPInvalidDnError"); a particle ("van", "de")
    may stand between two. A run's score is capped at WEAK_NAME_SCORE when it is one word
    that is no known name or a name that is as often a product ("Luigi", "Travis": names.py
    PRODUCT_NAMES), or has no known name and stands where titles and code do (a
    heading, bold, inline code, a fenced block but not a string in it) or in a text not in
    English (the model is English: in German every noun is capitalised, and "Bologna
    Centrale" or "Welche Formel" read as names to it); or it is a historical public figure
    or a fictional character (public_figures.py). A title or a relative before the run
    (``named_by_cue``) keeps its score; so does a field that holds a person's name or a
    word that names one (``named_by_field``), unless the run reads as a product's. A stop
    word of any language the proxy reads ("Der", "Welche") is no name word unless it is a
    listed name written with a capital ("Will", not the Italian "mia")."""
    while True:
        word = text[start:end].split(maxsplit=1)
        if len(word) < 2 or word[0].lower().rstrip(",:") not in LEAD_WORDS:
            break
        start = text.index(word[1], start)
    alone = len(NAME_WORD.findall(text, start, end)) < 2  # a stop word alone stays, weak
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    pending: list[tuple[int, int]] = []  # particles after the run's last name word
    last = start
    for m in NAME_WORD.finditer(text, start, end):
        w = m.group()
        joined = bool(run) and (BETWEEN_WORDS.fullmatch(text, last, m.start()) is not None
                                or _initials(text, run[-1], m))
        if not joined:
            if run:
                runs.append(run)
            run, pending = [], []
        lower = w.lower()
        if lower in PARTICLES and run:
            pending.append(m.span())
        elif (w[:1].isupper() or known_name(w)) and sum(
                a.islower() and b.isupper() for a, b in itertools.pairwise(w)) < 2 and (
                lower in PARTICLES or lower not in STOP_WORDS
                or (known_name(w) and w[:1].isupper()) or alone):
            run.extend(pending)
            run.append(m.span())
            pending = []
        else:
            if run:
                runs.append(run)
            run, pending = [], []
        last = m.end()
    if run:
        runs.append(run)
    out = []
    for words in runs:
        cued = False
        if len(words) > 1 and CUE_WORD.fullmatch(text, *words[0]):
            words, cued = words[1:], True  # "Doutora Luciana", "Dochter Marieke": the name
        a, b = words[0][0], words[-1][1]
        known = any(known_name(text[x:y]) for x, y in words)
        technical = _product_like([text[x:y] for x, y in words]) or (
            len(words) > 1 and b - words[-1][0] == 1)  # "Galaxy S": a model's letter
        product = len(words) == 1 and text[a:b].lower() in PRODUCT_NAMES
        weak = ((not known or product) and not cued and not named_by_cue(text, a)
                and not (named_by_field(text, a) and not technical and not product)
                and (len(words) == 1 or technical or _title_or_code(text, a, b)
                     or foreign(text))) \
            or is_public_name([text[x:y] for x, y in words])
        out.append((a, b, min(score, WEAK_NAME_SCORE) if weak else score))
    return out


def _initials(text: str, previous: tuple[int, int], word: re.Match[str]) -> bool:
    """Whether *word* and the word before it are two initials written with a dot and no
    blank between them ("L.G.M."): one name, not three."""
    return (previous[1] - previous[0] == 1 and len(word.group()) == 1
            and text[previous[1]:word.start()] == ".")


def _product_like(words: list[str]) -> bool:
    """Whether the words of a name run read as a product's or a title's: a word of
    TECHNICAL_WORDS ("Google Cloud Platform"), a word with an inner capital no name has
    ("DejaVu Serif", "SmartCard Daemon"), an acronym beside words in lower case ("Cyrus
    SASL", "Zenodo DOI": an all-capitals name is written so whole, "UTE KÖHLER"), an acronym
    of ACRONYMS ("PROVIDER API"), or a word said twice ("ALERT ALERT ALERT")."""
    if any(w in TECHNICAL_WORDS or w in ACRONYMS for w in words) or len(set(words)) < len(words):
        return True
    capitals = [len(w) > 1 and w.isupper() for w in words]
    if any(capitals) and not all(capitals):
        return True
    for w in words:
        inner = next((i for i, (a, b) in enumerate(itertools.pairwise(w), 1)
                      if a.islower() and b.isupper()), None)
        if inner is not None and w[:inner] not in NAME_INNER_CAPITAL_AFTER:
            return True
    return False


def named_by_cue(text: str, start: int) -> bool:
    """Whether a relative or a title stands right before text[start:] ("ma fille Inès")."""
    return CUED_BEFORE.search(text[max(0, start - CUE_REACH) : start]) is not None


def named_by_field(text: str, start: int) -> bool:
    """Whether a field holding a person's name or a word that names one stands right before
    text[start:] ("Vermieter: Reinhold Ebersbach", "Ze heet Riet van Dijk"); weaker than a
    title or a relative: "Name: Antergos Linux" is a product's field."""
    return FIELD_BEFORE.search(text[max(0, start - CUE_REACH) : start]) is not None


def listed_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], an NER organisation, is a person's name by the lists alone:
    every word a listed given name or surname, the first a given name, and two or more words
    ("Valentina Ricci", "Oluwaseun Bakare"); one given name after a relative or a title; or
    one given name alone that names no product or place ("Álvaro", "Letícia"; not "Julia",
    "Victoria"). (The English model reads many names in other languages, and some in
    English, as organisations.)"""
    words = NAME_WORD.findall(text, start, end)
    if not words or not all(w[:1].isupper() for w in words):
        return False
    if len(words) == 1 and lone_given_name(words[0]):
        return True
    return listed_full_name(words) or (
        words[0].lower() in GIVEN and all(known_name(w) for w in words)
        and named_by_cue(text, start))


def listed_start(text: str, start: int, end: int) -> int | None:
    """Where the person's name in the NER organisation text[start:end] starts: at *start*
    when the span is one (``listed_name``), after the words before a listed full name
    ("Cerco Valentina Ricci": a verb the model took in), or None."""
    if listed_name(text, start, end):
        return start
    words = list(NAME_WORD.finditer(text, start, end))
    for i in range(1, len(words) - 1):
        if listed_full_name([m.group() for m in words[i:]]) and all(
                m.group()[:1].isupper() for m in words[i:]):
            return words[i].start()
    return None


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The [start, end) of the line (or lines) that hold text[start:end]."""
    line_end = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if line_end < 0 else line_end


def _title_or_code(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands in a heading, bold or inline code, or a fenced code
    block outside a string literal (in code, a person's name is a quoted value)."""
    line_start, line_end = _line_bounds(text, start, end)
    if HEADING_LINE.match(text, line_start):
        return True
    below_end = text.find("\n", line_end + 1)
    below = text[line_end + 1 : len(text) if below_end < 0 else below_end]
    if line_end < len(text) and UNDERLINE.match(below):
        return True
    if any(text.startswith(w, start - len(w)) or text.startswith(w, end) for w in WRAPPED):
        return True
    quoted = text[start - 1 : start] in QUOTES and text[end : end + 1] in QUOTES
    return not quoted and len(FENCE.findall(text, 0, line_start)) % 2 == 1


def is_noise_at(text: str, start: int, end: int, entity_type: str, recognizer: str,
                score: float = 1.0) -> bool:
    """is_noise for the finding text[start:end] at *score*, with the classes that need what
    stands before it (a currency sign before a "phone number") or its score."""
    value = text[start:end]
    if entity_type == "PHONE_NUMBER" and _phone_noise_at(text, start, end, value, score):
        return True
    if entity_type == "IP_ADDRESS" and VERSION_BEFORE.search(text, max(0, start - 12), start):
        return True
    if entity_type in NER_NAME_TYPES and MARKUP_BEFORE.search(text, max(0, start - 2), start) \
            and " " not in value and text.startswith((">", " "), end):
        return True
    if licence_address_at(text, start, end):
        return True
    if entity_type == "PRIVATE_KEY" and (
            _no_key_between(value) if "-----END" in value else NO_KEY_AFTER.match(text, end)):
        return True
    if entity_type == "CONNECTION_STRING_PASSWORD" and UNPACKED_BEFORE.search(
            text, max(0, start - 40), start):
        return True
    return is_noise(value, entity_type, recognizer)


def _phone_noise_at(text: str, start: int, end: int, value: str, score: float) -> bool:
    """The phone-number classes of is_noise_at: those a phone word on the line overrules
    (a bare unraised run in prose, a day-first date, a year's serial, a count in thousands,
    a number after a reference word), then those it does not (a currency sign or "ISBN"
    before it, a cut thousands group, a clock's seconds, a ZIP+4 after a state). The line
    is scanned for a phone word once."""
    unraised = score < UNRAISED_PHONE
    if not _phone_word_on_line(text, start, end) and (
            (unraised and value.isdigit() and not value.startswith("0")
             and not _cell(text, start, end))
            or DMY_DATE.fullmatch(value) is not None
            or (unraised and (YEAR_SERIAL.fullmatch(value) is not None
                              or GROUPED_COUNT.fullmatch(value) is not None))
            or REFERENCE_BEFORE.search(text[max(0, start - REFERENCE_REACH):start]) is not None):
        return True
    return (CURRENCY_BEFORE.search(text, max(0, start - 4), start) is not None
            or ISBN_BEFORE.search(text, max(0, start - 16), start) is not None
            or (THOUSANDS.fullmatch(value) is not None
                and GROUP_BEFORE.search(text, max(0, start - 4), start) is not None)
            or CLOCK_BEFORE.search(text, max(0, start - 2), start) is not None
            or (ZIP4.fullmatch(value) is not None
                and ZIP4_AFTER_STATE.search(text, max(0, start - 8), start) is not None))


def _no_key_between(value: str) -> bool:
    """Whether the PEM block *value* is two string constants: a quote between its header and
    footer, and no key material ("-----BEGIN…-----", "-----END…"). A short body without a
    quote ("MIIEow") is a key cut short, and stays one."""
    body = PEM_BODY.search(value)
    return body is not None and any(q in body.group(1) for q in "\"'") and len(
        KEY_CHARACTER.findall(body.group(1).replace("\\n", ""))) < MIN_KEY_CHARACTERS


def _cell(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a whole cell of a delimited row ("…,447700900311,london")."""
    line_start, line_end = _line_bounds(text, start, end)
    line = text[line_start:line_end]
    before = text[start - 1] if start > line_start else ","
    after = text[end] if end < len(text) and text[end] != "\n" else ","
    return (before in CELL_DELIMITERS and after in CELL_DELIMITERS
            and sum(line.count(d) for d in CELL_DELIMITERS) >= 2)


def _phone_word_on_line(text: str, start: int, end: int) -> bool:
    """Whether a word labelling a phone number stands on text[start:end]'s line."""
    return PHONE_WORD.search(text, *_line_bounds(text, start, end)) is not None


def _range(value: str) -> bool:
    m = RANGE.fullmatch(value)
    return m is not None and len(m[1]) == len(m[2]) and int(m[1]) < int(m[2])


def _ipv4(value: str) -> bool:
    """Whether *value* is an IPv4 address as written (no leading zeros: "02.123.45.67" is a
    Belgian number), perhaps bracketed and with a prefix length."""
    try:
        ipaddress.IPv4Address(value.strip("[]() \t").split("/")[0])
    except ValueError:
        return False
    return True


def is_noise(value: str, entity_type: str, recognizer: str) -> bool:
    """True when a finding of *entity_type* with text *value* (by *recognizer*) belongs to a
    known false-positive class."""
    if is_example(value, entity_type):
        return True
    if entity_type == "PHONE_NUMBER":
        digits = sum(c.isdigit() for c in value)
        return (digits < MIN_PHONE_DIGITS or ".." in value or CLOCK.fullmatch(value) is not None
                or (digits == MIN_PHONE_DIGITS and value.isdigit())
                or ISO_DATE.search(value) is not None or DECIMAL.fullmatch(value) is not None
                or _ipv4(value) or _range(value))
    if entity_type == "IP_ADDRESS":
        bare = value.strip("[]")
        return LOOPBACK.fullmatch(bare) is not None or bare in PUBLIC_RESOLVERS or (
            ":" in bare and sum(1 for g in bare.split(":") if g) < MIN_IPV6_GROUPS)
    if entity_type in SECRET_TYPES:
        if REPEATED_CHARACTER.search(value):
            return True
        if "://" in value:
            password = value.rpartition("@")[0].rpartition(":")[2]
            return (MASKED.fullmatch(password) is not None
                    or URL_PLACEHOLDER.fullmatch(password) is not None
                    or any(c in TEMPLATE_SIGNS for c in password))
        if recognizer == "SecretAssignmentRecognizer" and (
                value.endswith(ELIDED) or DOTTED_NAME.fullmatch(value)):
            return True
        # a value assigned and masked ("password=********"); not one that ends in its own
        # "=" (base64's padding, "zNsnTo1=")
        parts = ASSIGNED.split(value, maxsplit=1)
        return len(parts) == 2 and parts[1] != "" and (MASKED.fullmatch(parts[1]) is not None
                                    or CODE_VALUE.fullmatch(parts[1].strip()) is not None)
    if recognizer == NER_RECOGNIZER:
        if entity_type in NER_NAME_TYPES:
            if len(value) >= MAX_NAME_RUN and max(map(len, value.split())) >= MAX_NAME_RUN:
                return True
            return value.upper() in ACRONYMS or (
                SHORT_CODE.fullmatch(value) is not None and any(c.isdigit() for c in value))
        if entity_type == "DATE_TIME" and value.isdigit():
            return not _calendar_digits(value)
    if entity_type == "US_DRIVER_LICENSE":
        return len(value) < MIN_LICENCE_CHARS
    return False


def _calendar_digits(value: str) -> bool:
    if len(value) <= 3 or len(value) == 5:
        return True
    if len(value) == 4:
        return 1900 <= int(value) <= 2099
    if len(value) == 8:
        for y, m, d in ((value[:4], value[4:6], value[6:]), (value[4:], value[2:4], value[:2])):
            try:
                date(int(y), int(m), int(d))
            except ValueError:
                continue
            return True
    return False
