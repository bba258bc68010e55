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

export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  readonly title: string;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

/** Checks that what the injected parser returned looks like a document. */
export function asDomDocument(value: unknown): DomDocument | null {
  const doc = value as Partial<DomDocument> | null;
  return doc && typeof doc === 'object' && typeof doc.querySelectorAll === 'function' ? (doc as DomDocument) : null;
}
