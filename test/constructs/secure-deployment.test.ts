import { Chart, Size, Testing } from 'cdk8s';
import * as kplus from 'cdk8s-plus-27';
import { Guardrails } from '../../src/cdk8s/guardrails';
import { InsecurePropError, IsolatedNamespace, LeastPrivilegeServiceAccount, NetworkPeer, SecureDefaults, SecureDeployment, SecureDeploymentProps } from '../../src/constructs';
import { appAndChart, errorOf, IMAGE, IMAGE2, objectOf, synthApp, unacceptedFindings } from './support';

function synthOne(props: Partial<SecureDeploymentProps> = {}, container: Record<string, unknown> = {}) {
  const { app, chart } = appAndChart('shop');
  const d = new SecureDeployment(chart, 'web', { name: 'web', containers: [{ image: IMAGE, portNumber: 8080, ...container }], ...props });
  return { app, chart, d, out: Testing.synth(chart) };
}

describe('SecureDeployment output', () => {
  const { out } = synthOne({}, { scratch: ['/tmp'] });
  const deployment = objectOf(out, 'Deployment', 'web');
  const pod = deployment.spec.template.spec;
  const container = pod.containers[0];

  test('pod runs non-root with seccomp RuntimeDefault and no hard-coded UID/GID', () => {
    expect(pod.securityContext).toEqual({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(container.securityContext.runAsUser).toBeUndefined();
    expect(container.securityContext.runAsGroup).toBeUndefined();
  });

  test('container drops ALL capabilities, no escalation, not privileged, read-only root', () => {
    expect(container.securityContext).toEqual({
      runAsNonRoot: true,
      allowPrivilegeEscalation: false,
      privileged: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    });
  });

  test('scratch paths are size-limited emptyDirs', () => {
    expect(container.volumeMounts).toEqual([{ mountPath: '/tmp', name: 'main-scratch-0' }]);
    expect(pod.volumes).toEqual([{ name: 'main-scratch-0', emptyDir: { sizeLimit: '64Mi' } }]);
  });

  test('no host namespaces and no API token; runs as its own ServiceAccount', () => {
    expect(pod.hostNetwork).toBe(false);
    expect(pod.hostPID).toBeUndefined();
    expect(pod.hostIPC).toBeUndefined();
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(pod.serviceAccountName).toBe('web');
    expect(objectOf(out, 'ServiceAccount', 'web').automountServiceAccountToken).toBe(false);
  });

  test('requests CPU, memory (= limit) and ephemeral storage, limits memory and storage, no CPU limit by default', () => {
    expect(container.resources).toEqual({
      requests: { 'cpu': '100m', 'memory': '256Mi', 'ephemeral-storage': '1Gi' },
      limits: { 'memory': '256Mi', 'ephemeral-storage': '2Gi' },
    });
  });

  test('TCP readiness and liveness probes on the container port when none are given', () => {
    expect(container.readinessProbe.tcpSocket.port).toBe(8080);
    expect(container.livenessProbe.tcpSocket.port).toBe(8080);
    expect(container.livenessProbe).not.toEqual(container.readinessProbe);
  });

  test('2 replicas spread across nodes and zones, with a PodDisruptionBudget', () => {
    expect(deployment.spec.replicas).toBe(2);
    expect(pod.topologySpreadConstraints.map((t: any) => t.topologyKey)).toEqual(['kubernetes.io/hostname', 'topology.kubernetes.io/zone']);
    const pdb = objectOf(out, 'PodDisruptionBudget', 'web');
    expect(pdb.spec).toEqual({ maxUnavailable: 1, selector: deployment.spec.selector, unhealthyPodEvictionPolicy: 'AlwaysAllow' });
  });

  test('labels, namespace and a selector that matches the pod labels', () => {
    expect(deployment.metadata.namespace).toBe('shop');
    expect(deployment.metadata.labels['app.kubernetes.io/name']).toBe('web');
    for (const [k, v] of Object.entries(deployment.spec.selector.matchLabels)) expect(deployment.spec.template.metadata.labels[k]).toBe(v);
  });

  test('ClusterIP Service and a deny-by-default NetworkPolicy selecting the pods', () => {
    const service = objectOf(out, 'Service', 'web');
    expect(service.spec.type).toBe('ClusterIP');
    expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels);
    expect(service.spec.ports).toEqual([{ name: 'main', port: 8080, targetPort: 8080, protocol: 'TCP' }]);
    const policy = objectOf(out, 'NetworkPolicy', 'web');
    expect(policy.spec).toEqual({ podSelector: deployment.spec.selector, policyTypes: ['Ingress', 'Egress'], ingress: [], egress: [] });
  });
});

describe('SecureDeployment options', () => {
  test('replicas 1 gets no PodDisruptionBudget', () => {
    const { out } = synthOne({ replicas: 1 });
    expect(out.find((o) => o.kind === 'PodDisruptionBudget')).toBeUndefined();
  });

  test('SecureDefaults on a chart apply to its constructs; nearer scopes and props override', () => {
    const app = Testing.app();
    SecureDefaults.of(app).set({ replicas: 3, memoryLimit: Size.mebibytes(512), labels: { 'app.kubernetes.io/part-of': 'shop' } });
    const chart = new Chart(app, 'chart', { namespace: 'shop' });
    SecureDefaults.of(chart).set({ cpuLimit: kplus.Cpu.millis(500), runAsUser: 10001, runAsGroup: 10001 });
    new SecureDeployment(chart, 'a', { name: 'a', containers: [{ image: IMAGE, portNumber: 8080 }] });
    new SecureDeployment(chart, 'b', { name: 'b', replicas: 4, runAsUser: 20000, containers: [{ image: IMAGE, portNumber: 8080, resources: { memory: { limit: Size.gibibytes(1) } } }] });
    const out = Testing.synth(chart);
    const a = objectOf(out, 'Deployment', 'a');
    const b = objectOf(out, 'Deployment', 'b');
    expect(a.spec.replicas).toBe(3);
    expect(a.metadata.labels['app.kubernetes.io/part-of']).toBe('shop');
    expect(a.spec.template.spec.containers[0].resources.limits).toMatchObject({ cpu: '500m', memory: '512Mi' });
    expect(a.spec.template.spec.containers[0].resources.requests.memory).toBe('512Mi');
    expect(a.spec.template.spec.securityContext).toMatchObject({ runAsUser: 10001, runAsGroup: 10001 });
    expect(b.spec.replicas).toBe(4);
    expect(b.spec.template.spec.containers[0].resources.limits.memory).toBe('1024Mi');
    expect(b.spec.template.spec.securityContext.runAsUser).toBe(20000);
  });

  test('tags are accepted from an allowed registry only', () => {
    const { app, chart } = appAndChart();
    SecureDefaults.of(app).set({ allowedRegistries: ['ghcr.io/acme'] });
    expect(() => new SecureDeployment(chart, 'ok', { containers: [{ image: 'ghcr.io/acme/web:1.2.3', portNumber: 8080 }] })).not.toThrow();
    expect(errorOf(() => new SecureDeployment(chart, 'bad', { containers: [{ image: 'ghcr.io/acme-evil/web:1.2.3', portNumber: 8080 }] })).message).toContain('not from an allowed registry (ghcr.io/acme)');
  });

  test('allowBindBelow1024 adds NET_BIND_SERVICE and nothing else', () => {
    const { out } = synthOne({}, { securityContext: { allowBindBelow1024: true } });
    expect(objectOf(out, 'Deployment').spec.template.spec.containers[0].securityContext.capabilities).toEqual({ drop: ['ALL'], add: ['NET_BIND_SERVICE'] });
  });

  test('Localhost seccomp is accepted with a profile; userNamespaces sets hostUsers false; priority and runtime classes', () => {
    const { out } = synthOne({ seccompProfile: { type: 'Localhost', localhostProfile: 'profiles/web.json' }, userNamespaces: true, priorityClassName: 'shop-high', runtimeClassName: 'gvisor' });
    const pod = objectOf(out, 'Deployment').spec.template.spec;
    expect(pod.runtimeClassName).toBe('gvisor');
    expect(pod.priorityClassName).toBe('shop-high');
    expect(pod.securityContext.seccompProfile).toEqual({ type: 'Localhost', localhostProfile: 'profiles/web.json' });
    expect(pod.hostUsers).toBe(false);
  });

  test('allowTo another SecureDeployment opens egress here and ingress there on its container port', () => {
    const { chart } = appAndChart('shop');
    const web = new SecureDeployment(chart, 'web', { name: 'web', containers: [{ image: IMAGE, portNumber: 8080 }] });
    const api = new SecureDeployment(chart, 'api', { name: 'api', containers: [{ image: IMAGE2, portNumber: 9090 }] });
    web.allowTo(api);
    web.allowFrom(NetworkPeer.namespace('ingress-nginx'));
    api.allowTo(NetworkPeer.cidr('10.0.0.0/24'), 5432);
    const out = Testing.synth(chart);
    const webPolicy = objectOf(out, 'NetworkPolicy', 'web').spec;
    const apiPolicy = objectOf(out, 'NetworkPolicy', 'api').spec;
    expect(webPolicy.egress).toEqual([{ to: [{ podSelector: { matchLabels: api.selectorLabels } }], ports: [{ port: 9090, protocol: 'TCP' }] }]);
    expect(webPolicy.ingress).toEqual([
      { from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }], ports: [{ port: 8080, protocol: 'TCP' }] },
    ]);
    expect(apiPolicy.ingress).toEqual([{ from: [{ podSelector: { matchLabels: web.selectorLabels } }], ports: [{ port: 9090, protocol: 'TCP' }] }]);
    expect(apiPolicy.egress).toEqual([{ to: [{ ipBlock: { cidr: '10.0.0.0/24' } }], ports: [{ port: 5432, protocol: 'TCP' }] }]);
  });

  test('NetworkPeer.pods selects by labels, adding a namespaceSelector only for another namespace', () => {
    const { chart } = appAndChart('shop');
    const web = new SecureDeployment(chart, 'web', { name: 'web', containers: [{ image: IMAGE, portNumber: 8080 }] });
    web.allowFrom(NetworkPeer.pods({ app: 'prometheus' }, 'monitoring'), 9090);
    web.allowFrom(NetworkPeer.pods({ app: 'probe' }, 'shop'));
    web.allowFrom(NetworkPeer.pods({ app: 'sidecar' }));
    expect(objectOf(Testing.synth(chart), 'NetworkPolicy', 'web').spec.ingress.map((r: any) => r.from[0])).toEqual([
      { podSelector: { matchLabels: { app: 'prometheus' } }, namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } } },
      { podSelector: { matchLabels: { app: 'probe' } } },
      { podSelector: { matchLabels: { app: 'sidecar' } } },
    ]);
  });

  test('several image pull secrets are all listed', () => {
    const { chart } = appAndChart('shop');
    const secrets = ['ghcr', 'ecr'].map((n) => kplus.Secret.fromSecretName(chart, n, n));
    new SecureDeployment(chart, 'web', { name: 'web', imagePullSecrets: secrets, containers: [{ image: IMAGE, portNumber: 8080 }] });
    expect(objectOf(Testing.synth(chart), 'Deployment').spec.template.spec.imagePullSecrets).toEqual([{ name: 'ghcr' }, { name: 'ecr' }]);
  });

  test('a peer in another namespace is selected by namespace too', () => {
    const app = Testing.app();
    const a = new IsolatedNamespace(app, 'a', { name: 'team-a' });
    const b = new IsolatedNamespace(app, 'b', { name: 'team-b' });
    const client = new SecureDeployment(a, 'client', { name: 'client', containers: [{ image: IMAGE, portNumber: 8080 }] });
    const server = new SecureDeployment(b, 'server', { name: 'server', containers: [{ image: IMAGE2, portNumber: 8443 }] });
    client.allowTo(server);
    expect(objectOf(Testing.synth(a), 'NetworkPolicy', 'client').spec.egress[0].to[0]).toEqual({
      podSelector: { matchLabels: server.selectorLabels },
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'team-b' } },
    });
  });

  test('readOnlyRootFilesystem false with an exception is recorded as a suppression and reported', () => {
    const app = Testing.app();
    const ns = new IsolatedNamespace(app, 'shop', { name: 'shop' });
    new SecureDeployment(ns, 'legacy', {
      name: 'legacy',
      containers: [
        {
          image: IMAGE,
          portNumber: 8080,
          securityContext: { readOnlyRootFilesystem: false },
          writableRootFilesystem: { reason: 'vendor image writes to /opt/app at start; ticket SEC-42', ruleIds: ['read-only-root-filesystem'] },
        },
      ],
    });
    Guardrails.of(app).enforce({ failOn: 'warning', warn: () => undefined });
    const out = synthApp(app);
    expect(objectOf(out, 'Deployment', 'legacy').spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem).toBe(false);
    const suppressed = Guardrails.of(app).report!.findings.filter((f) => f.suppressed);
    expect(suppressed.map((f) => f.ruleId)).toContain('read-only-root-filesystem');
    expect(suppressed.find((f) => f.ruleId === 'read-only-root-filesystem')!.suppressed!.reason).toContain('SEC-42');
    const annotation = objectOf(out, 'Deployment', 'legacy').metadata.annotations['cdk8s-guardrails/suppressions'];
    expect(annotation).toContain('main');
    expect(objectOf(out, 'Service', 'legacy').metadata.annotations).toBeUndefined();
  });

  test('NodePort with an exception is created and its finding suppressed', () => {
    const app = Testing.app();
    const ns = new IsolatedNamespace(app, 'shop', { name: 'shop', resourceQuota: { 'services.nodeports': '1' } });
    new SecureDeployment(ns, 'edge', {
      name: 'edge',
      containers: [{ image: IMAGE, portNumber: 8080 }],
      service: { type: 'NodePort', exception: { reason: 'bare-metal cluster without a load balancer', ruleIds: ['service-nodeport'] } },
    });
    Guardrails.of(app).enforce({ failOn: 'warning', warn: () => undefined });
    const out = synthApp(app);
    expect(objectOf(out, 'Service', 'edge').spec.type).toBe('NodePort');
    expect(objectOf(out, 'Service', 'edge').metadata.annotations['cdk8s-guardrails/suppressions']).toContain('bare-metal cluster');
    expect(objectOf(out, 'Deployment', 'edge').metadata.annotations).toBeUndefined();
    expect(Guardrails.of(app).report!.findings.filter((f) => f.suppressed).map((f) => f.ruleId)).toContain('service-nodeport');
  });
});

describe('SecureDeployment apiToken', () => {
  function tokenApp(apiToken: Record<string, unknown>, container: Record<string, unknown> = {}) {
    const app = Testing.app();
    const ns = new IsolatedNamespace(app, 'shop', { name: 'shop' });
    const sa = new LeastPrivilegeServiceAccount(ns, 'sa', { name: 'operator' });
    sa.grantReadConfigMaps('settings');
    new SecureDeployment(ns, 'op', { name: 'op', serviceAccount: sa, apiToken, containers: [{ image: IMAGE, portNumber: 8080, ...container }] });
    return synthApp(app);
  }

  test('mounts a short-lived projected token, the CA and the namespace at the standard path; automount stays off', () => {
    const pod = objectOf(tokenApp({ audience: 'https://kubernetes.default.svc' }), 'Deployment').spec.template.spec;
    expect(pod.automountServiceAccountToken).toBe(false);
    expect(pod.volumes).toEqual([
      {
        name: 'api-token',
        projected: {
          defaultMode: 0o444,
          sources: [
            { serviceAccountToken: { path: 'token', expirationSeconds: 3600, audience: 'https://kubernetes.default.svc' } },
            { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
            { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
          ],
        },
      },
    ]);
    expect(pod.containers[0].volumeMounts).toEqual([{ name: 'api-token', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true }]);
  });

  test('is appended to existing volumes and mounts', () => {
    const pod = objectOf(tokenApp({}, { scratch: ['/tmp'] }), 'Deployment').spec.template.spec;
    expect(pod.volumes.map((v: any) => v.name)).toEqual(['main-scratch-0', 'api-token']);
    expect(pod.containers[0].volumeMounts.map((m: any) => m.name)).toEqual(['main-scratch-0', 'api-token']);
  });

  test('gives no findings', () => {
    expect(unacceptedFindings(tokenApp({}), 'recommended')).toEqual([]);
  });

  test('refuses a too short lifetime and unknown containers', () => {
    expect(errorOf(() => tokenApp({ expirationSeconds: 60 })).message).toMatch(/`apiToken\.expirationSeconds` is 60\. Fix: give at least 600 seconds/);
    expect(errorOf(() => tokenApp({ containers: ['sidecar'] })).message).toMatch(/`apiToken\.containers` names "sidecar", which is not a container/);
  });
});

describe('SecureDeployment with default props has no findings', () => {
  for (const profile of ['recommended', 'pss-restricted']) {
    test(profile, () => {
      const app = Testing.app();
      const ns = new IsolatedNamespace(app, 'shop', { name: 'shop' });
      const web = new SecureDeployment(ns, 'web', { name: 'web', containers: [{ image: IMAGE, portNumber: 8080 }] });
      const worker = new SecureDeployment(ns, 'worker', {
        name: 'worker',
        containers: [{ image: IMAGE2, readiness: kplus.Probe.fromCommand(['/app/ready']), liveness: kplus.Probe.fromCommand(['/app/alive']) }],
      });
      worker.allowTo(web);
      expect(unacceptedFindings(synthApp(app), profile)).toEqual([]);
    });
  }

  test('and synthesis under Guardrails.enforce() passes', () => {
    const app = Testing.app();
    const ns = new IsolatedNamespace(app, 'shop', { name: 'shop' });
    new SecureDeployment(ns, 'web', { name: 'web', containers: [{ image: IMAGE, portNumber: 8080 }] });
    Guardrails.of(app).enforce({ warn: () => undefined });
    expect(() => app.synthYaml()).not.toThrow();
  });
});

describe('SecureDeployment refuses insecure props', () => {
  const cases: Array<[string, Partial<SecureDeploymentProps>, Record<string, unknown>, RegExp]> = [
    ['image latest', {}, { image: 'ghcr.io/acme/app:latest' }, /`containers\[0\]\.image` uses "ghcr.io\/acme\/app:latest", which has the mutable tag latest\. Fix: pin the image by digest/],
    ['untagged image', {}, { image: 'nginx' }, /`containers\[0\]\.image` uses "nginx", which has no tag and means latest/],
    ['tag without allowed registry', {}, { image: 'nginx:1.27' }, /`containers\[0\]\.image` uses "nginx:1.27", a tag not pinned by digest and no allowed registries are configured\. Fix: .*allowedRegistries/],
    ['malformed digest', {}, { image: 'nginx@sha256:abc' }, /`containers\[0\]\.image` has a malformed digest/],
    ['missing image', {}, { image: '' }, /`containers\[0\]\.image` is missing\. Fix: give an image pinned by digest/],
    ['privileged', {}, { securityContext: { privileged: true } }, /`containers\[0\]\.securityContext\.privileged` gives the container full access to the host\. Fix: remove it/],
    ['allowPrivilegeEscalation', {}, { securityContext: { allowPrivilegeEscalation: true } }, /`containers\[0\]\.securityContext\.allowPrivilegeEscalation` lets processes gain privileges/],
    ['runAsNonRoot false', {}, { securityContext: { runAsNonRoot: false } }, /`containers\[0\]\.securityContext\.runAsNonRoot` allows running as root\. Fix: .*non-root USER/],
    ['container user 0', {}, { securityContext: { user: 0 } }, /`containers\[0\]\.securityContext\.user` is 0 \(root\)\. Fix: give a non-zero UID\/GID/],
    ['pod runAsUser 0', { runAsUser: 0 }, {}, /`runAsUser` is 0 \(root\)/],
    ['pod runAsGroup 0', { runAsGroup: 0 }, {}, /`runAsGroup` is 0 \(root\)/],
    ['fsGroup 0', { fsGroup: 0 }, {}, /`fsGroup` is 0 \(root\)/],
    ['extra capability', {}, { securityContext: { addCapabilities: ['SYS_ADMIN'] } }, /`containers\[0\]\.securityContext\.addCapabilities` adds SYS_ADMIN\. Fix: add at most NET_BIND_SERVICE/],
    ['hostNetwork', { hostNetwork: true as never }, {}, /`hostNetwork` shares a host namespace\. Fix: remove `hostNetwork`/],
    ['hostPID', { hostPID: true as never }, {}, /`hostPID` shares a host namespace/],
    ['hostIPC', { hostIPC: true as never }, {}, /`hostIPC` shares a host namespace/],
    ['hostPort', {}, { ports: [{ number: 8080, hostPort: 80 }] }, /`containers\[0\]\.ports\[0\]\.hostPort` binds a port on the node\. Fix: remove hostPort/],
    ['seccomp Unconfined', { seccompProfile: { type: 'Unconfined' as never } }, {}, /`seccompProfile\.type` is "Unconfined"\. Fix: use "RuntimeDefault" or "Localhost"/],
    ['Localhost seccomp without profile', { seccompProfile: { type: 'Localhost' } }, {}, /`seccompProfile\.localhostProfile` is required/],
    ['automount token', { automountServiceAccountToken: true as never }, {}, /`automountServiceAccountToken` mounts an API token/],
    ['writable root without exception', {}, { securityContext: { readOnlyRootFilesystem: false } }, /`containers\[0\]\.securityContext\.readOnlyRootFilesystem` weakens a secure default and needs an explicit exception\. Fix: .*scratch: \['\/tmp'\]/],
    ['LoadBalancer without exception', { service: { type: 'LoadBalancer' } }, {}, /`service\.type` weakens a secure default and needs an explicit exception\. Fix: use type ClusterIP/],
    ['exception without rule ids', { service: { type: 'NodePort', exception: { reason: 'bare metal, no load balancer', ruleIds: [] } } }, {}, /`service\.type\.exception\.ruleIds` is empty/],
    ['no containers', { containers: [] }, {}, /`containers` is empty/],
    ['no port and no probes', {}, { portNumber: undefined }, /`containers\[0\]\.readiness` is missing and the container declares no port to probe\. Fix: give readiness and liveness probes/],
    ['no port and no liveness probe', {}, { portNumber: undefined, readiness: kplus.Probe.fromCommand(['/ready']) }, /`containers\[0\]\.liveness` is missing/],
  ];
  for (const [name, props, container, message] of cases) {
    test(name, () => {
      const error = errorOf(() => synthOne(props, container));
      expect(error).toBeInstanceOf(InsecurePropError);
      expect(error.message).toMatch(/^chart\/web: /);
      expect(error.message).toMatch(message);
    });
  }

  test('no namespace, or the default namespace', () => {
    const app = Testing.app();
    const plain = new Chart(app, 'plain');
    expect(errorOf(() => new SecureDeployment(plain, 'web', { containers: [{ image: IMAGE, portNumber: 8080 }] })).message).toMatch(
      /^plain\/web: `namespace` is not set, so the workload lands in "default"\. Fix: create the workload inside an IsolatedNamespace/,
    );
    const def = new Chart(app, 'def', { namespace: 'default' });
    expect(errorOf(() => new SecureDeployment(def, 'web', { containers: [{ image: IMAGE, portNumber: 8080 }] })).message).toMatch(/`namespace` is "default"/);
  });

  test('a hostPath volume', () => {
    const { chart } = appAndChart();
    const volume = kplus.Volume.fromHostPath(chart, 'v', 'host', { path: '/var/run/docker.sock' });
    const error = errorOf(() => new SecureDeployment(chart, 'web', { containers: [{ image: IMAGE, volumeMounts: [{ path: '/sock', volume }] }] }));
    expect(error.message).toMatch(/`containers\[0\]\.volumeMounts\[0\]\.volume` \("host"\) is a hostPath volume.*Fix: use an emptyDir/);
    expect(errorOf(() => new SecureDeployment(chart, 'web2', { containers: [{ image: IMAGE }], volumes: [volume] })).message).toMatch(/`volumes\[0\]` \("host"\) is a hostPath volume/);
  });
});
