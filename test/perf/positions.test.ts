import * as fc from 'fast-check';
import { Document, isNode, isPair, isScalar, LineCounter, parseAllDocuments, YAMLMap, YAMLSeq } from 'yaml';
import { joinPointer, nearestExistingPointer, splitPointer } from '../../src/engine/json-pointer';
import { parseYaml } from '../../src/input/yaml';

/** The straightforward implementations the fast ones replaced: results must not change. */
function referenceNearest(doc: unknown, pointer: string): string {
  let current: unknown = doc;
  let existing = '';
  for (const segment of splitPointer(pointer)) {
    if (current === null || typeof current !== 'object') break;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) break;
    current = (current as Record<string, unknown>)[segment];
    existing = joinPointer(existing, segment);
  }
  return existing;
}

function referenceNodeAt(doc: Document, pointer: string): unknown {
  let node: unknown = doc.contents;
  for (const segment of splitPointer(pointer)) {
    if (node instanceof YAMLMap) {
      const pair = node.items.find((p) => isPair(p) && (isScalar(p.key) ? String(p.key.value) : String(p.key)) === segment);
      if (!pair) return undefined;
      node = pair.value ?? pair.key;
    } else if (node instanceof YAMLSeq) {
      node = node.items[Number(segment)];
    } else {
      return undefined;
    }
  }
  return node;
}

function referencePosition(doc: Document, lineCounter: LineCounter, pointer: string): { line: number; column: number } | undefined {
  const segments = splitPointer(pointer);
  const parent = segments.length ? referenceNodeAt(doc, '/' + segments.slice(0, -1).map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')) : undefined;
  let offset: number | undefined;
  if (parent instanceof YAMLMap) {
    const last = segments[segments.length - 1];
    const pair = parent.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === last);
    if (pair && isNode(pair.key) && pair.key.range) offset = pair.key.range[0];
  }
  if (offset === undefined) {
    const node = segments.length ? referenceNodeAt(doc, pointer) : doc.contents;
    if (isNode(node) && node.range) offset = node.range[0];
  }
  if (offset === undefined) return undefined;
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/** Every pointer of a value, plus a missing child under each. */
function pointersOf(value: unknown, base = ''): string[] {
  const out = [base, joinPointer(base, 'missing~field')];
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...pointersOf(v, joinPointer(base, k)));
  }
  return out;
}

const YAML_TEXT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {cdk8s.io/metadata.addr: x, "a~b": y}
  annotations:
    "x/y": z
spec:
  template:
    spec:
      containers:
        - name: app
          ports: [{containerPort: 8080}, {containerPort: 9090, name: m}]
          env:
            - {name: A, value: "1"}
        - name: side
          securityContext:
            privileged: true
      1: numeric key
---
kind: Service
spec: {ports: [{port: 80}], selector: {}}
---
# More keys than pairOf scans: looked up through its index.
kind: ConfigMap
data:
${Array.from({ length: 20 }, (_, i) => `  key-${i}: v${i}`).join('\n')}
  7: numeric key
  true: boolean key
  "a/b~c": escaped
`;

describe('finding positions and pointers', () => {
  test('positionOf gives the same line and column as a full walk, for every field and some missing ones', () => {
    const lineCounter = new LineCounter();
    const docs = parseAllDocuments(YAML_TEXT, { lineCounter }) as Document.Parsed[];
    const { manifests } = parseYaml(YAML_TEXT, 'x.yaml');
    expect(manifests).toHaveLength(3);
    manifests.forEach((m, i) => {
      const pointers = [...pointersOf(m.manifest), '/', '/spec/template/spec/containers/7/name', '/spec/template/spec/1'];
      // Twice: the second round is answered from the caches.
      for (const round of [1, 2]) {
        for (const p of pointers) {
          expect({ round, p, at: m.provenance!.positionOf!(p) }).toEqual({ round, p, at: referencePosition(docs[i], lineCounter, p) });
        }
      }
    });
  });

  test('nearestExistingPointer equals the segment-by-segment walk, escapes included', () => {
    const segment = fc.constantFrom('a', 'b', '0', '1', '~', '/', 'a~b', 'a/b', '~0', '~1', '', 'x~2');
    const tree: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.constant(1), fc.constant(null), fc.dictionary(segment, tie('node')), fc.array(tie('node'), { maxLength: 3 })),
    })).node;
    fc.assert(
      fc.property(tree, fc.array(segment, { maxLength: 5 }), fc.boolean(), (doc, segments, raw) => {
        // Raw joins produce non-canonical escapes (`~2`, a bare `~`) as well as canonical pointers.
        const pointer = raw ? '/' + segments.join('/') : joinPointer('', ...segments);
        expect(nearestExistingPointer(doc, pointer)).toBe(referenceNearest(doc, pointer));
      }),
      { numRuns: 5000 },
    );
  });
});
