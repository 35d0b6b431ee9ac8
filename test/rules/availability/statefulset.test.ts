import { analyzeAll } from '../../../src/engine/evaluate';
import { parseKubernetesVersion } from '../../../src/engine/version';
import { statefulSetServiceName } from '../../../src/rules/availability/statefulset-service-name';
import { volumeClaimTemplates } from '../../../src/rules/availability/volume-claim-templates';
import { runRule, safeContainer } from '../../support/manifests';

const sts = (spec: Record<string, unknown>) => ({
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name: 'db', namespace: 'team' },
  spec: { selector: { matchLabels: { app: 'db' } }, template: { metadata: { labels: { app: 'db' } }, spec: { containers: [safeContainer()] } }, ...spec },
});
const vct = (spec: unknown) => ({ metadata: { name: 'data' }, spec });

describe('statefulset-service-name', () => {
  test('passes with a serviceName', () => {
    expect(runRule(statefulSetServiceName, [sts({ serviceName: 'db' })])).toEqual([]);
  });

  test('reports a missing or blank one', () => {
    const [f] = runRule(statefulSetServiceName, [sts({ serviceName: '' })]);
    expect(f.path).toBe('/spec/serviceName');
    expect(f.message).toContain('no stable DNS names');
    expect(runRule(statefulSetServiceName, [sts({})])).toHaveLength(1);
  });
});

describe('volume-claim-templates', () => {
  test('passes for ReadWriteOnce with a size, and without templates', () => {
    expect(runRule(volumeClaimTemplates, [sts({ volumeClaimTemplates: [vct({ accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } })] }), sts({})])).toEqual([]);
  });

  test('reports missing access modes and storage', () => {
    const findings = runRule(volumeClaimTemplates, [sts({ volumeClaimTemplates: [vct({})] })]);
    expect(findings.map((f) => f.message).sort()).toEqual(['volumeClaimTemplate "data" requests no storage size', 'volumeClaimTemplate "data" sets no accessModes']);
  });

  test('reports shared access modes and invalid sizes with paths', () => {
    const [f, g] = runRule(volumeClaimTemplates, [sts({ volumeClaimTemplates: [vct({ accessModes: ['ReadWriteMany'], resources: { requests: { storage: 'big' } } })] })]);
    expect(f.path).toBe('/spec/volumeClaimTemplates/0/spec/accessModes');
    expect(f.message).toContain('ReadWriteMany instead of ReadWriteOnce');
    expect(g.path).toBe('/spec/volumeClaimTemplates/0/spec/resources/requests/storage');
  });

  const check = (templates: unknown[], kind = 'StatefulSet') =>
    runRule(volumeClaimTemplates, [{ ...sts({ volumeClaimTemplates: templates }), kind }]).map((f) => [f.path, f.message]);

  test('reports each problem at its exact path, naming unnamed templates by index', () => {
    expect(check([vct({ accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } }), { spec: { accessModes: [], resources: { requests: { storage: null } } } }])).toEqual([
      ['/spec/volumeClaimTemplates/1/spec/accessModes', 'volumeClaimTemplate "#1" sets no accessModes'],
      ['/spec/volumeClaimTemplates/1/spec/resources/requests/storage', 'volumeClaimTemplate "#1" requests no storage size'],
    ]);
    expect(check([vct({ accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '0' } } })])).toEqual([
      ['/spec/volumeClaimTemplates/0/spec/resources/requests/storage', 'volumeClaimTemplate "data" requests storage "0", which is not a positive quantity'],
    ]);
  });

  test('accepts ReadWriteOncePod and any list that includes a single-node mode; lists all modes otherwise', () => {
    const withModes = (accessModes: unknown[]) => vct({ accessModes, resources: { requests: { storage: '1Gi' } } });
    expect(check([withModes(['ReadWriteOncePod']), withModes(['ReadOnlyMany', 'ReadWriteOnce'])])).toEqual([]);
    expect(check([withModes(['ReadWriteMany', 'ReadOnlyMany'])])).toEqual([
      ['/spec/volumeClaimTemplates/0/spec/accessModes', 'volumeClaimTemplate "data" uses accessModes ReadWriteMany, ReadOnlyMany instead of ReadWriteOnce'],
    ]);
  });

  test('non-string access modes are shown as values', () => {
    expect(check([vct({ accessModes: ['ReadWriteMany', 42, null, { mode: 'x' }], resources: { requests: { storage: '1Gi' } } })]).map(([, m]) => m)).toEqual([
      'volumeClaimTemplate "data" uses accessModes ReadWriteMany, 42, null, {"mode":"x"} instead of ReadWriteOnce',
    ]);
  });

  test('only StatefulSets are checked, also when the rule is called without its appliesTo', () => {
    expect(check([vct({})], 'CloneSet')).toEqual([]);
    const [object] = analyzeAll([{ manifest: { ...sts({ volumeClaimTemplates: [vct({})] }), apiVersion: 'apps.kruise.io/v1alpha1', kind: 'CloneSet' } }]);
    expect(volumeClaimTemplates.check!(object, { kubernetesVersion: parseKubernetesVersion('latest'), options: {} })).toEqual([]);
  });
});

describe('statefulset-service-name blank values', () => {
  test('a whitespace-only serviceName counts as missing', () => {
    expect(runRule(statefulSetServiceName, [sts({ serviceName: '  ' })]).map((f) => [f.path, f.message])).toEqual([
      ['/spec/serviceName', 'the StatefulSet sets no serviceName, so its pods get no stable DNS names'],
    ]);
  });
});
