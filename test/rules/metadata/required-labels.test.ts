import { requiredLabels } from '../../../src/rules/metadata/required-labels';
import { runRule } from '../../support/manifests';

const cm = (labels: Record<string, string>, annotations: Record<string, string> = {}) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 't', labels, annotations } });

describe('required-labels', () => {
  test('requires app.kubernetes.io/name by default, at info severity', () => {
    const findings = runRule(requiredLabels, [cm({})]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'info', message: 'ConfigMap has no label "app.kubernetes.io/name"' });
    expect(runRule(requiredLabels, [cm({ 'app.kubernetes.io/name': 'web' })])).toEqual([]);
  });

  test('reports empty values and checks configured labels, annotations and kinds', () => {
    const options = { labels: ['owner'], annotations: ['contact'], kinds: ['ConfigMap'] };
    const findings = runRule(requiredLabels, [cm({ owner: ' ' })], { ruleOptions: options });
    expect(findings.map((f) => f.message)).toEqual(['ConfigMap has an empty label "owner"', 'ConfigMap has no annotation "contact"']);
    const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' } };
    expect(runRule(requiredLabels, [secret], { ruleOptions: options })).toEqual([]);
  });
});

describe('required-labels paths', () => {
  test('an empty label is pointed at by its key', () => {
    expect(runRule(requiredLabels, [cm({ owner: '' })], { ruleOptions: { labels: ['owner'] } }).map((f) => f.path)).toEqual(['/metadata/labels/owner']);
  });

  test('an empty annotation is pointed at by its key, a missing one by the annotations', () => {
    const options = { labels: [], annotations: ['contact', 'team'] };
    expect(runRule(requiredLabels, [cm({}, { contact: '' })], { ruleOptions: options }).map((f) => f.path)).toEqual(['/metadata/annotations/contact', '/metadata/annotations']);
  });
});
