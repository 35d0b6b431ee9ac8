import { AnalyzedObject } from '../../engine/analyze';
import { producedSecrets } from './produced-secrets';
import { defineCrossObjectRule, ObjectViolation } from '../../engine/rule';
import { asObject } from '../../engine/values';
import { configReferences } from './config-references';
import { describeNamespace, describeObject, indexObjects } from './object-index';
import { ExternalNames, REFERENCE_OPTION_DOC, REFERENCE_OPTIONS } from './references';

function hasKey(object: AnalyzedObject, key: string): boolean {
  if (object.kind !== 'Secret' && object.kind !== 'ConfigMap') {
    // A SealedSecret, ExternalSecret or SecretProviderClass standing in for the Secret it produces.
    return producedSecrets(object).some((p) => !p.keys || p.keys.has(key));
  }
  const fields = object.kind === 'Secret' ? ['data', 'stringData'] : ['data', 'binaryData'];
  // An object without any data is filled at run time (by a controller); its keys are unknown.
  if (fields.every((f) => !Object.keys(asObject(object.manifest[f])).length)) return true;
  return fields.some((f) => Object.prototype.hasOwnProperty.call(asObject(object.manifest[f]), key));
}

/** A pod that needs a missing Secret or ConfigMap (or key) stays in CreateContainerConfigError. */
export const configReferenceMissing = defineCrossObjectRule(
  {
    id: 'config-reference-missing',
    title: 'Reference to a Secret or ConfigMap the app does not define',
    severity: 'warning',
    category: 'secrets',
    description: `Containers that read a Secret or ConfigMap (env valueFrom, envFrom, secret/configMap/projected volumes) that does not exist, or a key it does not have, never start. References marked \`optional: true\` are skipped. ${REFERENCE_OPTION_DOC}`,
    remediation: 'Define the Secret or ConfigMap (with the key) in the workload\'s namespace, fix the name, mark the reference `optional: true`, or list it in `externalNames` when it is created elsewhere (for example by External Secrets Operator).',
    equivalents: { 'kube-linter': ['env-value-from'] },
    defaultOptions: REFERENCE_OPTIONS,
  },
  (objects, context) => {
    const index = indexObjects(objects);
    const external = new ExternalNames(context.options.externalNames);
    const out: ObjectViolation[] = [];
    for (let i = 0; i < index.workloads.length; i++) {
      const w = index.workloads[i];
      const refs = configReferences(w);
      if (!refs.length) continue;
      const reported = new Set<string>();
      for (const ref of refs) {
        const found = index.find(ref.kind, w.namespace, ref.name);
        if (!found.length) {
          if (external.covers(ref.kind, w.namespace, ref.name) || reported.has(`${ref.kind}/${ref.name}`)) continue;
          reported.add(`${ref.kind}/${ref.name}`);
          out.push({
            object: w.object,
            path: ref.path,
            message: `${describeObject(w.object)} ${ref.usage} uses ${ref.kind} "${ref.name}", which is not defined in ${describeNamespace(w.namespace)}`,
          });
        } else if (ref.key !== undefined && !found.some((o) => hasKey(o, ref.key!))) {
          out.push({
            object: w.object,
            path: ref.path,
            message: `${describeObject(w.object)} ${ref.usage} uses key "${ref.key}" of ${ref.kind} "${ref.name}", which has no such key`,
          });
        }
      }
    }
    return out;
  },
);
