import { privileged } from '../../../src/rules/pss/privileged';
import { evaluate } from '../../../src/engine/evaluate';
import { parseKubernetesVersion } from '../../../src/engine/version';
import { resolveRule } from '../../../src/profiles/profile';
import { acrossWorkloads, bare, check, paths, withSc } from './helpers';

describe('pss-privileged', () => {
  test('passes when privileged is unset or false', () => {
    expect(check(privileged, { containers: [bare(), withSc('b', { privileged: false })] })).toEqual([]);
  });

  test('fails for privileged: true in any container type, at every version', () => {
    const spec = {
      initContainers: [withSc('init', { privileged: true })],
      containers: [withSc('app', { privileged: true })],
      ephemeralContainers: [withSc('debug', { privileged: true })],
    };
    for (const version of ['v1.0', 'v1.25', 'latest']) {
      expect(paths(check(privileged, spec, version))).toEqual([
        '/spec/containers/0/securityContext/privileged',
        '/spec/ephemeralContainers/0/securityContext/privileged',
        '/spec/initContainers/0/securityContext/privileged',
      ]);
    }
  });

  test('a string "true" counts as on and says the API would reject it', () => {
    const [f] = check(privileged, { containers: [withSc('app', { privileged: 'true' })] });
    expect(f.message).toBe('container "app" sets securityContext.privileged="true" (the value is a string, not a boolean: the Kubernetes API would reject this manifest)');
  });

  test('same verdict in Deployments and CronJobs', () => {
    const result = acrossWorkloads(privileged, { containers: [withSc('app', { privileged: true })] });
    expect(result.Deployment).toEqual(result.Pod);
    expect(result.CronJob).toEqual(result.Pod);
    expect(result.Pod).toEqual(['/containers/0/securityContext/privileged']);
  });
});

describe('pss rules on objects with several pod templates', () => {
  test('every pod template is checked', () => {
    const template = (name: string) => ({ spec: { containers: [withSc(name, { privileged: true })] } });
    const job = { apiVersion: 'example.com/v1', kind: 'TrainingJob', metadata: { name: 'train', namespace: 'team' }, spec: { launcher: { template: template('l') }, worker: { template: template('w') } } };
    const profile = { name: 'test', kubernetesVersion: parseKubernetesVersion('latest'), rules: [resolveRule(privileged, {})] };
    const podTemplateLocations = [
      { kind: 'TrainingJob', templatePath: '/spec/launcher/template' },
      { kind: 'TrainingJob', templatePath: '/spec/worker/template' },
    ];
    const findings = evaluate([{ manifest: job }], profile, { podTemplateLocations }).findings;
    expect(findings.map((f) => [f.path, f.container])).toEqual([
      ['/spec/launcher/template/spec/containers/0/securityContext/privileged', 'l'],
      ['/spec/worker/template/spec/containers/0/securityContext/privileged', 'w'],
    ]);
  });
});
