// User-facing messages of the browser host.
export const HOST_MESSAGES = {
  backupNotFound: (name: string) => `The backup “${name}” is no longer kept.`,
} as const;
