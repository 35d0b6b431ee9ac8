import { appendPointer, joinPointer } from '../../engine/json-pointer';
import { definePodSpecRule, Violation } from '../../engine/rule';
import { asArray, asInteger, typeNote } from '../../engine/values';
import { groupBySource, idsDoNotApply, listContainers } from './id-checks';

/** No container may run with GID 0, nor get it as fsGroup or supplementary group. */
export const rootGroup = definePodSpecRule(
  {
    id: 'root-group',
    title: 'Root group (GID 0)',
    severity: 'error',
    category: 'identity',
    description:
      'GID 0 is the root group: files owned by group root on the node and in many images (including `/etc` entries and the runtime\'s sockets in some set-ups) become writable or readable. `runAsGroup: 0`, `fsGroup: 0` and `supplementalGroups` containing 0 all give the process that group. Pods in a user namespace (`hostUsers: false`) and Windows pods are not checked.',
    remediation: 'Set `runAsGroup`, `fsGroup` and every `supplementalGroups` entry to a non-zero GID (for example 10001).',
    standards: { nsa: ['1.6'] },
    equivalents: {
      'kube-linter': ['run-as-non-root'],
      'kyverno': ['other/require-non-root-groups'],
      'trivy': ['KSV116'],
    },
  },
  (pod) => {
    if (idsDoNotApply(pod)) return undefined;
    let out: Violation[] | undefined;
    const groups = groupBySource(pod, (c) => c.effective.runAsGroup);
    for (let j = 0; j < groups.length; j++) {
      const { located, containers } = groups[j];
      if (!located || asInteger(located.value) !== 0) continue;
      (out ??= []).push({
        path: located.path,
        container: containers.length === 1 ? containers[0].name : undefined,
        message: `${listContainers(containers)} run${containers.length === 1 ? 's' : ''} with runAsGroup 0 (root)${typeNote(located.value, 'integer')}`,
      });
    }
    const fsGroup = pod.securityContext.fsGroup;
    if (asInteger(fsGroup) === 0) {
      (out ??= []).push({ path: appendPointer(pod.securityContextPath, 'fsGroup'), message: `the pod sets fsGroup 0 (root)${typeNote(fsGroup, 'integer')}, so its volumes are owned by group root` });
    }
    asArray(pod.securityContext.supplementalGroups).forEach((gid, index) => {
      if (asInteger(gid) !== 0) return;
      (out ??= []).push({
        path: joinPointer(pod.securityContextPath, 'supplementalGroups', index),
        message: `the pod adds supplementary group 0 (root)${typeNote(gid, 'integer')} to every container`,
      });
    });
    return out;
  },
  { podSpecs: true, podFeatures: ['groupIds'] },
);
