import { describe, expect, it } from 'vitest';
import { requestProblem, SimilarityService } from './protocol';

describe('SimilarityService', () => {
  it('answers upsert, suggest, remove and reset requests in order', () => {
    const service = new SimilarityService();
    expect(service.handle({ type: 'upsert', requestId: 1, articleId: 'a', text: 'Putin denied meddling in the election.' })).toEqual({
      type: 'done',
      requestId: 1,
    });
    const answer = service.handle({ type: 'suggest', requestId: 2, claimText: 'Putin denied election meddling', options: { limit: 1 } });
    expect(answer.type).toBe('suggestions');
    if (answer.type === 'suggestions') expect(answer.suggestions[0]).toMatchObject({ articleId: 'a', start: 0, relation: 'same' });
    service.handle({ type: 'remove', requestId: 3, articleId: 'a' });
    expect(service.handle({ type: 'suggest', requestId: 4, claimText: 'Putin denied election meddling' })).toEqual({
      type: 'suggestions',
      requestId: 4,
      suggestions: [],
    });
    service.handle({ type: 'upsert', requestId: 5, articleId: 'b', text: 'Putin denied meddling.' });
    service.handle({ type: 'reset', requestId: 6 });
    expect(service.handle({ type: 'suggest', requestId: 7, claimText: 'Putin denied meddling' })).toMatchObject({ suggestions: [] });
  });

  it('answers a malformed message with an error naming the problem, never a crash', () => {
    const service = new SimilarityService();
    expect(service.handle(null)).toEqual({ type: 'error', requestId: -1, message: 'The message is not an object.' });
    expect(service.handle({ type: 'upsert', requestId: 9, articleId: 'a' })).toEqual({
      type: 'error',
      requestId: 9,
      message: 'upsert needs articleId and text strings.',
    });
    expect(requestProblem({ type: 'explode', requestId: 1 })).toBe('Unknown request type: explode.');
  });

  it('loads articles by id through the reader it is given, and says which versions it now holds', async () => {
    const service = new SimilarityService();
    const stored = [
      { id: 'a', text: 'Putin denied meddling in the election.', updatedAt: 't1' },
      { id: 'b', text: 'The Kremlin called the claims baseless.', updatedAt: 't2' },
    ];
    const asked: string[][] = [];
    const read = async (ids: string[]) => {
      asked.push(ids);
      return stored.filter((a) => ids.includes(a.id));
    };
    expect(await service.answer({ type: 'load', requestId: 1, articleIds: ['a', 'b', 'gone'] }, read)).toEqual({
      type: 'loaded',
      requestId: 1,
      versions: [
        { id: 'a', updatedAt: 't1' },
        { id: 'b', updatedAt: 't2' },
      ],
    });
    expect(asked).toEqual([['a', 'b', 'gone']]);
    const answer = await service.answer({ type: 'suggest', requestId: 2, claimText: 'Putin denied election meddling', options: { limit: 1 } }, read);
    expect(answer).toMatchObject({ type: 'suggestions', suggestions: [{ articleId: 'a' }] });
  });

  it('reads a large case a few articles at a time, so the database can answer other requests in between', async () => {
    const service = new SimilarityService();
    const ids = Array.from({ length: 12 }, (_, i) => `a${i}`);
    const asked: string[][] = [];
    const read = async (batch: string[]) => {
      asked.push(batch);
      return batch.map((id) => ({ id, text: `Article ${id} says the summit ended early.`, updatedAt: 't' }));
    };
    const answer = await service.answer({ type: 'load', requestId: 5, articleIds: ids }, read);
    expect(asked.map((b) => b.length)).toEqual([5, 5, 2]);
    expect(asked.flat()).toEqual(ids);
    expect(answer).toMatchObject({ type: 'loaded', requestId: 5 });
    expect((answer as { versions: unknown[] }).versions).toHaveLength(12);
  });

  it('pauses between articles where its pacer says, and goes on when the pacer lets it', async () => {
    let paused = 0;
    let goOn: () => void = () => undefined;
    // A pacer that holds the load after its first article until the test lets it go on.
    const service = new SimilarityService(() => () => (paused++ === 0 ? new Promise<void>((r) => (goOn = r)) : Promise.resolve()));
    const read = async (batch: string[]) => batch.map((id) => ({ id, text: `Article ${id} says the summit ended early.`, updatedAt: 't' }));
    let loaded = false;
    const answer = service.answer({ type: 'load', requestId: 6, articleIds: ['a', 'b', 'c'] }, read).then((a) => ((loaded = true), a));
    await new Promise((r) => setTimeout(r, 10));
    expect(paused).toBe(1);
    expect(loaded).toBe(false);
    goOn();
    expect(await answer).toMatchObject({ type: 'loaded', versions: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] });
    expect(paused).toBe(3);
  });

  it('answers a failed read or a malformed load with an error', async () => {
    const service = new SimilarityService();
    const failing = () => Promise.reject(new Error('disk gone'));
    expect(await service.answer({ type: 'load', requestId: 3, articleIds: ['a'] }, failing)).toEqual({ type: 'error', requestId: 3, message: 'Reading the articles failed: disk gone' });
    expect(await service.answer({ type: 'load', requestId: 4, articleIds: [7] }, failing)).toEqual({ type: 'error', requestId: 4, message: 'load needs an articleIds array of strings.' });
  });
});
