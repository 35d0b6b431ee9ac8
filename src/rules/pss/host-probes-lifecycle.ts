import { describeContainer, show } from '../../engine/describe';
import { joinPointer } from '../../engine/json-pointer';
import { Violation } from '../../engine/rule';
import { asObject, isSet, typeNote } from '../../engine/values';
import { containerBehaviour, definePssRule } from './versioned';

const HANDLERS: ReadonlyArray<string[]> = [
  ['livenessProbe'],
  ['readinessProbe'],
  ['startupProbe'],
  ['lifecycle', 'postStart'],
  ['lifecycle', 'preStop'],
];
const ACTIONS = ['httpGet', 'tcpSocket'];

/** PSS baseline `hostProbesAndHostLifecycle` (1.34+): probes and lifecycle hooks must not target another host. */
export const hostProbesLifecycle = definePssRule(
  {
    id: 'pss-host-probes-lifecycle',
    title: 'Probe and lifecycle hook hosts',
    severity: 'error',
    category: 'pod-security',
    description:
      'A probe or lifecycle hook with a `host` makes the kubelet send requests to any address the manifest names, from the node: a server-side request forgery into the node network. Pod Security Standards baseline forbids it from Kubernetes 1.34.',
    remediation:
      'Remove `host` from `httpGet`/`tcpSocket` in `livenessProbe`, `readinessProbe`, `startupProbe` and `lifecycle.postStart`/`preStop` (the kubelet then uses the pod IP); for a custom Host header use `httpGet.httpHeaders`.',
    standards: { pss: { level: 'baseline', control: 'hostProbesAndHostLifecycle' } },
  },
  [
    {
      since: 34,
      check: containerBehaviour((c) => {
        const container = c.container;
        // Stryker disable next-line ConditionalExpression: fast path for the usual container; walking its handlers finds no host either
        if (container.livenessProbe === undefined && container.readinessProbe === undefined && container.startupProbe === undefined && container.lifecycle === undefined) return undefined;
        const out: Violation[] = [];
        for (let j = 0; j < HANDLERS.length; j++) {
          const segments = HANDLERS[j];
          let handler: unknown = container;
          for (let k = 0; k < segments.length; k++) {
            const s = segments[k];
            handler = asObject(handler)[s];
          }
          for (let k = 0; k < ACTIONS.length; k++) {
            const action = ACTIONS[k];
            const host = asObject(asObject(handler)[action]).host;
            if (!isSet(host) || host === '') continue;
            const field = [...segments, action, 'host'].join('.');
            out.push({
              path: joinPointer(c.path, ...segments, action, 'host'),
              container: c.name,
              message: `${describeContainer(c)} sets ${field}=${show(host)}${typeNote(host, 'string')}`,
            });
          }
        }
        return out;
      }),
    },
  ],
  { podSpecs: true, podFeatures: ['handlerHosts'] },
);
