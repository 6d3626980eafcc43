/**
 * Finds a Chromium for the browser tests: Playwright's own build when it is installed,
 * else a system Chromium, else (root on Debian/Ubuntu) Debian's `chromium` package.
 * Playwright's download of its own browser fails on machines with a closed network,
 * which is why a system Chromium is a first-class choice here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

export interface FoundBrowser {
  /** `playwright`: Playwright's bundled Chromium, launched without an executablePath. */
  source: 'playwright' | 'system';
  executablePath: string;
}

/** The flags a system Chromium needs as root on a machine whose network is closed. */
export const SYSTEM_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_CHROMIUM_PATHS = ['/usr/bin/chromium'];
const SYSTEM_CHROMIUM_COMMANDS = ['chromium', 'chromium-browser', 'google-chrome'];

export interface BrowserSearch {
  playwrightPath: string;
  pathDirs: string[];
  exists: (file: string) => boolean;
}

export function pickBrowser({ playwrightPath, pathDirs, exists }: BrowserSearch): FoundBrowser | undefined {
  if (exists(playwrightPath)) return { source: 'playwright', executablePath: playwrightPath };
  const onPath = SYSTEM_CHROMIUM_COMMANDS.flatMap((name) => pathDirs.map((dir) => path.join(dir, name)));
  const system = [...SYSTEM_CHROMIUM_PATHS, ...onPath].find(exists);
  return system ? { source: 'system', executablePath: system } : undefined;
}

function findBrowser(): FoundBrowser | undefined {
  return pickBrowser({
    playwrightPath: chromium.executablePath(),
    pathDirs: pathDirs(),
    exists: existsSync,
  });
}

const HOW_TO_GET_ONE =
  'No Chromium found for the browser tests. Install one:\n' +
  '  on a laptop:        npx playwright install chromium\n' +
  '  on Debian/Ubuntu:   sudo apt-get install chromium';

/** For playwright.config.ts: the found browser, or an error that says how to get one. */
export function requireBrowser(): FoundBrowser {
  const browser = findBrowser();
  if (!browser) throw new Error(HOW_TO_GET_ONE);
  return browser;
}

/** Playwright `use.launchOptions` for the browser. */
export function launchOptions(browser: FoundBrowser): { executablePath?: string; args?: string[] } {
  return browser.source === 'playwright' ? {} : { executablePath: browser.executablePath, args: SYSTEM_CHROMIUM_ARGS };
}

function canInstallDebianChromium(): boolean {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version') && findOnPath('apt-get') !== undefined;
}

function pathDirs(): string[] {
  return (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
}

function findOnPath(command: string): string | undefined {
  return pathDirs()
    .map((dir) => path.join(dir, command))
    .find(existsSync);
}

function aptGet(args: string[]): boolean {
  const result = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

/**
 * Finds a browser, installing Debian's Chromium when that is possible (root on Debian/Ubuntu).
 * Throws with instructions when there is none and none can be installed.
 */
export function ensureBrowser(log: (line: string) => void = console.log): FoundBrowser {
  const found = findBrowser();
  if (found) return found;
  if (!canInstallDebianChromium()) throw new Error(HOW_TO_GET_ONE);
  log('No Chromium found: installing Debian\'s chromium (apt-get update && apt-get install -y chromium)');
  if (!aptGet(['update']) || !aptGet(['install', '-y', 'chromium'])) {
    throw new Error(`apt-get could not install chromium.\n${HOW_TO_GET_ONE}`);
  }
  return requireBrowser();
}
