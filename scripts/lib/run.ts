/** Runs the project's own tools from node_modules/.bin, under the project's Node 24. */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN_DIR = path.join(PROJECT_ROOT, 'node_modules', '.bin');

export function bin(name: string): string {
  return path.join(BIN_DIR, name);
}

/**
 * The environment for child tools: node_modules/.bin first on PATH, so their
 * `#!/usr/bin/env node` shebangs find Node 24 even when this script was not started by npm.
 */
export function toolEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, PATH: [BIN_DIR, process.env.PATH ?? ''].join(path.delimiter), ...extra };
}

/** Runs a node_modules/.bin tool with inherited stdio; resolves to its exit code. */
export function runTool(name: string, args: string[], extraEnv: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin(name), args, { cwd: PROJECT_ROOT, stdio: 'inherit', env: toolEnv(extraEnv) });
    child.on('error', reject);
    // A tool killed by a signal has no exit code; count it as a failure.
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** Runs a command with its output (stdout and stderr) written to `log`; rejects naming the log when it fails. */
export function runLogged(command: string, args: string[], cwd: string, env: Record<string, string>, log: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: toolEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      writeFileSync(log, Buffer.concat(chunks));
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}); see ${log}`));
    });
  });
}
