// Validates rendered Kubernetes manifests (the output of `kubectl kustomize`, read from the files given) against the
// Kubernetes API's OpenAPI schemas as published in kubernetes-models, offline: every object of a known kind must be
// valid, and an object of a kind it does not know is an error too. Usage: node validate.mjs FILE...
import { readFile } from "node:fs/promises";
import { parseAllDocuments } from "yaml";

const problems = [];
let objects = 0;
for (const file of process.argv.slice(2)) {
  for (const document of parseAllDocuments(await readFile(file, "utf8"))) {
    const object = document.toJS();
    if (!object) continue;
    objects++;
    const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : ["", object.apiVersion];
    const module = `kubernetes-models/${group ? group + "/" : ""}${version}/${object.kind}`;
    const where = `${file}: ${object.kind} ${object.metadata?.name}`;
    let Model;
    try {
      Model = (await import(module))[object.kind];
    } catch {
      problems.push(`${where}: no schema for ${object.apiVersion} ${object.kind}`);
      continue;
    }
    try {
      new Model(object).validate();
    } catch (error) {
      problems.push(`${where}: ${error.message}`);
    }
  }
}
if (problems.length > 0) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`kubernetes: ${objects} objects valid against the Kubernetes schemas`);
