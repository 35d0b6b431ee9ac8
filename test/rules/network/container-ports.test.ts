import { analyzeAll } from '../../../src/engine/evaluate';
import { containerPorts } from '../../../src/rules/network/container-ports';

function pod(name: string, ports: unknown[]) {
  return { manifest: { apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [{ name: 'app', image: 'nginx:1', ports }] } } };
}

describe('containerPorts', () => {
  test('reads each object\'s declared ports, with names and pointers, and skips entries without a containerPort', () => {
    const [a] = analyzeAll([pod('a', [{ containerPort: 8080, name: 'http' }, { name: 'none' }, { containerPort: '22' }])]);
    expect(containerPorts(a).map(({ port, name, path }) => ({ port, name, path }))).toEqual([
      { port: 8080, name: 'http', path: '/spec/containers/0/ports/0/containerPort' },
      { port: 22, name: undefined, path: '/spec/containers/0/ports/2/containerPort' },
    ]);
    expect(containerPorts(a)[1]).not.toHaveProperty('name');
  });

  test('asking for objects in turn (as rules and cross-object rules do) gives each its own ports', () => {
    const [a, b] = analyzeAll([pod('a', [{ containerPort: 80 }]), pod('b', [{ containerPort: 443 }, { containerPort: 22 }])]);
    const first = containerPorts(a);
    expect(containerPorts(a)).toBe(first); // the rules of one object share one read
    expect(containerPorts(b).map((p) => p.port)).toEqual([443, 22]);
    expect(containerPorts(a).map((p) => p.port)).toEqual([80]);
  });
});
