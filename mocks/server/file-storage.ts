import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { StorageLike } from '../db/storage';

/** The file-system calls FileStorage makes; tests pass a copy that fails half-way. */
export type FileSystem = Pick<
  typeof nodeFs,
  | 'closeSync'
  | 'existsSync'
  | 'fsyncSync'
  | 'openSync'
  | 'readFileSync'
  | 'readdirSync'
  | 'renameSync'
  | 'unlinkSync'
> & {
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number): number;
};

function parseEntries(file: string, text: string): Map<string, string> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not valid JSON; move it away or delete it to start from the seed.`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error(`${file} does not hold a JSON object of strings.`);
  }
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(json)) {
    if (typeof value !== 'string') throw new Error(`${file}: "${key}" is not a string.`);
    entries.set(key, value);
  }
  return entries;
}

/**
 * The Node server's store in one JSON file (`npm run api -- --data-file path`), so accounts,
 * sessions and the mailbox survive a restart. Every change rewrites the file atomically: the new
 * content goes to a temporary file in the same folder, is flushed to disk (fsync), and only then
 * renamed over the old file, so a crash mid-write leaves the previous complete file in place
 * and at worst a stray temporary file, which the next start removes. A write that fails throws;
 * the mock's storage layer then carries on in memory and reports `memory_only`.
 */
export class FileStorage implements StorageLike {
  readonly #entries: Map<string, string>;
  readonly #temp: string;

  constructor(
    readonly file: string,
    private readonly fs: FileSystem = nodeFs,
  ) {
    this.#temp = `${file}.tmp-${process.pid}`;
    this.#removeStrayTemps();
    this.#entries = fs.existsSync(file)
      ? parseEntries(file, fs.readFileSync(file, 'utf8'))
      : new Map();
  }

  getItem(key: string): string | null {
    return this.#entries.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.setItems([[key, value]]);
  }

  /** Several keys in one rewrite of the file: a crash keeps all of them or none (a transaction). */
  setItems(entries: readonly (readonly [string, string])[]): void {
    const previous = new Map<string, string | undefined>();
    for (const [key, value] of entries) {
      if (!previous.has(key)) previous.set(key, this.#entries.get(key));
      this.#entries.set(key, value);
    }
    this.#commit(() => {
      for (const [key, value] of previous) {
        if (value === undefined) this.#entries.delete(key);
        else this.#entries.set(key, value);
      }
    });
  }

  removeItem(key: string): void {
    const previous = this.#entries.get(key);
    if (previous === undefined) return;
    this.#entries.delete(key);
    this.#commit(() => this.#entries.set(key, previous));
  }

  /** Writes the whole map atomically; on failure undoes the change in memory and rethrows. */
  #commit(undo: () => void): void {
    const bytes = Buffer.from(JSON.stringify(Object.fromEntries(this.#entries)));
    try {
      const fd = this.fs.openSync(this.#temp, 'w', 0o600);
      try {
        let written = 0;
        while (written < bytes.length) {
          written += this.fs.writeSync(fd, bytes, written, bytes.length - written);
        }
        this.fs.fsyncSync(fd);
      } finally {
        this.fs.closeSync(fd);
      }
      this.fs.renameSync(this.#temp, this.file);
      this.#syncFolder();
    } catch (error) {
      undo();
      try {
        this.fs.unlinkSync(this.#temp);
      } catch {
        // Nothing was created, or it is gone already.
      }
      throw error;
    }
  }

  /** Makes the rename itself durable; some file systems cannot open a folder, which is fine. */
  #syncFolder(): void {
    let fd: number | undefined;
    try {
      fd = this.fs.openSync(dirname(this.file), 'r');
      this.fs.fsyncSync(fd);
    } catch {
      // The rename is atomic either way; only its durability after a power cut is at stake.
    } finally {
      if (fd !== undefined) this.fs.closeSync(fd);
    }
  }

  #removeStrayTemps(): void {
    const folder = dirname(this.file);
    const prefix = `${basename(this.file)}.tmp-`;
    if (!this.fs.existsSync(folder)) return;
    for (const name of this.fs.readdirSync(folder)) {
      if (name.startsWith(prefix)) this.fs.unlinkSync(join(folder, name));
    }
  }
}
