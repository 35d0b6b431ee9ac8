import { Rule } from '../../engine/rule';
import { defaultNamespace } from './default-namespace';
import { deprecatedApiVersion } from './deprecated-api-version';
import { kubeSystemNamespace } from './kube-system-namespace';
import { namespacePsaLabels } from './namespace-psa-labels';
import { removedApiVersion } from './removed-api-version';
import { requiredLabels } from './required-labels';

/** Rules of the metadata category. */
export const METADATA_RULES: readonly Rule[] = [
  defaultNamespace,
  kubeSystemNamespace,
  namespacePsaLabels,
  requiredLabels,
  deprecatedApiVersion,
  removedApiVersion,
];
