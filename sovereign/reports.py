"""``sovereign report costs|readiness`` and ``sovereign shadow stop|start|status``: argument
parsing and printing only; the figures come from audit/costs.py and audit/readiness.py."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from sovereign.config import Config

ConfigLoader = Callable[[argparse.Namespace], Config]


def _records(args: argparse.Namespace, config: Config) -> list[dict[str, object]]:
    from sovereign.audit.segments import read_records

    directory = Path(args.dir) if args.dir else config.audit.dir
    if not directory.is_dir():
        raise FileNotFoundError(f"{directory} is not an audit log directory")
    return list(read_records(directory))


def _period(args: argparse.Namespace) -> tuple[float | None, float | None]:
    from sovereign.audit.costs import parse_when

    return (parse_when(args.since) if args.since else None,
            parse_when(args.until) if args.until else None)


def cmd_report_costs(args: argparse.Namespace, load: ConfigLoader) -> int:
    from sovereign.audit.costs import costs, render_text

    config = load(args)
    since, until = _period(args)
    report = costs(_records(args, config), config.costs.table(), since, until)
    if args.json:
        print(json.dumps(report.to_json(), indent=2))
    else:
        for line in render_text(report):
            print(line)
    return 0


def cmd_report_readiness(args: argparse.Namespace, load: ConfigLoader) -> int:
    from sovereign.audit.readiness import readiness, render_text

    config = load(args)
    since, until = _period(args)
    table = config.costs.table()
    rows = readiness(_records(args, config), table, config.shadow.agree_at, since, until)
    if args.json:
        print(json.dumps([r.to_json() for r in rows], indent=2))
    else:
        for line in render_text(rows, config.shadow.agree_at, table.examples):
            print(line)
    return 0


def cmd_shadow(args: argparse.Namespace, load: ConfigLoader) -> int:
    from sovereign.shadow.sampling import Switch

    config = load(args)
    switch = Switch(config.shadow.stop_file)
    if args.shadow_command == "stop":
        switch.stop()
        print(f"shadow evaluation stopped ({switch.stop_file} exists): no shadow call starts "
              "and running ones stop")
    elif args.shadow_command == "start":
        switch.start()
        print(f"shadow evaluation on for: {', '.join(sorted(config.shadow.apps)) or 'no app'}")
    else:
        state = "stopped" if switch.stopped else "on"
        apps = ", ".join(f"{a} ({r:g})" for a, r in sorted(config.shadow.apps.items()))
        print(f"shadow evaluation: {state}; apps: {apps or 'none configured'}; stop file: "
              f"{switch.stop_file}")
    return 0


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                with_config: Callable[[argparse.ArgumentParser], argparse.ArgumentParser],
                load: ConfigLoader) -> None:
    """Register ``report`` and ``shadow`` on the ``sovereign`` parser."""
    report = sub.add_parser("report", help="what the traffic cost, and local readiness"
                            ).add_subparsers(dest="report_command", required=True,
                                             metavar="COMMAND")
    for name, fn, text in [
            ("costs", cmd_report_costs, "spend per app, provider and model; tokens kept "
             "inside and what they would have cost; the rules that moved them"),
            ("readiness", cmd_report_readiness, "per app and model: how often the local "
             "model agreed in shadow evaluation, its latency, the cost of moving inside")]:
        p = with_config(report.add_parser(name, help=text))
        p.add_argument("dir", nargs="?", metavar="DIR",
                       help="the audit log directory (default: audit.dir of the config)")
        p.add_argument("--since", help="from this time (ISO date or date-time, UTC unless "
                       "it says; or a Unix time)")
        p.add_argument("--until", help="up to this time (excluded)")
        p.add_argument("--json", action="store_true", help="print the figures as JSON")
        p.set_defaults(fn=lambda args, fn=fn: fn(args, load))
    shadow = sub.add_parser("shadow", help="the shadow evaluation switch").add_subparsers(
        dest="shadow_command", required=True, metavar="COMMAND")
    for name, text in [("stop", "stop shadow evaluation at once (new and running calls)"),
                       ("start", "let shadow evaluation run again"),
                       ("status", "whether it runs, and for which apps")]:
        with_config(shadow.add_parser(name, help=text)).set_defaults(
            fn=lambda args: cmd_shadow(args, load))
