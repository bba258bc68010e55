// The part of jsdom the Node wiring uses. jsdom ships no types, and
// @types/jsdom needs the DOM lib, which the Node projects do not load.
declare module 'jsdom' {
  export interface JsdomWindow {
    DOMParser: new () => { parseFromString(html: string, type: 'text/html'): unknown };
    close(): void;
  }
  export class JSDOM {
    constructor(html?: string, options?: { runScripts?: 'dangerously' | 'outside-only'; resources?: 'usable' });
    readonly window: JsdomWindow;
  }
}
