/* global module, process */
// electron-builder configuration for `npm run dist` (scripts/dist.mjs passes it
// with --config). Installers for Windows (NSIS + portable), macOS (dmg + zip)
// and Linux (AppImage + deb); `.factmark` files open in the app; Electron's
// fuses switch off the ways of running the binary as something else.
// An unpacked Electron can be given with FACTMARK_ELECTRON_DIST (or ELECTRON_DIST)
// where Electron cannot be downloaded.
const electronDist = process.env.FACTMARK_ELECTRON_DIST || process.env.ELECTRON_DIST || undefined;

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'org.factmark.app',
  productName: 'Factmark',
  copyright: 'Copyright © Factmark contributors',
  directories: { output: 'out/dist', buildResources: 'resources' },
  // Only the built app and its manifest: main, preload and renderer are bundled by electron-vite.
  files: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json'],
  asar: true,
  // No native modules: nothing to rebuild, and no network needed for it.
  npmRebuild: false,
  ...(electronDist ? { electronDist } : {}),
  fileAssociations: [
    {
      ext: 'factmark',
      name: 'Factmark case',
      description: 'Factmark case',
      mimeType: 'application/x-factmark+json',
      role: 'Editor',
    },
  ],
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableCookieEncryption: true,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    loadBrowserProcessSpecificV8Snapshot: false,
    // The renderer is served from app://factmark, so file:// needs no extra powers.
    grantFileProtocolExtraPrivileges: false,
  },
  win: {
    icon: 'resources/icons/icon.ico',
    target: ['nsis', 'portable'],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    artifactName: '${productName}-Setup-${version}.${ext}',
  },
  portable: {
    artifactName: '${productName}-Portable-${version}.${ext}',
  },
  mac: {
    icon: 'resources/icons/icon.icns',
    target: ['dmg', 'zip'],
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
  },
  linux: {
    icon: 'resources/icons',
    target: ['AppImage', 'deb'],
    category: 'Office',
    executableName: 'factmark',
    synopsis: 'Offline fact-checking workbench',
    maintainer: 'Factmark',
  },
};
