# ruff: noqa
# Harmless: general medical knowledge, code/config with placeholders, logs. (genre, lang, text)
HARMLESS = [
("medical_knowledge", "en", "What are the early symptoms of Crohn's disease and how is it different from ulcerative colitis?"),
("medical_knowledge", "en", "Is it safe to take ibuprofen together with lisinopril? Asking generally, what's the mechanism of the interaction"),
("medical_knowledge", "en", "what's the ICD-10 code for type 2 diabetes without complications, E11.9 or E11.8?"),
("medical_knowledge", "en", "Explain the difference between type 1 and type 2 diabetes to a 10 year old."),
("medical_knowledge", "en", "How common is multiple sclerosis in Scandinavia compared to southern Europe, and why is there a latitude gradient?"),
("medical_knowledge", "en", "typical dose range of levothyroxine for adults with hypothyroidism? and why is it taken on an empty stomach"),
("medical_knowledge", "en", "Summarise the DSM-5 criteria for PTSD in a table."),
("medical_knowledge", "en", "What does an HbA1c of 48 mmol/mol mean in % terms? Give me the conversion formula."),
("medical_knowledge", "de", "Was ist der Unterschied zwischen Morbus Crohn und Colitis ulcerosa? Bitte in einfacher Sprache."),
("medical_knowledge", "de", "Welche Nebenwirkungen hat Metformin typischerweise und wann sollte man es vor einer OP absetzen?"),
("medical_knowledge", "de", "Wie hoch ist die Prävalenz von ADHS bei Erwachsenen in Deutschland laut aktuellen Studien?"),
("medical_knowledge", "fr", "Quels sont les symptômes d'une BPCO et comment la distingue-t-on de l'asthme ?"),
("medical_knowledge", "fr", "Peut-on prendre du paracétamol et de l'ibuprofène en alternance chez l'enfant ? Quelles doses selon le poids ?"),
("medical_knowledge", "es", "¿Cuáles son los factores de riesgo de la EPOC además del tabaco?"),
("medical_knowledge", "es", "Explícame qué es la preeclampsia, cómo se diagnostica y a partir de qué semana puede aparecer."),
("medical_knowledge", "it", "Quali sono i sintomi iniziali della sclerosi multipla? E come si fa la diagnosi con la risonanza?"),
("medical_knowledge", "it", "Differenza tra ictus ischemico ed emorragico, e cos'è la finestra terapeutica per la trombolisi?"),
("medical_knowledge", "pt", "Quais são os sintomas da diabetes gestacional e qual o valor de referência da curva glicêmica?"),
("medical_knowledge", "pt", "O que é a doença celíaca e quais alimentos têm glúten escondido?"),
("medical_knowledge", "nl", "Wat zijn de symptomen van endometriose en waarom duurt de diagnose gemiddeld zo lang?"),
("medical_knowledge", "nl", "Hoe werkt lithium bij een bipolaire stoornis en waarom moet de spiegel gecontroleerd worden?"),
("medical_knowledge", "en", "List the stages of chronic kidney disease by eGFR and what each means for diet."),
("pharmacology", "en", "Which SSRIs have the fewest drug interactions? Compare sertraline, citalopram and fluoxetine on CYP inhibition."),
("pharmacology", "fr", "Quelle est la demi-vie de l'apixaban et faut-il l'arrêter avant une extraction dentaire ? Réponse générale svp."),
("epidemiology", "en", "In epidemiology, what's the difference between incidence and prevalence? Give an example with influenza."),
("epidemiology", "es", "¿Cómo se calcula el número reproductivo básico R0 y por qué el del sarampión es tan alto?"),
("code_placeholder", "en", """Is this the right way to read secrets in FastAPI?

from pydantic_settings import BaseSettings
class Settings(BaseSettings):
    database_url: str = "postgresql://user:<password>@localhost:5432/app"
    openai_api_key: str = "<your-key-here>"
    jwt_secret: str = "CHANGE_ME"
settings = Settings()"""),
("code_placeholder", "en", """const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
// TODO: never hardcode the token, e.g. apiKey: "sk-..." 
const res = await client.chat.completions.create({ model: "gpt-4o-mini", messages });
why is res.choices undefined in my jest test"""),
("code_placeholder", "de", """Wie kann ich das Passwort hier aus einer Umgebungsvariable lesen statt es fest einzutragen?

conn = psycopg2.connect(host="localhost", dbname="shop", user="shop", password="****")"""),
("config_placeholder", "en", """# .env.example
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
SENDGRID_API_KEY=<sendgrid-api-key>
AWS_ACCESS_KEY_ID=
AWS_SECRET_ACCESS_KEY=
explain each variable for a new contributor"""),
("config_placeholder", "fr", """Voici mon docker-compose, est-ce correct d'utiliser des secrets Docker ?

services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]
secrets:
  db_password:
    file: ./secrets/db_password.txt"""),
("config_placeholder", "es", """application.yml de ejemplo para el README:

spring:
  datasource:
    url: jdbc:mysql://localhost:3306/tienda
    username: ${DB_USER}
    password: ${DB_PASSWORD}
¿Cómo paso estas variables en IntelliJ?"""),
("config_placeholder", "nl", """Klopt deze Helm values.yaml? Ik wil geen echte wachtwoorden in git.
postgresql:
  auth:
    username: app
    password: ""        # wordt gezet via --set
    existingSecret: app-db-secret
redis:
  auth:
    password: "xxxx\""""),
("config_placeholder", "it", """Nel file config.toml ho messo:
[api]
token = "INSERISCI_QUI_IL_TOKEN"
endpoint = "https://api.example.com/v2"
Come faccio a non committarlo per sbaglio? .gitignore basta?"""),
("logs", "en", """2026-11-29T14:02:11.482Z INFO  http request_id=7f3c2a9e-1b4d-4e8a-9c21-5a0e6d7b3f10 method=GET path=/api/v1/orders status=200 duration_ms=38
2026-11-29T14:02:11.917Z WARN  db slow query took 2184ms (threshold 1000ms) table=orders rows=48213
2026-11-29T14:02:12.003Z ERROR http request_id=0b8d1e44-99aa-4c0f-8e3e-2d7f0c6a1b55 method=POST path=/api/v1/checkout status=502 upstream=127.0.0.1:9090 duration_ms=30004
what's likely wrong here?"""),
("logs", "en", """nginx access log, why so many 499s?
203.0.113.14 - - [29/Nov/2026:09:14:02 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30"
198.51.100.7 - - [29/Nov/2026:09:14:05 +0000] "POST /v1/embed HTTP/2.0" 499 0 "-" "python-httpx/0.27.0"
198.51.100.7 - - [29/Nov/2026:09:14:05 +0000] "POST /v1/embed HTTP/2.0" 499 0 "-" "python-httpx/0.27.0\""""),
("logs", "de", """Was bedeutet dieser Kernel-Log?
[ 8123.441920] nvme nvme0: I/O 412 QID 3 timeout, aborting
[ 8123.442105] nvme nvme0: Abort status: 0x0
[ 8153.501337] EXT4-fs (nvme0n1p2): Delayed block allocation failed for inode 1572866 at logical offset 0 with max blocks 2048 with error 117"""),
("logs", "fr", """Mon pod redémarre en boucle :
Events:
  Warning  BackOff    2m (x14 over 12m)  kubelet  Back-off restarting failed container api in pod api-6d9f7c8b5-x2kqp_default(3e1b7a2c-88f0-4d5e-a1c3-9b0e2f4d6a71)
  Normal   Pulled     2m                 kubelet  Container image "registry.local:5000/api:1.14.2" already present on machine"""),
("logs", "es", "Me sale esto en el log de Apache: [Sat Nov 29 10:22:41.118032 2026] [php:error] [pid 4211] [client 192.0.2.33:51422] PHP Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/wp-includes/class-wpdb.php on line 2351. ¿Subo memory_limit?"),
("logs", "pt", "No log do systemd aparece 'Nov 29 03:00:01 srv01 CRON[18822]: (root) CMD (/usr/local/bin/backup.sh > /dev/null 2>&1)' mas o backup não roda. Como debugo um cron silencioso?"),
("stack_trace", "en", """Traceback (most recent call last):
  File "/app/worker.py", line 88, in process
    payload = json.loads(msg.body)
  File "/usr/lib/python3.12/json/__init__.py", line 346, in loads
    return _default_decoder.decode(s)
json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)
the message body is b'' sometimes, how do I handle that"""),
("stack_trace", "en", """Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()" because "token" is null
	at com.acme.auth.TokenValidator.validate(TokenValidator.java:42)
	at com.acme.auth.AuthFilter.doFilter(AuthFilter.java:77)
	at org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:174)"""),
("stack_trace", "it", """Ho questo errore in React Native, cosa significa?
TypeError: undefined is not an object (evaluating 'user.profile.name')
    at ProfileScreen (ProfileScreen.tsx:23:31)
    at renderWithHooks (ReactFiberHooks.js:1448:18)"""),
("stack_trace", "nl", """Rust compileert niet:
error[E0502]: cannot borrow `self.cache` as mutable because it is also borrowed as immutable
  --> src/store.rs:57:9
   |
55 |         let entry = self.cache.get(&key);
   |                     ---------- immutable borrow occurs here
57 |         self.cache.insert(key, value);
   |         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mutable borrow occurs here"""),
("sql", "en", """SELECT c.customer_id, COUNT(o.order_id) AS orders, SUM(o.total_cents)/100.0 AS revenue
FROM customers c LEFT JOIN orders o ON o.customer_id = c.customer_id
WHERE o.created_at >= '2026-01-01'
GROUP BY c.customer_id HAVING COUNT(o.order_id) > 5;
why does this drop customers with zero orders even though I used LEFT JOIN"""),
("sql", "de", "Wie schreibe ich in PostgreSQL ein UPDATE, das die Spalte password_hash auf NULL setzt für alle Nutzer mit last_login < now() - interval '2 years'? Und wie teste ich das vorher mit einem SELECT?"),
("sql", "pt", "Qual a diferença entre CHAR(11) e VARCHAR(14) para guardar CPF numa tabela MySQL? Vale a pena guardar com pontuação ou só os dígitos?"),
("sql", "fr", "Dans une requête SQL Server, comment masquer une colonne 'numero_secu' avec Dynamic Data Masking ? Donne la syntaxe ALTER TABLE."),
("regex_question", "en", "Write a regex that matches US SSNs in the format ddd-dd-dddd but rejects 000, 666 and 9xx area numbers. Explain each part."),
("regex_question", "es", "¿Cómo valido un IBAN español en JavaScript? Quiero la función del módulo 97, no una librería."),
("regex_question", "nl", "Hoe werkt de elfproef voor een BSN? Kun je een Python-functie geven die een willekeurige string controleert?"),
("shell", "en", """what does this do exactly?
find . -type f -name '*.log' -mtime +14 -print0 | xargs -0 gzip -9
du -sh /var/log/* | sort -h | tail -n 5"""),
("shell", "it", "Differenza tra `ssh-keygen -t ed25519` e `ssh-keygen -t rsa -b 4096`? Quale devo usare per GitHub nel 2026?"),
("git_question", "en", "I accidentally committed a file called secrets.env with an API key in it (already revoked). How do I remove it from the whole git history with git filter-repo?"),
("git_question", "de", "Wie richte ich einen pre-commit Hook ein, der mit gitleaks nach Tokens sucht, bevor etwas gepusht wird?"),
("readme", "en", """Can you shorten this README section?

## Authentication
Set `ACME_API_TOKEN` in your environment. Tokens look like `acme_live_` followed by 32 characters; test tokens start with `acme_test_`. Never commit tokens. To rotate a token, go to Settings → API → Rotate. Rate limits: 600 requests/minute per token, burst 100."""),
("readme", "fr", """Traduis en anglais ce passage de notre README :

## Installation
1. Clonez le dépôt : `git clone https://github.com/exemple/outil.git`
2. Copiez `.env.example` vers `.env` et remplissez `API_KEY=` avec votre clé.
3. Lancez `make dev` puis ouvrez http://localhost:3000."""),
("api_docs", "en", "In the Stripe API, what's the difference between a PaymentIntent and a Charge? And when should I use idempotency keys?"),
("api_docs", "pt", "Como funciona a autenticação OAuth2 com PKCE? Explica o fluxo passo a passo com code_verifier e code_challenge."),
("crypto_concepts", "en", "Explain how RSA key generation works, with a toy example using p=61 and q=53."),
("crypto_concepts", "es", "¿Qué diferencia hay entre bcrypt, scrypt y Argon2id para guardar contraseñas? ¿Qué parámetros recomiendas hoy?"),
("hashes_uuids", "en", "Why do these two SHA-256 hashes differ if the files look identical? e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 vs 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
("hashes_uuids", "de", "Ist eine UUID v4 wie 3f2b8c1e-7a4d-4c9e-b1f0-62d8a5e9c7b3 wirklich kollisionsfrei genug als Primärschlüssel, oder besser UUID v7?"),
("network_lab", "en", "In my homelab I have 10.0.0.0/24 for servers and 10.0.10.0/24 for IoT. How do I block IoT from reaching 10.0.0.5 (the NAS) on pfSense but still allow DNS to 10.0.0.1?"),
("network_lab", "fr", "Quelle est la différence entre 192.168.1.0/24 et 192.168.1.0/25 ? Combien d'hôtes utilisables dans chaque cas ?"),
("network_lab", "it", "Ho configurato WireGuard con indirizzo 10.8.0.1/24 sul server e 10.8.0.2 sul client ma non pingo. AllowedIPs va messo 0.0.0.0/0?"),
("password_policy", "en", "What's a sensible password policy for a 50-person company in 2026? Should we still force rotation every 90 days? NIST says what?"),
("password_policy", "nl", "Hoe leg ik aan mijn ouders uit waarom 'Welkom123' geen goed wachtwoord is en hoe een wachtwoordmanager werkt?"),
]
