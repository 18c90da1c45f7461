"""Client set-up per runtime: ``sovereign env`` prints the shell lines that put an app's LLM
traffic through the proxy, and ``sovereign ca bundle`` writes the trust bundle they point at.

Trust is added, never replaced: the bundle is the system's CA bundle (or certifi's where the
system has none) followed by the proxy CA, so the app still verifies every other HTTPS host it
talks to (a variable such as ``SSL_CERT_FILE`` replaces the whole store it names).

How each runtime is put on the path (what each honours, looked up, not guessed):

- Python (httpx: openai, anthropic, google-genai; requests; urllib): ``HTTPS_PROXY``;
  ``SSL_CERT_FILE`` (httpx, OpenSSL) and ``REQUESTS_CA_BUNDLE`` (requests).
- Node: the built-in ``fetch`` (undici, used by the npm SDKs) reads the proxy variables only
  with ``NODE_USE_ENV_PROXY=1``, from Node 24.0 and 22.21; before that a preload
  (``preload.mjs`` beside this file) sets undici's ``EnvHttpProxyAgent`` as the global
  dispatcher. ``NODE_EXTRA_CA_CERTS`` adds certificates to Node's own roots.
- curl: ``https_proxy``/``HTTPS_PROXY`` and ``CURL_CA_BUNDLE``.
- Go (net/http's default transport): ``HTTPS_PROXY``; ``SSL_CERT_FILE`` on Linux.
- Java: the ``https.proxyHost``/``https.proxyPort`` system properties (through
  ``JAVA_TOOL_OPTIONS``) and a trust store holding the JDK's CAs plus the proxy CA.
- .NET (HttpClient): ``HTTPS_PROXY``; the CA must be in the system store.

A runtime or client that honours none of these is put on the path by transparent mode.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import ssl
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sovereign.config import Config

RUNTIMES = ("python", "node", "curl", "java", "go", "dotnet")
BUNDLE_NAME = "ca-bundle.pem"  # written beside the proxy CA unless -o says otherwise
PRELOAD = Path(__file__).resolve().parent / "preload.mjs"
JAVA_STORE_PASSWORD = "changeit"  # the JDK's own cacerts password; the store holds no secret

PEM_CERT = re.compile(rb"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", re.S)


class SetupError(Exception):
    """The set-up cannot be printed; the message says what to give instead."""


# -- the trust bundle ----------------------------------------------------------------------

# where distributions keep the system's bundle (Debian/Ubuntu, Fedora/RHEL, Alpine/macOS)
DISTRIBUTION_BUNDLES = ("/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt",
                        "/etc/ssl/cert.pem")


def system_bundle() -> tuple[Path, str]:
    """The CA bundle to build on: the system's (what OpenSSL reads by default), else
    certifi's, with where it came from."""
    paths = ssl.get_default_verify_paths()
    # what the environment names (SSL_CERT_FILE) is left out: in a shell set up by the old
    # advice, or by an earlier `sovereign env`, it is the proxy CA or an earlier bundle
    named = os.environ.get(paths.openssl_cafile_env)
    candidates = (paths.openssl_cafile, *DISTRIBUTION_BUNDLES,
                  *((paths.cafile,) if paths.cafile != named else ()))
    for name in candidates:
        if name and Path(name).is_file() and PEM_CERT.search(Path(name).read_bytes()):
            return Path(name), "system"
    try:
        import certifi
    except ImportError as exc:
        raise SetupError("no system CA bundle and no certifi: give one with --base FILE") \
            from exc
    return Path(certifi.where()), "certifi"


@dataclass(frozen=True)
class Bundle:
    path: Path
    base: Path
    origin: str  # system, certifi or file
    certificates: int  # in the base


def write_bundle(ca: Path, out: Path, base: Path | None = None) -> Bundle:
    """Write *base* (default: the system's or certifi's bundle) followed by the proxy CA *ca*
    into *out*, atomically, readable by all (certificates are public)."""
    origin = "file"
    if base is None:
        base, origin = system_bundle()
    roots = base.read_bytes()
    count = len(PEM_CERT.findall(roots))
    if not count:
        raise SetupError(f"{base} holds no PEM certificate")
    proxy_ca = PEM_CERT.findall(ca.read_bytes())
    if not proxy_ca:
        raise SetupError(f"{ca} holds no PEM certificate")
    text = roots.rstrip(b"\n") + b"\n\n# sovereign proxy CA (" + str(ca).encode() + b")\n" + \
        b"\n".join(proxy_ca) + b"\n"
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_bytes(text)
    tmp.chmod(0o644)
    tmp.replace(out)
    return Bundle(out.resolve(), base, origin, count)


# -- where the proxy is ----------------------------------------------------------------------

def proxy_url(config: Config) -> str:
    """http://HOST:PORT of the config's explicit-proxy (regular) mode, as a client on this
    host reaches it (a wildcard listen address is reached at loopback)."""
    from mitmproxy.proxy.mode_specs import ProxyMode

    for spec in config.modes:
        mode = ProxyMode.parse(spec)
        if mode.type_name != "regular":
            continue
        host = mode.listen_host(config.listen_host) or "127.0.0.1"
        port = mode.listen_port(config.listen_port)
        host = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(host, host)
        return f"http://{f'[{host}]' if ':' in host else host}:{port}"
    raise SetupError("the config has no 'regular' mode (explicit proxy): add it to modes, give "
                     "the proxy's address with --proxy, or use transparent mode")


def given_proxy(url: str) -> str:
    """--proxy, checked: http://HOST:PORT (the proxy speaks plain HTTP to its clients)."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    if parts.scheme != "http" or not parts.hostname or port is None or \
            parts.path not in ("", "/") or parts.query or parts.username:
        raise SetupError(f"--proxy must be http://HOST:PORT, not {url!r}")
    return f"http://{parts.netloc}"


# -- Node --------------------------------------------------------------------------------------

def parse_node_version(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*v?(\d+)(?:\.(\d+))?(?:\.\d+)?\s*", text)
    if not match:
        raise SetupError(f"not a Node version: {text.strip()!r} (expected e.g. 20 or v22.21.0)")
    return int(match.group(1)), int(match.group(2) or 0)


def detect_node_version() -> tuple[int, int] | None:
    node = shutil.which("node")
    if node is None:
        return None
    try:
        out = subprocess.run([node, "--version"], capture_output=True, text=True, timeout=30,
                             check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    return parse_node_version(out)


def node_reads_proxy_env(version: tuple[int, int]) -> bool:
    """Whether this Node's fetch honours HTTPS_PROXY under NODE_USE_ENV_PROXY=1."""
    major, minor = version  # added in 24.0.0, back-ported to 22.21.0 (not to 23)
    return major >= 24 or (major == 22 and minor >= 21)


# -- the lines ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Setup:
    proxy: str
    ca: Path  # the proxy CA alone
    bundle: Bundle
    node: tuple[int, int] | None  # None: not known (not installed here, not given)


def _export(name: str, value: str) -> str:
    return f"export {name}={shlex.quote(value)}"


def _proxy_lines(s: Setup) -> list[str]:
    return [_export("HTTPS_PROXY", s.proxy), _export("https_proxy", s.proxy)]


def python_lines(s: Setup) -> list[str]:
    b = str(s.bundle.path)
    return ["# Python: openai, anthropic, google-genai (httpx), requests, urllib",
            _export("SSL_CERT_FILE", b), _export("REQUESTS_CA_BUNDLE", b),
            "# each SDK still needs its own key, set as usual (OPENAI_API_KEY, "
            "ANTHROPIC_API_KEY, GEMINI_API_KEY): the proxy does not supply one"]


def node_lines(s: Setup) -> list[str]:
    ca = _export("NODE_EXTRA_CA_CERTS", str(s.bundle.path))
    if s.node is None:
        raise SetupError("node is not on PATH here: give the app's Node version with "
                         "--node-version (e.g. 20 or 22.21)")
    shown = f"{s.node[0]}.{s.node[1]}"
    if s.node[0] < 18:
        return [f"# Node {shown} has no built-in fetch the SDKs use and no proxy support: "
                "use transparent mode (README: Transparent mode)"]
    if node_reads_proxy_env(s.node):
        return [f"# Node {shown}: fetch (openai, @anthropic-ai/sdk, @google/genai) reads "
                "HTTPS_PROXY when told to", _export("NODE_USE_ENV_PROXY", "1"), ca]
    preload = PRELOAD.as_uri()
    return [f"# Node {shown}: fetch (openai, @anthropic-ai/sdk, @google/genai) ignores "
            "HTTPS_PROXY; a preload sets undici's EnvHttpProxyAgent for it",
            "# (the app needs the npm package undici 6: npm install undici@6; without it "
            "the preload stops the app rather than let it bypass the proxy)",
            'export NODE_OPTIONS="${NODE_OPTIONS:+$NODE_OPTIONS }'
            f'--import={preload}"', ca]


def curl_lines(s: Setup) -> list[str]:
    return ["# curl (and libcurl programs)", _export("CURL_CA_BUNDLE", str(s.bundle.path))]


def jdk_cacerts() -> str:
    """The JDK's own trust store, for the keytool line: under $JAVA_HOME, else beside the
    `java` on PATH, else written as $JAVA_HOME/... for the shell to expand."""
    import os

    homes = [Path(os.environ["JAVA_HOME"])] if os.environ.get("JAVA_HOME") else []
    if (java := shutil.which("java")) is not None:
        homes.append(Path(java).resolve().parent.parent)
    for home in homes:
        if (store := home / "lib" / "security" / "cacerts").is_file():
            return shlex.quote(str(store))
    return '"$JAVA_HOME/lib/security/cacerts"'


def java_lines(s: Setup) -> list[str]:
    from urllib.parse import urlsplit

    where = urlsplit(s.proxy)
    store = s.bundle.path.with_name("truststore.p12")
    q = shlex.quote
    props = (f"-Dhttps.proxyHost={where.hostname} -Dhttps.proxyPort={where.port} "
             f"-Djavax.net.ssl.trustStore={store} -Djavax.net.ssl.trustStoreType=PKCS12 "
             f"-Djavax.net.ssl.trustStorePassword={JAVA_STORE_PASSWORD}")
    return ["# Java (HttpURLConnection, OkHttp, and clients using the default ProxySelector):",
            "# once, a trust store with the JDK's CAs plus the proxy CA (naming only the "
            "proxy CA would break every other host):",
            f"#   keytool -importkeystore -noprompt -srckeystore {jdk_cacerts()} "
            f"-srcstorepass {JAVA_STORE_PASSWORD} -destkeystore {q(str(store))} "
            f"-deststoretype PKCS12 -deststorepass {JAVA_STORE_PASSWORD}",
            f"#   keytool -importcert -noprompt -alias sovereign-proxy -file {q(str(s.ca))} "
            f"-keystore {q(str(store))} -storepass {JAVA_STORE_PASSWORD}",
            'export JAVA_TOOL_OPTIONS="${JAVA_TOOL_OPTIONS:+$JAVA_TOOL_OPTIONS }' + props + '"']


def go_lines(s: Setup) -> list[str]:
    return ["# Go (net/http's default transport reads HTTPS_PROXY; SSL_CERT_FILE on Linux)",
            _export("SSL_CERT_FILE", str(s.bundle.path))]


def dotnet_lines(s: Setup) -> list[str]:
    ca = shlex.quote(str(s.ca))
    return ["# .NET (HttpClient reads HTTPS_PROXY); the proxy CA must be in the system "
            "store, once, as root:",
            f"#   Debian/Ubuntu: cp {ca} /usr/local/share/ca-certificates/sovereign-proxy.crt "
            "&& update-ca-certificates",
            f"#   Fedora/RHEL:   cp {ca} /etc/pki/ca-trust/source/anchors/sovereign-proxy.pem "
            "&& update-ca-trust"]


LINES: dict[str, Callable[[Setup], list[str]]] = {
    "python": python_lines, "node": node_lines, "curl": curl_lines, "java": java_lines,
    "go": go_lines, "dotnet": dotnet_lines}

TRANSPARENT = ("# a client that honours none of these (its own HTTP stack with proxies off, "
               "its own CA list): transparent mode (README: Transparent mode)")


def render(runtime: str, s: Setup) -> str:
    """The shell lines for *runtime* (or all), to be eval'ed by a POSIX shell."""
    lines = [f"# sovereign: LLM traffic through {s.proxy}; trust bundle {s.bundle.path} "
             f"({s.bundle.origin} CAs from {s.bundle.base} + the proxy CA)",
             *_proxy_lines(s)]
    for name in RUNTIMES if runtime == "all" else (runtime,):
        try:
            lines += LINES[name](s)
        except SetupError as exc:
            if runtime != "all":
                raise
            lines.append(f"# {name}: {exc}")
    lines.append(TRANSPARENT)
    said: set[str] = set()  # a variable two runtimes share (SSL_CERT_FILE) is set once
    out = []
    for line in lines:
        if line.startswith("export ") and line in said:
            out.append(f"# {line.removeprefix('export ').partition('=')[0]}: as above")
            continue
        said.add(line)
        out.append(line)
    return "\n".join(out) + "\n"


# -- the commands ------------------------------------------------------------------------------

def _bundle_path(config: Config, given: str | None) -> Path:
    return Path(given) if given else config.confdir / BUNDLE_NAME


def cmd_env(args: argparse.Namespace, config: Config) -> int:
    from sovereign.proxy.launcher import ensure_ca

    ca = ensure_ca(config.confdir).resolve()
    bundle = write_bundle(ca, _bundle_path(config, args.bundle),
                          Path(args.base) if args.base else None)
    node: tuple[int, int] | None = None
    if args.runtime in ("node", "all"):
        node = parse_node_version(args.node_version) if args.node_version \
            else detect_node_version()
    setup = Setup(given_proxy(args.proxy) if args.proxy else proxy_url(config), ca, bundle, node)
    sys.stdout.write(render(args.runtime, setup))
    return 0


def cmd_ca_bundle(args: argparse.Namespace, config: Config) -> int:
    from sovereign.proxy.launcher import ensure_ca

    ca = ensure_ca(config.confdir).resolve()
    bundle = write_bundle(ca, _bundle_path(config, args.out),
                          Path(args.base) if args.base else None)
    print(f"{bundle.path}: {bundle.certificates} {bundle.origin} CA certificate(s) from "
          f"{bundle.base} + the proxy CA {ca}")
    return 0


def add_commands(sub: Any, ca: Any,
                 with_config: Callable[[argparse.ArgumentParser], argparse.ArgumentParser],
                 config_of: Callable[[argparse.Namespace], Config]) -> None:
    """Register ``env`` under *sub* and ``bundle`` under the ``ca`` sub-commands *ca*."""

    def run(fn: Callable[[argparse.Namespace, Config], int]) -> Callable[[argparse.Namespace],
                                                                          int]:
        def call(args: argparse.Namespace) -> int:
            try:
                return fn(args, config_of(args))
            except SetupError as exc:
                print(f"sovereign: {exc}", file=sys.stderr)
                return 2
        return call

    base_help = ("the CA bundle to start from (default: the system's, else certifi's); the "
                 "proxy CA is appended")
    env = with_config(sub.add_parser(
        "env", help="print the shell exports that send an app's LLM calls through the proxy",
        description="Print POSIX shell lines (eval \"$(sovereign env ...)\") that send a "
                    "runtime's HTTPS calls through the proxy and make it trust the proxy CA "
                    "next to the CAs it already trusts (the combined bundle is written "
                    "first, as `sovereign ca bundle` does)."))
    env.add_argument("--runtime", choices=[*RUNTIMES, "all"], default="all",
                     help="the app's runtime (default: all, one section each)")
    env.add_argument("--node-version", metavar="VERSION",
                     help="the app's Node version, e.g. 20 or 22.21 (default: `node --version` "
                          "here); Node 24 and 22.21+ read HTTPS_PROXY when told to, older "
                          "ones get a preload")
    env.add_argument("--proxy", metavar="URL",
                     help="the proxy as the app reaches it (default: from the config's listen "
                          "address, e.g. http://127.0.0.1:8080)")
    env.add_argument("--bundle", metavar="FILE",
                     help=f"where to write the combined CA bundle (default: CONFDIR/"
                          f"{BUNDLE_NAME})")
    env.add_argument("--base", metavar="FILE", help=base_help)
    env.set_defaults(fn=run(cmd_env))

    bundle = with_config(ca.add_parser(
        "bundle", help="write the system (or certifi) CA bundle plus the proxy CA into one file",
        description="Write one PEM file: the CAs this host trusts plus the proxy CA. Point "
                    "SSL_CERT_FILE, REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE or NODE_EXTRA_CA_CERTS "
                    "at it; pointing them at the proxy CA alone would break every other "
                    "HTTPS host the app talks to."))
    bundle.add_argument("-o", "--out", metavar="FILE",
                        help=f"output file (default: CONFDIR/{BUNDLE_NAME})")
    bundle.add_argument("--base", metavar="FILE", help=base_help)
    bundle.set_defaults(fn=run(cmd_ca_bundle))


