/** Runs the Playwright browser tests against the built site, with a Chromium found or installed first. */
import { ensureBrowser } from './browser.ts';
import { runTool } from './run.ts';

/** Resolves to Playwright's exit code; throws when no browser can be found or installed. */
export async function runBrowserTests(args: string[], extraEnv: Record<string, string> = {}): Promise<number> {
  const browser = ensureBrowser();
  console.log(`browser: ${browser.source === 'playwright' ? "Playwright's Chromium" : 'system Chromium'} ${browser.executablePath}`);
  return runTool('playwright', ['test', ...args], extraEnv);
}
