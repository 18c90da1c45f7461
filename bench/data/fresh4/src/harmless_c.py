"""Batch C (harmless): further English records written by hand after the first count."""

HARMLESS = [
("template_form", "en", """Design a blank hospital discharge summary template with headings only (patient details left as placeholders like [NAME], [DOB], [MRN])."""),
("template_form", "en", """Make a blank vet registration form for a clinic website: owner name, address, phone, pet name, species, breed, microchip — just field labels and input types."""),
("regex_question", "en", """What's a decent regex for US phone numbers in the form (555) 010-0199 or 555-010-0199, and how do I reject 911-style short codes?"""),
("code_snippet", "en", """In bash, how do I read a password into a variable without echoing it and then pass it to curl -u without it appearing in ps output?"""),
("code_snippet", "en", """Write a Python function that masks all but the last four digits of a card number string, keeping the original spacing."""),
("service_log", "en", """Why does this keep happening every night at 02:00?
2026-11-12 02:00:01 cron[1187]: (backup) CMD (/opt/backup/run.sh)
2026-11-12 02:00:04 backup: pg_dump: error: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: FATAL: too many connections for role "backup"
2026-11-12 02:00:04 backup: exit 1"""),
("lookalike_numbers", "en", """Is ISBN 978-0-14-143951-8 the Penguin Classics edition of Pride and Prejudice? How do I check the ISBN check digit?"""),
("maths_word_problem", "en", """Aunt Maria bakes 120 cookies and gives a third to the school fair, a quarter of the rest to the neighbours, and splits the remainder equally among her 5 nephews. How many does each nephew get?"""),
("public_figures", "en", """What did Ada Lovelace actually contribute to Babbage's Analytical Engine? Is the 'first programmer' claim fair?"""),
("business_news", "en", """Rewrite as a neutral headline: "Nvidia boss Jensen Huang says the company can't make chips fast enough as quarterly revenue beats forecasts again.\""""),
("literature", "en", """Who is Atticus Finch and why did Go Set a Watchman upset so many readers?"""),
("medical_general", "en", """What are early warning signs of a stroke, and what does the FAST acronym stand for?"""),
("unit_conversion", "en", """A recipe says 180 g of butter; how many US sticks is that, and how many tablespoons?"""),
("travel_itinerary", "en", """Train from London St Pancras 08:01 to Paris Gare du Nord arrives 11:20 local; can I make a 12:15 TGV from Gare de Lyon with luggage?"""),
("statistics", "en", """What's the difference between a p-value of 0.049 and 0.051 in practice, and why do people say 'don't dichotomise'?"""),
("long_doc", "en", """Tighten this privacy notice section for a sports club website, keep the meaning:

What we collect and why

When you join the club we ask for your name, date of birth, address, a phone number and an email address, and the name and phone number of an emergency contact. We use these to manage your membership, to contact you about training sessions, matches and club events, and to register you with the national governing body, which is a condition of playing in league competitions. If you tell us about a medical condition or allergy, we record it only so that coaches and first-aiders can look after you during sessions, and we keep it in a separate, access-controlled file.

We do not sell your information and we do not use it for marketing by third parties. Photographs taken at matches may be used on our website and social media; if you would prefer not to appear, tell the membership secretary and we will make sure you are not included.

We keep your details for as long as you are a member and for two years afterwards, so that we can answer questions about past competitions and insurance claims. After that we delete them, except for the minimum information the governing body requires us to keep for safeguarding purposes.

You can ask to see the information we hold about you, ask us to correct it, or ask us to delete it, by writing to the membership secretary via the contact form on this website. If you are unhappy with how we have handled your information, you can complain to the Information Commissioner's Office."""),
]
