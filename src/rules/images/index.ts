import { Rule } from '../../engine/rule';
import { imageTag } from './image-tag';

/** Image rules. */
export const IMAGE_RULES: readonly Rule[] = [imageTag];
