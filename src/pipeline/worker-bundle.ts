/**
 * A worker's source as one file. The extraction worker imports about 1,050 modules (436 of
 * them compromise's, 266 chrono-node's); resolving, reading and linking each costs a new
 * worker thread about 0.3 CPU s of the 0.5 it takes to load, on the critical path of
 * `buildTimelineInParallel` (this thread waits for the helper before reading). Bundled by
 * esbuild into one file and loaded from Node's compile cache, it loads in half that.
 * The bundle is kept under the node_modules/.cache esbuild is installed in and built again whenever a file it was made
 * from changes (size or time); where it cannot be built, the worker loads its sources, as
 * before, and a source that fails to load fails the worker with Node's own error.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { installCacheDir } from './install-cache.ts';

/** What a bundle was made from: each input file with its size and modification time. */
interface Made {
  source: string;
  inputs: [file: string, size: number, mtimeMs: number][];
}

/**
 * The file a worker whose source is `source` should run: a small entry that turns on the
 * compile cache and imports the bundle, or `source` itself when no bundle can be had.
 */
export function workerEntry(source: URL, cacheDir = installCacheDir('dateline-worker', 'esbuild')): URL {
  if (source.protocol !== 'file:') return source;
  const name = createHash('sha256').update(source.href).digest('hex').slice(0, 16);
  const [bundle, entry, made] = [`${name}.mjs`, `${name}.entry.mjs`, `${name}.json`].map((file) => join(cacheDir, file)) as [string, string, string];
  try {
    if (!fresh(made, source) || !existsSync(bundle) || !existsSync(entry)) build(fileURLToPath(source), bundle, entry, made);
    return pathToFileURL(entry);
  } catch {
    // No bundle (esbuild missing, a read-only tree, a source esbuild cannot read): the
    // sources load as they are, and report their own errors.
    return source;
  }
}

function fresh(madeFile: string, source: URL): boolean {
  let made: Made;
  try {
    made = JSON.parse(readFileSync(madeFile, 'utf8')) as Made;
  } catch {
    return false;
  }
  if (made.source !== source.href) return false;
  return made.inputs.every(([file, size, mtimeMs]) => {
    try {
      const stat = statSync(file);
      return stat.size === size && stat.mtimeMs === mtimeMs;
    } catch {
      return false;
    }
  });
}

function build(sourceFile: string, bundle: string, entry: string, madeFile: string): void {
  const { buildSync } = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  const workingDir = process.cwd();
  const result = buildSync({
    entryPoints: [sourceFile],
    absWorkingDir: workingDir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    write: false,
    metafile: true,
    logLevel: 'silent',
    // Bundled CommonJS packages (yaml) call require(): give them Node's, from the bundle's place.
    banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  });
  const inputs = Object.keys(result.metafile.inputs).map((file): Made['inputs'][number] => {
    const path = resolve(workingDir, file);
    const stat = statSync(path);
    return [path, stat.size, stat.mtimeMs];
  });
  mkdirSync(join(bundle, '..'), { recursive: true });
  // Written beside and renamed, so that another process never loads half a file.
  const write = (file: string, text: string | Uint8Array): void => {
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, text);
    renameSync(partial, file);
  };
  write(bundle, result.outputFiles[0]!.contents);
  write(entry, `import { enableCompileCache } from 'node:module';\nenableCompileCache();\nawait import(${JSON.stringify(pathToFileURL(bundle).href)});\n`);
  write(madeFile, JSON.stringify({ source: pathToFileURL(sourceFile).href, inputs } satisfies Made));
}
