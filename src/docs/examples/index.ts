import { AVAILABILITY_EXAMPLES } from './availability';
import { CAPABILITIES_EXAMPLES } from './capabilities';
import { HOST_ISOLATION_EXAMPLES } from './host-isolation';
import { IDENTITY_EXAMPLES } from './identity';
import { IMAGES_EXAMPLES } from './images';
import { METADATA_EXAMPLES } from './metadata';
import { NETWORK_EXAMPLES } from './network';
import { POD_SECURITY_EXAMPLES } from './pod-security';
import { RBAC_EXAMPLES } from './rbac';
import { RESOURCES_EXAMPLES } from './resources';
import { SECRETS_EXAMPLES } from './secrets';
import { SERVICE_ACCOUNTS_EXAMPLES } from './service-accounts';
import { RuleExample } from './types';

export * from './types';

/** Examples of every built-in rule, by rule id (one file per rule category). */
export const RULE_EXAMPLES: ReadonlyMap<string, RuleExample> = new Map(
  [
    POD_SECURITY_EXAMPLES,
    HOST_ISOLATION_EXAMPLES,
    CAPABILITIES_EXAMPLES,
    IDENTITY_EXAMPLES,
    IMAGES_EXAMPLES,
    RESOURCES_EXAMPLES,
    AVAILABILITY_EXAMPLES,
    SERVICE_ACCOUNTS_EXAMPLES,
    RBAC_EXAMPLES,
    NETWORK_EXAMPLES,
    SECRETS_EXAMPLES,
    METADATA_EXAMPLES,
  ].flatMap((examples) => Object.entries(examples)),
);
