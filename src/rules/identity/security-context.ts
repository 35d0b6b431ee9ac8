import { describeContainer } from '../../engine/describe';
import { definePodSpecRule, Violation } from '../../engine/rule';
import { isObject, isSet } from '../../engine/values';

function problem(value: unknown): string | undefined {
  if (!isSet(value)) return 'has no securityContext';
  if (!isObject(value)) return 'has a securityContext that is not an object (the Kubernetes API would reject this manifest)';
  if (Object.keys(value).length === 0) return 'has an empty securityContext';
  return undefined;
}

/** Pods and containers should state their security settings. */
export const securityContext = definePodSpecRule(
  {
    id: 'security-context',
    title: 'Missing securityContext',
    severity: 'warning',
    category: 'identity',
    description:
      'Without a securityContext everything is left to runtime and image defaults: root user, privilege escalation allowed, default capabilities, writable root filesystem. Several settings (allowPrivilegeEscalation, capabilities, readOnlyRootFilesystem) exist only at container level, so each container needs its own.',
    remediation: 'Add `spec.securityContext` (runAsNonRoot, runAsUser, seccompProfile) and a `securityContext` on every container (allowPrivilegeEscalation: false, capabilities.drop: [ALL], readOnlyRootFilesystem: true).',
    standards: { cis: [{ id: '5.7.3', benchmark: '1.10' }] },
    equivalents: {
      'checkov': ['CKV_K8S_29', 'CKV_K8S_30'],
      'kyverno': ['other/add-default-securitycontext'],
      'trivy': ['KSV118'],
    },
  },
  (pod) => {
    let out: Violation[] | undefined;
    const podProblem = problem(pod.spec.securityContext);
    if (podProblem) out = [{ path: pod.securityContextPath, message: `the pod ${podProblem}` }];
    for (let j = 0; j < pod.containers.length; j++) {
      const c = pod.containers[j];
      const p = problem(c.container.securityContext);
      if (p) (out ??= []).push({ path: c.securityContextPath, container: c.name, message: `${describeContainer(c)} ${p}` });
    }
    return out;
  },
);
