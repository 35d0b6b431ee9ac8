import { Document, isNode, isPair, isScalar, LineCounter, parseAllDocuments, YAMLMap, YAMLSeq } from 'yaml';
import { splitPointer } from '../engine/json-pointer';
import { ManifestInput, SourcePosition } from '../engine/types';

/** A problem in an input file: always names the file and, where known, the line. */
export interface InputError {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
}

/** The result of reading one file: its manifests and any errors (a bad document does not hide good ones). */
export interface ParsedFile {
  readonly manifests: ManifestInput[];
  readonly errors: InputError[];
}

/** Limits that keep hostile input (alias bombs) from exhausting memory. */
const MAX_ALIAS_COUNT = 1000;

function nodeAt(doc: Document, pointer: string): unknown {
  let node: unknown = doc.contents;
  for (const segment of splitPointer(pointer)) {
    if (node instanceof YAMLMap) {
      const pair = node.items.find((p) => isPair(p) && (isScalar(p.key) ? String(p.key.value) : String(p.key)) === segment);
      if (!pair) return undefined;
      node = isPair(pair) ? pair.value ?? pair.key : undefined;
    } else if (node instanceof YAMLSeq) {
      node = node.items[Number(segment)];
    } else {
      return undefined;
    }
  }
  return node;
}

/** For a map key, point at the key (where editors show the field); else at the value. */
function positionFinder(doc: Document, lineCounter: LineCounter): (pointer: string) => SourcePosition | undefined {
  return (pointer) => {
    const segments = splitPointer(pointer);
    const parent = segments.length ? nodeAt(doc, '/' + segments.slice(0, -1).map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')) : undefined;
    let offset: number | undefined;
    if (parent instanceof YAMLMap) {
      const last = segments[segments.length - 1];
      const pair = parent.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === last);
      if (pair && isNode(pair.key) && pair.key.range) offset = pair.key.range[0];
    }
    if (offset === undefined) {
      const node = segments.length ? nodeAt(doc, pointer) : doc.contents;
      if (isNode(node) && node.range) offset = node.range[0];
    }
    if (offset === undefined) return undefined;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
}

/** Parses multi-document YAML (JSON is YAML too) into manifests with source positions. */
export function parseYaml(text: string, file: string): ParsedFile {
  const lineCounter = new LineCounter();
  const manifests: ManifestInput[] = [];
  const errors: InputError[] = [];
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true }) as Document.Parsed[];
  } catch (error) {
    return { manifests, errors: [{ file, message: `cannot parse YAML: ${(error as Error).message}` }] };
  }
  if (!Array.isArray(docs)) docs = [docs as unknown as Document.Parsed];
  docs.forEach((doc, documentIndex) => {
    if (doc.errors.length) {
      for (const e of doc.errors) {
        const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
        errors.push({ file, line: pos.line, column: pos.col, message: e.message.split('\n')[0] });
      }
      return;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const pos = doc.contents?.range ? lineCounter.linePos(doc.contents.range[0]) : undefined;
      errors.push({ file, line: pos?.line, column: pos?.col, message: (error as Error).message });
      return;
    }
    if (value === null || value === undefined) return; // empty document (e.g. a trailing ---)
    if (typeof value !== 'object' || Array.isArray(value)) {
      const pos = doc.contents?.range ? lineCounter.linePos(doc.contents.range[0]) : undefined;
      errors.push({ file, line: pos?.line, column: pos?.col, message: `document ${documentIndex + 1} is not a Kubernetes object (a mapping with apiVersion and kind)` });
      return;
    }
    manifests.push({ manifest: value, provenance: { file, documentIndex, positionOf: positionFinder(doc, lineCounter) } });
  });
  return { manifests, errors };
}
