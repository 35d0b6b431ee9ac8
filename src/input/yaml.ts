import { Document, isNode, isPair, isScalar, LineCounter, Pair, parseAllDocuments, YAMLMap, YAMLSeq } from 'yaml';
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

/**
 * The parser recurses per nesting level, so thousands of nested `[`/`{` overflow the stack; say
 * what is wrong instead of passing on the engine's "Maximum call stack size exceeded".
 */
function clearMessage(message: string): string {
  if (/maximum call stack size exceeded/i.test(message)) {
    return 'nesting is too deep to parse (thousands of nested sequences or mappings); Kubernetes manifests are never nested this deeply';
  }
  if (/excessive alias count/i.test(message)) {
    return `too many alias expansions (more than ${MAX_ALIAS_COUNT}; a YAML "billion laughs" alias bomb?); expand the aliases or split the document`;
  }
  return message.split('\n')[0];
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

/** Whether a pair's key is `text`; string keys (almost all) are compared without converting. */
function keyIs(key: unknown, text: string): boolean {
  const value = isScalar(key) ? key.value : key;
  return typeof value === 'string' ? value === text : String(value) === text;
}

/** Maps with more pairs than this get an index; smaller ones (nearly all in manifests) are scanned. */
const SCAN_LIMIT = 16;

/**
 * The pairs of large maps by key text (the first pair wins, as the scan finds it), built the first
 * time a finding points into the map: a ConfigMap with thousands of keys and a finding per key
 * would otherwise scan it once per finding.
 */
const PAIRS = new WeakMap<YAMLMap, Map<string, Pair>>();

function pairOf(map: YAMLMap, key: string): Pair | undefined {
  const items = map.items;
  if (items.length <= SCAN_LIMIT) {
    for (let i = 0; i < items.length; i++) {
      const p = items[i];
      if (isPair(p) && keyIs(p.key, key)) return p;
    }
    return undefined;
  }
  let pairs = PAIRS.get(map);
  if (!pairs) {
    pairs = new Map();
    for (const p of items) {
      if (!isPair(p)) continue;
      const text = keyText(p.key);
      if (!pairs.has(text)) pairs.set(text, p);
    }
    PAIRS.set(map, pairs);
  }
  return pairs.get(key);
}

/**
 * For a map key, point at the key (where editors show the field); else at the value. Walks down
 * from the document root, one map or sequence per pointer segment: cheaper than caching nodes by
 * pointer text, which hashed a new prefix string at every level.
 */
function positionFinder(doc: Document, lineCounter: LineCounter): (pointer: string) => SourcePosition | undefined {
  return (pointer) => {
    if (pointer === '' || pointer === '/') return offsetPosition(doc.contents, lineCounter);
    let node: unknown = doc.contents;
    let key: unknown;
    let start = 1;
    while (start <= pointer.length) {
      let stop = pointer.indexOf('/', start);
      if (stop < 0) stop = pointer.length;
      const segment = unescapeSegment(pointer.slice(start, stop));
      start = stop + 1;
      if (node instanceof YAMLMap) {
        const pair = pairOf(node, segment);
        if (!pair) return undefined;
        key = pair.key;
        node = pair.value ?? pair.key;
      } else if (node instanceof YAMLSeq) {
        key = undefined;
        node = node.items[Number(segment)];
      } else {
        return undefined;
      }
    }
    if (isNode(key) && key.range) return linePosition(key.range[0], lineCounter);
    return offsetPosition(node, lineCounter);
  };
}

function unescapeSegment(segment: string): string {
  return segment.includes('~') ? segment.replace(/~1/g, '/').replace(/~0/g, '~') : segment;
}

function offsetPosition(node: unknown, lineCounter: LineCounter): SourcePosition | undefined {
  return isNode(node) && node.range ? linePosition(node.range[0], lineCounter) : undefined;
}

function linePosition(offset: number, lineCounter: LineCounter): SourcePosition {
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/** Parses multi-document YAML (JSON is YAML too) into manifests with source positions. */
export function parseYaml(text: string, file: string): ParsedFile {
  const lineCounter = new LineCounter();
  const manifests: ManifestInput[] = [];
  const errors: InputError[] = [];
  let docs: Document.Parsed[];
  try {
    // merge: `<<` keys are merged as kubectl (YAML 1.1) does, so merged fields are checked too.
    docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: true }) as Document.Parsed[];
  } catch (error) {
    return { manifests, errors: [{ file, message: `cannot parse YAML: ${clearMessage((error as Error).message)}` }] };
  }
  if (!Array.isArray(docs)) docs = [docs as unknown as Document.Parsed];
  docs.forEach((doc, documentIndex) => {
    if (doc.errors.length) {
      const seen = new Set<string>();
      for (const e of doc.errors) {
        const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
        const message = clearMessage(e.message);
        if (seen.has(message) && message !== e.message.split('\n')[0]) continue; // one stack overflow is reported once
        seen.add(message);
        errors.push({ file, line: pos.line, column: pos.col, message });
      }
      return;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const pos = doc.contents?.range ? lineCounter.linePos(doc.contents.range[0]) : undefined;
      errors.push({ file, line: pos?.line, column: pos?.col, message: clearMessage((error as Error).message) });
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
