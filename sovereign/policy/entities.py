"""Entity type names a rule may name: Presidio's recognizers we register, spaCy's NER, and
ours."""

from __future__ import annotations

from sovereign.detect.recognizers import MODULES

PRESIDIO_ENTITIES = frozenset({
    "CREDIT_CARD", "CRYPTO", "DATE_TIME", "EMAIL_ADDRESS", "IBAN_CODE", "IP_ADDRESS",
    "MAC_ADDRESS", "NRP", "LOCATION", "PERSON", "PHONE_NUMBER", "URL",
    "ORGANIZATION", "US_BANK_NUMBER", "US_DRIVER_LICENSE", "US_ITIN", "US_PASSPORT", "US_SSN",
    "UK_NHS", "UUID",
    # European national IDs, registered for every language (see detect/engine.py NEUTRAL)
    "DE_ID_CARD", "DE_PASSPORT", "DE_SOCIAL_SECURITY", "DE_TAX_ID", "DE_VAT_ID", "ES_NIE",
    "ES_NIF", "FI_PERSONAL_IDENTITY_CODE", "IT_FISCAL_CODE", "IT_VAT_CODE", "PL_PESEL",
    "SE_PERSONNUMMER", "UK_NINO",
})
OWN_ENTITIES = frozenset(module.ENTITY for module in MODULES)
KNOWN_ENTITIES = PRESIDIO_ENTITIES | OWN_ENTITIES
