# ruff: noqa
# Secrets where they really leak. (genre, lang, text)
PII = [
("chat_wifi", "en", "the wifi pw is ⟦PASSWORD|Bluebell!2291⟧ (capital B). network is 'HOME-5G' not the guest one"),
("chat_wifi", "de", "wlan heißt FRITZ!Box 7590 QX, passwort ⟦PASSWORD|8831 0472 5519 3306 1187⟧ (mit leerzeichen abtippen geht nicht, ohne eingeben)"),
("chat_login", "en", "ok my login for the school portal is ⟦EMAIL_ADDRESS|faith.osei84@gmail.com⟧ / pass ⟦PASSWORD|Sunflower#84⟧ can you check if ⟦PERSON|Kofi⟧'s homework got submitted, i'm stuck at work"),
("chat_login", "pt", "amor o login do netflix é ⟦EMAIL_ADDRESS|camila.rocha.bh@hotmail.com⟧ e a senha ⟦PASSWORD|Cachorro_Pipoca22⟧, não passa pra tua irmã kkk"),
("chat_login", "it", "user: ⟦PERSON|m.ferraro⟧  password: ⟦PASSWORD|Juventus1897!⟧ — è quello del gestionale, me lo cambi tu che io non ci riesco? dice sempre 'password scaduta'"),
("env_file", "en", """why isn't my app picking these up? .env:

NODE_ENV=production
PORT=8080
DATABASE_URL=postgres://app_user:⟦CONNECTION_STRING_PASSWORD|Xk93-pLm_qq7Tz⟧@db.internal.fakecorp.io:5432/orders
OPENAI_API_KEY=⟦API_TOKEN|sk-proj-mhVJ04Xs4VIm54M5KaPhQKIK2w6uWDDO8xLIw732RiUuA57r⟧
STRIPE_SECRET=⟦API_TOKEN|sk_live_cPyRTOtxwmRGskeQ13Tq7ToJ⟧
LOG_LEVEL=debug

I'm using dotenv 16 and calling config() in index.ts"""),
("env_file", "fr", """Bonjour, mon conteneur plante au démarrage, voici mon fichier .env (c'est le staging) :

ANTHROPIC_API_KEY=⟦API_TOKEN|sk-ant-api03-BhgnI_QsN7q37Nhy34NI5CYppInRbG67NSbwbQp2JNZZK4kjMLDcB6pwHinqu69Q3UMBPsP6yysjViOaQUv5U1rMgLOLcAA⟧
REDIS_URL=redis://default:⟦CONNECTION_STRING_PASSWORD|r3d1s-St4ging-Pw⟧@10.0.4.12:6379/0
SENTRY_DSN=
MAX_TOKENS=4096

L'erreur : 'TypeError: Cannot read properties of undefined (reading split)'"""),
("docker_compose", "en", """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: keycloak
      POSTGRES_PASSWORD: ⟦PASSWORD|kc_Pr0d_2026!vault⟧
  keycloak:
    image: quay.io/keycloak/keycloak:25.0
    environment:
      KC_DB_URL: jdbc:postgresql://db:5432/keycloak
      KC_DB_PASSWORD: ⟦PASSWORD|kc_Pr0d_2026!vault⟧
      KEYCLOAK_ADMIN_PASSWORD: ⟦PASSWORD|AdminAdmin#773⟧

keycloak keeps saying 'password authentication failed for user keycloak', what's wrong"""),
("docker_compose", "es", """Tengo este docker-compose y MySQL no arranca:

  mysql:
    image: mysql:8.4
    environment:
      - MYSQL_ROOT_PASSWORD=⟦PASSWORD|Tortilla.2024.root⟧
      - MYSQL_DATABASE=tienda
      - MYSQL_USER=tienda_app
      - MYSQL_PASSWORD=⟦PASSWORD|tienda_app_9f2k⟧
    ports: ["3306:3306"]

¿Falta algún volumen?"""),
("yaml_config", "en", """spring:
  datasource:
    url: jdbc:postgresql://pg-prod-02.corp.local:5432/billing
    username: billing_svc
    password: ⟦PASSWORD|Bi11ing-Svc-2026⟧
  mail:
    host: smtp.sendgrid.net
    username: apikey
    password: ⟦API_TOKEN|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⟧

convert this application.yml to application.properties"""),
("json_config", "en", """{
  "slack": {
    "bot_token": "⟦API_TOKEN|xoxb-371197039397-3693931462135-8TtjlWqG0G28r3foRG80noJu⟧",
    "channel": "#alerts-prod"
  },
  "twilio": {
    "account_sid": "AC13724c5872dbb9e74a94ae4324a8d226",
    "auth_token": "⟦API_TOKEN|c51802a09f7e41018f1cfba851e8d8dc⟧",
    "from": "+15005550006"
  }
}
write a python function that loads this and sends the same alert to slack and sms"""),
("json_config", "nl", """Kun je deze config valideren tegen het schema? Hij faalt op 'additionalProperties'.
{"hf_token": "⟦API_TOKEN|hf_OYqr1iO735RVDTF68w0g4x1GMtTu8fqa6s⟧", "model": "distilbert-base-uncased", "batch_size": 32, "push_to_hub": true}"""),
("shell_history", "en", """here's my history, what did I break?
  501  cd ~/infra
  502  export AWS_ACCESS_KEY_ID=⟦CLOUD_ACCESS_KEY|AKIATMI2ZS643C5LKWWQ⟧
  503  export AWS_SECRET_ACCESS_KEY=⟦CLOUD_ACCESS_KEY|4PdnR771xKQYnw/qMT8GZ510fPsA2eoYZ9mO90xM⟧
  504  terraform plan
  505  terraform apply -auto-approve
  506  aws s3 ls"""),
("shell_history", "de", """Warum klappt der Login nicht? Mein Verlauf:
$ mysql -h 192.168.178.40 -u wawi -p⟦PASSWORD|Wawi2025sicher⟧ wawi_db
ERROR 1045 (28000): Access denied for user 'wawi'@'192.168.178.23'"""),
("curl_command", "en", """curl https://api.openai.com/v1/chat/completions \\
  -H "Authorization: Bearer ⟦API_TOKEN|sk-proj-3xfOsYSxsLbnx2K5AFQHx6gD6WS11yKccqJnCW7b9kcua5e5⟧" \\
  -H "Content-Type: application/json" \\
  -d '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]}'

returns 429 every time even tho i have credit??"""),
("curl_command", "es", """Esto me da 401, ¿por qué?
curl -u ⟦PERSON|jlopez⟧:⟦PASSWORD|Sevilla_1987⟧ https://jira.miempresa.es/rest/api/2/issue/OPS-4412"""),
("curl_command", "en", """curl -X POST https://api.stripe.com/v1/refunds -u ⟦API_TOKEN|sk_live_mnn6t9ZODBk45SszlWk0k6CD⟧: -d charge=ch_3PmX2aLkdF0a1 -d amount=4500
why do I get 'No such charge'"""),
("jdbc_url", "en", "Getting 'Communications link failure' with jdbc:mysql://reporting-db.acme-internal.net:3306/sales?user=bi_reader&password=⟦CONNECTION_STRING_PASSWORD|Rep0rt!ng_Rd⟧&useSSL=true — is the useSSL flag the issue with Connector/J 8?"),
("mongo_url", "en", "const uri = 'mongodb+srv://shopAdmin:⟦CONNECTION_STRING_PASSWORD|Mg0-Sh0p-2o26x⟧@cluster0.ab12cd.mongodb.net/shop?retryWrites=true&w=majority'; mongoose says MongoParseError: URI malformed. is it the dash?"),
("mongo_url", "it", "Ciao, non riesco a connettermi: mongodb://admin:⟦CONNECTION_STRING_PASSWORD|Pizza@Napoli99⟧@192.168.1.50:27017/?authSource=admin. Mi dà errore di parsing, forse per la chiocciola nella password?"),
("redis_url", "pt", "O Sidekiq não conecta. REDIS_URL=rediss://:⟦CONNECTION_STRING_PASSWORD|p9Xv2Lq7Kz0Rr4Bt⟧@master.cache-prod.abc123.use1.cache.amazonaws.com:6379 — precisa de TLS configurado?"),
("it_email", "en", """From: IT Service Desk <helpdesk@northfield-logistics.co.uk>
To: ⟦PERSON|Bill Hargreaves⟧ <⟦EMAIL_ADDRESS|bill.hargreaves@northfield-logistics.co.uk⟧>

Hi ⟦PERSON|Bill⟧,
Your account has been reset. Temporary password: ⟦PASSWORD|Nfl-Temp-5528⟧
You'll be asked to change it at first login. VPN username stays the same (⟦PERSON|bhargreaves⟧).

Regards, ⟦PERSON|Sunil⟧ – IT"""),
("it_email", "de", """Betreff: Ihr neuer Zugang zum DATEV-Portal

Sehr geehrte Frau ⟦PERSON|Özdemir⟧,
Ihr Benutzername lautet ⟦EMAIL_ADDRESS|s.oezdemir@steuerbuero-lenz.de⟧, das Initialpasswort ist ⟦PASSWORD|Lenz!Start2026⟧.
Bitte ändern Sie es nach der ersten Anmeldung.
Mit freundlichen Grüßen
⟦PERSON|Torsten Lenz⟧"""),
("it_email", "fr", "Bonjour ⟦PERSON|Camille⟧, voici tes accès pour le nouveau poste : identifiant ⟦PERSON|cmoreau⟧, mot de passe provisoire ⟦PASSWORD|Bienvenue2026!⟧. Le code PIN de l'imprimante est ⟦PASSWORD|4471⟧. Bonne journée, ⟦PERSON|Éric⟧ (service info)"),
("github_token", "en", "git push keeps failing: remote: Invalid username or password. I set the remote to https://⟦API_TOKEN|ghp_tyqeVkD9maRTM7xgsmSgJSsO63AhZWnupesK⟧@github.com/lumen-labs/ingest.git — did the token expire or is the format wrong?"),
("github_token", "en", """.github/workflows/release.yml
      - name: publish
        env:
          GH_TOKEN: ⟦API_TOKEN|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⟧
          NPM_TOKEN: ⟦API_TOKEN|npm_CXIgkPbk8JCOp8cqOIR4dI27I9XLOUE0xb7k⟧
        run: npx semantic-release
I know I should use secrets, just tell me why semantic-release says ENONPMTOKEN"""),
("gitlab_ci", "en", """variables:
  GITLAB_TOKEN: "⟦API_TOKEN|glpat-L1lkD5QgAEKcmyfQq4RT⟧"
  DOCKER_DRIVER: overlay2
stages: [build, deploy]
why does my deploy job get 403 on the registry"""),
("gitlab_ci", "nl", "Mijn pipeline faalt bij het klonen van de submodule. In de .gitmodules staat url = https://oauth2:⟦API_TOKEN|glpat-6d5pyAOBSurnYEa-qKet⟧@gitlab.bedrijf.nl/platform/shared.git. Moet ik CI_JOB_TOKEN gebruiken?"),
("python_code", "en", """import google.generativeai as genai
genai.configure(api_key="⟦API_TOKEN|AIza_3AO0J5HKtcSeoeRzcBnGyZAX_AIqbLgZO3⟧")
model = genai.GenerativeModel("gemini-1.5-flash")
print(model.generate_content("hello").text)
# -> google.api_core.exceptions.PermissionDenied: 403"""),
("python_code", "es", """Mi script de Python no envía correos:

import smtplib
s = smtplib.SMTP('smtp.gmail.com', 587)
s.starttls()
s.login('⟦EMAIL_ADDRESS|ventas.ferreteria.olmo@gmail.com⟧', '⟦PASSWORD|qwhz ntoe kplr vbsa⟧')
s.sendmail(...)

Error: SMTPAuthenticationError 535"""),
("private_key", "en", """which format is this key in and how do I convert it for PuTTY?

⟦PRIVATE_KEY|-----BEGIN RSA PRIVATE KEY-----
1G5+ONRpQvBiPiFnwMJIcWofYMA+5Kq0+X3B1gGOutpYdfjm2hjFpKUP+QuErcGK
BkxgmH7bGjjhUKWaGcocsMIl6HTYaV+Fvzb5GhZ0vCJozFUi0YG5r19nQvw815hh
90tVm9nURBw4vf1Hc+r/yh8C4G5JBcK8d1vnfnkrW2KMnP8uwpyGlbuccf9xgIEx
hRBSE6oWgHQGWUJMonxKsgSunn7xD8GuUiFutTq8aZ0e397NPGYcCO8tT/JYFpI2
rMtuc6aFx6xNYY4ui91OvwHWUJ1gL4z5g9RFh0uAA2V7BtDOnPULSjcsBSIpnJ9d
lxo4xXfNjhPuz924MLc7++xOkpH+I8MEZp4ZofuDOzhChZJT0cksFMbKm/rnCByD
4vdBAGH3A0tPoZTe
-----END RSA PRIVATE KEY-----⟧"""),
("private_key", "de", """Ist dieser Schlüssel für ES256 geeignet? Brauche ihn für Apple Sign-In:
⟦PRIVATE_KEY|-----BEGIN EC PRIVATE KEY-----
BSBbowBiDj9Sp9ldB4C4m/Osita47f2+J1bw0aJxYugzmcouLn3wtNBsK9GWoi8j
qW6ZubKgBK3jKMb3hBuVD1DGf8urQUIqRTkOrn4+0khJq48K/iIHEBG5ioqrkOY4
L/nlCq52IKIiF9a04aCY2JYFKSpDjUCp
-----END EC PRIVATE KEY-----⟧"""),
("jwt_debug", "en", "decode this jwt and tell me why my middleware rejects it: ⟦API_TOKEN|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiAidV80ODIxMyIsICJyb2xlIjogImFkbWluIiwgImV4cCI6IDE3OTk5OTk5OTl9.R_RduhTt9xIiDOICyZZyadQ3AeNfuUJU9y6iMgASd3c⟧"),
("terraform", "en", """provider "aws" {
  region     = "eu-west-1"
  access_key = "⟦CLOUD_ACCESS_KEY|AKIANIVGYRFSPLJXSWGO⟧"
  secret_key = "⟦CLOUD_ACCESS_KEY|nHul4xLlCnuGbXZwRkgl9gKWLIQ+bM2VkZ2fLK99⟧"
}
how do I move these to a profile without breaking state?"""),
("aws_credentials", "pt", """Meu ~/.aws/credentials está assim e o boto3 diz InvalidClientTokenId:
[default]
aws_access_key_id = ⟦CLOUD_ACCESS_KEY|AKIALHETIO4T6IVU4RPP⟧
aws_secret_access_key = ⟦CLOUD_ACCESS_KEY|I+/xf3SZlnsL30bUnf2DEygA0pS+3G5o4szBmtr5⟧
region=sa-east-1"""),
("k8s_secret", "en", """kubectl create secret generic app-secrets \\
  --from-literal=DB_PASSWORD='⟦PASSWORD|Kub3-Db-Pa55!⟧' \\
  --from-literal=HF_TOKEN='⟦API_TOKEN|hf_VFrMr92DPeXHKh1adDwc1MhFDnkIK5y8dC⟧'
then the pod says CreateContainerConfigError. what key name does it expect?"""),
("php_config", "fr", """Mon WordPress affiche 'Erreur lors de la connexion à la base de données'. wp-config.php :
define( 'DB_NAME', 'wp_boulangerie' );
define( 'DB_USER', 'wp_admin' );
define( 'DB_PASSWORD', '⟦PASSWORD|Croissant&Baguette74⟧' );
define( 'DB_HOST', 'localhost' );"""),
("support_ticket", "en", "Ticket #55120 – customer ⟦PERSON|Rose Whitfield⟧ says she can't log in. She gave us her password over chat (⟦PASSWORD|rosie1962⟧) which I know we shouldn't have. Can you write a reply telling her to reset it and explaining why we never ask for passwords?"),
("support_ticket", "it", "Il cliente ⟦PERSON|Davide Russo⟧ ci ha scritto la sua password della PEC in chiaro nel ticket: ⟦PASSWORD|Russo.Pec.2025⟧. Scrivimi una risposta gentile in cui gli dico di cambiarla subito."),
("anthropic_sdk", "en", """from anthropic import Anthropic
client = Anthropic(api_key="⟦API_TOKEN|sk-ant-api03-oOLzHnEslgVAiCg6VWGx0LUEaVXUYJMo_hlcnVjGvx2uxdL4yV01fnlcO_GtI4lhTf5CzeKRrLSE1RfyPMmp41qhALX2_AA⟧")
msg = client.messages.create(model="claude-sonnet-4-5", max_tokens=512, messages=[{"role":"user","content":"hi"}])
# AuthenticationError: invalid x-api-key  ??"""),
("router_admin", "nl", "mijn schoonvader ⟦PERSON|Henk⟧ heeft de router admin gewijzigd en ik weet alleen dat het ⟦PASSWORD|Henk1955Ajax⟧ is, maar hij werkt niet op 192.168.2.254. hoe reset ik een Ziggo modem?"),
("stripe_webhook", "es", "En el panel de Stripe copié esto: ⟦API_TOKEN|sk_live_3xC6UX2Kus3ZxsJY97RxWuiD⟧ y lo puse en el webhook de WooCommerce pero los pagos quedan en 'pendiente'. ¿Tengo que usar la clave de webhook whsec_ en vez de esta?"),
]
