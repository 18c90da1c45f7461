"""Batch D (pii): developer secrets in new places (docker -e, curl -u, kubectl, .npmrc,
pip.conf, git remotes, Postman, tfvars, CI logs) and national IDs and cards in new layouts
(card OCR, gateway log, W-2, Lohnsteuerbescheinigung, Vitale attestation, DNI contract,
tessera sanitaria, loonstrook, nota fiscal, e-KYC). Written by hand."""

PII = [
("secret_docker_run", "en", """why does my container exit immediately?

docker run -d --name api -p 8080:8080 \\
  -e DATABASE_URL=postgres://app:⟦CONNECTION_STRING_PASSWORD|Tr0ub4dor-Kestrel-19⟧@db.internal:5432/app \\
  -e OPENAI_API_KEY=⟦API_TOKEN|sk-proj-PKR9OplkdYXLX7pYFqoEH5Sb3Qa8s5Tvjx63q3Ci17mGYSH5⟧ \\
  ghcr.io/acme/api:1.4.2"""),

("secret_curl", "en", """this curl returns 401, what am I doing wrong?
curl -u ⟦PERSON|mwanjiru⟧:⟦PASSWORD|Nairobi#Sunbird88⟧ -X POST https://jira.internal.acme.io/rest/api/2/issue -H 'Content-Type: application/json' -d @issue.json"""),

("secret_kubectl", "de", """Warum sieht der Pod das Secret nicht? Habe es so angelegt:
kubectl create secret generic smtp-creds \\
  --from-literal=SMTP_USER=noreply@shop-intern.de \\
  --from-literal=SMTP_PASS=⟦PASSWORD|Hg7!vWq2-Lmz#84p⟧ \\
  -n produktion
und im Deployment envFrom: secretRef: name: smtp-cred"""),

("secret_npmrc", "en", """npm install fails with E401 on our private registry. my ~/.npmrc:
registry=https://registry.npmjs.org/
@acme:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=⟦API_TOKEN|ghp_e6z2PiFwOoZTvAqXlLcQ8I7xHas924VizeRO⟧
always-auth=true"""),

("secret_pip_conf", "fr", """pip n'arrive pas à installer depuis notre Nexus, voici mon pip.conf :
[global]
index-url = https://⟦PERSON|lmercier⟧:⟦CONNECTION_STRING_PASSWORD|Vercors!2026aq⟧@nexus.groupe-mercier.fr/repository/pypi/simple
trusted-host = nexus.groupe-mercier.fr"""),

("secret_git_remote", "es", """¿Por qué git push me pide usuario otra vez? Mi remote:
$ git remote -v
origin  https://oauth2:⟦API_TOKEN|glpat-ZEil8hO_7sMCgC5A-mLP⟧@gitlab.com/ferreteria-sanz/inventario.git (fetch)
origin  https://oauth2:⟦API_TOKEN|glpat-ZEil8hO_7sMCgC5A-mLP⟧@gitlab.com/ferreteria-sanz/inventario.git (push)"""),

("secret_postman", "en", """Convert this Postman collection item to a Python requests call:
{
  "name": "Send SMS",
  "request": {
    "method": "POST",
    "header": [{"key": "Authorization", "value": "Bearer ⟦API_TOKEN|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⟧"}],
    "body": {"mode": "raw", "raw": "{\\"to\\": \\"⟦PHONE_NUMBER|+44 7700 183 442⟧\\", \\"text\\": \\"Your appointment is confirmed\\"}"},
    "url": "https://api.sendgrid.com/v3/mail/send"
  }
}"""),

("secret_tfvars", "nl", """Terraform plan faalt op de provider, dit is mijn terraform.tfvars:
region            = "eu-west-1"
aws_access_key    = "⟦CLOUD_ACCESS_KEY|AKIAOHIAEI4LZTESELQK⟧"
aws_secret_key    = "⟦CLOUD_ACCESS_KEY|fln1x+Np34hcDpJUUCVK9PwIXS3v0i8oboz2Gemu⟧"
db_admin_password = "⟦PASSWORD|Zeeland-Dijk-4471⟧"
Zie jij wat er mis is?"""),

("secret_ci_log", "en", """Our GitHub Actions run printed this, is it a problem?

Run ./scripts/deploy.sh
+ echo 'Deploying with token'
+ export SLACK_BOT_TOKEN=⟦API_TOKEN|xoxb-520353943466-1603691358739-X3OrqJTWUUg1UlD8onLZxJYm⟧
+ export STRIPE_KEY=⟦API_TOKEN|sk_live_EHqQXJcdbPOchGnlAO5k4p3D⟧
+ curl -sf -X POST https://hooks.slack.com/...
Error: Process completed with exit code 22."""),

("router_password_chat", "it", """come faccio a cambiare la password del wifi del router TIM? quella attuale è ⟦PASSWORD|gattoneroVia17!⟧ e l'ha vista mezzo condominio"""),

("mail_client_setup", "pt", """esqueci como configuro o cliente de e-mail. o usuário é ⟦EMAIL_ADDRESS|renata.guimaraes@uol.com.br⟧ e a senha ⟦PASSWORD|Pitanga@2419⟧, servidor imap.uol.com.br. qual porta eu uso?"""),

("card_ocr", "en", """I scanned my card to add it to the expense app and it came out like this, which bit is the expiry?

VISA DEBIT
⟦CREDIT_CARD|4914 5856 3074 0774⟧
VALID THRU 09/29
MS ⟦PERSON|CHARITY A OKAFOR⟧"""),

("card_gateway_log", "en", """Is our payment gateway logging PANs in clear? Here's a line from the app log:
2026-11-12T10:44:09Z INFO gateway.authorize req=7c1f2 amount=59.90 currency=EUR pan=⟦CREDIT_CARD|5520773263695712⟧ exp=1128 cvv=*** holder="⟦PERSON|Joost Verhoeven⟧" result=APPROVED"""),

("card_gateway_log", "de", """Kannst du diesen Fehler aus dem Zahlungs-Log erklären?
[WARN] 3DS challenge failed, card=⟦CREDIT_CARD|373989210936806⟧, holder=⟦PERSON|Birgit Hahn⟧, ip=⟦IP_ADDRESS|91.64.118.203⟧, reason=AUTH_TIMEOUT"""),

("w2_extract", "en", """Which box on my W-2 is taxable wages? OCR text:

a Employee's social security number ⟦US_SSN|250-33-2604⟧
e Employee's first name and initial  Last name
  ⟦PERSON|DeShawn L⟧  ⟦PERSON|Whitaker⟧
f Employee's address and ZIP code
  ⟦STREET_ADDRESS|1187 Sycamore Bend⟧ ⟦LOCATION|Decatur GA⟧ ⟦ZIP_CODE|30032⟧
1 Wages, tips, other comp. 61,408.22   2 Federal income tax withheld 6,912.40"""),

("lohnsteuer", "de", """Welche Zeile der Lohnsteuerbescheinigung brauche ich für Elster?
Ausdruck der elektronischen Lohnsteuerbescheinigung für 2025
⟦PERSON|Anna-Lena Vogt⟧
⟦STREET_ADDRESS|Gartenstraße 22⟧
⟦ZIP_CODE|72764⟧ ⟦LOCATION|Reutlingen⟧
Identifikationsnummer: ⟦DE_TAX_ID|59 382 976 149⟧
Geburtsdatum: ⟦DATE_TIME|03.07.1991⟧
3. Bruttoarbeitslohn 48.216,00"""),

("vitale_attestation", "fr", """C'est quoi la différence entre l'attestation de droits et la carte Vitale ? Voici la mienne :
ATTESTATION DE DROITS À L'ASSURANCE MALADIE
Bénéficiaire : ⟦PERSON|GUILLOT Mathieu⟧
N° d'immatriculation : ⟦FR_NIR|1 84 02 33 819 259 22⟧
Né le : ⟦DATE_TIME|19/02/1984⟧
Organisme : CPAM de la Gironde
Droits ouverts jusqu'au 31/12/2026"""),

("dni_contract", "es", """Revisa esta cláusula del contrato de alquiler de temporada:
REUNIDOS: De una parte, D.ª ⟦PERSON|Begoña Arteaga Ruiz⟧, mayor de edad, con DNI ⟦ES_NIF|37902791X⟧ y domicilio en ⟦STREET_ADDRESS|Av. de la Constitución 18, 5º D⟧, ⟦ZIP_CODE|41001⟧ ⟦LOCATION|Sevilla⟧ (ARRENDADORA). De otra, D. ⟦PERSON|Hugo Lemaire⟧, NIE ⟦ES_NIE|Y7741570Z⟧ (ARRENDATARIO)."""),

("tessera_sanitaria", "it", """Ho fotografato la tessera sanitaria di mio padre, mi dici dove trovo la scadenza?
TESSERA SANITARIA
Codice fiscale ⟦IT_FISCAL_CODE|BNCFNC73A58H501G⟧
Cognome ⟦PERSON|BIANCHI⟧
Nome ⟦PERSON|FRANCESCA⟧
Luogo di nascita ⟦LOCATION|ROMA⟧
Data di nascita ⟦DATE_TIME|18/01/1973⟧"""),

("loonstrook", "nl", """Waarom is mijn loonheffing deze maand hoger? Uit mijn loonstrook:
Werknemer: ⟦PERSON|K. (Kees) Dijkstra⟧
BSN: ⟦NL_BSN|380659645⟧
Geb.datum: ⟦DATE_TIME|11-08-1979⟧
Bruto salaris 4.120,00
Loonheffing 1.046,38
IBAN: ⟦IBAN_CODE|NL22 INGB 0004 4173 92⟧"""),

("nota_fiscal", "pt", """Essa nota fiscal está certa? O CPF do tomador saiu sem pontuação.
NFS-e nº 000.214
Prestador: Estúdio Pilates Bem-Estar LTDA
Tomador: ⟦PERSON|Vanessa Coutinho Ramos⟧ — CPF ⟦BR_CPF|32223730949⟧
Endereço: ⟦STREET_ADDRESS|Av. Bernardo Monteiro, 890, apto 302⟧, ⟦LOCATION|Belo Horizonte⟧/MG, CEP ⟦ZIP_CODE|30150-281⟧
Serviço: 8 aulas de pilates — R$ 480,00"""),

("ekyc_json", "en", """The e-KYC callback fails schema validation, can you spot the issue?
{
  "status": "SUCCESS",
  "kyc": {
    "name": "⟦PERSON|Lakshmi Venkataraman⟧",
    "dob": "⟦DATE_TIME|1996-12-04⟧",
    "aadhaar": "⟦IN_AADHAAR|9056 0238 1397⟧",
    "pan": "⟦IN_PAN|HITPZ3074E⟧",
    "mobile": "⟦PHONE_NUMBER|+91 98450 21763⟧",
    "address": {"house": "⟦STREET_ADDRESS|No. 14, 3rd Cross, Malleswaram⟧", "city": "⟦LOCATION|Bengaluru⟧", "pin": "⟦ZIP_CODE|560003⟧"}
  }
}"""),

("nino_payslip", "en", """is my tax code right? payslip says
Employee: ⟦PERSON|Will Chaudhry⟧   NI No: ⟦UK_NINO|EC169599A⟧   Tax code: 1257L
Gross 2,840.00  PAYE 360.80  NI 110.13"""),

("nhs_letter", "en", """Please simplify this hospital appointment letter for my gran:
Patient: Mrs ⟦PERSON|Edna Moss⟧  NHS Number: ⟦UK_NHS|5296303725⟧
You have been booked into the ⟦MEDICAL_CONDITION|cataract surgery⟧ list on 14 January at 08:00. Do not take ⟦MEDICAL_CONDITION|warfarin⟧ for 5 days before unless told otherwise."""),

("cnpj_mei", "pt", """Como emito boleto sendo MEI? Meus dados: ⟦PERSON|Edson Marques da Silva⟧, CNPJ ⟦BR_CNPJ|34.769.164/0001-08⟧ (MEI de manicure), CPF ⟦BR_CPF|949.415.867-94⟧."""),

("passport_page_copy", "en", """Check my visa form, I copied the passport page:
Surname: ⟦PERSON|ABIODUN⟧
Given names: ⟦PERSON|FOLASADE GRACE⟧
Passport No: ⟦PASSPORT|B04471928⟧
Date of birth: ⟦DATE_TIME|23 JUL 1990⟧
Place of birth: ⟦LOCATION|IBADAN⟧"""),

("daycare_form_question", "en", """the daycare form wants my son's social, is that normal? it's ⟦US_SSN|311-38-3556⟧ and his name is ⟦PERSON|Ezra Lindgren⟧, born ⟦DATE_TIME|5/19/2022⟧"""),

("pan_name_mismatch", "en", """my PAN ⟦IN_PAN|SROPQ8953R⟧ shows name mismatch with bank, bank has "⟦PERSON|Siddharth Kulkarni⟧" but PAN card has "⟦PERSON|Siddharth Vinayak Kulkarni⟧". how to fix?"""),
]
