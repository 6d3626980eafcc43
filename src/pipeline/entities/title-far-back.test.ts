import { describe, expect, it } from 'vitest';
import { article, idsOf, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: a holder named once with the title, then five or more sentences of
// background naming no one with it, then the title alone at a gathering; a holder told as gone stays passed over.
const timeline = timelineWithoutGazetteer([
  article(
    'minister-far',
    '2052-02-03',
    'Foreign Minister Livia Sandor of Marovia arrives in Tallin on Sunday. The journey was arranged in December. Relations cooled last year over fishing quotas. Trade fell by a fifth. Exporters have complained for months. Farmers blocked a bridge in the autumn. On Monday the Foreign Minister held talks with Prime Minister Kaspar Vell.\n',
  ),
  article(
    'king-far',
    '2052-03-08',
    'King Tomas Varga of Ostland left for Ilyria on Tuesday. The crown has had no state visit there since 1990. Fishing rights divide the two coasts. Ports on both sides are busy in spring. The ferry line reopened in May. Tourists came back in large numbers. On Wednesday the King met President Irena Kos in the capital.\n',
  ),
  article(
    'chancellor-gone-far',
    '2052-04-14',
    'Chancellor Mia Lenz travels to Prague on Monday. Her journey was planned in January. The late Chancellor Paul Roth opened the route decades ago. Rail freight has doubled since. Both cabinets want a faster line. Engineers sent their plans in March. On Tuesday the Chancellor holds talks with Prime Minister Karel Dvorak.\n',
  ),
  article(
    'prime-minister-then',
    '2052-05-20',
    'Prime Minister Lena Berg opens the new bridge to Halden on Monday. The crossing was agreed in 2019. Work began two years later, then still under Prime Minister Olof Dahl. Costs rose by a third. Traffic is expected to double. Tolls will stay low for a year. On Tuesday the Prime Minister held talks with President Aron Lind.\n',
  ),
  article(
    'king-then-hyphen',
    '2052-06-11',
    'King Oskar Brann of Vestland flies to Nordby on Friday. The two crowns signed a treaty in 1990. Then-King Harald Brann led the talks. The treaty ended a long quarrel over the islands. Fishing rose after it. Trade has grown every year. On Saturday the King met President Signe Aas.\n',
  ),
  article(
    'the-then',
    '2052-07-09',
    'Prime Minister Ana Holt visits Bergen on Monday. The two cities have been twinned since 1975. The then Prime Minister Erik Moe signed the first accord. Ferries have run daily since. Students move freely between them. Both councils want a tunnel. On Tuesday the Prime Minister held talks with President Ivar Dal.\n',
  ),
  article(
    'and-then',
    '2052-08-13',
    'The envoy Tarik Omar landed in Keldia on Monday, and then President Nora Vidal received him. The visit had been delayed twice. Keldia exports copper. Its mines reopened last year. Prices have risen since. Ports are being dredged. On Thursday the President held talks with Prime Minister Jon Aske.\n',
  ),
]);

/** Who took part in the gathering its quote opens with. */
const people = (source: string, opening: string) =>
  idsOf(reportedIn(timeline, source, 'meeting', 'talks').find((e) => e.sources.some((s) => s.quotes.some((q) => q.text.startsWith(opening))))?.participants);

describe('a title alone far after the holder was named', () => {
  it('is the article\'s holder of that title, however many sentences back', () => {
    expect(people('minister-far', 'On Monday')).toEqual(['livia-sandor', 'kaspar-vell']);
    expect(people('king-far', 'On Wednesday')).toEqual(['tomas-varga', 'irena-kos']);
  });

  it('is not a holder told as gone ("the late", "then still under", "Then-King"), even when that one is nearer', () => {
    expect(people('chancellor-gone-far', 'On Tuesday')).toEqual(['mia-lenz', 'karel-dvorak']);
    expect(people('prime-minister-then', 'On Tuesday')).toEqual(['lena-berg', 'aron-lind']);
    expect(people('king-then-hyphen', 'On Saturday')).toEqual(['oskar-brann', 'signe-aas']);
    expect(people('the-then', 'On Tuesday')).toEqual(['ana-holt', 'ivar-dal']);
  });

  it('is the holder named after a bare "then" telling what came next', () => {
    expect(people('and-then', 'On Thursday')).toEqual(['nora-vidal', 'jon-aske']);
  });
});
