"""Our recognizers, one per file, each with its legal basis and a table of test vectors."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from sovereign.detect.recognizers import (
    address_block,
    age,
    api_token,
    card_labelled,
    cloud_key,
    connection_string,
    email_internal,
    medical_condition,
    medical_record_number,
    passport,
    phone_international,
    phone_regional,
    postal_code,
    private_key,
    ssn_labelled,
    street_address,
)

MODULES = (
    address_block,
    age,
    api_token,
    card_labelled,
    cloud_key,
    connection_string,
    email_internal,
    medical_condition,
    medical_record_number,
    passport,
    phone_international,
    phone_regional,
    postal_code,
    private_key,
    ssn_labelled,
    street_address,
)


def all_recognizers() -> list[EntityRecognizer]:
    return [module.recognizer() for module in MODULES]
