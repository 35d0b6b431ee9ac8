import { defineRule } from '../../engine/rule';
import { asArray, asObject } from '../../engine/values';
import { describeService, isService, SERVICE_KINDS, serviceType } from './service';

/** A LoadBalancer Service usually gets a public address. */
export const serviceLoadBalancer = defineRule(
  {
    id: 'service-loadbalancer',
    title: 'Service of type LoadBalancer',
    severity: 'warning',
    category: 'network',
    description:
      'A LoadBalancer Service asks the cloud for an external load balancer, usually with a public IP, and also opens a NodePort on every node. Without `loadBalancerSourceRanges` it accepts traffic from anywhere.',
    remediation: 'Expose HTTP through an Ingress or Gateway; otherwise set `loadBalancerSourceRanges`, or use your provider\'s internal load-balancer annotation, and suppress this finding with the reason.',
    equivalents: { 'kube-linter': ['exposed-services'], 'kyverno': ['other/restrict-loadbalancer'] },
  },
  (object) => {
    if (!isService(object) || serviceType(object) !== 'LoadBalancer') return [];
    const ranges = asArray(asObject(object.manifest.spec).loadBalancerSourceRanges);
    const note = ranges.length ? `, limited to ${ranges.length} source range(s)` : ' with no loadBalancerSourceRanges, so it accepts traffic from anywhere';
    return [{ path: object.pointer('spec', 'type'), message: `${describeService(object)} has type LoadBalancer${note}` }];
  },
  SERVICE_KINDS,
);
