import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths } from '#src/api/auth';
import { meResponseSchema } from '#src/api/user';
import { STORE_KEY, resetStore } from '../db/db';
import { getStorage, installStorage } from '../db/storage';
import { TestBrowser, expectOk } from '../testing/client';
import { signInAlice } from '../testing/flows';
import { createApiServer } from './api-server';
import { FileStorage, type FileSystem } from './file-storage';

let folder = '';
let file = '';
beforeEach(() => {
  folder = fs.mkdtempSync(join(tmpdir(), 'zen-data-'));
  file = join(folder, 'store.json');
});
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

/** A file system whose next write stops half-way through, as a crash or a full disk would. */
function crashingMidWrite(): FileSystem {
  return {
    ...fs,
    writeSync(fd, buffer, offset, length) {
      fs.writeSync(fd, buffer, offset, Math.floor(length / 2));
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    },
  };
}

describe('FileStorage', () => {
  it('keeps values across a restart', () => {
    const first = new FileStorage(file);
    first.setItem('a', '1');
    first.setItem('b', '2');
    first.removeItem('a');
    const second = new FileStorage(file);
    expect([second.getItem('a'), second.getItem('b')]).toEqual([null, '2']);
  });

  it('never replaces the good file with a truncated one when a write fails half-way', () => {
    new FileStorage(file).setItem('store', 'good');
    const before = fs.readFileSync(file, 'utf8');
    const crashing = new FileStorage(file, crashingMidWrite());
    expect(() => crashing.setItem('store', 'x'.repeat(10_000))).toThrow(/ENOSPC/);
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    // The failed change is not kept in memory either, and no temporary file is left.
    expect(crashing.getItem('store')).toBe('good');
    expect(fs.readdirSync(folder)).toEqual(['store.json']);
    expect(new FileStorage(file).getItem('store')).toBe('good');
  });

  it('writes several keys in one step: a crash keeps all of them or none', () => {
    const first = new FileStorage(file);
    first.setItems([
      ['store', 'one'],
      ['log', 'one'],
    ]);
    expect(new FileStorage(file).getItem('log')).toBe('one');
    const crashing = new FileStorage(file, crashingMidWrite());
    const both = [
      ['store', 'two'],
      ['log', 'two'],
      ['new', 'two'],
    ] as const;
    expect(() => crashing.setItems(both)).toThrow(/ENOSPC/);
    for (const storage of [crashing, new FileStorage(file)])
      expect(['store', 'log', 'new'].map((key) => storage.getItem(key))).toEqual([
        'one',
        'one',
        null,
      ]);
  });

  it('ignores and removes a temporary file a crash left behind', () => {
    new FileStorage(file).setItem('store', 'good');
    fs.writeFileSync(`${file}.tmp-99999`, '{"store": "trunc');
    expect(new FileStorage(file).getItem('store')).toBe('good');
    expect(fs.readdirSync(folder)).toEqual(['store.json']);
  });

  it('refuses to start on a file that is not its JSON, rather than overwrite it', () => {
    fs.writeFileSync(file, 'not json');
    expect(() => new FileStorage(file)).toThrow(/not valid JSON/);
    fs.writeFileSync(file, '{"a": 1}');
    expect(() => new FileStorage(file)).toThrow(/not a string/);
    expect(fs.readFileSync(file, 'utf8')).toBe('{"a": 1}');
  });

  it('lets the mock carry on in memory when the disk refuses a write', async () => {
    installStorage(new FileStorage(file, crashingMidWrite()));
    await resetStore();
    expect(getStorage().mode).toBe('memory');
    expect(getStorage().read(STORE_KEY)).toContain('alice@example.com');
  });
});

describe('npm run api with a data file', () => {
  async function startServer() {
    installStorage(new FileStorage(file));
    if (getStorage().read(STORE_KEY) === null) await resetStore();
    const server = createApiServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  }

  it('reloads the store after a restart: the session still opens the account', async () => {
    const first = await startServer();
    const browser = new TestBrowser();
    Object.defineProperty(browser, 'origin', { value: first.base });
    await signInAlice(browser);
    first.server.close();
    first.server.closeAllConnections();

    const second = await startServer();
    Object.defineProperty(browser, 'origin', { value: second.base });
    const { user } = await expectOk(await browser.get(apiPaths.me), meResponseSchema);
    expect(user.email).toBe('alice@example.com');
    second.server.close();
  });
});
