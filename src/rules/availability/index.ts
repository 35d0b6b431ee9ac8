import { Rule } from '../../engine/rule';
import { barePod } from './bare-pod';
import { cronJobConcurrencyPolicy } from './cronjob-concurrency-policy';
import { cronJobStartingDeadline } from './cronjob-starting-deadline';
import { duplicateEnvVar } from './duplicate-env-var';
import { execProbeCommands } from './exec-probe-commands';
import { hostNetworkDnsPolicy } from './host-network-dns-policy';
import { hpaReplicas } from './hpa-replicas';
import { identicalProbes } from './identical-probes';
import { jobRestartPolicy } from './job-restart-policy';
import { jobTtl } from './job-ttl';
import { livenessProbe } from './liveness-probe';
import { pdbBlocksEvictions } from './pdb-blocks-evictions';
import { pdbUnhealthyPodEvictionPolicy } from './pdb-unhealthy-pod-eviction-policy';
import { priorityClass } from './priority-class';
import { probePort } from './probe-port';
import { readinessProbe } from './readiness-probe';
import { replicaSpreading } from './replica-spreading';
import { replicas } from './replicas';
import { rollingUpdateStrategy } from './rolling-update-strategy';
import { selectorMatchesLabels } from './selector-matches-labels';
import { statefulSetServiceName } from './statefulset-service-name';
import { volumeClaimTemplates } from './volume-claim-templates';

/** Rules of the availability category. */
export const AVAILABILITY_RULES: readonly Rule[] = [
  livenessProbe,
  readinessProbe,
  probePort,
  identicalProbes,
  execProbeCommands,
  replicas,
  replicaSpreading,
  pdbBlocksEvictions,
  pdbUnhealthyPodEvictionPolicy,
  hpaReplicas,
  priorityClass,
  rollingUpdateStrategy,
  selectorMatchesLabels,
  barePod,
  jobTtl,
  jobRestartPolicy,
  cronJobStartingDeadline,
  cronJobConcurrencyPolicy,
  statefulSetServiceName,
  volumeClaimTemplates,
  duplicateEnvVar,
  hostNetworkDnsPolicy,
];
