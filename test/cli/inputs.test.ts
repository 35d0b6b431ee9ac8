import * as fs from 'fs';
import * as path from 'path';
import { collectInputs, decodeText, walkDirectory } from '../../src/cli/inputs';
import { privilegedPod } from './fixtures';
import { makeTree } from './run-cli';

const noStdin = async () => Buffer.alloc(0);

describe('CLI input collection', () => {
  const root = makeTree({
    'b/pod.yaml': privilegedPod('b'),
    'a/Z.YAML': privilegedPod('upper'),
    'a/pod.json': '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "j"}}',
    'a/skip.yaml.bak': 'x',
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test('walks in byte order, matches extensions case-insensitively and survives symlink loops', () => {
    fs.symlinkSync(root, path.join(root, 'b', 'loop'));
    fs.symlinkSync(path.join(root, 'missing-target'), path.join(root, 'b', 'dangling.yaml'));
    const { files, errors } = walkDirectory(root);
    expect(errors).toEqual([]);
    expect(files.map((f) => path.relative(root, f))).toEqual([path.join('a', 'Z.YAML'), path.join('a', 'pod.json'), path.join('b', 'pod.yaml')]);
  });

  test('decodes UTF-8 with and without a BOM; refuses NUL bytes and invalid UTF-8', () => {
    expect(decodeText(Buffer.from('\uFEFFkind: Pod\n', 'utf8'), 'f').text).toBe('kind: Pod\n');
    expect(decodeText(Buffer.from('kind: Pöd\n', 'utf8'), 'f').text).toBe('kind: Pöd\n');
    expect(decodeText(Buffer.from('k\u0000', 'utf16le'), 'f').error?.message).toMatch(/^binary file/);
    expect(decodeText(Buffer.from([0x6b, 0xff, 0x0a]), 'f').error?.message).toBe('not valid UTF-8 text; save the file as UTF-8');
  });

  test('files keep the path as given, each document keeps its index and position', async () => {
    const given = path.relative(process.cwd(), path.join(root, 'b', 'pod.yaml'));
    const collected = await collectInputs([given, '-'], async () => Buffer.from(`${privilegedPod('one')}---\n${privilegedPod('two')}`));
    expect(collected.errors).toEqual([]);
    expect(collected.files).toEqual([given, '<stdin>']);
    expect(collected.inputs.map((i) => [i.provenance?.file, i.provenance?.documentIndex, i.provenance?.positionOf?.('/metadata/name')?.line])).toEqual([
      [given, 0, 4],
      ['<stdin>', 0, 4],
      ['<stdin>', 1, 16],
    ]);
  });

  test('a failing stdin is an input error, not a crash', async () => {
    const collected = await collectInputs(['-'], async () => {
      throw Object.assign(new Error('read EIO'), { code: 'EIO' });
    });
    expect(collected.errors).toEqual([{ file: '<stdin>', message: 'cannot read standard input: read EIO' }]);
    expect(await collectInputs([], noStdin)).toEqual({ inputs: [], errors: [], files: [] });
  });
});
