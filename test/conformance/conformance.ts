import * as fs from 'fs';
import * as path from 'path';
import { checkManifests } from '../../src/engine/check';
import { Rule } from '../../src/engine/rule';
import { Finding, Manifest, ManifestInput } from '../../src/engine/types';
import { LATEST_KUBERNETES_MINOR } from '../../src/engine/version';
import { parseYaml } from '../../src/input/yaml';
import { PSS_RULES } from '../../src/rules/pss';

/**
 * Pod Security Standards conformance against the upstream Pod Security Admission fixtures
 * (`test/testdata` of kubernetes/pod-security-admission):
 * `<level>/v1.<minor>/<pass|fail>/<checkid><n>.yaml`.
 *
 * A pass fixture must produce no finding with profile `pss-<level>` at `v1.<minor>`. A fail
 * fixture must produce a finding of the rule for the check named by the file (`<checkid>` =
 * the stem without trailing digits, compared with `standards.pss.control` lowercased), or of a
 * rule that `overrides` that check: at restricted, PSA runs the restricted check in place of the
 * baseline one it replaces (e.g. `restrictedVolumes` for `hostPathVolumes`), so a restricted fail
 * fixture for `hostpathvolumes` is rightly rejected by `pss-restricted-volumes`.
 *
 * Every fixture is also checked wrapped in a Deployment and a CronJob, which must give the same
 * verdict (PSA checks pod templates of workloads the same way, as warnings).
 */

export type Level = 'baseline' | 'restricted';
export type Verdict = 'pass' | 'fail';
export type Wrapper = 'Pod' | 'Deployment' | 'CronJob';
export const WRAPPERS: readonly Wrapper[] = ['Pod', 'Deployment', 'CronJob'];

export interface Fixture {
  /** Path relative to the fixture root, with `/` separators. */
  readonly relative: string;
  readonly file: string;
  readonly level: Level;
  readonly minor: number;
  readonly verdict: Verdict;
  /** The check id from the file name, lowercased (`base`, `base_linux` … for pass baselines). */
  readonly checkId: string;
}

export interface Disagreement {
  readonly fixture: Fixture;
  readonly wrapper: Wrapper;
  readonly expected: string;
  readonly got: string;
}

export interface ConformanceResult {
  readonly passed: number;
  readonly failed: number;
  readonly disagreements: readonly Disagreement[];
}

/** Raised when the fixture directory cannot be used; the message is meant for the user as is. */
export class FixtureDirectoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FixtureDirectoryError';
  }
}

const LEVELS: readonly Level[] = ['baseline', 'restricted'];
const VERDICTS: readonly Verdict[] = ['pass', 'fail'];

function listDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

/** Parses a version folder name: `v1.<minor>` or `latest`. */
export function parseVersionFolder(name: string): number | undefined {
  if (name === 'latest') return LATEST_KUBERNETES_MINOR;
  const match = /^v1\.(\d+)$/.exec(name);
  return match && Number(match[1]) <= LATEST_KUBERNETES_MINOR ? Number(match[1]) : undefined;
}

/** The check id a fixture file name stands for: the stem, lowercased, without trailing digits. */
export function checkIdOf(fileName: string): string {
  return path.basename(fileName, path.extname(fileName)).toLowerCase().replace(/\d+$/, '');
}

/** Finds every fixture under `root`; throws FixtureDirectoryError if `root` is not a readable directory or holds none. */
export function discoverFixtures(root: string): Fixture[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(root);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FixtureDirectoryError(`Fixture directory ${root} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? 'unknown error'})`}.`);
  }
  if (!stat.isDirectory()) throw new FixtureDirectoryError(`${root} is not a directory.`);
  try {
    fs.readdirSync(root);
  } catch (error) {
    throw new FixtureDirectoryError(`Fixture directory ${root} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).`);
  }
  const fixtures: Fixture[] = [];
  for (const level of LEVELS) {
    for (const versionDir of listDir(path.join(root, level))) {
      const minor = parseVersionFolder(versionDir);
      if (minor === undefined) continue;
      for (const verdict of VERDICTS) {
        const dir = path.join(root, level, versionDir, verdict);
        for (const name of listDir(dir).sort()) {
          if (!/\.ya?ml$/.test(name)) continue;
          fixtures.push({
            relative: [level, versionDir, verdict, name].join('/'),
            file: path.join(dir, name),
            level,
            minor,
            verdict,
            checkId: checkIdOf(name),
          });
        }
      }
    }
  }
  if (!fixtures.length) {
    throw new FixtureDirectoryError(`No fixtures found under ${root}: expected files at <baseline|restricted>/v1.<minor>/<pass|fail>/<name>.yaml.`);
  }
  return fixtures;
}

/** Wraps a Pod as the pod template of a workload, keeping its metadata (annotations matter for legacy seccomp/AppArmor). */
export function wrap(pod: Manifest, wrapper: Wrapper): Manifest {
  if (wrapper === 'Pod') return pod;
  const { name, ...templateMetadata } = (pod.metadata ?? {}) as Record<string, unknown>;
  const template = { metadata: templateMetadata, spec: pod.spec };
  const metadata = { name: typeof name === 'string' ? name : 'fixture' };
  if (wrapper === 'Deployment') {
    return { apiVersion: 'apps/v1', kind: 'Deployment', metadata, spec: { selector: { matchLabels: { fixture: 'pss' } }, template } };
  }
  return { apiVersion: 'batch/v1', kind: 'CronJob', metadata, spec: { schedule: '0 * * * *', jobTemplate: { spec: { template } } } };
}

const RULES_BY_ID = new Map<string, Rule>(PSS_RULES.map((r) => [r.meta.id, r]));

/** The checks a finding stands for: its rule's PSA control and the baseline control it replaces, lowercased. */
export function controlsOf(finding: Finding): string[] {
  const pss = RULES_BY_ID.get(finding.ruleId)?.meta.standards?.pss;
  if (!pss) return [];
  return [pss.control, ...(pss.overrides ? [pss.overrides] : [])].map((c) => c.toLowerCase());
}

function describeFindings(findings: readonly Finding[]): string {
  if (!findings.length) return 'no finding';
  return findings.map((f) => `[${f.ruleId}] ${f.path}: ${f.message}`).join('; ');
}

/** Checks one fixture in one wrapper; returns the disagreement, if any. */
export function checkFixture(fixture: Fixture, input: ManifestInput, wrapper: Wrapper): Disagreement | undefined {
  const manifest = wrap(input.manifest as Manifest, wrapper);
  const report = checkManifests([wrapper === 'Pod' ? input : { manifest }], {
    profile: `pss-${fixture.level}`,
    kubernetesVersion: `v1.${fixture.minor}`,
  });
  const findings = report.findings.filter((f) => !f.suppressed);
  if (fixture.verdict === 'pass') {
    return findings.length ? { fixture, wrapper, expected: 'no finding', got: describeFindings(findings) } : undefined;
  }
  if (findings.some((f) => controlsOf(f).includes(fixture.checkId))) return undefined;
  return { fixture, wrapper, expected: `a finding for check ${fixture.checkId}`, got: describeFindings(findings) };
}

/** Reads one fixture: exactly one object. A read or parse problem becomes a disagreement for every wrapper. */
export function loadFixture(fixture: Fixture): ManifestInput | string {
  let text: string;
  try {
    text = fs.readFileSync(fixture.file, 'utf8');
  } catch (error) {
    return `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`;
  }
  const parsed = parseYaml(text, fixture.relative);
  if (parsed.errors.length) return parsed.errors.map((e) => `${e.file}:${e.line ?? '?'}: ${e.message}`).join('; ');
  if (parsed.manifests.length !== 1) return `expected one object, found ${parsed.manifests.length}`;
  return parsed.manifests[0];
}

/** Runs every fixture under `root` in every wrapper. */
export function runConformance(root: string): ConformanceResult {
  const disagreements: Disagreement[] = [];
  let passed = 0;
  for (const fixture of discoverFixtures(root)) {
    const input = loadFixture(fixture);
    for (const wrapper of WRAPPERS) {
      const problem =
        typeof input === 'string'
          ? { fixture, wrapper, expected: fixture.verdict === 'pass' ? 'no finding' : `a finding for check ${fixture.checkId}`, got: input }
          : checkFixture(fixture, input, wrapper);
      if (problem) disagreements.push(problem);
      else passed++;
    }
  }
  return { passed, failed: disagreements.length, disagreements };
}

/** One line per disagreement: file, wrapper, expected, got. */
export function formatDisagreement(d: Disagreement): string {
  return `FAIL ${d.fixture.relative} [${d.wrapper}] expected ${d.expected}; got ${d.got}`;
}
