import { readOnlyRootFilesystem } from '../../../src/rules/identity/read-only-root-filesystem';
import { cronJob, pod, runRule, safeContainer } from '../../support/manifests';

const ro = (value: unknown, name = 'app') => safeContainer(name, { securityContext: { readOnlyRootFilesystem: value } });

describe('read-only-root-filesystem', () => {
  test('passes with readOnlyRootFilesystem: true', () => {
    expect(runRule(readOnlyRootFilesystem, [pod({ containers: [ro(true)] })])).toEqual([]);
  });

  test('fails when unset or false, with path and message', () => {
    const [f] = runRule(readOnlyRootFilesystem, [pod({ containers: [safeContainer()] })]);
    expect(f.path).toBe('/spec/containers/0/securityContext');
    expect(f.message).toBe('container "app" does not set readOnlyRootFilesystem: true');
    const [g] = runRule(readOnlyRootFilesystem, [pod({ containers: [ro(false)] })]);
    expect(g.path).toBe('/spec/containers/0/securityContext/readOnlyRootFilesystem');
  });

  test('a string "true" does not count: the API would reject it', () => {
    expect(runRule(readOnlyRootFilesystem, [pod({ containers: [ro('true')] })])[0].message).toContain('not a boolean');
  });

  test('a pod-level setting does not exist, so it cannot help', () => {
    expect(runRule(readOnlyRootFilesystem, [pod({ securityContext: { readOnlyRootFilesystem: true }, containers: [safeContainer()] })])).toHaveLength(1);
  });

  test('init, ephemeral and CronJob containers are checked; Windows pods are skipped', () => {
    const spec = { containers: [ro(true)], initContainers: [ro(false, 'i')], ephemeralContainers: [ro(undefined, 'e')] };
    expect(runRule(readOnlyRootFilesystem, [cronJob(spec)]).map((f) => f.container).sort()).toEqual(['e', 'i']);
    expect(runRule(readOnlyRootFilesystem, [pod({ ...spec, os: { name: 'windows' } })])).toEqual([]);
  });
});
