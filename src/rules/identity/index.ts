import { Rule } from '../../engine/rule';
import { ephemeralContainers } from './ephemeral-containers';
import { lowGroupId } from './low-group-id';
import { lowUserId } from './low-user-id';
import { readOnlyRootFilesystem } from './read-only-root-filesystem';
import { rootGroup } from './root-group';
import { securityContext } from './security-context';
import { uniqueUserId } from './unique-user-id';

/** Rules of the identity category. */
export const IDENTITY_RULES: readonly Rule[] = [
  lowUserId,
  rootGroup,
  lowGroupId,
  uniqueUserId,
  readOnlyRootFilesystem,
  securityContext,
  ephemeralContainers,
];
