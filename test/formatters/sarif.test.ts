import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { formatSarif, SARIF_FINGERPRINT_KEY } from '../../src/formatters';
import { STDIN_FILE_NAME, runOf } from '../../src/formatters/run';
import { checkManifests } from '../../src/engine/check';
import { parseYaml } from '../../src/input/yaml';
import { sampleRun, SAMPLE_YAML } from './sample-run';

const SCHEMA_PATH = path.resolve(__dirname, '..', '..', '..', 'shared', 'schemas', 'sarif-2.1.0.json');

function loadValidator() {
  if (!fs.existsSync(SCHEMA_PATH)) {
    throw new Error(`The SARIF 2.1.0 schema is missing at ${SCHEMA_PATH} (expected ../shared/schemas/sarif-2.1.0.json relative to the repository root).`);
  }
  const schema = JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8'));
  // The OASIS file declares draft-04 with `id`; its keywords are draft-07 compatible, so load it as draft-07.
  delete schema.$schema;
  if (schema.id) {
    schema.$id = schema.id;
    delete schema.id;
  }
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const validate = loadValidator();

function parse(text: string): Sarif.Log {
  return JSON.parse(text) as Sarif.Log;
}

function expectValid(log: unknown) {
  const ok = validate(log);
  if (!ok) throw new Error(`SARIF does not match the 2.1.0 schema: ${JSON.stringify(validate.errors, null, 2)}`);
}

describe('SARIF formatter', () => {
  test('output validates against the official SARIF 2.1.0 schema, with and without input errors', () => {
    expectValid(parse(formatSarif(sampleRun())));
    expectValid(parse(formatSarif(sampleRun({ withErrors: true }))));
    expectValid(parse(formatSarif(sampleRun({ file: STDIN_FILE_NAME }))));
  });

  test('the validator rejects a broken log (so the schema test can fail)', () => {
    const log = parse(formatSarif(sampleRun())) as unknown as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  test('one driver rule per profile rule, with descriptions, help, standards and default level', () => {
    const driver = parse(formatSarif(sampleRun())).runs[0].tool.driver;
    expect(driver.name).toBe('cdk8s-guardrails');
    expect(driver.rules!.map((r) => r.id)).toEqual(['pss-privileged', 'image-tag']);
    const priv = driver.rules![0];
    expect(priv).toMatchObject({
      name: 'PssPrivileged',
      shortDescription: { text: 'Privileged containers' },
      defaultConfiguration: { level: 'error' },
      properties: { 'category': 'pod-security', 'security-severity': '8.0' },
    });
    expect(priv.fullDescription!.text).toMatch(/take over the node/);
    expect(priv.help!.text).toMatch(/^Fix: Remove `securityContext.privileged`/);
    expect(priv.properties!.standards.pss).toMatchObject({ level: 'baseline', control: 'privileged' });
    expect(priv.properties!.tags).toEqual(expect.arrayContaining(['security', 'pod-security', 'pss-baseline', 'cis', 'nsa']));
  });

  test('results carry rule, level, relative uri, line/column and the object as a logical location', () => {
    const results = parse(formatSarif(sampleRun())).runs[0].results!;
    expect(results.map((r) => [r.ruleId, r.ruleIndex, r.level, r.locations![0].physicalLocation!.region!.startLine])).toEqual([
      ['image-tag', 1, 'error', 9],
      ['pss-privileged', 0, 'error', 11],
      ['image-tag', 1, 'error', 25],
      ['pss-privileged', 0, 'error', 27],
    ]);
    const first = results[1].locations![0];
    expect(first.physicalLocation).toEqual({
      artifactLocation: { uri: 'manifests/app.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 11, startColumn: 9 },
    });
    expect(first.logicalLocations).toEqual([{ name: 'web', fullyQualifiedName: 'Pod/team/web', kind: 'resource' }]);
    expect(results[1].message.text).toBe('container "app" sets securityContext.privileged=true. Fix: Remove `securityContext.privileged` or set it to `false` on every container, init container and ephemeral container.');
    expect(results[1].properties).toEqual({ path: '/spec/containers/0/securityContext/privileged', container: 'app' });
  });

  test('suppressed findings carry a SARIF suppression (inSource for annotations) with the justification', () => {
    const results = parse(formatSarif(sampleRun())).runs[0].results!;
    const suppressed = results.filter((r) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0].ruleId).toBe('pss-privileged');
    expect(suppressed[0].suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'Node agent needs host devices (SEC-1); declared at annotation' }]);
  });

  test('fingerprints are unique per finding and survive line shifts', () => {
    const fingerprints = (text: string) => parse(text).runs[0].results!.map((r) => r.partialFingerprints![SARIF_FINGERPRINT_KEY]);
    const before = fingerprints(formatSarif(sampleRun()));
    const shifted = parse(formatSarif(sampleRun({ prefixLines: 5 })));
    expect(shifted.runs[0].results![0].locations![0].physicalLocation!.region!.startLine).toBe(14);
    expect(fingerprints(JSON.stringify(shifted))).toEqual(before);
    expect(new Set(before).size).toBe(before.length);
    expect(before.every((f) => /^[0-9a-f]{32}$/.test(f))).toBe(true);
  });

  test('input errors make the invocation unsuccessful and are listed as notifications with their line', () => {
    const invocation = parse(formatSarif(sampleRun({ withErrors: true }))).runs[0].invocations![0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([
      {
        level: 'error',
        message: { text: 'manifests/broken.yaml:4: Nested mappings are not allowed in compact mappings' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'manifests/broken.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 4, startColumn: 3 } } }],
      },
    ]);
    expect(parse(formatSarif(sampleRun())).runs[0].invocations![0]).toEqual({ executionSuccessful: true });
  });

  test('stdin has no physical location; paths with spaces and backslashes become URI references', () => {
    const stdin = parse(formatSarif(sampleRun({ file: STDIN_FILE_NAME }))).runs[0].results![0];
    expect(stdin.locations![0].physicalLocation).toBeUndefined();
    const spaced = parse(formatSarif(sampleRun({ file: 'my dir\\app #1.yaml' })));
    expectValid(spaced);
    expect(spaced.runs[0].results![0].locations![0].physicalLocation!.artifactLocation!.uri).toBe('my%20dir/app%20%231.yaml');
  });

  test('a bare report of a registered profile gets its rules from the registry', () => {
    const parsed = parseYaml(SAMPLE_YAML, 'a.yaml');
    const report = checkManifests(parsed.manifests, { profile: 'pss-baseline' });
    const log = parse(formatSarif(runOf(report, 'error')));
    expectValid(log);
    const ids = log.runs[0].tool.driver.rules!.map((r) => r.id);
    expect(ids).toContain('pss-privileged');
    expect(ids).not.toContain('image-tag');
    for (const result of log.runs[0].results!) expect(ids[result.ruleIndex!]).toBe(result.ruleId);
  });

  test('engine findings about suppressions get a driver rule of their own, so every ruleIndex resolves', () => {
    const yaml = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  annotations:
    cdk8s-guardrails/suppressions: '[{"rules":["image-tag"],"reason":"Legacy image kept for the migration"}]'
`;
    const report = checkManifests(parseYaml(yaml, 'cm.yaml').manifests, { profile: 'pss-baseline' });
    const log = parse(formatSarif(runOf(report, 'error')));
    expectValid(log);
    const run = log.runs[0];
    expect(run.results!.map((r) => [r.ruleId, r.level])).toEqual([['suppression-unused', 'warning']]);
    expect(run.tool.driver.rules![run.results![0].ruleIndex!]).toMatchObject({ id: 'suppression-unused', shortDescription: { text: 'Suppression that matched nothing' } });
  });
});
