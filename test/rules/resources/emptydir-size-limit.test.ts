import { emptyDirSizeLimit } from '../../../src/rules/resources/emptydir-size-limit';
import { memoryEmptyDirSizeLimit } from '../../../src/rules/resources/memory-emptydir-size-limit';
import { cronJob, pod, runRule, safeContainer } from '../../support/manifests';

const withVolumes = (volumes: unknown) => pod({ containers: [safeContainer()], volumes });

describe('emptydir-size-limit', () => {
  test('passes with a sizeLimit, and ignores memory-backed and other volumes', () => {
    expect(runRule(emptyDirSizeLimit, [withVolumes([{ name: 'a', emptyDir: { sizeLimit: '1Gi' } }, { name: 'm', emptyDir: { medium: 'Memory' } }, { name: 'c', configMap: { name: 'x' } }])])).toEqual([]);
  });

  test('reports a disk-backed emptyDir without sizeLimit, or with a bad one', () => {
    const [f] = runRule(emptyDirSizeLimit, [cronJob({ containers: [safeContainer()], volumes: [{ name: 'scratch', emptyDir: {} }] })]);
    expect(f.severity).toBe('info');
    expect(f.path).toBe('/spec/jobTemplate/spec/template/spec/volumes/0/emptyDir');
    expect(f.message).toBe('emptyDir volume "scratch" has no sizeLimit');
    expect(runRule(emptyDirSizeLimit, [withVolumes([{ name: 'z', emptyDir: { sizeLimit: '0' } }])])[0].message).toContain('not a positive quantity');
    expect(runRule(emptyDirSizeLimit, [withVolumes([{ name: 'z', emptyDir: { sizeLimit: '-1Gi' } }])])).toHaveLength(1);
  });
});

describe('memory-emptydir-size-limit', () => {
  test('passes with a sizeLimit, and ignores disk-backed volumes', () => {
    expect(runRule(memoryEmptyDirSizeLimit, [withVolumes([{ name: 'm', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } }, { name: 'd', emptyDir: {} }])])).toEqual([]);
  });

  test('reports a tmpfs emptyDir without sizeLimit at warning', () => {
    const [f] = runRule(memoryEmptyDirSizeLimit, [withVolumes([{ name: 'd', emptyDir: {} }, { name: 'shm', emptyDir: { medium: 'Memory' } }])]);
    expect(f.severity).toBe('warning');
    expect(f.path).toBe('/spec/volumes/1/emptyDir');
    expect(f.message).toBe('memory-backed (tmpfs) emptyDir volume "shm" has no sizeLimit');
  });
});

describe('emptydir-size-limit details', () => {
  test('a bad sizeLimit is pointed at exactly; unnamed volumes are named by index', () => {
    expect(runRule(emptyDirSizeLimit, [withVolumes([{ name: 'ok', emptyDir: { sizeLimit: '1Gi' } }, { emptyDir: { sizeLimit: '0' } }])]).map((f) => [f.path, f.message])).toEqual([
      ['/spec/volumes/1/emptyDir/sizeLimit', 'emptyDir volume "#1" has sizeLimit "0", which is not a positive quantity'],
    ]);
  });
});
