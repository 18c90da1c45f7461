"""Batch B (harmless): general knowledge, public figures, business news naming CEOs of large
companies, reviews, films/books/songs, maths word problems with fictional first names, novel
characters, recipes, itineraries without travellers, conversions, statistics. Written by hand."""

HARMLESS = [
("public_figures", "en", """What were Marie Curie's two Nobel Prizes for, and in which years?"""),
("public_figures", "fr", """Quel rôle a joué Simone Veil dans la légalisation de l'IVG en France ?"""),
("public_figures", "es", """¿Cuántos Tours de Francia ganó Miguel Induráin y en qué años?"""),
("public_figures", "it", """Riassumi in 5 righe la carriera di Rita Levi-Montalcini."""),
("public_figures", "de", """Wann wurde Konrad Adenauer Bundeskanzler und wie lange blieb er im Amt?"""),
("public_figures", "pt", """Quem foi Santos Dumont e por que os brasileiros o consideram o pai da aviação?"""),
("business_news", "en", """Summarise in two sentences: "Microsoft chief executive Satya Nadella told investors on Tuesday that capital spending on data centres would rise again next quarter, while Alphabet's Sundar Pichai said cloud revenue grew 30 % year on year.\""""),
("business_news", "de", """Fasse zusammen: „Siemens-Chef Roland Busch kündigte auf der Hauptversammlung in München an, das Geschäft mit Industriesoftware weiter auszubauen.“"""),
("business_news", "nl", """Vat samen: "ASML meldde een recordorderboek; topman Christophe Fouquet verwacht dat de vraag naar EUV-machines in 2027 verder stijgt.\""""),
("business_news", "en", """Is it accurate that Tim Cook became Apple's CEO in August 2011? Write one line for a timeline."""),
("history", "en", """Why did the Hanseatic League decline in the 16th and 17th centuries?"""),
("history", "it", """Qual è stata l'importanza della battaglia di Lepanto del 1571?"""),
("history", "pt", """Explique a Revolução dos Cravos de 25 de abril de 1974 em linguagem simples."""),
("history", "nl", """Waarom heet de Tachtigjarige Oorlog zo als hij eigenlijk met een pauze verliep?"""),
("literature", "en", """In Pride and Prejudice, why does Elizabeth Bennet reject Mr Darcy's first proposal?"""),
("literature", "es", """¿Qué simboliza Macondo en «Cien años de soledad» y quién es Úrsula Iguarán en la novela?"""),
("literature", "fr", """Dans « Les Misérables », pourquoi Jean Valjean est-il poursuivi par Javert toute sa vie ?"""),
("literature", "de", """Welche Rolle spielt Gregor Samsas Schwester Grete in Kafkas „Die Verwandlung“?"""),
("film_music", "en", """Recommend five films like Arrival — slow, cerebral sci-fi, nothing too violent."""),
("film_music", "it", """Di cosa parla la canzone «Azzurro» di Paolo Conte, resa famosa da Adriano Celentano?"""),
("film_music", "pt", """Quais são os álbuns mais importantes de Caetano Veloso nos anos 70?"""),
("maths_word_problem", "en", """Tom has 3 times as many marbles as Priya. Together they have 48. How many does each have? Show the working."""),
("maths_word_problem", "de", """Lisa fährt mit dem Rad 18 km/h, ihr Bruder Max startet 20 Minuten später mit 24 km/h. Wann holt Max sie ein?"""),
("maths_word_problem", "fr", """Léa achète 3 croissants et 2 pains au chocolat pour 6,10 €. Hugo paie 4,70 € pour 2 croissants et 2 pains au chocolat. Combien coûte un croissant ?"""),
("maths_word_problem", "es", """Un tren sale de Madrid a las 9:15 a 240 km/h y otro de Barcelona a las 9:45 a 210 km/h. Si hay 620 km, ¿a qué hora se cruzan?"""),
("maths_word_problem", "nl", """Sanne en Joris verdelen 84 knikkers in de verhouding 3:4. Hoeveel krijgt ieder?"""),
("statistics", "en", """If a test has 95 % sensitivity and 98 % specificity and the prevalence is 1 %, what's the positive predictive value?"""),
("statistics", "it", """Quando conviene usare la mediana invece della media? Fammi un esempio con gli stipendi."""),
("statistics", "pt", """Como interpretar um intervalo de confiança de 95 % que vai de 1,2 a 3,8 para uma razão de chances?"""),
("recipe", "en", """Can I make a sourdough starter with only wholemeal flour? What ratio and feeding schedule?"""),
("recipe", "es", """Receta de salmorejo cordobés para 6 personas, sin huevo duro porque no me gusta."""),
("recipe", "fr", """Combien de temps faut-il cuire un gigot d'agneau de 2 kg à 180 °C ?"""),
("recipe", "nl", """Hoe maak ik stamppot boerenkool vegetarisch maar toch met een rokerige smaak?"""),
("recipe", "it", """Perché la mia carbonara diventa una frittata? Uso guanciale, pecorino e solo tuorli."""),
("travel_itinerary", "en", """Plan a 4-day Lisbon itinerary in March for two adults who like tiles, food markets and viewpoints; day trip to Sintra on day 3."""),
("travel_itinerary", "de", """Reiseplan für 10 Tage Schottland mit dem Zug ab Edinburgh, Schwerpunkt Highlands und Isle of Skye, ohne Auto."""),
("travel_itinerary", "pt", """Roteiro de 5 dias em Salvador e Chapada Diamantina: vale a pena alugar carro?"""),
("travel_itinerary", "es", """Flight IB3166 sale de Madrid a las 07:35 y llega a Bruselas a las 10:00; ¿me da tiempo a coger el tren de las 11:25 a Brujas?"""),
("unit_conversion", "en", """Convert 350 °F to Celsius, 2 cups of flour to grams, and 1.5 lb to kg."""),
("unit_conversion", "fr", """Combien font 65 miles par heure en km/h, et 12 gallons US en litres ?"""),
("unit_conversion", "nl", """Hoeveel kWh is 3.600 kJ, en hoeveel kost dat bij 0,28 euro per kWh?"""),
("product_review", "en", """Rewrite this review to be more balanced: "The Kindle Paperwhite is fine but the store is a walled garden and the ads on the lock screen are insulting for the price.\""""),
("product_review", "de", """Vergleich: Bosch Serie 6 vs. Miele G 5000 Geschirrspüler — Lautstärke, Verbrauch, Preis-Leistung?"""),
("product_review", "it", """Scrivi una recensione di 100 parole di una moka Bialetti da 6 tazze, tono ironico."""),
("geography", "en", """Why is Canberra the capital of Australia rather than Sydney or Melbourne?"""),
("geography", "es", """¿Cuáles son los cinco ríos más largos de la península ibérica?"""),
("geography", "de", """Wie hoch ist die Zugspitze und auf welcher Grenze liegt sie?"""),
("finance_general", "en", """What's the difference between a Roth IRA and a traditional IRA, in a table?"""),
("finance_general", "pt", """Como funciona o Pix por aproximação e ele tem limite diferente do Pix normal?"""),
("finance_general", "fr", """Quelle est la différence entre un PEA et une assurance-vie pour investir en actions ?"""),
("science", "en", """Explain why the sky is blue but sunsets are red, for a 10-year-old."""),
("science", "nl", """Waarom zakt een ijsblokje in alcohol en drijft het in water?"""),
("business_writing", "en", """Write a polite email to a supplier asking to move our delivery window from Tuesdays to Thursdays from January, no names, I'll add them."""),
("business_writing", "es", """Redacta un aviso para clientes: la tienda cerrará del 24 al 26 de diciembre por inventario."""),
("long_general", "en", """Please edit this short story opening for pace; keep the characters' names:

The lighthouse at Carrow Point had been dark for eleven years when Maud decided to climb it. Her brother Elias said it was a waste of a Sunday. "There's nothing up there but gulls and rust," he told her over breakfast, buttering his toast with the precision of a man who had never once been surprised by anything. Maud didn't answer. She had already packed a thermos, a torch and the brass key she'd found in their grandmother's sewing box, wrapped in a scrap of sailcloth with a single word stitched on it: ASK.

The path to the point was longer than she remembered. The wind came off the sea in flat, cold sheets, and twice she had to stop and turn her back to it. When she reached the door at the base of the tower, the key turned as if it had been oiled that morning. Inside, the spiral stairs climbed into the dark, and somewhere far above, something was ticking.

She counted the steps without meaning to. At two hundred and six the ticking stopped. At two hundred and seven, a light came on."""),
("long_general", "fr", """Corrige et améliore ce texte pour le site de l'office de tourisme :

Situé au cœur du Vercors, le plateau d'Ambel offre l'un des plus beaux panoramas de la région. Depuis le parking, un sentier balisé de 4 km conduit en pente douce jusqu'au belvédère, d'où l'on aperçoit par temps clair le mont Aiguille et, au loin, les sommets des Écrins. Le site est classé Espace naturel sensible : les chiens doivent être tenus en laisse et la cueillette est interdite. En été, des bergers y mènent leurs troupeaux ; merci de refermer les barrières derrière vous.

Accès : depuis Die, suivre la D518 puis la route forestière (non déneigée en hiver). Prévoir de l'eau, il n'y a aucune source sur le parcours. Durée aller-retour : environ 2 h 30. Le belvédère est accessible aux poussettes tout-terrain mais pas aux fauteuils roulants."""),
]
