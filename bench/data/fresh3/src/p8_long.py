# Hand-written pii prompts: long pastes (1-2 KB).
PII = [
    ("long_paste", "es", """Necesito contestar al último correo de la administradora de fincas. Te pego todo el hilo; ¿me ayudas a escribir una respuesta firme pero educada? No quiero pagar la derrama entera.

De: ⟦PERSON|Montserrat Vilaró⟧ <⟦EMAIL_ADDRESS|mvilaro.admin@gmail.com⟧>
Enviado: jueves, 27 de noviembre de 2026 11:20
Asunto: RE: Derrama fachada – piso 3º 2ª

Estimado ⟦PERSON|Sr. Okonjo⟧:
Le recuerdo que la derrama aprobada en la junta del 14 de octubre asciende a 2.860 € por vivienda y que el plazo para el primer pago venció el 15 de noviembre. Según nuestros registros, el recibo domiciliado en su cuenta ⟦IBAN_CODE|ES93 9977 8377 0857 2983 5573⟧ fue devuelto. Le ruego regularice la situación antes del 5 de diciembre.
Atentamente,
Montserrat Vilaró
Administración de Fincas Vilaró

-----Mensaje original-----
De: ⟦PERSON|Chidi Okonjo⟧ <⟦EMAIL_ADDRESS|chidi.okonjo@proton.me⟧>
Enviado: lunes, 24 de noviembre de 2026 19:02

Buenas tardes, ⟦PERSON|Montserrat⟧:
Devolví el recibo porque no estoy de acuerdo con el reparto. Mi piso (⟦STREET_ADDRESS|C/ Verdi 41, 3º 2ª⟧, ⟦ZIP_CODE|08012⟧ ⟦LOCATION|Barcelona⟧) tiene una cuota de participación del 4,1 %, no del 6,25 % como se ha aplicado. Además, en la junta no estuve presente porque estaba ingresado por una ⟦MEDICAL_CONDITION|apendicitis⟧, y el acta no me llegó hasta el día 3.
Adjunto copia de mi NIE (⟦ES_NIE|Z7833400L⟧) porque me lo pidieron para el cambio de titularidad.
Saludos,
Chidi

-----Mensaje original-----
De: Administración de Fincas Vilaró
Enviado: 3 de noviembre de 2026

Adjuntamos el acta de la junta extraordinaria. Acuerdo 2: se aprueba la rehabilitación de la fachada por importe de 68.640 €, a repartir entre las 24 viviendas a partes iguales."""
     .replace("⟦PERSON|Sr. Okonjo⟧", "Sr. ⟦PERSON|Okonjo⟧").replace("Atentamente,\nMontserrat Vilaró", "Atentamente,\n⟦PERSON|Montserrat Vilaró⟧")
     .replace("Saludos,\nChidi", "Saludos,\n⟦PERSON|Chidi⟧")),
    ("long_paste", "de", """Hilf mir bitte, diese Mail an meinen Steuerberater zu ordnen und eine Liste der fehlenden Unterlagen zu machen. Ich habe einfach alles reinkopiert, was ich hatte:

Hallo Herr ⟦PERSON|Brenninkmeyer⟧,

anbei wie besprochen meine Angaben für die Einkommensteuererklärung 2025.

Persönliche Daten
- Name: ⟦PERSON|Svetlana Hoffmann⟧ (geb. ⟦PERSON|Kuznetsova⟧)
- Geburtsdatum: ⟦DATE_TIME|28.02.1984⟧
- Steuer-ID: ⟦DE_TAX_ID|24150822972⟧
- Ehemann: ⟦PERSON|Dirk Hoffmann⟧, Steuer-ID ⟦DE_TAX_ID|96230147842⟧
- Anschrift: ⟦STREET_ADDRESS|Ginsterweg 9⟧, ⟦ZIP_CODE|48161⟧ ⟦LOCATION|Münster⟧
- Konto für die Erstattung: ⟦IBAN_CODE|DE02 0878 7206 0163 5527 12⟧

Außergewöhnliche Belastungen
- ⟦MEDICAL_CONDITION|Zahnimplantat⟧ ⟦PERSON|Dirk⟧: 3.480 € Eigenanteil
- Fahrten zur Klinik für meine ⟦MEDICAL_CONDITION|Chemotherapie⟧ (⟦MEDICAL_CONDITION|Brustkrebs⟧, Februar bis Juni): 34 Fahrten à 46 km
- ⟦MEDICAL_CONDITION|Grad der Behinderung 50⟧ seit 04/2025 (Bescheid liegt bei)

Kinder
- ⟦PERSON|Leon⟧, geb. ⟦DATE_TIME|11.09.2012⟧, Schulgeld Privatschule 2.400 €
- ⟦PERSON|Marie⟧, geb. ⟦DATE_TIME|02.05.2016⟧, Kita-Beiträge 1.860 €

Sonstiges
- Handwerkerrechnung Badsanierung 6.200 € (davon Arbeitslohn 3.900 €)
- Riester-Vertrag, Bescheinigung kommt angeblich im Januar

Telefonisch erreichen Sie mich am besten unter ⟦PHONE_NUMBER|0251 9187 4402⟧.

Viele Grüße
⟦PERSON|Svetlana Hoffmann⟧"""),
    ("long_paste", "en", """My terraform apply suddenly fails with "InvalidClientTokenId". I've pasted my credentials file, the provider block and the error. What's wrong? (this is a personal sandbox account, I'll rotate after)

$ cat ~/.aws/credentials
[default]
aws_access_key_id = ⟦CLOUD_ACCESS_KEY|AKIAEHQV67YMHY2KKQMN⟧
aws_secret_access_key = ⟦CLOUD_ACCESS_KEY|q8j+CkENU/14tLIlhuiZbpnOBu2S8B9hPuc2aOnn⟧
region = eu-west-2

[work]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

$ cat providers.tf
provider "aws" {
  region  = "eu-west-2"
  profile = "default"
  default_tags {
    tags = {
      Owner   = "⟦EMAIL_ADDRESS|rashida.benmoussa@gmail.com⟧"
      Project = "sandbox"
    }
  }
}

$ terraform apply
aws_s3_bucket.logs: Refreshing state... [id=sandbox-logs-7f3a]
╷
│ Error: reading S3 Bucket (sandbox-logs-7f3a): operation error S3: HeadBucket,
│ https response error StatusCode: 403, RequestID: 9QK2B7X0Y4M1ZP8D,
│ api error InvalidClientTokenId: The security token included in the request is invalid.
╵

I also tried `aws sts get-caller-identity` and got the same error. The key was created yesterday in IAM for user ⟦PERSON|rashida-admin⟧ and shows as Active."""),
]
