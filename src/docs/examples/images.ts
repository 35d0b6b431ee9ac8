import { container, pod, podWith } from './build';
import { RuleExamples } from './types';

const DIGEST = 'sha256:4b1a3f1e9c0d2b7a6e5f8c9d0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3';

export const IMAGES_EXAMPLES: RuleExamples = {
  'image-tag': {
    fail: [pod({ containers: [container({ image: 'registry.example.com/shop/web:latest' })] })],
    pass: [pod({ containers: [container({ image: 'registry.example.com/shop/web:1.4.2' })] })],
  },
  'image-digest': {
    fail: [pod({ containers: [container({ image: 'registry.example.com/shop/web:1.4.2' })] })],
    pass: [pod({ containers: [container({ image: `registry.example.com/shop/web:1.4.2@${DIGEST}` })] })],
  },
  'image-pull-policy': {
    fail: [podWith({ imagePullPolicy: 'IfNotPresent' })],
    pass: [podWith({ imagePullPolicy: 'Always' })],
  },
  'allowed-registries': {
    fail: [pod({ containers: [container({ image: 'docker.io/library/nginx:1.27' })] })],
    pass: [pod({ containers: [container({ image: 'registry.example.com/mirror/nginx:1.27' })] })],
    options: { allowedRegistries: ['registry.example.com'] },
  },
  'image-pull-secrets': {
    fail: [podWith({})],
    pass: [podWith({}, { imagePullSecrets: [{ name: 'registry-credentials' }] })],
    options: { registries: ['registry.example.com'] },
  },
};
