// Validates rendered Kubernetes manifests against the API schemas shipped in the npm packages
// kubernetes-models and @kubernetes-models/cloudnative-pg (no cluster needed).
//   node validate-manifests.mjs rendered.yaml     (run from the folder holding node_modules)
import { readFileSync } from 'node:fs';
import { loadAll } from 'js-yaml';

const modules = {
  v1: 'kubernetes-models/v1',
  'apps/v1': 'kubernetes-models/apps/v1',
  'networking.k8s.io/v1': 'kubernetes-models/networking.k8s.io/v1',
  'autoscaling/v2': 'kubernetes-models/autoscaling/v2',
  'policy/v1': 'kubernetes-models/policy/v1',
  'postgresql.cnpg.io/v1': '@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1',
};

let failures = 0;
let count = 0;
for (const doc of loadAll(readFileSync(process.argv[2], 'utf8'))) {
  if (!doc) continue;
  count++;
  const where = `${doc.apiVersion} ${doc.kind} ${doc.metadata?.name}`;
  const path = modules[doc.apiVersion];
  if (!path) {
    console.log(`no schema for ${where}`);
    failures++;
    continue;
  }
  const Model = (await import(path))[doc.kind];
  if (!Model) {
    console.log(`no schema for ${where}`);
    failures++;
    continue;
  }
  try {
    new Model(doc).validate();
    console.log(`valid: ${where}`);
  } catch (e) {
    console.log(`INVALID: ${where}: ${e.message}`);
    failures++;
  }
}
if (count === 0) {
  console.log('no manifests found');
  process.exit(1);
}
process.exit(failures ? 1 : 0);
