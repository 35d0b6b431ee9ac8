import { defineRule } from '../../engine/rule';
import { asObject, asString } from '../../engine/values';
import { describeService, isService, SERVICE_KINDS, serviceType } from './service';

/** True for names that resolve to the node itself (or its link-local metadata service). */
export function isLocalTarget(name: string): boolean {
  const host = name.trim().toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (/^127(\.\d{1,3}){3}$/.test(host) || host === '0.0.0.0') return true;
  if (host === '::1' || host === '[::1]' || host === '::' || host === '0:0:0:0:0:0:0:1') return true;
  return /^169\.254(\.\d{1,3}){2}$/.test(host);
}

/** An ExternalName to localhost makes consumers of the Service talk to their own node. */
export const serviceExternalNameLocalhost = defineRule(
  {
    id: 'service-externalname-localhost',
    title: 'ExternalName Service pointing to localhost',
    severity: 'error',
    category: 'network',
    description:
      'An ExternalName Service that resolves to localhost, a loopback or link-local address sends clients (and ingress controllers proxying to it) to services on their own node, such as the kubelet or the cloud metadata endpoint.',
    remediation: 'Point `spec.externalName` at the real DNS name of the external service.',
    equivalents: { kyverno: ['other/disallow-localhost-services'] },
  },
  (object) => {
    if (!isService(object) || serviceType(object) !== 'ExternalName') return [];
    const name = asString(asObject(object.manifest.spec).externalName);
    if (name === undefined || !isLocalTarget(name)) return [];
    return [{ path: object.pointer('spec', 'externalName'), message: `${describeService(object)} has externalName "${name}", which resolves to the client's own node` }];
  },
  SERVICE_KINDS,
);
