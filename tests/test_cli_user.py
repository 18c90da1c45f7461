"""The CLI as a user meets it: help for every argument, --version, one-line errors with their
own exit codes instead of tracebacks, `explain` telling the API from the body, `scan` showing
matched text only when asked."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sovereign.cli import EXIT_INPUT, EXIT_USAGE, build_parser, main
from sovereign.providers.registry import BODY_SHAPES, SAMPLES, infer_sample, sample_body

REPO = Path(__file__).resolve().parent.parent


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "sovereign.cli", *args], input=stdin,
                          capture_output=True, text=True, cwd=REPO, timeout=120)


def _parsers(parser: argparse.ArgumentParser, name: str = "sovereign"
             ) -> list[tuple[str, argparse.ArgumentParser]]:
    out = [(name, parser)]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helped = {a.dest for a in action._choices_actions if a.help}
            for sub, p in action.choices.items():
                assert sub in helped, f"'{name} {sub}' has no help line"
                out += _parsers(p, f"{name} {sub}")
    return out


def test_every_argument_and_flag_is_described() -> None:
    parsers = _parsers(build_parser())
    assert len(parsers) > 20
    for name, parser in parsers:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction | argparse._HelpAction):
                continue
            assert action.help, f"'{name}': {action.option_strings or action.dest} has no help"


def test_help_is_for_users_and_version_prints(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    text = capsys.readouterr().out
    assert "delegate" not in text and "``" not in text  # not the module's docstring
    assert "sovereign run" in text and "exit codes" in text
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    from sovereign import __version__
    assert capsys.readouterr().out.strip() == f"sovereign {__version__}"


@pytest.mark.parametrize("stdin, says", [
    ("", "standard input is empty"),
    ("   \n", "standard input is empty"),
    ("Email John Smith", "standard input is not JSON (Expecting value: line 1 column 1)"),
    ('{"model": "gpt-4o", ', "standard input is not JSON"),
    ("[1, 2]", "holds a JSON list, not a request body"),
])
def test_explain_on_what_is_no_body_says_so_in_one_line(
        stdin: str, says: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    assert main(["explain", "-"]) == EXIT_INPUT
    out = capsys.readouterr()
    assert out.out == "" and out.err.count("\n") == 1 and says in out.err
    assert "Traceback" not in out.err and "John" not in out.err


def test_missing_inputs_are_named_with_their_own_exit_code(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nonexistent"
    cases = [
        (["audit", "verify", str(missing), "--keys", str(tmp_path / "k.pub")],
         f"no such directory: {missing}"),
        (["audit", "report", str(missing), "--html", str(tmp_path / "r.html")],
         f"no such directory: {missing}"),
        (["audit", "checkpoint", str(missing)], f"no such directory: {missing}"),
        (["explain", str(missing)], f"{missing}: no such file or directory"),
        (["scan", str(missing)], f"{missing}: no such file or directory"),
    ]
    for argv, says in cases:
        assert main(argv) == EXIT_INPUT, argv
        out = capsys.readouterr()
        assert out.err == f"sovereign: {says}\n", argv
        assert "UNVERIFIABLE" not in out.out
    (tmp_path / "audit").mkdir()
    assert main(["audit", "verify", str(tmp_path / "audit"), "--keys", str(missing)]) == EXIT_INPUT
    assert capsys.readouterr().err == (f"sovereign: not an audit log directory: {tmp_path / 'audit'}"
                                       " (no manifest.json or segments/)\n")
    (tmp_path / "audit" / "segments").mkdir()
    assert main(["audit", "verify", str(tmp_path / "audit"), "--keys", str(missing)]) == EXIT_INPUT
    assert capsys.readouterr().err == f"sovereign: no such keys file: {missing}\n"


def test_explain_that_cannot_tell_the_api_names_the_choices(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = tmp_path / "body.json"
    body.write_text(json.dumps({"model": "my-own-model", "max_tokens": 9,
                                "messages": [{"role": "user", "content": "hi"}]}))
    assert main(["explain", str(body)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "cannot tell" in err and "fits openai and anthropic" in err
    assert f"--provider {'|'.join(SAMPLES)}" in err


def test_every_api_explain_can_build_has_a_shape() -> None:
    assert BODY_SHAPES.keys() == SAMPLES.keys()


@given(st.sampled_from(sorted(BODY_SHAPES)), st.data())
def test_a_body_written_for_one_api_is_told_as_that_api(kind: str, data: st.DataObject) -> None:
    doc = sample_body(kind, data.draw(st.text(max_size=20)))
    own = data.draw(st.sets(st.sampled_from(sorted(BODY_SHAPES[kind].own)), max_size=3))
    doc.update({key: 1 for key in own})
    assert infer_sample(doc) == [kind]


@given(st.sampled_from(["openai", "anthropic"]), st.sampled_from(["openai", "anthropic"]))
def test_a_key_of_one_api_is_never_taken_for_another(mark: str, model_of: str) -> None:
    # Chat Completions and Messages bodies can share every required key: a field only one
    # of them has decides, whatever the model's name says
    doc = {"model": "claude-x" if model_of == "anthropic" else "gpt-4o", "max_tokens": 5,
           "messages": [], sorted(BODY_SHAPES[mark].own)[0]: 1}
    assert infer_sample(doc) == [mark]


def test_explain_tells_an_anthropic_body_and_shows_what_is_sent() -> None:
    body = {"model": "claude-opus-4-7", "max_tokens": 256,
            "messages": [{"role": "user", "content": "Email jane.doe@example.com today"}]}
    r = run("explain", "--format", "table", "-", stdin=json.dumps(body))
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("api: anthropic (told by the body")
    assert "sent to: https://api.anthropic.com/v1/messages" in lines[1]
    assert "chat/completions" not in r.stdout
    sent = json.loads(r.stdout.split("body sent:\n", 1)[1])
    assert sent["messages"][0]["content"] == "Email [EMAIL_ADDRESS_1] today"
    assert "jane.doe" not in r.stdout


def test_scan_shows_matched_text_only_when_asked() -> None:
    text = "Write to jane.doe@example.com"
    plain = run("scan", "-", stdin="Call +1 415 555 0132 now")
    assert plain.returncode == 0, plain.stderr
    assert plain.stdout.splitlines()[-1] == "1 finding"
    assert "415" not in plain.stdout
    shown = run("scan", "--format", "jsonl", "--show-values", "-",
                stdin=json.dumps({"text": text}))
    assert shown.returncode == 0, shown.stderr
    findings = json.loads(shown.stdout)["findings"]
    email = [f for f in findings if f["entity_type"] == "EMAIL_ADDRESS"]
    assert email and email[0]["text"] == "jane.doe@example.com"
    assert all(f["text"] == text[f["start"]:f["end"]] for f in findings)
