# Templates for accounts_probe. exec'd by make.py.
# Placeholder syntax:  {{gen[:xform][@key][|T]}}   or   {{=key[.xform][|T]}}
#   gen   = generator name in make.GEN; xform in make.XF (ocr, brk, dash, sp, sp3, last4, up, low)
#   |T    = annotate as span: B bank account, P password, S SSN, D driver licence, Q passport, M MRN
#   @key  = remember the raw value; {{=key.last4}} re-uses it (never annotated when masked)
T = []


def t(kind, lang, n, genre, text):
    T.append({"kind": kind, "lang": lang, "n": n, "genre": genre, "text": text})


B, P, S, D, Q, M, H = ("BANK_ACCOUNT", "PASSWORD", "US_SSN", "US_DRIVER_LICENSE", "US_PASSPORT",
                       "MEDICAL_RECORD_NUMBER", "harmless")

# =============================================================== BANK_ACCOUNT  (en)
t(B, "en", 3, "chat",
  "hey can u send the deposit to my {{bankname:low}} acct {{acct_us|B}} pls, routing is {{aba|B}}. "
  "landlord wants it by friday lol")
t(B, "en", 3, "email",
  "Subject: Updated wire instructions\n\nHi team,\n\nPlease use the following for all future payments:\n"
  "Beneficiary: {{company}}\nBank: {{bankname}}, {{city}}\nABA routing: {{aba|B}}\nAccount number: {{acct_us|B}}\n"
  "Reference: INV-{{invoice}}\n\nPlease confirm by phone before sending anything.\n\n-- \n{{person}}\n"
  "Accounts Payable | {{company}}\n{{phone_us}}")
t(B, "en", 3, "ocr",
  "DIRECT  DEPOSIT  AUTHORIZATION  FORM\nEmployee name: {{person}}      Emp ID: {{num5}}\n"
  "Bank name: {{bankname}}\nRouting / transit no.: {{aba:ocr|B}}\nAccount no.: {{acct_us:ocr|B}}\n"
  "[x] Checking   [ ] Savings      % of net pay: 100\nSignature: ______________   Date: {{date}}")
t(B, "en", 3, "csv",
  "employee_id,name,routing,account_no,type,net_amount\n"
  "{{num5}},{{person}},{{aba|B}},{{acct_us|B}},checking,{{amount}}\n"
  "{{num5}},{{person}},{{aba|B}},{{acct_us|B}},savings,{{amount}}\n"
  "{{num5}},{{person}},{{aba|B}},{{acct_us|B}},checking,{{amount}}")
t(B, "en", 3, "json",
  "{\n  \"payee\": \"{{company}}\",\n  \"method\": \"ach\",\n  \"bank\": {\n    \"routing_number\": \"{{aba|B}}\",\n"
  "    \"account_number\": \"{{acct_us|B}}\",\n    \"account_type\": \"checking\"\n  },\n  \"currency\": \"USD\"\n}")
t(B, "en", 2, "yaml",
  "# vendor payout config -- do not commit\npayouts:\n  provider: ach\n  beneficiary: \"{{company}}\"\n"
  "  aba: '{{aba|B}}'\n  acct: '{{acct_us|B}}'\n  memo: vendor-{{ticket}}\n  schedule: weekly")
t(B, "en", 2, "nacha",
  "ACH file from the {{company}} payroll run, entry on line 3 failed validation:\n"
  "622{{aba|B}}{{acct12|B}}     {{amt10}}{{indiv15}}{{name22}}  0{{trace15}}\n"
  "error: R03 No Account/Unable to Locate Account")
t(B, "en", 3, "micr",
  "Remote deposit capture -- item {{num6}}\nPayor: {{person}}\nMICR line read: \u2446{{aba|B}}\u2446 {{acct_us|B}}\u2448 {{checkno}}\n"
  "Amount: ${{amount}}   Status: HELD (signature mismatch)")
t(B, "en", 2, "statement",
  "{{bankname}}\nMonthly Statement   Statement date: {{date}}\nAccount ending {{=a.last4}}\n\n"
  "Beginning balance   ${{amount}}\nDeposits            ${{amount}}\nEnding balance      ${{amount}}\n\n"
  "For direct deposit, give your employer routing number {{aba|B}} and your full account number {{acct_us@a|B}}.")
t(B, "en", 2, "email",
  "Hi {{first}},\nas requested, the account for the refund is {{acct_us:brk|B}} at {{bankname}}, routing\n{{aba|B}}. "
  "Let me know once it's sent.\nThanks,\n{{first}}")
t(B, "en", 2, "ticket",
  "Ticket #{{ticket}} | Priority: High | Channel: web\nCustomer says: \"my account number is {{acct_us:dash|B}} and the "
  "autopay bounced twice this month, please fix\"\nAgent note: verified caller by DOB, escalated to billing.")
t(B, "en", 3, "letter",
  "Please remit payment for invoice {{invoice}} to:\n{{company}} Ltd\n{{bankname}}\nSort code: {{sort|B}}\n"
  "Account number: {{acct_uk|B}}\nPayment reference: {{num6}}\n\nKind regards,\n{{person}}")
t(B, "en", 2, "chat",
  "cheers mate, sort code's {{sort|B}} and acc no {{acct_uk|B}}, name's {{first}} {{last}}. tenner for the pizza")
t(B, "en", 2, "tsv",
  "Employee\tSort Code\tAccount Number\tNet Pay\n{{person}}\t{{sort|B}}\t{{acct_uk|B}}\t\u00a3{{amount}}\n"
  "{{person}}\t{{sort|B}}\t{{acct_uk|B}}\t\u00a3{{amount}}")
t(B, "en", 3, "form",
  "Direct deposit enrolment (Canada)\nName: {{person}}\nTransit: {{transit}}   Institution: {{inst}}   Account: {{acct_ca|B}}\n"
  "Void cheque attached: yes")
t(B, "en", 3, "chat",
  "Hey {{first}}, BSB is {{bsb}} and account {{acct_au|B}}, name on the account is {{person}}. thanks heaps!")
t(B, "en", 2, "sql",
  "INSERT INTO vendor_bank (vendor_id, vendor_name, routing_no, account_no, created_by)\n"
  "VALUES ({{num4}}, '{{company}}', '{{aba|B}}', '{{acct_us|B}}', '{{user}}');")
t(B, "en", 2, "log",
  "2026-03-14T09:12:{{num2}}Z WARN payout-svc ach_submit failed payee_id={{num6}} acct={{acct_us|B}} rtn={{aba|B}} "
  "reason=R04 attempt=3")
t(B, "en", 2, "markdown",
  "## Vendors to pay this week\n\n| Vendor | Routing | Account | Amount |\n|---|---|---|---|\n"
  "| {{company}} | {{aba|B}} | {{acct_us|B}} | ${{amount}} |\n| {{company}} | {{aba|B}} | {{acct_us|B}} | ${{amount}} |")
t(B, "en", 2, "shell",
  "  512  cd ~/billing\n  513  curl -s -X POST https://api.{{domain}}/v1/payouts -d routing={{aba|B}} "
  "-d account={{acct_us|B}} -d amount={{num4}}\n  514  history | tail")

# =============================================================== BANK_ACCOUNT  (other languages)
t(B, "de", 2, "email",
  "Hallo {{first}},\n\nbitte überweisen Sie die Kaution auf mein Konto bei der {{bank_l}}:\n"
  "Kontonummer: {{acct_de|B}}\nBLZ: {{blz}}\nVerwendungszweck: Kaution Whg. {{num2}}\n\nViele Grüße\n{{person}}")
t(B, "de", 2, "csv",
  "Personalnr;Name;Kontonummer;Betrag\n{{num5}};{{person}};{{acct_de|B}};{{amount}}\n"
  "{{num5}};{{person}};{{acct_de|B}};{{amount}}")
t(B, "de", 2, "chat",
  "kannst du mir die 50€ auf konto-nr. {{acct_de|B}} schicken? bank ist die {{bank_l}}, danke!!")
t(B, "fr", 2, "email",
  "Bonjour,\n\nVeuillez trouver ci-dessous mes coordonnées bancaires pour le remboursement :\n"
  "Titulaire : {{person}}\nNuméro de compte : {{acct_fr|B}}   Clé RIB : {{rib_key}}\n\nCordialement,\n{{person}}")
t(B, "fr", 2, "chat",
  "salut, mon n° de compte c'est le {{acct_fr|B}} pour le resto de samedi, merci !")
t(B, "fr", 1, "yaml",
  "fournisseur:\n  nom: \"{{company}}\"\n  banque: \"{{bank_l}}\"\n  numero_compte: \"{{acct_fr|B}}\"\n  delai_paiement: 30")
t(B, "es", 2, "chat",
  "Hola {{first}}! te paso mi número de cuenta: {{acct_es|B}} ({{bank_l}}). Gracias!!")
t(B, "es", 2, "form",
  "NÓMINA — DATOS BANCARIOS\nEmpleado: {{person}}\nDNI: en trámite\nNº cuenta: {{acct_es|B}}\nFecha: {{date}}")
t(B, "es", 1, "chat",
  "pasame la pasta al nº cuenta {{acct_es|B}} q es el de mi madre, luego te lo devuelvo")
t(B, "it", 2, "email",
  "Gentile {{person}},\n\nle confermo che il bonifico va effettuato sul conto n. {{acct_it|B}} intestato a "
  "{{company}} presso {{bank_l}}.\n\nCordiali saluti\nUfficio amministrazione")
t(B, "it", 2, "form",
  "MODULO ACCREDITO STIPENDIO\nDipendente: {{person}}\nBanca: {{bank_l}}\nNumero di conto: {{acct_it|B}}\n"
  "Firma: ____________")
t(B, "pt", 2, "chat",
  "Olá {{first}}, segue os dados: {{bank_l}}, agência {{num4}}, conta corrente {{acct_br|B}}. obrigado!")
t(B, "pt", 2, "letter",
  "Exmo. Senhor {{person}},\n\nInformamos que o pagamento deverá ser efetuado para o número da conta "
  "{{acct_pt:sp|B}} no {{bank_l}}.\n\nCom os melhores cumprimentos,\nDepartamento Financeiro")
t(B, "nl", 2, "chat",
  "Hoi {{first}}, wil je het bedrag overmaken naar rekeningnummer {{acct_nl|B}} t.n.v. {{person}}? thx")
t(B, "nl", 2, "letter",
  "Geachte heer/mevrouw,\n\nWij verzoeken u het openstaande bedrag van € {{amount}} binnen 14 dagen over te maken "
  "op rekening nr. {{acct_nl_dot|B}} ten name van {{company}}.\n\nMet vriendelijke groet,\n{{person}}")

# =============================================================== PASSWORD (en)
t(P, "en", 2, "chat", "wifi pw is {{pw_word|P}} btw, network is the one with 5G at the end")
t(P, "en", 2, "chat", "ok so the door code is {{pin4|P}} and the alarm code is {{pin6|P}}, pls dont lose it again")
t(P, "en", 3, "email",
  "Subject: Your new {{company}} account\n\nHi {{first}},\n\nyour account has been created.\nUsername: {{user}}\n"
  "Temporary password: {{pw|P}}\nYou will be asked to change it at first login.\n\nIT Service Desk\n{{company}}")
t(P, "en", 2, "shell", "$ mysql -u {{user}} -p{{pw_url|P}} -h db.{{domain}} orders_prod\nmysql: [Warning] Using a password on the command line interface can be insecure.")
t(P, "en", 2, "shell", "sshpass -p '{{pw|P}}' ssh -o StrictHostKeyChecking=no {{user}}@{{host}}.{{domain}} 'sudo systemctl restart app'")
t(P, "en", 2, "shell", "psql postgresql://{{user}}:{{pw_url|P}}@db.{{domain}}:5432/orders -c 'select count(*) from invoices;'")
t(P, "en", 2, "shell", "redis-cli -h cache.{{domain}} -p 6379 -a \"{{pw_url|P}}\" --no-auth-warning INFO keyspace")
t(P, "en", 2, "env",
  "APP_ENV=production\nDB_HOST=db.{{domain}}\nDB_USER={{user}}\nDB_PASSWORD={{pw|P}}\nLOG_LEVEL=info\nSENTRY_ENABLED=true")
t(P, "en", 2, "yaml",
  "database:\n  host: {{host}}.internal\n  port: 5432\n  username: {{user}}\n  password: \"{{pw|P}}\"\n  pool: 10")
t(P, "en", 2, "json",
  "{\n  \"smtp\": {\n    \"host\": \"mail.{{domain}}\",\n    \"port\": 587,\n    \"user\": \"{{email}}\",\n"
  "    \"password\": \"{{pw_url|P}}\"\n  }\n}")
t(P, "en", 1, "ini", "[mail]\nserver = mail.{{domain}}\nuser = {{user}}\npass = {{pw|P}}\nssl = yes")
t(P, "en", 2, "compose",
  "services:\n  db:\n    image: postgres:16\n    environment:\n      - POSTGRES_USER={{user}}\n"
  "      - POSTGRES_PASSWORD={{pw|P}}\n    ports:\n      - \"5432:5432\"")
t(P, "en", 1, "config",
  "spring.datasource.url=jdbc:sqlserver://{{host}}:1433;databaseName=hr;user={{user}};password={{pw_url|P}};encrypt=true")
t(P, "en", 2, "config",
  "\"ConnectionStrings\": { \"Default\": \"Server={{host}};Database=Payroll;User Id={{user}};Password={{pw_url|P}};TrustServerCertificate=True\" }")
t(P, "en", 2, "shell", "git clone https://{{user}}:{{pw_url|P}}@git.{{domain}}/platform/deploy-scripts.git")
t(P, "en", 2, "chat", "the vault passphrase is \"{{phrase|P}}\" -- don't paste it in slack pls")
t(P, "en", 1, "ticket",
  "Ticket {{ticket}}: User {{person}} reports login failing since Monday. Says she typed password {{pw_word|P}} "
  "and the portal shows 'account locked'. Reset requested.")

# =============================================================== PASSWORD (other languages)
t(P, "de", 2, "email",
  "Hallo {{first}},\n\ndein Zugang zum Kundenportal wurde eingerichtet.\nBenutzername: {{user}}\n"
  "Dein neues Passwort lautet: {{pw|P}}\nBitte ändere es nach der ersten Anmeldung.\n\nDeine IT")
t(P, "de", 2, "chat", "das wlan-kennwort ist {{pw_word|P}}, gäste-netz geht grad nicht")
t(P, "fr", 2, "email",
  "Bonjour {{first}},\n\nVotre compte a été créé.\nIdentifiant : {{user}}\nMot de passe provisoire : {{pw|P}}\n"
  "Merci de le modifier dès votre première connexion.\n\nLe support informatique")
t(P, "fr", 1, "chat", "le mdp du compte netflix c'est {{pw_word|P}} mais le change pas stp")
t(P, "es", 2, "email",
  "Hola {{first}}:\n\nTu contraseña temporal es {{pw|P}}\nCaduca en 24 horas.\n\nSoporte técnico — {{company}}")
t(P, "es", 1, "chat", "la clave del portal de proveedores es {{pw_word|P}}, usuario el de siempre")
t(P, "it", 2, "email",
  "Gentile {{person}},\nla sua password provvisoria è {{pw|P}}\nLe chiediamo di cambiarla al primo accesso.\n\nServizio IT")
t(P, "it", 1, "note", "Armadio server piano 2 — parola d'ordine per la cassaforte: {{phrase|P}}")
t(P, "pt", 2, "email",
  "Olá {{first}},\n\nSua senha temporária: {{pw|P}}\nPor segurança, altere-a no primeiro acesso.\n\nEquipe de TI")
t(P, "pt", 1, "chat", "a senha do wifi é {{pw_word|P}} kkk")
t(P, "nl", 2, "email",
  "Beste {{first}},\n\nJe tijdelijke wachtwoord is {{pw|P}}\nWijzig het na de eerste keer inloggen.\n\nGroet,\nServicedesk")
t(P, "nl", 1, "note", "Notitie: pincode van de kluis in het archief is {{pin4|P}}")

# =============================================================== US_SSN
t(S, "en", 3, "ocr",
  "Form W-2  Wage and Tax Statement  2025\na Employee's social security number\n{{ssn|S}}\n"
  "b Employer identification number (EIN)\n{{ein}}\nc Employer's name, address, and ZIP code\n{{company}}\n"
  "1 Wages, tips, other compensation   {{amount}}")
t(S, "en", 3, "chat", "my ssn is {{ssn_plain|S}} can you update it in the system, hr said it was wrong")
t(S, "en", 2, "csv",
  "emp_id,last_name,first_name,ssn,hire_date\n{{num5}},{{last_en}},{{first_en}},{{ssn|S}},{{date}}\n"
  "{{num5}},{{last_en}},{{first_en}},{{ssn|S}},{{date}}")
t(S, "en", 3, "form",
  "APPLICANT INFORMATION\nName: {{person}}\nDate of birth: {{dob}}\nSocial Security No.: {{ssn_sp|S}}\nPhone: {{phone_us}}")
t(S, "en", 2, "form",
  "Rental application — {{street}}\nApplicant: {{person}}\nSSN: {{ssn|S}}\nDriver's license: {{dl_ca|D}} (CA)\n"
  "Monthly income: ${{amount}}")
t(S, "en", 2, "email",
  "Hi {{first}},\n\nfor your 1040 I still need your spouse's SSN. Yours is already on file ({{ssn|S}}), so just "
  "the one for {{first}}.\n\nBest,\n{{person}}, EA")
t(S, "en", 2, "sql",
  "INSERT INTO billing_guarantor (guarantor_id, full_name, ssn, relation) VALUES ({{num6}}, '{{person}}', '{{ssn|S}}', 'parent');")
t(S, "en", 2, "log",
  "[{{date}}] INFO identity-check: lookup ok subject={{num6}} ssn={{ssn_plain|S}} score=0.93 vendor=idv-{{word}}")
t(S, "en", 2, "note",
  "Verification call {{date}}: caller first gave last four {{last4}}, then read out full SSN {{ssn|S}}. Identity confirmed, reset done.")
t(S, "de", 2, "chat", "mein SSN ist {{ssn|S}}, falls du das für die US-Steuererklärung brauchst")
t(S, "es", 2, "email", "Hola, mi número de seguro social es {{ssn|S}}. Necesito el formulario W-9 firmado. Saludos, {{first}}")
t(S, "fr", 2, "email", "Bonjour, pour le dossier fiscal américain : mon numéro de sécurité sociale US (SSN) : {{ssn|S}}. Merci, {{first}}")
t(S, "pt", 1, "chat", "meu SSN é {{ssn_plain|S}}, o contador pediu pra mandar")
t(S, "it", 1, "email", "Buongiorno, il mio Social Security Number è {{ssn|S}}. Resto a disposizione. {{person}}")
t(S, "nl", 1, "email", "Hallo, voor de Amerikaanse belastingaangifte: mijn SSN is {{ssn|S}}. Groet, {{first}}")

# =============================================================== US_DRIVER_LICENSE
t(D, "en", 2, "ocr",
  "CALIFORNIA  DRIVER LICENSE\nDL {{dl_ca|D}}\nEXP {{date}}\nLN {{last_en:up}}\nFN {{first_en:up}}\nDOB {{dob}}\nCLASS C   SEX F   HGT 5-06")
t(D, "en", 2, "chat", "ny license # is {{dl_ny|D}} if u need it for the rental, i'll bring the card anyway")
t(D, "en", 2, "form", "RENTAL AGREEMENT {{num6}}\nRenter: {{person}}\nDriver license no.: {{dl_tx|D}}   State: TX\nVehicle: compact")
t(D, "en", 2, "form",
  "Form I-9 Section 2 — List B\nDocument title: Driver's license\nIssuing authority: Florida DHSMV\n"
  "Document number: {{dl_fl|D}}\nExpiration date: {{date}}")
t(D, "en", 2, "email",
  "Claim {{num8}}: the other driver was {{person}}, Illinois DL {{dl_il|D}}, plate unknown. Photos attached.")
t(D, "en", 2, "email", "Hi {{first}}, my license number is {{dl_wa|D}} (issued in Olympia last spring). Thanks for sorting the insurance.")
t(D, "en", 2, "csv", "driver_id,name,state,license_no\n{{num4}},{{person}},PA,{{dl_pa|D}}\n{{num4}},{{person}},NJ,{{dl_nj|D}}")
t(D, "en", 2, "report", "INCIDENT REPORT {{num6}}\nUnit 1: {{person}} — OLN {{dl_oh|D}} (OH)\nUnit 2: parked, unoccupied")
t(D, "en", 2, "email", "Attached is the copy you asked for. Michigan operator license {{dl_mi|D}}, expires on my birthday in 2028.")
t(D, "en", 2, "json",
  "{\"applicant_id\": \"{{num8}}\", \"document_type\": \"drivers_license\", \"issuing_state\": \"NY\", \"document_number\": \"{{dl_ny|D}}\"}")
t(D, "de", 2, "email", "Hallo, hier meine Führerscheinnummer (Kalifornien): {{dl_ca|D}}. Für die Mietwagenbuchung in LA. Gruß {{first}}")
t(D, "es", 2, "chat", "mi licencia de conducir de Texas es {{dl_tx|D}}, la necesitas para el seguro?")
t(D, "fr", 2, "email", "Bonjour, voici mon permis de conduire (Floride) n° {{dl_fl|D}}. Bien à vous, {{person}}")
t(D, "pt", 2, "chat", "minha carteira de motorista de NJ: {{dl_nj|D}}")
t(D, "it", 1, "email", "Salve, allego i dati: patente di guida dell'Illinois n. {{dl_il|D}}. Grazie, {{first}}")
t(D, "nl", 1, "email", "Mijn rijbewijsnummer (New York) is {{dl_ny|D}}, voor de huurauto op JFK.")

# =============================================================== US_PASSPORT
t(Q, "en", 3, "form",
  "PASSENGER DETAILS\nName: {{last_en:up}}/{{first_en:up}}\nNationality: USA\nPassport no.: {{passport|Q}}\nExpiry: {{date}}")
t(Q, "en", 2, "chat", "pp number is {{passport_new|Q}}, exp {{date}}. can u book the hotel with that")
t(Q, "en", 2, "ocr",
  "U.S. PASSPORT RENEWAL APPLICATION\n{{last_en}}, {{first_en}}\nMost recent passport book number  {{passport|Q}}\nIssue date  {{date}}")
t(Q, "en", 2, "json",
  "{\"pax\": 1, \"doc\": {\"type\": \"P\", \"issuing_country\": \"USA\", \"number\": \"{{passport_new|Q}}\", \"expiry\": \"{{date}}\"}}")
t(Q, "en", 2, "letter",
  "To whom it may concern,\n\nthis letter confirms that {{person}}, holder of US passport {{passport_new|Q}}, is employed by "
  "{{company}} as a senior engineer.\n\nSincerely,\nHR Department")
t(Q, "de", 2, "email", "Guten Tag, meine Reisepassnummer (USA) lautet {{passport|Q}}. Bitte für das Visum vermerken. {{person}}")
t(Q, "fr", 2, "email", "Bonjour, numéro de passeport américain : {{passport_new|Q}}, valable jusqu'au {{date}}. Cordialement")
t(Q, "es", 2, "chat", "mi número de pasaporte estadounidense es {{passport|Q}}, lo necesitas para el check-in?")
t(Q, "it", 1, "email", "Il numero del mio passaporto statunitense è {{passport_new|Q}}. Cordiali saluti, {{person}}")
t(Q, "pt", 1, "chat", "número do passaporte americano: {{passport|Q}}")
t(Q, "nl", 1, "email", "Hierbij mijn Amerikaanse paspoortnummer: {{passport|Q}}. Groeten, {{first}}")

# =============================================================== MEDICAL_RECORD_NUMBER
t(M, "en", 3, "note",
  "Pt: {{person}}   DOB: {{dob}}   MRN: {{mrn_num|M}}\nCC: chest pain x2 days, worse on exertion.\n"
  "Plan: troponin, ECG, cardiology consult.")
t(M, "en", 2, "hl7",
  "MSH|^~\\&|EPIC|{{hosp}}|LAB|{{hosp}}|2026031409{{num2}}||ADT^A01|{{num8}}|P|2.5\n"
  "PID|1||{{mrn_num|M}}^^^{{hosp}}^MR||{{last_en:up}}^{{first_en:up}}||19{{num2}}0412|F")
t(M, "en", 2, "json",
  "{\"resourceType\": \"Patient\", \"identifier\": [{\"type\": {\"coding\": [{\"code\": \"MR\"}]}, "
  "\"system\": \"urn:oid:2.16.840.1.113883.{{num4}}\", \"value\": \"{{mrn_alpha|M}}\"}], \"gender\": \"male\"}")
t(M, "en", 2, "markdown",
  "### Ward 4B handover\n\n| Bed | Patient | Hosp no. | Dx |\n|---|---|---|---|\n| 12 | {{person}} | {{mrn_num|M}} | CAP |\n"
  "| 14 | {{person}} | {{mrn_num|M}} | post-op lap chole |")
t(M, "en", 2, "letter",
  "Dear Dr {{last_en}},\n\nRe: {{person}}, Hospital number {{mrn_alpha|M}}\n\nThank you for referring this patient, "
  "seen in clinic on {{date}}.\n\nYours sincerely,\n{{person}}, Consultant Rheumatologist")
t(M, "en", 2, "chat", "can u pull up pt id {{mrn_num|M}}, need labs from this am before rounds")
t(M, "de", 2, "letter",
  "Arztbrief\nPatient: {{person}}, geb. {{dob}}\nPatientennummer: {{mrn_num|M}}\nDiagnose: Pneumonie rechts basal")
t(M, "fr", 2, "letter",
  "Compte rendu d'hospitalisation\nPatient : {{person}}\nN° de dossier patient (IPP) : {{mrn_num|M}}\nSortie le {{date}}")
t(M, "es", 2, "note", "Paciente {{person}}, Nº de historia clínica: {{mrn_num|M}}. Acude por dolor abdominal.")
t(M, "it", 2, "letter", "Si trasmette la documentazione relativa a {{person}}, numero di cartella clinica {{mrn_num|M}}, per il ricovero.")
t(M, "pt", 2, "note", "Utente {{person}}, número de processo clínico {{mrn_num|M}}, alta hoje com indicação de repouso.")
t(M, "nl", 2, "note", "Overdracht: patiëntnummer {{mrn_num|M}}, {{person}}, opname i.v.m. COPD-exacerbatie.")

# =============================================================== harmless (en)
t(H, "en", 3, "email", "Order #{{order10}} confirmed! Your package ships tomorrow. Tracking: {{tracking}}. Questions? Reply to this email.")
t(H, "en", 3, "form", "Ship to: {{person}}, {{street}}, {{city}}, CA {{zip4}}\nPhone: {{phone_us}}")
t(H, "en", 2, "csv", "address_id,zip9,county,active\n{{num5}},{{zip9}},{{word:up}},1\n{{num5}},{{zip9}},{{word:up}},0")
t(H, "en", 3, "email", "Hi {{first}}, the replacement impeller is P/N {{partno}} (9-digit catalogue no.) for pump model HX-{{num3}}. Qty 2 on backorder.")
t(H, "en", 2, "log", "deploy: build tag {{ver}} rolled out at {{hms}} to 14 hosts, no errors")
t(H, "en", 2, "chat", "meeting moved to {{hms}} on friday, room 12-34 — bring the slides")
t(H, "en", 2, "ticket", "Linked issues: OPS-{{num5}}, Zendesk #{{num8}}, incident INC{{num8}}. Root cause still unknown.")
t(H, "en", 3, "email", "Your payment of ${{amount}} from account ****{{last4}} was received on {{date}}. Thank you.")
t(H, "en", 2, "chat", "charged to my card ending in {{last4}}, and the refund went to the acct ending {{last4}}")
t(H, "en", 3, "docs",
  "## Configuration ({{word}}-service)\n\nSet the following in `.env`:\n\n    DB_HOST={{host}}\n    DB_USER=app\n    DB_PASSWORD=<your-password>\n\n"
  "Never commit real values; CI injects `${DB_PASSWORD}` at deploy time. The default `changeme` is rejected in production.")
t(H, "en", 2, "docs",
  "Password policy ({{company}}): passwords must be at least 12 characters, contain one digit and one symbol, "
  "and cannot reuse any of your last 5 passwords. Accounts lock after 5 failed attempts.")
t(H, "en", 2, "code",
  "import os\n\ndef connect():\n    password = os.environ[\"DB_PASSWORD\"]\n    user = os.getenv(\"DB_USER\", \"app\")\n"
  "    return psycopg.connect(host=\"{{host}}\", user=user, password=password)")
t(H, "en", 2, "log", "{{date}} INFO auth: login ok user={{user}} password=******** mfa=totp ip=10.{{num2}}.4.17")
t(H, "en", 2, "email", "Please call our office at {{phone_us}} ext. {{num4}} between 9 and 5. Fax: {{phone_us}}.")
t(H, "en", 2, "chat", "we need {{num4}} units by march, and pin 7 of connector J{{num2}} is bent on the last batch")
t(H, "en", 2, "letter",
  "{{bankname}} is opening a new branch at {{street}}, {{city}}. Hours Mon–Fri 9–5. Bring a photo ID to open a checking account.")
t(H, "en", 2, "email", "For international transfers our SWIFT/BIC is {{bic}}. Please contact us for full payment details.")
t(H, "en", 1, "docs",
  "How to find your routing number: it is the 9-digit number printed at the bottom left of your checks, before your "
  "account number. You can also find it in online banking under Account details.")
t(H, "en", 2, "form", "SSN: XXX-XX-{{last4}}\nFormat for new entries: ###-##-####\nStatus: verified")
t(H, "en", 2, "note", "QC: lot {{num8}}, batch {{num6}}, room {{num4}} temp 4.1C. Released by {{first}}.")
t(H, "en", 1, "form", "Account number: ____________________ (to be provided by employee)\nRouting number: ____________")
t(H, "en", 2, "email", "Invoice INV-{{num8}} for ${{amount}} is due on {{date}}. Customer no. {{num6}}.")

# =============================================================== harmless (other languages)
t(H, "de", 2, "email", "Vielen Dank für Ihre Bestellung! Bestellnummer {{order10}}, Lieferung voraussichtlich am {{date}}.")
t(H, "de", 2, "docs", "Hinweis von {{company}}: Ihr Passwort muss mindestens 12 Zeichen lang sein und darf nicht Ihren Namen enthalten. Ihr Konto wird nach {{num2}} Fehlversuchen gesperrt.")
t(H, "fr", 2, "email", "Votre commande n° {{order10}} a bien été expédiée. Numéro de suivi : {{tracking}}.")
t(H, "fr", 2, "form", "Identifiant : {{user}}\nMot de passe : ********\n(mot de passe masqué pour des raisons de sécurité)")
t(H, "es", 2, "email", "Su número de pedido es {{order10}}. Importe: {{amount}} €. Gracias por su compra.")
t(H, "es", 2, "docs", "Configuración de {{word}}-api: en el campo contraseña escriba <tu-contraseña>; nunca la guarde en el repositorio. Servidor: {{host}}")
t(H, "it", 2, "email", "Gentile cliente, il suo numero d'ordine è {{order10}} e la fattura n. {{num6}} è disponibile nell'area riservata.")
t(H, "it", 2, "chat", "il conto del ristorante è {{amount}} euro, facciamo alla romana? ci vediamo alle {{hms}}")
t(H, "pt", 2, "email", "O número do pedido {{order10}} foi enviado. Prazo de entrega: 5 dias úteis.")
t(H, "pt", 2, "config", "# não coloque a senha aqui\nsenha: ${SENHA_BD}\nusuario: app\nhost: {{host}}")
t(H, "nl", 2, "email", "Bedankt voor je bestelling! Je bestelnummer is {{order10}}. Factuurnummer {{num8}}.")
t(H, "nl", 2, "email", "Je betaling van € {{amount}} van rekening eindigend op {{last4}} is ontvangen op {{date}}.")
