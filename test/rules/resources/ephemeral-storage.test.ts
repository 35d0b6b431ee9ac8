import { ephemeralStorage } from '../../../src/rules/resources/ephemeral-storage';
import { pod, runRule, safeContainer } from '../../support/manifests';

describe('ephemeral-storage', () => {
  test('passes with request and limit', () => {
    const c = safeContainer('app', { resources: { requests: { 'ephemeral-storage': '1Gi' }, limits: { 'ephemeral-storage': '2Gi' } } });
    expect(runRule(ephemeralStorage, [pod({ containers: [c] })])).toEqual([]);
  });

  test('reports missing request and limit separately', () => {
    const findings = runRule(ephemeralStorage, [pod({ containers: [safeContainer()] })]);
    expect(findings.map((f) => f.message).sort()).toEqual([
      'container "app" has no ephemeral-storage limit (resources.limits.ephemeral-storage)',
      'container "app" has no ephemeral-storage request (resources.requests.ephemeral-storage)',
    ]);
  });

  test('a limit alone also covers the request (defaulting)', () => {
    const c = safeContainer('app', { resources: { limits: { 'ephemeral-storage': '2Gi' } } });
    expect(runRule(ephemeralStorage, [pod({ containers: [c] })])).toEqual([]);
  });
});
