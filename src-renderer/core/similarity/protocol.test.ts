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
});
