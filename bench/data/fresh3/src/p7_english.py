# Hand-written pii prompts, English, assorted genres.
PII = [
    ("accident_exchange", "en", """Other driver's details from the crash this morning, I wrote them on my phone. Can you put them into a clean message for my insurer?

name Brandon T. Kowalski
dl 2249-887-1043 (illinois)
ins State Farm pol 88-CJ-4471
ph 773 209 4418
lives 5531 N Kenmore Ave apt 2 chicago 60640"""
     .replace("Brandon T. Kowalski", "⟦PERSON|Brandon T. Kowalski⟧").replace("dl 2249-887-1043", "dl ⟦US_DRIVER_LICENSE|K224-9887-1043⟧")
     .replace("773 209 4418", "⟦PHONE_NUMBER|773 209 4418⟧").replace("5531 N Kenmore Ave apt 2", "⟦STREET_ADDRESS|5531 N Kenmore Ave apt 2⟧")
     .replace("chicago 60640", "⟦LOCATION|chicago⟧ ⟦ZIP_CODE|60640⟧")),
    ("mortgage_application", "en", """Lender wants a 'letter of explanation' for a gap in my employment. Facts:
- I'm Marisol Quintanilla, SSN 301-54-9092, applying jointly with my husband Teo
- gap Feb–Aug 2024 because I was being treated for thyroid cancer (surgery + radioactive iodine)
- back at work full time since Sept 2024 at Kaiser
Keep it short and factual."""
     .replace("Marisol Quintanilla", "⟦PERSON|Marisol Quintanilla⟧").replace("301-54-9092", "⟦US_SSN|301-54-9092⟧")
     .replace("husband Teo", "husband ⟦PERSON|Teo⟧").replace("thyroid cancer", "⟦MEDICAL_CONDITION|thyroid cancer⟧")
     .replace("radioactive iodine", "⟦MEDICAL_CONDITION|radioactive iodine⟧")),
    ("dating_profile", "en", "rewrite my bio so it's less cringe: 'hi im ⟦PERSON|dev⟧, ⟦AGE|29⟧, nurse in ⟦LOCATION|Leeds⟧. ⟦MEDICAL_CONDITION|type 1 diabetic⟧ so yes i will check my pump on the date lol. snap: ⟦PERSON|dev.patel.29⟧'"),
    ("hr_case", "en", """Summarise this grievance for the panel, neutral tone:

Complainant: Charity Oduya (Finance)
Respondent: Grant Ellsworth (Head of Finance)
Alleges that on 14 Oct Grant commented in front of the team that she "always has a doctor's note" in reference to her endometriosis, and that he later asked her whether she was "planning more kids".
Witness: Lena Schultz."""
     .replace("Charity Oduya", "⟦PERSON|Charity Oduya⟧").replace("Grant Ellsworth", "⟦PERSON|Grant Ellsworth⟧")
     .replace("Oct Grant", "Oct ⟦PERSON|Grant⟧").replace("endometriosis", "⟦MEDICAL_CONDITION|endometriosis⟧")
     .replace("Lena Schultz", "⟦PERSON|Lena Schultz⟧")),
    ("immigration_chat", "en", "my uscis case is stuck. receipt IOE0912345678, name ⟦PERSON|Olamide Ayodele Bakare⟧, dob ⟦DATE_TIME|1992-04-09⟧, passport ⟦PASSPORT|B03318827⟧ (Nigeria). should i contact my senator's office or file an e-request first?"
),
    ("github_issue", "en", """Can you turn this user report into a proper GitHub issue with repro steps?

"hey, export to pdf breaks when the customer name has an accent. e.g. customer 'Zoë Åkesson-Müller', email zoe.akesson@posteo.de. stack says UnicodeEncodeError at line 88. my install is on 10.1.4.22 if you need to ssh, user admin pass Tr0mb0ne!!"
"""
     .replace("'Zoë Åkesson-Müller'", "'⟦PERSON|Zoë Åkesson-Müller⟧'").replace("zoe.akesson@posteo.de", "⟦EMAIL_ADDRESS|zoe.akesson@posteo.de⟧")
     .replace("Tr0mb0ne!!", "⟦PASSWORD|Tr0mb0ne!!⟧").rstrip()),
    ("telehealth_intake", "en", """Pre-visit questionnaire I'm about to submit, does it answer their questions clearly?

Patient name: ⟦PERSON|Abigail Ferreira-Stone⟧
DOB: ⟦DATE_TIME|Jan 3 1986⟧
Reason for visit: ⟦MEDICAL_CONDITION|recurring UTIs⟧ (4 in 6 months)
Current meds: ⟦MEDICAL_CONDITION|nitrofurantoin⟧ (just finished), vitamin D
Allergies: ⟦MEDICAL_CONDITION|penicillin allergy⟧ (hives)
Pharmacy: CVS, 2101 Main St
Callback: ⟦PHONE_NUMBER|(619) 447-2093⟧"""),
    ("small_claims", "en", """Help me fill in the small claims description. Defendant is my ex-contractor:
Defendant: ⟦PERSON|Rick "Ricky" Dunmore⟧, d/b/a Dunmore Home Repair, ⟦STREET_ADDRESS|88 Fenwick Rd⟧, ⟦LOCATION|Hampton, VA⟧ ⟦ZIP_CODE|23661⟧
Took $4,500 deposit on 3/12 for a deck, never showed up. Texts from ⟦PHONE_NUMBER|757-310-2286⟧ stopped in May."""),
    ("volunteer_check", "en", """Our youth football club needs this turned into an email asking the volunteer for missing documents:

Volunteer: ⟦PERSON|Dwayne Achebe-Morris⟧
DBS check (enhanced) – received
ID seen: passport ⟦PASSPORT|537719864⟧ (GBR)
Proof of address: missing
Self-declaration: mentions ⟦MEDICAL_CONDITION|epilepsy⟧, well controlled; needs a plan for away matches"""),
    ("nursery_daily", "en", "write a nicer version of today's nursery note: '⟦PERSON|Poppy⟧ had a good morning. Nappy rash still bad, used her ⟦MEDICAL_CONDITION|eczema⟧ cream. Refused lunch. Mum (⟦PERSON|Kirsty⟧) to collect at 3. Reminder ⟦PERSON|Poppy⟧ is ⟦MEDICAL_CONDITION|allergic to egg⟧.'"),
    ("airline_complaint", "en", """Draft a complaint to the airline. Facts: booking ref ZK4R9P, passengers ⟦PERSON|Cormac Delaney⟧ and ⟦PERSON|Ines Delaney⟧, flight DUB–LIS on 21 Nov. Ines uses a wheelchair (⟦MEDICAL_CONDITION|spina bifida⟧) and the assistance we booked never came; she waited 55 minutes on the jet bridge. Her wheelchair came back with a bent footplate. Contact: ⟦EMAIL_ADDRESS|cormac.delaney@eircom.net⟧""".replace("21 Nov. Ines", "21 Nov. ⟦PERSON|Ines⟧")),
    ("server_access_log", "en", """Which of these requests look like credential stuffing?

⟦IP_ADDRESS|91.204.17.66⟧ - - [29/Nov/2026:22:14:01 +0000] "POST /login HTTP/1.1" 401 133 "-" "python-requests/2.32" user=⟦EMAIL_ADDRESS|ahmed.rashid77@hotmail.com⟧
⟦IP_ADDRESS|91.204.17.66⟧ - - [29/Nov/2026:22:14:01 +0000] "POST /login HTTP/1.1" 401 133 "-" "python-requests/2.32" user=⟦EMAIL_ADDRESS|kimberly.osei@gmail.com⟧
⟦IP_ADDRESS|91.204.17.66⟧ - - [29/Nov/2026:22:14:02 +0000] "POST /login HTTP/1.1" 200 512 "-" "python-requests/2.32" user=⟦EMAIL_ADDRESS|l.fontaine@free.fr⟧
⟦IP_ADDRESS|2a02:c7c:5d41:9e00:14b8:2f0a:6c11:3d02⟧ - - [29/Nov/2026:22:15:40 +0000] "GET /account HTTP/2" 200 8812 "-" "Mozilla/5.0" user=⟦EMAIL_ADDRESS|hannah.b.whitlock@icloud.com⟧"""),
]
