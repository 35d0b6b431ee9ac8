import { defineCrossObjectRule, ObjectViolation } from '../../engine/rule';
import { asString } from '../../engine/values';
import { describeNamespace, describeObject, indexObjects } from './object-index';
import { ExternalNames, REFERENCE_OPTION_DOC, REFERENCE_OPTIONS } from './references';

/** Pods referencing a service account that does not exist are rejected by admission. */
export const serviceAccountMissing = defineCrossObjectRule(
  {
    id: 'serviceaccount-missing',
    title: 'Workload uses a ServiceAccount the app does not define',
    severity: 'warning',
    category: 'service-accounts',
    description: `A pod whose \`serviceAccountName\` names a ServiceAccount that does not exist is rejected by the ServiceAccount admission controller, so the workload never starts. ${REFERENCE_OPTION_DOC}`,
    remediation: 'Define the ServiceAccount in the same namespace as the workload (in cdk8s: `new kplus.ServiceAccount(...)`), fix the name, or list it in `externalNames` when another team creates it.',
    equivalents: { 'kube-linter': ['non-existent-service-account'], 'kyverno': ['other/check-serviceaccount'] },
    defaultOptions: REFERENCE_OPTIONS,
  },
  (objects, context) => {
    const index = indexObjects(objects);
    const external = new ExternalNames(context.options.externalNames);
    const out: ObjectViolation[] = [];
    for (const w of index.workloads) {
      for (const field of ['serviceAccountName', 'serviceAccount']) {
        const name = asString(w.pod.spec[field]);
        if (name === undefined || name === '') continue;
        if (index.find('ServiceAccount', w.namespace, name).length || external.covers('ServiceAccount', w.namespace, name)) break;
        out.push({
          object: w.object,
          path: `${w.pod.path}/${field}`,
          message: `${describeObject(w.object)} uses ServiceAccount "${name}", which is not defined in ${describeNamespace(w.namespace)}`,
        });
        break;
      }
    }
    return out;
  },
);
