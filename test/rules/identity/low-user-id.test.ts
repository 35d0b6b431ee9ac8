import { lowUserId } from '../../../src/rules/identity/low-user-id';
import { cronJob, pod, runRule, safeContainer } from '../../support/manifests';

const c = (name: string, sc: Record<string, unknown> = {}) => safeContainer(name, { securityContext: { runAsNonRoot: true, ...sc } });

describe('low-user-id', () => {
  test('passes with a high UID on the pod or on every container', () => {
    expect(runRule(lowUserId, [pod({ securityContext: { runAsUser: 10001 }, containers: [c('a'), c('b')] })])).toEqual([]);
    expect(runRule(lowUserId, [pod({ containers: [c('a', { runAsUser: 20000 })] })])).toEqual([]);
  });

  test('a pod-level low UID gives one finding naming the containers', () => {
    const findings = runRule(lowUserId, [pod({ securityContext: { runAsUser: 1000 }, containers: [c('a'), c('b')] })]);
    expect(findings).toHaveLength(1);
    expect(findings[0].path).toBe('/spec/securityContext/runAsUser');
    expect(findings[0].message).toBe('container "a", container "b" run as UID 1000, below 10000');
    expect(findings[0].severity).toBe('info');
  });

  test('the container value overrides the pod value', () => {
    const findings = runRule(lowUserId, [pod({ securityContext: { runAsUser: 10001 }, containers: [c('a', { runAsUser: 999 }), c('b')] })]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ path: '/spec/containers/0/securityContext/runAsUser', container: 'a' });
    expect(runRule(lowUserId, [pod({ securityContext: { runAsUser: 5 }, containers: [c('a', { runAsUser: 10001 })] })])).toEqual([]);
  });

  test('unset everywhere is reported: the image decides', () => {
    const [f] = runRule(lowUserId, [cronJob({ containers: [c('job')] })]);
    expect(f.message).toContain('runAsUser is set neither on the pod nor on container "job"');
    expect(f.path).toBe('/spec/jobTemplate/spec/template/spec');
  });

  test('init and ephemeral containers are checked; strings are flagged as wrong type', () => {
    const spec = { securityContext: { runAsUser: 10001 }, containers: [c('a')], initContainers: [c('i', { runAsUser: '100' })], ephemeralContainers: [c('e', { runAsUser: 0 })] };
    const findings = runRule(lowUserId, [pod(spec)]);
    expect(findings.map((f) => f.container).sort()).toEqual(['e', 'i']);
    expect(findings.find((f) => f.container === 'i')!.message).toContain('UID 100 (the value is a string, not an integer');
    // A numeric string above the minimum is still wrong for the API.
    expect(runRule(lowUserId, [pod({ containers: [c('a', { runAsUser: '20000' })] })])[0].message).toContain('the Kubernetes API would reject');
  });

  test('user-namespaced and Windows pods are skipped; minUserId is configurable', () => {
    expect(runRule(lowUserId, [pod({ hostUsers: false, containers: [c('a', { runAsUser: 0 })] })])).toEqual([]);
    expect(runRule(lowUserId, [pod({ os: { name: 'windows' }, containers: [c('a')] })])).toEqual([]);
    expect(runRule(lowUserId, [pod({ containers: [c('a', { runAsUser: 1500 })] })], { ruleOptions: { minUserId: 1000 } })).toEqual([]);
  });
});

describe('low-user-id findings in detail', () => {
  const details = (spec: Record<string, unknown>) => runRule(lowUserId, [pod(spec)]).map((f) => ({ path: f.path, container: f.container, message: f.message }));

  test('one container: named, singular verb; several: no container, plural verb', () => {
    expect(details({ containers: [c('a', { runAsUser: 999 })] })).toEqual([
      { path: '/spec/containers/0/securityContext/runAsUser', container: 'a', message: 'container "a" runs as UID 999, below 10000' },
    ]);
    expect(details({ securityContext: { runAsUser: 1000 }, containers: [c('a'), c('b')] })).toEqual([
      { path: '/spec/securityContext/runAsUser', container: undefined, message: 'container "a", container "b" run as UID 1000, below 10000' },
    ]);
  });

  test('a null runAsUser counts as unset and points at the pod field', () => {
    expect(details({ securityContext: { runAsUser: null }, containers: [c('a')] })).toEqual([
      { path: '/spec/securityContext/runAsUser', container: 'a', message: 'runAsUser is set neither on the pod nor on container "a", so the image\'s user applies' },
    ]);
  });

  test('the minimum itself is allowed; a non-numeric UID is shown as given', () => {
    expect(details({ containers: [c('a', { runAsUser: 10000 })] })).toEqual([]);
    expect(details({ containers: [c('a', { runAsUser: 'nobody' })] })).toEqual([
      { path: '/spec/containers/0/securityContext/runAsUser', container: 'a', message: 'container "a" runs as UID "nobody" (the value is a string, not an integer: the Kubernetes API would reject this manifest), below 10000' },
    ]);
  });
});
