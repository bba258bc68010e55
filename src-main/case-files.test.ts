import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OpenedFile } from './preload/contract';
import { CaseFileInbox, caseFilePathsFromArgv, readCaseFile } from './case-files';

describe('caseFilePathsFromArgv', () => {
  it('finds case files among flags and resolves them against the working folder', () => {
    const argv = ['/opt/Factmark/factmark', '--no-sandbox', 'cases/vaccines.factmark', '/home/ana/Elections.FACTMARK', 'notes.txt', '--flag=x.factmark'];
    expect(caseFilePathsFromArgv(argv, '/home/ana')).toEqual(['/home/ana/cases/vaccines.factmark', '/home/ana/Elections.FACTMARK']);
  });

  it('finds nothing on a plain launch', () => {
    expect(caseFilePathsFromArgv(['/opt/Factmark/factmark', '.'], '/')).toEqual([]);
  });
});

describe('readCaseFile', () => {
  it('reads the file with its name', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'factmark-case-')), 'vaccines.factmark');
    await writeFile(path, '{"format":"factmark-case"}');
    const file = await readCaseFile(path);
    expect(file.name).toBe('vaccines.factmark');
    expect(new TextDecoder().decode(file.bytes)).toBe('{"format":"factmark-case"}');
  });
});

describe('CaseFileInbox', () => {
  const file = (name: string): OpenedFile => ({ name, relativePath: name, bytes: new Uint8Array() });

  it('queues files until the renderer is ready, then delivers in order', () => {
    const delivered: string[] = [];
    const inbox = new CaseFileInbox((f) => delivered.push(f.name));
    inbox.receive(file('a.factmark'));
    inbox.receive(file('b.factmark'));
    expect(delivered).toEqual([]);
    inbox.markReady();
    expect(delivered).toEqual(['a.factmark', 'b.factmark']);
    inbox.receive(file('c.factmark'));
    expect(delivered).toEqual(['a.factmark', 'b.factmark', 'c.factmark']);
  });

  it('queues again after a reload until the page is ready again', () => {
    const delivered: string[] = [];
    const inbox = new CaseFileInbox((f) => delivered.push(f.name));
    inbox.markReady();
    inbox.markNotReady();
    inbox.receive(file('d.factmark'));
    expect(delivered).toEqual([]);
    inbox.markReady();
    expect(delivered).toEqual(['d.factmark']);
  });
});
