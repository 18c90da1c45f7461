"""Our recognizers, one per file, each with its legal basis and a table of test vectors."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from sovereign.detect.recognizers import (
    address_block,
    age,
    api_token,
    card_labelled,
    classification_marking,
    cloud_key,
    connection_string,
    email_internal,
    eu_vat,
    fr_nir,
    medical_condition,
    medical_record_number,
    nationality,
    nl_bsn,
    passport,
    person_name,
    phone_international,
    phone_regional,
    place_name,
    postal_code,
    private_key,
    secret_assignment,
    ssn_labelled,
    street_address,
    timestamp,
)

MODULES = (
    address_block,
    age,
    api_token,
    card_labelled,
    classification_marking,
    cloud_key,
    connection_string,
    email_internal,
    eu_vat,
    fr_nir,
    medical_condition,
    medical_record_number,
    nationality,
    nl_bsn,
    passport,
    person_name,
    phone_international,
    phone_regional,
    place_name,
    postal_code,
    private_key,
    secret_assignment,
    ssn_labelled,
    street_address,
    timestamp,
)


def all_recognizers() -> list[EntityRecognizer]:
    return [module.recognizer() for module in MODULES]
