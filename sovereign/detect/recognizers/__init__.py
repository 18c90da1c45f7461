"""Our recognizers, one per file, each with its legal basis and a table of test vectors."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from sovereign.detect.recognizers import (
    api_token,
    cloud_key,
    connection_string,
    medical_condition,
    medical_record_number,
    passport,
    phone_international,
    postal_code,
    private_key,
    ssn_labelled,
    street_address,
)

MODULES = (
    api_token,
    cloud_key,
    connection_string,
    medical_condition,
    medical_record_number,
    passport,
    phone_international,
    postal_code,
    private_key,
    ssn_labelled,
    street_address,
)


def all_recognizers() -> list[EntityRecognizer]:
    return [module.recognizer() for module in MODULES]
