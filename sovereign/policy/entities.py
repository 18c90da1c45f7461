"""Entity type names a rule may name: Presidio's English recognizers, spaCy's NER, and ours."""

from __future__ import annotations

from sovereign.detect.recognizers import MODULES

PRESIDIO_ENTITIES = frozenset({
    "CREDIT_CARD", "CRYPTO", "DATE_TIME", "EMAIL_ADDRESS", "IBAN_CODE", "IP_ADDRESS",
    "MAC_ADDRESS", "NRP", "LOCATION", "PERSON", "PHONE_NUMBER", "MEDICAL_LICENSE", "URL",
    "ORGANIZATION", "US_BANK_NUMBER", "US_DRIVER_LICENSE", "US_ITIN", "US_PASSPORT", "US_SSN",
    "UK_NHS", "UUID",
})
OWN_ENTITIES = frozenset(module.ENTITY for module in MODULES)
KNOWN_ENTITIES = PRESIDIO_ENTITIES | OWN_ENTITIES
