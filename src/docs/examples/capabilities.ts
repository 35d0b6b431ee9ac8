import { podWith } from './build';
import { RuleExamples } from './types';

export const CAPABILITIES_EXAMPLES: RuleExamples = {
  'dangerous-capabilities': {
    fail: [podWith({ securityContext: { capabilities: { drop: ['ALL'], add: ['NET_ADMIN'] } } })],
    pass: [podWith({ securityContext: { capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] } } })],
  },
  'drop-net-raw': {
    fail: [podWith({ securityContext: { capabilities: { drop: ['SYS_ADMIN'] } } })],
    pass: [podWith({ securityContext: { capabilities: { drop: ['ALL'] } } })],
  },
};
