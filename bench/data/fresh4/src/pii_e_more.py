"""Batch E (pii): further English records (and one French) written by hand after the first
count, to bring English nearer half and to give singleton genres a second record."""

PII = [
("secret_docker_run", "en", """docker compose up works but docker run doesn't connect to mongo, here's what I ran:
docker run --rm -e MONGO_URL='mongodb://reporting:⟦CONNECTION_STRING_PASSWORD|q9V!mTz42-harbour⟧@10.0.3.14:27017/reports?authSource=admin' reports-worker:latest"""),

("secret_ci_log", "en", """Jenkins console output from last night, someone said it leaked creds?
[Pipeline] sh
+ aws configure set aws_access_key_id ⟦CLOUD_ACCESS_KEY|AKIA5QKVR24M5UW7A4B3⟧
+ aws configure set aws_secret_access_key ⟦CLOUD_ACCESS_KEY|Ss7cHKXJgWJVuTCedae/AorPLnN9nNRBX1TbBIWp⟧
+ aws s3 sync ./dist s3://static-site-prod --delete
upload: dist/index.html to s3://static-site-prod/index.html"""),

("card_ocr", "en", """the banking app OCR'd my card wrong I think, can you check if this number is even valid?
⟦CREDIT_CARD|2307 1035 1806 6129⟧
EXP 04/28
⟦PERSON|HOLLY-MAE PRENDERGAST⟧"""),

("w2_extract", "en", """Help me fill Form 8962, I'm copying from my W-2 and my spouse's:
Me: ⟦PERSON|Ramón Esquivel⟧, SSN ⟦US_SSN|224-94-7829⟧, box 1 $38,117
Spouse: ⟦PERSON|Dawn Esquivel⟧, SSN ⟦US_SSN|407-81-0656⟧, box 1 $22,940
We live at ⟦STREET_ADDRESS|622 N Cedar St⟧, ⟦LOCATION|Lansing, MI⟧ ⟦ZIP_CODE|48912⟧"""),

("guest_list", "en", """Make a seating chart from this list, keep exes apart!
- ⟦PERSON|Jamal⟧ & ⟦PERSON|Tasha Brooks⟧
- ⟦PERSON|Lily Tran⟧ (vegan)
- ⟦PERSON|Ben Okafor⟧ — ex of ⟦PERSON|Lily⟧
- Uncle ⟦PERSON|Frank⟧, ⟦MEDICAL_CONDITION|recovering alcoholic⟧, no wine at his table
- ⟦PERSON|Marcy Liebowitz⟧ + guest"""),

("sensitive_health", "en", """can you help me write to my sister? i want to tell her i've been ⟦MEDICAL_CONDITION|diagnosed with bipolar II⟧ and started ⟦MEDICAL_CONDITION|lithium⟧. she's ⟦PERSON|hannah⟧, i'm ⟦PERSON|noor⟧. keep it short and not dramatic"""),

("court_extract", "en", """Explain this family court order to me like I'm not a lawyer:
IN THE CIRCUIT COURT OF COOK COUNTY — Case 2026 D 004417
In re the Marriage of ⟦PERSON|Angela Rossi-Whitman⟧, Petitioner, and ⟦PERSON|Grant Whitman⟧, Respondent.
Respondent shall complete ⟦MEDICAL_CONDITION|substance abuse treatment⟧ before unsupervised parenting time with the minor child ⟦PERSON|Luca Whitman⟧ (DOB ⟦DATE_TIME|03/11/2019⟧)."""),

("vaccination_record", "en", """Travel clinic wants this transcribed, can you put it in a table?
International Certificate of Vaccination
Name: ⟦PERSON|Obinna Eze⟧   Date of birth: ⟦DATE_TIME|29 Oct 1986⟧   Passport: ⟦PASSPORT|A09917342⟧
Yellow fever — 12 Sep 2026 — Stamaril — batch W8821
Typhoid — 12 Sep 2026 — Typhim Vi"""),

("vitale_attestation", "fr", """Mon employeur me demande l'attestation de ma fille, c'est normal ? Elle est rattachée à moi :
Assuré : ⟦PERSON|Nathalie Ferrand⟧ — N° ⟦FR_NIR|2 01 06 06 086 605 92⟧
Ayant droit : ⟦PERSON|Chloé Ferrand⟧, née le ⟦DATE_TIME|07/05/2015⟧
Adresse : ⟦STREET_ADDRESS|12 avenue de la Californie⟧, ⟦ZIP_CODE|06200⟧ ⟦LOCATION|Nice⟧"""),

("long_chat_transcript", "en", """Can you summarise this chat transcript for our QA review and flag anything the agent shouldn't have asked for?

[09:31:02] System: Chat started. Queue: Billing.
[09:31:10] Agent (⟦PERSON|Tyrone⟧): Good morning, you're through to Meridian Energy billing, ⟦PERSON|Tyrone⟧ speaking. How can I help?
[09:31:44] Customer: hi, my direct debit bounced and now theres a £35 fee which isnt fair, i was in hospital
[09:32:05] Agent (⟦PERSON|Tyrone⟧): I'm sorry to hear that. Can I take your full name and the address on the account?
[09:32:31] Customer: ⟦PERSON|Bernadette Kowalski⟧, ⟦STREET_ADDRESS|Flat 9, Beech House, 2 Milton Road⟧, ⟦LOCATION|Swindon⟧ ⟦ZIP_CODE|SN1 5JE⟧
[09:32:50] Agent (⟦PERSON|Tyrone⟧): Thank you ⟦PERSON|Bernadette⟧. And your date of birth for security?
[09:33:02] Customer: ⟦DATE_TIME|17/06/1958⟧
[09:33:40] Agent (⟦PERSON|Tyrone⟧): Thanks. I can see the failed payment on the 3rd. Were you unable to top up the bank account?
[09:34:15] Customer: i had a ⟦MEDICAL_CONDITION|stroke⟧ on the 28th and was in the RUH for 9 days, my son ⟦PERSON|Marek⟧ only got access to my post last week
[09:34:58] Agent (⟦PERSON|Tyrone⟧): I'm really sorry. I can remove the fee as a one-off. Would you like to pay the missed amount by card now?
[09:35:20] Customer: yes. ⟦CREDIT_CARD|4883 0366 2333 6995⟧ exp 07/27 and the 3 numbers on the back are 418
[09:35:41] Agent (⟦PERSON|Tyrone⟧): Please don't type the security code in chat — I'll send you a secure payment link instead to ⟦EMAIL_ADDRESS|b.kowalski58@talktalk.net⟧, is that still right?
[09:36:03] Customer: yes thats it. and can you put a note that my son can talk to you for me, his number is ⟦PHONE_NUMBER|07440 921 386⟧
[09:36:30] Agent (⟦PERSON|Tyrone⟧): I'll send you a third-party authority form for that, as I need your written consent. Anything else today?
[09:36:41] Customer: no thank you love
[09:36:45] System: Chat ended."""),
]
