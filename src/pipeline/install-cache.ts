import { createRequire } from 'node:module';
import { join, sep } from 'node:path';

/**
 * A cache folder, `.cache/<name>`, in the node_modules a dependency is installed in, found from where
 * `dependency` resolves rather than from the working directory: a script started from another folder
 * reads the project's cache instead of building a new one (and a node_modules) where it stands.
 */
export function installCacheDir(name: string, dependency: string, require: NodeJS.Require = createRequire(import.meta.url)): string {
  const marker = `${sep}node_modules${sep}`;
  const resolved = resolvedPath(dependency, require);
  const at = resolved?.lastIndexOf(marker) ?? -1;
  // A dependency not installed (the caller then reports its own error) or not in a node_modules: the working directory's.
  const nodeModules = resolved && at >= 0 ? resolved.slice(0, at + marker.length - 1) : join(process.cwd(), 'node_modules');
  return join(nodeModules, '.cache', name);
}

function resolvedPath(dependency: string, require: NodeJS.Require): string | undefined {
  try {
    return require.resolve(dependency);
  } catch {
    return undefined;
  }
}
