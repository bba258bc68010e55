// Identifiers for stored objects: random, URL-safe, sortable by nothing.
// Uses the Web Crypto API, which both browsers and Node 20 expose globally.

export function newId(prefix = ''): string {
  return prefix + crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}
