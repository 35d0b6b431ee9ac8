import { describeContainer, show } from '../../engine/describe';
import { appendPointer } from '../../engine/json-pointer';
import { isOff, isSet, typeNote } from '../../engine/values';
import { containerBehaviour, definePssRule } from './versioned';

/** PSS baseline `privileged`: containers must not run privileged. */
export const privileged = definePssRule(
  {
    id: 'pss-privileged',
    title: 'Privileged containers',
    severity: 'error',
    category: 'pod-security',
    description:
      'A privileged container has all capabilities and access to every host device; it can take over the node. Pod Security Standards baseline forbids it.',
    remediation: 'Remove `securityContext.privileged` or set it to `false` on every container, init container and ephemeral container.',
    standards: {
      pss: { level: 'baseline', control: 'privileged' },
      cis: [{ id: '5.2.2', benchmark: '1.10' }],
      nsa: ['1.2', 'C-0057'],
    },
    equivalents: {
      'polaris': ['runAsPrivileged'],
      'kube-linter': ['privileged-container'],
      'kube-score': ['container-security-context-privileged'],
      'kubesec': ['Privileged'],
      'checkov': ['CKV_K8S_16'],
      'kyverno': ['pod-security/baseline/disallow-privileged-containers'],
      'trivy': ['KSV017'],
    },
  },
  [
    {
      since: 0,
      check: containerBehaviour((c) => {
        const value = c.securityContext.privileged;
        if (!isSet(value) || isOff(value)) return undefined;
        return {
          path: appendPointer(c.securityContextPath, 'privileged'),
          container: c.name,
          message: `${describeContainer(c)} sets securityContext.privileged=${show(value)}${typeNote(value, 'boolean')}`,
        };
      }),
    },
  ],
  { podSpecs: true, podFeatures: ['privileged'] },
);
