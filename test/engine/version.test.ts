import { InvalidKubernetesVersionError, LATEST_KUBERNETES_MINOR, parseKubernetesVersion } from '../../src/engine/version';

describe('parseKubernetesVersion', () => {
  test('defaults to latest, the newest known minor version', () => {
    expect(parseKubernetesVersion()).toEqual({ label: 'latest', minor: LATEST_KUBERNETES_MINOR });
    expect(parseKubernetesVersion('latest')).toEqual({ label: 'latest', minor: 37 });
  });

  test.each([
    ['v1.29', { label: 'v1.29', minor: 29 }],
    ['1.25', { label: 'v1.25', minor: 25 }],
    ['v1.30.2', { label: 'v1.30', minor: 30 }],
    ['v1.29.10', { label: 'v1.29', minor: 29 }],
    ['1.0', { label: 'v1.0', minor: 0 }],
    ['v1.037', { label: 'v1.37', minor: 37 }],
    [' v1.28 ', { label: 'v1.28', minor: 28 }],
    ['\tlatest\n', { label: 'latest', minor: 37 }],
  ])('%j → %j', (input, expected) => {
    expect(parseKubernetesVersion(input)).toEqual(expected);
  });

  test.each(['v2.1', 'v1.38', 'newest', '', 'kube-v1.29', 'xv1.29', 'v1.29-eks', 'v1.29.', 'v1.29.3.1', 'v1'])('refuses %j', (input) => {
    expect(() => parseKubernetesVersion(input)).toThrow(InvalidKubernetesVersionError);
  });

  test('the error names itself and quotes the trimmed input with the valid range', () => {
    let error: unknown;
    try {
      parseKubernetesVersion(' v1.99 ');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidKubernetesVersionError);
    expect((error as Error).name).toBe('InvalidKubernetesVersionError');
    expect((error as Error).message).toBe('Invalid Kubernetes version "v1.99": use "latest" or v1.0 … v1.37 (for example v1.29).');
  });
});
