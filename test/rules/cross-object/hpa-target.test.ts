import { hpaTargetRule } from '../../../src/rules/cross-object/hpa-target';
import { runRule } from '../../support/manifests';
import { app, hpa } from './fixtures';

const WEB = app('web', { app: 'web' }, 'team', {}, 3);

describe('hpa-target', () => {
  test('reports a missing target, a duplicate HPA and a target that sets replicas', () => {
    const findings = runRule(hpaTargetRule, [WEB, hpa('h1', 'web'), hpa('h2', 'web'), hpa('h3', 'gone')]);
    expect(findings.map((f) => [f.resource.kind, f.resource.name, f.message])).toEqual([
      ['Deployment', 'web', 'Deployment "web" sets spec.replicas although HorizontalPodAutoscaler "h1" scales it; every deployment resets the replica count'],
      ['HorizontalPodAutoscaler', 'h2', 'HorizontalPodAutoscaler "h2" scales Deployment "web", which HorizontalPodAutoscaler "h1" already scales'],
      ['HorizontalPodAutoscaler', 'h3', 'HorizontalPodAutoscaler "h3" scales Deployment "gone", which is not defined in namespace "team"'],
    ]);
  });

  test('passes an HPA over a workload without replicas; externalNames covers targets made elsewhere', () => {
    const web = app('web', { app: 'web' });
    delete (web.spec as Record<string, unknown>).replicas;
    expect(runRule(hpaTargetRule, [web, hpa('h', 'web')])).toEqual([]);
    expect(runRule(hpaTargetRule, [hpa('h', 'ext')], { ruleOptions: { externalNames: ['Deployment/ext'] } })).toEqual([]);
  });
});

describe('hpa-target: references and paths', () => {
  const rows = (manifests: unknown[]) => runRule(hpaTargetRule, manifests).map((f) => [f.resource.kind, f.path, f.message]);
  const unscaled = app('web', { app: 'web' });
  delete (unscaled.spec as Record<string, unknown>).replicas;

  test('findings point at spec.scaleTargetRef of the HPA and spec.replicas of the target', () => {
    expect(rows([WEB, hpa('h1', 'web'), hpa('h2', 'web')]).map(([kind, path]) => [kind, path])).toEqual([
      ['Deployment', '/spec/replicas'],
      ['HorizontalPodAutoscaler', '/spec/scaleTargetRef'],
    ]);
  });

  test('reports a scaleTargetRef without kind or without name', () => {
    const message = 'HorizontalPodAutoscaler "h" has no complete scaleTargetRef (kind and name)';
    expect(rows([unscaled, hpa('h', 'web', { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment' } })])).toEqual([['HorizontalPodAutoscaler', '/spec/scaleTargetRef', message]]);
    expect(rows([unscaled, hpa('h', 'web', { scaleTargetRef: { apiVersion: 'apps/v1', name: 'web' } })])).toEqual([['HorizontalPodAutoscaler', '/spec/scaleTargetRef', message]]);
  });

  test('HPAs without a name are shown as "?"', () => {
    const nameless = () => ({ ...hpa('x', 'web'), metadata: { namespace: 'team' } });
    expect(rows([unscaled, nameless(), nameless()])).toEqual([
      ['HorizontalPodAutoscaler', '/spec/scaleTargetRef', 'HorizontalPodAutoscaler "?" scales Deployment "web", which HorizontalPodAutoscaler "?" already scales'],
    ]);
  });

  test('HorizontalPodAutoscaler kinds outside the autoscaling/ API group are ignored', () => {
    expect(rows([{ ...hpa('h', 'gone'), apiVersion: 'example.com/v1' }])).toEqual([]);
  });
});
