import { describeContainer } from '../../engine/describe';
import { podFeatureBits } from '../../engine/pod-features';
import { asArray, asObject, asString, isOn } from '../../engine/values';
import { WorkloadEntry } from './object-index';

/** A reference from a pod to a Secret or ConfigMap (optionally to one key of it). */
export interface ConfigReference {
  readonly kind: 'Secret' | 'ConfigMap';
  readonly name: string;
  readonly key?: string;
  /** JSON pointer to the field holding the name (or key). */
  readonly path: string;
  /** Where it is used, for messages: `container "web" env DB_PASSWORD`. */
  readonly usage: string;
}

/** Only env, envFrom and volumes reference Secrets and ConfigMaps; most pods have none of them. */
const REFERENCING_FEATURES = podFeatureBits(['env', 'volumes']);
const NO_REFERENCES: readonly ConfigReference[] = Object.freeze([]);

/**
 * Every required Secret/ConfigMap reference of a pod: env valueFrom, envFrom, and secret,
 * configMap and projected volumes. References marked `optional: true` are skipped because the pod
 * starts without them. imagePullSecrets are skipped: the kubelet pulls without a missing one.
 */
export function configReferences(w: WorkloadEntry): readonly ConfigReference[] {
  if ((w.pod.features & REFERENCING_FEATURES) === 0) return NO_REFERENCES;
  const out: ConfigReference[] = [];
  const add = (kind: ConfigReference['kind'], source: unknown, nameField: string, path: string, usage: string, key?: unknown) => {
    const obj = asObject(source);
    const name = asString(obj[nameField]);
    if (name === undefined || name === '' || isOn(obj.optional)) return;
    const k = asString(key);
    out.push({ kind, name, path: `${path}/${nameField}`, usage, ...(k !== undefined ? { key: k } : {}) });
  };
  const containers = w.pod.containers;
  for (let n = 0; n < containers.length; n++) {
    const c = containers[n];
    const env = asArray(c.container.env);
    const envFrom = asArray(c.container.envFrom);
    // Most containers reference nothing: describe them only when they have env to look at.
    if (!env.length && !envFrom.length) continue;
    const label = describeContainer(c);
    env.forEach((raw, i) => {
      const env = asObject(raw);
      const from = asObject(env.valueFrom);
      const envName = asString(env.name) ?? `#${i}`;
      const base = `${c.path}/env/${i}/valueFrom`;
      add('Secret', from.secretKeyRef, 'name', `${base}/secretKeyRef`, `${label} env ${envName}`, asObject(from.secretKeyRef).key);
      add('ConfigMap', from.configMapKeyRef, 'name', `${base}/configMapKeyRef`, `${label} env ${envName}`, asObject(from.configMapKeyRef).key);
    });
    envFrom.forEach((raw, i) => {
      const from = asObject(raw);
      add('Secret', from.secretRef, 'name', `${c.path}/envFrom/${i}/secretRef`, `${label} envFrom`);
      add('ConfigMap', from.configMapRef, 'name', `${c.path}/envFrom/${i}/configMapRef`, `${label} envFrom`);
    });
  }
  asArray(w.pod.spec.volumes).forEach((raw, i) => {
    const volume = asObject(raw);
    const label = `volume "${asString(volume.name) ?? `#${i}`}"`;
    const base = `${w.pod.path}/volumes/${i}`;
    addWithItems(add, 'Secret', volume.secret, 'secretName', `${base}/secret`, label);
    addWithItems(add, 'ConfigMap', volume.configMap, 'name', `${base}/configMap`, label);
    asArray(asObject(volume.projected).sources).forEach((src, j) => {
      const source = asObject(src);
      addWithItems(add, 'Secret', source.secret, 'name', `${base}/projected/sources/${j}/secret`, label);
      addWithItems(add, 'ConfigMap', source.configMap, 'name', `${base}/projected/sources/${j}/configMap`, label);
    });
  });
  return out;
}

type Add = (kind: ConfigReference['kind'], source: unknown, nameField: string, path: string, usage: string, key?: unknown) => void;

/** A volume source: the object itself, plus one reference per `items[].key` so missing keys are found. */
function addWithItems(add: Add, kind: ConfigReference['kind'], source: unknown, nameField: string, path: string, usage: string): void {
  if (source === undefined) return;
  const items = asArray(asObject(source).items);
  if (!items.length) {
    add(kind, source, nameField, path, usage);
    return;
  }
  items.forEach((item) => add(kind, source, nameField, path, usage, asObject(item).key));
}
