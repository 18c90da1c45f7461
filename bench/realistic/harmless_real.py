"""Harmless prompts built from REAL open-source text on this machine: Python source from the
installed packages, package READMEs (``*.dist-info/METADATA``), man pages, /usr/share/doc
READMEs, and real tracebacks / compiler / pip output made by running programs here. Lines
naming authors, copyright holders, maintainers, e-mail addresses or URLs are dropped, and a
snippet that still looks like it holds personal data or a secret is skipped.

What is harvested depends on what is installed here; the generated files are checked in."""

from __future__ import annotations

import ast
import gzip
import os
import random
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from bench.realistic import ids

SITE = Path(sys.prefix) / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / \
    "site-packages"
DROP_LINE = re.compile(
    r"author|copyright|maintainer|\(c\)|©|@|https?://|www\.|contributed by|written by|"
    r"thanks to|credits|signed-off|reviewed-by|co-authored|home-?page|mailto", re.I)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
IPV4 = re.compile(r"\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b")
SECRETS = re.compile(r"AKIA[0-9A-Z]{12}|PRIVATE KEY|gh[pousr]_[A-Za-z0-9]{20}|sk_live_|"
                     r"sk-[A-Za-z0-9]{20}|xox[bap]-|://[^/\s:@]+:[^/\s@]+@|password\s*[=:]\s*['\"]?\w")
DIGIT_RUN = re.compile(r"\d[\d -]{11,22}\d")


def looks_personal(text: str) -> bool:
    """A conservative screen: anything like an e-mail, a non-loopback IP, a secret, or a
    Luhn-valid card number makes the snippet unusable."""
    if EMAIL.search(text) or SECRETS.search(text):
        return True
    for m in IPV4.finditer(text):
        if m.group(0) not in ("127.0.0.1", "0.0.0.0") and all(int(g) < 256 for g in m.groups()):
            return True
    for m in DIGIT_RUN.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if 13 <= len(digits) <= 19 and ids.luhn_ok(digits):
            return True
    return False


def clean(text: str) -> str:
    lines = [ln.rstrip() for ln in text.splitlines() if not DROP_LINE.search(ln)]
    out = "\n".join(lines).strip("\n")
    return re.sub(r"\n{3,}", "\n\n", out)


def _packages(first: str, last: str) -> list[Path]:
    return sorted(p for p in SITE.iterdir() if p.is_dir() and not p.name.endswith(
        (".dist-info", "__pycache__")) and not p.name.startswith("_")
        and first <= p.name[0].lower() <= last)


def python_functions(first: str, last: str, rng: random.Random, n: int) -> list[str]:
    files: list[Path] = []
    for pkg in _packages(first, last):
        files += sorted(pkg.rglob("*.py"))[:60]
    rng.shuffle(files)
    out: list[str] = []
    for f in files:
        if len(out) >= n:
            break
        try:
            src = f.read_text(encoding="utf-8")
            tree = ast.parse(src)
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue
        funcs = [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
                 and node.end_lineno is not None and 8 <= node.end_lineno - node.lineno <= 60]
        if not funcs:
            continue
        node = rng.choice(funcs)
        seg = ast.get_source_segment(src, node, padded=True) or ""
        seg = clean(seg)
        if 200 <= len(seg) <= 3500 and not looks_personal(seg):
            out.append(seg)
    return out


def readmes(first: str, last: str, rng: random.Random, n: int) -> list[str]:
    metas = sorted(p for p in SITE.glob("*.dist-info/METADATA")
                   if first <= p.parent.name[0].lower() <= last)
    rng.shuffle(metas)
    out: list[str] = []
    for meta in metas:
        if len(out) >= n:
            break
        text = meta.read_text(encoding="utf-8", errors="replace")
        body = text.partition("\n\n")[2]
        body = clean(body)
        if len(body) < 400:
            continue
        start = rng.randint(0, max(0, len(body) - 2500))
        start = body.rfind("\n\n", 0, start) + 2 if start else 0
        chunk = body[start : start + rng.randint(800, 2500)]
        chunk = chunk[: chunk.rfind("\n") if "\n" in chunk[400:] else len(chunk)]
        if not looks_personal(chunk):
            out.append(chunk.strip())
    return out


MAN_SKIP = re.compile(r"^(AUTHORS?|REPORTING BUGS|COPYRIGHT|SEE ALSO|HISTORY|BUGS|COLOPHON)\b")


def man_pages(first: str, last: str, rng: random.Random, n: int) -> list[str]:
    pages = sorted(p for p in Path("/usr/share/man/man1").glob("*.gz")
                   if first <= p.name[0].lower() <= last and not p.name.startswith("gcloud"))
    rng.shuffle(pages)
    out: list[str] = []
    env = {**os.environ, "MANWIDTH": "80", "LC_ALL": "C.UTF-8"}
    for page in pages[: n * 3]:
        if len(out) >= n:
            break
        try:
            raw = subprocess.run(["man", "-l", str(page)], capture_output=True, env=env,
                                 timeout=20, text=True).stdout
        except (subprocess.TimeoutExpired, OSError):
            continue
        raw = re.sub(r".\x08", "", raw)
        kept, skipping = [], False
        for line in raw.splitlines():
            if line and not line.startswith(" "):
                skipping = bool(MAN_SKIP.match(line))
            if not skipping:
                kept.append(line)
        text = clean("\n".join(kept))
        lines = text.splitlines()
        if len(lines) < 15:
            continue
        start = rng.randint(0, max(0, len(lines) - 60))
        chunk = "\n".join(lines[start : start + rng.randint(25, 70)]).strip()
        if 300 <= len(chunk) <= 4500 and not looks_personal(chunk):
            out.append(chunk)
    return out


def doc_readmes(rng: random.Random, n: int) -> list[str]:
    files = sorted(p for p in Path("/usr/share/doc").glob("*/README*") if p.is_file())
    rng.shuffle(files)
    out: list[str] = []
    for f in files:
        if len(out) >= n:
            break
        try:
            data = gzip.decompress(f.read_bytes()) if f.suffix == ".gz" else f.read_bytes()
            text = clean(data.decode("utf-8"))
        except (OSError, UnicodeDecodeError, EOFError, gzip.BadGzipFile):
            continue
        if len(text) < 300:
            continue
        chunk = text[:rng.randint(900, 3000)]
        chunk = chunk[: chunk.rfind("\n")] if "\n" in chunk[300:] else chunk
        if not looks_personal(chunk):
            out.append(chunk.strip())
    return out


# ---- real program output: tracebacks, compiler errors, pip -------------------------------

PY_BUGS_TUNE = [
    "import json\njson.loads('{\"a\": 1,}')",
    "d = {'x': 1}\nprint(d['y'])",
    "int('12a')",
    "import collections\ncollections.OrderedDict(1, 2, 3)",
    "def f(n):\n    return f(n + 1)\nf(0)",
    "from pathlib import Path\nPath('/nonexistent/dir/file.txt').read_text()",
    "import datetime\ndatetime.datetime.strptime('2025-13-01', '%Y-%m-%d')",
    "[1, 2, 3].index(7)",
    "import decimal\ndecimal.Decimal('1.5') + 1.5",
    "class A:\n    __slots__ = ('x',)\nA().y = 1",
]
PY_BUGS_HELDOUT = [
    "import math\nmath.sqrt(-1)",
    "'abc'.encode('ascii').decode('utf-16')",
    "import re\nre.compile('(?P<x>a)(?P<x>b)')",
    "import itertools\nnext(itertools.islice([], 1))",
    "tuple()[0]",
    "import struct\nstruct.unpack('>I', b'ab')",
    "import fractions\nfractions.Fraction(1, 0)",
    "None.upper()",
    "import csv, io\nlist(csv.reader(io.StringIO('a,\"b\\nc')))\nraise SystemExit(csv.field_size_limit(-1))",
    "import asyncio\nasync def main():\n    await asyncio.wait_for(asyncio.sleep(1), 0.01)\n"
    "asyncio.run(main())",
]
C_BUGS = [
    "#include <stdio.h>\nint main(void) {\n    int x = 5\n    printf(\"%d\\n\", x);\n    return 0;\n}\n",
    "#include <stdlib.h>\nstruct point { int x; int y; };\nint main(void) {\n    struct point p;\n"
    "    p.z = 3;\n    return undefined_fn(p.x);\n}\n",
    "#include <string.h>\nint main(void) {\n    char buf[8];\n    strcpy(buf, 42);\n"
    "    return strlen(buf) > 3 ? 0 : 1;\n}\n",
    "int add(int a, int b);\nint main(void) { return add(1, 2); }\n",
]


def _run(cmd: list[str], cwd: str, stdin: str | None = None) -> str:
    try:
        proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=60,
                              input=stdin, env={**os.environ, "LC_ALL": "C.UTF-8",
                                                "PIP_NO_INDEX": "1", "PYTHONDONTWRITEBYTECODE": "1"})
    except (subprocess.TimeoutExpired, OSError):
        return ""
    return (proc.stdout + proc.stderr).strip()


def program_outputs(heldout: bool) -> Iterator[tuple[str, str, str]]:
    """(genre, source, output) from programs run here now; the working folder has a fixed
    name so paths in the output are the same on every run."""
    base = Path(tempfile.gettempdir()) / "sovereign-realistic-build"
    base.mkdir(exist_ok=True)
    cwd = str(base)
    for i, bug in enumerate(PY_BUGS_HELDOUT if heldout else PY_BUGS_TUNE):
        script = base / f"job_{i}.py"
        script.write_text(bug + "\n")
        out = _run([sys.executable, script.name], cwd)
        if out and len(out) < 5000:
            yield "traceback", bug, out[-2500:]
    if heldout:
        for args in (["-m", "pip", "install", "--no-index", "requestz==9.9"],
                     ["-m", "pip", "download", "--no-index", "numpy<1"],
                     ["-m", "json.tool"], ["-m", "py_compile", "missing_file.py"]):
            out = _run([sys.executable, *args], cwd, stdin="{'single': quotes}")
            if out:
                yield "build_log", "python " + " ".join(args), out[-2500:]
    else:
        for i, src in enumerate(C_BUGS):
            (base / f"unit_{i}.c").write_text(src)
            out = _run(["gcc", "-Wall", "-Wextra", "-c", f"unit_{i}.c"], cwd)
            if not out:  # compiles: link it (an object file of a fixed name, not a temp one)
                out = _run(["gcc", "-o", f"unit_{i}", f"unit_{i}.o"], cwd)
            if out:
                yield "build_log", src, out[-2500:]
