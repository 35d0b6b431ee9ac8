import { analyzeInput } from '../../src/engine/analyze';
import { ruleFailure, sortFindings, toFinding } from '../../src/engine/findings';
import { defineRule } from '../../src/engine/rule';
import { Finding, Provenance, Severity } from '../../src/engine/types';
import { resolveRule } from '../../src/profiles/profile';
import { deployment, safeContainer } from '../support/manifests';

const RULE = resolveRule(
  defineRule({ id: 'demo-rule', title: 'Demo', severity: 'warning', category: 'custom', description: 'd', remediation: 'Fix the demo field.' }, () => []),
);
const PRIVILEGED = '/spec/template/spec/containers/0/securityContext/privileged';

function web(provenance?: Provenance) {
  return analyzeInput({ manifest: deployment({ containers: [safeContainer('web')] }, 'web'), provenance })[0];
}

describe('toFinding', () => {
  test('a finding from a file has its file, document and position, in the key order of the JSON report', () => {
    const pointers: string[] = [];
    const object = web({
      file: 'app.yaml',
      documentIndex: 2,
      positionOf: (pointer) => {
        pointers.push(pointer);
        return { line: 14, column: 9 };
      },
    });
    const finding = toFinding(RULE, object, { path: PRIVILEGED, message: 'Container web is privileged', container: 'web' });
    expect(finding).toEqual({
      ruleId: 'demo-rule',
      severity: 'warning',
      message: 'Container web is privileged',
      remediation: 'Fix the demo field.',
      resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'team', name: 'web' },
      path: '/spec/template/spec/containers/0/securityContext',
      file: 'app.yaml',
      documentIndex: 2,
      line: 14,
      column: 9,
      container: 'web',
    });
    expect(Object.keys(finding)).toEqual(['ruleId', 'severity', 'message', 'remediation', 'resource', 'path', 'file', 'documentIndex', 'line', 'column', 'container']);
    // The position is looked up for the field that exists, not the missing one the rule named.
    expect(pointers).toEqual(['/spec/template/spec/containers/0/securityContext']);
  });

  test('a cdk8s finding has the construct path and no file fields; a finding about no container has no container field', () => {
    const finding = toFinding(RULE, web({ constructPath: 'App/Chart/Web' }), { path: '/spec/replicas', message: 'Too few replicas' });
    expect(Object.keys(finding)).toEqual(['ruleId', 'severity', 'message', 'remediation', 'resource', 'path', 'constructPath']);
    expect(finding.constructPath).toBe('App/Chart/Web');
  });

  test('a finding without provenance has only the rule, message, resource and path', () => {
    const finding = toFinding(RULE, web(), { path: '/metadata/labels', message: 'No labels' });
    expect(Object.keys(finding)).toEqual(['ruleId', 'severity', 'message', 'remediation', 'resource', 'path']);
    expect(finding.path).toBe('/metadata');
  });
});

describe('ruleFailure', () => {
  test('a rule that threw gives an error finding on the object, with the reason and what to do', () => {
    const list = {
      apiVersion: 'v1',
      kind: 'List',
      items: [
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'first', namespace: 'ns' } },
        { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'second', namespace: 'ns' } },
      ],
    };
    const second = analyzeInput({ manifest: list, provenance: { file: 'list.yaml', documentIndex: 0 } })[1];
    expect(ruleFailure(RULE, second, new Error('boom'))).toEqual({
      ruleId: 'demo-rule',
      severity: 'error',
      message: 'Rule demo-rule failed while checking this object and could not decide: boom',
      remediation: 'Report this to the rule author; until it is fixed, review the object by hand.',
      resource: { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'ns', name: 'second' },
      path: '/items/1',
      file: 'list.yaml',
      documentIndex: 0,
    });
    expect(ruleFailure(RULE, second, 'not an Error').message).toBe('Rule demo-rule failed while checking this object and could not decide: not an Error');
  });
});

describe('sortFindings', () => {
  function finding(name: string, fields: { file?: string; documentIndex?: number; line?: number; severity?: Severity; ruleId?: string } = {}): Finding {
    const { severity = 'warning', ruleId = 'demo-rule', ...location } = fields;
    return { ruleId, severity, message: name, remediation: 'r', resource: { apiVersion: 'v1', kind: 'ConfigMap', name }, path: '', ...location };
  }
  const sorted = (findings: Finding[], sequence = findings.map((_, i) => i)) => sortFindings(findings, sequence).map((f) => f.message);

  test('sorts by file, then document, then line; findings without a file come first', () => {
    const findings = [
      finding('b.yaml#0:1', { file: 'b.yaml', documentIndex: 0, line: 1 }),
      finding('a.yaml#1:1', { file: 'a.yaml', documentIndex: 1, line: 1 }),
      finding('a.yaml#0:9', { file: 'a.yaml', documentIndex: 0, line: 9 }),
      finding('a.yaml#0:2', { file: 'a.yaml', documentIndex: 0, line: 2 }),
      finding('stdin#2:30', { documentIndex: 2, line: 30 }),
      finding('C.yaml#0:1', { file: 'C.yaml', documentIndex: 0, line: 1 }),
    ];
    expect(sorted(findings)).toEqual(['stdin#2:30', 'a.yaml#0:2', 'a.yaml#0:9', 'a.yaml#1:1', 'b.yaml#0:1', 'C.yaml#0:1']);
  });

  test('findings without document or line sort before those with them in the same file', () => {
    const findings = [finding('line 3', { file: 'a.yaml', line: 3 }), finding('document 1', { file: 'a.yaml', documentIndex: 1 }), finding('neither', { file: 'a.yaml' })];
    expect(sorted(findings)).toEqual(['neither', 'line 3', 'document 1']);
  });

  test('at the same place, sorts by severity (most severe first), then by rule id', () => {
    const findings = [
      finding('info a-rule', { severity: 'info', ruleId: 'a-rule' }),
      finding('warning z-rule', { severity: 'warning', ruleId: 'z-rule' }),
      finding('warning b-rule', { severity: 'warning', ruleId: 'b-rule' }),
      finding('error y-rule', { severity: 'error', ruleId: 'y-rule' }),
    ];
    expect(sorted(findings)).toEqual(['error y-rule', 'warning b-rule', 'warning z-rule', 'info a-rule']);
  });

  test('ties keep the order the rules reported them in (the sequence), not the order of the array', () => {
    const findings = [finding('reported 7th'), finding('reported 3rd'), finding('reported 5th'), finding('reported 1st')];
    expect(sorted(findings, [7, 3, 5, 1])).toEqual(['reported 1st', 'reported 3rd', 'reported 5th', 'reported 7th']);
  });

  test('file names that compare as equal (é precomposed or with a combining accent) count as one file', () => {
    const findings = [finding('decomposed, line 2', { file: 'cafe\u0301.yaml', line: 2 }), finding('precomposed, line 1', { file: 'caf\u00e9.yaml', line: 1 })];
    expect(sorted(findings)).toEqual(['precomposed, line 1', 'decomposed, line 2']);
  });
});
