// Types for electron-binary.mjs, so TypeScript (e2e, tests) can import it.
export type ElectronBinary = { ok: true; path: string } | { ok: false; reason: string };
export function findElectronBinary(packageDir?: string, env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): ElectronBinary;
