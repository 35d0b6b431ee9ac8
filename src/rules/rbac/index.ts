import { Rule } from '../../engine/rule';
import { rbacAggregatedClusterRole } from './aggregated-clusterrole';
import { rbacBindingCreation } from './binding-creation';
import { rbacClusterAdminBinding } from './cluster-admin-binding';
import { rbacCreatePersistentVolumes } from './create-persistent-volumes';
import { rbacCreatePods } from './create-pods';
import { rbacCreateServiceAccountToken } from './create-token';
import { rbacCsrApproval } from './csr-approval';
import { rbacEndpointsHijack } from './endpoints-hijack';
import { rbacEscalationVerbs } from './escalation-verbs';
import { rbacNodesProxy } from './nodes-proxy';
import { rbacPodExec } from './pod-exec';
import { rbacPodPortForward } from './pod-portforward';
import { rbacSecretsRead } from './secrets-read';
import { rbacSystemGroupBinding } from './system-group-binding';
import { rbacWebhookConfig } from './webhook-config';
import { rbacWildcard } from './wildcard';

/** Rules of the rbac category. */
export const RBAC_RULES: readonly Rule[] = [
  rbacClusterAdminBinding,
  rbacWildcard,
  rbacSecretsRead,
  rbacCreatePods,
  rbacPodExec,
  rbacPodPortForward,
  rbacEscalationVerbs,
  rbacNodesProxy,
  rbacCsrApproval,
  rbacWebhookConfig,
  rbacCreatePersistentVolumes,
  rbacCreateServiceAccountToken,
  rbacSystemGroupBinding,
  rbacEndpointsHijack,
  rbacBindingCreation,
  rbacAggregatedClusterRole,
];
