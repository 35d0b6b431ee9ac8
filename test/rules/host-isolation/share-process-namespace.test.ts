import { shareProcessNamespace } from '../../../src/rules/host-isolation/share-process-namespace';
import { cronJob, deployment, pod, runRule, safeContainer } from '../../support/manifests';

describe('share-process-namespace', () => {
  test('passes when unset or false', () => {
    expect(runRule(shareProcessNamespace, [pod({ containers: [safeContainer()] })])).toEqual([]);
    expect(runRule(shareProcessNamespace, [pod({ shareProcessNamespace: false, containers: [safeContainer()] })])).toEqual([]);
  });

  test('fails on true, with the path and an explanation', () => {
    const [f] = runRule(shareProcessNamespace, [deployment({ shareProcessNamespace: true, containers: [safeContainer()] })]);
    expect(f.path).toBe('/spec/template/spec/shareProcessNamespace');
    expect(f.severity).toBe('error');
    expect(f.message).toContain('shareProcessNamespace=true');
  });

  test('a string "true" counts as on and notes the API would reject it', () => {
    const [f] = runRule(shareProcessNamespace, [cronJob({ shareProcessNamespace: 'true', containers: [safeContainer()] })]);
    expect(f.path).toBe('/spec/jobTemplate/spec/template/spec/shareProcessNamespace');
    expect(f.message).toContain('not a boolean');
  });
});
