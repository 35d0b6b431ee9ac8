import { Rule } from '../../engine/rule';
import { containerPrivilegedPort } from './container-privileged-port';
import { containerSshPort } from './container-ssh-port';
import { ingressHost } from './ingress-host';
import { ingressNginxSnippet } from './ingress-nginx-snippet';
import { ingressTls } from './ingress-tls';
import { serviceExternalIps } from './service-external-ips';
import { serviceExternalNameLocalhost } from './service-externalname-localhost';
import { serviceLoadBalancer } from './service-loadbalancer';
import { serviceNodePort } from './service-nodeport';

/** Rules of the network category. */
export const NETWORK_RULES: readonly Rule[] = [
  serviceNodePort,
  serviceLoadBalancer,
  serviceExternalIps,
  serviceExternalNameLocalhost,
  ingressTls,
  ingressHost,
  ingressNginxSnippet,
  containerSshPort,
  containerPrivilegedPort,
];
