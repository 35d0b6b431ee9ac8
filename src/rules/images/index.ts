import { Rule } from '../../engine/rule';
import { allowedRegistries } from './allowed-registries';
import { imageDigest } from './image-digest';
import { imagePullPolicy } from './image-pull-policy';
import { imagePullSecrets } from './image-pull-secrets';
import { imageTag } from './image-tag';

/** Rules of the images category. */
export const IMAGES_RULES: readonly Rule[] = [imageTag, imageDigest, imagePullPolicy, allowedRegistries, imagePullSecrets];
