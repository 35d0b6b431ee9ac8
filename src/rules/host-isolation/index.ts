import { Rule } from '../../engine/rule';
import { containerRuntimeSocket } from './container-runtime-socket';
import { hostAliases } from './host-aliases';
import { hostPathSubpath } from './host-path-subpath';
import { hostUsers } from './host-users';
import { runtimeClass } from './runtime-class';
import { sensitiveHostMount } from './sensitive-host-mount';
import { shareProcessNamespace } from './share-process-namespace';
import { writableHostMount } from './writable-host-mount';

/** Rules of the host-isolation category. */
export const HOST_ISOLATION_RULES: readonly Rule[] = [
  shareProcessNamespace,
  sensitiveHostMount,
  writableHostMount,
  containerRuntimeSocket,
  hostPathSubpath,
  hostAliases,
  hostUsers,
  runtimeClass,
];
