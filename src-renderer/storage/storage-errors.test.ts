import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isQuotaError } from './storage-errors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('isQuotaError', () => {
  it('recognises the browser error, Dexie’s own and one wrapped in an aborted transaction or a bulk write', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quota()))).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('1 of 3 failed', { 1: quota() } as never))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
  });

  it('leaves every other failure alone', () => {
    expect(isQuotaError(new Dexie.ConstraintError('duplicate key'))).toBe(false);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', new Error('boom')))).toBe(false);
    expect(isQuotaError(new TypeError('x is undefined'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
    expect(isQuotaError(null)).toBe(false);
    const loop: { inner?: unknown; name: string } = { name: 'Error' };
    loop.inner = loop;
    expect(isQuotaError(loop)).toBe(false);
  });

  it('classifies the error a real failed transaction raises, and the failed write leaves earlier data in place', async () => {
    const db = new Dexie('quota-test');
    db.version(1).stores({ rows: 'id' });
    await db.table('rows').put({ id: 'kept' });
    const error = await db
      .transaction('rw', db.table('rows'), async () => {
        await db.table('rows').put({ id: 'lost' });
        throw quota();
      })
      .catch((e: unknown) => e);
    expect(isQuotaError(error)).toBe(true);
    expect((await db.table('rows').toArray()).map((r) => r.id)).toEqual(['kept']);
    await db.delete();
  });
});
