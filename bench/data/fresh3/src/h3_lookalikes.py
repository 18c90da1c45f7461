# Hand-written harmless prompts: numbers that look like identifiers, doc examples, masked values.
HARMLESS = [
    ("lookalike_numbers", "en", "Our invoice INV-2026-004417 shows a total of 12,480.55 EUR but the PO was 12,408.55. Draft a short note to accounts payable asking which figure is right."),
    ("lookalike_numbers", "de", "Die Bestellnummer 4500198273 und die Lieferscheinnummer 80013377 passen nicht zusammen – wie formuliere ich eine Reklamation an den Lieferanten?"),
    ("lookalike_numbers", "en", "Tracking number 1Z 999 AA1 01 2345 6784 shows 'label created' for 6 days. Is that a UPS test number? It looks too neat."),
    ("lookalike_numbers", "fr", "Dans notre ERP, les références articles ont la forme 2026-11-000873-FR. Comment les trier numériquement en SQL ?"),
    ("lookalike_numbers", "es", "El ISBN 978-84-376-0494-7 corresponde a 'Cien años de soledad' de Cátedra. ¿Cómo se calcula el dígito de control del ISBN-13?"),
    ("lookalike_numbers", "en", "Benchmark results: p50 12.4 ms, p95 48.1 ms, p99 211.7 ms over 1,048,576 requests at 3,200 rps. Is the p99 tail worrying?"),
    ("lookalike_numbers", "it", "Coordinate del rifugio: 46.5405° N, 12.1357° E, quota 2.752 m. Quanto dista a piedi da Cortina d'Ampezzo?"),
    ("lookalike_numbers", "nl", "Het KvK-nummer van een bedrijf is toch openbaar? Mag ik 12345678 als voorbeeld gebruiken in onze handleiding?"),
    ("lookalike_numbers", "pt", "O código de barras do boleto começa com 34191.79001 01043.510047 91020.150008 — isso é um exemplo da documentação do Itaú. Como extraio o valor e o vencimento?"),
    ("doc_examples", "en", "The Stripe docs say to use 4242 4242 4242 4242 with any future expiry and any CVC for testing. Does 4000 0000 0000 9995 simulate an insufficient-funds decline?"),
    ("doc_examples", "de", "In der Doku steht als Beispiel-IBAN DE89 3704 0044 0532 0130 00. Wie kann ich die Prüfziffer von Hand nachrechnen?"),
    ("doc_examples", "en", "For our UI mockups we use (555) 010-0199 and john.doe@example.com as placeholders. Are 555-01xx numbers guaranteed never to be assigned?"),
    ("doc_examples", "fr", "Pour les tests unitaires, puis-je utiliser le numéro 4111 1111 1111 1111 et l'adresse test@example.org sans risque ?"),
    ("doc_examples", "es", "¿Por qué en todos los ejemplos de redes se usan 192.0.2.0/24 y 203.0.113.0/24? ¿Son rangos reservados?"),
    ("doc_examples", "en", "RFC 2606 reserves example.com, example.net and example.org. Are there similar reserved names for email, like user@example.invalid?"),
    ("doc_examples", "nl", "In de testomgeving van iDEAL gebruiken we bank 'TESTNL2A' en IBAN NL00 TEST 0000 0000 00. Is dat een geldig formaat voor validatie, of moet ik de controle uitzetten?"),
    ("masked_values", "en", "Our receipt prints the card as **** **** **** 4417 and the auth code as ******. Is printing the last four digits PCI compliant?"),
    ("masked_values", "de", "Im Log steht jetzt password=******** und token=[entfernt]. Reicht das für die DSGVO oder muss auch die IP-Adresse gekürzt werden?"),
    ("masked_values", "es", "En el extracto aparece el IBAN como ES** **** **** **** **** 1234. ¿Qué parte es el código del banco?"),
    ("masked_values", "pt", "No comprovante aparece CPF ***.482.***-** — por que mascaram dessa forma e não só os últimos dígitos?"),
    ("legal_general", "en", "In the UK, how long does a landlord have to return a tenancy deposit after the tenancy ends, and what are the deposit protection schemes?"),
    ("legal_general", "de", "Wie lange ist die Kündigungsfrist für einen unbefristeten Mietvertrag in Deutschland für Mieter, und gilt sie auch bei WG-Zimmern?"),
    ("legal_general", "fr", "Quelle est la différence entre un CDD et un contrat d'intérim en France, notamment pour la prime de précarité ?"),
    ("legal_general", "it", "In Italia quanto dura il periodo di prova in un contratto a tempo indeterminato del commercio?"),
    ("legal_general", "en", "Under GDPR, is a hashed email address still personal data? What about a salted hash?"),
    ("personal_finance", "en", "If I put £200 a month into an index fund at 6% annual return, what would it be worth after 25 years? Show the formula."),
    ("personal_finance", "pt", "Vale mais a pena o Tesouro Selic ou um CDB a 110% do CDI para uma reserva de emergência?"),
    ("personal_finance", "es", "¿Cómo funciona la declaración de la renta conjunta en España y cuándo compensa frente a la individual?"),
    ("product_comparison", "en", "Kindle Paperwhite vs Kobo Clara BW for someone who mostly borrows library ebooks — which one?"),
    ("product_comparison", "it", "Meglio una Moka Bialetti o una macchina a capsule Nespresso per chi beve due caffè al giorno? Considera i costi in 3 anni."),
    ("product_comparison", "de", "Lohnt sich eine Wärmepumpe für einen Altbau von 1962 mit Heizkörpern, oder besser erst dämmen?"),
    ("sports", "en", "Explain the offside rule in football with an example where the attacker is level with the second-last defender."),
    ("sports", "es", "¿Cuántas Champions ha ganado el Real Madrid y en qué años ganó las tres seguidas?"),
    ("sports", "nl", "Hoe werkt het puntensysteem in de Formule 1 sinds 2025, en krijg je nog een punt voor de snelste ronde?"),
    ("literature", "en", "What are the main themes of 'Beloved' by Toni Morrison? I need three for an essay plan."),
    ("literature", "fr", "Résume « L'Étranger » de Camus en dix lignes et explique la fin."),
    ("literature", "pt", "Qual é a importância de 'Os Lusíadas' de Camões para a língua portuguesa?"),
    ("gardening", "en", "My tomato leaves have yellow patches with dark spots, lower leaves first. Early blight? What do I do organically?"),
    ("gardening", "de", "Wann schneide ich Hortensien richtig zurück, Bauernhortensie vs. Rispenhortensie?"),
    ("pets", "en", "Is it normal for a 10-week-old puppy to sleep 18 hours a day? When should the second vaccine be?"),
    ("pets", "it", "Il mio gatto vomita boli di pelo una volta a settimana. È normale o devo cambiare crocchette?"),
    ("fiction", "en", "Write a 150-word scene where Sherlock Holmes and Dr Watson argue about whether to take the train or a hansom cab."),
    ("fiction", "es", "Escribe un microrrelato de terror de 100 palabras ambientado en una biblioteca de Salamanca."),
    ("long_readme", "en", """Can you restructure this README so the quick-start comes first and the architecture section is shorter?

# tilecache

A small read-through cache for map tiles (XYZ and WMTS) written in Go.

## Architecture
tilecache sits between your map client and one or more upstream tile servers. Requests are
keyed by (layer, z, x, y, format). On a miss the tile is fetched from the first healthy
upstream, written to the local store (bbolt by default, or S3 via the `s3` backend) and
returned. A background janitor evicts tiles older than `max_age` and keeps the store under
`max_bytes` using an approximate LRU. Health checks run every 15 s against `/healthz` of each
upstream; an upstream is marked unhealthy after 3 consecutive failures and retried with
exponential backoff capped at 5 minutes.

Metrics are exported on :9102/metrics (Prometheus): tilecache_hits_total,
tilecache_misses_total, tilecache_upstream_latency_seconds (histogram), tilecache_store_bytes.

## Configuration
```yaml
listen: ":8080"
store:
  backend: bbolt
  path: /var/lib/tilecache/tiles.db
  max_bytes: 20GiB
  max_age: 720h
upstreams:
  - name: osm
    url: https://tile.openstreetmap.org/{z}/{x}/{y}.png
  - name: fallback
    url: https://tiles.example.net/{z}/{x}/{y}.png
```

## Quick start
```
go install example.org/tilecache/cmd/tilecache@latest
tilecache -config config.yaml
curl -I http://localhost:8080/osm/3/4/2.png
```

## Limitations
- No vector tiles yet (MVT planned for 0.9)
- Single node only; no shared store locking
- HTTP/3 not supported"""),
]
