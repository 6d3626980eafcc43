import { afterEach, describe, expect, it } from 'vitest';
import { eventsCalendar, inCalendar } from './ics.ts';
import { siteRoot } from './site-url.ts';
import { testTimeline } from '../../tests/support/timeline.ts';

const root = siteRoot('https://example.org', '/dateline/');

/** Unfolded VEVENT blocks, each as a map of property name (with parameters) → value. */
function vevents(ics: string): Map<string, string>[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: Map<string, string>[] = [];
  let current: Map<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT' && current) events.push(current), (current = null);
    else if (current) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon), line.slice(colon + 1));
    }
  }
  return events;
}

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('eventsCalendar', () => {
  it('writes every event as an all-day event with an exclusive end', () => {
    const [call, geneva, summit] = vevents(eventsCalendar(testTimeline(), root, 'Dateline'));
    expect(geneva?.get('DTSTART;VALUE=DATE')).toBe('20260225');
    expect(geneva?.get('DTEND;VALUE=DATE')).toBe('20260226');
    expect(call?.get('DTSTART;VALUE=DATE')).toBe('20260217');
    expect(call?.get('DTEND;VALUE=DATE')).toBe('20260219');
    expect(summit?.get('DTSTART;VALUE=DATE')).toBe('20260301');
    expect(summit?.get('DTEND;VALUE=DATE')).toBe('20260311');
  });

  it('marks approximate dates in the summary and sets status from the event', () => {
    const [call, geneva, summit] = vevents(eventsCalendar(testTimeline(), root, 'Dateline'));
    expect(summit?.get('SUMMARY')).toBe('Summit planned in Oman (early March 2026)');
    expect(summit?.get('STATUS')).toBe('TENTATIVE');
    expect(summit?.get('DESCRIPTION')).toMatch(/^early March 2026 · planned summit · .*\(approximate date\)\\n/);
    expect(geneva?.get('SUMMARY')).toBe('Witkoff and Araghchi hold talks in Geneva');
    expect(geneva?.get('STATUS')).toBe('CONFIRMED');
    expect(geneva?.get('LOCATION')).toBe('Geneva');
    expect(call?.get('SUMMARY')).toBe('Phone call between the foreign ministers');
  });

  it('uses stable UIDs, event URLs under the base, and DTSTAMP from the sources', () => {
    const [, geneva] = vevents(eventsCalendar(testTimeline(), root, 'Dateline'));
    expect(geneva?.get('UID')).toBe('2026-02-25-geneva-talks@example.org');
    expect(geneva?.get('URL;VALUE=URI')).toBe('https://example.org/dateline/events/2026-02-25-geneva-talks/');
    // wire-b 2026-02-26T08:00+01:00 is the later of the two sources.
    expect(geneva?.get('DTSTAMP')).toBe('20260226T070000Z');
  });

  it('leaves out events whose period is longer than a month, and keeps whole months', () => {
    const timeline = testTimeline();
    const [geneva] = timeline.events;
    const year = { ...geneva!, id: '1994-memorandum', date: { value: '1994', start: '1994-01-01', end: '1994-12-31', precision: 'year' as const, text: '1994' } };
    const month = { ...geneva!, id: '2026-01-talks', date: { value: '2026-01', start: '2026-01-01', end: '2026-01-31', precision: 'month' as const, text: 'January 2026' } };
    timeline.events.push(year, month);
    const uids = vevents(eventsCalendar(timeline, root, 'Dateline')).map((event) => event.get('UID'));
    expect(uids).toContain('2026-01-talks@example.org');
    expect(uids).not.toContain('1994-memorandum@example.org');
    expect(uids).toHaveLength(4);
    expect(inCalendar({ start: '2026-01-01', end: '2026-01-31' })).toBe(true);
    expect(inCalendar({ start: '2026-01-01', end: '2026-02-01' })).toBe(false);
  });

  it('is byte-identical across runs, input orders and machine time zones', () => {
    process.env.TZ = 'Pacific/Kiritimati';
    const first = eventsCalendar(testTimeline(), root, 'Dateline');
    process.env.TZ = 'America/Los_Angeles';
    const shuffled = testTimeline();
    shuffled.events.reverse();
    expect(eventsCalendar(shuffled, root, 'Dateline')).toBe(first);
  });
});
