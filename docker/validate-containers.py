"""Checks the container files against the launcher they mirror (called by docker/validate with the repository's root).

- compose.yaml runs every hospital of server-config/hospitals.conf with ./ehr up's ports (port base 21000 + offset:
  HTTP +80, database +306), its own MariaDB with the launcher's account names, published only on the host's loopback,
  and Prometheus scrapes each hospital's HTTP port under its id;
- each hospital's scrape token (a secret docker/make-secrets makes) reaches its node as /run/secrets/metrics-token and
  Prometheus at the file its job reads, as a Bearer token, the job's series labelled job="medmesh" as the alerts
  expect; no secret is mounted inside a read-only bind mount (where its mount point cannot be made);
- docker/node/Dockerfile copies only files that exist and that .dockerignore lets into the build context.
"""
import fnmatch
import pathlib
import re
import sys

import yaml

root = pathlib.Path(sys.argv[1]).resolve()
docker = root / "docker"
problems = []


def hospitals():
    for line in (root / "server-config/hospitals.conf").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            hospital, _letter, offset, _name = line.split(None, 3)
            yield hospital, 21000 + int(offset)


compose = yaml.safe_load((docker / "compose.yaml").read_text(encoding="utf-8"))
services = compose["services"]
published = set(services["mesh"]["ports"])
scrape = yaml.safe_load((docker / "monitoring/prometheus/prometheus.yml").read_text(encoding="utf-8"))
targets = {group["labels"]["hospital"]: group["targets"] for job in scrape["scrape_configs"]
           for group in job["static_configs"]}
jobs = {group["labels"]["hospital"]: job for job in scrape["scrape_configs"] for group in job["static_configs"]}
made = set(re.findall(r"[\w-]+", (docker / "make-secrets").read_text(encoding="utf-8")))


def secrets_of(service):
    return [(s["source"], s.get("target", s["source"])) if isinstance(s, dict) else (s, s)
            for s in service.get("secrets", [])]


for hospital, base in hospitals():
    low = hospital.lower()
    node, db = services.get(f"{low}-node"), services.get(f"{low}-db")
    if node is None or db is None:
        problems.append(f"compose.yaml: no {low}-node or {low}-db for {hospital}")
        continue
    env = node["environment"]
    expected = {"MEDMESH_HOSPITAL": hospital, "MEDMESH_DB_URL": f"jdbc:mariadb://127.0.0.1:{base + 306}/medmesh_{low}",
                "MEDMESH_DB_USER": f"medmesh_{low}", "MEDMESH_DB_OWNER_USER": f"medmesh_{low}_owner",
                "EHR_PORT_BASE": "21000", "EHR_ADDRESS": "127.0.0.1"}
    for key, value in expected.items():
        if str(env.get(key)) != value:
            problems.append(f"compose.yaml: {low}-node has {key}={env.get(key)}, the launcher's is {value}")
    if f"--port={base + 306}" not in db["command"]:
        problems.append(f"compose.yaml: {low}-db does not listen on {base + 306}")
    if db["environment"].get("MEDMESH_DB_OWNER") != f"medmesh_{low}_owner":
        problems.append(f"compose.yaml: {low}-db makes another owner account than the node uses")
    if f"127.0.0.1:{base + 80}:{base + 80}" not in published:
        problems.append(f"compose.yaml: {hospital}'s HTTP port {base + 80} is not published on the loopback")
    if targets.get(hospital) != [f"{low}-node:{base + 80}"]:
        problems.append(f"prometheus.yml: {hospital} is not scraped at {low}-node:{base + 80}")
    if f"{low}-node:127.0.0.1" not in services["mesh"]["extra_hosts"]:
        problems.append(f"compose.yaml: the name {low}-node does not lead to the shared namespace")
    token, credentials = f"{low}-metrics-token", f"/etc/prometheus/secrets/{low}-metrics-token"
    if (token, "metrics-token") not in secrets_of(node):
        problems.append(f"compose.yaml: {low}-node is not given {token} as its secret metrics-token")
    if (token, credentials) not in secrets_of(services["prometheus"]):
        problems.append(f"compose.yaml: Prometheus is not given {token} at {credentials}")
    job = jobs.get(hospital, {})
    if job.get("authorization") != {"type": "Bearer", "credentials_file": credentials}:
        problems.append(f"prometheus.yml: {hospital}'s job does not send the Bearer token of {credentials}")
    if len(job.get("static_configs", [])) != 1 or {"target_label": "job", "replacement": "medmesh"} not in job.get(
            "relabel_configs", []):
        problems.append(f"prometheus.yml: {hospital}'s job scrapes another hospital too, or is not labelled "
                        f"job=\"medmesh\" (the alerts' and dashboards' selector)")
config = next((a.split("=", 1)[1] for a in services["prometheus"]["command"] if a.startswith("--config.file=")), "")
if f"./monitoring/prometheus:{config.rsplit('/', 1)[0]}:ro" not in services["prometheus"]["volumes"]:
    problems.append(f"compose.yaml: Prometheus reads {config}, not monitoring/prometheus/prometheus.yml")
for name, secret in compose["secrets"].items():
    if secret.get("file") != f"./secrets/{name}" or name not in made:
        problems.append(f"compose.yaml: the secret {name} is not ./secrets/{name} made by make-secrets")
for name, service in services.items():
    binds = [v.split(":") for v in service.get("volumes", []) if v.startswith(".")]
    for _source, target in secrets_of(service):
        for bind in binds:
            if target.startswith(bind[1] + "/") and bind[2:] == ["ro"]:
                problems.append(f"compose.yaml: {name} mounts the secret {target} inside the read-only {bind[1]}")
allowed = {f"127.0.0.1:{base + 80}:{base + 80}" for base in dict(hospitals()).values()} | {"127.0.0.1:3000:3000"}
for port in published - allowed:
    problems.append(f"compose.yaml: port {port} is published: only the hospitals' HTTP ports and Grafana may be")
for port in published:
    if not port.startswith("127.0.0.1:"):
        problems.append(f"compose.yaml: port {port} is published beyond the host's loopback")

ignore = [line.strip() for line in (root / ".dockerignore").read_text(encoding="utf-8").splitlines()
          if line.strip() and not line.startswith("#")]


def admitted(path):
    keep = True
    for rule in ignore:
        negate, pattern = rule.startswith("!"), rule.lstrip("!").rstrip("/")
        if fnmatch.fnmatch(path, pattern) or path.startswith(pattern + "/"):
            keep = negate
    return keep


for line in (docker / "node/Dockerfile").read_text(encoding="utf-8").splitlines():
    words = line.split()
    if not words or words[0] != "COPY":
        continue
    sources = [w for w in words[1:-1] if not w.startswith("--")]
    for source in sources:
        source = source.rstrip("/")
        if not (root / source).exists():
            problems.append(f"Dockerfile: COPY {source}: no such file (build the EAR first)")
        if not admitted(source):
            problems.append(f"Dockerfile: COPY {source}: .dockerignore keeps it out of the build context")

if problems:
    sys.exit("\n".join(problems))
print(f"containers: compose.yaml and the node's Dockerfile agree with the launcher ({len(services)} services)")
