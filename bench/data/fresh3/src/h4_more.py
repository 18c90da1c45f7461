# Hand-written harmless prompts: more code, ops, science and everyday questions (mostly English).
HARMLESS = [
    ("code_python", "en", """pytest collects 0 items from this file, why?

# file: tests/check_parser.py
from parser import parse

def check_empty():
    assert parse("") == []

def check_single():
    assert parse("a=1") == [("a", "1")]"""),
    ("code_python", "en", "What's the idiomatic way to read a 4 GB CSV in pandas without running out of memory? I only need columns sku, qty and price."),
    ("code_js", "en", """TypeScript says "Type 'string | undefined' is not assignable to type 'string'" here:

const port: string = process.env.PORT;
app.listen(Number(port));"""),
    ("code_js", "en", "Explain the difference between `==` and `===` in JavaScript with three surprising examples."),
    ("code_csharp", "en", """Why does this LINQ query hit the database 200 times?

var orders = db.Orders.Where(o => o.Total > 100).ToList();
foreach (var o in orders)
    Console.WriteLine(o.Customer.Country);"""),
    ("code_cpp", "en", """Segfault on the second iteration, can you see why?

std::vector<int> v = {1, 2, 3, 4};
for (auto it = v.begin(); it != v.end(); ++it) {
    if (*it % 2 == 0) v.erase(it);
}"""),
    ("code_bash", "en", """This script works in my terminal but not from cron:

#!/bin/bash
cd ~/backups
tar czf "site-$(date +%F).tar.gz" /var/www/site
aws s3 cp site-*.tar.gz s3://example-backups/ --storage-class GLACIER"""),
    ("code_sql", "en", "Write a query that returns, for each product category, the three best-selling products of last month, using a window function (Postgres)."),
    ("code_sql", "en", """Why does this return duplicate rows?

SELECT p.name, c.name AS category
FROM products p
LEFT JOIN product_categories pc ON pc.product_id = p.id
LEFT JOIN categories c ON c.id = pc.category_id
WHERE p.active;"""),
    ("stack_trace", "en", """Flask app on gunicorn keeps logging this every few minutes:

[2026-11-29 14:02:17 +0000] [7] [CRITICAL] WORKER TIMEOUT (pid:42)
[2026-11-29 14:02:17 +0000] [42] [INFO] Worker exiting (pid: 42)
[2026-11-29 14:02:18 +0000] [51] [INFO] Booting worker with pid: 51

Requests that call the PDF renderer take ~40 s. Timeout is default."""),
    ("stack_trace", "en", """Node throws this on startup after upgrading to v22:

node:internal/modules/cjs/loader:1228
  throw err;
  ^
Error [ERR_REQUIRE_ESM]: require() of ES Module /srv/app/node_modules/node-fetch/src/index.js from /srv/app/lib/http.js not supported."""),
    ("ci_log", "en", """Docker build on CI fails at this step, works locally on my Mac:

#12 [builder 5/8] RUN npm run build
#12 0.412 > web@0.1.0 build
#12 0.412 > vite build
#12 3.901 error during build:
#12 3.901 Error: Cannot find module @rollup/rollup-linux-x64-gnu. npm has a bug related to optional dependencies
#12 ERROR: process "/bin/sh -c npm run build" did not complete successfully: exit code: 1"""),
    ("k8s_yaml", "en", """HPA never scales above 2 replicas even at 90% CPU. Manifest:

apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: api}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: api}
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Resource
      resource: {name: memory, target: {type: Utilization, averageUtilization: 70}}"""),
    ("terraform", "en", """Is it OK to keep this in the repo? The values come from variables.

resource "aws_db_instance" "main" {
  identifier        = "app-prod"
  engine            = "postgres"
  engine_version    = "16.3"
  instance_class    = "db.t4g.medium"
  username          = var.db_username
  password          = var.db_password
  skip_final_snapshot = false
}"""),
    ("git_question", "en", "I accidentally committed node_modules and pushed. How do I remove it from the repo history without breaking everyone's clones?"),
    ("ops_question", "en", "Our Postgres replica lag spikes to 30 s every night at 03:00 when VACUUM runs on the primary. How do I confirm that's the cause?"),
    ("ops_question", "en", "Service listens on 0.0.0.0:8443 inside the container but curl localhost:8443 from the host says connection refused. docker ps shows 8443/tcp without a mapping."),
    ("crypto_concepts", "en", "Explain in simple terms why bcrypt is preferred over SHA-256 for storing passwords, and what cost factor is reasonable in 2026."),
    ("crypto_concepts", "en", "What is the difference between an API key, an OAuth access token and a JWT? When should each be used?"),
    ("password_policy", "en", "Write a password policy for a 40-person company: length, MFA, rotation, password managers. Keep it to one page."),
    ("maths", "en", "Prove that the square root of 2 is irrational, step by step, for a 15-year-old."),
    ("maths", "en", "What is the probability of getting at least one six in four rolls of a fair die, versus at least one double six in 24 rolls of two dice? (the de Méré problem)"),
    ("statistics", "en", "My A/B test: control 4.1% conversion on 12,000 visitors, variant 4.6% on 11,800. Is that statistically significant at 95%?"),
    ("physics", "en", "How much energy does it take to heat 1.7 litres of water from 12 °C to 100 °C, and how long would a 3 kW kettle take at 90% efficiency?"),
    ("chemistry", "en", "Balance this equation and name the type of reaction: C3H8 + O2 → CO2 + H2O"),
    ("biology", "en", "What's the difference between mitosis and meiosis? Make a comparison table for revision."),
    ("recipe", "en", "Convert this to metric: 2 sticks butter, 1 1/2 cups flour, 3/4 cup sugar, 1 tsp baking soda. Oven 350°F."),
    ("recipe", "en", "What can I substitute for buttermilk in pancakes? I have milk, lemons and yoghurt."),
    ("travel", "en", "Is it realistic to do Edinburgh to the Isle of Skye and back in one day by car in November? Daylight hours?"),
    ("travel", "en", "Best way to get from Rome Fiumicino to Naples with luggage: train via Termini or the direct bus?"),
    ("history", "en", "Why did the Berlin Wall fall in November 1989? Give the role of Gorbachev, Günter Schabowski's press conference and the Monday demonstrations in Leipzig."),
    ("history", "en", "Who were the Medici and why does Florence owe them so much of its art?"),
    ("public_figures", "en", "What was Nelson Mandela's role in the 1995 Rugby World Cup, and how accurate is the film Invictus?"),
    ("business_writing", "en", "Write a short, polite message to all customers saying our support hours change to 08:00–18:00 CET from 5 January and that the phone line 0800 000 000 is being retired in favour of chat."),
    ("business_writing", "en", "Summarise the pros and cons of a four-day work week for a 200-person software company, in a table."),
    ("education", "en", "Give me five discussion questions for a Year 9 class reading 'Of Mice and Men'."),
    ("medical_general", "en", "Is it safe to take ibuprofen and paracetamol together, and how should doses be spaced for an adult?"),
    ("medical_general", "en", "What does an HbA1c of 48 mmol/mol mean? At what level is diabetes diagnosed?"),
    ("medical_general", "en", "How do SSRIs like sertraline work, and why can it take weeks before they help with depression?"),
    ("medical_general", "en", "What are the early signs of dementia versus normal ageing forgetfulness?"),
    ("template_form", "en", """Make this blank form look nicer in Markdown:

Name: ______________________
Date of birth: __ / __ / ____
Address: ______________________
Phone: ______________________
Emergency contact: ______________________
Allergies (if any): ______________________"""),
    ("template_form", "de", """Verbessere bitte diese Vorlage für einen Mietvertrag-Anhang, ohne konkrete Daten:

Mieter: [Vorname Nachname]
Anschrift: [Straße Hausnummer], [PLZ] [Ort]
IBAN: DE__ ____ ____ ____ ____ __
Einzugsdatum: [TT.MM.JJJJ]"""),
    ("sensor_csv", "en", """Plot-ready? Find the outlier in this sensor data:

timestamp,device,temp_c,humidity
2026-11-30T06:00:00Z,greenhouse-03,14.2,81
2026-11-30T06:05:00Z,greenhouse-03,14.4,80
2026-11-30T06:10:00Z,greenhouse-03,41.9,79
2026-11-30T06:15:00Z,greenhouse-03,14.7,79
2026-11-30T06:20:00Z,greenhouse-03,14.9,78"""),
    ("csv_products", "en", """Which product has the highest margin?

sku,name,cost,price
TB-100,Tea Box Assam,3.20,7.95
TB-220,Tea Box Sencha,4.10,9.50
MG-010,Stoneware Mug,2.75,12.00
KT-300,Glass Kettle 1.2L,14.80,34.90"""),
    ("long_stack_trace", "en", """Our Django app started throwing this after the Postgres upgrade. Full trace below — what is it actually complaining about and how do I fix it without downtime?

Internal Server Error: /api/reports/monthly/
Traceback (most recent call last):
  File "/usr/local/lib/python3.12/site-packages/django/db/backends/utils.py", line 105, in _execute
    return self.cursor.execute(sql, params)
psycopg.errors.UndefinedFunction: function date_trunc(unknown, text) does not exist
LINE 1: SELECT date_trunc('month', "reports_event"."created") AS "m...
               ^
HINT:  No function matches the given name and argument types. You might need to add explicit type casts.

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "/usr/local/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner
    response = get_response(request)
  File "/usr/local/lib/python3.12/site-packages/django/core/handlers/base.py", line 197, in _get_response
    response = wrapped_callback(request, *callback_args, **callback_kwargs)
  File "/usr/local/lib/python3.12/site-packages/rest_framework/views.py", line 509, in dispatch
    response = self.handle_exception(exc)
  File "/app/reports/views.py", line 64, in get
    rows = list(qs.annotate(m=TruncMonth("created")).values("m").annotate(n=Count("id")))
  File "/usr/local/lib/python3.12/site-packages/django/db/models/query.py", line 400, in __iter__
    self._fetch_all()
  File "/usr/local/lib/python3.12/site-packages/django/db/backends/utils.py", line 105, in _execute
    return self.cursor.execute(sql, params)
django.db.utils.ProgrammingError: function date_trunc(unknown, text) does not exist

The column `created` was migrated from a CharField last sprint (migration 0042_auto_20261112_0931)."""),
]
