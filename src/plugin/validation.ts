import * as fs from 'fs';
import { checkManifests } from '../engine/check';
import { blockingFindings, FailOn, Finding, ManifestInput } from '../engine/types';
import { describeLocation } from '../formatters/finding-line';
import { parseYaml } from '../input/yaml';

/*
 * The subset of the `cdk8s-cli/plugins` Validation contract this plugin uses, declared here so the
 * package does not depend on cdk8s-cli at run time (the CLI loads us, not the other way round).
 */

/** Resource named in a violation (cdk8s-cli adds the construct path from its metadata). */
export interface PluginViolatingResource {
  readonly resourceName: string;
  readonly locations: readonly string[];
  readonly manifestPath: string;
}

/** One violation in the cdk8s-cli report. */
export interface PluginViolation {
  readonly ruleName: string;
  readonly recommendation: string;
  readonly fix: string;
  readonly violatingResources: readonly PluginViolatingResource[];
}

/** What cdk8s-cli passes to `validate`. */
export interface PluginValidationContext {
  readonly manifests: readonly string[];
  readonly report: {
    addViolation(violation: PluginViolation): void;
    submit(status: 'success' | 'failure', metadata?: { readonly [key: string]: string }): void;
  };
  readonly logger: { log(message: string): void };
}

/** `properties` of the plugin entry in cdk8s.yaml. */
export interface GuardrailsValidationProps {
  /** Profile name. @default 'recommended' */
  readonly profile?: string;
  /** `v1.N` or `latest`. @default 'latest' */
  readonly kubernetesVersion?: string;
  /** Lowest severity that fails `cdk8s synth`. @default 'error' */
  readonly failOn?: FailOn;
}

/**
 * cdk8s CLI validation plugin. In cdk8s.yaml:
 *
 * ```yaml
 * validations:
 *   - package: cdk8s-guardrails
 *     version: <exact version>
 *     class: GuardrailsValidation
 *     properties: { profile: recommended, kubernetesVersion: latest }
 * ```
 */
export class GuardrailsValidation {
  constructor(private readonly props: GuardrailsValidationProps = {}) {}

  public async validate(context: PluginValidationContext): Promise<void> {
    const failOn = this.props.failOn ?? 'error';
    const inputs: ManifestInput[] = [];
    const inputErrors: string[] = [];
    for (const file of context.manifests) {
      const parsed = parseYaml(fs.readFileSync(file, 'utf8'), file);
      inputs.push(...parsed.manifests);
      inputErrors.push(...parsed.errors.map((e) => `${e.file}${e.line !== undefined ? `:${e.line}` : ''}: ${e.message}`));
    }
    const report = checkManifests(inputs, { profile: this.props.profile, kubernetesVersion: this.props.kubernetesVersion });
    const blocking = new Set<Finding>(blockingFindings(report, failOn));
    for (const f of report.findings) {
      if (f.suppressed) continue;
      context.report.addViolation({
        ruleName: `${f.ruleId} (${f.severity})`,
        recommendation: f.message,
        fix: f.remediation,
        violatingResources: [
          {
            resourceName: f.resource.name ?? '',
            locations: [`${f.path || '/'}${describeLocation(f) ? ` (${describeLocation(f)})` : ''}`],
            manifestPath: f.file ?? '',
          },
        ],
      });
    }
    for (const error of inputErrors) context.logger.log(`cannot read manifest: ${error}`);
    context.report.submit(blocking.size || inputErrors.length ? 'failure' : 'success', {
      profile: report.profile,
      kubernetesVersion: report.kubernetesVersion,
      failOn,
      findings: String(report.findings.length),
      suppressed: String(report.summary.suppressed),
    });
  }
}
