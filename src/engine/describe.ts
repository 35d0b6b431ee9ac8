import { ContainerView } from './workload';

const TYPE_LABEL: Record<ContainerView['type'], string> = {
  containers: 'container',
  initContainers: 'init container',
  ephemeralContainers: 'ephemeral container',
};

/**
 * Descriptions by container type and name: most violations name their container, and the same
 * string for the same container lets messages built from it be compared and pooled cheaply.
 * Emptied past `MAX_DESCRIPTIONS` names (only speed depends on it).
 */
const descriptions = new Map<string, Map<string, string>>();
const MAX_DESCRIPTIONS = 1_000;

/** Names a container for messages: `container "web"`, `init container #0`. */
export function describeContainer(c: ContainerView): string {
  if (!c.name) return `${TYPE_LABEL[c.type]} #${c.index}`;
  let byName = descriptions.get(c.type);
  // Stryker disable next-line ConditionalExpression: a new map each time gives the same text
  if (byName === undefined) descriptions.set(c.type, (byName = new Map()));
  let text = byName.get(c.name);
  // Stryker disable next-line ConditionalExpression: building the text again gives the same text
  if (text === undefined) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: only whether a text is memoized changes (speed, memory); the text is the same
    if (byName.size >= MAX_DESCRIPTIONS) byName.clear();
    text = `${TYPE_LABEL[c.type]} "${c.name}"`;
    byName.set(c.name, text);
  }
  return text;
}

const containerMessages = new Map<string, Map<string, string>>();
const MAX_TEXTS_PER_CONTAINER = 64;

/**
 * `<container> <text>`, e.g. `container "web" has no livenessProbe, so …`, as one string for the
 * same container and text: a rule reporting the same thing on thousands of workloads builds its
 * message once. `text` must come from a small set (constants, option values), not from the object.
 */
export function containerMessage(c: ContainerView, text: string): string {
  const subject = describeContainer(c);
  let byText = containerMessages.get(subject);
  // Stryker disable next-line ConditionalExpression: a new map each time gives the same message
  if (byText === undefined) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: only whether a text is memoized changes (speed, memory); the text is the same
    if (containerMessages.size >= MAX_DESCRIPTIONS) containerMessages.clear();
    containerMessages.set(subject, (byText = new Map()));
  }
  let message = byText.get(text);
  // Stryker disable next-line ConditionalExpression: building the message again gives the same message
  if (message === undefined) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: only whether a text is memoized changes (speed, memory); the text is the same
    if (byText.size >= MAX_TEXTS_PER_CONTAINER) byText.clear();
    message = `${subject} ${text}`;
    byText.set(text, message);
  }
  return message;
}

/**
 * Texts built from one short key (a container description, a kind), one shared copy per key: a rule
 * that reports the same thing on thousands of objects then records one string, compared by identity,
 * instead of building and comparing a copy per object. Keys must come from a small set; the memo
 * forgets everything when it holds too many.
 */
export class TextMemo {
  private readonly texts = new Map<string, string>();

  constructor(private readonly build: (key: string) => string) {}

  public get(key: string): string {
    let text = this.texts.get(key);
    // Stryker disable next-line ConditionalExpression: building the text again gives the same text
    if (text === undefined) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: only whether a text is memoized changes (speed, memory); the text is the same
      if (this.texts.size >= MAX_DESCRIPTIONS) this.texts.clear();
      text = this.build(key);
      this.texts.set(key, text);
    }
    return text;
  }
}

/** How many items `nameSome` names before it counts the rest. */
export const MAX_NAMED = 3;

/**
 * Names the first few of `count` items (`nameOf(k)` for k < count) and counts the rest:
 * `a, b, c and 5 more`. For messages that list other objects: naming them all makes messages that
 * grow with the app, and n objects that each name the n others make n² names.
 */
export function nameSome(count: number, nameOf: (k: number) => string): string {
  const names: string[] = [];
  for (let k = 0; k < count && k < MAX_NAMED; k++) names.push(nameOf(k));
  const more = count - names.length;
  return more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ');
}

/** Renders a value for a message, briefly (never used for secret material). */
export function show(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    // Too deeply nested (stack overflow), circular or a BigInt: name the shape instead of failing the rule.
    text = Array.isArray(value) ? '[…]' : typeof value === 'object' && value !== null ? '{…}' : String(value);
  }
  return text.length > 80 ? text.slice(0, 77) + '...' : text;
}
