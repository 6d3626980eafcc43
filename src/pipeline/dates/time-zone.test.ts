/**
 * The resolver's answers never depend on the machine's time zone: the same text and
 * publication day give the same values in UTC, far west and far east.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { findTemporalExpressions } from './index.ts';

const TEXT = [
  'Police said the attack happened last night near the station.',
  'He spoke yesterday morning and will travel tomorrow; the talks end tonight.',
  'Officials met on Thursday and are scheduled to meet again on Monday.',
  'Earlier in the day, the minister said talks would resume next week, in early March or by April 3.',
  'In February 2025 the two leaders spoke. On March 18 they spoke again, and every winter since.',
].join(' ');

const originalZone = process.env.TZ;
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

function valuesIn(zone: string, reference: string): string[] {
  process.env.TZ = zone;
  return findTemporalExpressions(TEXT, reference).map((e) => `${e.text}=${e.value}`);
}

describe('time zone independence', () => {
  for (const reference of ['1998-01-20', '2026-02-25T23:30:00-08:00', '2025-12-31']) {
    it(`gives the same values in every zone for a text published ${reference}`, () => {
      const utc = valuesIn('UTC', reference);
      expect(utc.length).toBeGreaterThan(5);
      for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata']) expect(valuesIn(zone, reference), zone).toEqual(utc);
    });
  }
});
