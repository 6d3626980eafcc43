import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { installCacheDir } from './install-cache.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function folder(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'dateline-install-cache-')));
  made.push(dir);
  return dir;
}

/** A project with one installed package, and a require from its root. */
function project(): { root: string; require: NodeJS.Require } {
  const root = folder();
  const files: [string, string][] = [['node_modules/kept-data/package.json', '{"name":"kept-data","main":"index.js"}'], ['node_modules/kept-data/index.js', '']];
  for (const [path, text] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, require: createRequire(join(root, 'index.js')) };
}

describe('a cache in the node_modules a dependency is installed in', () => {
  it('is found from where the dependency resolves, not from the working directory', () => {
    const { root, require } = project();
    expect(process.cwd()).not.toBe(root);
    expect(installCacheDir('towns', 'kept-data', require)).toBe(join(root, 'node_modules', '.cache', 'towns'));
  });

  it("is the working directory's when the dependency is not installed", () => {
    const { require } = project();
    expect(installCacheDir('towns', 'not-installed', require)).toBe(join(process.cwd(), 'node_modules', '.cache', 'towns'));
  });

  it("holds the town index a script started from another folder reads: it makes no node_modules where it stands", async () => {
    const elsewhere = folder();
    const home = process.cwd();
    process.chdir(elsewhere);
    try {
      vi.resetModules();
      const { findTown } = await import('./entities/places.ts');
      expect(findTown('Lyon')).toMatchObject({ country: 'FR' });
      expect(existsSync(join(elsewhere, 'node_modules'))).toBe(false);
    } finally {
      process.chdir(home);
    }
  });
});
