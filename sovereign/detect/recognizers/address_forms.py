"""How a street line and the postcode and town after it are written in Germany, Austria and
Switzerland, France, Spain, Italy, Portugal and Brazil, the Netherlands and Belgium, the UK
and the US, as regular-expression pieces for ``address_block`` (read case-sensitively).

A line is the street's type word where it comes first ("Calle", "rue", "Via", "Rua"), the
street's name, the house number (with "bis", "34a", "12-3"), a unit ("3º B", "apto 32",
"int. 4"), then, optionally, the postcode and the town ("28014 Madrid", "1016 DV Amsterdam",
"01310-100 São Paulo", "Manchester M20 4RQ", "Springfield, IL 62704").
"""

from __future__ import annotations

# a capitalised word; a dot after it only where the name or the number goes on ("Gral. Paz 5")
WORD = r"\p{Lu}[\p{L}'\u2019\-]*(?:\.(?=[ \t]*[\p{Lu}\d]))?"
# "d'Italie", "dell'Indipendenza": an elided article glued to the next word
GLUED = r"(?:(?:d|l|dell|dall|all|nell|sull|dello)['\u2019])"
PARTICLE = (r"(?:de[ \t]+la|de[ \t]+las|de[ \t]+los|de|del|la|las|los|el|da|das|do|dos|di|della|"
            r"delle|dei|degli|del|des|du|von|vom|van|der|den|het|e|y|et|sur|sous|en)")
# a street's name after its type word: "de Alcalá", "des Lilas", "Victor-Hugo", "XX Settembre"
ROMANCE_NAME = (rf"(?:{PARTICLE}[ \t]+)?{GLUED}?(?:{WORD}|[IVXL]+|\d{{1,2}}(?=[ \t]+{WORD}))"
                rf"(?:[ \t]+(?:{PARTICLE}[ \t]+)?{GLUED}?(?:{WORD}|\d{{1,4}}(?=[ \t]+{WORD}))){{0,4}}")
NUMBER = r"\d{1,5}(?:[ \t]?(?:bis|ter|quater|[a-hA-H])(?![\p{L}\d]))?(?:[\-/]\d{1,4}[a-zA-Z]?)?"

# type words written before the name (either case: "calle Mayor", "Calle Mayor"); "Via" and
# "Av" are written with a capital only ("via Slack 2" is not an address)
ES_TYPE = (r"(?:(?i:calle|avenida|avda\.|paseo|plaza|pza\.|ronda|camino|carretera|ctra\.|"
           r"traves[ií]a|carrer|passeig|rambla|glorieta|gran[ \t]+v[ií]a|urbanizaci[oó]n|urb\.|"
           r"pasaje|callej[oó]n|cuesta)|C/|C\.|Av\.|Avda|P[º°o]\.?|Pl\.|Pg\.|V[ií]a)")
IT_TYPE = (r"(?:(?i:viale|piazza|piazzale|corso|largo|vicolo|lungomare|lungotevere|contrada|"
           r"borgo|salita|vico|galleria|localit[aà]|strada)|Via|V\.le|V\.|P\.za|P\.zza|P\.le|"
           r"C\.so|C\.da|Str\.|Loc\.)")
PT_TYPE = (r"(?:(?i:rua|avenida|travessa|alameda|pra[çc]a|estrada|largo|rodovia|beco|ladeira|"
           r"calçada|calcada)|R\.|Av\.|Tv\.|Trav\.|Al\.|P[çc]\.|Rod\.|Estr\.)")
FR_TYPE = (r"(?:(?i:rue|avenue|boulevard|place|chemin|all[ée]e|impasse|quai|cours|route|square|"
           r"passage|voie|faubourg|sentier|villa|cit[ée]|r[ée]sidence|parvis|promenade|"
           r"esplanade|rond-point|chauss[ée]e)|Av\.|Bd|Bld|Fbg|Pl\.)")
# German, Dutch and Flemish names end in their type word: "Hauptstr.", "Keizersgracht"
# (not "-berg", "-feld", "-markt", "-haven": towns end so too, "Heidelberg 2024")
GERMANIC_END = (r"(?:stra(?:ß|ss)e|str\.|gasse|weg|platz|allee|damm|ufer|steig|pfad|chaussee|"
                r"zeile|stieg|promenade|straat|gracht|laan|plein|kade|singel|dijk|steeg|dreef|"
                r"burgwal|steenweg|kai)")
GERMANIC_TYPE = (r"(?:Stra(?:ß|ss)e|Str\.|Gasse|Weg|Platz|Allee|Ring|Damm|Ufer|Chaussee|Steig|"
                 r"Straat|Laan|Plein|Kade|Gracht)")
# not an adjective before a street's type word: an article or a pronoun ("Der Weg 2")
NOT_ADJECTIVE = (r"(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Unser|Unsere|Ihr|Ihre|Mein|Meine|"
                 r"Dein|Deine|Sein|Seine|Jeder|Jede|Kein|Keine|Dieser|Diese|The|De|Het|Een)")
# "Am Markt 5", "Im Winkel 34a", "An der Alster 12": a preposition and a name
DE_PREPOSITION = (r"(?:Im|Am|An[ \t]+der|An[ \t]+den|An[ \t]+dem|Auf[ \t]+der|Auf[ \t]+dem|"
                  r"Auf[ \t]+den|In[ \t]+der|In[ \t]+den|Zum|Zur|Unter[ \t]+den|Hinter[ \t]+der|"
                  r"Hinter[ \t]+dem|Vor[ \t]+dem|Vorm|Beim|Bei[ \t]+der|Op[ \t]+de|Aan[ \t]+de|"
                  r"In[ \t]+de|Achter[ \t]+de)")
# words after such a preposition that name a time or a part, not a street ("Im Jahr 2020")
NOT_STREET = (r"(?:Jahr|Jahre|Kapitel|Abschnitt|Teil|Version|Schritt|Punkt|Monat|Tag|Ende|"
              r"Anfang|Seite|Absatz|Artikel|Paragraph|Folie|Minute|Stunde|Woche|Quartal|Level|"
              r"Stufe|Runde|Spiel|Zimmer|Raum|Saal|Gleis|Bus|Zug|Platz|Sommer|Winter|Frühjahr|"
              r"Herbst|Durchschnitt|Schnitt|Vergleich|Moment|Alter|Vorjahr|Release|Sprint|Team|"
              r"Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|"
              r"März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Beispiel|Glück|"
              r"Schluss|Thema|Zeitpunkt|Stand|Start|Zeit|Info|Verfügung|Kenntnis|Sicherheit|"
              r"Hälfte|Prozent|Stück|Uhr)")
DE_ADJECTIVE = r"(?:Alte|Neue|Große|Grosse|Lange|Hohe|Kleine|Obere|Untere|Breite|Hintere|Vordere)"
DE_STREET = (rf"(?:{DE_PREPOSITION}[ \t]+(?!{NOT_STREET}\b){WORD}(?:[ \t]+{WORD})?"
             rf"|(?:\p{{Lu}}\p{{L}}*er[ \t]|{DE_ADJECTIVE}[ \t])?\p{{Lu}}[\p{{L}}\-]*{GERMANIC_END}"
             rf"|(?!{NOT_ADJECTIVE}\b){WORD}[ \t]+{GERMANIC_TYPE}(?:[ \t]+(?:des|der|van|de)[ \t]+{WORD})?)")

# a unit after the number: "3º B", "2º izda.", "apto 32", "int. 4", "Stiege 2/Top 5", "bus 3"
# (NFKC, which the engine applies first, writes "º" and "ª" as "o" and "a")
UNIT = (r"(?:[ \t]*,?[ \t]*(?:\d{1,2}[ \t]?[º°ªoa](?:[ \t]?[A-Z](?![\p{L}\d])|[ \t]?(?:izq(?:da)?|"
        r"dcha|dch|esq|dto|dt|andar)\.?)?|(?:apto|apt|ap|sala|bloco|bl|conj|cj|casa|andar|loja|"
        r"piso|planta|puerta|pta|esc|escalera|bajo|bloque|portal|local|int|interno|scala|sc|"
        r"piano|Stiege|Top|Tür|bus|boîte|bte|app|appt|appartement|bât|bâtiment|étage|"
        r"Apt|Apartment|Suite|Ste|Unit|Flat)\.?[ \t]*(?:n[º°o]\.?[ \t]*)?[\dA-Z][\w/\-]*))")
TOWN_WORD = r"\p{Lu}[\p{L}'\u2019\-]*"
# "Frankfurt am Main", "Rio de Janeiro", "Alphen aan den Rijn" (no "and"-words: "Lyon et Paris")
TOWN = (rf"{TOWN_WORD}(?:[ \t\-]+(?:(?:am|an|der|im|bei|ob|sur|sous|de|del|di|la|le|les|da|do|"
        rf"dos|das|aan|den|op|upon)[ \t\-]+){{0,2}}{TOWN_WORD}){{0,2}}")
UK_POSTCODE = r"(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2})"
# the postcode and the town after the street line, as each country writes them
TAIL_EU = (rf"(?:(?:D|A|CH|F|E|I|P|B|L|NL|FL)[\-\u2013])?\d{{4,5}}[ \t]+{TOWN}"
           rf"(?:[ \t]+(?:\([A-Z]{{2}}\)|[A-Z]{{2}}\b|CEDEX(?:[ \t]+\d{{1,2}})?))?")
TAIL_NL = rf"\d{{4}}[ \t]?[A-Z]{{2}}[ \t]+{TOWN}"
TAIL_BR = (rf"(?:(?:{TOWN}[ \t]*[\-\u2013/,][ \t]*)?(?:CEP[ \t:]*)?\d{{5}}-?\d{{3}}"
           rf"(?:[ \t]*[,\-\u2013][ \t]*|[ \t]+){TOWN}(?:[ \t]*[\-\u2013/,][ \t]*[A-Z]{{2}}\b)?"
           rf"|(?:{TOWN}[ \t]*[\-\u2013/,][ \t]*)?{TOWN}[ \t]*[\-\u2013/][ \t]*[A-Z]{{2}},?[ \t]*"
           rf"(?:CEP[ \t:]*)?\d{{5}}-?\d{{3}})")
TAIL_PT = rf"\d{{4}}-\d{{3}}[ \t]+{TOWN}"
TAIL_UK = rf"(?:{TOWN},?[ \t]+)?{UK_POSTCODE}"
TAIL_US = rf"{TOWN},?[ \t]+[A-Z]{{2}}[ \t]+\d{{5}}(?:-\d{{4}})?"
TAIL = (rf"(?:[ \t]*[,\n][ \t]*|[ \t]+|[ \t]*[\-\u2013][ \t]*)"
        rf"(?:{TAIL_BR}|{TAIL_PT}|{TAIL_NL}|{TAIL_EU}|{TAIL_UK}|{TAIL_US})")

# street lines, by the order their parts come in
NAME_THEN_NUMBER = (rf"(?:{ES_TYPE}|{IT_TYPE}|{PT_TYPE}|{FR_TYPE})(?:[ \t]+|(?<=/))"
                    rf"{ROMANCE_NAME},?[ \t]+(?:n[º°o]\.?[ \t]*|nr\.?[ \t]*|s/n)?{NUMBER}"
                    rf"|{DE_STREET}[ \t]+(?:Nr\.?[ \t]*)?{NUMBER}")
NUMBER_THEN_NAME = (rf"\d{{1,4}}(?:[ \t]?(?:bis|ter|quater|[A-D])(?![\p{{L}}\d]))?,?[ \t]+{FR_TYPE}"
                    rf"[ \t]+{ROMANCE_NAME}")
# UK and US: "The Old Rectory, 204 Beech Grove", "Flat 3, 12 High Street"
HOUSE_NAME = rf"(?:(?:The[ \t]+)?{WORD}(?:[ \t]+{WORD}){{0,2}},[ \t]*)"
EN_TYPE = (r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Court|Ct|"
           r"Place|Pl|Terrace|Square|Sq|Parkway|Pkwy|Highway|Hwy|Close|Crescent|Circle|Cir|"
           r"Grove|Gardens|Mews|Row|Walk|Hill|Rise|Vale|View|Park|Green|Parade|Drove|Gate)\.?")
EN_STREET = (rf"(?:(?:Flat|Apartment|Apt\.?|Unit)[ \t]+\d{{1,4}}[A-Z]?,?[ \t]+)?{HOUSE_NAME}?"
             rf"\d{{1,5}}[A-Z]?[ \t]+(?:{WORD}[ \t]+){{1,3}}{EN_TYPE}(?:[ \t]+(?:NW|NE|SW|SE|N|S|E|W))?")
