import { checkManifests } from '../../src/engine/check';
import { FailOn } from '../../src/engine/types';
import { CheckRun, ReportedRule } from '../../src/formatters/run';
import { parseYaml } from '../../src/input/yaml';
import { customProfile } from '../../src/profiles/custom';
import { imageTag } from '../../src/rules/images/image-tag';
import { privileged } from '../../src/rules/pss/privileged';

/**
 * Three objects: a privileged pod whose image name carries characters every format must escape,
 * a Deployment with an untagged image and a suppressed privileged container, and a clean pod.
 * Line numbers matter: tests assert them.
 */
export const SAMPLE_YAML = `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: team
spec:
  containers:
    - name: app
      image: "evil|<&>\\"'\\u0007:latest"
      securityContext:
        privileged: true
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: agent
  namespace: ops
  annotations:
    cdk8s-guardrails/suppressions: '[{"rules":["pss-privileged"],"reason":"Node agent needs host devices (SEC-1)"}]'
spec:
  template:
    spec:
      containers:
        - name: agent
          image: registry.example.com/agent
          securityContext:
            privileged: true
---
apiVersion: v1
kind: Pod
metadata:
  name: clean
  namespace: team
spec:
  containers:
    - name: app
      image: registry.example.com/app:1.2.3
`;

export const SAMPLE_FILE = 'manifests/app.yaml';

/** The two rules the sample runs, so other rules being added do not change these tests. */
export const SAMPLE_PROFILE = customProfile({ name: 'sample', rules: [privileged, imageTag] });

export const SAMPLE_RULES: ReportedRule[] = [privileged, imageTag].map((r) => ({ meta: r.meta, severity: r.meta.severity }));

/** Runs the sample through the engine; `prefix` lines are prepended to shift positions. */
export function sampleRun(options: { failOn?: FailOn; prefixLines?: number; withErrors?: boolean; file?: string } = {}): CheckRun {
  const file = options.file ?? SAMPLE_FILE;
  const parsed = parseYaml('\n'.repeat(options.prefixLines ?? 0) + SAMPLE_YAML, file);
  if (parsed.errors.length) throw new Error(`sample YAML does not parse: ${JSON.stringify(parsed.errors)}`);
  const report = checkManifests(parsed.manifests, { profile: SAMPLE_PROFILE });
  return {
    report,
    failOn: options.failOn ?? 'error',
    errors: options.withErrors ? [{ file: 'manifests/broken.yaml', line: 4, column: 3, message: 'Nested mappings are not allowed in compact mappings' }] : [],
    rules: SAMPLE_RULES,
  };
}
