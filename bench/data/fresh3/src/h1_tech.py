# Hand-written harmless prompts: code, configs, logs, stack traces, CI, SQL.
HARMLESS = [
    ("code_python", "en", """Why does this return None instead of the sorted list?

def sort_scores(scores):
    scores.sort(key=lambda s: s[1], reverse=True)

top = sort_scores([("alpha", 3), ("beta", 9), ("gamma", 5)])
print(top[:2])"""),
    ("code_python", "en", """Can you add type hints and a docstring to this?

import hashlib, pathlib

def file_digest(path, algo="sha256", chunk=1 << 20):
    h = hashlib.new(algo)
    with pathlib.Path(path).open("rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()"""),
    ("code_python", "de", """Warum ist diese Schleife so langsam? Es geht um 2 Millionen Zeilen.

result = ""
for row in rows:
    result += f"{row.id};{row.amount:.2f}\\n"
with open("export.csv", "w") as f:
    f.write(result)"""),
    ("code_js", "en", """This React effect runs in an infinite loop, why?

useEffect(() => {
  setFilters({ ...filters, page: 1 });
}, [filters]);"""),
    ("code_js", "fr", """Pourquoi `await` ne marche pas dans mon forEach ?

const ids = [101, 102, 103];
ids.forEach(async (id) => {
  const res = await fetch(`/api/items/${id}`);
  console.log(await res.json());
});
console.log("terminé");"""),
    ("code_go", "en", """Is there a race condition here? go vet is quiet but -race complains.

var counter int
var wg sync.WaitGroup
for i := 0; i < 100; i++ {
    wg.Add(1)
    go func() { counter++; wg.Done() }()
}
wg.Wait()
fmt.Println(counter)"""),
    ("code_rust", "es", """¿Por qué el compilador dice "borrowed value does not live long enough"?

fn first_word(s: &String) -> &str {
    let owned = s.clone();
    owned.split(' ').next().unwrap()
}"""),
    ("code_java", "it", """Perché questa HashMap mi dà ConcurrentModificationException?

for (String key : cache.keySet()) {
    if (cache.get(key).isExpired()) {
        cache.remove(key);
    }
}"""),
    ("code_sql_schema", "en", """Review this schema for an order system — should status be an enum or a lookup table?

CREATE TABLE orders (
  id BIGSERIAL PRIMARY KEY,
  customer_id BIGINT NOT NULL REFERENCES customers(id),
  status TEXT NOT NULL CHECK (status IN ('new','paid','shipped','cancelled')),
  total_cents INTEGER NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at DESC);"""),
    ("explain_output", "en", """Why isn't my index used?

EXPLAIN ANALYZE SELECT * FROM events WHERE lower(kind) = 'click' AND ts > now() - interval '1 day';
 Seq Scan on events  (cost=0.00..48211.40 rows=1204 width=96) (actual time=0.031..412.880 rows=1187 loops=1)
   Filter: ((lower(kind) = 'click'::text) AND (ts > (now() - '1 day'::interval)))
   Rows Removed by Filter: 1998813
 Planning Time: 0.122 ms
 Execution Time: 413.019 ms"""),
    ("explain_output", "pt", """O MySQL está a fazer full scan nesta query, o que mudo?

EXPLAIN SELECT produto_id, SUM(qtd) FROM vendas WHERE YEAR(data_venda) = 2025 GROUP BY produto_id;
+----+-------------+--------+------+---------------+------+---------+------+---------+----------------------------------------------+
| id | select_type | table  | type | possible_keys | key  | key_len | ref  | rows    | Extra                                        |
+----+-------------+--------+------+---------------+------+---------+------+---------+----------------------------------------------+
|  1 | SIMPLE      | vendas | ALL  | idx_data      | NULL | NULL    | NULL | 4182930 | Using where; Using temporary; Using filesort |
+----+-------------+--------+------+---------------+------+---------+------+---------+----------------------------------------------+"""),
    ("stack_trace", "en", """what's causing this?

Traceback (most recent call last):
  File "/app/worker.py", line 88, in <module>
    main()
  File "/app/worker.py", line 71, in main
    batch = queue.get(timeout=30)
  File "/usr/local/lib/python3.12/multiprocessing/queues.py", line 114, in get
    raise Empty
_queue.Empty"""),
    ("stack_trace", "de", """Was bedeutet dieser Fehler beim Start von Spring Boot?

org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name 'rechnungService': Unsatisfied dependency expressed through constructor parameter 0; nested exception is org.springframework.beans.factory.NoSuchBeanDefinitionException: No qualifying bean of type 'de.beispiel.repo.RechnungRepository' available
	at org.springframework.beans.factory.support.ConstructorResolver.createArgumentArray(ConstructorResolver.java:800)
	at org.springframework.beans.factory.support.ConstructorResolver.autowireConstructor(ConstructorResolver.java:229)"""),
    ("stack_trace", "en", """Android app crashes on rotate:

FATAL EXCEPTION: main
Process: com.example.notes, PID: 18842
java.lang.IllegalStateException: Fragment NoteEditFragment{a3f09c1} not attached to a context.
    at androidx.fragment.app.Fragment.requireContext(Fragment.java:967)
    at com.example.notes.ui.NoteEditFragment.onSaveClicked(NoteEditFragment.kt:142)"""),
    ("ci_log", "en", """GitHub Actions fails only on windows-latest, log tail:

Run npm ci
npm ERR! code EBUSY
npm ERR! syscall rename
npm ERR! path D:\\a\\webapp\\webapp\\node_modules\\.esbuild-abc123
npm ERR! errno -4082
Error: Process completed with exit code 1.

Any idea?"""),
    ("ci_log", "nl", """Onze GitLab-pipeline blijft hangen op deze stap, wat is er mis?

$ terraform plan -out=tfplan
Acquiring state lock. This may take a few moments...
╷
│ Error: Error acquiring the state lock
│ Lock Info:
│   ID:        6f1c2e4a-9b0d-4a8f-b3c1-2d7e8f90a1b2
│   Path:      tfstate-prod/terraform.tfstate
│   Operation: OperationTypeApply
│   Version:   1.9.5
╵"""),
    ("build_log", "es", """¿Qué significa este error de CMake?

-- The C compiler identification is GNU 13.2.0
-- Detecting C compiler ABI info - done
CMake Error at CMakeLists.txt:14 (find_package):
  By not providing "FindEigen3.cmake" in CMAKE_MODULE_PATH this project has
  asked CMake to find a package configuration file provided by "Eigen3", but
  CMake did not find one.
-- Configuring incomplete, errors occurred!"""),
    ("dockerfile", "en", """Can you make this image smaller?

FROM python:3.12
WORKDIR /srv
COPY . .
RUN pip install -r requirements.txt
RUN apt-get update && apt-get install -y build-essential libpq-dev
EXPOSE 8000
CMD ["gunicorn", "app:app", "-b", "0.0.0.0:8000", "-w", "4"]"""),
    ("dockerfile", "fr", """Mon conteneur tourne en root, comment je change ça proprement ?

FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
COPY . .
ENV NODE_ENV=production PORT=3000
CMD ["node", "server.js"]"""),
    ("k8s_yaml", "en", """Pod stays Pending, here's the deployment. What's wrong?

apiVersion: apps/v1
kind: Deployment
metadata:
  name: thumbnailer
spec:
  replicas: 2
  selector:
    matchLabels: {app: thumbnailer}
  template:
    metadata:
      labels: {app: thumbnailer}
    spec:
      nodeSelector:
        gpu: "true"
      containers:
        - name: app
          image: ghcr.io/example/thumbnailer:1.4.2
          resources:
            requests: {cpu: "8", memory: 32Gi}"""),
    ("k8s_yaml", "de", """Ist das Secret so richtig angelegt? Die Werte sind nur Platzhalter.

apiVersion: v1
kind: Secret
metadata:
  name: db-credentials
type: Opaque
stringData:
  username: app_user
  password: <ERSETZEN>
  host: postgres.default.svc.cluster.local"""),
    ("config_masked", "en", """Our logging shows this on startup, is the masking enough or should we hide the username too?

[config] db.host=10.0.12.5 db.port=5432 db.user=reporting db.password=******** cache.ttl=300s
[config] smtp.host=smtp.example.com smtp.user=noreply@example.com smtp.pass=[REDACTED]"""),
    ("config_masked", "it", """Questo è il mio application.properties, le password le ho tolte io. Perché Hibernate non crea le tabelle?

spring.datasource.url=jdbc:mysql://localhost:3306/magazzino
spring.datasource.username=root
spring.datasource.password=${DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=none
server.port=8081"""),
    ("config_placeholder", "es", """¿Está bien este docker-compose para desarrollo?

services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: changeme
      POSTGRES_DB: tienda
    ports: ["5432:5432"]
  api:
    build: .
    environment:
      DATABASE_URL: postgres://postgres:changeme@db:5432/tienda
      STRIPE_KEY: sk_test_xxxxxxxxxxxxxxxxxxxx"""),
    ("config_placeholder", "en", """Which of these nginx directives is redundant?

server {
    listen 443 ssl http2;
    server_name api.example.com;
    ssl_certificate     /etc/ssl/certs/api.example.com.pem;
    ssl_certificate_key /etc/ssl/private/api.example.com.key;
    ssl_protocols TLSv1.2 TLSv1.3;
    location / { proxy_pass http://127.0.0.1:8080; proxy_set_header Host $host; }
}"""),
    ("readme_changelog", "en", """Polish this changelog entry:

## 3.2.0 – 2026-11-18
### Added
- `--dry-run` flag for `sync`
- support for S3-compatible endpoints (MinIO, R2)
### Fixed
- crash when config file is empty (#1184)
- progress bar overflowing on narrow terminals
### Changed
- minimum Python is now 3.10"""),
    ("readme_changelog", "pt", """Melhora este README, está muito seco:

# conversor-nfe
Converte XML de NF-e para CSV.
## Uso
pip install conversor-nfe
conversor-nfe entrada/*.xml -o saida.csv
## Limitações
Não suporta NFC-e nem CT-e ainda."""),
    ("readme_changelog", "nl", """Kun je deze release notes korter maken?

Versie 5.0.0
- Nieuwe API voor batch-import (max. 10.000 regels per aanroep)
- Ondersteuning voor Python 3.9 vervalt
- Standaardtijdzone is nu Europe/Amsterdam in plaats van UTC
- Bugfix: export naar XLSX kapte getallen af na 15 cijfers"""),
    ("shell", "en", "what does `find . -name '*.log' -mtime +30 -print0 | xargs -0 rm -f` do exactly, and is it safe to put in cron?"),
    ("shell", "fr", "Quelle est la différence entre `git reset --soft HEAD~1` et `git revert HEAD` ? Je veux annuler mon dernier commit déjà poussé."),
    ("regex", "en", r"I need a regex that matches version strings like 1.2.3, 1.2.3-rc.1 and 10.0.0+build.77 but not 1.2 or 01.2.3. Here's mine: ^\d+\.\d+\.\d+(-[\w.]+)?(\+[\w.]+)?$ — what's missing?"),
    ("regex", "de", r"Wie schreibe ich einen regulären Ausdruck, der deutsche Postleitzahlen (5 Ziffern) erkennt, aber keine längeren Zahlen wie Bestellnummern 1234567? Ich habe \d{5} probiert."),
    ("network_lab", "en", """homework for networking class: subnet 192.168.40.0/22 into 6 equal subnets. what are the ranges and broadcast addresses? also can a host have 192.168.43.255 as its address?"""),
    ("network_lab", "es", "En el laboratorio tengo el router en 10.0.0.1 y el servidor DNS en 10.0.0.53, pero ping a 8.8.8.8 funciona y a google.com no. ¿Qué reviso primero?"),
    ("api_docs", "en", """Is this curl example from the docs correct? It returns 401 for me but I haven't replaced the key yet.

curl https://api.example.com/v2/invoices \\
  -H "Authorization: Bearer YOUR_API_KEY" \\
  -H "Content-Type: application/json" \\
  -d '{"amount": 4999, "currency": "eur", "customer": "cus_EXAMPLE123"}'"""),
    ("api_docs", "it", """Come interpreto questa risposta dell'API? È dalla documentazione ufficiale:

{
  "id": "ord_000000000000",
  "status": "pending",
  "amount": {"value": "10.00", "currency": "EUR"},
  "createdAt": "2024-01-01T00:00:00Z",
  "_links": {"checkout": {"href": "https://pay.example.org/checkout/ord_000000000000"}}
}"""),
    ("long_log", "en", """Our nightly job has been getting slower every week. Can you spot the trend and tell me which stage is to blame?

2026-11-02 02:00:01 INFO  job=nightly-etl stage=extract rows=1822001 dur=312s
2026-11-02 02:05:13 INFO  job=nightly-etl stage=transform rows=1822001 dur=540s
2026-11-02 02:14:13 INFO  job=nightly-etl stage=load rows=1822001 dur=188s
2026-11-09 02:00:01 INFO  job=nightly-etl stage=extract rows=1840552 dur=318s
2026-11-09 02:05:19 INFO  job=nightly-etl stage=transform rows=1840552 dur=611s
2026-11-09 02:15:30 INFO  job=nightly-etl stage=load rows=1840552 dur=190s
2026-11-16 02:00:01 INFO  job=nightly-etl stage=extract rows=1861210 dur=321s
2026-11-16 02:05:22 INFO  job=nightly-etl stage=transform rows=1861210 dur=734s
2026-11-16 02:17:36 INFO  job=nightly-etl stage=load rows=1861210 dur=195s
2026-11-23 02:00:01 INFO  job=nightly-etl stage=extract rows=1879904 dur=325s
2026-11-23 02:05:26 INFO  job=nightly-etl stage=transform rows=1879904 dur=902s
2026-11-23 02:20:28 WARN  job=nightly-etl stage=transform gc_pause_ms=8812 heap_used=94%
2026-11-23 02:20:29 INFO  job=nightly-etl stage=load rows=1879904 dur=199s
2026-11-30 02:00:01 INFO  job=nightly-etl stage=extract rows=1901337 dur=330s
2026-11-30 02:05:31 INFO  job=nightly-etl stage=transform rows=1901337 dur=1188s
2026-11-30 02:25:19 WARN  job=nightly-etl stage=transform gc_pause_ms=14020 heap_used=98%
2026-11-30 02:25:20 INFO  job=nightly-etl stage=load rows=1901337 dur=204s"""),
    ("hashes_uuids", "en", "Is 3f9c2b1e-7a4d-4c8e-9b21-0e5d6f7a8b9c a valid UUIDv4? And how likely is a collision if we generate 10 million of them per day?"),
    ("hashes_uuids", "de", "Warum ist der SHA-1 von meinem Commit bb8bdb5eba456bf92d5d98065e5751f75143a5f6 auf GitHub anders als lokal nach einem Rebase?"),
]
