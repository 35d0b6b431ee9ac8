import { defineRule } from '../../engine/rule';
import { describeService, isService, SERVICE_KINDS, serviceType } from './service';

/** NodePort opens the port on every node's address, outside any ingress control. */
export const serviceNodePort = defineRule(
  {
    id: 'service-nodeport',
    title: 'Service of type NodePort',
    severity: 'warning',
    category: 'network',
    description:
      'A NodePort Service listens on every node of the cluster, on every node address, bypassing ingress controllers, TLS termination and their access controls; node firewalls are the only protection left.',
    remediation: 'Use a ClusterIP Service behind an Ingress or Gateway, or a LoadBalancer restricted with `loadBalancerSourceRanges`.',
    equivalents: { 'kube-linter': ['exposed-services'], 'kube-score': ['service-type'], 'kyverno': ['best-practices/restrict-node-port'] },
  },
  (object) => {
    if (!isService(object) || serviceType(object) !== 'NodePort') return [];
    return [{ path: object.pointer('spec', 'type'), message: `${describeService(object)} has type NodePort and is reachable on every node` }];
  },
  SERVICE_KINDS,
);
