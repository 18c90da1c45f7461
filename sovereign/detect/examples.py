"""Values reserved for documentation and testing: no one's address, mailbox or number.

Each class is reserved by the body that allocates the values, so a value in it can identify
no natural person (GDPR Art. 4(1)):

- IPv4 documentation networks TEST-NET-1/2/3, 192.0.2.0/24, 198.51.100.0/24 and
  203.0.113.0/24 (RFC 5737 §3: "SHOULD NOT be used on the public Internet"), and the IPv6
  documentation prefix 2001:db8::/32 (RFC 3849 §4).
- Mailboxes with a placeholder local part ("you", "user", "your.name") at the second-level
  domains RFC 2606 §3 reserves for examples (example.com, .net, .org) or under the reserved
  top-level domains (.example, .test, .invalid, .localhost; RFC 2606 §2). A mailbox with a
  real-looking local part ("john.smith@example.com") stays a finding: people paste real
  addresses into example domains when they anonymise badly, and tests do so on purpose.
- Telephone numbers whose subscriber part is all zeros ("+1 555 000 0000"): a form's
  placeholder; no numbering plan assigns it.
- JSON Web Tokens signed (HMAC, RFC 7518 §3.2) with a key the documentation publishes —
  "secret" in PyJWT's README, "your-256-bit-secret" on jwt.io: anyone can mint such a token,
  so it is no credential. The signature is checked, not guessed from the look of the token;
  a token signed with any other key stays a finding.
- The Free Software Foundation's postal addresses, old and new, as the GNU licences print them
  in every file header they head ("51 Franklin Street, Fifth Floor, Boston, MA 02110-1301
  USA"): an organisation's published address, not a person's (GDPR Art. 4(1)). Whatever is
  found inside one (the street, "Franklin St" as a name, the ZIP+4 as a number) is dropped.

Not here, on purpose: the example IBANs of the IBAN registry ("DE89 3704 0044 0532 0130 00")
and the processors' test card numbers ("4111 1111 1111 1111"). They are what a security team
pastes to see whether the proxy catches a card or an account, and a proxy that let them
through would look broken to the people who test it.

``is_example`` is pure; noise.py drops a finding it holds true for. Test vectors:
tests/test_detection.py::test_prices_timings_loopback_and_masked_secrets_are_noise.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import ipaddress
import json
import re

DOCUMENTATION_NETWORKS = tuple(ipaddress.ip_network(n) for n in (
    "192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32"))
EXAMPLE_DOMAIN = re.compile(
    r"(?:[\w\-]+\.)*(?:example\.(?:com|net|org)|[\w\-]+\.(?:example|test|invalid|localhost))",
    re.IGNORECASE)
PLACEHOLDER_LOCAL_PARTS = frozenset({
    "you", "your", "yourname", "your.name", "your_name", "your-name", "youremail",
    "your.email", "your_email", "your-email", "user", "username", "user.name", "name",
    "email", "e-mail", "mail", "someone", "somebody", "me", "foo", "bar", "test", "example",
    "first.last", "firstname.lastname", "vorname.nachname", "prenom.nom", "nombre.apellido",
    "nome.cognome", "voornaam.achternaam", "nome.sobrenome", "max.mustermann"})
ZERO_SUBSCRIBER = "0000000"  # the last seven digits: after the country and area codes
# the keys documentation signs its example JSON Web Tokens with
DEMO_JWT_KEYS = (b"secret", b"your-256-bit-secret", b"your-384-bit-secret",
                 b"your-512-bit-secret", b"your-secret", b"your-secret-key", b"secret-key",
                 b"my-secret", b"mysecret", b"changeme")
JWT_HMAC = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}
LICENCE_ADDRESS = re.compile(
    r"(?:51[ \t]+Franklin[ \t]+St(?:reet|\.)?,?\s+Fifth[ \t]+Floor"
    r"|59[ \t]+Temple[ \t]+Place,?\s+(?:-[ \t]+)?Suite[ \t]+330"
    r"|675[ \t]+Mass(?:achusetts)?[ \t]+Ave(?:nue|\.)?)"
    r",?\s+(?:Boston|Cambridge),?\s+MA,?\s+0\d{4}(?:-\d{4})?(?:,?\s+USA\.?)?")
LICENCE_ADDRESS_REACH = 120  # characters either side of a finding searched for one


def licence_address_at(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside one of the FSF's published addresses."""
    lo, hi = max(0, start - LICENCE_ADDRESS_REACH), min(len(text), end + LICENCE_ADDRESS_REACH)
    window = text[lo:hi]  # a window, not the text: this runs for every finding
    if "Franklin" not in window and "Temple" not in window and "Mass" not in window:
        return False
    return any(m.start() <= start and end <= m.end() for m in
               LICENCE_ADDRESS.finditer(text, lo, hi))


def _b64url(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def demo_jwt(value: str) -> bool:
    """Whether *value* is a JWT whose HMAC signature verifies with a published demo key."""
    parts = value.split(".")
    if len(parts) != 3:
        return False
    try:
        header = json.loads(_b64url(parts[0]))
        signature = _b64url(parts[2])
    except (ValueError, binascii.Error):
        return False
    digest = JWT_HMAC.get(str(header.get("alg"))) if isinstance(header, dict) else None
    if digest is None:
        return False
    signed = f"{parts[0]}.{parts[1]}".encode()
    return any(hmac.compare_digest(hmac.new(key, signed, digest).digest(), signature)
               for key in DEMO_JWT_KEYS)


def is_example(value: str, entity_type: str) -> bool:
    """Whether *value*, found as *entity_type*, is a reserved documentation or test value."""
    if entity_type == "IP_ADDRESS":
        try:
            address = ipaddress.ip_address(value.strip("[]").split("/")[0])
        except ValueError:
            return False
        return any(address in network for network in DOCUMENTATION_NETWORKS)
    if entity_type == "EMAIL_ADDRESS":
        local, at, domain = value.rpartition("@")
        return (bool(at) and local.lower() in PLACEHOLDER_LOCAL_PARTS
                and EXAMPLE_DOMAIN.fullmatch(domain) is not None)
    if entity_type == "PHONE_NUMBER":
        digits = "".join(c for c in value if c.isdigit())
        return digits.endswith(ZERO_SUBSCRIBER)
    if entity_type == "API_TOKEN" and value.startswith("eyJ"):
        return demo_jwt(value)
    return False
