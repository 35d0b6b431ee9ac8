import { secretEnvVar } from '../../../src/rules/secrets/secret-env-var';
import { cronJob, pod, runRule, safeContainer } from '../../support/manifests';

describe('secret-env-var', () => {
  test('passes for plain values, ConfigMap refs and secret volumes', () => {
    const c = safeContainer('app', { env: [{ name: 'A', value: '1' }, { name: 'B', valueFrom: { configMapKeyRef: { name: 'cm', key: 'k' } } }], envFrom: [{ configMapRef: { name: 'cm' } }] });
    expect(runRule(secretEnvVar, [pod({ containers: [c], volumes: [{ name: 's', secret: { secretName: 'db' } }] })])).toEqual([]);
  });

  test('fails for secretKeyRef, naming variable, Secret and key', () => {
    const c = safeContainer('app', { env: [{ name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } }] });
    const [f] = runRule(secretEnvVar, [pod({ containers: [c] })]);
    expect(f.path).toBe('/spec/containers/0/env/0/valueFrom/secretKeyRef');
    expect(f.message).toBe('container "app" reads key "password" of Secret "db" into the environment variable "DB_PASSWORD"');
  });

  test('fails for envFrom secretRef, also in init containers of CronJobs', () => {
    const spec = { containers: [safeContainer()], initContainers: [safeContainer('init', { envFrom: [{ prefix: 'X_', secretRef: { name: 'all' } }] })] };
    const [f] = runRule(secretEnvVar, [cronJob(spec)]);
    expect(f.path).toBe('/spec/jobTemplate/spec/template/spec/initContainers/0/envFrom/0/secretRef');
    expect(f.message).toBe('init container "init" loads every key of Secret "all" into environment variables');
  });
});

describe('secret-env-var: incomplete references', () => {
  test('missing names and keys are shown as empty, not invented', () => {
    const c = safeContainer('app', { env: [{ valueFrom: { secretKeyRef: {} } }], envFrom: [{ secretRef: {} }] });
    expect(runRule(secretEnvVar, [pod({ containers: [c] })]).map((f) => [f.path, f.message])).toEqual([
      ['/spec/containers/0/env/0/valueFrom/secretKeyRef', 'container "app" reads key "" of Secret "" into the environment variable ""'],
      ['/spec/containers/0/envFrom/0/secretRef', 'container "app" loads every key of Secret "" into environment variables'],
    ]);
  });
});
