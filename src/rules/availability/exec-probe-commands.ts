import { describeContainer } from '../../engine/describe';
import { joinPointer } from '../../engine/json-pointer';
import { optionCache } from '../../engine/option-cache';
import { defineContainerRule, Violation } from '../../engine/rule';
import { asArray, asObject, asString } from '../../engine/values';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The `deniedCommands` option as whole-word patterns, compiled once per profile. */
const deniedPatterns = optionCache((commands) =>
  asArray(commands)
    .map(asString)
    .map((s) => s?.trim())
    .filter((word): word is string => word !== undefined && word !== '')
    .map((word) => ({ word, pattern: new RegExp(`(^|[^A-Za-z0-9_])${escapeRegExp(word)}($|[^A-Za-z0-9_])`) })),
);

/** Exec probes should not stand in for a real health check with debugging commands. */
export const execProbeCommands = defineContainerRule(
  {
    id: 'exec-probe-commands',
    title: 'Debugging command in an exec probe',
    severity: 'info',
    category: 'availability',
    description:
      'An exec probe that runs `ps`, `ls` or `jcmd` only shows that a process or file exists, not that the program answers; it also forks a process in the container on every period, which is costly (jcmd starts a JVM attach). The option `deniedCommands` lists the words to look for (default: jcmd, ps, ls); they are matched as whole words anywhere in the command, including inside `sh -c` scripts.',
    remediation: 'Replace the exec probe with an `httpGet`, `grpc` or `tcpSocket` probe against an endpoint that checks the program itself.',
    equivalents: { kyverno: ['other/deny-commands-in-exec-probe'] },
    defaultOptions: { deniedCommands: ['jcmd', 'ps', 'ls'] },
  },
  (c, _pod, _object, context) => {
    const denied = deniedPatterns(context.options.deniedCommands);
    // Stryker disable next-line ConditionalExpression: fast path; with no denied words the loop finds no hit anyway
    if (!denied.length) return undefined;
    let out: Violation[] | undefined;
    for (let k = 0; k < PROBES.length; k++) {
      const probe = PROBES[k];
      // Stryker disable next-line ConditionalExpression: fast path; a missing probe has no exec command, so nothing can match
      if (c.container[probe] === undefined) continue;
      const command = asArray(asObject(asObject(c.container[probe]).exec).command).map(asString).filter((s): s is string => s !== undefined);
      const hit = denied.find((d) => command.some((part) => d.pattern.test(part)));
      if (!hit) continue;
      (out ??= []).push({
        path: joinPointer(c.path, probe, 'exec', 'command'),
        container: c.name,
        message: `the ${probe} of ${describeContainer(c)} runs "${hit.word}", which does not show that the program works`,
      });
    }
    return out;
  },
  { podSpecs: true, podFeatures: ['execProbes'] },
);
