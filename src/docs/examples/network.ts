import { container, deployment, ingress, ingressRule, object, podWith, service } from './build';
import { RuleExamples } from './types';

const web = (fields: Record<string, unknown> = {}) => deployment({ containers: [container({ ports: [{ name: 'http', containerPort: 8080 }], ...fields })] });
const networkPolicy = (name: string, podSelector: Record<string, unknown>, rules: Record<string, unknown> = {}) =>
  object('networking.k8s.io/v1', 'NetworkPolicy', name, { spec: { podSelector, policyTypes: ['Ingress', 'Egress'], ...rules } });
const allowWeb = (app: string) =>
  networkPolicy('web', { matchLabels: { app } }, {
    ingress: [{ ports: [{ port: 8080 }] }],
    egress: [{ to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } } }], ports: [{ port: 53, protocol: 'UDP' }] }],
  });
const tls = { tls: [{ hosts: ['shop.example.com'], secretName: 'shop-tls' }] };

export const NETWORK_EXAMPLES: RuleExamples = {
  'service-nodeport': {
    fail: [service({ type: 'NodePort' })],
    pass: [service({ type: 'ClusterIP' })],
  },
  'service-loadbalancer': {
    fail: [service({ type: 'LoadBalancer' })],
    pass: [service({ type: 'ClusterIP' })],
  },
  'service-external-ips': {
    fail: [service({ externalIPs: ['203.0.113.10'] })],
    pass: [service()],
  },
  'service-externalname-localhost': {
    fail: [object('v1', 'Service', 'db', { spec: { type: 'ExternalName', externalName: 'localhost' } })],
    pass: [object('v1', 'Service', 'db', { spec: { type: 'ExternalName', externalName: 'db.example.com' } })],
  },
  'ingress-tls': {
    fail: [ingress({ rules: [ingressRule('shop.example.com')] })],
    pass: [ingress({ ...tls, rules: [ingressRule('shop.example.com')] })],
  },
  'ingress-host': {
    fail: [ingress({ ...tls, rules: [ingressRule(undefined)] })],
    pass: [ingress({ ...tls, rules: [ingressRule('shop.example.com')] })],
  },
  'ingress-nginx-snippet': {
    fail: [ingress({ ...tls, rules: [ingressRule('shop.example.com')] }, 'web', { 'nginx.ingress.kubernetes.io/configuration-snippet': 'more_set_headers "X-Frame-Options: DENY";' })],
    pass: [ingress({ ...tls, rules: [ingressRule('shop.example.com')] }, 'web', { 'nginx.ingress.kubernetes.io/ssl-redirect': 'true' })],
  },
  'container-ssh-port': {
    fail: [podWith({ ports: [{ name: 'http', containerPort: 8080 }, { name: 'ssh', containerPort: 22 }] })],
    pass: [podWith({ ports: [{ name: 'http', containerPort: 8080 }] })],
  },
  'container-privileged-port': {
    fail: [podWith({ ports: [{ name: 'http', containerPort: 80 }] })],
    pass: [podWith({ ports: [{ name: 'http', containerPort: 8080 }] })],
  },
  'networkpolicy-coverage': {
    fail: [web()],
    pass: [web(), allowWeb('web')],
  },
  'networkpolicy-default-deny': {
    fail: [web(), allowWeb('web')],
    pass: [web(), allowWeb('web'), networkPolicy('default-deny', {})],
  },
  'networkpolicy-selects-nothing': {
    fail: [web(), allowWeb('wbe')],
    pass: [web(), allowWeb('web')],
  },
  'service-selects-nothing': {
    fail: [web(), service({}, { app: 'wbe' })],
    pass: [web(), service({}, { app: 'web' })],
  },
  'service-target-port': {
    fail: [web(), service({ ports: [{ name: 'http', port: 80, targetPort: 'htpp' }] })],
    pass: [web(), service({ ports: [{ name: 'http', port: 80, targetPort: 'http' }] })],
  },
  'ingress-backend-missing': {
    fail: [ingress({ ...tls, rules: [ingressRule('shop.example.com')] })],
    pass: [ingress({ ...tls, rules: [ingressRule('shop.example.com')] }), service()],
  },
  'ingress-path-conflict': {
    fail: [ingress({ rules: [ingressRule('shop.example.com', '/')] }, 'web'), ingress({ rules: [ingressRule('shop.example.com', '/')] }, 'web-canary')],
    pass: [ingress({ rules: [ingressRule('shop.example.com', '/')] }, 'web'), ingress({ rules: [ingressRule('shop.example.com', '/beta')] }, 'web-canary')],
  },
};
