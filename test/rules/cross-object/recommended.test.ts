import { checkManifests } from '../../../src/engine/check';
import { parseYaml } from '../../../src/input/yaml';
import { CROSS_OBJECT_RULES } from '../../../src/rules/cross-object';
import { METADATA_RULES } from '../../../src/rules/metadata';
import { NETWORK_RULES } from '../../../src/rules/network';
import { RBAC_RULES } from '../../../src/rules/rbac';
import { SECRETS_RULES } from '../../../src/rules/secrets';
import { CATALOG_RULES } from '../../../src/rules';

const MINE = [...RBAC_RULES, ...NETWORK_RULES, ...SECRETS_RULES, ...METADATA_RULES, ...CROSS_OBJECT_RULES];
const MY_IDS = new Set(MINE.map((r) => r.meta.id));

const GOOD = `
apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    app.kubernetes.io/name: shop
    pod-security.kubernetes.io/enforce: restricted
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: default-deny, namespace: shop, labels: {app.kubernetes.io/name: shop}}
spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: web, namespace: shop, labels: {app.kubernetes.io/name: web}}
spec:
  podSelector: {matchLabels: {app.kubernetes.io/name: web}}
  policyTypes: [Ingress, Egress]
  ingress: [{from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ingress}}}]}]
  egress: [{to: [{namespaceSelector: {}, podSelector: {matchLabels: {k8s-app: kube-dns}}}]}]
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: web, namespace: shop, labels: {app.kubernetes.io/name: web}}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: web, namespace: shop, labels: {app.kubernetes.io/name: web}}
data: {LOG_LEVEL: info, PASSWORD_FILE: /var/run/secrets/db/password}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop, labels: {app.kubernetes.io/name: web}}
spec:
  selector: {matchLabels: {app.kubernetes.io/name: web}}
  template:
    metadata: {labels: {app.kubernetes.io/name: web}}
    spec:
      serviceAccountName: web
      containers:
        - name: web
          image: registry.example.com/web:1.2.3
          ports: [{name: http, containerPort: 8080}]
          envFrom: [{configMapRef: {name: web}}]
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata: {name: web, namespace: shop, labels: {app.kubernetes.io/name: web}}
spec: {scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}, minReplicas: 3, maxReplicas: 10}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: web, namespace: shop, labels: {app.kubernetes.io/name: web}}
spec: {maxUnavailable: 1, selector: {matchLabels: {app.kubernetes.io/name: web}}}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: shop, labels: {app.kubernetes.io/name: web}}
spec: {selector: {app.kubernetes.io/name: web}, ports: [{name: http, port: 80, targetPort: http}]}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: web, namespace: shop, labels: {app.kubernetes.io/name: web}}
spec:
  tls: [{hosts: [shop.example.com], secretName: shop-tls}]
  rules:
    - host: shop.example.com
      http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {name: http}}}}]}
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: web, namespace: shop, labels: {app.kubernetes.io/name: web}}
rules: [{apiGroups: [""], resources: [configmaps], verbs: [get, watch]}]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: web, namespace: shop, labels: {app.kubernetes.io/name: web}}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: web}
subjects: [{kind: ServiceAccount, name: web, namespace: shop}]
`;

const BAD = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: {name: ops, labels: {app.kubernetes.io/name: ops}}
rules:
  - {apiGroups: [""], resources: [configmaps], verbs: [get]}
  - {apiGroups: [""], resources: ["*"], verbs: [get, list]}
---
apiVersion: batch/v1beta1
kind: CronJob
metadata: {name: report, labels: {app.kubernetes.io/name: report}}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {labels: {app: report}}
        spec:
          serviceAccountName: reporter
          containers:
            - name: report
              image: registry.example.com/report:1.0.0
              env: [{name: TOKEN, valueFrom: {secretKeyRef: {name: report-token, key: token}}}]
`;

function findingsOf(text: string, version = 'latest') {
  const parsed = parseYaml(text, 'app.yaml');
  expect(parsed.errors).toEqual([]);
  return checkManifests(parsed.manifests, { profile: 'recommended', kubernetesVersion: version }).findings.filter((f) => MY_IDS.has(f.ruleId));
}

describe('object-level and cross-object rules in the recommended profile', () => {
  test('every rule is registered in the catalog once, with complete metadata', () => {
    const catalogIds = CATALOG_RULES.map((r) => r.meta.id);
    for (const rule of MINE) {
      expect(catalogIds.filter((id) => id === rule.meta.id)).toHaveLength(1);
      expect(rule.meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.meta.title.length).toBeGreaterThan(5);
      expect(rule.meta.description.length).toBeGreaterThan(40);
      expect(rule.meta.remediation.length).toBeGreaterThan(20);
      expect(rule.check ?? rule.checkAll).toBeDefined();
    }
  });

  test('a well-built app raises none of them', () => {
    expect(findingsOf(GOOD).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  test('a careless app is reported with file lines, across objects', () => {
    const findings = findingsOf(BAD, 'v1.24');
    // Rule [1] grants get on every resource: secrets, pods/exec, pods/portforward and nodes/proxy included.
    expect(findings.map((f) => `${f.line} ${f.ruleId}`).sort()).toEqual(
      [
        '6 rbac-wildcard',
        '6 rbac-secrets-read',
        '6 rbac-pod-exec',
        '6 rbac-pod-portforward',
        '6 rbac-nodes-proxy',
        '8 deprecated-api-version',
        '10 default-namespace',
        '10 networkpolicy-default-deny',
        '16 networkpolicy-coverage',
        '18 serviceaccount-missing',
        '22 config-reference-missing',
        '22 secret-env-var',
      ].sort(),
    );
    expect(findings.find((f) => f.ruleId === 'networkpolicy-default-deny')!.message).toBe(
      'the unspecified namespace (objects without metadata.namespace) has workloads but no default-deny NetworkPolicy for Ingress and Egress',
    );
    expect(findingsOf(BAD, 'v1.25').map((f) => f.ruleId)).toContain('removed-api-version');
  });
});
