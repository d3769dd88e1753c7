"""Holds the rendered Kubernetes files (one per hospital, from `kubectl kustomize`) to what the node needs and what the
hospital's IT staff were promised (called by docker/validate):

- each hospital of server-config/hospitals.conf in its own namespace, its node on ./ehr up's ports (port base 21000 +
  offset: HTTP +80, broker +616), its peers' brokers at their services' names, its database at its own service;
- probes wired to health (startup and readiness on /health/ready, liveness on /health/live), resource requests and
  memory limits, containers that run as non-root without privilege escalation or capabilities;
- ingress closed by default; the broker open only to the peers' nodes, the database only to the hospital's node;
- no secret kept in the files: the pods name the secrets 'database', 'channel' and 'metrics', which the operator
  makes; the node finds its database passwords and its scrape token in /run/secrets, where the entrypoint reads them.
"""
import pathlib
import sys

import yaml

root = pathlib.Path(__file__).resolve().parent.parent
problems = []
hospitals = {}
for line in (root / "server-config/hospitals.conf").read_text(encoding="utf-8").splitlines():
    if line.strip() and not line.lstrip().startswith("#"):
        hospital, _letter, offset, _name = line.split(None, 3)
        hospitals[hospital] = 21000 + int(offset)


def check(hospital, objects):
    low = hospital.lower()
    namespace = f"medmesh-{low}"
    where = f"{hospital}:"
    by_kind = {}
    for o in objects:
        by_kind.setdefault(o["kind"], {})[o["metadata"]["name"]] = o
        if o["kind"] != "Namespace" and o["metadata"].get("namespace") != namespace:
            problems.append(f"{where} {o['kind']} {o['metadata']['name']} is not in {namespace}")
    if by_kind.get("Secret"):
        problems.append(f"{where} the files hold a Secret: secrets are made by the operator, never kept here")
    config = next((c for n, c in by_kind.get("ConfigMap", {}).items() if n.startswith("hospital-")
                   and not n.startswith("hospital-database")), None)
    data = config["data"] if config else {}
    if data.get("MEDMESH_HOSPITAL") != hospital:
        problems.append(f"{where} MEDMESH_HOSPITAL is {data.get('MEDMESH_HOSPITAL')}")
    for peer in hospitals:
        if peer == hospital:
            continue
        url = f"tcp://broker.medmesh-{peer.lower()}.svc.cluster.local:61616"
        if data.get(f"EHR_PEER_URL_{peer}") != url:
            problems.append(f"{where} EHR_PEER_URL_{peer} is not {url}")
    if not str(data.get("MEDMESH_DB_URL", "")).startswith(f"jdbc:mariadb://db:3306/medmesh_{low}"):
        problems.append(f"{where} MEDMESH_DB_URL does not lead to its own database service")

    for name, workload in by_kind.get("StatefulSet", {}).items():
        pod = workload["spec"]["template"]["spec"]
        if not pod.get("securityContext", {}).get("runAsNonRoot"):
            problems.append(f"{where} {name} may run as root")
        for container in pod["containers"]:
            context = container.get("securityContext", {})
            if context.get("allowPrivilegeEscalation") is not False or context.get("capabilities", {}).get("drop") != ["ALL"]:
                problems.append(f"{where} {name} keeps privileges")
            resources = container.get("resources", {})
            if not resources.get("requests") or not resources.get("limits", {}).get("memory"):
                problems.append(f"{where} {name} has no resource requests or memory limit")
            if "readinessProbe" not in container or "livenessProbe" not in container:
                problems.append(f"{where} {name} lacks a readiness or liveness probe")
    node = by_kind.get("StatefulSet", {}).get("node")
    if node is None:
        problems.append(f"{where} no node")
        return
    container = node["spec"]["template"]["spec"]["containers"][0]
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    base = hospitals[hospital]
    if ports != {"http": base + 80, "broker": base + 616}:
        problems.append(f"{where} node ports {ports}, the launcher's are http {base + 80}, broker {base + 616}")
    for probe, path in (("startupProbe", "/health/ready"), ("readinessProbe", "/health/ready"),
                        ("livenessProbe", "/health/live")):
        get = container.get(probe, {}).get("httpGet", {})
        if get.get("path") != path or get.get("port") != "http":
            problems.append(f"{where} node's {probe} is not GET {path} on http")
    volumes = node["spec"]["template"]["spec"]["volumes"]
    projected = {v["name"]: [source["secret"] for source in v["projected"]["sources"] if "secret" in source]
                 for v in volumes if "projected" in v}
    mounted = {v["secret"]["secretName"] for v in volumes if "secret" in v} | {
        secret["name"] for secrets in projected.values() for secret in secrets}
    if mounted != {"database", "channel", "metrics"}:
        problems.append(f"{where} node mounts the secrets {sorted(mounted)}")
    at_run_secrets = next((m["name"] for m in container.get("volumeMounts", []) if m["mountPath"] == "/run/secrets"), None)
    given = {(secret["name"], item["key"], item["path"]) for secret in projected.get(at_run_secrets, [])
             for item in secret.get("items", [])}
    if not {("metrics", "token", "metrics-token"), ("database", "password", "db-password"),
            ("database", "owner-password", "db-owner-password")} <= given:
        problems.append(f"{where} node's /run/secrets lacks the database passwords or the scrape token: {sorted(given)}")

    policies = by_kind.get("NetworkPolicy", {})
    deny = policies.get("deny-all-ingress", {}).get("spec", {})
    if deny.get("podSelector") != {} or deny.get("policyTypes") != ["Ingress"] or deny.get("ingress"):
        problems.append(f"{where} ingress is not closed by default")
    broker = policies.get("broker-from-peers", {}).get("spec", {})
    rules = broker.get("ingress", [])
    peers = sorted(f"medmesh-{p.lower()}" for p in hospitals if p != hospital)
    if (len(rules) != 1 or [p["port"] for p in rules[0]["ports"]] != ["broker"]
            or sorted(rules[0]["from"][0]["namespaceSelector"]["matchExpressions"][0]["values"]) != peers
            or rules[0]["from"][0]["podSelector"] != {"matchLabels": {"app.kubernetes.io/name": "medmesh-node"}}):
        problems.append(f"{where} the broker is not open to exactly the peers' nodes {peers}")
    database = policies.get("database-from-node", {}).get("spec", {}).get("ingress", [])
    if len(database) != 1 or database[0]["from"] != [{"podSelector": {"matchLabels": {
            "app.kubernetes.io/name": "medmesh-node"}}}]:
        problems.append(f"{where} the database is not open to its node only")
    opened = {tuple(sorted(str(p["port"]) for p in rule.get("ports", []))) for spec in policies.values()
              for rule in spec["spec"].get("ingress", [])}
    if opened - {("http",), ("broker",), ("mariadb",)}:
        problems.append(f"{where} a network policy opens more than http, broker and mariadb: {opened}")


seen = set()
for file in sys.argv[1:]:
    objects = [o for o in yaml.safe_load_all(pathlib.Path(file).read_text(encoding="utf-8")) if o]
    namespaces = [o["metadata"]["name"] for o in objects if o["kind"] == "Namespace"]
    hospital = next((h for h in hospitals if namespaces == [f"medmesh-{h.lower()}"]), None)
    if hospital is None:
        problems.append(f"{file}: not one hospital's namespace: {namespaces}")
        continue
    seen.add(hospital)
    check(hospital, objects)
if seen != set(hospitals):
    problems.append(f"overlays for {sorted(seen)}, hospitals.conf lists {sorted(hospitals)}")
if problems:
    sys.exit("\n".join(problems))
print(f"kubernetes: {len(seen)} hospitals hold to the launcher's ports, their peers, probes, limits and policies")
