import { ephemeralContainers } from '../../../src/rules/identity/ephemeral-containers';
import { cronJob, pod, runRule, safeContainer } from '../../support/manifests';

describe('ephemeral-containers', () => {
  test('passes without ephemeral containers', () => {
    expect(runRule(ephemeralContainers, [pod({ containers: [safeContainer()] })])).toEqual([]);
    expect(runRule(ephemeralContainers, [pod({ containers: [safeContainer()], ephemeralContainers: [] })])).toEqual([]);
  });

  test('reports them at info with their names', () => {
    const [f] = runRule(ephemeralContainers, [cronJob({ containers: [safeContainer()], ephemeralContainers: [safeContainer('debugger'), {}] })]);
    expect(f.severity).toBe('info');
    expect(f.path).toBe('/spec/jobTemplate/spec/template/spec/ephemeralContainers');
    expect(f.message).toBe('the pod declares ephemeral containers: debugger, #1');
  });
});
