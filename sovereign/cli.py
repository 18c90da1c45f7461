"""The ``sovereign`` command. Sub-commands parse arguments and delegate; nothing else lives here."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sovereign import yamlsrc
from sovereign.config import Config, load_config
from sovereign.providers.registry import SAMPLES

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
EXIT_INPUT = 4  # a file or directory named on the command line is missing or unreadable
MORE_LOGS = "other replicas' audit logs, each with its own origin: one summary / report"
PER_LOG = "with several logs: one for all, or repeated, one per log in their order"


class CliError(Exception):
    """A one-line error for the user (printed as "sovereign: ..."), and the exit code."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def _config(args: argparse.Namespace) -> Config:
    return load_config(Path(args.config) if args.config else _default_config())


def _default_config() -> Path | None:
    path = Path("sovereign.yaml")
    return path if path.exists() else None


def _read_input(name: str) -> str:
    where = "standard input" if name == "-" else name
    try:
        return sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise CliError(f"{where} is not UTF-8 text", EXIT_INPUT) from None


def _existing_dir(name: str | Sequence[str], audit: bool = False) -> Path:
    """*name* as a directory (each of them, given several; with *audit*, one that holds an
    audit log), or a one-line error saying what it is instead."""
    from sovereign.audit.segments import MANIFEST, SEGMENTS

    for one in [name] if isinstance(name, str) else name:
        path = Path(one)
        if not path.exists():
            raise CliError(f"no such directory: {one}", EXIT_INPUT)
        if not path.is_dir():
            raise CliError(f"not a directory: {one}", EXIT_INPUT)
        if audit and not ((path / MANIFEST).exists() or (path / SEGMENTS).is_dir()):
            raise CliError(f"not an audit log directory: {one} (no {MANIFEST} or {SEGMENTS}/)",
                           EXIT_INPUT)
    return Path(name if isinstance(name, str) else name[0])


def _existing_file(name: str, what: str = "file") -> Path:
    path = Path(name)
    if not path.exists():
        raise CliError(f"no such {what}: {name}", EXIT_INPUT)
    return path


# -- run / ca ----------------------------------------------------------------------------------

def cmd_run(args: argparse.Namespace) -> int:
    from sovereign import logs
    from sovereign.app import build_pipeline, load_parts, start_background
    from sovereign.proxy.launcher import EmbeddedProxy, StartupFailed

    config = _config(args)
    logs.configure(config.logging.format, config.logging.level)
    print("sovereign: loading rules, models and the detection engine...", flush=True)
    parts = load_parts(config)
    if not parts.models.models:  # said, not silent: route_local requests will be refused
        why = "lists none" if config.models.is_file() else "does not exist"
        print(f"sovereign: no local models ({config.models} {why}): requests the rules keep "
              "inside the perimeter will be refused", flush=True)
    pipeline, audit = build_pipeline(config, parts)
    for line in start_background(config, parts, pipeline, audit):
        print(f"sovereign: {line}", flush=True)
    proxy = EmbeddedProxy(config, pipeline, checkpoint=audit.checkpoint,
                          checkpoint_every_s=config.audit.checkpoint_seconds,
                          grace_s=config.metrics.shutdown_grace_s)

    def ready() -> None:
        modes = ", ".join(config.modes)
        print(f"sovereign: listening on {config.listen} (modes: {modes})", flush=True)
        print(f"sovereign: CA certificate (clients must trust it): {proxy.ca_path}", flush=True)
        print(f"sovereign: audit log: {config.audit.dir} (verify with: sovereign audit verify "
              f"{config.audit.dir} --keys {config.audit.signing_key}.pub)", flush=True)

    try:
        asyncio.run(proxy.run(ready, handle_signals=True))
    except StartupFailed as exc:
        where = args.config or _default_config() or "sovereign.yaml (defaults: no file read)"
        print(f"sovereign: {exc}\nsovereign: config: {where}", file=sys.stderr, flush=True)
        return EXIT_FAIL
    finally:
        audit.close()
    print("sovereign: stopped; audit log checkpointed", flush=True)
    return EXIT_OK


def cmd_ca_path(args: argparse.Namespace) -> int:
    from sovereign.proxy.launcher import ensure_ca

    print(ensure_ca(_config(args).confdir))
    return EXIT_OK


# -- scan / explain ----------------------------------------------------------------------------

SCAN_BATCH = 64  # jsonl lines scanned per call (one document per few KB, not per line)
SCAN_POOL_CHARS = 50_000  # input larger than this is worth starting the worker pool for


def cmd_scan(args: argparse.Namespace) -> int:
    from sovereign.app import detector_for

    config = _config(args)
    raw = _read_input(args.input)
    detector = detector_for(config, None if len(raw) > SCAN_POOL_CHARS else 1)
    if args.format == "jsonl":
        texts: list[str] = []
        for lineno, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                text = item["text"]
                if not isinstance(text, str):
                    raise TypeError
            except (json.JSONDecodeError, KeyError, TypeError):
                print(f"scan: line {lineno}: expected {{\"text\": \"...\"}}", file=sys.stderr)
                return EXIT_USAGE
            texts.append(text)
        for i in range(0, len(texts), SCAN_BATCH):
            batch = texts[i : i + SCAN_BATCH]
            for text, spans in zip(batch, detector.scan(batch), strict=True):
                print(json.dumps({"findings": [
                    {"start": s.start, "end": s.end, "entity_type": s.entity_type,
                     "score": s.score} | ({"text": text[s.start:s.end]} if args.show_values
                                          else {}) for s in spans]}, ensure_ascii=False))
        return EXIT_OK
    spans = detector.scan([raw])[0]
    print(f"{'start':>7} {'end':>7}  {'entity_type':<28} score" + ("  text" * args.show_values))
    for s in spans:
        # the matched text only when asked for: a terminal or a pasted output keeps no value
        shown = f"  {json.dumps(raw[s.start:s.end], ensure_ascii=False)}" * args.show_values
        print(f"{s.start:>7} {s.end:>7}  {s.entity_type:<28} {s.score:.2f}{shown}")
    print(f"{len(spans)} finding{'' if len(spans) == 1 else 's'}")
    return EXIT_OK


def explain_body(config: Config, provider: str, body: bytes) -> dict[str, Any]:
    """What the proxy would do with *body* and send where, from the proxy's own pipeline (the
    same builder, rules, models and redaction key); detection runs once."""
    from sovereign.app import build_explain_pipeline, detector_for, load_parts
    from sovereign.assess import Assessment
    from sovereign.exchange import Action, Locator, SegmentKind
    from sovereign.pipeline import Forward, Request, Respond
    from sovereign.providers.registry import SAMPLES

    parts = load_parts(config, detector_for(config, workers=1))  # one body: no pool
    pipeline, not_exact = build_explain_pipeline(config, parts)
    host, path, _ = SAMPLES[provider]
    seen: list[Assessment] = []
    plan = pipeline.handle(Request("POST", host, path, {}, body), observe=seen.append)
    if not seen:  # refused before it was read (size, encoding): the refusal says why
        assert isinstance(plan, Respond)
        return {"action": "block", "rules": [], "findings": [], "sent_to": None,
                "response": {"status": plan.status, "body": json.loads(plan.body)}}
    assessment = seen[0]
    segments = assessment.parsed.exchange.segments if assessment.parsed else ()
    # a key in which a value was found is shown as "<key>" in every locator, not in clear
    found_keys = {segments[f.segment].locator for f in assessment.findings
                  if segments[f.segment].kind is SegmentKind.KEY}

    def locator(at: Locator) -> list[str | int]:
        return ["<key>" if at[: i + 1] in found_keys else part for i, part in enumerate(at)]

    out: dict[str, Any] = {
        "action": assessment.decision.action.label,
        "rules": [{"id": m.rule_id, "pack": m.pack, "action": m.action.label,
                   "reason": m.reason, "shadow": m.shadow} for m in assessment.decision.matches],
        "findings": [
            {"segment": f.segment, "locator": locator(segments[f.segment].locator),
             # text, token, key or number (a key's locator is its value's)
             "position": segments[f.segment].kind.value,
             "start": f.start, "end": f.end, "entity_type": f.entity_type, "score": f.score}
            for f in assessment.findings],
    }
    if isinstance(plan, Respond):
        out["sent_to"] = None
        out["response"] = {"status": plan.status, "body": json.loads(plan.body)}
    elif isinstance(plan, Forward):
        out["sent_to"] = plan.url or f"https://{host}{path}"
        out["body_sent"] = json.loads(plan.body) if plan.body is not None else json.loads(body)
        keyed = {op for _, op in assessment.decision.operators} & {"hash", "surrogate"}
        if plan.action is Action.REDACT and keyed and not_exact:
            out["body_sent_differs"] = not_exact  # what the proxy sends is not shown exactly
    return out


def _explained_api(doc: Any, given: str | None) -> str:
    """The API a body is for: the one given, or the one its shape tells (providers registry)."""
    from sovereign.providers.registry import infer_sample

    if given is not None:
        return given
    fits = infer_sample(doc)
    if len(fits) == 1:
        return fits[0]
    why = f"it fits {' and '.join(fits)}" if fits else "it fits none of them"
    raise CliError(f"explain: cannot tell from the body which API it is written for ({why}); "
                   f"name it with --provider {'|'.join(SAMPLES)}")


def cmd_explain(args: argparse.Namespace) -> int:
    from sovereign.app import ConfigError

    raw = _read_input(args.input)
    where = "standard input" if args.input == "-" else args.input
    if not raw.strip():
        raise CliError(f"explain: {where} is empty; give a request body (a JSON object)",
                       EXIT_INPUT)
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as exc:  # its message names a position, never the text
        raise CliError(f"explain: {where} is not JSON ({exc.msg}: line {exc.lineno} column "
                       f"{exc.colno})", EXIT_INPUT) from None
    if not isinstance(doc, dict):
        raise CliError(f"explain: {where} holds a JSON {type(doc).__name__}, not a request "
                       "body (a JSON object)", EXIT_INPUT)
    provider = _explained_api(doc, args.provider)
    config = _config(args)
    try:
        result = {"provider": provider} | explain_body(config, provider, raw.encode())
    except ConfigError as exc:  # the proxy would not start with this configuration either
        print(f"sovereign: explain cannot show what the proxy would send: {exc}",
              file=sys.stderr)
        return EXIT_USAGE
    if args.format == "json":
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        given = "" if args.provider else " (told by the body; --provider to name another)"
        print(f"api: {provider}{given}")
        print(f"action: {result['action']}   sent to: {result['sent_to'] or 'nowhere'}")
        for m in result["rules"]:
            shadow = " (shadow)" if m["shadow"] else ""
            print(f"  rule {m['pack']}/{m['id']} → {m['action']}{shadow}: {m['reason']}")
        for f in result["findings"]:
            print(f"  finding {f['entity_type']:<24} score {f['score']:.2f} at "
                  f"{'.'.join(str(p) for p in f['locator'])}[{f['start']}:{f['end']}]")
        if "body_sent_differs" in result:
            print(f"  note: {result['body_sent_differs']}")
        if "body_sent" in result:
            print("body sent:")
            print(json.dumps(result["body_sent"], indent=2, ensure_ascii=False))
        elif "response" in result:
            print(f"answered by the proxy (HTTP {result['response']['status']}):")
            print(json.dumps(result["response"]["body"], indent=2, ensure_ascii=False))
    return EXIT_OK


# -- rules -------------------------------------------------------------------------------------

def _load_rules_or_report(paths: Sequence[str]) -> Any:
    """The rule set, or None after printing every file:line:column problem and a count."""
    from sovereign.policy.loader import load_rules

    try:
        return load_rules([Path(p) for p in paths])
    except yamlsrc.SourceErrors as exc:
        for err in exc.errors:
            print(err)
        print(f"{len(exc.errors)} problem(s)")
        return None


def cmd_rules_lint(args: argparse.Namespace) -> int:
    from sovereign.policy.lint import lint

    rules = _load_rules_or_report(args.paths)
    if rules is None:
        return EXIT_FAIL

    findings = lint(rules)
    for finding in findings:
        print(finding)
    n = sum(len(p.pack.rules) for p in rules.packs)
    r = sum(len(p.pack.recognizers) for p in rules.packs)
    if findings:
        print(f"{len(findings)} finding(s) in {len(rules.packs)} pack(s)")
        return EXIT_FAIL
    print(f"ok: {len(rules.packs)} pack(s), {n} rule(s), {r} recognizer(s)")
    return EXIT_OK


def cmd_rules_test(args: argparse.Namespace) -> int:
    from sovereign.detect.engine import build_detector
    from sovereign.ruletest import run_rule_tests

    rules = _load_rules_or_report(args.paths)
    if rules is None:
        return EXIT_FAIL
    results = run_rule_tests(rules, build_detector())
    for r in results:
        print(("PASS " if r.ok else "FAIL ") + f"{r.pack}::{r.name}" + ("" if r.ok else f" — {r.why}"))
    failed = sum(not r.ok for r in results)
    print(f"{len(results) - failed} passed, {failed} failed")
    return EXIT_FAIL if failed else EXIT_OK


def cmd_rules_replay(args: argparse.Namespace) -> int:
    import datetime as dt

    from sovereign.audit.segments import read_records
    from sovereign.policy.replay import replay

    _existing_dir(args.audit, audit=True)
    rules = _load_rules_or_report(args.rules)
    if rules is None:
        return EXIT_FAIL
    changes, transitions, replayed = replay(read_records(Path(args.audit)), rules)
    if args.json:
        print(json.dumps({"replayed": replayed, "transitions": dict(transitions),
                          "changes": [c.__dict__ | {"rules": list(c.rules)} for c in changes]},
                         indent=2))
        return EXIT_OK
    for c in changes:
        when = dt.datetime.fromtimestamp(c.ts, dt.UTC).strftime("%Y-%m-%d %H:%M:%S")
        print(f"index {c.index:>7}  {when}  {c.provider:<9} {c.endpoint:<12} "
              f"{c.old:>11} -> {c.new:<11} rules={','.join(c.rules) or '-'}")
    print(f"{replayed} recorded decisions re-decided; {len(changes)} would change")
    for transition, n in sorted(transitions.items()):
        print(f"  {transition:<26} {n}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from sovereign.demo.run import run_demo

    return run_demo()


def cmd_init(args: argparse.Namespace) -> int:
    from sovereign.starter import InitError, init

    directory = Path(args.dir)
    try:
        written = init(directory)
    except InitError as exc:
        raise CliError(str(exc)) from None
    for path in written:
        print(f"wrote {path}{'/' if path.is_dir() else ''}")
    print(f"next: cd {directory} && sovereign rules lint rules/ && sovereign run")
    return EXIT_OK


# -- models ------------------------------------------------------------------------------------

def cmd_models_check(args: argparse.Namespace) -> int:
    from sovereign.app import models_for
    from sovereign.route.serve import check

    registry = models_for(_config(args))
    if not registry.models:
        print("sovereign: models.yaml lists no local model", file=sys.stderr)
        return EXIT_FAIL
    rows = [check(m) for m in registry.models]
    print(f"{'model':<28} {'base_url':<36} {'/health':<18} {'serves it':<9}")
    for row in rows:
        print(f"{row.name:<28} {row.base_url:<36} {row.health:<18} {row.serves:<9}")
    bad = sum(not r.ok for r in rows)
    print(f"{len(rows) - bad} of {len(rows)} local endpoints ready")
    return EXIT_FAIL if bad else EXIT_OK


def cmd_models_serve(args: argparse.Namespace) -> int:
    import os
    import shutil

    from sovereign.app import models_for
    from sovereign.route.serve import ServeError, vllm_argv

    registry = models_for(_config(args))
    model = next((m for m in registry.models if m.name == args.name), None)
    if model is None:
        names = ", ".join(m.name for m in registry.models) or "none"
        print(f"sovereign: no model '{args.name}' in models.yaml (there are: {names})",
              file=sys.stderr)
        return EXIT_USAGE
    try:
        argv = vllm_argv(model, args.host)
    except ServeError as exc:
        print(f"sovereign: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print("sovereign: " + " ".join(argv), flush=True)
    if args.dry_run:
        return EXIT_OK
    if shutil.which("vllm") is None:
        print("sovereign: vLLM is not installed here; on the GPU host run: "
              "pip install 'sovereign[serve]'", file=sys.stderr)
        return EXIT_USAGE
    env = dict(os.environ)
    if (key := model.api_key()) is not None:
        env["VLLM_API_KEY"] = key
    os.execvpe("vllm", argv, env)


# -- audit / keys ------------------------------------------------------------------------------

def cmd_audit_verify(args: argparse.Namespace) -> int:
    from sovereign.audit.verify import verify

    if args.more or len(args.keys) > 1:
        return _audit_logs(args)
    args.keys = args.keys[0]
    _existing_dir(args.dir, audit=True)
    _existing_file(args.keys, "keys file")
    if args.since:
        _existing_file(args.since, "checkpoint file")
    report = verify(Path(args.dir), Path(args.keys), Path(args.since) if args.since else None)
    if args.json:
        print(report.as_json())
    else:
        for _, message in report.problems:
            print(message)
        print(report.summary())
    return report.exit_code


def cmd_audit_checkpoint(args: argparse.Namespace) -> int:
    from sovereign.audit.writer import LATEST

    _existing_dir(args.dir, audit=True)
    path = Path(args.dir) / LATEST
    if not path.exists():
        print(f"sovereign: {args.dir} has no signed checkpoint yet", file=sys.stderr)
        return EXIT_FAIL
    sys.stdout.write(path.read_text(encoding="utf-8"))
    return EXIT_OK


def cmd_audit_prove(args: argparse.Namespace) -> int:
    from sovereign.audit.merkle import ProofError
    from sovereign.audit.proofs import make_bundle

    _existing_dir(args.dir, audit=True)
    try:
        bundle = make_bundle(Path(args.dir), args.index)
    except ProofError as exc:
        print(f"sovereign: {exc}", file=sys.stderr)
        return EXIT_FAIL
    text = json.dumps(bundle, indent=2) + "\n"
    if args.out:
        Path(args.out).write_text(text)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def cmd_audit_check_proof(args: argparse.Namespace) -> int:
    from sovereign.audit.keys import load_pinned_keys
    from sovereign.audit.merkle import ProofError
    from sovereign.audit.note import NoteError
    from sovereign.audit.proofs import check_bundle

    try:
        bundle = json.loads(Path(args.bundle).read_text())
        checkpoint = check_bundle(bundle, load_pinned_keys(Path(args.keys)))
    except (ProofError, NoteError, json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        print(f"INVALID: {exc}")
        return EXIT_FAIL
    print(f"valid: record {bundle['index']} is in '{checkpoint.origin}' at tree size "
          f"{checkpoint.size}, signed by a pinned key")
    return EXIT_OK


def cmd_audit_lookup(args: argparse.Namespace) -> int:
    import datetime as dt

    from sovereign.audit.lookup import lookup
    from sovereign.audit.segments import read_records
    from sovereign.audit.tags import load_tag_keys

    if args.more or len(args.tag_key) > 1:
        return _audit_logs(args)
    _existing_dir(args.dir, audit=True)
    keys = load_tag_keys(Path(args.tag_key[0]))
    sightings, unsearchable = lookup(read_records(Path(args.dir)), args.type, args.value, keys)
    if args.json:
        print(json.dumps({"sightings": [s.__dict__ | {"rules": list(s.rules)} for s in sightings],
                          "unsearchable_epochs": sorted(unsearchable)}, indent=2))
    else:
        for s in sightings:
            when = dt.datetime.fromtimestamp(s.ts, dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
            rules = ",".join(s.rules) or "-"
            maybe = "" if s.certain else "  (maybe: in the record's tag filter)"
            print(f"index {s.index}  {when}  {s.provider:<9} {s.action:<11} → "
                  f"{s.destination}  rules={rules}  status={s.status}  decision={s.decision}"
                  f"{maybe}")
        if unsearchable:
            print(f"note: epochs {sorted(unsearchable)} have no key here (shredded or not "
                  "given); their records cannot be searched")
        print(f"{len(sightings)} record(s) with this {args.type}")
    return EXIT_OK if sightings else EXIT_FAIL


def cmd_audit_report(args: argparse.Namespace) -> int:
    from sovereign.audit import report
    from sovereign.audit.segments import read_records

    if args.more or len(args.keys or ()) > 1:
        return _audit_logs(args)
    args.keys = args.keys[0] if args.keys else None
    _existing_dir(args.dir, audit=True)
    directory = Path(args.dir)
    verification = None
    origin = None
    if args.keys:
        from sovereign.audit.verify import verify

        result = verify(directory, Path(args.keys))
        verification = (["valid", "tampered", "truncated", "unverifiable"][result.exit_code],
                        [m for _, m in result.problems])
        origin = result.origin
    from sovereign.audit.report_costs import section as costs_section

    records = read_records(directory)
    config = _config(args)  # the price table and the readiness threshold
    extra = [costs_section(records, config.costs.table(), config.shadow.agree_at)]
    Path(args.html).write_text(report.render(records, origin, verification, extra=extra),
                               encoding="utf-8")
    print(f"report written to {args.html}")
    return EXIT_OK


def _audit_logs(args: argparse.Namespace) -> int:
    """verify / lookup / report over several replicas' logs (sovereign/audit/fleet.py)."""
    from sovereign.audit import fleet

    logs = [_existing_dir(d) for d in [args.dir, *args.more]]
    try:
        if args.audit_command == "verify":
            if args.since:
                raise CliError("--since takes one log at a time", EXIT_USAGE)
            out, code = fleet.verify_text(logs, [_existing_file(k, "keys file")
                                                 for k in args.keys], args.json)
        elif args.audit_command == "lookup":
            out, code = fleet.lookup_text(logs, [Path(k) for k in args.tag_key], args.type,
                                          args.value, args.json)
        else:
            from sovereign.audit.report_costs import section as costs_section

            config = _config(args)
            html = fleet.render_logs(logs, [_existing_file(k, "keys file")
                                            for k in args.keys or ()], lambda records: [
                costs_section(records, config.costs.table(), config.shadow.agree_at)])
            Path(args.html).write_text(html, encoding="utf-8")
            out, code = f"report of {len(logs)} logs written to {args.html}", EXIT_OK
    except fleet.PairingError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    print(out)
    return code


def cmd_audit_rotate_key(args: argparse.Namespace) -> int:
    import socket

    from sovereign.audit.keys import generate, load_signer
    from sovereign.audit.writer import FileAuditLog

    config = _config(args)
    key = config.audit.signing_key
    old = load_signer(key)
    staged = key.with_name(key.name + ".next")
    new = generate(staged, args.name or old.name)
    log = FileAuditLog(config.audit.dir, old,
                       config.audit.origin or f"sovereign/{socket.gethostname()}")
    try:
        checkpoint = log.rotate_key(new)
    finally:
        log.close()
    retired = key.with_name(f"{key.name}.retired-{checkpoint.size}")
    key.rename(retired)
    key.with_name(key.name + ".pub").rename(retired.with_name(retired.name + ".pub"))
    staged.rename(key)
    staged.with_name(staged.name + ".pub").rename(key.with_name(key.name + ".pub"))
    print(f"rotated at tree size {checkpoint.size}; the checkpoint there is signed by both keys")
    print("auditors pin (keys file):")
    print(f"{old.vkey()} until={checkpoint.size}")
    print(f"{new.vkey()} from={checkpoint.size}")
    return EXIT_OK


def cmd_keys_generate(args: argparse.Namespace) -> int:
    from sovereign.audit.keys import generate

    path = Path(args.dir) / "audit.key"
    signer = generate(path, args.name)
    print(f"private key: {path} (mode 0600; keep it on the proxy host only)")
    print(f"public key:  {path}.pub (give it to auditors: sovereign audit verify DIR --keys "
          f"{path}.pub)")
    print(f"key id: {signer.name}+{signer.key_id:08x}")
    return EXIT_OK


# -- parser ------------------------------------------------------------------------------------

DESCRIPTION = """\
sovereign sits between your applications and the LLM APIs they call (OpenAI, Anthropic,
Gemini, Azure OpenAI, Mistral...). It reads every request, finds personal and regulated
data in it, and by your rule files sends it on unchanged, redacts it, answers it with a
model inside your perimeter, or refuses it. Every decision is written to a signed audit
log before anything leaves.

Start with: sovereign run  (then point apps at it: HTTPS_PROXY=http://127.0.0.1:8080 and
trust the CA that 'sovereign ca path' prints). 'sovereign <command> --help' says more."""

EPILOG = """\
exit codes: 0 ok; 1 the check failed (lint or test findings, an invalid proof, a lookup
with no sighting); 2 usage or configuration error; 3 'audit verify': the log cannot be
verified (2 there: truncated or rolled back, 1: tampered); 4 a file or directory named
on the command line is missing or cannot be read as what the command expects."""

CONFIG_HELP = "the configuration file (default: ./sovereign.yaml if it exists, else built-in defaults)"


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    from sovereign import __version__

    try:
        return version("sovereign")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sovereign", description=DESCRIPTION, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"sovereign {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def with_config(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--config", metavar="FILE", help=CONFIG_HELP)
        return p

    with_config(sub.add_parser(
        "run", help="start the proxy",
        description="Start the proxy: it prints where it listens, the CA certificate apps "
                    "must trust and where the audit log is.")).set_defaults(fn=cmd_run)
    ca = sub.add_parser("ca", help="the proxy's CA certificate").add_subparsers(
        dest="ca_command", required=True, metavar="COMMAND")
    with_config(ca.add_parser(
        "path", help="print the path of the CA certificate (PEM) apps must trust",
        description="Print the path of the CA certificate (PEM) that apps must trust; it is "
                    "created if there is none yet.")).set_defaults(fn=cmd_ca_path)
    from sovereign.clientenv import add_commands as add_client_setup  # env, ca bundle

    add_client_setup(sub, ca, with_config, _config)

    scan = with_config(sub.add_parser(
        "scan", help="find personal and regulated data in a text (detection only)",
        description="Run detection only and list what it finds (offsets, entity type, score). "
                    "The matched text is not shown unless --show-values is given."))
    scan.add_argument("--format", choices=["jsonl", "text"], default="text",
                      help="text (default): the whole input is one text, findings as a table; "
                           "jsonl: one {\"text\": ...} object per line, one line of findings "
                           "per input line")
    scan.add_argument("--show-values", action="store_true",
                      help="also print the text each finding matched (off by default: the "
                           "output then holds the sensitive values)")
    scan.add_argument("input", nargs="?", default="-", metavar="FILE",
                      help="the text to scan (default or '-': standard input)")
    scan.set_defaults(fn=cmd_scan)

    explain = with_config(sub.add_parser(
        "explain", help="what the proxy would do with a request body, and what it would send",
        description="Show what the proxy would decide for an API request body: the action, "
                    "the rules that matched, the findings, and the body it would send where "
                    "(or the refusal it would answer). Nothing is sent anywhere."))
    explain.add_argument("--provider", choices=list(SAMPLES), default=None,
                         help="the API the body is written for: openai (Chat Completions), "
                              "responses (OpenAI Responses), anthropic (Messages), gemini "
                              "(generateContent); default: told from the body's fields")
    explain.add_argument("--format", choices=["json", "table"], default="json",
                         help="json (default) or a table for reading")
    explain.add_argument("input", nargs="?", default="-", metavar="FILE",
                         help="the request body, JSON (default or '-': standard input)")
    explain.set_defaults(fn=cmd_explain)

    rules = sub.add_parser("rules", help="check, test and try out rule packs").add_subparsers(
        dest="rules_command", required=True, metavar="COMMAND")
    lint = rules.add_parser("lint", help="check rule packs (schema, references, overlaps)")
    lint.add_argument("paths", nargs="+", metavar="PATH",
                      help="rule pack files or folders of them")
    lint.set_defaults(fn=cmd_rules_lint)
    test = rules.add_parser("test", help="run the test cases written inside rule packs")
    test.add_argument("paths", nargs="+", metavar="PATH",
                      help="rule pack files or folders of them")
    test.set_defaults(fn=cmd_rules_test)
    rep = rules.add_parser("replay", help="re-decide recorded traffic with other rules")
    rep.add_argument("--audit", required=True, metavar="DIR", help="an audit log directory")
    rep.add_argument("--rules", nargs="+", required=True, metavar="PATH",
                     help="the candidate rule packs (files or folders)")
    rep.add_argument("--json", action="store_true", help="print the result as JSON")
    rep.set_defaults(fn=cmd_rules_replay)

    audit = sub.add_parser("audit", help="verify, search and report on the audit log"
                           ).add_subparsers(dest="audit_command", required=True,
                                            metavar="COMMAND")
    ver = audit.add_parser("verify", help="verify an audit log offline (signatures, hashes)")
    ver.add_argument("dir", metavar="DIR", help="the audit log directory")
    ver.add_argument("more", nargs="*", metavar="DIR", help=MORE_LOGS)
    ver.add_argument("--keys", required=True, metavar="FILE", action="append",
                     help="the pinned public key(s), e.g. audit.key.pub; " + PER_LOG)
    ver.add_argument("--since", metavar="FILE",
                     help="a checkpoint you held earlier: the log must extend it")
    ver.add_argument("--json", action="store_true", help="print the result as JSON")
    ver.set_defaults(fn=cmd_audit_verify)

    cp = audit.add_parser("checkpoint", help="print the latest signed checkpoint (to hold)")
    cp.add_argument("dir", metavar="DIR", help="the audit log directory")
    cp.set_defaults(fn=cmd_audit_checkpoint)
    prove = audit.add_parser("prove", help="an inclusion proof for one record")
    prove.add_argument("dir", metavar="DIR", help="the audit log directory")
    prove.add_argument("--index", type=int, required=True, metavar="N",
                       help="the record's index in the log")
    prove.add_argument("--out", metavar="FILE",
                       help="write the proof bundle here (default: standard output)")
    prove.set_defaults(fn=cmd_audit_prove)
    check = audit.add_parser("check-proof", help="check an inclusion proof bundle on its own")
    check.add_argument("bundle", metavar="FILE", help="a bundle written by 'audit prove'")
    check.add_argument("--keys", required=True, metavar="FILE",
                       help="the pinned public key(s), e.g. audit.key.pub")
    check.set_defaults(fn=cmd_audit_check_proof)
    look = audit.add_parser("lookup", help="did a value appear, when, and where did it go")
    look.add_argument("dir", metavar="DIR", help="the audit log directory")
    look.add_argument("more", nargs="*", metavar="DIR", help=MORE_LOGS)
    look.add_argument("--value", required=True, help="the value to look for, as written")
    look.add_argument("--type", required=True, help="its entity type, e.g. EMAIL_ADDRESS")
    look.add_argument("--tag-key", required=True, metavar="PATH", action="append",
                      help="an epoch-<n>.key file or the directory of them; " + PER_LOG)
    look.add_argument("--json", action="store_true", help="print the result as JSON")
    look.set_defaults(fn=cmd_audit_lookup)
    rep = audit.add_parser("report", help="write a self-contained HTML report for auditors")
    rep.add_argument("dir", metavar="DIR", help="the audit log directory")
    rep.add_argument("more", nargs="*", metavar="DIR", help=MORE_LOGS)
    rep.add_argument("--html", required=True, metavar="FILE", help="the report file to write")
    rep.add_argument("--keys", metavar="FILE", action="append",
                     help="verify the log with these pinned public key(s) first and show "
                          "the result in the report")
    with_config(rep).set_defaults(fn=cmd_audit_report)
    rot = with_config(audit.add_parser(
        "rotate-key", help="rotate the signing key (proxy stopped): recorded, co-signed"))
    rot.add_argument("--name", help="key name for the new key (default: the old one's)")
    rot.set_defaults(fn=cmd_audit_rotate_key)

    sub.add_parser("demo", help="the whole product in a minute, with stand-in APIs"
                   ).set_defaults(fn=cmd_demo)
    init = sub.add_parser(
        "init", help="write a starter directory: sovereign.yaml and the shipped rules",
        description="Write sovereign.yaml and copies of the shipped rules/, packs/, models/ "
                    "and schema/ into DIR, to review, edit and run sovereign in. Nothing "
                    "that exists there is overwritten.")
    init.add_argument("dir", metavar="DIR", help="the directory to write (created if missing)")
    init.set_defaults(fn=cmd_init)

    models = sub.add_parser("models", help="local models (models.yaml)").add_subparsers(
        dest="models_command", required=True, metavar="COMMAND")
    with_config(models.add_parser("check", help="which local endpoints answer")).set_defaults(
        fn=cmd_models_check)
    serve = with_config(models.add_parser("serve", help="start vLLM for a models.yaml entry"))
    serve.add_argument("name", metavar="NAME", help="the model's name in models.yaml")
    serve.add_argument("--host", default="0.0.0.0", help="listen address of vLLM")
    serve.add_argument("--dry-run", action="store_true", help="print the command only")
    serve.set_defaults(fn=cmd_models_serve)

    keys = sub.add_parser("keys", help="audit signing keys").add_subparsers(
        dest="keys_command", required=True, metavar="COMMAND")
    gen = keys.add_parser("generate", help="create a new Ed25519 audit signing key")
    gen.add_argument("dir", metavar="DIR",
                     help="where to write audit.key (private) and audit.key.pub (public)")
    gen.add_argument("--name", default="sovereign-audit",
                     help="the key's name in signatures (default: sovereign-audit)")
    gen.set_defaults(fn=cmd_keys_generate)

    from sovereign.reports import add_parsers as add_report_parsers

    add_report_parsers(sub, with_config, _config)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from sovereign import logs
    from sovereign.app import ConfigError
    from sovereign.audit.keys import KeyFileError
    from sovereign.audit.records import RecordError
    from sovereign.audit.writer import AuditError
    from sovereign.perms import PermissionProblem

    # Operational logs go to stderr (run reconfigures from its config); stdout is the result.
    logs.configure("auto", "warning")
    try:
        return int(args.fn(args))
    except CliError as exc:
        print(f"sovereign: {exc}", file=sys.stderr)
        return exc.code
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError) as exc:
        why = {FileNotFoundError: "no such file or directory", IsADirectoryError: "is a directory",
               NotADirectoryError: "not a directory", PermissionError: "permission denied"}
        print(f"sovereign: {exc.filename}: {why[type(exc)]}", file=sys.stderr)
        return EXIT_INPUT
    except yamlsrc.SourceErrors as exc:
        for err in exc.errors:
            print(err, file=sys.stderr)
        return EXIT_USAGE
    except (ConfigError, KeyFileError, AuditError, RecordError, PermissionProblem) as exc:
        print(f"sovereign: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_FAIL


if __name__ == "__main__":
    sys.exit(main())
