import { describe, expect, it } from 'vitest';
import { datelineLength } from './dateline.ts';

const dateline = (sentence: string): string => sentence.slice(0, datelineLength(sentence));

describe('a wire dateline', () => {
  it('is read in the styles of many wires and state agencies', () => {
    expect(dateline('MOSCOW, December 4. /VW/. Text')).toBe('MOSCOW, December 4. /VW/. ');
    expect(dateline('WASHINGTON, Dec. 5 (ONA) -- Text')).toBe('WASHINGTON, Dec. 5 (ONA) -- ');
    expect(dateline('ISTANBUL, April 10 (Reuters) - Text')).toBe('ISTANBUL, April 10 (Reuters) - ');
    expect(dateline('KYIV. March 9 (Interfax-Ukraine) – Text')).toBe('KYIV. March 9 (Interfax-Ukraine) – ');
    expect(dateline('Kyiv, March 9 (Ukrinform) – Text')).toBe('Kyiv, March 9 (Ukrinform) – ');
    // Its date and agency alone, where the city's full stop ended the sentence before.
    expect(dateline('March 9 (Interfax-Ukraine) – Text')).toBe('March 9 (Interfax-Ukraine) – ');
    expect(dateline('KYIV, Ukraine (AP) — Text')).toBe('KYIV, Ukraine (AP) — ');
    expect(dateline('WASHINGTON -- Text')).toBe('WASHINGTON -- ');
    expect(dateline('ABU DHABI, 9th March, 2026 (WAM) -- Text')).toBe('ABU DHABI, 9th March, 2026 (WAM) -- ');
    expect(dateline('LONDON, 9 March 2026 (PA) - Text')).toBe('LONDON, 9 March 2026 (PA) - ');
    expect(dateline('PYONGYANG, March 9 (Korean Central News Agency) - Text')).toBe('PYONGYANG, March 9 (Korean Central News Agency) - ');
    // A town with hyphens in its name, and the region written after it.
    expect(dateline('NIAGARA-ON-THE-LAKE, Ontario, Nov 12 (Harbour Wire) - Text')).toBe('NIAGARA-ON-THE-LAKE, Ontario, Nov 12 (Harbour Wire) - ');
    expect(dateline('WINSTON-SALEM -- Text')).toBe('WINSTON-SALEM -- ');
    // A town not in capitals with no agency: its date's year and a dash make it one.
    expect(dateline('Orsk, 12 May 2058 – Text')).toBe('Orsk, 12 May 2058 – ');
    expect(dateline('Port Vell, March 3, 2058 -- Text')).toBe('Port Vell, March 3, 2058 -- ');
  });

  it('is never a sentence that opens with a day or a place', () => {
    expect(dateline('On Monday, March 9, Trump met Putin.')).toBe('');
    expect(dateline('In Geneva, Feb. 17 talks began.')).toBe('');
    expect(dateline('March 9 was a Monday.')).toBe('');
    expect(dateline('Orsk, 12 May – the day the dam broke – was quiet.')).toBe('');
    expect(dateline('Thursday, February 13, 2058 — Local')).toBe('');
    expect(dateline('On Monday, March 9, 2058 — a day late — the talks began.')).toBe('');
  });
});
