import { Rule } from '../../../src/engine/rule';
import { runRule } from '../../support/manifests';
import { clusterRole, PolicyRule, READ_CONFIGMAPS, role } from './fixtures';

/**
 * The shared behaviour of every permission rule: an entry granting the permission is reported at
 * its own index (not only rules[0]), a close but harmless entry passes, and a full wildcard counts.
 */
export function permissionRuleTests(rule: Rule, cases: Array<[bad: PolicyRule, good: PolicyRule]>): void {
  const id = rule.meta.id;
  describe(`${id} (shared permission behaviour)`, () => {
    test.each(cases)('reports %j at its index, also when it is not rules[0]', (bad) => {
      const findings = runRule(rule, [role([READ_CONFIGMAPS, bad])]);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ ruleId: id, path: '/rules/1', resource: { kind: 'Role', name: 'r', namespace: 'team' } });
      expect(findings[0].message).toMatch(/^Role "r" rules\[1\] grants /);
    });

    test.each(cases)('passes the close but harmless entry for %j', (_bad, good) => {
      expect(runRule(rule, [role([good])])).toEqual([]);
    });

    test('a full wildcard entry in a ClusterRole is reported and says so', () => {
      const findings = runRule(rule, [clusterRole([{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }])]);
      expect(findings.length).toBeGreaterThanOrEqual(1);
      expect(findings[0].message).toContain('through a `*` wildcard');
    });
  });
}
