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
