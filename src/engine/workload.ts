import { appendPointer, sharePointer } from './json-pointer';
import { containerFeatures, podLevelFeatures } from './pod-features';
import { asArray, asObject, asString, isObject, Obj } from './values';

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
export const BUILTIN_POD_TEMPLATE_LOCATIONS: readonly PodTemplateLocation[] = Object.freeze([
  { kind: 'Pod', templatePath: '' },
  { kind: 'Deployment', templatePath: '/spec/template' },
  { kind: 'StatefulSet', templatePath: '/spec/template' },
  { kind: 'DaemonSet', templatePath: '/spec/template' },
  { kind: 'ReplicaSet', templatePath: '/spec/template' },
  { kind: 'ReplicationController', templatePath: '/spec/template' },
  { kind: 'Job', templatePath: '/spec/template' },
  { kind: 'CronJob', templatePath: '/spec/jobTemplate/spec/template' },
  { kind: 'PodTemplate', templatePath: '/template' },
]);

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

/** The value at `base/key` when set, with its pointer. */
function located(value: unknown, base: string, key: string): Located | undefined {
  return value !== undefined && value !== null ? { value, path: appendPointer(base, key) } : undefined;
}

/** `object.key` when `object` is a plain object (the value of a nested field whose parent may be missing or odd). */
function child(object: unknown, key: string): unknown {
  return isObject(object) ? object[key] : undefined;
}

/** As `located`, for the field `key` of the object `parent` at `base/parentKey`. */
function locatedChild(parent: unknown, base: string, parentKey: string, key: string): Located | undefined {
  const value = child(parent, key);
  return value !== undefined && value !== null ? { value, path: appendPointer(appendPointer(base, parentKey), key) } : undefined;
}

// Field by field, with named reads and no loop over segment lists: this runs for every container of
// every workload, first of all the analysis, while V8 still interprets it, where each call and
// each generic (keyed) read costs several times a named one.
function effectiveSecurity(podSc: Obj, podScPath: string, sc: Obj, scPath: string): EffectiveSecurity {
  const out: { -readonly [K in keyof EffectiveSecurity]: EffectiveSecurity[K] } = {};
  const runAsNonRoot = located(sc.runAsNonRoot, scPath, 'runAsNonRoot') ?? located(podSc.runAsNonRoot, podScPath, 'runAsNonRoot');
  if (runAsNonRoot) out.runAsNonRoot = runAsNonRoot;
  const runAsUser = located(sc.runAsUser, scPath, 'runAsUser') ?? located(podSc.runAsUser, podScPath, 'runAsUser');
  if (runAsUser) out.runAsUser = runAsUser;
  const runAsGroup = located(sc.runAsGroup, scPath, 'runAsGroup') ?? located(podSc.runAsGroup, podScPath, 'runAsGroup');
  if (runAsGroup) out.runAsGroup = runAsGroup;
  const seccomp = locatedChild(sc.seccompProfile, scPath, 'seccompProfile', 'type') ?? locatedChild(podSc.seccompProfile, podScPath, 'seccompProfile', 'type');
  if (seccomp) out.seccompProfileType = seccomp;
  const appArmor = locatedChild(sc.appArmorProfile, scPath, 'appArmorProfile', 'type') ?? locatedChild(podSc.appArmorProfile, podScPath, 'appArmorProfile', 'type');
  if (appArmor) out.appArmorProfileType = appArmor;
  const seLinux = located(sc.seLinuxOptions, scPath, 'seLinuxOptions') ?? located(podSc.seLinuxOptions, podScPath, 'seLinuxOptions');
  if (seLinux) out.seLinuxOptions = seLinux;
  const hostProcess = locatedChild(sc.windowsOptions, scPath, 'windowsOptions', 'hostProcess') ?? locatedChild(podSc.windowsOptions, podScPath, 'windowsOptions', 'hostProcess');
  if (hostProcess) out.windowsHostProcess = hostProcess;
  return out;
}

/** Builds the view of one pod spec at `specPath` with metadata at `metadataPath`. */
export function viewPodSpec(specValue: unknown, specPath: string, metadataValue: unknown, metadataPath: string): PodSpecView {
  const spec = asObject(specValue);
  const securityContext = asObject(spec.securityContext);
  const securityContextPath = appendPointer(specPath, 'securityContext');
  const metadata = asObject(metadataValue);
  let features = podLevelFeatures(spec, securityContext, metadata);
  const containers: ContainerView[] = [];
  for (let t = 0; t < CONTAINER_TYPES.length; t++) {
    const type = CONTAINER_TYPES[t];
    const list = asArray(spec[type]);
    for (let index = 0; index < list.length; index++) {
      const container = asObject(list[index]);
      const path = appendPointer(appendPointer(specPath, type), index);
      const sc = asObject(container.securityContext);
      const scPath = appendPointer(path, 'securityContext');
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

const NO_POD_SPECS: readonly PodSpecView[] = Object.freeze([]);

/** The location list indexed last, by kind: an analysis passes one list for all its objects. */
let indexedLocations: readonly PodTemplateLocation[] | undefined;
let locationsByKind = new Map<string, PodTemplateLocation[]>();

/** The locations of a kind, in list order (looked up, not scanned for every object). */
function locationsOf(kind: string, locations: readonly PodTemplateLocation[]): readonly PodTemplateLocation[] | undefined {
  // Stryker disable next-line ConditionalExpression: indexing the same list again gives the same index; only speed differs
  if (locations !== indexedLocations) {
    const byKind = new Map<string, PodTemplateLocation[]>();
    for (const location of locations) {
      const list = byKind.get(location.kind);
      if (list) list.push(location);
      else byKind.set(location.kind, [location]);
    }
    locationsByKind = byKind;
    indexedLocations = locations;
  }
  return locationsByKind.get(kind);
}

/** Finds the pod specs of one object (not a List): none for kinds without a pod template. */
export function findPodSpecs(object: Obj, basePath: string, locations: readonly PodTemplateLocation[]): readonly PodSpecView[] {
  const kind = asString(object.kind);
  if (!kind) return NO_POD_SPECS;
  const candidates = locationsOf(kind, locations);
  if (candidates === undefined) return NO_POD_SPECS; // most objects (Services, ConfigMaps …)
  const apiVersion = asString(object.apiVersion);
  const views: PodSpecView[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const location = candidates[i];
    if (location.apiVersion !== undefined && location.apiVersion !== apiVersion) continue;
    const template = resolvePointer(object, location.templatePath);
    if (!isObject(template)) continue;
    // A top-level object's template path is the location's own: share what is joined to it.
    // Stryker disable next-line ConditionalExpression,StringLiteral: '' + the location's path is the same text; only sharing differs
    const templatePath = basePath === '' ? sharePointer(location.templatePath) : basePath + location.templatePath;
    views.push(viewPodSpec(template.spec, appendPointer(templatePath, 'spec'), template.metadata, appendPointer(templatePath, 'metadata')));
  }
  return views;
}
