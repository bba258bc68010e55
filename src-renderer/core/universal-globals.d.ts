// The few Web APIs that exist in both browsers and Node 20 and that core may
// use; everything else (DOM, storage, files) reaches core as a dependency.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
  readonly encoding: string;
}
declare const crypto: {
  randomUUID(): string;
  subtle: { digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer> };
};
/** Returns number like the DOM's, so this overload never changes what other layers see. */
declare function setTimeout(handler: () => void, timeout?: number): number;
/** Queues a task without timers' minimum delay (importFiles yields between files with it). */
declare class MessageChannel {
  readonly port1: { addEventListener(type: 'message', listener: () => void): void; start(): void; close(): void };
  readonly port2: { postMessage(message: unknown): void };
}
/** Inflates zip entries (docx metadata); in browsers and Node 18+. */
declare class DecompressionStream {
  constructor(format: 'deflate' | 'deflate-raw' | 'gzip');
  readonly writable: { getWriter(): { write(chunk: Uint8Array): Promise<void>; close(): Promise<void>; abort(reason?: unknown): Promise<void> } };
  readonly readable: { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }> } };
}
