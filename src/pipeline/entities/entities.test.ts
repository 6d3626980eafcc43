import { describe, expect, it } from 'vitest';
import { ContentError } from '../content-error.ts';
import { GAZETTEER } from '../../../tests/support/pipeline.ts';
import { parseGazetteer } from './gazetteer.ts';
import { createRecogniser } from './recognise.ts';

const recognise = createRecogniser(GAZETTEER);
const ids = (text: string, day = '2026-02-25') => recognise(text, day).map((m) => m.entity.id);

describe('createRecogniser', () => {
  it('finds every spelling of a name and gives its canonical entity', () => {
    expect(ids('Zelensky met Zelenskiy and Volodymyr Zelenskyy’s team.')).toEqual(['volodymyr-zelenskyy', 'volodymyr-zelenskyy', 'volodymyr-zelenskyy']);
  });

  it('prefers the longest name and keeps offsets into the original text', () => {
    const text = 'US President Donald Trump spoke.';
    const [m] = recognise(text, '2026-02-25');
    expect(m?.entity.id).toBe('donald-trump');
    expect(text.slice(m!.start, m!.end)).toBe('Donald Trump');
  });

  it('reads a role phrase only while its holder held it', () => {
    expect(ids('Zelensky also spoke with the U.S. president.', '2025-02-12')).toEqual(['volodymyr-zelenskyy', 'donald-trump']);
    expect(ids('He spoke with the U.S. president.', '2024-06-01')).toEqual([]);
  });

  it("reads no role phrase as its holder where it names someone who works for them (\"the U.S. president's special envoy\")", () => {
    expect(ids("Zelensky met the U.S. president's special envoy.", '2025-02-12')).toEqual(['volodymyr-zelenskyy']);
    expect(ids("Zelensky met the U.S. president's envoys.", '2025-02-12')).toEqual(['volodymyr-zelenskyy']);
    expect(ids("Zelensky welcomed the U.S. president's decision.", '2025-02-12')).toEqual(['volodymyr-zelenskyy', 'donald-trump']);
  });

  it('reads a capital as its country when it acts, and as a place after "in"', () => {
    expect(ids('Kyiv insists on its borders.')).toEqual(['ukraine']);
    expect(ids('Residents in Kyiv sheltered.')).toEqual(['kyiv']);
  });

  it('does not match inside other words or in lower case', () => {
    expect(ids('The trumpet played in geneva.')).toEqual([]);
  });
});

describe('parseGazetteer', () => {
  it('names the line and the fix for a bad entry', () => {
    expect(() => parseGazetteer('people:\n  Donald Trump:\n    name: Donald Trump\n', 'content/gazetteer.yaml')).toThrow(/gazetteer\.yaml:2 field "people\.Donald Trump": has an id that is not a URL slug/);
    expect(() => parseGazetteer('people:\n  x:\n    aliases: [X]\n', 'content/gazetteer.yaml')).toThrow(ContentError);
    expect(() => parseGazetteer('places:\n  geneva: { name: Geneva, within: swiss }\n', 'g.yaml')).toThrow(/refers to "swiss"/);
    expect(() => parseGazetteer('planets:\n  mars: { name: Mars }\n', 'g.yaml')).toThrow(/unknown section "planets"/);
  });
});
