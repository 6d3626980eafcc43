// A live page stamps each entry with a 24-hour clock opening its paragraph: a TIME of the page's
// day, when the stamp is set off on the entry's line (a dash, a colon, bold), and not of a
// day an earlier entry looked ahead to. A colon clock elsewhere still needs a word of time before
// it, or a zone: "won 3:15" is no time. Wednesday 11 March 2043 is the day of the page.
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from './index.ts';

const REF = '2043-03-11';
const valueOf = (text: string, fragment: string) => findTemporalExpressions(text, REF).find((t) => t.text === fragment)?.value;

describe('a live page entry stamp', () => {
  it('set off by a dash or a colon is a time of the page day', () => {
    expect(valueOf('Port strike: live.\n\n12:05 - Dockers have formed a picket at gate 4.', '12:05')).toBe('2043-03-11T12:05');
    expect(valueOf('Budget day as it happened.\n\n07:45: The chancellor has left Downing Street.', '07:45')).toBe('2043-03-11T07:45');
    expect(valueOf('Heatwave updates.\n\n16:20 — Water use hit a record this afternoon.', '16:20')).toBe('2043-03-11T16:20');
  });

  it('set off by bold', () => {
    expect(valueOf('Snow latest.\n\n**09:10** Gritters are out on the ring road.', '09:10')).toBe('2043-03-11T09:10');
  });

  it('set off by a space alone when its entry opens a sentence with a capital', () => {
    expect(valueOf('Gales: live.\n\n08:50 The harbour master has closed the port.', '08:50')).toBe('2043-03-11T08:50');
    expect(valueOf('Count night: latest.\n\n23:05 "We are confident," the agent says.', '23:05')).toBe('2043-03-11T23:05');
    expect(valueOf('Notes.\n\n9:15 Smith crossed the line first.', '9:15')).toBeUndefined();
  });

  it('set off by a space alone only on a page its heading calls live, not a timetable, a results list or an agenda', () => {
    const timetable = 'Timetable from Monday.\n\n09:12 Lusk to Tarn, calling at Orsk.\n\n10:40 Tarn to Lusk.';
    expect(valueOf(timetable, '09:12')).toBeUndefined();
    expect(valueOf(timetable, '10:40')).toBeUndefined();
    expect(valueOf('Harbour 5 km: results.\n\n17:48 Ana Rell of Lusk\n\n21:05 Ivo Dann of Estmark', '21:05')).toBeUndefined();
    expect(valueOf('Conference programme.\n\n10:00 Welcome from the chair.\n\n11:30 Panel on port finance.', '11:30')).toBeUndefined();
    expect(valueOf('Budget day as it happened\n\n11:30 The chancellor rises.', '11:30')).toBe('2043-03-11T11:30');
  });

  it('is not moved to a day an earlier entry looked ahead to', () => {
    const page = 'Floods: live.\n\n10:15 - Schools in the valley will stay shut until Monday.\n\n11:40 - Buses are running again on the coast road.';
    expect(valueOf(page, '11:40')).toBe('2043-03-11T11:40');
  });

  it('but a colon number inside a sentence, or without a separator, is no stamp', () => {
    expect(valueOf('The relay team won in 3:15 - a club record.', '3:15')).toBeUndefined();
    expect(valueOf('Notes.\n\n14:30 was when the dam gave way, the report says.', '14:30')).toBeUndefined();
  });

  it('nor, for now, a stamp on a line of its own (the events read the page by it the wrong way)', () => {
    expect(valueOf('Count night.\n\n23:55\nThe first ballot boxes have arrived.', '23:55')).toBeUndefined();
  });
});
