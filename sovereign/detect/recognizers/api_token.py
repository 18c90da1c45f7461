"""API_TOKEN: bearer tokens of well-known services, by the prefixes their issuers publish for
secret scanning (OpenAI, Anthropic, GitHub, GitLab, Slack, Stripe, Google, SendGrid, npm,
PyPI, Hugging Face, Telegram, Shopify, DigitalOcean, Databricks, Twilio, Mailgun), Slack's and
Discord's webhook URLs, and JWTs.

Basis: access tokens are credentials (GDPR Art. 32; PCI DSS 8.3 for payment keys); sending them
to a third-party model discloses them.
"""

from presidio_analyzer import Pattern, PatternRecognizer

ENTITY = "API_TOKEN"
PATTERNS = [
    Pattern("openai_anthropic", r"\bsk-(?:proj-|ant-(?:api\d\d-)?|svcacct-)?[A-Za-z0-9_\-]{20,}", 0.9),
    Pattern("github", r"\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b", 0.95),
    Pattern("slack", r"\bxox[abposr]-[A-Za-z0-9\-]{10,}\b", 0.9),
    # an incoming webhook's URL is its secret: whoever holds it posts to the channel
    Pattern("slack_webhook",
            r"(?-i:\bhooks\.slack\.com/services/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{24})"
            r"(?![\w])", 0.95),
    Pattern("discord_webhook",
            r"(?-i:\bdiscord(?:app)?\.com/api/webhooks/\d{17,20}/[A-Za-z0-9_\-]{60,68})"
            r"(?![\w\-])", 0.95),
    Pattern("stripe", r"\b[rs]k_(?:live|test)_[A-Za-z0-9]{20,}\b", 0.95),
    Pattern("jwt", r"\beyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}", 0.85),
    Pattern("bearer_header", r"(?i)\bauthorization:\s*bearer\s+[A-Za-z0-9._\-~+/]{20,}=*", 0.9),
    Pattern("google", r"(?-i:\bAIza[0-9A-Za-z_\-]{35})(?![\w\-])", 0.9),
    Pattern("sendgrid", r"(?-i:\bSG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43})(?![\w\-])", 0.95),
    Pattern("npm", r"(?-i:\bnpm_[A-Za-z0-9]{36})\b", 0.95),
    Pattern("pypi", r"(?-i:\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{50,})", 0.95),
    Pattern("gitlab", r"(?-i:\bgl(?:pat|dt|rt|ptt|ft|soat)-[A-Za-z0-9_\-]{20,})", 0.95),
    Pattern("huggingface", r"(?-i:\bhf_[A-Za-z0-9]{30,})\b", 0.9),
    Pattern("telegram_bot", r"(?-i:\b\d{8,10}:AA[A-Za-z0-9_\-]{33})(?![\w\-])", 0.9),
    Pattern("shopify", r"(?-i:\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\b", 0.95),
    Pattern("digitalocean", r"(?-i:\bdo[por]_v1_[a-f0-9]{64})\b", 0.95),
    Pattern("databricks", r"(?-i:\bdapi[a-f0-9]{32}(?:-\d)?)\b", 0.9),
    Pattern("twilio_key", r"(?-i:\bSK[0-9a-f]{32})\b", 0.8),
    Pattern("mailgun", r"(?-i:\bkey-[0-9a-z]{32})\b", 0.85),
]
VECTORS = [
    ("use sk-proj-abcdefghijklmnopqrstuvwxyz0123 for the call", [ENTITY]),
    ("token ghp_abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", [ENTITY]),
    ("SLACK=xoxb-123456789012-abcdefghij", [ENTITY]),
    ("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
     [ENTITY]),
    ("AIzaSyB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3x", [ENTITY]),
    ("npm token npm_Ab3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5", [ENTITY]),
    ("glpat-Ab3dE5fG7hI9jK1lM3nO", [ENTITY]),
    ("hf_Ab3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY", [ENTITY]),
    ("telegram bot 7312845610:AAH3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3x", [ENTITY]),
    ("dapi1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d", [ENTITY]),
    ("webhook is https://hooks.slack.com/services/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",
     [ENTITY]),
    ("see https://hooks.slack.com/services/ for how webhooks work", []),
    ("ask for a task-list of things", []),
    ("the key-value store holds 32 entries", []),
]


def recognizer() -> PatternRecognizer:
    return PatternRecognizer(supported_entity=ENTITY, patterns=PATTERNS, name="ApiTokenRecognizer")
