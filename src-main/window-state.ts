// Remembers the main window's size, position and maximised state in
// <app-data>/window-state.json. What is read back is validated, and a position
// is restored only when the window would land on a display that exists now.
import { renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const coordinate = z.number().int().min(-100_000).max(100_000);
const windowStateSchema = z.strictObject({
  x: coordinate,
  y: coordinate,
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;

/** The saved state, or null when there is none or it is not a valid state. */
export async function readWindowState(file: string): Promise<WindowState | null> {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Synchronous on purpose: it runs as the window closes, and the app may quit right after. */
export function writeWindowState(file: string, state: WindowState): void {
  const temp = `${file}.tmp`;
  writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temp, file);
}

/** Enough of the window (a title bar's worth) overlaps one display's work area to grab it. */
export function isOnSomeDisplay(bounds: Rect, workAreas: readonly Rect[]): boolean {
  return workAreas.some((area) => {
    const overlapX = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x);
    const overlapY = Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y);
    return overlapX >= 100 && overlapY >= 50;
  });
}

/** Window options from the saved state: position only when visible, size clamped to the largest display. */
export function initialBounds(saved: WindowState | null, workAreas: readonly Rect[]): Partial<Rect> & { width: number; height: number } {
  const maxWidth = Math.max(...workAreas.map((a) => a.width), 800);
  const maxHeight = Math.max(...workAreas.map((a) => a.height), 600);
  const width = Math.min(saved?.width ?? DEFAULT_SIZE.width, maxWidth);
  const height = Math.min(saved?.height ?? DEFAULT_SIZE.height, maxHeight);
  if (saved && isOnSomeDisplay({ x: saved.x, y: saved.y, width, height }, workAreas)) return { x: saved.x, y: saved.y, width, height };
  return { width, height };
}
