/** Manifests for the CLI tests. Apart from the intended violations they pass the restricted profile. */

const SAFE_CONTAINER = `        - name: app
          image: registry.example.com/app:1.2.3
          securityContext:
            allowPrivilegeEscalation: false
            capabilities: {drop: [ALL]}
            runAsNonRoot: true
            seccompProfile: {type: RuntimeDefault}
`;

/** A privileged Pod, a clean Deployment and a trailing empty document. */
export const MULTI_DOC = `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: team
spec:
  containers:
    - name: app
      image: registry.example.com/web:2.0.0
      securityContext:
        privileged: true
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: team
spec:
  selector: {matchLabels: {app: api}}
  template:
    metadata: {labels: {app: api}}
    spec:
      containers:
${SAFE_CONTAINER}---
`;

/** One privileged pod, named by argument. */
export function privilegedPod(name: string, extraMetadata = ''): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  namespace: team
${extraMetadata}spec:
  containers:
    - name: main
      image: registry.example.com/${name}:1.0.0
      securityContext:
        privileged: true
`;
}

/** A kubectl-style JSON List holding a privileged pod. */
export const JSON_LIST = JSON.stringify(
  {
    apiVersion: 'v1',
    kind: 'List',
    items: [
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'from-json', namespace: 'team' },
        spec: { containers: [{ name: 'c', image: 'registry.example.com/j:1.0.0', securityContext: { privileged: true } }] },
      },
    ],
  },
  null,
  2,
);

/** YAML with an unclosed flow mapping on line 4. */
export const BROKEN_YAML = `apiVersion: v1
kind: Pod
metadata:
  name: {broken
spec: {}
`;
