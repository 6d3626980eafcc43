import type { Warning } from './types.ts';

/** The timeline's warnings as `npm run events` and `npm run build` both print them, one line each. */
export function warningLines(warnings: readonly Warning[]): string[] {
  return warnings.map((w) => `warning [${w.code}] ${w.message}`);
}
