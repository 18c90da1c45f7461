"""Pasted tables as the column recognizers read them (recognizers/_tables.py, name_column.py,
id_column.py)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from sovereign.detect.recognizers._tables import DELIMITERS, cells, header_key, rows

CELL_TEXT = st.text(alphabet=st.sampled_from("abcSSN_ -.#é\t,;|1"), max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.lists(CELL_TEXT, min_size=1, max_size=6), st.sampled_from(DELIMITERS))
def test_without_quotes_a_lines_header_keys_are_those_of_its_split(parts: list[str],
                                                                    delimiter: str) -> None:
    """rows() reads a header line without quotes by str.split first: the keys must be the
    ones the quote-aware parser gives, or a header would be missed or taken."""
    line = delimiter.join(parts)
    assert [header_key(line[a:b]) for a, b in cells(line, delimiter)] == \
        [header_key(part) for part in line.split(delimiter)]


def test_rows_follow_the_header_and_stop_at_prose() -> None:
    text = ("emp_id,last,first,ssn\nE1,Hollister,Dustin,613910061\nE2,Okafor,Luis,557490337\n"
            "\nconvert this, please, to the ADP layout")
    found = [(r.line[slice(*r.fields[3])], r.keys) for r in rows(text, {"ssn"}.__contains__)]
    assert found == [("613910061", ["empid", "last", "first", "ssn"]),
                     ("557490337", ["empid", "last", "first", "ssn"])]


def test_a_quoted_header_cell_may_hold_the_delimiter() -> None:
    text = '"id","account, number"\n1,12345678'
    assert [r.keys for r in rows(text, {"accountnumber"}.__contains__)] == \
        [["id", "accountnumber"]]


def test_columns_named_by_their_header_are_found_as_what_they_hold(
        analyzer_detector: Any) -> None:
    text = ("employee_id,last_name,first_name,dl_state,dl_number,dl_exp\n"
            "10491,Nakamura,Maribel,CA,U7845951,2029-04-22\n"
            "10518,Vandermeer,Maribel,OH,TK905304,2031-09-27\n\n"
            "Zi.\tName\tPat.-Nr.\tDiagnose\n406\tRaubach, R.\t856108742\tSynkope, Abklärung\n")
    found = {(text[s.start:s.end], s.entity_type) for s in analyzer_detector.scan([text])[0]}
    assert {("U7845951", "US_DRIVER_LICENSE"), ("TK905304", "US_DRIVER_LICENSE"),
            ("856108742", "MEDICAL_RECORD_NUMBER"), ("Raubach, R.", "PERSON")} <= found
    assert not {v for v, kind in found if v in ("CA", "OH") and kind == "US_DRIVER_LICENSE"}


def test_sql_insert_values_are_read_under_their_column_names() -> None:
    text = ("INSERT INTO vendor_bank (vendor_id, vendor_name, routing_no, account_no)\n"
            "VALUES (8002, 'O''Brien Robotics', '258983115', '831686760'),\n"
            "       (8004, 'O\\'Neil \\\\ Sons', '061700608', '20240101'),\n"
            "       (8003, 'Pell, Ltd', '061700608', '449706942528');\n"
            "INSERT INTO t (a, account_no) VALUES (1);  -- a tuple short of a field")
    found = [[r.line[a:b] for a, b in r.fields] for r in rows(text, {"accountno"}.__contains__)]
    assert found == [["8002", "O''Brien Robotics", "258983115", "831686760"],
                     ["8004", "O\\'Neil \\\\ Sons", "061700608", "20240101"],
                     ["8003", "Pell, Ltd", "061700608", "449706942528"]]
    assert list(rows("INSERT INTO t (a, b) VALUES ('never closed", {"b"}.__contains__)) == []


def test_an_account_column_is_a_bank_accounts_beside_a_routing_column(
        analyzer_detector: Any) -> None:
    def accounts(text: str) -> set[str]:
        return {text[s.start:s.end] for s in analyzer_detector.scan([text])[0]
                if s.entity_type == "BANK_ACCOUNT"}

    table = ("| Vendor | Routing | Account | Amount |\n|---|---|---|---|\n"
             "| Corvalis Builders | 061700608 | 449706942528 | $5,996.81 |")
    assert {"061700608", "449706942528"} <= accounts(table)
    sql = ("INSERT INTO vendor_bank (vendor_id, vendor_name, routing_no, account_no)\n"
           "VALUES (8002, 'Pellaro Robotics', '258983115', '831686760');")
    assert {"258983115", "831686760"} <= accounts(sql)
    # a user account: no bank column beside it
    assert accounts("user,account,plan\nalice,ac-20931,pro") == set()
