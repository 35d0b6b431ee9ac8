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
});
