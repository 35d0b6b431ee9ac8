import { Rule } from '../../engine/rule';
import { bindingReferenceMissing } from './binding-reference-missing';
import { configReferenceMissing } from './config-reference-missing';
import { hpaTargetRule } from './hpa-target';
import { ingressBackendMissing } from './ingress-backend-missing';
import { ingressPathConflict } from './ingress-path-conflict';
import { networkPolicyCoverage } from './networkpolicy-coverage';
import { networkPolicyDefaultDeny } from './networkpolicy-default-deny';
import { networkPolicySelectsNothing } from './networkpolicy-selects-nothing';
import { pdbExceedsReplicas } from './pdb-exceeds-replicas';
import { pdbMissing } from './pdb-missing';
import { pdbSelectsNothing } from './pdb-selects-nothing';
import { serviceAccountMissing } from './serviceaccount-missing';
import { serviceSelectsNothing } from './service-selects-nothing';
import { serviceTargetPort } from './service-target-port';

/**
 * Rules that relate objects to each other. They share one
 * index of the objects, see object-index.ts, which also documents how namespaces are matched.
 */
export const CROSS_OBJECT_RULES: readonly Rule[] = [
  networkPolicyCoverage,
  networkPolicyDefaultDeny,
  networkPolicySelectsNothing,
  serviceSelectsNothing,
  serviceTargetPort,
  ingressBackendMissing,
  ingressPathConflict,
  bindingReferenceMissing,
  serviceAccountMissing,
  configReferenceMissing,
  pdbMissing,
  pdbExceedsReplicas,
  pdbSelectsNothing,
  hpaTargetRule,
];
