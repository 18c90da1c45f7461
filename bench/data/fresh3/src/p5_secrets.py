# Hand-written pii prompts: passwords in words, tokens, connection strings, keys.
PII = [
    ("password_in_words", "de", "Kannst du mir helfen, mich bei der Fritzbox anzumelden? Mein Passwort ist ⟦PASSWORD|Hasenbrot#1987⟧ aber er sagt immer falsch. Benutzer ist fritz3490."),
    ("password_in_words", "fr", "mon mot de passe pour l'ENT du lycée c'est ⟦PASSWORD|chaussette42!⟧ et l'identifiant ⟦PERSON|lea.marchetti⟧, ça marche plus depuis hier, tu sais pourquoi ?"),
    ("password_in_words", "es", "La contraseña del wifi de la oficina es ⟦PASSWORD|Girasol_2026⟧, ¿cómo la cambio desde el router Movistar sin que se caiga todo?"),
    ("password_in_words", "it", "La password del mio account INPS è ⟦PASSWORD|Pandoro.Natale77⟧ ma mi chiede lo SPID. Cosa devo fare? Il mio nome utente è ⟦EMAIL_ADDRESS|rosaria.colonna@tiscali.it⟧."),
    ("password_in_words", "pt", "A senha do meu gov.br é ⟦PASSWORD|Brigadeiro@123⟧, e mesmo assim aparece 'credenciais inválidas'. Meu CPF é ⟦BR_CPF|256.996.669-07⟧. O que pode ser?"),
    ("password_in_words", "nl", "Het wachtwoord van de gedeelde mailbox is nu ⟦PASSWORD|Stroopwafel!22⟧, kun je een mailtje opstellen om het team te informeren? (ja ik weet dat dit niet via mail moet)"),
    ("password_in_words", "en", "ok so the login for grandma's ipad is the apple id ⟦EMAIL_ADDRESS|dorothy.pembridge@icloud.com⟧ and the password is ⟦PASSWORD|bluebell1952⟧. how do i turn off the passcode for her? she keeps forgetting it"),
    ("password_in_words", "pt", "Olá! A palavra-passe do Portal das Finanças é ⟦PASSWORD|GaloBarcelos#9⟧ e o NIF ⟦PT_NIF|279444010⟧. Como vejo as faturas pendentes?"),
    ("ticket_with_secret", "en", """Can you rewrite this helpdesk ticket so it's clearer for L2?

Title: VPN not connecting for new starter
User: ⟦PERSON|Oluwaseun Adebisi⟧ (⟦EMAIL_ADDRESS|o.adebisi@corvidlogistics.co.uk⟧)
Notes: reset AD password to ⟦PASSWORD|Welcome2Corvid!⟧ , user confirmed login to OWA works, but GlobalProtect says 'authentication failed'. Laptop asset CL-3310."""),
    ("ticket_with_secret", "es", """Resume este ticket para el turno de noche:

#7712 – Cliente no puede acceder al panel
Usuario: ⟦EMAIL_ADDRESS|jl.arrieta@construccionesarrieta.es⟧
Contraseña temporal asignada: ⟦PASSWORD|Arr13ta-Tmp!⟧
Token API regenerado: ⟦API_TOKEN|sk_live_q172hSCvYtcd1vk1gAGtvLz8⟧
Pendiente: confirmar con ⟦PERSON|José Luis⟧ que ya entra."""),
    ("email_with_secret", "fr", """Peux-tu rendre ce mail plus professionnel ?

Salut ⟦PERSON|Mathis⟧,
voilà les accès pour le serveur de préprod :
ssh deploy@preprod.lacave-numerique.fr
mdp : ⟦PASSWORD|Beaujolais-2026!⟧
et la clé API Mailjet pour les tests : ⟦API_TOKEN|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⟧ (ah non ça c'est Sendgrid)
Bisous
⟦PERSON|Anaïs⟧"""),
    ("email_with_secret", "de", """Übersetz das bitte ins Englische für den externen Dienstleister:

Hallo zusammen,
anbei die Zugangsdaten für das Staging:
AWS Access Key: ⟦CLOUD_ACCESS_KEY|AKIAJJPVU5XSKAFE2R3F⟧
Secret: ⟦CLOUD_ACCESS_KEY|mq2E+l7ixsJNWbwOaZYI757LI/JDUFX+lo3E0kqd⟧
Region eu-central-1. Bitte nach dem Test rotieren.
Gruß, ⟦PERSON|Sven Ahlborn⟧"""),
    ("config_env", "en", """why does my Next.js app say "Missing API key" in prod but not locally? .env.production:

NEXT_PUBLIC_SITE_URL=https://shop.example.org
OPENAI_API_KEY=⟦API_TOKEN|sk-proj-LvD0t6aGPusP0O4BhM0n6cOmoHqF4nWBIgjirOSnIXlViDpU⟧
DATABASE_URL=postgresql://shop:⟦CONNECTION_STRING_PASSWORD|Tr0ut&Chips_77⟧@db.internal:5432/shop
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx"""),
    ("config_env", "it", """Perché docker compose non legge queste variabili? Il file è .env nella root:

MYSQL_ROOT_PASSWORD=⟦PASSWORD|Carbonara!Vera9⟧
MYSQL_USER=gestionale
MYSQL_PASSWORD=⟦PASSWORD|gest-2026-Ottobre⟧
HF_TOKEN=⟦API_TOKEN|hf_q4UPhjbkmMJ5dYLgUMBpcVLWnj8cK2EUzq⟧"""),
    ("connection_string", "en", """Getting 'SSL SYSCALL error: EOF detected' with this, any idea?

engine = create_engine("postgresql+psycopg2://analytics_ro:⟦CONNECTION_STRING_PASSWORD|q8#Lm2vPz!r⟧@pg-replica-03.eu-west-1.rds.amazonaws.com:5432/warehouse?sslmode=require")"""),
    ("connection_string", "nl", """Waarom krijg ik 'Login failed for user' met deze connection string in appsettings.json?

"ConnectionStrings": {
  "Default": "Server=tcp:sql-gemeente-prd.database.windows.net,1433;Database=burgerzaken;User ID=svc_burger;Password=⟦CONNECTION_STRING_PASSWORD|Tulp3nB0l!2026⟧;Encrypt=True;"
}"""),
    ("connection_string", "pt", """O Mongo não conecta, diz 'bad auth'. URI:
mongodb+srv://app_loja:⟦CONNECTION_STRING_PASSWORD|Acai%40Praia2026⟧@cluster0.x7k2p.mongodb.net/loja?retryWrites=true
o @ na senha eu já troquei por %40, está certo?"""),
    ("private_key", "en", """I pasted my deploy key into GitHub and it says "Key is invalid. You must supply a key in OpenSSH public key format". Here's what I pasted:

⟦PRIVATE_KEY|-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
n0G9W8uw8de9puyHB9d3xvE/pg3mKBxfeN4/YYsakj8DuzdoRy7q3sRjKMPMEiOennEgIQ
D43wE1xjf1+yrfKkpQ9jKK4K2gNC7w97Ay9/fkYkwFXGoq7yVDEFRN0ZqWAJittVYQT1rR
TnuyUC97eLQtDkH58AXzv1vYZwSMyWtdYJTXAnMLtS6f9PQyHsE+7dHxdliDWuSGQMZ2G5
-----END OPENSSH PRIVATE KEY-----⟧

what did I do wrong?"""),
    ("private_key", "es", """Nginx no arranca: "PEM_read_bio_PrivateKey() failed". Este es el fichero /etc/ssl/private/tienda.key:

⟦PRIVATE_KEY|-----BEGIN PRIVATE KEY-----
a/x8xe3EsJbvL6FzVXg5xc6yVXRuyzixdPr1FOLcwUoCa4sE//eym4DBT8mYjsZwg8vZhY00
B0pmslDvrqowjNflXWNSH7u5DzIaHlyWkbK29fJg/Ya0skdOz/ntor+YV09XywulF6Rkp4Z+
YlHGDS/Yj1LaDvf95WLhZ9RYPIjN6AXBDJy8ZbsZapCMJO
-----END PRIVATE KEY-----⟧
¿Le falta algo?"""),
    ("token_in_code", "en", """refactor this to read the token from env instead:

import requests
GH_TOKEN = "⟦API_TOKEN|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⟧"
r = requests.get("https://api.github.com/user/repos", headers={"Authorization": f"Bearer {GH_TOKEN}"})
print(r.json())"""),
    ("token_in_code", "de", """Warum bekomme ich von der Slack-API 'invalid_auth'? Code:

const { WebClient } = require('@slack/web-api');
// Token vom Workspace Vertrieb, bitte nicht committen!!
const web = new WebClient('⟦API_TOKEN|xoxb-713473640892-7916838893917-6SCyI2xWiSQh65s75EYTP6Qp⟧');
await web.chat.postMessage({ channel: '#vertrieb', text: 'Neue Anfrage' });"""),
    ("token_in_code", "en", """My Anthropic client throws 401. what's wrong?

client = anthropic.Anthropic(api_key="⟦API_TOKEN|sk-ant-api03-3fzkFByqnSD_ZqU--7mCQKV0tW9zLEQeaVlX3JSpQSvsfDPWrHb2ASi5cUaWkQbmDczjR4qdjNZigarDvyyj8XIbOMB3KAA⟧ ")
# note the trailing space, copied from the console"""),
    ("token_in_ci", "fr", """Mon pipeline GitLab échoue au push de l'image, voilà le .gitlab-ci.yml :

variables:
  REGISTRY_USER: deploy-bot
  REGISTRY_TOKEN: "⟦API_TOKEN|glpat-PZdjc0MJM2V0iDpXYgcq⟧"
build:
  script:
    - docker login -u $REGISTRY_USER -p $REGISTRY_TOKEN registry.gitlab.com
    - docker build -t registry.gitlab.com/atelier/site:$CI_COMMIT_SHA ."""),
    ("jwt_debug", "en", """Decode this JWT for me and tell me why the backend says 'signature invalid':

⟦API_TOKEN|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1Xzg4MjEzIiwiZW1haWwiOiJsaW5hLm9rYWZvckBtYWlsYm94Lm9yZyIsImlhdCI6MTc2NDUwMDAwMH0.XY-0q0fVfEPF-7C3S_TyV6YtlNoCeYzGQFOrRnZJ0YA⟧"""),
    ("shared_credentials_chat", "en", """[10:14] ⟦PERSON|nadia⟧: whats the netflix login again
[10:15] ⟦PERSON|ollie⟧: ⟦EMAIL_ADDRESS|ollie.brennan.home@gmail.com⟧ / ⟦PASSWORD|sofa-king-comfy-88⟧
[10:15] ⟦PERSON|nadia⟧: ty legend

^ my housemates. can you write a short passive-aggressive-but-nice note asking people not to share our passwords in the group chat"""),
    ("shared_credentials_chat", "es", """[9:02] ⟦PERSON|Mamá⟧: hija cual era la clave del banco que no me acuerdo
[9:05] ⟦PERSON|Lucía⟧: mamá no se manda por aquí!!! es ⟦PASSWORD|Tomillo1961⟧, bórralo
[9:06] ⟦PERSON|Mamá⟧: gracias cariño 😘

¿Cómo le explico a mi madre lo del phishing sin que se agobie?"""
     .replace("⟦PERSON|Mamá⟧", "Mamá")),
]
