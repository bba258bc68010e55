import { describe, expect, it } from 'vitest';
import type { ArticleBody } from '../../storage';
import { ArticleBodies } from './article-bodies';

const body = (id: string, text: string): ArticleBody => ({ id, caseId: 'c', text, blocks: [{ type: 'paragraph', text }] });

describe('ArticleBodies', () => {
  it('reads a body once per version, keeps the last few, and tries a failed read again', async () => {
    const reads: string[] = [];
    let fail = true;
    const bodies = new ArticleBodies(async (id) => {
      reads.push(id);
      if (id === 'flaky' && fail) throw new Error('busy');
      return body(id, `text of ${id}`);
    });
    expect(bodies.peek('a', 'v1')).toBeUndefined();
    const [first, again] = await Promise.all([bodies.load('a', 'v1'), bodies.load('a', 'v1')]);
    expect(first).toEqual(body('a', 'text of a'));
    expect(again).toBe(first);
    expect(bodies.peek('a', 'v1')).toBe(first);
    await bodies.load('a', 'v2');
    expect(reads).toEqual(['a', 'a']);

    await expect(bodies.load('flaky', 'v1')).rejects.toThrow('busy');
    fail = false;
    expect(await bodies.load('flaky', 'v1')).toEqual(body('flaky', 'text of flaky'));

    for (const id of ['b', 'c', 'd', 'e']) await bodies.load(id, 'v1');
    expect(bodies.peek('a', 'v1')).toBeUndefined();
    expect(bodies.peek('e', 'v1')).toEqual(body('e', 'text of e'));
  });
});
