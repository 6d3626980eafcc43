import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '../../../tests/support/pipeline.ts';
import { createNameReader } from './article-names.ts';

const DAY = '2031-05-04';
const readNames = createNameReader(GAZETTEER);
const places = (sentence: string): string[] => readNames().recognise(sentence, DAY).filter((m) => m.entity.type === 'place').map((m) => m.entity.name);

describe("a place GeoNames lacks, written with its kind or before its region or country", () => {
  it('is a place under its own name', () => {
    expect(places('Clashes began in Sweida province on Sunday between Druze fighters and Bedouin tribes.')).toContain('Sweida');
    expect(places('The minister announced a ceasefire in Sweida city on Tuesday.')).toContain('Sweida');
    expect(places('They first met at the Group of Seven summit in Kananaskis, Canada, on June 17.')).toContain('Kananaskis');
    expect(places('Aid convoys left from Dumrava town at dawn.')).toContain('Dumrava');
  });

  it('leaves a name read otherwise, or an English word, as it was', () => {
    expect(places('The vote in Parliament, Britain said, was close.')).not.toContain('Parliament');
    expect(places('He spoke to Mirela Vosk, Romania’s envoy, on Monday.')).not.toContain('Mirela Vosk');
  });

  it('takes no name before a country that goes on a list or owns what follows ("from Hamas, Egypt and Qatar", "Gazprom, Russia’s gas giant")', () => {
    expect(places('Negotiators from Hamas, Egypt and Qatar met in Cairo.')).not.toContain('Hamas');
    expect(places('Officials from Rosneft, India, China or Brazil met.')).not.toContain('Rosneft');
    expect(places('The figures came from Gazprom, Russia’s gas giant, on Monday.')).not.toContain('Gazprom');
    expect(places("He handed the file to Novatek, Russia's gas exporter.")).not.toContain('Novatek');
    expect(places('Delegates flew to Dumrava, Serbia, on Monday.')).toContain('Dumrava');
  });
});
