import { appendPointer, joinPointer } from '../../engine/json-pointer';
import { show, TextMemo } from '../../engine/describe';
import { definePodSpecRule } from '../../engine/rule';
import { asArray, asInteger, isSet, typeNote } from '../../engine/values';
import { checkIdGroups, idsDoNotApply } from './id-checks';

/** The message for containers without a GID, per list of container names (usually one shared description). */
const UNSET = new TextMemo((names) => `runAsGroup is set neither on the pod nor on ${names}, so the image's group (usually 0) applies`);

function describeGid(value: unknown): string {
  const gid = asInteger(value);
  return (gid === undefined ? show(value) : String(gid)) + typeNote(value, 'integer');
}

function tooLow(value: unknown, min: number): boolean {
  const gid = asInteger(value);
  return gid === undefined || gid < min || typeNote(value, 'integer') !== '';
}

/** Group ids (runAsGroup, fsGroup, supplementalGroups) should be above the host's range. */
export const lowGroupId = definePodSpecRule(
  {
    id: 'low-group-id',
    title: 'Group id below 10000',
    severity: 'info',
    category: 'identity',
    description:
      'Low GIDs belong to host groups (disk, docker, adm, …). A process, or a volume via `fsGroup`, with such a GID shares that group\'s access to host files. Without `runAsGroup` the image decides, usually GID 0. `fsGroup` and `supplementalGroups` are checked when set. Pods in a user namespace (`hostUsers: false`) and Windows pods are not checked.',
    remediation: 'Set `runAsGroup` (and `fsGroup`, `supplementalGroups` if used) to GIDs of at least 10000 that no host group uses, e.g. `runAsGroup: 10001`.',
    standards: { nsa: ['1.6'] },
    equivalents: {
      'kube-score': ['container-security-context-user-group-id'],
      'kubesec': ['RunAsGroup'],
      'kyverno': ['other/restrict-usergroup-fsgroup-id', 'psp-migration/check-supplemental-groups'],
      'trivy': ['KSV021'],
    },
    defaultOptions: { minGroupId: 10000 },
  },
  (pod, _object, context) => {
    if (idsDoNotApply(pod)) return undefined;
    const min = asInteger(context.options.minGroupId) ?? 10000;
    const out = checkIdGroups(pod, 'runAsGroup', UNSET, (located, names, count) =>
      tooLow(located.value, min) ? `${names} run${count === 1 ? 's' : ''} with GID ${describeGid(located.value)}, below ${min}` : undefined,
    );
    const fsGroup = pod.securityContext.fsGroup;
    if (isSet(fsGroup) && tooLow(fsGroup, min)) {
      out.push({ path: appendPointer(pod.securityContextPath, 'fsGroup'), message: `the pod sets fsGroup ${describeGid(fsGroup)}, below ${min}` });
    }
    asArray(pod.securityContext.supplementalGroups).forEach((gid, index) => {
      if (!tooLow(gid, min)) return;
      out.push({ path: joinPointer(pod.securityContextPath, 'supplementalGroups', index), message: `the pod adds supplementary group ${describeGid(gid)}, below ${min}` });
    });
    return out;
  },
);
