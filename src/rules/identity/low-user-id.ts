import { TextMemo } from '../../engine/describe';
import { definePodSpecRule } from '../../engine/rule';
import { asInteger, typeNote } from '../../engine/values';
import { checkIdGroups, idsDoNotApply } from './id-checks';

/** The message for containers without a UID, per list of container names (usually one shared description). */
const UNSET = new TextMemo((names) => `runAsUser is set neither on the pod nor on ${names}, so the image's user applies`);

/** Containers should run as a UID above the range used by host accounts. */
export const lowUserId = definePodSpecRule(
  {
    id: 'low-user-id',
    title: 'User id below 10000',
    severity: 'info',
    category: 'identity',
    description:
      'Host users and system accounts use low UIDs. A container process with the same UID as a host account shares its file permissions on any host resource that leaks into the container (a hostPath, a shared volume, a breakout). Without `runAsUser` the image decides, often root. Pods in a user namespace (`hostUsers: false`) and Windows pods are not checked.',
    remediation: 'Set `securityContext.runAsUser` (pod or container) to a UID of at least 10000 that owns nothing on the node, e.g. `runAsUser: 10001`.',
    equivalents: {
      'kube-score': ['container-security-context-user-group-id'],
      'kubesec': ['RunAsUser'],
      'checkov': ['CKV_K8S_40'],
      'trivy': ['KSV020'],
    },
    defaultOptions: { minUserId: 10000 },
  },
  (pod, _object, context) => {
    if (idsDoNotApply(pod)) return undefined;
    const min = asInteger(context.options.minUserId) ?? 10000;
    return checkIdGroups(pod, 'runAsUser', UNSET, (located, names, count) => {
      const uid = asInteger(located.value);
      if (uid !== undefined && uid >= min && typeNote(located.value, 'integer') === '') return undefined;
      const shown = uid === undefined ? JSON.stringify(located.value) : String(uid);
      return `${names} run${count === 1 ? 's' : ''} as UID ${shown}${typeNote(located.value, 'integer')}, below ${min}`;
    });
  },
);
