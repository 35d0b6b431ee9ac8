import { Rule } from '../../engine/rule';
import { imageTag } from './image-tag';

/** Rules of the images category. */
export const IMAGES_RULES: readonly Rule[] = [imageTag];
