"""A name the text's own e-mail address spells is a name.

"la cliente Rosaria Lo Presti (rosaria.lopresti@libero.it)", "Candidate: Destiny Oyelaran
(d.oyelaran@proton.me)", "('Lorenzo', 'Marinelli', …, 'l.marinelli@libero.it')": people
are written beside their address, and the model, reading a name it has not seen, often
finds it only weakly ("Presti" at 0.35) or as an organisation ("Ferrero"). The address is
independent evidence: a word that its local part spells is that person's name.

After every recognizer has run on a text, the local parts of its e-mail addresses found
(at least ``MIN_SCORE``) are cut into runs of letters ("rosaria", "lopresti"; a role
mailbox such as "support" or "info" is no one's). A PERSON or ORGANIZATION finding of the
model whose every word of three letters or more is one such run, or begins or ends one
("Presti" ends "lopresti", "Chiara Ferrero" begins and ends "chiaraferrero"), is a PERSON
at ``NAME_SCORE``; its other mentions are then echoed (detector.names_again).

Findings are only raised where an address was found, so a text without one is never
changed by this step; each finding is compared with a few runs, so it stays linear.
"""

from __future__ import annotations

import regex

from sovereign.detect.echo import ENTITY, Found
from sovereign.detect.names import fold

EMAIL = "EMAIL_ADDRESS"
MIN_SCORE = 0.5  # an address this sure is read
NAME_SCORE = 0.6  # what a name it spells scores (as a name in a form field)
MIN_RUN = 3  # letters a run, and a name's word, need to count
RAISED = frozenset({ENTITY, "ORGANIZATION"})  # the findings an address may make a name
# mailboxes of a role or a service, not of a person
ROLES = frozenset("""
admin administrator billing contact contacto contato contatti customer customerservice
dev devops enquiries facturation facturas fatture finance hello help helpdesk hr hola info
informatie informazioni invoice invoices jobs kontakt legal mail mailer marketing news
newsletter no noreply notifications office ops orders payments postmaster press privacy
rechnung recruiting reply reservations sales secretariaat secretaria security service
services shop soporte support suporte supporto team test user webmaster welcome
""".split())
LETTERS = regex.compile(r"\p{L}+")  # a run of letters: of a local part, or a word of a name


def _runs(text: str, found: Found) -> set[str]:
    runs: set[str] = set()
    for (a, b, kind), score in found.items():
        if kind != EMAIL or score < MIN_SCORE:
            continue
        local = text[a:b].split("@", 1)[0]
        runs.update(fold(r) for r in LETTERS.findall(local)
                    if len(r) >= MIN_RUN and fold(r) not in ROLES)
    return runs


def _spelled(word: str, runs: set[str]) -> bool:
    low = fold(word)
    return any(low == r or (len(low) >= 4 and (r.startswith(low) or r.endswith(low)))
               for r in runs)


def mail_names(text: str, found: Found) -> Found:
    """*found* (one text's findings) with the model's findings that an address of the text
    spells made names (module docstring)."""
    runs = _runs(text, found)
    if not runs:
        return found
    for (a, b, kind), score in list(found.items()):
        if kind not in RAISED or (kind == ENTITY and score >= NAME_SCORE):
            continue
        words = [w for w in LETTERS.findall(text, a, b) if len(w) >= MIN_RUN]
        if words and all(w[:1].isupper() for w in words) and all(
                _spelled(w, runs) for w in words):
            key = (a, b, ENTITY)
            found[key] = max(found.get(key, 0.0), NAME_SCORE)
    return found
