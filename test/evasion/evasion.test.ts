import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ApiObject, App, Chart, Include, JsonPatch, Testing } from 'cdk8s';
import { IResolver, ResolutionContext } from 'cdk8s/lib/resolve';
import * as kplus from 'cdk8s-plus-27';
import { Guardrails, GuardrailsError } from '../../src';
import { checkManifests } from '../../src/engine/check';
import { Finding } from '../../src/engine/types';
import { parseYaml } from '../../src/input/yaml';

/**
 * An insecure setting must be caught wherever it hides. Each case plants one setting in a place
 * that is easy to overlook and asserts the rule that must catch it, at the field where it sits.
 */

const SAFE_SC = { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } };
const container = (name: string, sc: Record<string, unknown> = {}) => ({ name, image: 'registry.example.com/app:1.0.0', securityContext: { ...SAFE_SC, ...sc } });
const podSpec = (extra: Record<string, unknown> = {}) => ({ containers: [container('app')], ...extra });

function findings(manifest: unknown, profile = 'pss-restricted', kubernetesVersion = 'latest'): Finding[] {
  return [...checkManifests([{ manifest }], { profile, kubernetesVersion }).findings];
}
const hits = (fs_: Finding[], ruleId: string) => fs_.filter((f) => f.ruleId === ruleId).map((f) => f.path);

const PRIVILEGED_SPEC = { initContainers: [container('init', { privileged: true })], containers: [container('app')] };

describe('every workload kind, template and wrapper', () => {
  const template = { metadata: { labels: { app: 'x' } }, spec: PRIVILEGED_SPEC };
  const cases: Array<[string, unknown, string]> = [
    ['Pod', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' }, spec: PRIVILEGED_SPEC }, '/spec'],
    ['Deployment', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' }, spec: { template } }, '/spec/template/spec'],
    ['StatefulSet', { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'x' }, spec: { template } }, '/spec/template/spec'],
    ['DaemonSet', { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'x' }, spec: { template } }, '/spec/template/spec'],
    ['ReplicaSet', { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'x' }, spec: { template } }, '/spec/template/spec'],
    ['ReplicationController', { apiVersion: 'v1', kind: 'ReplicationController', metadata: { name: 'x' }, spec: { template } }, '/spec/template/spec'],
    ['Job', { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'x' }, spec: { template } }, '/spec/template/spec'],
    ['CronJob job template', { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'x' }, spec: { jobTemplate: { spec: { template } } } }, '/spec/jobTemplate/spec/template/spec'],
    ['PodTemplate', { apiVersion: 'v1', kind: 'PodTemplate', metadata: { name: 'x' }, template }, '/template/spec'],
    ['List item', { apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'ConfigMap' }, { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' }, spec: PRIVILEGED_SPEC }] }, '/items/1/spec'],
    ['typed List item', { apiVersion: 'apps/v1', kind: 'DeploymentList', items: [{ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' }, spec: { template } }] }, '/items/0/spec/template/spec'],
  ];
  test.each(cases)('%s: an init container set privileged is caught', (_name, manifest, specPath) => {
    expect(hits(findings(manifest), 'pss-privileged')).toEqual([`${specPath}/initContainers/0/securityContext/privileged`]);
  });

  test('an ephemeral container is checked like the others', () => {
    const manifest = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' }, spec: podSpec({ ephemeralContainers: [{ name: 'debug', image: 'busybox:1.36', securityContext: { ...SAFE_SC, capabilities: { drop: ['ALL'], add: ['SYS_PTRACE'] } } }] }) };
    expect(hits(findings(manifest), 'pss-capabilities-restricted')).toEqual(['/spec/ephemeralContainers/0/securityContext/capabilities/add/0']);
  });
});

describe('pod and container precedence', () => {
  test('an unsafe container value overrides a safe pod value', () => {
    const manifest = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'x' },
      spec: { securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } }, containers: [container('app', { runAsNonRoot: false, seccompProfile: { type: 'Unconfined' } })] },
    };
    const found = findings(manifest);
    expect(hits(found, 'pss-run-as-non-root')).toEqual(['/spec/containers/0/securityContext/runAsNonRoot']);
    expect(hits(found, 'pss-seccomp-restricted')).toEqual(['/spec/containers/0/securityContext/seccompProfile/type']);
  });

  test('safe container values do not excuse unsafe pod values', () => {
    // PSA reports an explicit pod-level runAsNonRoot=false or seccomp Unconfined even when every
    // container sets a safe value of its own.
    const manifest = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'x' },
      spec: { securityContext: { runAsNonRoot: false, seccompProfile: { type: 'Unconfined' } }, containers: [container('app')] },
    };
    const found = findings(manifest);
    expect(hits(found, 'pss-run-as-non-root')).toEqual(['/spec/securityContext/runAsNonRoot']);
    expect(hits(found, 'pss-seccomp-restricted')).toEqual(['/spec/securityContext/seccompProfile/type']);
    expect(hits(findings(manifest, 'pss-baseline'), 'pss-seccomp-baseline')).toEqual(['/spec/securityContext/seccompProfile/type']);
  });
});

describe('values in other spellings and forms', () => {
  const withCaps = (add: unknown) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' }, spec: { containers: [container('app', { capabilities: { drop: ['ALL'], add } })] } });

  test.each(['SYS_ADMIN', 'sys_admin', 'CAP_SYS_ADMIN', 'cap_sys_admin'])('capability %s is reported as dangerous', (cap) => {
    expect(hits(findings(withCaps([cap]), 'recommended'), 'dangerous-capabilities')).toHaveLength(1);
  });

  test('a lower-case or CAP_ spelling of an allowed capability still fails the PSS check, as PSA compares exactly', () => {
    expect(hits(findings(withCaps(['net_bind_service'])), 'pss-capabilities-restricted')).toHaveLength(1);
    expect(hits(findings(withCaps(['NET_BIND_SERVICE'])), 'pss-capabilities-restricted')).toHaveLength(0);
  });

  test('a boolean written as a string is treated as on, and the finding says Kubernetes would reject it', () => {
    const manifest = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' }, spec: { hostNetwork: 'true', containers: [container('app', { privileged: 'true' })] } };
    const found = findings(manifest);
    const privileged = found.find((f) => f.ruleId === 'pss-privileged')!;
    expect(privileged.message).toContain('the Kubernetes API would reject this manifest');
    expect(hits(found, 'pss-host-namespaces')).toEqual(['/spec/hostNetwork']);
  });

  test('a host port written as a string is caught', () => {
    const manifest = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' }, spec: { containers: [{ ...container('app'), ports: [{ containerPort: 80, hostPort: '8080' }] }] } };
    expect(hits(findings(manifest), 'pss-host-ports')).toEqual(['/spec/containers/0/ports/0/hostPort']);
  });

  test('hostPath paths that dodge a prefix match are normalized', () => {
    const manifest = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'x', namespace: 'team' },
      spec: { containers: [container('app')], volumes: [{ name: 'h', hostPath: { path: '/var//run/./docker.sock' } }] },
    };
    expect(hits(findings(manifest, 'recommended'), 'container-runtime-socket')).toHaveLength(1);
  });
});

describe('legacy annotations', () => {
  test('seccomp unconfined through the pre-1.19 annotation is caught at v1.18', () => {
    const manifest = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'x', annotations: { 'seccomp.security.alpha.kubernetes.io/pod': 'unconfined' } },
      spec: { containers: [container('app')] },
    };
    expect(hits(findings(manifest, 'pss-baseline', 'v1.18'), 'pss-seccomp-baseline')).toHaveLength(1);
  });

  test('AppArmor unconfined through the annotation is caught on a Deployment template', () => {
    const manifest = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'x' },
      spec: { template: { metadata: { annotations: { 'container.apparmor.security.beta.kubernetes.io/app': 'unconfined' } }, spec: podSpec() } },
    };
    expect(hits(findings(manifest, 'pss-baseline'), 'pss-apparmor')).toHaveLength(1);
  });
});

describe('cdk8s sources', () => {
  function synthFindings(app: App): Finding[] {
    Guardrails.of(app).enforce({ profile: 'pss-restricted' });
    try {
      app.synthYaml();
      return [];
    } catch (error) {
      if (error instanceof GuardrailsError) return [...error.report.findings];
      throw error;
    }
  }

  test('a JSON patch that undoes a safe cdk8s-plus default', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'chart');
    const d = new kplus.Deployment(chart, 'web', { containers: [{ image: 'registry.example.com/web:1.0.0', securityContext: { ensureNonRoot: true } }] });
    ApiObject.of(d).addJsonPatch(JsonPatch.replace('/spec/template/spec/containers/0/securityContext/allowPrivilegeEscalation', true));
    expect(hits(synthFindings(app), 'pss-allow-privilege-escalation')).toEqual(['/spec/template/spec/containers/0/securityContext/allowPrivilegeEscalation']);
  });

  test('a custom resolver that rewrites a value at synthesis', () => {
    class HostNetworkResolver implements IResolver {
      public resolve(context: ResolutionContext): void {
        if (context.key.join('.') === 'spec.hostNetwork' && context.value === false) context.replaceValue(true);
      }
    }
    const app = new App({ resolvers: [new HostNetworkResolver()], outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'guardrails-resolver-')) });
    const chart = new Chart(app, 'chart');
    new ApiObject(chart, 'pod', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' }, spec: { hostNetwork: false, containers: [container('app')] } });
    expect(hits(synthFindings(app), 'pss-host-namespaces')).toEqual(['/spec/hostNetwork']);
  });

  test('an Include of third-party YAML', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guardrails-include-'));
    const file = path.join(dir, 'vendor.yaml');
    fs.writeFileSync(file, 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: vendor\nspec:\n  hostPID: true\n  containers:\n    - name: app\n      image: vendor/app:1.0\n');
    const app = Testing.app();
    new Include(new Chart(app, 'chart'), 'vendor', { url: file });
    expect(hits(synthFindings(app), 'pss-host-namespaces')).toEqual(['/spec/hostPID']);
  });
});

describe('manifests Kubernetes itself would reject', () => {
  test('a list where an object belongs does not hide the containers inside it, and the YAML position is reported', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n    - name: app\n      image: app:1.0\n      securityContext:\n        privileged: yes\n';
    const parsed = parseYaml(text, 'pod.yaml');
    const [finding] = checkManifests(parsed.manifests, { profile: 'pss-baseline' }).findings.filter((f) => f.ruleId === 'pss-privileged');
    // YAML 1.2 reads `yes` as the string "yes": not false, so it fails, and the message says the API would reject it.
    expect(finding).toMatchObject({ line: 10, path: '/spec/containers/0/securityContext/privileged' });
    expect(finding.message).toContain('the Kubernetes API would reject this manifest');
  });
});
