import { App, Chart, Testing } from 'cdk8s';
import { checkManifests } from '../../src/engine/check';
import { Finding } from '../../src/engine/types';

/** Images pinned by digest, as the secure constructs require by default. */
export const IMAGE = 'ghcr.io/acme/app@sha256:' + 'a'.repeat(64);
export const IMAGE2 = 'ghcr.io/acme/other@sha256:' + 'b'.repeat(64);

/**
 * Info-level findings the defaults leave on purpose: fixing them needs a choice only the cluster or
 * image owner can make (a sandboxed RuntimeClass, user-namespace support on the nodes, a
 * PriorityClass defined in the cluster, image-specific UIDs/GIDs, which the constructs never
 * hard-code), or the default is deliberate
 * (no CPU limit: throttling hurts latency; set one with SecureDefaults cpuLimit).
 */
export const ACCEPTED_INFO = ['cpu-limits', 'host-users', 'low-group-id', 'low-user-id', 'priority-class', 'runtime-class'];

/** A fresh app and a chart with a namespace. */
export function appAndChart(namespace = 'team'): { app: App; chart: Chart } {
  const app = Testing.app();
  const chart = new Chart(app, 'chart', { namespace });
  return { app, chart };
}

/** Synthesizes every chart of the app (objects of all charts, as the cross-object rules see them). */
export function synthApp(app: App): Record<string, any>[] {
  return app.charts.flatMap((c) => Testing.synth(c));
}

/** Unsuppressed findings of `profile` on the manifests. */
export function findingsOf(manifests: readonly unknown[], profile: string): Finding[] {
  const report = checkManifests(manifests.map((manifest) => ({ manifest: manifest as Record<string, unknown> })), { profile });
  return report.findings.filter((f) => !f.suppressed);
}

/** Findings that count: every error and warning, and infos outside ACCEPTED_INFO; formatted for readable failures. */
export function unacceptedFindings(manifests: readonly unknown[], profile: string): string[] {
  return findingsOf(manifests, profile)
    .filter((f) => f.severity !== 'info' || !ACCEPTED_INFO.includes(f.ruleId))
    .map((f) => `[${f.ruleId}] ${f.resource.kind} ${f.resource.name} ${f.path}: ${f.message}`);
}

/** The first object of `kind` (and `name`, if given). */
export function objectOf(manifests: readonly Record<string, any>[], kind: string, name?: string): Record<string, any> {
  const found = manifests.find((m) => m.kind === kind && (name === undefined || m.metadata?.name === name));
  if (!found) throw new Error(`no ${kind}${name ? ' ' + name : ''} in the output (kinds: ${manifests.map((m) => m.kind).join(', ')})`);
  return found;
}

/** The message of the error `fn` throws. */
export function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error, but none was thrown');
}

/** Base64 with the shape of kubeseal output: uint16 RSA length, RSA block, AES-GCM payload. */
export function fakeKubesealCiphertext(seed: number, rsaBytes = 512, payloadBytes = 48): string {
  const buf = Buffer.alloc(2 + rsaBytes + payloadBytes);
  buf.writeUInt16BE(rsaBytes, 0);
  for (let i = 2; i < buf.length; i++) buf[i] = (i * 31 + seed * 17) & 0xff;
  return buf.toString('base64');
}
