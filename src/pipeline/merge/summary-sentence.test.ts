import { describe, expect, it } from 'vitest';
import { summarySentence } from './summary-sentence.ts';

describe('summarySentence', () => {
  it('keeps a sentence that says who says so, naming the outlet it comes from', () => {
    expect(summarySentence({ sentence: 'Trump and Putin spoke for about 90 minutes, the Kremlin said.', outlet: 'Test Wire', others: 1 })).toBe(
      'Trump and Putin spoke for about 90 minutes, the Kremlin said. (Test Wire and 1 other report)',
    );
  });

  it('attributes a bare statement of fact to its outlet', () => {
    expect(summarySentence({ sentence: 'The envoys met in Geneva on Thursday.', outlet: 'Test Wire', others: 0 })).toBe('The envoys met in Geneva on Thursday, Test Wire reported.');
    expect(summarySentence({ sentence: 'The envoys met in Geneva on Thursday.', outlet: 'Test Wire', others: 2 })).toBe('The envoys met in Geneva on Thursday, Test Wire reported (and 2 other reports).');
  });

  it('drops a wire dateline before the sentence', () => {
    expect(summarySentence({ sentence: 'MOSCOW, December 4. /VW/. Umerov met Witkoff in Miami.', outlet: 'Volga Wire', others: 0 })).toBe('Umerov met Witkoff in Miami, Volga Wire reported.');
    expect(summarySentence({ sentence: 'WASHINGTON -- Trump and Putin spoke by phone on Monday.', outlet: 'Test Wire', others: 0 })).toBe('Trump and Putin spoke by phone on Monday, Test Wire reported.');
    expect(summarySentence({ sentence: 'FLORIDA - Speaking to reporters, Trump said the call went well.', outlet: 'Test Wire', others: 0 })).toBe('Speaking to reporters, Trump said the call went well. (Test Wire)');
    expect(summarySentence({ sentence: 'NATO allies met in Brussels.', outlet: 'Test Wire', others: 0 })).toBe('NATO allies met in Brussels, Test Wire reported.');
    expect(summarySentence({ sentence: 'KUALA LUMPUR: Anwar Ibrahim will host the two leaders on Monday.', outlet: 'Test Post', others: 1 })).toBe('Anwar Ibrahim will host the two leaders on Monday, Test Post reported (and 1 other report).');
    expect(summarySentence({ sentence: 'NIAGARA-ON-THE-LAKE, Ontario, Nov 12 (Harbour Wire) - Ministers wrapped up two days of talks.', outlet: 'Harbour Wire', others: 0 })).toBe('Ministers wrapped up two days of talks, Harbour Wire reported.');
  });
});
