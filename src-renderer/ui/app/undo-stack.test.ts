import { describe, expect, it } from 'vitest';
import { UndoStack } from './undo-stack';

describe('UndoStack', () => {
  it('undoes and redoes in order and drops redo after a new action', async () => {
    const log: string[] = [];
    const entry = (n: string) => ({ label: n, undo: async () => void log.push(`undo ${n}`), redo: async () => void log.push(`redo ${n}`) });
    const s = new UndoStack();
    s.push(entry('a'));
    s.push(entry('b'));
    await s.undo();
    await s.redo();
    await s.undo();
    s.push(entry('c'));
    expect(s.canRedo()).toBe(false);
    await s.undo();
    await s.undo();
    expect(await s.undo()).toBeNull();
    expect(log).toEqual(['undo b', 'redo b', 'undo b', 'undo c', 'undo a']);
  });
});
