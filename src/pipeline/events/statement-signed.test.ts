// A statement two sides sign is a text between them, signed as an accord is (own-corpus-5 c2's "the two governments are expected
// to sign a statement on licensing on Friday"; sentences written here). One that many sign on their own behalf is a petition.
// Wednesday 12 March 2053: the Friday ahead is the 14th, the Monday gone by the 10th.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

const signings = (body: string): [string, string | null, string][] => found(body, '2053-03-12').filter(([, noun]) => noun === 'Agreement signed');

describe('a statement signed', () => {
  it('by two sides, or told joint, is a signing of its day', () => {
    expect(signings('Velmark and Estmark announced a fisheries plan on Monday, and the two governments are expected to sign a statement on quotas on Friday.')).toEqual([['other', 'Agreement signed', '2053-03-14']]);
    expect(signings('On Monday both ministries signed a short statement on the river border in Lusk.')).toEqual([['other', 'Agreement signed', '2053-03-10']]);
    expect(signings('Premier Aldo Vance and Ms Ines Oduya signed a joint statement on the border in Corvin on Monday.')).toEqual([['other', 'Agreement signed', '2053-03-10']]);
  });

  it('but not one many sign on their own behalf, nor one only issued', () => {
    expect(signings('A statement signed by 40 MPs on Monday urged the government to reopen the mine.')).toEqual([]);
    expect(signings('On Monday forty MPs signed a statement urging the government to reopen the mine.')).toEqual([]);
    expect(signings('The two governments issued a statement on quotas on Friday.')).toEqual([]);
  });
});
