# ruff: noqa
# Harmless: products, recipes, travel, history, maths, translations, CSVs, fiction. (genre, lang, text)
HARMLESS = [
("product_comparison", "en", "Sony WH-1000XM5 vs Bose QuietComfort Ultra vs Sennheiser Momentum 4 – which has the best ANC for flights? Budget around $380."),
("product_comparison", "en", "Is the Samsung 990 PRO 2TB (MZ-V9P2T0BW) worth it over the WD Black SN850X for a PS5? Prices are 169.99 and 149.99."),
("product_comparison", "de", "Lohnt sich der Bosch Serie 8 WAV28M40 gegenüber dem Miele WWD 320 WPS? Preisunterschied ca. 250 €."),
("product_comparison", "fr", "Entre la Renault Mégane E-Tech et la Peugeot e-308, laquelle a la meilleure autonomie réelle sur autoroute à 130 km/h ?"),
("product_comparison", "es", "¿Qué portátil me recomiendas para programar: MacBook Air M3 de 16 GB o Lenovo ThinkPad T14s Gen 5 con 32 GB? Presupuesto 1.400 €."),
("product_comparison", "it", "Meglio la Nespresso Vertuo Next o la De'Longhi Dedica EC685 per chi beve 3 caffè al giorno?"),
("product_comparison", "pt", "Vale a pena trocar o iPhone 12 pelo iPhone 16 ou pelo Galaxy S24 FE? Uso muito a câmera à noite."),
("product_comparison", "nl", "Welke warmtepomp is stiller: de Daikin Altherma 3 H HT of de Mitsubishi Ecodan PUZ-WM85? Het gaat om een tussenwoning."),
("recipe", "en", "How do I make a proper Neapolitan pizza dough with 00 flour at 65% hydration? I only have a home oven that goes to 250°C."),
("recipe", "en", "vegan substitute for eggs in banana bread? recipe calls for 2 eggs and 250g flour"),
("recipe", "de", "Rezept für Schwäbische Maultaschen für 4 Personen, am liebsten mit Spinat und ohne Fleisch."),
("recipe", "fr", "Comment réussir une pâte feuilletée inversée ? Mes tourages se déchirent toujours au troisième tour."),
("recipe", "es", "Receta de tortilla de patatas jugosa, ¿con cebolla o sin cebolla? Dame las cantidades para 6 huevos."),
("recipe", "it", "Come si fa la carbonara vera? Guanciale o pancetta, e quanti tuorli per 400 g di spaghetti?"),
("recipe", "pt", "Receita de pastel de nata caseiro: a massa folhada comprada serve ou tenho que fazer a minha?"),
("recipe", "nl", "Hoe maak ik stamppot boerenkool met rookworst voor 6 personen en hoeveel kruimige aardappelen heb ik nodig?"),
("travel", "en", "3 days in Lisbon in March: is it worth doing Sintra as a day trip, and which day is Jerónimos Monastery closed?"),
("travel", "en", "Cheapest way from Amsterdam Schiphol to Brussels Midi by train? Do I need to book the Eurostar or is there an IC?"),
("travel", "de", "Wie komme ich am besten von München nach Salzburg und weiter nach Hallstatt ohne Auto?"),
("travel", "fr", "Itinéraire de 10 jours en Sicile en juin, au départ de Palerme, sans voiture si possible."),
("travel", "es", "¿Cuál es la mejor época para ver las auroras boreales en Tromsø y qué ropa hace falta?"),
("travel", "it", "Cosa vedere a Porto in due giorni? Vale la pena la crociera dei sei ponti sul Douro?"),
("travel", "pt", "Preciso de visto para visitar o Japão com passaporte brasileiro em 2026? Quanto tempo posso ficar?"),
("travel", "nl", "Is de nachttrein van Amsterdam naar Wenen de moeite waard, of kan ik beter vliegen met kinderen?"),
("history", "en", "Why did Napoleon invade Russia in 1812, and how many soldiers of the Grande Armée actually returned?"),
("history", "en", "What was Ada Lovelace's contribution to Babbage's Analytical Engine? Was she really the first programmer?"),
("history", "de", "Welche Rolle spielte Otto von Bismarck bei der Reichsgründung 1871? Kurz für ein Referat, Klasse 9."),
("history", "fr", "Pourquoi Louis XVI a-t-il convoqué les États généraux en 1789 ? Explique simplement."),
("history", "es", "¿Qué consecuencias tuvo el Tratado de Tordesillas para Brasil y el resto de Sudamérica?"),
("history", "it", "Chi era Cosimo de' Medici e perché è considerato il padre della patria fiorentina?"),
("history", "pt", "Quem foi Dom Pedro II e por que a monarquia no Brasil terminou em 1889?"),
("history", "nl", "Wat was de rol van Willem van Oranje in de Tachtigjarige Oorlog?"),
("literature", "en", "In Pride and Prejudice, why does Elizabeth initially reject Mr Darcy's proposal? Give three reasons with quotes."),
("literature", "en", "compare the narrators of The Great Gatsby and Moby-Dick — Nick Carraway vs Ishmael"),
("literature", "de", "Interpretiere das Gedicht 'Der Panther' von Rilke in fünf Sätzen."),
("literature", "fr", "Quel est le thème principal de L'Étranger de Camus ? Pourquoi Meursault ne pleure-t-il pas ?"),
("literature", "es", "Resume el capítulo de los molinos de viento en Don Quijote y su significado."),
("literature", "it", "Perché Dante sceglie Virgilio come guida nell'Inferno?"),
("literature", "pt", "Qual o papel de Capitu em Dom Casmurro? Ela traiu ou não o Bentinho?"),
("fiction_chat", "en", "In Breaking Bad, at what point does Walter White become irredeemable in your view? Jesse's arc is the real tragedy imo"),
("fiction_chat", "en", "Write a short scene where Sherlock Holmes and Hermione Granger meet in a library and argue about deduction."),
("fiction_chat", "es", "¿Quién es más poderoso en El Señor de los Anillos, Gandalf o Saruman? Argumenta con el libro."),
("fiction_chat", "de", "Ich schreibe eine Fantasy-Geschichte. Meine Heldin heißt Elaria und ist eine Heilerin mit einer magischen Krankheit, die sie langsam erblinden lässt. Wie baue ich den Konflikt auf?"),
("fiction_chat", "nl", "Schrijf een korte tekst waarin Dikkertje Dap en Nijntje samen naar de dierentuin gaan."),
("maths", "en", "Is 2147483647 prime? And what's special about it in programming?"),
("maths", "en", "Compute 123456789 × 987654321 step by step and check the result mod 9."),
("maths", "en", "what's the sum of the digits of 2^100 = 1267650600228229401496703205376?"),
("maths", "de", "Wie berechne ich die Zinseszinsen für 15.000 € bei 3,25 % über 12 Jahre mit monatlicher Verzinsung?"),
("maths", "fr", "Démontre que la racine carrée de 2 est irrationnelle."),
("maths", "es", "Si un depósito de 4.500 litros se vacía a 12,5 litros por minuto, ¿cuánto tarda en vaciarse? Explica para niños de 11 años."),
("maths", "it", "Quante combinazioni possibili ci sono al Superenalotto (6 numeri su 90)?"),
("maths", "pt", "Resolva o sistema: 3x + 2y = 16 e 5x − y = 5."),
("maths", "nl", "Wat is de kans om met twee dobbelstenen samen 7 te gooien, en waarom is dat het meest waarschijnlijk?"),
("luhn_math", "en", "Explain the Luhn algorithm using the well-known test number 4111 1111 1111 1111 as the example."),
("iban_math", "de", "Wie funktioniert die Prüfsumme bei der IBAN? Erklär es am Beispiel der offiziellen Muster-IBAN DE89 3704 0044 0532 0130 00."),
("translation", "en", "Translate into French: 'The meeting has been moved to Thursday at 3 pm. Please bring the quarterly report and your laptop.'"),
("translation", "en", "how do you say 'does this dish contain peanuts?' in Japanese and Thai? for a phrasebook page"),
("translation", "de", "Übersetze ins Englische: 'Bitte beachten Sie, dass die Rechnung innerhalb von 14 Tagen ohne Abzug zu begleichen ist.'"),
("translation", "es", "Traduce al inglés: 'Lamentamos informarle que su pedido se retrasará debido a la huelga de transportistas.'"),
("translation", "it", "Traduci in tedesco: 'La riunione di condominio è rinviata a data da destinarsi.'"),
("translation", "pt", "Como se diz 'onde fica a farmácia mais próxima?' em inglês e em espanhol?"),
("translation", "fr", "Traduis en néerlandais : « Le musée est fermé le lundi, sauf pendant les vacances scolaires. »"),
("csv_products", "en", """sku,name,price_eur,stock
TX-4410-B,USB-C hub 7-in-1,39.90,128
TX-4411-W,USB-C hub 7-in-1 white,39.90,0
KB-0099-DE,Mechanical keyboard DE layout,119.00,42
MS-2201,Wireless mouse,24.50,310
compute total stock value and list out-of-stock items"""),
("csv_products", "de", """Artikelnr;Bezeichnung;Preis;Bestand
10023;Schrauben M6x40 (100 Stk.);7,49;540
10024;Dübel 8mm (50 Stk.);3,99;1200
20411;Akkuschrauber 18V;129,00;14
Bitte nach Preis absteigend sortieren und Mehrwertsteuer (19 %) ausweisen."""),
("csv_products", "nl", """product;prijs;voorraad
Fietsband 28 inch;14,95;80
Binnenband 28x1.75;5,49;220
Fietsslot ART-2;49,00;35
Hoeveel omzet als alles verkocht wordt?"""),
("sensor_csv", "en", """timestamp,sensor_id,temp_c,humidity
2026-11-29 08:00:00,greenhouse-03,18.4,71
2026-11-29 08:15:00,greenhouse-03,18.9,70
2026-11-29 08:30:00,greenhouse-03,25.7,69
2026-11-29 08:45:00,greenhouse-03,19.2,68
is the 08:30 reading an outlier? suggest a detection method"""),
("sensor_csv", "it", """Dati del contatore elettrico (kWh):
data,consumo
2026-10-01,11.2
2026-10-02,10.8
2026-10-03,24.9
2026-10-04,11.5
Perché il 3 ottobre è così alto? Può essere la lavatrice + forno?"""),
("sensor_csv", "pt", "Tenho leituras de pH de um aquário: 7.2, 7.1, 6.8, 6.4, 6.3 ao longo de 5 dias. A tendência é preocupante? O que pode estar acidificando a água?"),
("general_science", "en", "Why is the sky blue but sunsets are red? Explain Rayleigh scattering simply."),
("general_science", "fr", "Comment fonctionne un vaccin à ARN messager, étape par étape ?"),
("general_science", "es", "¿Por qué el agua se expande al congelarse si casi todos los líquidos se contraen?"),
("general_science", "nl", "Hoe werkt een zonnepaneel precies, en waarom daalt het rendement als het heel warm is?"),
("general_science", "de", "Warum haben Zugvögel keinen Jetlag? Oder haben sie doch einen?"),
("famous_people", "en", "What did Marie Curie win her two Nobel prizes for, and in which years?"),
("famous_people", "it", "Quali sono le opere più importanti di Leonardo da Vinci oltre alla Gioconda?"),
("famous_people", "pt", "Por que Ayrton Senna é considerado um dos maiores pilotos da história da Fórmula 1?"),
("famous_people", "es", "Resume la vida de Frida Kahlo en cinco puntos para una presentación escolar."),
("business_writing", "en", "Write a polite email to a supplier asking to extend payment terms from 30 to 60 days, no names, just placeholders like [Supplier] and [Your Name]."),
("business_writing", "de", "Formuliere eine Absage an Bewerber, allgemein gehalten, mit Platzhaltern [Name] und [Stelle]."),
("business_writing", "fr", "Rédige un modèle de lettre de résiliation de bail avec les champs [Nom], [Adresse] et [Date] à compléter."),
("business_writing", "es", "Plantilla de correo para responder a una reseña negativa en Google de un restaurante, sin nombres concretos."),
("template_form", "en", """Fix the HTML of this form:
<form>
  <label>Full name <input name="full_name" placeholder="Jane Doe"></label>
  <label>Email <input type="email" name="email" placeholder="you@example.com"></label>
  <label>Phone <input name="phone" placeholder="+1 555 000 0000"></label>
  <label>Password <input type="password" name="password" placeholder="••••••••"></label>
</form>"""),
("template_form", "nl", "Welke velden heeft een standaard Nederlands adresformulier nodig (straat, huisnummer, toevoeging, postcode, plaats) en welk regex-patroon past bij een postcode zoals 1234 AB?"),
("legal_general", "en", "Under GDPR, is an IP address personal data? What did the CJEU say in Breyer (C-582/14)?"),
("legal_general", "fr", "Quelle est la durée légale de conservation des bulletins de paie par l'employeur en France ?"),
("legal_general", "it", "Cosa prevede l'articolo 9 del GDPR sui dati relativi alla salute? Spiegalo con esempi generici."),
("legal_general", "pt", "O que muda com a LGPD para pequenas empresas que guardam dados de clientes em planilhas?"),
("sports", "en", "Who has won the most Champions League titles as a player? And as a coach?"),
("sports", "es", "Explícame la regla del fuera de juego en fútbol con un ejemplo."),
("sports", "nl", "Hoe werkt het puntensysteem in de Tour de France voor de groene trui?"),
("gardening", "en", "my tomato leaves have yellow patches with brown spots, lower leaves first. early blight or nitrogen deficiency?"),
("gardening", "de", "Wann schneidet man Hortensien richtig zurück, und gilt das auch für Rispenhortensien?"),
("gardening", "fr", "Quand planter les bulbes de tulipes dans le nord de la France ?"),
("pets", "en", "my dog ate a grape, about 20kg labrador, should I go to the emergency vet or is one grape ok?"),
("pets", "it", "Il mio gatto ha 14 anni e beve tantissimo ultimamente. Può essere diabete o insufficienza renale? Cosa chiedere al veterinario?"),
("personal_finance", "en", "How does a Roth IRA conversion ladder work for early retirement? Assume $600k in a traditional 401(k)."),
("personal_finance", "pt", "Vale mais a pena amortizar o crédito habitação ou investir num PPR, com Euribor a 2,4%?"),
("education", "en", "Explain photosynthesis at a GCSE level with the word equation and symbol equation."),
("education", "es", "Dame 10 ejercicios de subjuntivo para alumnos de español nivel B1 con soluciones."),
("ids_explained", "en", "What do the letters in a UK National Insurance number mean, and why are prefixes like BG and GB never used?"),
("ids_explained", "it", "Come si calcola il carattere di controllo del codice fiscale italiano? Spiega l'algoritmo senza usare un codice reale."),
("ids_explained", "fr", "Que signifient les différentes parties du numéro de sécurité sociale français (sexe, année, mois, département) ?"),
("ids_explained", "pt", "Como funciona o cálculo dos dígitos verificadores do CPF? Mostra o algoritmo passo a passo com um número fictício tipo 123.456.789-XX."),
]
