# ruff: noqa
# Harmless, more English: long pastes, placeholders, look-alike numbers. (genre, lang, text)
HARMLESS = [
("long_readme", "en", """Please turn this into a shorter 'Getting started' section, keep the code blocks.

# tiny-queue

A minimal Redis-backed job queue for Python 3.11+.

## Install

    pip install tiny-queue==0.9.3

## Configure

tiny-queue reads its settings from environment variables:

| variable              | default                  | meaning                          |
|-----------------------|--------------------------|----------------------------------|
| TQ_REDIS_URL          | redis://localhost:6379/0 | where the queue lives            |
| TQ_REDIS_PASSWORD     | (empty)                  | set this in production           |
| TQ_API_TOKEN          | (none)                   | token for the dashboard, see below |
| TQ_CONCURRENCY        | 4                        | worker threads                   |
| TQ_VISIBILITY_TIMEOUT | 30                       | seconds before a job is retried  |

Example `.env`:

    TQ_REDIS_URL=redis://:<password>@redis.internal:6379/1
    TQ_API_TOKEN=<generate with `tq token new`>
    TQ_CONCURRENCY=8

## Usage

    from tiny_queue import Queue
    q = Queue("emails")
    q.enqueue("send_welcome", user_id=42)

Run a worker with `tq worker emails --concurrency 8`. The dashboard listens on
http://127.0.0.1:8765 and asks for the token on first visit.

## Security

Never commit a real token. Rotate tokens with `tq token rotate`; old tokens stay valid for
10 minutes so running workers can pick up the new one.

## License

MIT. Copyright (c) the tiny-queue contributors."""),
("long_log", "en", """Our CI got slower this week. Here's a run, where is the time going?

2026-11-28T08:01:02Z [setup] runner: ubuntu-24.04, image 20261124.1
2026-11-28T08:01:04Z [setup] checkout: fetched 1 commit (sha 9c1e0b7d44a2f3b8e0d1c6a5f4e3d2c1b0a9f8e7)
2026-11-28T08:01:35Z [cache] restore key=pip-3.12-7f0c2d8e: miss
2026-11-28T08:04:51Z [deps] pip install -r requirements.txt: 196.2s
2026-11-28T08:04:52Z [lint] ruff check: 1.8s, 0 errors
2026-11-28T08:05:31Z [types] mypy: 38.7s
2026-11-28T08:05:31Z [test] pytest -n 4 --durations=5
2026-11-28T08:12:09Z [test] 2184 passed, 12 skipped in 397.40s
2026-11-28T08:12:09Z [test] slowest 5 durations:
  61.02s call tests/integration/test_export.py::test_export_large
  44.90s call tests/integration/test_sync.py::test_full_resync
  12.33s setup tests/integration/conftest.py::postgres
  9.80s call tests/unit/test_parser.py::test_fuzz_roundtrip
  7.41s call tests/integration/test_api.py::test_rate_limit
2026-11-28T08:12:40Z [cache] save key=pip-3.12-7f0c2d8e: 412 MB, 29.8s
2026-11-28T08:12:41Z [done] total 11m39s

last week the same pipeline was ~6 minutes."""),
("long_stack_trace", "en", """Django throws this on save, no idea why:

Traceback (most recent call last):
  File "/srv/app/.venv/lib/python3.12/site-packages/django/db/backends/utils.py", line 105, in _execute
    return self.cursor.execute(sql, params)
psycopg.errors.UniqueViolation: duplicate key value violates unique constraint "accounts_user_email_key"
DETAIL:  Key (email)=(<redacted>) already exists.

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "/srv/app/accounts/views.py", line 58, in post
    user.save()
  File "/srv/app/.venv/lib/python3.12/site-packages/django/db/models/base.py", line 891, in save
    self.save_base(
  File "/srv/app/.venv/lib/python3.12/site-packages/django/db/models/base.py", line 1032, in _save_table
    results = self._do_insert(
django.db.utils.IntegrityError: duplicate key value violates unique constraint "accounts_user_email_key"

we lowercase emails in the form but not in the admin. how do I make the constraint case-insensitive in postgres?"""),
("code_placeholder", "en", """Review this helper, is there any way the key leaks into logs?

import os, logging
log = logging.getLogger(__name__)

API_KEY = os.environ.get("PAYMENTS_API_KEY", "")  # e.g. "sk_test_..." locally

def headers():
    if not API_KEY:
        raise RuntimeError("PAYMENTS_API_KEY is not set")
    log.debug("using key %s…", API_KEY[:4] + "****")
    return {"Authorization": f"Bearer {API_KEY}"}"""),
("code_placeholder", "en", """terraform: is it ok to keep this in the repo?

variable "db_password" {
  type      = string
  sensitive = true
}
resource "aws_db_instance" "main" {
  engine         = "postgres"
  instance_class = "db.t4g.micro"
  username       = "app"
  password       = var.db_password
}"""),
("config_placeholder", "en", "In GitHub Actions, what's the difference between `${{ secrets.NPM_TOKEN }}` and `${{ vars.NPM_REGISTRY }}`? Which one gets masked in logs?"),
("config_placeholder", "en", """nginx basic auth isn't working:
location /admin {
    auth_basic "Restricted";
    auth_basic_user_file /etc/nginx/.htpasswd;
}
I created the file with `htpasswd -c /etc/nginx/.htpasswd admin` and typed a password. still 401"""),
("logs", "en", "what does 'sshd[2291]: Failed password for invalid user admin from 203.0.113.45 port 52814 ssh2' mean and should I worry? It's a test VM on a documentation range, I'm just learning fail2ban"),
("logs", "en", """k6 results, is p95 ok for an internal API?
     http_req_duration..............: avg=142.3ms min=21.04ms med=118.7ms max=2.31s p(90)=241.9ms p(95)=318.55ms
     http_req_failed................: 0.42%  ✓ 51   ✗ 12009
     iterations.....................: 12060  200.9/s"""),
("sql", "en", "How do I add a CHECK constraint in Postgres so that a `phone` column only accepts E.164 format like +14155550100? Regex please."),
("sql", "en", "explain the query plan: Seq Scan on events (cost=0.00..48211.00 rows=1200 width=64) Filter: (user_id = 42) — I have an index on (user_id, created_at), why isn't it used?"),
("product_comparison", "en", "iPad Air 13 (M2) vs Galaxy Tab S10+ for note-taking in med school? Apple Pencil Pro vs S Pen, and which has better PDF annotation apps?"),
("product_comparison", "en", "Raspberry Pi 5 8GB vs Intel N100 mini PC for Home Assistant + Frigate with 3 cameras. Power draw matters, electricity is 0.32/kWh."),
("medical_knowledge", "en", "What's the difference between a heart attack and a cardiac arrest? People seem to use them interchangeably."),
("medical_knowledge", "en", "How long after a concussion is it generally recommended to avoid contact sports? What's the graded return-to-play protocol?"),
("medical_knowledge", "en", "Is Hashimoto's the same as hypothyroidism? And why do some people with it feel fine on T4 and others don't?"),
("medical_knowledge", "en", "What is the ICD-11 code for PTSD and how does complex PTSD differ in ICD-11 vs DSM-5?"),
("medical_knowledge", "en", "explain what an A1C test measures and why it reflects ~3 months of blood sugar"),
("medical_knowledge", "en", "Which vaccines are recommended for adults over 65 in the US right now? shingles, pneumococcal, RSV?"),
("pharmacology", "en", "Can metformin cause B12 deficiency? How often should levels be checked in general practice?"),
("epidemiology", "en", "Why did measles cases rise in Europe in 2024? Summarise the main factors with sources if you know them."),
("history", "en", "Who was Florence Nightingale and how did her statistical diagrams change hospital sanitation?"),
("history", "en", "Why did the Titanic sink so fast? Compare the watertight compartment design with the Britannic."),
("literature", "en", "In Frankenstein, is the creature a victim or a villain? Give me arguments for an essay with both sides."),
("fiction_chat", "en", "Who would win in a chess match: Beth Harmon from The Queen's Gambit or Sherlock Holmes? Be playful."),
("fiction_chat", "en", "Write a short diary entry from Bilbo Baggins the night after the unexpected party."),
("maths", "en", "What's 18446744073709551615 + 1 in a 64-bit unsigned integer, and why?"),
("maths", "en", "Convert 0x7FFFFFFF and 0xDEADBEEF to decimal and explain two's complement for the second one as an int32."),
("maths", "en", "Prove that there are infinitely many primes, then show that 4,294,967,297 is not prime (Euler's factor)."),
("recipe", "en", "I have chicken thighs, coconut milk, a can of chickpeas and spinach. Give me a 30 minute dinner for 4."),
("travel", "en", "Best way to see Yosemite in late October? Is Tioga Pass likely closed and where should we stay near El Portal?"),
("travel", "en", "Is a JR Pass still worth it after the 2023 price increase for Tokyo–Kyoto–Hiroshima–Osaka in 10 days?"),
("csv_products", "en", """model,cpu,ram_gb,ssd_gb,price_usd
XPS 14 9440,Core Ultra 7 155H,32,1024,1899
ThinkPad X1 Carbon G12,Core Ultra 7 165U,32,1024,2149
MacBook Pro 14 M4,M4,16,512,1599
Zenbook 14 OLED,Core Ultra 5 125H,16,512,999
rank these by price per GB of RAM"""),
("sensor_csv", "en", """device,ts,voltage,current_a
inv-01,1732867200,231.4,4.12
inv-01,1732867260,229.9,4.30
inv-01,1732867320,198.2,0.02
inv-01,1732867380,230.7,4.18
convert the unix timestamps to ISO and tell me what happened at the third row"""),
("translation", "en", "Translate 'Keep this medicine out of the reach of children. Store below 25°C.' into German, Spanish and Italian for a leaflet."),
("template_form", "en", "Write a Jinja2 email template that greets {{ first_name }} and shows {{ order_id }} and {{ total }}; use placeholders only."),
("business_writing", "en", "Draft a generic out-of-office message for the holidays, back on January 5th, urgent matters to the team inbox."),
("legal_general", "en", "Is a customer's medical condition 'special category data' under UK GDPR even if it's only in a free-text support ticket? General answer please."),
("ids_explained", "en", "What's the structure of a US passport number, and how do the newer next-generation passports differ (letter + 8 digits)?"),
("ids_explained", "en", "Which US states use letters in driver's license numbers? e.g. I think California is 1 letter + 7 digits and Florida is longer. A table would be great."),
("crypto_concepts", "en", "How is a JWT structured? What's in the header, payload and signature, and why shouldn't I put secrets in the payload?"),
("api_docs", "en", "Slack bot tokens vs user tokens vs app-level tokens: what are the xoxb-, xoxp- and xapp- prefixes for? No real tokens, just explain."),
("network_lab", "en", "What's the difference between 127.0.0.1, 0.0.0.0 and ::1 when a server 'listens' on them? My Flask app works locally but not from my phone."),
("general_science", "en", "How do noise-cancelling headphones actually cancel sound? Phase inversion explained simply."),
("sports", "en", "Explain the offside trap and why teams like Arsenal under Wenger used it less than Milan under Sacchi."),
("gardening", "en", "How often should I water a fiddle leaf fig in winter? Leaves are getting brown edges."),
("personal_finance", "en", "What's the difference between APR and APY, with an example at 4.5%?"),
("education", "en", "Make a 10-question quiz on the French Revolution for year 8, with answers at the end."),
("pets", "en", "Is it normal for a 12 week old kitten to sleep 20 hours a day?"),
("famous_people", "en", "Summarise Alan Turing's work at Bletchley Park and the later Turing test in two paragraphs."),
]
