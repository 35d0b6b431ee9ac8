import { Rule } from '../../engine/rule';
import { allowPrivilegeEscalation } from './allow-privilege-escalation';
import { appArmor } from './apparmor';
import { capabilitiesBaseline } from './capabilities-baseline';
import { capabilitiesRestricted } from './capabilities-restricted';
import { hostNamespaces } from './host-namespaces';
import { hostPathVolumes } from './host-path-volumes';
import { hostPorts } from './host-ports';
import { hostProbesLifecycle } from './host-probes-lifecycle';
import { privileged } from './privileged';
import { procMount } from './proc-mount';
import { procMountRestricted } from './proc-mount-restricted';
import { restrictedVolumes } from './restricted-volumes';
import { runAsNonRoot } from './run-as-non-root';
import { runAsUser } from './run-as-user';
import { seccompBaseline } from './seccomp-baseline';
import { seccompRestricted } from './seccomp-restricted';
import { seLinux } from './selinux';
import { sysctls } from './sysctls';
import { windowsHostProcess } from './windows-host-process';

/** Pod Security Standards baseline rules, one per check of Pod Security Admission. */
export const PSS_BASELINE_RULES: readonly Rule[] = [
  privileged,
  hostNamespaces,
  hostPathVolumes,
  hostPorts,
  hostProbesLifecycle,
  appArmor,
  seLinux,
  procMount,
  seccompBaseline,
  sysctls,
  capabilitiesBaseline,
  windowsHostProcess,
];

/** Pod Security Standards restricted rules (on top of baseline), one per check of Pod Security Admission. */
export const PSS_RESTRICTED_RULES: readonly Rule[] = [
  restrictedVolumes,
  runAsNonRoot,
  allowPrivilegeEscalation,
  seccompRestricted,
  capabilitiesRestricted,
  runAsUser,
  procMountRestricted,
];

/** Pod Security Standards rules, one per check of the reference implementation. */
export const PSS_RULES: readonly Rule[] = [...PSS_BASELINE_RULES, ...PSS_RESTRICTED_RULES];
