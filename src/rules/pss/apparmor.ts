import { show } from '../../engine/describe';
import { joinPointer } from '../../engine/json-pointer';
import { Violation } from '../../engine/rule';
import { asObject, isObject, isSet, typeNote } from '../../engine/values';
import { notObjectNote, scField, who } from './pod';
import { definePssRule, securityContextBehaviour } from './versioned';

const ALLOWED_TYPES = new Set(['RuntimeDefault', 'Localhost']);
const ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

/** PSA's allowed legacy annotation values: empty, `runtime/default` or `localhost/<profile>`. */
function allowedAnnotationValue(value: string): boolean {
  return value === '' || value === 'runtime/default' || value.startsWith('localhost/');
}

/** `appArmorProfile` of the pod and of each container: only RuntimeDefault or Localhost (or unset). */
const profileFields = securityContextBehaviour((sc, scPath, c) => {
  const profile = sc.appArmorProfile;
  if (!isSet(profile)) return undefined;
  const type = asObject(profile).type;
  if (typeof type === 'string' && ALLOWED_TYPES.has(type)) return undefined;
  const detail = !isObject(profile)
    ? `${show(profile)}${notObjectNote(profile)}`
    : isSet(type)
      ? `type ${show(type)}${typeNote(type, 'string')}`
      : 'no type';
  return {
    path: joinPointer(scPath, 'appArmorProfile', ...(isObject(profile) ? ['type'] : [])),
    ...(c ? { container: c.name } : {}),
    message: `${who(c)} sets ${scField(c, 'appArmorProfile')} with ${detail}; only RuntimeDefault or Localhost is allowed`,
  };
});

/** PSS baseline `appArmorProfile`: AppArmor must not be disabled or overridden with an arbitrary profile. */
export const appArmor = definePssRule(
  {
    id: 'pss-apparmor',
    title: 'AppArmor profile',
    severity: 'error',
    category: 'pod-security',
    description:
      "AppArmor confines what a container may do on Linux nodes. Setting it `Unconfined` removes that layer. Pod Security Standards baseline allows only the runtime's default profile or a profile installed on the node.",
    remediation:
      'Set `securityContext.appArmorProfile.type` to `RuntimeDefault` or `Localhost` (or leave it unset) on the pod and every container, and remove legacy `container.apparmor.security.beta.kubernetes.io/*` annotations whose value is not `runtime/default` or `localhost/<profile>`.',
    standards: { pss: { level: 'baseline', control: 'appArmorProfile' }, nsa: ['1.9'] },
    equivalents: {
      polaris: ['linuxHardening'],
      kubesec: ['ApparmorAny', 'ApparmorUnconfined'],
      kyverno: ['pod-security/baseline/restrict-apparmor-profiles'],
      trivy: ['KSV002'],
    },
  },
  [
    {
      since: 0,
      check: (pod, object, minor) => {
        const out: Violation[] = [...profileFields(pod, object, minor)];
        const annotationEntries = Object.entries(asObject(pod.metadata.annotations));
        for (let i = 0; i < annotationEntries.length; i++) {
          const [key, value] = annotationEntries[i];
          if (!key.startsWith(ANNOTATION_PREFIX) || value === null) continue;
          if (typeof value === 'string' && allowedAnnotationValue(value)) continue;
          out.push({
            path: joinPointer(pod.metadataPath, 'annotations', key),
            message: `annotation ${key}=${show(value)}${typeNote(value, 'string')} selects a forbidden AppArmor profile; only runtime/default or localhost/<profile> is allowed`,
          });
        }
        return out;
      },
    },
  ],
  { podSpecs: true, podFeatures: ['appArmor'] },
);
