import { AnalyzedObject } from '../../engine/analyze';
import { nameSome } from '../../engine/describe';
import { podFeatureBits } from '../../engine/pod-features';
import { defineCrossObjectRule, ObjectViolation } from '../../engine/rule';
import { asInteger } from '../../engine/values';
import { idsDoNotApply } from './id-checks';

function describeObject(o: AnalyzedObject): string {
  const ns = o.ref.namespace ? `${o.ref.namespace}/` : '';
  return `${o.kind} ${ns}${o.ref.name ?? '(unnamed)'}`;
}

/** Pods without a runAsUser anywhere (most of them) have no uid to compare. */
const RUN_AS_USER = podFeatureBits(['runAsUser']);

/** Different workloads should not share a runAsUser. */
export const uniqueUserId = defineCrossObjectRule(
  {
    id: 'unique-user-id',
    title: 'User id shared by several workloads',
    severity: 'info',
    category: 'identity',
    description:
      'When two workloads run as the same UID, files one of them creates on shared storage (hostPath, NFS, a node after a breakout) belong to the other as well, and a compromise of one carries over. Distinct UIDs per workload keep them apart. Only explicit `runAsUser` values are compared; pods in a user namespace are skipped.',
    remediation: 'Give each workload its own `runAsUser` (and `runAsGroup`).',
    equivalents: { kyverno: ['other/require-unique-uid-per-workload'] },
  },
  (objects) => {
    const users = new Map<number, Array<{ object: AnalyzedObject; path: string }>>();
    for (let i = 0; i < objects.length; i++) {
      const object = objects[i];
      let seen: Set<number> | undefined;
      for (let j = 0; j < object.podSpecs.length; j++) {
        const pod = object.podSpecs[j];
        // Stryker disable next-line ConditionalExpression: a pod without the feature has no runAsUser to find; only speed differs
        if ((pod.features & RUN_AS_USER) === 0) continue;
        if (idsDoNotApply(pod)) continue;
        seen ??= new Set<number>();
        for (let k = 0; k < pod.containers.length; k++) {
          const c = pod.containers[k];
          const located = c.effective.runAsUser;
          const uid = located ? asInteger(located.value) : undefined;
          if (uid === undefined || !located || seen.has(uid)) continue;
          seen.add(uid);
          const list = users.get(uid) ?? [];
          list.push({ object, path: located.path });
          users.set(uid, list);
        }
      }
    }
    const out: ObjectViolation[] = [];
    for (const [uid, list] of users) {
      if (list.length < 2) continue;
      for (let i = 0; i < list.length; i++) {
        const entry = list[i];
        out.push({ object: entry.object, path: entry.path, message: `runAsUser ${uid} is also used by ${nameSome(list.length - 1, (k) => describeObject(list[k < i ? k : k + 1].object))}` });
      }
    }
    return out;
  },
);
