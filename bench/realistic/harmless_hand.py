# ruff: noqa: E501, RUF001  (data: prompt text is kept as written)
"""Hand-written harmless prompts (no personal data): general knowledge, maths, translation,
SQL, configuration, product comparison, geography, cooking, query plans, timings, prices,
logs on loopback, masked passwords, order numbers. Each genre has a tune list and a held-out
list of different prompts and layouts; some are filled with random numbers."""

from __future__ import annotations

import random
from collections.abc import Callable

Maker = Callable[[random.Random], str]


def _explain_analyze(r: random.Random) -> str:
    a = r.uniform(0.01, 40)
    b = a + r.uniform(100, 900)
    rows = r.randint(1000, 900000)
    return (f"Why is this query slow?\n\nEXPLAIN (ANALYZE, BUFFERS) SELECT o.id, sum(l.qty) FROM "
            f"orders o JOIN order_lines l ON l.order_id = o.id WHERE o.created_at > now() - "
            f"interval '30 days' GROUP BY o.id;\n\n"
            f"HashAggregate  (cost=48211.{r.randint(10, 99)}..49120.{r.randint(10, 99)} "
            f"rows={rows // 10} width=12) (actual time={a:.3f}..{b:.3f} rows={rows // 9} loops=1)\n"
            f"  Group Key: o.id\n  Batches: 5  Memory Usage: 8241kB  Disk Usage: 21520kB\n"
            f"  ->  Hash Join  (cost=1203.44..44011.20 rows={rows} width=8) (actual "
            f"time={a / 2:.3f}..{b * 0.8:.3f} rows={rows + r.randint(1, 999)} loops=1)\n"
            f"        Hash Cond: (l.order_id = o.id)\n"
            f"        ->  Seq Scan on order_lines l  (cost=0.00..31201.00 rows=1800000 width=8) "
            f"(actual time=0.011..{r.uniform(100, 300):.3f} rows=1800000 loops=1)\n"
            f"        ->  Hash  (cost=980.10..980.10 rows=17844 width=4) (actual "
            f"time={r.uniform(2, 9):.3f}..{r.uniform(9, 12):.3f} rows=18112 loops=1)\n"
            f"              ->  Index Scan using orders_created_at_idx on orders o\n"
            f"Planning Time: 0.{r.randint(100, 999)} ms\nExecution Time: {b + 3.1:.3f} ms")


def _mysql_explain(r: random.Random) -> str:
    return ("EXPLAIN says type=ALL for this, how do I index it?\n\n"
            "+----+-------------+----------+------+---------------+------+---------+------+"
            f"--------+-------------+\n| id | select_type | table    | type | possible_keys | key  "
            f"| key_len | ref  | rows   | Extra       |\n| 1  | SIMPLE      | invoices | ALL  | NULL  "
            f"        | NULL | NULL    | NULL | {r.randint(10000, 999999)} | Using where |\n"
            f"SELECT * FROM invoices WHERE status = 'open' AND due_date < '2025-0{r.randint(1, 9)}-01';\n"
            f"{r.randint(200, 9000)} rows in set ({r.uniform(0.5, 9):.2f} sec)")


def _timing(r: random.Random) -> str:
    runs = ", ".join(f"{r.uniform(10, 400):.1f} ms" for _ in range(5))
    return (f"My benchmark gives these timings for the same function: {runs}. Is the variance "
            f"normal, and should I report the median or the mean?")


def _price(r: random.Random) -> str:
    a, b = r.randint(29, 199) + 0.99, r.randint(29, 199) + 0.99
    return (f"Which is the better deal: a 2 kg bag of coffee beans for ${a:.2f} or 3 bags of "
            f"750 g for ${b / 3:.2f} each? Show the price per 100 g.")


def _order(r: random.Random) -> str:
    return (f"Write a polite message to a shop saying my order #{r.randint(100000, 9999999)} "
            f"(placed 2025-0{r.randint(1, 9)}-{r.randint(10, 28)}, total €{r.randint(20, 400)},"
            f"{r.randint(10, 99)}) arrived with a broken lid and I'd like a replacement.")


def _order_de(r: random.Random) -> str:
    return (f"Formuliere eine kurze Reklamation: Bestellung Nr. {r.randint(10**8, 10**9)} vom "
            f"{r.randint(1, 28)}.0{r.randint(1, 9)}.2025, Artikel {r.randint(10000, 99999)}-"
            f"{r.choice('ABC')} (Wasserkocher, {r.randint(19, 89)},99 €) ist defekt angekommen.")


def _loopback_log(r: random.Random) -> str:
    lines = []
    for i in range(r.randint(6, 12)):
        code = r.choice([200, 200, 200, 304, 404, 500, 502])
        path = r.choice(["/api/v1/health", "/static/app.js", "/api/v1/items?page=2",
                         "/favicon.ico", "/api/v1/search?q=chair"])
        lines.append(f'127.0.0.1 - - [14/May/2025:10:{i + 10:02d}:{r.randint(10, 59)} +0000] '
                     f'"GET {path} HTTP/1.1" {code} {r.randint(0, 9000)} "-" "curl/8.5.0" '
                     f'rt={r.uniform(0.001, 2):.3f}')
    return "Why do I get the 502s in this nginx access log?\n```\n" + "\n".join(lines) + "\n```"


def _uvicorn_log(r: random.Random) -> str:
    port = r.choice([8000, 8080, 5000])
    lines = [f"INFO:     Started server process [{r.randint(1000, 60000)}]",
             "INFO:     Waiting for application startup.",
             "INFO:     Application startup complete.",
             f"INFO:     Uvicorn running on http://127.0.0.1:{port} (Press CTRL+C to quit)"]
    for _ in range(r.randint(3, 7)):
        lines.append(f'INFO:     127.0.0.1:{r.randint(40000, 65000)} - "POST /predict HTTP/1.1" '
                     f'{r.choice([200, 200, 422, 500])} {r.choice(["OK", "Unprocessable Entity", "Internal Server Error"])}')
    return "Why does my FastAPI endpoint sometimes return 422?\n```\n" + "\n".join(lines) + "\n```"


def _masked_config(r: random.Random) -> str:
    return ("Is this connection config OK? (password masked)\n```ini\n[database]\nhost = localhost\n"
            f"port = {r.choice([5432, 3306])}\nname = inventory\nuser = app\npassword = ********\n"
            f"pool_size = {r.randint(5, 40)}\ntimeout = {r.randint(5, 60)}s\n```")


def _math(r: random.Random) -> str:
    a, b, c = r.randint(2, 19), r.randint(-40, 40), r.randint(-90, 90)
    return r.choice([
        f"Solve {a}x² + {b}x + {c} = 0 and explain each step.",
        f"What is the derivative of sin({a}x)·e^({b}x)?",
        f"Compute the integral of x^{a} from 0 to {abs(b) + 1}.",
        f"If a loan of {r.randint(5, 90)}000 at {r.uniform(1, 9):.2f}% is repaid over {a} years, "
        f"what is the monthly payment?",
    ])


def _math_fr(r: random.Random) -> str:
    n = r.randint(3, 12)
    return r.choice([
        f"Combien y a-t-il de façons de choisir {n - 2} éléments parmi {n + 5} ? Explique la formule.",
        f"Montre que la suite u(n) = {n}/(n+1) est croissante.",
        f"Quelle est la probabilité d'obtenir au moins un six en {n} lancers de dé ?",
    ])


def _sql(r: random.Random) -> str:
    t = r.choice(["orders", "products", "shipments", "sensor_readings", "page_views"])
    return r.choice([
        f"Write a SQL query that returns the top 10 {t} by total amount per month in 2024, "
        f"using a window function.",
        f"Why does `SELECT category, count(*) FROM {t} GROUP BY 1 HAVING count(*) > "
        f"{r.randint(2, 90)}` return nothing on SQLite?",
        f"How do I turn this into an upsert in PostgreSQL?\nINSERT INTO {t} (sku, qty) VALUES "
        f"('A-{r.randint(100, 999)}', {r.randint(1, 50)});",
    ])


def _sql_heldout(r: random.Random) -> str:
    return r.choice([
        "Rewrite this subquery as a JOIN:\nSELECT name FROM warehouses w WHERE EXISTS (SELECT 1 "
        f"FROM stock s WHERE s.warehouse_id = w.id AND s.qty < {r.randint(1, 20)});",
        "¿Cómo creo un índice parcial en PostgreSQL solo para las filas con estado = 'pendiente'?",
        f"What does `VACUUM (VERBOSE, ANALYZE) events;` print when {r.randint(2, 40)}% of the "
        f"rows are dead tuples?",
        "Explain the difference between a CTE and a temporary table in SQL Server.",
    ])


TUNE: dict[str, list[str | Maker]] = {
    "general_knowledge": [
        "What is the capital of Australia and why isn't it Sydney?",
        "Explain how photosynthesis works to a 10-year-old.",
        "Why did the Roman Empire split into East and West?",
        "What causes the northern lights?",
        "Summarize the causes of the 2008 financial crisis in five bullet points.",
        "How does a heat pump work in winter?",
        "Was ist der Unterschied zwischen Wetter und Klima?",
        "Pourquoi le ciel est-il bleu ?",
    ],
    "maths": [_math, _math, "Prove that the square root of 2 is irrational.",
              "What is 17% of 2,340?"],
    "sql": [_sql, _sql],
    "config": [
        "Why does nginx return 413 with this config?\n```nginx\nserver {\n    listen 80;\n"
        "    server_name _;\n    client_max_body_size 1m;\n    location /upload {\n"
        "        proxy_pass http://127.0.0.1:9000;\n        proxy_read_timeout 60s;\n    }\n}\n```",
        "Explain each line of this Dockerfile and make the image smaller:\n```dockerfile\n"
        "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r "
        "requirements.txt\nCOPY . .\nEXPOSE 8000\nCMD [\"gunicorn\", \"-w\", \"4\", \"app:app\"]\n```",
        _masked_config,
    ],
    "product_comparison": [
        "Why do Dell and HP laptops with the same CPU have such different battery life?",
        "Compare the Kindle Paperwhite and the Kobo Clara for reading PDFs.",
        "Is a robot vacuum worth it for a flat with lots of rugs?",
        "Welche ist besser für Anfänger: Fujifilm X-T30 oder Sony a6400?",
    ],
    "geography": [
        "What is the population of Lyon?",
        "Which rivers flow through Budapest and Vienna?",
        "How long does it take to drive from Madrid to Lisbon?",
        "What's the highest mountain in the Alps outside Switzerland?",
        "¿Cuál es la ciudad más poblada de Chile?",
    ],
    "cooking": [
        "Gib mir ein Rezept für Kartoffelsuppe für 4 Personen.",
        "How long should I rest a steak after grilling it?",
        "Can I substitute baking soda for baking powder in pancakes?",
        "Ricetta della carbonara senza panna, per favore.",
    ],
    "query_plan": [_explain_analyze, _explain_analyze],
    "timing_price": [_timing, _price, _order],
    "app_log": [_loopback_log],
}

HELDOUT: dict[str, list[str | Maker]] = {
    "general_knowledge": [
        "Why do we have leap years, and why is 1900 not one?",
        "What's the difference between a virus and a bacterium?",
        "How did the printing press change Europe?",
        "Explain inflation like I'm five.",
        "Quali sono le differenze tra il Barocco e il Rinascimento?",
        "Wat is het verschil tussen een dijk en een duin?",
        "O que causou a Revolução Industrial?",
    ],
    "maths": [_math_fr, _math_fr, "Is 2^61 − 1 prime? How would you check?",
              "Convert 0.1 to binary and explain why floating point can't store it exactly."],
    "sql": [_sql_heldout, _sql_heldout, _mysql_explain],
    "config": [
        "What's wrong with this GitHub Actions workflow?\n```yaml\non: push\njobs:\n  test:\n"
        "    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
        "      - run: pip install -e .[dev]\n      - run: pytest -q\n```",
        "Why does Cargo ignore this?\n```toml\n[package]\nname = \"ferris\"\nversion = \"0.3.1\"\n"
        "edition = \"2021\"\n\n[profile.release]\nlto = true\ncodegen-units = 1\nopt-level = \"z\"\n```",
        "Translate this docker-compose to Kubernetes manifests:\n```yaml\nservices:\n  web:\n"
        "    image: nginx:1.27\n    ports: [\"8080:80\"]\n  cache:\n    image: redis:7\n```",
    ],
    "translation": [
        "Translate into German: 'The meeting has been moved to Thursday afternoon.'",
        "Traduis en anglais : « Nous avons bien reçu votre demande et revenons vers vous rapidement. »",
        "How do you say 'I would like a table for two by the window' in Italian?",
        "Vertaal naar het Engels: 'De trein heeft twintig minuten vertraging.'",
        "Translate to Spanish and Portuguese: 'Please keep your luggage with you at all times.'",
    ],
    "product_comparison": [
        "iPad Air vs. Galaxy Tab S9 for note-taking at university?",
        "Which is quieter, a Dyson V15 or a Miele Triflex?",
        "Cuál conviene más: un Seat Ibiza diésel o un híbrido Toyota Yaris?",
    ],
    "geography": [
        "How many people live in the Ruhr area?",
        "Quelle est la superficie de la Corse ?",
        "Why is Rotterdam's port bigger than Hamburg's?",
        "Qual è il lago più grande d'Italia?",
    ],
    "cooking": [
        "How do I make a sourdough starter from scratch?",
        "Receita de pão de queijo sem glúten?",
        "Wat is een goed recept voor erwtensoep?",
        "Quelle température pour un gigot d'agneau de 2 kg ?",
    ],
    "timing_price": [_order_de, _timing, _price],
    "app_log": [_uvicorn_log, _masked_config],
}
