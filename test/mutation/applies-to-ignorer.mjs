// Stryker ignorer: mutants inside a rule's `appliesTo` declaration (the third argument of
// `defineRule(meta, check, appliesTo)`, `defineContainerRule`, `definePodSpecRule` and
// `definePssRule`) are equivalent by design. The declaration only tells the engine which objects
// to call the rule for; a rule must give the same findings without it, and
// test/perf/applicability.test.ts checks exactly that for every built-in rule.
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

const RULE_FACTORIES = new Set(['defineRule', 'defineContainerRule', 'definePodSpecRule', 'definePssRule']);

function isAppliesToArgument(path) {
  const call = path.parentPath;
  return (
    path.isObjectExpression() &&
    call?.isCallExpression() &&
    call.node.callee.type === 'Identifier' &&
    RULE_FACTORIES.has(call.node.callee.name) &&
    call.node.arguments[2] === path.node
  );
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'rule-applies-to', {
    shouldIgnore(path) {
      if (isAppliesToArgument(path) || path.findParent(isAppliesToArgument)) {
        return 'appliesTo only narrows which objects the engine calls the rule for; findings are the same without it (test/perf/applicability.test.ts)';
      }
      return undefined;
    },
  }),
];
