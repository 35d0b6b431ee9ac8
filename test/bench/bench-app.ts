import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * Writes the bench app's manifests as one JSON array to a new temporary folder: N cdk8s-plus
 * Deployments, each exposed by a Service, in one chart. Returns the file; the caller removes its folder.
 * cdk8s is loaded here only, so processes that read the file need none of it.
 */
export function writeBenchManifests(n: number, prefix: string): string {
  const { App, Chart } = require('cdk8s') as typeof import('cdk8s');
  const kplus = require('cdk8s-plus-27') as typeof import('cdk8s-plus-27');
  const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), prefix)) });
  const chart = new Chart(app, 'chart', { namespace: 'team' });
  for (let i = 0; i < n; i++) {
    const d = new kplus.Deployment(chart, `web-${i}`, { replicas: 2, containers: [{ image: `registry.example.com/web:1.${i % 50}.0`, portNumber: 8080 }] });
    d.exposeViaService({ ports: [{ port: 80, targetPort: 8080 }] });
  }
  const file = path.join(app.outdir, 'manifests.json');
  fs.writeFileSync(file, JSON.stringify(chart.toJson()));
  return file;
}

/**
 * A multi-document YAML file's text of `count` Deployments (names from `first`), as Helm or
 * Kustomize would render them: mostly hardened, each drawing ~17 findings under `recommended`.
 */
export function workloadYaml(count: number, first = 0): string {
  const docs: string[] = [];
  for (let i = first; i < first + count; i++) {
    docs.push(`apiVersion: apps/v1
kind: Deployment
metadata:
  name: web-${i}
  namespace: team-${i % 20}
  labels: {app: web-${i}}
spec:
  replicas: 2
  selector:
    matchLabels: {app: web-${i}}
  template:
    metadata:
      labels: {app: web-${i}}
    spec:
      automountServiceAccountToken: false
      securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
      containers:
        - name: web
          image: registry.example.com/web:1.${i % 50}.0
          ports: [{containerPort: 8080}]
          resources: {requests: {cpu: 100m, memory: 128Mi}, limits: {memory: 256Mi}}
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities: {drop: [ALL]}
`);
  }
  return docs.join('---\n');
}
