import { securityContext } from '../../../src/rules/identity/security-context';
import { deployment, pod, runRule, safeContainer } from '../../support/manifests';

describe('security-context', () => {
  test('passes with pod and container securityContexts', () => {
    expect(runRule(securityContext, [pod({ securityContext: { runAsNonRoot: true }, containers: [safeContainer()] })])).toEqual([]);
  });

  test('reports the missing pod securityContext', () => {
    const [f] = runRule(securityContext, [deployment({ containers: [safeContainer()] })]);
    expect(f.path).toBe('/spec/template/spec');
    expect(f.message).toBe('the pod has no securityContext');
  });

  test('reports missing, empty or mistyped container securityContexts, in every container type', () => {
    const spec = {
      securityContext: { runAsNonRoot: true },
      containers: [{ name: 'a', image: 'x:1' }, { name: 'b', image: 'x:1', securityContext: {} }],
      initContainers: [{ name: 'i', image: 'x:1', securityContext: 'yes' }],
      ephemeralContainers: [{ name: 'e', image: 'x:1' }],
    };
    const findings = runRule(securityContext, [pod(spec)]);
    expect(findings.map((f) => f.container).sort()).toEqual(['a', 'b', 'e', 'i']);
    expect(findings.find((f) => f.container === 'b')!.message).toBe('container "b" has an empty securityContext');
    expect(findings.find((f) => f.container === 'i')!.message).toContain('not an object');
    expect(findings.find((f) => f.container === 'b')!.path).toBe('/spec/containers/1/securityContext');
  });
});
