import { show } from '../../engine/describe';
import { joinPointer } from '../../engine/json-pointer';
import { Violation } from '../../engine/rule';
import { asObject, typeNote } from '../../engine/values';
import { forbiddenSeccompMessage, readSeccomp } from './seccomp-profile';
import { definePssRule, PodCheck, securityContextBehaviour } from './versioned';

const POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
const CONTAINER_ANNOTATION_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/';

/** PSA's allowed legacy annotation values (an empty value is not among them). */
function allowedAnnotationValue(value: unknown): boolean {
  return typeof value === 'string' && (value === 'runtime/default' || value === 'docker/default' || value.startsWith('localhost/'));
}

/** 1.0–1.18: the legacy annotations on the pod (template) metadata, for the pod and for each container by name. */
const annotationsCheck: PodCheck = (pod) => {
  const annotations = asObject(pod.metadata.annotations);
  const keys = [POD_ANNOTATION, ...pod.containers.map((c) => CONTAINER_ANNOTATION_PREFIX + c.name)];
  const out: Violation[] = [];
  for (const key of new Set(keys)) {
    if (!Object.prototype.hasOwnProperty.call(annotations, key)) continue;
    const value = annotations[key];
    if (allowedAnnotationValue(value)) continue;
    out.push({
      path: joinPointer(pod.metadataPath, 'annotations', key),
      message: `annotation ${key}=${show(value ?? '')}${typeNote(value ?? '', 'string')} selects a forbidden seccomp profile; only runtime/default, docker/default or localhost/<profile> is allowed`,
    });
  }
  return out;
};

/** 1.19+: the `seccompProfile` fields of the pod and every container. */
const fieldsCheck: PodCheck = securityContextBehaviour((sc, scPath, c) => {
  const setting = readSeccomp(sc, scPath);
  if (setting.state !== 'forbidden') return undefined;
  return { path: setting.path, ...(c ? { container: c.name } : {}), message: forbiddenSeccompMessage(setting.detail, c) };
});

/** PSS baseline `seccompProfile_baseline`: seccomp must not be switched off. */
export const seccompBaseline = definePssRule(
  {
    id: 'pss-seccomp-baseline',
    title: 'Seccomp not disabled',
    severity: 'error',
    category: 'pod-security',
    description:
      'Seccomp filters the system calls a container may make; `Unconfined` exposes the whole kernel interface. Pod Security Standards baseline forbids disabling it: up to Kubernetes 1.18 through the legacy seccomp annotations, from 1.19 through the `seccompProfile` fields.',
    remediation:
      'Set `securityContext.seccompProfile.type` to `RuntimeDefault` (or `Localhost` with a `localhostProfile`), or leave it unset, on the pod and every container; for policy versions before 1.19, set the `seccomp.security.alpha.kubernetes.io/pod` and `container.seccomp.security.alpha.kubernetes.io/<container>` annotations only to `runtime/default`, `docker/default` or `localhost/<profile>`.',
    standards: { pss: { level: 'baseline', control: 'seccompProfile_baseline' } },
    equivalents: {
      polaris: ['linuxHardening'],
      kubesec: ['SeccompUnconfined'],
      kyverno: ['pod-security/baseline/restrict-seccomp'],
      trivy: ['KSV104'],
    },
  },
  [
    { since: 0, check: annotationsCheck },
    { since: 19, check: fieldsCheck },
  ],
);
