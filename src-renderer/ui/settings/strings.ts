// User-facing strings of the Settings dialog.
export const SS = {
  open: 'Settings',
  title: 'Settings',
  reviewer: 'Your name, as it will appear in the corrections log',
  theme: 'Theme',
  themes: { system: 'Same as the system', light: 'Light', dark: 'Dark' },
  storage: 'Storage',
  usage: (used: string, available: string) => `${used} used of ${available} available to Factmark.`,
  usageUnknown: 'This browser does not say how much storage is used.',
  persistent: 'Data is kept persistently: the browser will not clear it to free space.',
  notPersistent: 'The browser may clear Factmark’s data when disk space runs low.',
  keepPersistent: 'Keep data persistent',
  persistRefused: 'The browser declined to keep the data persistently. Export backups of your cases regularly.',
  close: 'Close',
} as const;
