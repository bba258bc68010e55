// The few DOM members the HTML importer reads, as structural types: core has no
// DOM lib, and the same code must accept the browser's DOMParser documents and
// jsdom's or linkedom's under Node.

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomParentNode {
  querySelectorAll(selectors: string): ArrayLike<DomWritableElement>;
}

export interface DomElement extends DomNode, DomParentNode {
  getAttribute(name: string): string | null;
  remove(): void;
}

/** An element the importer writes to (only ever in the inert document it parsed). */
export interface DomWritableElement extends DomElement {
  readonly attributes: ArrayLike<{ readonly name: string }>;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  append(...nodes: DomNode[]): void;
}

export interface DomDocument extends DomParentNode {
  readonly documentElement: DomWritableElement | null;
  readonly head: DomWritableElement | null;
  readonly body: DomWritableElement | null;
  title: string;
  createElement(tagName: string): DomWritableElement;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** Checks that what the injected parser returned looks like a document. */
export function asDomDocument(value: unknown): DomDocument | null {
  const doc = value as Partial<DomDocument> | null;
  return doc && typeof doc === 'object' && typeof doc.querySelectorAll === 'function' ? (doc as DomDocument) : null;
}

/** How deeply elements nest under a node, counted without recursion. */
export function nestingDepth(root: DomNode, stopAt: number): number {
  let deepest = 0;
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest >= stopAt) return deepest;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) if (isElement(children[i])) stack.push([children[i], depth + 1]);
  }
  return deepest;
}
