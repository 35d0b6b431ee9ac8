/** How serious a finding is. Ordered from most to least severe. */
export type Severity = 'error' | 'warning' | 'info';

/** A Kubernetes manifest as plain data (parsed YAML/JSON or resolved cdk8s JSON). */
export type Manifest = Record<string, unknown>;

/** Identifies the object a finding is about. */
export interface ResourceRef {
  readonly apiVersion: string;
  readonly kind: string;
  readonly namespace?: string;
  readonly name?: string;
}

/** A line/column position in a source file (both 1-based). */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** Where a manifest came from. All fields optional: cdk8s objects have a construct path, files have positions. */
export interface Provenance {
  /** File the manifest was read from. */
  readonly file?: string;
  /** 0-based index of the YAML document inside the file. */
  readonly documentIndex?: number;
  /** Returns the position of the field at a JSON pointer, if known. Called only for reported findings. */
  readonly positionOf?: (pointer: string) => SourcePosition | undefined;
  /** cdk8s construct path of the ApiObject that produced the manifest. */
  readonly constructPath?: string;
}

/** A suppression that applies to one manifest (declared on a construct, an annotation or a suppressions file). */
export interface Suppression {
  /** Rule ids this suppression covers. */
  readonly ruleIds: readonly string[];
  /** Why the finding is accepted. */
  readonly reason: string;
  /** ISO date (YYYY-MM-DD or full timestamp) after which the suppression no longer applies. */
  readonly until?: string;
  /** Narrow the suppression to findings on these container names or JSON pointer prefixes. */
  readonly appliesTo?: SuppressionScope;
  /** Where the suppression was declared, e.g. `construct:App/Chart/Web`, `annotation`, `file:exceptions.yaml`. */
  readonly source: string;
}

/** Narrows a suppression to part of an object. */
export interface SuppressionScope {
  /** Only findings on containers with these names. */
  readonly containers?: readonly string[];
  /** Only findings whose JSON pointer starts with one of these. */
  readonly paths?: readonly string[];
}

/** A suppression from a central file, matched against objects by kind, namespace and name. */
export interface SuppressionSelector extends Suppression {
  /** Match objects of this kind. @default - any kind */
  readonly kind?: string;
  /** Match objects in this namespace. @default - any namespace */
  readonly namespace?: string;
  /** Match objects with this name. @default - any name */
  readonly name?: string;
  /** Line of the entry in its file, for reports. */
  readonly line?: number;
}

/** One manifest handed to the engine. */
export interface ManifestInput {
  readonly manifest: unknown;
  readonly provenance?: Provenance;
  readonly suppressions?: readonly Suppression[];
}

/** Marks a finding as accepted. */
export interface SuppressionInfo {
  readonly reason: string;
  readonly until?: string;
  readonly source: string;
}

/** One policy violation. */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly remediation: string;
  readonly resource: ResourceRef;
  /** JSON pointer to the offending field, or its nearest existing parent. */
  readonly path: string;
  readonly file?: string;
  readonly documentIndex?: number;
  readonly line?: number;
  readonly column?: number;
  readonly constructPath?: string;
  /** Name of the container the finding is about, when it is about one. */
  readonly container?: string;
  /** Set when an active suppression covers this finding. */
  readonly suppressed?: SuppressionInfo;
  /** Set when a suppression matched but had expired. */
  readonly expiredSuppression?: SuppressionInfo;
}

/** Counts by severity of unsuppressed findings, plus suppressed ones. */
export interface ReportSummary {
  readonly objects: number;
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly suppressed: number;
}

/** The outcome of checking a set of manifests. */
export interface Report {
  readonly profile: string;
  readonly kubernetesVersion: string;
  readonly findings: readonly Finding[];
  readonly summary: ReportSummary;
}

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Threshold for failing: a severity, or `never`. */
export type FailOn = Severity | 'never';

/** True when a finding of `severity` meets the `failOn` threshold. */
export function meetsThreshold(severity: Severity, failOn: FailOn): boolean {
  // Stryker disable next-line StringLiteral: SEVERITY_ORDER has no 'never' entry, so without this check the comparison with undefined is false as well
  if (failOn === 'never') return false;
  return SEVERITY_ORDER[severity] <= SEVERITY_ORDER[failOn];
}

/** Unsuppressed findings at or above the threshold. */
export function blockingFindings(report: Report, failOn: FailOn): Finding[] {
  return report.findings.filter((f) => !f.suppressed && meetsThreshold(f.severity, failOn));
}
