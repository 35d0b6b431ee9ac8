import { duplicateEnvVar } from '../../../src/rules/availability/duplicate-env-var';
import { cronJob, pod, runRule, safeContainer } from '../../support/manifests';

describe('duplicate-env-var', () => {
  test('passes for unique names, also across containers', () => {
    expect(runRule(duplicateEnvVar, [pod({ containers: [safeContainer('a', { env: [{ name: 'A', value: '1' }] }), safeContainer('b', { env: [{ name: 'A', value: '2' }] })] })])).toEqual([]);
  });

  test('reports the later duplicate with both positions, also for valueFrom entries', () => {
    const env = [{ name: 'LOG', value: 'info' }, { name: 'X' }, { name: 'LOG', valueFrom: { configMapKeyRef: { name: 'c', key: 'k' } } }];
    const [f] = runRule(duplicateEnvVar, [cronJob({ containers: [safeContainer()], initContainers: [safeContainer('init', { env })] })]);
    expect(f.path).toBe('/spec/jobTemplate/spec/template/spec/initContainers/0/env/2');
    expect(f.message).toBe('init container "init" sets the environment variable "LOG" again (first at env[0]); only the last one takes effect');
  });

  test('odd entries do not throw', () => {
    expect(runRule(duplicateEnvVar, [pod({ containers: [safeContainer('a', { env: [null, 'x', { name: 3 }, { name: 3 }] })] })])).toEqual([]);
  });
});
