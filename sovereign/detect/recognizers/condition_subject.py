"""The words that say a person has a condition, read right before it: a subject and a verb
("I'm", "je suis", "il a une", "soy", "estou com", "ik heb een", "mon père a un") or a
possessive ("my", "sa", "m'n"), in English, German, French, Spanish, Italian, Portuguese and Dutch.

Data and one function for detect/subjects.py (which ties a condition found to its person)
and for condition_lexicon.py (which counts an ambiguous word as a condition only there).
Not after "if" or "when" ("if she has preeclampsia…" asks about no one); never "your"
(leaflets) nor a verb without its subject ("quien tiene diabetes…").

Basis: GDPR Art. 4(1) and 9(1): a condition stated of the writer or of someone they speak
of is health data of an identifiable person (see person_reference.py).
"""

from __future__ import annotations

import regex

from sovereign.detect.names import kin_pattern
from sovereign.detect.recognizers.person_reference import HYPOTHETICAL

REACH = 64  # characters read before a condition
FILLERS = 3  # articles or qualifiers between the subject and the condition

# a subject and a verb of being or having (or of suffering, breaking, being diagnosed), in
# the seven languages; where a language drops the subject, the first person's own verb
FIRST_PERSON = (
    r"i(?:['\u2019]m|[ \t]+am|['\u2019]ve(?:[ \t]+(?:got|had|been))?|[ \t]+have|[ \t]+had|"
    r"[ \t]+got|[ \t]+suffer[ \t]+from|[ \t]+live[ \t]+with|[ \t]+was[ \t]+diagnosed[ \t]+with)|"
    # "I" alone before a condition that starts with its verb ("I tore my ACL"); case-blind
    # it would be the Italian article ("i diabetici")
    r"(?-i:I)|"
    r"ich[ \t]+(?:bin|habe|hab|hatte|leide[ \t]+(?:an|unter))|"
    r"bei[ \t]+mir[ \t]+(?:wurde|wurden|ist|sind)|mir[ \t]+wurde|"
    r"je[ \t]+(?:suis|souffre[ \t]+d[e'\u2019]|me[ \t]+suis)|j['\u2019](?:ai|avais)|"
    r"(?:yo[ \t]+)?(?:soy|estoy(?:[ \t]+con)?|tengo|ten[ií]a|sufro(?:[ \t]+de)?|padezco)|"
    r"me[ \t]+(?:diagnosticaron|detectaron|han[ \t]+(?:diagnosticado|detectado))|"
    r"(?:io[ \t]+)?(?:sono|ho|avevo|soffro[ \t]+di)|mi[ \t]+hanno[ \t]+diagnosticato|"
    r"(?:eu[ \t]+)?(?:sou|estou(?:[ \t]+com)?|tenho|tinha|sofro[ \t]+(?:de|com)|"
    r"fui[ \t]+diagnosticad[oa][ \t]+com)|"
    r"ik[ \t]+(?:ben|heb|had|lijd[ \t]+aan)|bij[ \t]+mij[ \t]+(?:is|werd|zijn)"
)
THIRD_PERSON = (
    r"(?:he|she)(?:['\u2019]s|[ \t]+(?:is|has|had|got|was))|"
    r"(?:er|sie)[ \t]+(?:ist|hat|hatte|leidet[ \t]+(?:an|unter))|"
    r"(?:il|elle)[ \t]+(?:est|a|avait|souffre[ \t]+d[e'\u2019])|"
    r"(?:él|ella)[ \t]+(?:es|está|tiene|tenía|padece|sufre(?:[ \t]+de)?)|"
    r"(?:le|les)[ \t]+(?:diagnosticaron|detectaron|han[ \t]+diagnosticado)|"
    r"(?:lui|lei)[ \t]+(?:è|ha|aveva|soffre[ \t]+di)|"
    r"(?:gli|le)[ \t]+hanno[ \t]+diagnosticato|"
    r"(?:ele|ela)[ \t]+(?:é|está|tem|tinha|sofre[ \t]+de)|"
    r"(?:hij|zij|ze)[ \t]+(?:is|heeft|had|lijdt[ \t]+aan)"
)
# the verbs of the third person after a relation ("mon père a un zona", "mijn oma heeft staar")
RELATION_VERBS = (
    r"['\u2019]s|is|has|had|got|was|ist|hat|hatte|leidet[ \t]+(?:an|unter)|est|a|avait|"
    r"souffre[ \t]+d[e'\u2019]|es|está|tiene|tenía|padece|sufre(?:[ \t]+de)?|è|ha|aveva|"
    r"soffre[ \t]+di|é|tem|tinha|sofre[ \t]+de|heeft|lijdt[ \t]+aan"
)
RELATION = rf"(?:{kin_pattern(between=2)})(?:[ \t]+|(?=['\u2019]))(?:{RELATION_VERBS})"
# the speaker's, his or her; not "your" (leaflets), nor "their" and the Romance "su", "sua",
# "seu", which are "your" as often
POSSESSIVE = (
    r"my|his|her|mein(?:e[mnrs]?)?|sein(?:e[mnrs]?)?|mon|ma|mes|son|sa|ses|mis?|"
    r"(?:(?:o|a|os|as)[ \t]+)?(?:meu|minha|meus|minhas)|(?:(?:il|la|i|le)[ \t]+)?(?:mio|mia|miei|mie)|"
    r"mijn|m['\u2019]n|mn|zijn"
)
ARTICLES = (
    r"a|an|the|some|ein|eine[mnrs]?|einer|un|une|des|du|de|la|le|les|l['\u2019]|el|los|las|"
    r"uno|una|lo|il|gli|i|um|uma|o|os|as|een|het|d['\u2019]|con|com|di|da|with|from|an|aan"
)
QUALIFIERS = (
    r"been|got|also|still|now|just|recently|already|really|very|completely|severe|chronic|"
    r"acute|mild|bad|auch|noch|schon|aussi|también|anche|também|ook|gerade|"
    r"chronisch(?:e[mnrs]?)?|schwer(?:e[mnrs]?)?|leicht(?:e[mnrs]?)?|chroniques?|sévères?|"
    r"crónic[oa]s?|crônic[oa]s?|cronic[oa]|grave|severa|severo|ernstige?|chronische"
)
GAP = r"(?:[ \t]+|(?<=['\u2019]))"  # between words; none after an elided article ("l'asthme")
# a word's start, not after "if" or "when" ("if she has preeclampsia…" asks about no one)
WORD_START = rf"(?<![\p{{L}}\p{{N}}'\u2019\-])(?<!(?:{HYPOTHETICAL})[ \t]+)"
BEFORE_CONDITION = regex.compile(
    rf"{WORD_START}(?:(?P<subject>{FIRST_PERSON}|{THIRD_PERSON}|{RELATION})"
    rf"(?:{GAP}(?:{ARTICLES}|{QUALIFIERS})(?![\p{{L}}])){{0,{FILLERS}}}"
    rf"|(?P<owner>{POSSESSIVE})(?:[ \t]+(?:{QUALIFIERS})(?![\p{{L}}])){{0,{FILLERS}}})"
    rf"{GAP}$",
    regex.IGNORECASE)


def subject_before(text: str, start: int) -> tuple[int, int] | None:
    """The [start, end) of the subject or possessive that stands right before text[start:]
    on its line (module docstring), or None."""
    line = text.rfind("\n", max(0, start - REACH), start) + 1
    match = BEFORE_CONDITION.search(text, max(line, start - REACH), start)
    if match is None:
        return None
    group = "subject" if match.group("subject") is not None else "owner"
    return match.start(group), match.end(group)


# a verb of being: after it an ambiguous word reads as what the person is, not what they have
# ("she is a Cancer", "I'm cold"); "'s" is "is" as often as "has"
COPULA = regex.compile(
    r"(?<![\p{L}])(?:['\u2019]s|['\u2019]m|am|is|was|ist|bin|war|est|suis|es|soy|estoy|está|"
    r"è|sono|é|sou|estou|ben)(?![\p{L}])", regex.IGNORECASE)


def having_before(text: str, start: int) -> tuple[int, int] | None:
    """As :func:`subject_before`, but only a subject with a verb of having or suffering (or
    a possessive): "il a un zona", "my gout"; not "she is a Cancer"."""
    found = subject_before(text, start)
    if found is None or COPULA.search(text, found[0], start) is not None:
        return None
    return found
