"""deploy/ is checked as far as this machine allows: YAML parses, the compose file validates
against the Compose Specification schema, Helm values against the chart's values schema, the
scripts parse, and the commands are the ones the README uses."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
DEPLOY = REPO / "deploy"


def test_compose_file_is_valid_compose_spec() -> None:
    r = subprocess.run([str(Path(sys.executable).with_name("check-jsonschema")),
                        "--builtin-schema", "vendor.compose-spec",
                        str(DEPLOY / "compose" / "compose.yaml")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    compose = yaml.safe_load((DEPLOY / "compose" / "compose.yaml").read_text())
    proxy = compose["services"]["sovereign"]
    assert proxy["read_only"] is True and proxy["user"] == "10001"
    assert all(p.startswith("127.0.0.1:") for p in proxy["ports"])
    assert compose["networks"]["inside"]["internal"] is True  # vLLM has no way out
    assert compose["services"]["vllm"]["networks"] == ["inside"]


def test_compose_configs_load_with_sovereign() -> None:
    from sovereign.config import load_config
    from sovereign.route.models import load_models

    config = load_config(DEPLOY / "compose" / "sovereign.yaml")
    assert config.listen == "0.0.0.0:8080"
    assert load_models(DEPLOY / "compose" / "models.yaml").models[0].default


def test_helm_values_match_the_chart_schema() -> None:
    chart = DEPLOY / "helm" / "sovereign"
    assert yaml.safe_load((chart / "Chart.yaml").read_text())["apiVersion"] == "v2"
    schema = json.loads((chart / "values.schema.json").read_text())
    jsonschema.validate(yaml.safe_load((chart / "values.yaml").read_text()), schema)
    templates = {p.name: p.read_text() for p in (chart / "templates").glob("*.yaml")}
    for name, text in templates.items():
        outside = re.sub(r"\{\{-?.*?-?\}\}", "", text)  # drop every template action
        assert "{{" not in outside, f"{name}: an unclosed template action"
        assert "\t" not in text, name
    assert "readOnlyRootFilesystem: true" in templates["proxy.yaml"]
    assert "nvidia.com/gpu" in templates["vllm.yaml"]
    policy = templates["networkpolicy.yaml"]
    assert "egress: []" in policy and "port: 443" in policy


def test_image_and_units_run_the_readme_command() -> None:
    dockerfile = (DEPLOY / "Dockerfile").read_text()
    assert re.search(r'CMD \["run", "--config", "/etc/sovereign/sovereign.yaml"\]', dockerfile)
    assert 'ENTRYPOINT ["sovereign"]' in dockerfile and "USER 10001" in dockerfile
    unit = (DEPLOY / "systemd" / "sovereign.service").read_text()
    assert "sovereign run --config" in unit and "NoNewPrivileges=true" in unit
    assert "sovereign run" in (REPO / "README.md").read_text()
    script = DEPLOY / "systemd" / "transparent-redirect.sh"
    assert subprocess.run(["bash", "-n", str(script)], timeout=30).returncode == 0


def test_helm_store_is_shared_sealed_and_reached_by_the_proxy_only() -> None:
    chart = DEPLOY / "helm" / "sovereign"
    meta = yaml.safe_load((chart / "Chart.yaml").read_text())
    valkey = {d["name"]: d for d in meta["dependencies"]}["valkey"]
    assert valkey["condition"] == "valkey.enabled" and valkey["repository"].startswith("https://")
    schema = json.loads((chart / "values.schema.json").read_text())
    values = yaml.safe_load((chart / "values.yaml").read_text())
    assert values["valkey"]["enabled"] and values["valkey"]["auth"]["enabled"]
    # an external store needs the addresses the proxy's NetworkPolicy lets it reach
    external = {**values, "store": {**values["store"], "url": "rediss://r.internal:6380/0"},
                "valkey": {"enabled": False}}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(external, schema)
    jsonschema.validate({**external, "store": {**external["store"], "cidrs": ["10.1.2.3/32"]}},
                        schema)
    with pytest.raises(jsonschema.ValidationError):  # not a store URL
        jsonschema.validate({**values, "store": {**values["store"], "url": "http://x"}}, schema)
    templates = {p.name: p.read_text() for p in (chart / "templates").glob("*.yaml")}
    secrets = templates["secrets.yaml"]
    assert "randBytes 32" in secrets and '"helm.sh/resource-policy": keep' in secrets
    assert 'lookup "v1" "Secret"' in secrets  # the key survives upgrades
    config = templates["configmap.yaml"]
    assert "store_keys_file: /etc/sovereign/vault-keys/keys" in config
    assert "store_password_env: SOVEREIGN_STORE_PASSWORD" in config
    literal = re.sub(r"\{\{-?.*?-?\}\}", "", config).replace(
        "store_password_env: SOVEREIGN_STORE_PASSWORD", "")
    assert "password" not in literal.lower()  # only the variable's name is in the ConfigMap
    proxy = templates["proxy.yaml"]
    assert "mountPath: /etc/sovereign/vault-keys, readOnly: true" in proxy
    assert "defaultMode: 0400" in proxy
    # the store's policy: ingress from the proxy (and its own replicas) only
    policies = [p for p in templates["networkpolicy.yaml"].split("\n---\n") if "-store" in p]
    assert len(policies) == 1
    store = re.sub(r"\{\{-?.*?-?\}\}", "", policies[0])
    ingress = store.split("ingress:")[1].split("egress:")[0]
    selectors = re.findall(r"matchLabels: \{([^}]*)\}", ingress)
    assert selectors == ["app.kubernetes.io/name: sovereign-proxy",
                         "app.kubernetes.io/name: valkey, app.kubernetes.io/instance: "]
    assert "ipBlock" not in ingress and "namespaceSelector" not in ingress
