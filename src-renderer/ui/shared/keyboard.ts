// Keyboard helpers: Cmd on macOS, Ctrl elsewhere, and whether a key press
// belongs to a text field (where Ctrl+Z must stay the field's own undo).

export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function isModShortcut(e: KeyboardEvent, key: string, opts: { shift?: boolean } = {}): boolean {
  const mod = IS_MAC ? e.metaKey : e.ctrlKey;
  if (!mod || e.altKey) return false;
  if (opts.shift !== undefined && e.shiftKey !== opts.shift) return false;
  return e.key.toLowerCase() === key;
}

export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  if (el.isContentEditable) return true;
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}

/** How a shortcut reads on this platform, e.g. "Ctrl+Shift+M" or "⌘⇧M". */
export function shortcutLabel(key: string, shift = false): string {
  return IS_MAC ? `⌘${shift ? '⇧' : ''}${key.toUpperCase()}` : `Ctrl+${shift ? 'Shift+' : ''}${key.toUpperCase()}`;
}
