import { joinPointer, joinSegments, sharePointer } from './json-pointer';
import { containerFeatures, podLevelFeatures } from './pod-features';
import { asArray, asObject, asString, isObject, isSet, Obj } from './values';

/** Where a kind keeps its pod template: a JSON pointer to an object with `metadata` and `spec` (a pod spec). */
export interface PodTemplateLocation {
  /** Kind the location applies to, e.g. `Rollout`. */
  readonly kind: string;
  /** Restrict to this apiVersion (e.g. `argoproj.io/v1alpha1`). Default: any. */
  readonly apiVersion?: string;
  /** JSON pointer to the pod template, e.g. `/spec/template`. `''` means the object itself is pod-shaped. */
  readonly templatePath: string;
}

/** The pod template locations of every built-in workload kind. */
export const BUILTIN_POD_TEMPLATE_LOCATIONS: readonly PodTemplateLocation[] = [
  { kind: 'Pod', templatePath: '' },
  { kind: 'Deployment', templatePath: '/spec/template' },
  { kind: 'StatefulSet', templatePath: '/spec/template' },
  { kind: 'DaemonSet', templatePath: '/spec/template' },
  { kind: 'ReplicaSet', templatePath: '/spec/template' },
  { kind: 'ReplicationController', templatePath: '/spec/template' },
  { kind: 'Job', templatePath: '/spec/template' },
  { kind: 'CronJob', templatePath: '/spec/jobTemplate/spec/template' },
  { kind: 'PodTemplate', templatePath: '/template' },
];

export type ContainerType = 'containers' | 'initContainers' | 'ephemeralContainers';

export const CONTAINER_TYPES: readonly ContainerType[] = ['initContainers', 'containers', 'ephemeralContainers'];

/** A value together with the JSON pointer it was read from. */
export interface Located<T = unknown> {
  readonly value: T;
  readonly path: string;
}

/** Security settings where the container value, when set, overrides the pod value. */
export interface EffectiveSecurity {
  readonly runAsNonRoot?: Located;
  readonly runAsUser?: Located;
  readonly runAsGroup?: Located;
  readonly seccompProfileType?: Located;
  readonly appArmorProfileType?: Located;
  readonly seLinuxOptions?: Located;
  readonly windowsHostProcess?: Located;
}

/** One container of a pod spec, with its effective security settings. */
export interface ContainerView {
  readonly type: ContainerType;
  readonly index: number;
  /** The container's name, or `''` when missing. */
  readonly name: string;
  /** JSON pointer to the container. */
  readonly path: string;
  readonly container: Obj;
  /** The container's own securityContext (empty when missing). */
  readonly securityContext: Obj;
  readonly securityContextPath: string;
  readonly effective: EffectiveSecurity;
}

/** A pod spec found in an object, with everything rules commonly need. */
export interface PodSpecView {
  /** JSON pointer to the pod spec. */
  readonly path: string;
  readonly spec: Obj;
  /** The pod (template) metadata, where annotations such as legacy seccomp/AppArmor live. */
  readonly metadata: Obj;
  readonly metadataPath: string;
  readonly securityContext: Obj;
  readonly securityContextPath: string;
  /** initContainers, containers and ephemeralContainers, in that order. */
  readonly containers: readonly ContainerView[];
  /** `spec.os.name` when it is a string. */
  readonly osName?: string;
  /** The `PodFeature`s of the pod spec and its containers, as bits (see `podFeaturesOf`). */
  readonly features: number;
}

const EFFECTIVE_FIELDS: ReadonlyArray<[keyof EffectiveSecurity, string[]]> = [
  ['runAsNonRoot', ['runAsNonRoot']],
  ['runAsUser', ['runAsUser']],
  ['runAsGroup', ['runAsGroup']],
  ['seccompProfileType', ['seccompProfile', 'type']],
  ['appArmorProfileType', ['appArmorProfile', 'type']],
  ['seLinuxOptions', ['seLinuxOptions']],
  ['windowsHostProcess', ['windowsOptions', 'hostProcess']],
];

// Index loops and no destructuring here: this runs for every container of every workload, and
// iterators were a measurable share of the analysis in allocation profiles.
function readPath(root: Obj, rootPath: string, segments: string[]): Located | undefined {
  let current: unknown = root;
  for (let i = 0; i < segments.length; i++) {
    if (!isObject(current)) return undefined;
    current = current[segments[i]];
  }
  return isSet(current) ? { value: current, path: joinSegments(rootPath, segments) } : undefined;
}

function effectiveSecurity(podSc: Obj, podScPath: string, sc: Obj, scPath: string): EffectiveSecurity {
  const out: Record<string, Located> = {};
  for (let i = 0; i < EFFECTIVE_FIELDS.length; i++) {
    const segments = EFFECTIVE_FIELDS[i][1];
    const located = readPath(sc, scPath, segments) ?? readPath(podSc, podScPath, segments);
    if (located) out[EFFECTIVE_FIELDS[i][0]] = located;
  }
  return out;
}

/** Builds the view of one pod spec at `specPath` with metadata at `metadataPath`. */
export function viewPodSpec(specValue: unknown, specPath: string, metadataValue: unknown, metadataPath: string): PodSpecView {
  const spec = asObject(specValue);
  const securityContext = asObject(spec.securityContext);
  const securityContextPath = joinPointer(specPath, 'securityContext');
  const metadata = asObject(metadataValue);
  let features = podLevelFeatures(spec, securityContext, metadata);
  const containers: ContainerView[] = [];
  for (let t = 0; t < CONTAINER_TYPES.length; t++) {
    const type = CONTAINER_TYPES[t];
    const list = asArray(spec[type]);
    for (let index = 0; index < list.length; index++) {
      const container = asObject(list[index]);
      const path = joinPointer(specPath, type, index);
      const sc = asObject(container.securityContext);
      const scPath = joinPointer(path, 'securityContext');
      features |= containerFeatures(container, sc);
      containers.push({
        type,
        index,
        name: asString(container.name) ?? '',
        path,
        container,
        securityContext: sc,
        securityContextPath: scPath,
        effective: effectiveSecurity(securityContext, securityContextPath, sc, scPath),
      });
    }
  }
  return {
    path: specPath,
    spec,
    metadata,
    metadataPath,
    securityContext,
    securityContextPath,
    containers,
    osName: asString(asObject(spec.os).name),
    features,
  };
}

/** The segments of each template path, split once (there are only as many as locations). */
const templateSegments = new Map<string, readonly string[]>();

function resolvePointer(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let segments = templateSegments.get(pointer);
  if (segments === undefined) templateSegments.set(pointer, (segments = pointer.slice(1).split('/')));
  let current: unknown = root;
  for (let i = 0; i < segments.length; i++) {
    if (!isObject(current)) return undefined;
    current = current[segments[i]];
  }
  return current;
}

/** Finds the pod specs of one object (not a List): none for kinds without a pod template. */
export function findPodSpecs(object: Obj, basePath: string, locations: readonly PodTemplateLocation[]): PodSpecView[] {
  const kind = asString(object.kind);
  if (!kind) return [];
  const apiVersion = asString(object.apiVersion);
  const views: PodSpecView[] = [];
  for (let i = 0; i < locations.length; i++) {
    const location = locations[i];
    if (location.kind !== kind) continue;
    if (location.apiVersion !== undefined && location.apiVersion !== apiVersion) continue;
    const template = resolvePointer(object, location.templatePath);
    if (!isObject(template)) continue;
    // A top-level object's template path is the location's own: share what is joined to it.
    // Stryker disable next-line ConditionalExpression,StringLiteral: '' + the location's path is the same text; only sharing differs
    const templatePath = basePath === '' ? sharePointer(location.templatePath) : basePath + location.templatePath;
    views.push(viewPodSpec(template.spec, joinPointer(templatePath, 'spec'), template.metadata, joinPointer(templatePath, 'metadata')));
  }
  return views;
}
