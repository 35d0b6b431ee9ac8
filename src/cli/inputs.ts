import * as fs from 'fs';
import * as path from 'path';
import { ManifestInput } from '../engine/types';
import { STDIN_FILE_NAME } from '../formatters/run';
import { InputError, parseYaml } from '../input/yaml';

/** Extensions picked up when walking directories. */
export const MANIFEST_EXTENSIONS: readonly string[] = ['.yaml', '.yml', '.json'];

/**
 * Files bigger than this are refused rather than read into memory, unless --max-file-size raises
 * the limit. The YAML parser keeps a syntax tree with positions, about 30 bytes of heap per input
 * byte, so 16 MiB stays well inside a 512 MiB heap while holding thousands of manifests.
 */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

function tooLarge(file: string, maxBytes: number): InputError {
  return {
    file,
    message: `file is larger than ${maxBytes / 1024 / 1024} MiB; split it into smaller manifest files, or raise the limit with --max-file-size <MiB> (checking takes about 30 bytes of memory per byte of YAML)`,
  };
}

/** Reads a file, refusing oversized ones before their bytes are loaded. */
function readBounded(file: string, maxBytes: number): Buffer | InputError {
  if (fs.statSync(file).size > maxBytes) return tooLarge(file, maxBytes);
  return fs.readFileSync(file);
}

/** What the CLI read: manifests with provenance, and problems that stop files from being checked. */
export interface CollectedInputs {
  readonly inputs: ManifestInput[];
  readonly errors: InputError[];
  /** Files read, in the order they were checked. */
  readonly files: string[];
}

/** How the reader gets standard input (injected so tests and embedders can supply it). */
export type StdinReader = () => Promise<Buffer>;

/** A file-system error as a short reason (no paths or stack, which the caller adds or omits). */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Manifest files under a directory: sorted, recursive, skipping node_modules and hidden entries, following each real directory once. */
export function walkDirectory(dir: string, seen: Set<string> = new Set()): { files: string[]; errors: InputError[] } {
  const files: string[] = [];
  const errors: InputError[] = [];
  let real: string;
  let entries: fs.Dirent[];
  try {
    real = fs.realpathSync(dir);
    if (seen.has(real)) return { files, errors }; // a symlink loop or a second link to the same tree
    seen.add(real);
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    return { files, errors: [{ file: dir, message: `cannot read directory: ${describeFsError(error)}` }] };
  }
  for (const entry of entries.sort((a, b) => byName(a.name, b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const stat = fs.statSync(full);
        isDir = stat.isDirectory();
        isFile = stat.isFile();
      } catch {
        continue; // dangling link: nothing to check
      }
    }
    if (isDir) {
      const sub = walkDirectory(full, seen);
      files.push(...sub.files);
      errors.push(...sub.errors);
    } else if (isFile && MANIFEST_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
      files.push(full);
    }
  }
  return { files, errors };
}

/** Decodes a file as UTF-8 text, refusing binary data, invalid encodings and files over `maxBytes` with a reason. */
export function decodeText(bytes: Buffer, file: string, maxBytes = MAX_FILE_BYTES): { text?: string; error?: InputError } {
  if (bytes.length > maxBytes) return { error: tooLarge(file, maxBytes) };
  if (bytes.subarray(0, 8192).includes(0)) {
    return { error: { file, message: 'binary file (contains NUL bytes), not YAML or JSON; if it is UTF-16 text, save it as UTF-8' } };
  }
  try {
    // fatal: invalid UTF-8 is refused instead of silently turned into U+FFFD; a BOM is dropped.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { error: { file, message: 'not valid UTF-8 text; save the file as UTF-8' } };
  }
}

/** True when a document looks like a Kubernetes object (has a kind or an apiVersion). */
function isKubernetesObject(manifest: unknown): boolean {
  const m = manifest as Record<string, unknown>;
  return typeof m.kind === 'string' || typeof m.apiVersion === 'string';
}

/**
 * Parses one file's text. Files found by walking a directory may hold other YAML/JSON (CI
 * config, package.json): their documents without kind and apiVersion are skipped. In files
 * named explicitly, such documents are errors, since the user expected them to be checked.
 */
export function parseManifestText(text: string, file: string, explicit: boolean): { inputs: ManifestInput[]; errors: InputError[] } {
  const parsed = parseYaml(text, file);
  const inputs: ManifestInput[] = [];
  const errors: InputError[] = [...parsed.errors];
  for (const input of parsed.manifests) {
    if (isKubernetesObject(input.manifest)) {
      inputs.push(input);
    } else if (explicit) {
      const line = input.provenance?.positionOf?.('')?.line;
      const doc = (input.provenance?.documentIndex ?? 0) + 1;
      errors.push({ file, ...(line !== undefined ? { line } : {}), message: `document ${doc} is not a Kubernetes object: it has neither apiVersion nor kind` });
    }
  }
  return { inputs, errors };
}

/**
 * Reads the paths given on the command line: files, directories (recursively) and `-` for
 * standard input. Problems with one path are reported and the other paths are still read.
 */
export async function collectInputs(paths: readonly string[], readStdin: StdinReader, maxFileBytes = MAX_FILE_BYTES): Promise<CollectedInputs> {
  const inputs: ManifestInput[] = [];
  const errors: InputError[] = [];
  const files: string[] = [];
  const read = (file: string, bytes: Buffer | InputError, explicit: boolean) => {
    files.push(file);
    if (!Buffer.isBuffer(bytes)) {
      errors.push(bytes);
      return;
    }
    const decoded = decodeText(bytes, file, maxFileBytes);
    if (decoded.error) {
      errors.push(decoded.error);
      return;
    }
    const parsed = parseManifestText(decoded.text!, file, explicit);
    // A loop, not push(...list): spreading a file of 100k+ documents overflows the call stack.
    for (const input of parsed.inputs) inputs.push(input);
    for (const error of parsed.errors) errors.push(error);
  };
  let stdinRead = false;
  for (const given of paths) {
    if (given === '-') {
      if (stdinRead) continue; // stdin can only be read once
      stdinRead = true;
      try {
        read(STDIN_FILE_NAME, await readStdin(), true);
      } catch (error) {
        errors.push({ file: STDIN_FILE_NAME, message: `cannot read standard input: ${describeFsError(error)}` });
      }
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch (error) {
      errors.push({ file: given, message: `cannot read: ${describeFsError(error)}` });
      continue;
    }
    if (stat.isDirectory()) {
      const walked = walkDirectory(given);
      errors.push(...walked.errors);
      if (!walked.files.length && !walked.errors.length) {
        errors.push({ file: given, message: `no ${MANIFEST_EXTENSIONS.join(', ')} files found (node_modules and hidden entries are skipped)` });
      }
      for (const file of walked.files) {
        try {
          read(file, readBounded(file, maxFileBytes), false);
        } catch (error) {
          errors.push({ file, message: `cannot read: ${describeFsError(error)}` });
        }
      }
    } else {
      try {
        read(given, readBounded(given, maxFileBytes), true);
      } catch (error) {
        errors.push({ file: given, message: `cannot read: ${describeFsError(error)}` });
      }
    }
  }
  return { inputs, errors, files };
}
