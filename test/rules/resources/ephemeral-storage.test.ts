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

  test('a request without a limit: only the limit is reported', () => {
    const c = safeContainer('app', { resources: { requests: { 'ephemeral-storage': '1Gi' } } });
    expect(runRule(ephemeralStorage, [pod({ containers: [c] })]).map((f) => f.message)).toEqual([
      'container "app" has no ephemeral-storage limit (resources.limits.ephemeral-storage)',
    ]);
  });

  test('a zero request beside a valid limit: only the request is reported, with the resource named', () => {
    const c = safeContainer('app', { resources: { requests: { 'ephemeral-storage': '0' }, limits: { 'ephemeral-storage': 'lots' } } });
    expect(runRule(ephemeralStorage, [pod({ containers: [c] })]).map((f) => f.message)).toEqual([
      'container "app" has an ephemeral-storage request of "0", which reserves nothing',
      'container "app" has an ephemeral-storage limit of "lots", which is not a valid quantity',
    ]);
    const valid = safeContainer('app', { resources: { requests: { 'ephemeral-storage': '0' }, limits: { 'ephemeral-storage': '1Gi' } } });
    expect(runRule(ephemeralStorage, [pod({ containers: [valid] })]).map((f) => f.message)).toEqual([
      'container "app" has an ephemeral-storage request of "0", which reserves nothing',
    ]);
  });

  test('each container: its request, then its limit', () => {
    const findings = runRule(ephemeralStorage, [pod({ containers: [safeContainer('a'), safeContainer('b')] })]);
    expect(findings.map((f) => f.message)).toEqual([
      'container "a" has no ephemeral-storage request (resources.requests.ephemeral-storage)',
      'container "a" has no ephemeral-storage limit (resources.limits.ephemeral-storage)',
      'container "b" has no ephemeral-storage request (resources.requests.ephemeral-storage)',
      'container "b" has no ephemeral-storage limit (resources.limits.ephemeral-storage)',
    ]);
  });
});
