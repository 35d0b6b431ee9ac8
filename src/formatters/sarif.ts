import { createHash } from 'crypto';
import type * as Sarif from 'sarif';
import { Finding, Severity } from '../engine/types';
import { jsonWithArrayInPieces } from './pieces';
import { CheckRun, ReportedRule, rulesOfRun, STDIN_FILE_NAME } from './run';
import { TOOL_NAME, TOOL_URI, toolVersion } from './tool-info';

/** Key of the fingerprint in `partialFingerprints`; the `/v1` changes if the hashed fields ever do. */
export const SARIF_FINGERPRINT_KEY = 'guardrailsFinding/v1';

const LEVEL: Readonly<Record<Severity, Sarif.ReportingConfiguration.level>> = { error: 'error', warning: 'warning', info: 'note' };

/** GitHub code scanning ranks security alerts by this CVSS-like score. */
const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = { error: '8.0', warning: '5.0', info: '2.0' };

/** `image-tag` → `ImageTag`: SARIF wants a name that reads as an identifier, distinct from the id. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

function ruleTags(rule: ReportedRule): string[] {
  const tags = new Set<string>(['security', 'kubernetes', rule.meta.category]);
  const pss = rule.meta.standards?.pss;
  if (pss) tags.add(`pss-${pss.level}`);
  if (rule.meta.standards?.cis?.length) tags.add('cis');
  if (rule.meta.standards?.nsa?.length) tags.add('nsa');
  return [...tags];
}

function descriptor(rule: ReportedRule): Sarif.ReportingDescriptor {
  const { meta } = rule;
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: meta.title },
    fullDescription: { text: meta.description },
    help: { text: `Fix: ${meta.remediation}`, markdown: `**Fix:** ${meta.remediation}` },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      'category': meta.category,
      'tags': ruleTags(rule),
      'security-severity': SECURITY_SEVERITY[rule.severity],
      ...(meta.standards ? { standards: meta.standards } : {}),
      ...(meta.equivalents ? { equivalents: meta.equivalents } : {}),
    },
  };
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
function fileUri(file: string): string {
  const slashed = file.replace(/\\/g, '/');
  const encoded = slashed.split('/').map((s) => encodeURIComponent(s)).join('/');
  return slashed.startsWith('/') ? `file://${encoded}` : encoded;
}

function resourceName(resource: Finding['resource']): string {
  const { kind, namespace, name } = resource;
  return [kind || '(no kind)', namespace, name ?? '(unnamed)'].filter((x) => x !== undefined).join('/');
}

/** File URIs and resource names of one run: all the findings of a file, or of an object, share them. */
class RunNames {
  private readonly uris = new Map<string, string>();
  private readonly resources = new Map<Finding['resource'], string>();

  public uri(file: string): string {
    let uri = this.uris.get(file);
    if (uri === undefined) this.uris.set(file, (uri = fileUri(file)));
    return uri;
  }

  public resource(resource: Finding['resource']): string {
    let name = this.resources.get(resource);
    if (name === undefined) this.resources.set(resource, (name = resourceName(resource)));
    return name;
  }
}

/** Stable across runs and line shifts: rule, object and field, not position or message. */
export function findingFingerprint(f: Finding): string {
  const r = f.resource;
  return createHash('sha256')
    .update(JSON.stringify([f.ruleId, f.file ?? '', r.apiVersion, r.kind, r.namespace ?? '', r.name ?? '', f.constructPath ?? '', f.path, f.container ?? '']))
    .digest('hex')
    .slice(0, 32);
}

function location(f: Finding, names: RunNames): Sarif.Location {
  const logicalLocations: Sarif.LogicalLocation[] = [{ name: f.resource.name ?? '(unnamed)', fullyQualifiedName: names.resource(f.resource), kind: 'resource' }];
  if (f.constructPath !== undefined) logicalLocations.push({ name: f.constructPath.split('/').pop(), fullyQualifiedName: f.constructPath, kind: 'module' });
  const loc: Sarif.Location = { logicalLocations };
  if (f.file !== undefined && f.file !== STDIN_FILE_NAME) {
    loc.physicalLocation = {
      artifactLocation: { uri: names.uri(f.file), ...(f.file.startsWith('/') ? {} : { uriBaseId: '%SRCROOT%' }) },
      ...(f.line !== undefined ? { region: { startLine: f.line, ...(f.column !== undefined ? { startColumn: f.column } : {}) } } : {}),
    };
  }
  return loc;
}

function result(f: Finding, ruleIndex: number, names: RunNames): Sarif.Result {
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: `${f.message.replace(/\.$/, '')}. Fix: ${f.remediation}` },
    locations: [location(f, names)],
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: findingFingerprint(f) },
    properties: {
      path: f.path,
      ...(f.container !== undefined ? { container: f.container } : {}),
      ...(f.expiredSuppression ? { expiredSuppression: f.expiredSuppression } : {}),
    },
    ...(f.suppressed
      ? {
        suppressions: [
          {
            // Annotations and construct suppressions live with the source; a central file is external.
            kind: f.suppressed.source.startsWith('file:') ? ('external' as const) : ('inSource' as const),
            status: 'accepted' as const,
            justification: `${f.suppressed.reason}${f.suppressed.until ? ` (until ${f.suppressed.until})` : ''}; declared at ${f.suppressed.source}`,
          },
        ],
      }
      : {}),
  };
}

function notification(e: CheckRun['errors'][number]): Sarif.Notification {
  const physical: Sarif.PhysicalLocation | undefined =
    e.file === STDIN_FILE_NAME
      ? undefined
      : {
        artifactLocation: { uri: fileUri(e.file), ...(e.file.startsWith('/') ? {} : { uriBaseId: '%SRCROOT%' }) },
        ...(e.line !== undefined ? { region: { startLine: e.line, ...(e.column !== undefined ? { startColumn: e.column } : {}) } } : {}),
      };
  return {
    level: 'error',
    message: { text: `${e.file}${e.line !== undefined ? `:${e.line}` : ''}: ${e.message}` },
    ...(physical ? { locations: [{ physicalLocation: physical }] } : {}),
  };
}

/** The SARIF 2.1.0 log of a run, with the given results; and how to make the result of a finding. */
function sarifParts(run: CheckRun): { log: (results: Sarif.Result[]) => Sarif.Log; resultOf: (f: Finding) => Sarif.Result } {
  const rules = rulesOfRun(run);
  const index = new Map(rules.map((r, i) => [r.meta.id, i]));
  const descriptors = rules.map(descriptor);
  const log = (results: Sarif.Result[]): Sarif.Log => ({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: toolVersion(),
            informationUri: TOOL_URI,
            rules: descriptors,
          },
        },
        invocations: [
          {
            executionSuccessful: run.errors.length === 0,
            ...(run.errors.length ? { toolExecutionNotifications: run.errors.map(notification) } : {}),
          },
        ],
        results,
        properties: { profile: run.report.profile, kubernetesVersion: run.report.kubernetesVersion, failOn: run.failOn },
      },
    ],
  });
  const names = new RunNames();
  return { log, resultOf: (f) => result(f, index.get(f.ruleId)!, names) };
}

/** Builds the SARIF 2.1.0 log object for a run. */
export function toSarif(run: CheckRun): Sarif.Log {
  const { log, resultOf } = sarifParts(run);
  return log(run.report.findings.map(resultOf));
}

/** Results per piece: ~50 KB of text (a result with its locations runs to about 1 KB). */
const RESULTS_PER_PIECE = 50;

/**
 * The SARIF text of `formatSarif` in pieces: results are made and written a hundred at a time, so
 * neither the result objects of all findings nor the whole text are ever in memory at once.
 */
export function sarifChunks(run: CheckRun): Generator<string> {
  const { log, resultOf } = sarifParts(run);
  const findings = run.report.findings;
  return jsonWithArrayInPieces({
    frame: log([]),
    key: 'results',
    depth: 3,
    wrap: (items) => ({ runs: [{ results: items }] }),
    count: findings.length,
    items: (from, to) => findings.slice(from, to).map(resultOf),
    perPiece: RESULTS_PER_PIECE,
    whole: () => log(findings.map(resultOf)),
  });
}

/** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
export function formatSarif(run: CheckRun): string {
  return [...sarifChunks(run)].join('');
}
