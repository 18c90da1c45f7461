"""The words that say a person has a condition, read right before it: a subject and a verb
("I'm", "je suis", "il a une", "soy", "estou com", "ik heb een", "mon père a un") or a
possessive ("my", "sa", "m'n"), in English, German, French, Spanish, Italian, Portuguese and Dutch.
Up to three fillers may stand between the subject and the condition: articles, qualifiers,
or a time, an age or a pregnancy's week ("Opa hatte letzte Woche einen…", "Ik ben 22 weken
…"). A relative *with* the condition counts ("mio fratello affetto da SLA"), and so does a
first-person verb that opens the condition where the language drops the subject ("Me rompí
el tobillo": OWN_VERB).

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
_N = r"(?:\p{L}+|\d{1,2})[ \t]+"  # a number in words or digits ("deux ans", "3 Jahren")

# a subject and a verb of being or having (or of suffering, breaking, being diagnosed), in
# the seven languages; where a language drops the subject, the first person's own verb
FIRST_PERSON = (
    r"i(?:['\u2019]m|[ \t]+am|['\u2019]ve(?:[ \t]+(?:got|had|been))?|[ \t]+have|[ \t]+had|"
    r"[ \t]+got|[ \t]+suffer[ \t]+from|[ \t]+live[ \t]+with|[ \t]+was[ \t]+diagnosed[ \t]+with)|"
    # "I" alone before a condition that starts with its verb ("I tore my ACL"); case-blind
    # it would be the Italian article ("i diabetici")
    r"(?-i:I)|"
    r"ich[ \t]+(?:bin|habe|hab|hatte|leide[ \t]+(?:an|unter))|hab(?:e)?(?=[ \t]+mir)|"
    r"bei[ \t]+mir[ \t]+(?:wurde|wurden|ist|sind)|mir[ \t]+wurde|"
    r"je[ \t]+(?:suis|souffre[ \t]+d[e'\u2019]|me[ \t]+suis(?:[ \t]+fait)?)|j['\u2019](?:ai|avais)|"
    r"(?:yo[ \t]+)?(?:soy|estoy(?:[ \t]+con)?|tengo|ten[ií]a|sufro(?:[ \t]+de)?|padezco)|"
    # "Llevo un año con depresión": a time carried with the condition
    r"llevo[ \t]+(?:" + _N + r")?(?:años?|meses|mes|semanas?|tiempo)[ \t]+con|"
    r"me[ \t]+(?:diagnosticaron|detectaron|han[ \t]+(?:diagnosticado|detectado))|"
    r"(?:io[ \t]+)?(?:sono|ho|avevo|soffro[ \t]+di)|mi[ \t]+hanno[ \t]+diagnosticato|"
    r"(?:eu[ \t]+)?(?:sou|estou(?:[ \t]+com)?|t[ôo][ \t]+com|tenho|tinha|sofro[ \t]+(?:de|com)|"
    r"fui[ \t]+diagnosticad[oa][ \t]+com)|"
    r"ik[ \t]+(?:ben|heb|had|lijd[ \t]+aan)|bij[ \t]+mij[ \t]+(?:is|werd|zijn)|"
    # a relative at a message's start, capitalised, with the condition ("Bruder mit ALS, seit
    # Frühjahr PEG", "Hermana con ELA", "Irmão com ELA")
    r"(?-i:Brother|Sister|Mother|Father|Son|Daughter|Wife|Husband|Bruder|Schwester|Mutter|"
    r"Vater|Sohn|Tochter|Frère|Sœur|Soeur|Mère|Père|Fils|Fille|Hermano|Hermana|Madre|Padre|"
    r"Hijo|Hija|Fratello|Sorella|Figlio|Figlia|Irmão|Irmã|Mãe|Pai|Filho|Filha|Broer|Zus|"
    r"Moeder|Vader|Zoon|Dochter)[ \t]+(?:with|mit|avec|con|com|met|affett[oa][ \t]+da)"
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
    r"soffre[ \t]+di|é|tem|tinha|sofre[ \t]+de|heeft|lijdt[ \t]+aan|"
    # the same verbs in the past ("o meu avô teve um AVC", "mi abuelo tuvo un ictus")
    r"teve|tuvo|ebbe|ha[ \t]+avuto|a[ \t]+eu|kreeg|kriegte|bekam|"
    # a relative with the condition ("my brother with ALS", "mijn broer met ALS", "mio
    # fratello affetto da SLA")
    r"with|mit|avec|con|com|met|affett[oa][ \t]+da|atteint[e]?[ \t]+d[e'\u2019]"
)
# what a family calls a parent or grandparent, capitalised as a name, without a possessive
# ("Opa hatte einen Schlaganfall", "Nonna ha l'Alzheimer")
FAMILY_NAMES = (r"Mum|Mom|Dad|Grandma|Grandpa|Granny|Grandad|Oma|Opa|Mama|Papa|Mami|Papi|"
                r"Mamie|Papy|Nonna|Nonno|Abuela|Abuelo|Vovó|Vovô|Avó|Avô|Mamãe|Papai|"
                r"Moeder|Vader")
RELATION = (rf"(?:{kin_pattern(between=2)}|(?-i:{FAMILY_NAMES}))(?:[ \t]+|(?=['\u2019]))"
            rf"(?:{RELATION_VERBS})")
# the speaker's, his or her; not "your" (leaflets), nor "their" and the Romance "su", "sua",
# "seu", which are "your" as often
POSSESSIVE = (
    r"my|his|her|mein(?:e[mnrs]?)?|sein(?:e[mnrs]?)?|mon|ma|mes|son|sa|ses|mis?|"
    r"(?:(?:o|a|os|as)[ \t]+)?(?:meu|minha|meus|minhas)|(?:(?:il|la|i|le)[ \t]+)?(?:mio|mia|miei|mie)|"
    r"mijn|m['\u2019]n|mn|zijn"
)
ARTICLES = (
    r"a|an|the|some|ein|eine[mnrs]?|einer|der|die|das|den|dem|un|une|des|du|de|la|le|les|l['\u2019]|el|los|las|"
    r"uno|una|lo|il|gli|i|um|uma|o|os|as|een|het|d['\u2019]|con|com|di|da|with|from|an|aan"
)
QUALIFIERS = (
    r"been|got|also|still|now|just|recently|already|really|very|completely|severe|chronic|"
    r"acute|mild|bad|auch|noch|schon|aussi|también|anche|também|ook|gerade|"
    r"chronisch(?:e[mnrs]?)?|schwer(?:e[mnrs]?)?|leicht(?:e[mnrs]?)?|chroniques?|sévères?|"
    r"crónic[oa]s?|crônic[oa]s?|cronic[oa]|grave|severa|severo|ernstige?|chronische"
)
# a time, an age or a pregnancy's week between the verb and the condition, read as one
# filler ("Opa hatte letzte Woche einen Schlaganfall", "Ma mère a depuis deux ans un
# diabète", "Ich bin in der 20. Woche schwanger", "I'm 12 weeks pregnant", "Bei mir wurde
# mit 24 das PCO-Syndrom festgestellt"); or a reflexive pronoun and the pastime an injury
# came from ("Ich hab mir beim Skifahren das Kreuzband gerissen")
TIMES = (
    r"yesterday|(?:last|this)[ \t]+(?:week|month|year|night|summer|winter|spring|autumn|"
    r"fall|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:" + _N + r")?(?:years?|months?|weeks?|days?)[ \t]+ago|"
    r"(?:for|since)[ \t]+(?:" + _N + r")?(?:years|months|weeks|\d{4})|in[ \t]+\d{4}|"
    r"at[ \t]+(?:age[ \t]+)?\d{1,2}|"
    r"\d{1,2}[ \t]+(?:weeks?|months?|weken|maanden|semanas|meses|semaines|mois|settimane|mesi)|"
    r"gestern|vorgestern|kürzlich|neulich|"
    r"(?:letzte[nrs]?|vergangene[nrs]?|vorige[nrs]?|diese[nrs]?)[ \t]+"
    r"(?:Woche|Monat|Jahr|Sommer|Winter|Herbst|Frühling|Wochenende)|"
    r"(?:seit|vor)[ \t]+(?:" + _N + r")?(?:Jahren|Monaten|Wochen|Tagen)|seit[ \t]+\d{4}|"
    r"im[ \t]+Jahr[ \t]+\d{4}|mit[ \t]+\d{1,2}(?:[ \t]+Jahren)?|"
    r"in[ \t]+der[ \t]+\d{1,2}\.[ \t]*(?:Woche|SSW|Schwangerschaftswoche)|im[ \t]+\d\.[ \t]*Monat|"
    r"mir[ \t]+beim[ \t]+\p{L}+|mir|"
    # a count before the condition's words ("I'm 12 weeks along", "my 2 boys have lice")
    r"\d{1,2}|"
    r"hier|avant-hier|récemment|depuis[ \t]+(?:" + _N + r")?(?:ans|mois|semaines|jours|\d{4})|"
    r"il[ \t]+y[ \t]+a[ \t]+(?:" + _N + r")?(?:ans|mois|semaines|jours)|"
    r"l['\u2019]an[ \t]+dernier|l['\u2019]année[ \t]+dernière|"
    r"la[ \t]+semaine[ \t]+dernière|le[ \t]+mois[ \t]+dernier|en[ \t]+\d{4}|à[ \t]+\d{1,2}[ \t]+ans|"
    r"ayer|anteayer|(?:desde[ \t]+)?hace[ \t]+(?:" + _N + r")?(?:años|meses|semanas|días)|"
    r"el[ \t]+año[ \t]+pasado|la[ \t]+semana[ \t]+pasada|el[ \t]+mes[ \t]+pasado|"
    r"a[ \t]+los[ \t]+\d{1,2}[ \t]+años|de[ \t]+\d{1,2}[ \t]+(?:semanas|meses)|"
    r"ieri|l['\u2019]anno[ \t]+scorso|la[ \t]+settimana[ \t]+scorsa|il[ \t]+mese[ \t]+scorso|"
    r"da[ \t]+(?:" + _N + r")?(?:anni|mesi|settimane)|(?:" + _N + r")?(?:anni|mesi|settimane)[ \t]+fa|"
    r"nel[ \t]+\d{4}|a[ \t]+\d{1,2}[ \t]+anni|"
    r"ontem|há[ \t]+(?:" + _N + r")?(?:anos|meses|semanas|dias)|no[ \t]+ano[ \t]+passado|"
    r"na[ \t]+semana[ \t]+passada|no[ \t]+mês[ \t]+passado|aos[ \t]+\d{1,2}[ \t]+anos|"
    r"gisteren|vorige[ \t]+(?:week|maand)|vorig[ \t]+jaar|"
    r"sinds[ \t]+(?:" + _N + r")?(?:jaren|maanden|weken|jaar|\d{4})|"
    r"(?:" + _N + r")?(?:jaar|maanden|weken|dagen)[ \t]+geleden"
)
GAP = r"(?:[ \t]+|(?<=['\u2019]))"  # between words; none after an elided article ("l'asthme")
# a word's start, not after "if" or "when" ("if she has preeclampsia…" asks about no one)
WORD_START = rf"(?<![\p{{L}}\p{{N}}'\u2019\-])(?<!(?:{HYPOTHETICAL})[ \t]+)"
BEFORE_CONDITION = regex.compile(
    rf"{WORD_START}(?:(?P<subject>{FIRST_PERSON}|{THIRD_PERSON}|{RELATION})"
    rf"(?:{GAP}(?:{ARTICLES}|{QUALIFIERS}|{TIMES})(?![\p{{L}}])){{0,{FILLERS}}}"
    rf"|(?P<owner>{POSSESSIVE})(?:[ \t]+(?:{QUALIFIERS})(?![\p{{L}}])){{0,{FILLERS}}})"
    rf"{GAP}$",
    regex.IGNORECASE)


# a verb in the first person that opens the condition it names, where the language drops the
# subject ("Me rompí el tobillo", "Torci o tornozelo no vôlei", "Parti a perna", "Me quitaron
# la vesícula"): the verb's ending or its pronoun says who
OWN_VERB = regex.compile(
    r"(?:rompí|torcí|fracturé|disloqué|quemé|lesioné|esguincé|parti|fraturei|torci|quebrei|"
    r"queimei|desloquei|machuquei|luxei|distendi|me[ \t]+(?:quitaron|operaron|extirparon))"
    r"(?![\p{L}])", regex.IGNORECASE)


def subject_before(text: str, start: int) -> tuple[int, int] | None:
    """The [start, end) of the subject or possessive that stands right before text[start:]
    on its line (module docstring), or of the first-person verb that opens it (OWN_VERB),
    or None."""
    own = OWN_VERB.match(text, start)
    if own is not None:
        return own.start(), own.end()
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
