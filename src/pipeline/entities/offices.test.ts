import { describe, expect, it } from 'vitest';
import { officeWritten } from './offices.ts';

const office = (text: string, name: string): string | undefined => {
  const start = text.indexOf(name);
  return officeWritten(text, { start, end: start + name.length });
};

describe('the office a sentence writes with a name', () => {
  it('is the title before it, with the side written first', () => {
    expect(office('French President Emmanuel Macron met him.', 'Emmanuel Macron')).toBe('French President');
    expect(office('On Monday South Korean President Park Min-ho spoke.', 'Park Min-ho')).toBe('South Korean President');
    expect(office('He met the U.S. special envoy Mark Dalton.', 'Mark Dalton')).toBe('U.S. special envoy');
    expect(office('Former Colombian President Andres Molina met her.', 'Andres Molina')).toBe('Former Colombian President');
    expect(office('Kazakh Foreign Minister Arman Zhakenov met him.', 'Arman Zhakenov')).toBe('Kazakh Foreign Minister');
    expect(office('On Monday Finnish President Aino Lahti met him.', 'Aino Lahti')).toBe('Finnish President');
    // A portfolio no list holds, written as a title after the side.
    expect(office('Polish Climate Minister Anna Nowak met him.', 'Anna Nowak')).toBe('Polish Climate Minister');
  });
  it('is an apposition after it', () => {
    expect(office("Sergei Volkov, Russia's foreign minister, met him.", 'Sergei Volkov')).toBe("Russia's foreign minister");
    expect(office('He met Luc Peeters, the Belgian premier.', 'Luc Peeters')).toBe('Belgian premier');
  });
  it('is none where only a form of address or a relation is written', () => {
    expect(office('He met Mr. Dalton on Monday.', 'Dalton')).toBeUndefined();
    expect(office('He met his Kyrgyz counterpart Bolot Temirov.', 'Bolot Temirov')).toBeUndefined();
    expect(office('Talks with Bolot Temirov, who arrived late, went on.', 'Bolot Temirov')).toBeUndefined();
  });
});
