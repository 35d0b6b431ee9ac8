import { ApiObject, Chart, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Construct, IConstruct } from 'constructs';
import { Guardrails } from '../../src';
import { placedApiObjects } from '../../src/cdk8s/api-objects';
import { ownSuppressions } from '../../src/cdk8s/suppress';

const REASON = 'Accepted for the test, tracked in PLAT-7';

/** What the one walk must equal: findAll() order, node.path, and the suppressions of node.scopes. */
function expected(root: IConstruct) {
  return root.node
    .findAll()
    .filter((c): c is ApiObject => ApiObject.isApiObject(c))
    .map((object) => ({ object, path: object.node.path, suppressions: object.node.scopes.flatMap((s) => [...(ownSuppressions(s) ?? [])]) }));
}

describe('placedApiObjects', () => {
  test('gives every ApiObject in findAll order, with node.path and the suppressions of its scopes, root first', () => {
    const app = Testing.app();
    const outer = new Chart(app, 'outer');
    const inner = new Chart(outer, 'inner'); // a chart in a chart
    const team = new Construct(inner, 'team');
    const web = new kplus.Deployment(team, 'web', { containers: [{ image: 'nginx:1.27', portNumber: 8080 }] });
    web.exposeViaService();
    new kplus.ConfigMap(outer, 'config', { data: { a: 'b' } });
    const other = new Chart(app, 'other');
    new ApiObject(other, 'raw', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'raw' } });
    Guardrails.suppress(app, 'image-digest', REASON);
    Guardrails.suppress(outer, ['image-tag', 'image-pull-policy'], REASON);
    Guardrails.suppress(team, 'cpu-limits', REASON, { until: '2999-01-01' });
    Guardrails.suppress(web, 'memory-limits', REASON);

    const placed = placedApiObjects(app);
    expect(placed).toEqual(expected(app));
    expect(placed.map((p) => p.object)).toEqual(expected(app).map((e) => e.object)); // the same instances, in order
    const deployment = placed.find((p) => p.object.kind === 'Deployment')!;
    expect(deployment.path).toBe('outer/inner/team/web/Resource');
    expect(deployment.suppressions.map((s) => s.source)).toEqual(['construct:<app>', 'construct:outer', 'construct:outer/inner/team', 'construct:outer/inner/team/web']);
    const raw = placed.find((p) => p.object.kind === 'Namespace')!;
    expect(raw.suppressions.map((s) => s.source)).toEqual(['construct:<app>']);
  });

  test('objects without suppressions get none; a root with an id starts every path', () => {
    const root = new Construct(undefined as unknown as Construct, 'root');
    const chart = new Chart(root, 'chart');
    new ApiObject(chart, 'raw', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'raw' } });
    const placed = placedApiObjects(root);
    expect(placed).toEqual(expected(root));
    expect(placed).toEqual([expect.objectContaining({ path: 'root/chart/raw', suppressions: [] })]);
    expect(placedApiObjects(new Construct(undefined as unknown as Construct, 'empty'))).toEqual([]);
  });
});
