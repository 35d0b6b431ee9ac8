import { ApiObject } from 'cdk8s';
import { IConstruct } from 'constructs';
import { ownSuppressions } from './suppress';
import { Suppression } from '../engine/types';

/** An ApiObject of the tree, with what guardrails need of its place in it. */
export interface PlacedApiObject {
  readonly object: ApiObject;
  /** Its construct path (`node.path`). */
  readonly path: string;
  /** The suppressions declared on it and its ancestors, the root's first (the order of `node.scopes`). */
  readonly suppressions: readonly Suppression[];
}

const NONE: readonly Suppression[] = Object.freeze([]);

/**
 * Every ApiObject at or below `root`, in `node.findAll()` order (pre-order), with its construct
 * path and inherited suppressions, in one walk of the tree. Asking each object for `node.path` and
 * its scopes instead walks its ancestors again, allocating as it goes: with `findAll()` that was
 * ~28 ms for the 10,000 objects of the bench app, on every synthesis.
 */
export function placedApiObjects(root: IConstruct): PlacedApiObject[] {
  const out: PlacedApiObject[] = [];
  visit(root, root.node.id, inherit(NONE, root), out);
  return out;
}

function visit(construct: IConstruct, path: string, suppressions: readonly Suppression[], out: PlacedApiObject[]): void {
  if (ApiObject.isApiObject(construct)) out.push({ object: construct, path, suppressions });
  const children = construct.node.children;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    // Only a root may have an empty id, so a child's path is its parent's plus its id (as node.path).
    const id = child.node.id;
    visit(child, path ? `${path}/${id}` : id, inherit(suppressions, child), out);
  }
}

function inherit(suppressions: readonly Suppression[], scope: IConstruct): readonly Suppression[] {
  const own = ownSuppressions(scope);
  return own ? [...suppressions, ...own] : suppressions;
}
