import { describe, expect, it } from 'vitest';
import { launchOptions, pickBrowser, SYSTEM_CHROMIUM_ARGS } from './browser.ts';

const PLAYWRIGHT_CHROME = '/home/me/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

function existing(...files: string[]): (file: string) => boolean {
  return (file) => files.includes(file);
}

describe('pickBrowser', () => {
  it("prefers Playwright's own Chromium when it is on disk", () => {
    const found = pickBrowser({
      playwrightPath: PLAYWRIGHT_CHROME,
      pathDirs: ['/usr/bin'],
      exists: existing(PLAYWRIGHT_CHROME, '/usr/bin/chromium'),
    });
    expect(found).toEqual({ source: 'playwright', executablePath: PLAYWRIGHT_CHROME });
  });

  it('falls back to a system Chromium found on PATH', () => {
    const found = pickBrowser({
      playwrightPath: PLAYWRIGHT_CHROME,
      pathDirs: ['/opt/bin', '/usr/local/bin'],
      exists: existing('/usr/local/bin/google-chrome'),
    });
    expect(found).toEqual({ source: 'system', executablePath: '/usr/local/bin/google-chrome' });
  });

  it('finds nothing when no Chromium is on disk', () => {
    expect(pickBrowser({ playwrightPath: PLAYWRIGHT_CHROME, pathDirs: ['/usr/bin'], exists: existing() })).toBeUndefined();
  });
});

describe('launchOptions', () => {
  it('launches a system Chromium by path with the closed-network flags, and Playwright\'s own as is', () => {
    expect(launchOptions({ source: 'system', executablePath: '/usr/bin/chromium' })).toEqual({
      executablePath: '/usr/bin/chromium',
      args: SYSTEM_CHROMIUM_ARGS,
    });
    expect(launchOptions({ source: 'playwright', executablePath: PLAYWRIGHT_CHROME })).toEqual({});
  });
});
