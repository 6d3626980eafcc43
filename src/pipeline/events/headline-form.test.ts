import { describe, expect, it } from 'vitest';
import { inPresent, withListedNames, withWholeName, wordsBeforeVerb } from './headline-form.ts';
import { writeHeadline } from './headline.ts';

describe('the form of every title', () => {
  it('puts the verb after the opening name in the present, agreeing with it', () => {
    expect(inPresent('Meridia launched airstrikes on Velm')).toBe('Meridia launches airstrikes on Velm');
    expect(inPresent('Meridian forces shelled positions near Velm')).toBe('Meridian forces shell positions near Velm');
  });

  it('agrees with one doer, whatever compromise reads of its first word: a singular head noun, a name of the event ending in "s"; a list or a plural stays plural', () => {
    expect(inPresent('eOrbis 9 range went on sale')).toBe('eOrbis 9 range goes on sale');
    expect(inPresent('Vandeurs presented a ten-point plan', undefined, ['Vandeurs'])).toBe('Vandeurs presents a ten-point plan');
    expect(inPresent('Mirela Hollis presented a ten-point plan', undefined, ['Mirela Hollis'])).toBe('Mirela Hollis presents a ten-point plan');
    expect(inPresent('Kessel and Vandeurs presented a ten-point plan', undefined, ['Kessel', 'Vandeurs'])).toBe('Kessel and Vandeurs present a ten-point plan');
    expect(inPresent('Police arrested three men in Orsk')).toBe('Police arrest three men in Orsk');
  });

  it('finds every past form compromise knows, whatever its spelling: irregular, ambiguous, or a word it has never seen', () => {
    expect(inPresent('Meridia struck depots near Velm')).toBe('Meridia strikes depots near Velm');
    expect(inPresent('Meridia outgunned the navy of Velm')).toBe('Meridia outguns the navy of Velm');
  });

  it('leaves alone a title with no past verb of its subject: an adjective after "of", a verb with no object, a reported clause', () => {
    expect(inPresent('Virtual meeting of allied nations')).toBe('Virtual meeting of allied nations');
    expect(inPresent('Talks postponed')).toBe('Talks postponed');
    expect(inPresent('Plan made public')).toBe('Plan made public');
    expect(inPresent('Rhea Mallin says she had decided')).toBe('Rhea Mallin says she had decided');
  });

  it('names a place once, however the phrase spells it', () => {
    expect(writeHeadline({ kind: 'meeting', status: 'occurred', participants: [], place: 'Tromsø', phrase: 'meeting in Tromso', sentence: 'Ministers agreed on patrols at their meeting in Tromso on Tuesday.' })).toBe('Meeting in Tromso');
  });

  it('names every side of a list the phrase ends on the first of', () => {
    const sentence = 'A counter-proposal from the UK, France, and Germany rejected the draft.';
    expect(withListedNames('counter-proposal from the UK', sentence)).toBe('counter-proposal from the UK, France and Germany');
    expect(withListedNames('sanctions by Canada', 'New sanctions by Canada and Japan took effect.')).toBe('sanctions by Canada and Japan');
    expect(withListedNames('counter-proposal', sentence)).toBe('counter-proposal');
    // A comma and "and" after the first name open another clause, not a list of two.
    expect(withListedNames('Harbour Board fined Vela Mining', 'On Monday the Harbour Board fined Vela Mining, and the Kessel Council suspended its licence.')).toBe('Harbour Board fined Vela Mining');
    expect(withListedNames('sanctions by Canada', 'New sanctions by Canada took effect, and Japan followed on Friday.')).toBe('sanctions by Canada');
    expect(withListedNames('talks with Estmark', 'Ruiz held talks with Estmark, and the Orsk Gallery closed its doors.')).toBe('talks with Estmark');
    expect(writeHeadline({ kind: 'other', status: 'occurred', participants: [], place: null, phrase: 'counter-proposal from the UK', sentence })).toBe('Counter-proposal from the UK, France and Germany');
  });

  it('counts the words before the first verb of words tagged whole, a word compromise splits counted once', () => {
    expect(wordsBeforeVerb('the fourth round of talks between the two sides will take place in Rome'.split(' '))).toBe(9);
    expect(wordsBeforeVerb('the Russia-backed forces shelled the port'.split(' '))).toBe(3);
    expect(wordsBeforeVerb('the fourth round of talks'.split(' '))).toBe(5);
  });

  it('take the rest of a name a title ends on cut short from its sentence, never a day or what lies past a full stop', () => {
    expect(withWholeName('Audience at the Vittoria', 'The king granted an audience at the Vittoria Palace on Monday.')).toBe('Audience at the Vittoria Palace');
    expect(withWholeName('Working dinner in Castello', 'The mayor offered yesterday evening a working dinner at the Castello Sforzesco.')).toBe('Working dinner in Castello Sforzesco');
    expect(withWholeName('Talks in Geneva', 'Talks in Geneva Monday were cut short.')).toBe('Talks in Geneva');
    expect(withWholeName('Talks in Geneva', 'They held talks in Geneva. Officials said little.')).toBe('Talks in Geneva');
  });
});
