import * as fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { factorListResponseSchema, factorPaths } from '#src/api/factors';
import { STORE_KEY } from '../db/db';
import { storeSchema } from '../db/schema';
import { bobTotpSecret } from '../db/seed';
import { installStorage } from '../db/storage';
import { TestBrowser, expectOk } from '../testing/client';
import { signInBob } from '../testing/flows';
import { seedAsVersion1 } from '../testing/store-v1';
import { createApiServer } from './api-server';
import { FileStorage } from './file-storage';

let folder = '';
let file = '';
beforeEach(() => {
  folder = fs.mkdtempSync(join(tmpdir(), 'zen-migrate-'));
  file = join(folder, 'store.json');
});
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('npm run api on a version 1 data file', () => {
  it('migrates it on first use: Bob signs in with his old key and sees it as a factor', async () => {
    new FileStorage(file).setItem(STORE_KEY, JSON.stringify(await seedAsVersion1()));
    installStorage(new FileStorage(file));
    const server = createApiServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const browser = new TestBrowser();
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    Object.defineProperty(browser, 'origin', { value: base });
    try {
      await signInBob(browser);
      const { factors } = await expectOk(
        await browser.get(factorPaths.factors),
        factorListResponseSchema,
      );
      expect(factors.map((factor) => [factor.type, factor.name, factor.createdAt])).toEqual([
        ['totp', null, '2026-01-15T09:00:00.000Z'],
      ]);
      // The file now holds the new shape, written by the transaction that migrated it.
      const saved = storeSchema.parse(JSON.parse(new FileStorage(file).getItem(STORE_KEY) ?? ''));
      expect(saved.version).toBe(2);
      expect(saved.users[1]?.mfa.factors[0]).toMatchObject({
        method: 'totp',
        secret: bobTotpSecret,
      });
    } finally {
      server.close();
      server.closeAllConnections();
    }
  });
});
