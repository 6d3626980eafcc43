import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer, reportedIn } from '../../../tests/support/pipeline.ts';
import type { TimelineEvent } from '../types.ts';
import { findTown } from './places.ts';

// Short reports of our own, in several outlets' styles, about people and places no gazetteer
// knows: who and where must come from the text, GeoNames and the country list alone.
const timeline = timelineWithoutGazetteer(
  [
    article('wire', '2031-03-04', 'ANKARA, Turkey (AP) — Turkish and Azerbaijani negotiators held talks in Ankara on Tuesday, the foreign ministry said.\n'),
    article('state', '2031-03-05', 'MOSCOW, March 5 (TASS) - Talks between the Russian and Kazakh delegations ended on Wednesday, a Kremlin source said.\n'),
    article('pair', '2031-03-07', 'Chilean President Rosa Varela and her Peruvian counterpart Tomas Ibarra sat down in Lima on Friday. The pair held talks for three hours on Friday.\n'),
    article('broker', '2031-03-08', 'Mediators from Qatar brokered a prisoner exchange between Armenia and Azerbaijan on Saturday.\n'),
    article('leaders', '2031-03-09', 'Norwegian Prime Minister Kari Lunde and Finnish President Aino Virtanen spoke by phone on Sunday. Virtanen met the Swedish foreign minister, Erik Holm, in Helsinki on Sunday.\n'),
    article('led', '2031-05-16', 'ISTANBUL, May 16 (Reuters) - Russian and Ukrainian delegations held talks in Istanbul on Friday. The talks were led by Rustem Umerov for Kyiv and Vladimir Medinsky for Moscow.\n'),
    article('absent', '2031-05-17', 'Ukrainian and Turkish delegations held talks in Ankara on Friday. Notably, Russia did not participate in the talks.\n'),
    article('capitals', '2031-06-12', 'Talks between Yerevan and Baku resumed in Tbilisi on Thursday. Moscow rejected the plan.\n'),
    article('speaker', '2031-08-08', 'Russian and Ukrainian delegations will hold talks in Istanbul on Monday, Ukrainian President Volodymyr Zelensky said on Thursday.\n'),
    article('source', '2031-08-09', 'Russian and Ukrainian negotiators met in Abu Dhabi on Friday, the United Arab Emirates said.\n'),
    article('brokered', '2031-08-11', 'The U.S.-brokered talks between Armenia and Azerbaijan took place in Washington on Sunday.\n'),
    article('host', '2031-08-12', 'Qatar hosted talks between Israeli and Egyptian negotiators in Doha on Monday.\n'),
    article('estate', '2031-09-06', 'Brazilian President Lucia Prado will receive Argentine President Mateo Ruiz at her Granja Verde estate in Florianopolis on Sunday.\n'),
    article('filed', '2031-09-09', 'ROME (Tiber News Service) — Italian Prime Minister Giulia Conti received Tunisian President Karim Saidi at the Quirinale Palace on Tuesday.\n'),
    article('introduced', '2031-09-10', "Ghana's trade minister, Kofi Mensah, flew to Lome this week. Mr. Mensah met Togolese officials in Lome on Tuesday.\n"),
    article('team', '2031-09-11', "Japanese envoy Haruto Sato arrived in Jakarta on Monday. Sato's team met Indonesian officials in Jakarta on Tuesday.\n"),
    article('list', '2031-09-12', 'Delegations from Niger, Mali, Chad and Mauritania, together with observers from the regional bloc, met on Monday in Niamey.\n'),
    article('oblast', '2031-09-13', 'Ukrainian and Moldovan officials met in the Odesa region on Monday. Polish and Ukrainian officials met in Lviv Oblast on Tuesday.\n'),
    article('for-brokered', '2031-09-14', 'Chadian and Sudanese envoys met in Doha on Monday for Qatar-brokered talks on the border.\n'),
    article('city-state', '2031-09-15', 'Eritrea and Somalia held talks in Djibouti on Monday.\n'),
    article('bare-venue', '2031-09-16', 'Chilean and Peruvian envoys met at Quinta Rosales on Monday. Bolivian and Paraguayan envoys met at Christmas in Asuncion.\n'),
    article('castle', '2031-09-07', 'Czech Foreign Minister Pavel Novak and his Slovak counterpart Marek Hudec met inside Prague Castle on Saturday.\n'),
    article('abroad', '2031-09-08', 'Negotiators from Serbia and Kosovo will meet on Saturday in Belgium, officials said. Envoys held talks on ending the war in Sudan in Jeddah on Monday.\n'),
    article('hosted', '2031-10-06', 'Saudi Crown Prince Mohammed bin Salman hosted talks between U.S. Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov in Riyadh on Monday.\n'),
    article('sidelines', '2031-10-08', 'Polish President Marek Nowak met Czech Prime Minister Jana Dvorak on the sidelines of the U.N. General Assembly in New York on Tuesday.\n'),
    article('resumed', '2031-11-03', 'Talks between the delegations of Armenia and Azerbaijan took place in Almaty on Monday. Talks will resume on Wednesday, the Kazakh foreign ministry said.\n'),
    article('attributed', '2031-11-05', 'Slovak Foreign Minister Jan Kral met Hungarian Foreign Minister Bela Szabo in Budapest on Monday, ministry spokesman Ivan Toth told reporters in Bratislava.\n'),
    article('funeral', '2031-11-07', 'Leaders of Spain and France attended the funeral of former Portuguese president Jorge Matos in Lisbon on Tuesday.\n'),
    article('again', '2031-11-04', 'Chilean and Peruvian envoys met in Lima on Monday. Uruguayan and Paraguayan envoys met in Asuncion on Monday. The Chilean delegation will meet the Peruvian side again on Thursday.\n'),
    article('swap', '2031-11-06', 'Moscow and Kyiv on Thursday exchanged 150 prisoners each in a swap mediated by the United Arab Emirates, the Russian Defence Ministry said.\n'),
    article('weimar', '2031-11-08', 'The leaders of France, Germany and Poland met in Weimar on Saturday.\n'),
    article('envoy', '2031-11-10', "Beijing's special envoy Li Hui held talks with Ukrainian officials in Kyiv on Monday, the Chinese foreign ministry said.\n"),
    article('readout', '2031-12-03', 'Chinese President Wei Zhang hosted Brazilian President Lucia Prado in Beijing on Tuesday. Liu Ming, an aide to the Chinese president, said the two sides discussed trade.\n\nPeruvian President Rosa Varela met Chilean President Tomas Ibarra in Lima on Tuesday. Tom Berg, a former adviser to the government, said it was a good sign.\n'),
    article('auspices', '2031-12-01', 'Representatives of Armenia and Azerbaijan met in Geneva on Monday under the auspices of Switzerland.\n'),
    article('mediators', '2031-12-02', 'Egyptian and Qatari mediators hosted indirect talks between Israel and Jordan in Cairo on Tuesday.\n'),
    article('after', '2031-12-04', '"We are ready for a ceasefire," Armenian Prime Minister Nikol Pashinyan said after talks with Azerbaijani President Ilham Aliyev in Abu Dhabi on Thursday.\n'),
    article('attended', '2031-12-05', 'Speaking after the talks in Abu Dhabi on Friday, which were attended by delegations from Russia and Ukraine, Emirati Foreign Minister Abdullah bin Zayed said the sides had agreed to exchange prisoners.\n'),
    article('of', '2031-12-06', 'On Saturday, President Javier Milei of Argentina met Chilean President Gabriel Boric in Santiago.\n'),
    article('under', '2031-12-08', 'Sudanese and Chadian officials held talks in Cairo on Monday under Egyptian mediation, state television said.\n'),
    article('region', '2031-12-07', 'Emirati and Omani envoys met in Florida on Sunday. Qatari and Kuwaiti envoys met at a resort in Palm Beach, Florida on Monday.\n'),
    article('participants', '2031-12-09', 'Regional trade ministers met in Accra on Monday. Participants included Ghanaian Trade Minister Ama Owusu and Togolese Trade Minister Kossi Adjo.\n'),
    article('comprised', '2031-12-10', 'Slovenian and Croatian officials held talks in Ljubljana on Tuesday. The Croatian delegation comprised Foreign Minister Ivo Horvat and Energy Minister Ana Kovac.\n'),
    article('sent', '2031-12-11', 'Envoy Dan Ortiz, sent by Irish President Mary Walsh, met Premier Sigrid Lund of Norway in Oslo on Monday.\n'),
    article('told-that', '2031-12-12', 'Government spokeswoman Ines Moreau told reporters that Danish Prime Minister Lars Holm and Estonian President Kaja Tamm had met in Tallinn on Monday.\n'),
    article('signed', '2031-12-13', 'Georgia and Armenia signed a Turkish-brokered accord on rail transit in Istanbul on Tuesday.\n'),
    article('trilateral', '2031-07-02', 'Delegates said Armenia-Georgia-Azerbaijan talks were held in Batumi on Monday.\n\nThe next trilateral meeting will be held in Yerevan on July 20, officials said.\n'),
  ],
);

const from = (source: string, kind: TimelineEvent['kind']) => reportedIn(timeline, source, kind)[0]!;

describe('who and where in reports of our own, with an empty gazetteer', () => {
  it('reads sides from national adjectives, a people and a broker', () => {
    expect(idsOf(from('wire', 'talks').roles?.parties)).toEqual(['turkiye', 'azerbaijan']);
    expect(from('wire', 'talks').place?.id).toBe('ankara');
    expect(idsOf(from('state', 'talks').roles?.parties)).toEqual(['russia', 'kazakhstan']);
    const exchange = from('broker', 'exchange');
    expect(idsOf(exchange.roles?.parties)).toEqual(['armenia', 'azerbaijan']);
    expect(idsOf(exchange.roles?.mediators)).toEqual(['qatar']);
  });

  it('reads people and the sides they act for, and "the pair" as the two named before', () => {
    const talks = from('pair', 'talks');
    expect(idsOf(talks.roles?.present)).toEqual(['rosa-varela', 'tomas-ibarra']);
    expect(idsOf(talks.roles?.parties)).toEqual(['chile', 'peru']);
    const call = from('leaders', 'call');
    expect(idsOf(call.roles?.present)).toEqual(['kari-lunde', 'aino-virtanen']);
    expect(idsOf(call.roles?.parties)).toEqual(['norway', 'finland']);
    const meeting = from('leaders', 'meeting');
    expect(idsOf(meeting.roles?.parties)).toEqual(['finland', 'sweden']);
    expect(meeting.place?.id).toBe('helsinki');
  });

  it('reads who led a round for which side, and capitals named for their governments', () => {
    const led = from('led', 'talks');
    expect(idsOf(led.roles?.present)).toEqual(['rustem-umerov', 'vladimir-medinsky']);
    expect(idsOf(led.roles?.parties)).toEqual(['russia', 'ukraine']);
    expect(idsOf(from('absent', 'talks').roles?.parties)).toEqual(['ukraine', 'turkiye']);
    // A list of who took part, in the sentence after the gathering, names its people and so its sides.
    expect(idsOf(from('participants', 'meeting').roles?.present)).toEqual(['ama-owusu', 'kossi-adjo']);
    expect(idsOf(from('participants', 'meeting').roles?.parties)).toEqual(['ghana', 'togo']);
    expect(idsOf(from('comprised', 'talks').roles?.present)).toEqual(['ivo-horvat', 'ana-kovac']);
    // An envoy acts for the side of who sent them, who is not at the meeting.
    const sent = from('sent', 'meeting');
    expect(idsOf(sent.roles?.present)).toEqual(['dan-ortiz', 'sigrid-lund']);
    expect(idsOf(sent.roles?.parties)).toEqual(['ireland', 'norway']);
    const capitals = from('capitals', 'talks');
    expect(idsOf(capitals.roles?.parties)).toEqual(['armenia', 'azerbaijan']);
    expect(capitals.place?.id).toBe('tbilisi');
  });

  it('tells a table from who reports on it and who brokers or hosts it', () => {
    const planned = from('speaker', 'talks');
    expect(idsOf(planned.roles?.parties)).toEqual(['russia', 'ukraine']);
    expect(idsOf(planned.roles?.present)).toEqual([]);
    expect(idsOf(planned.roles?.mentioned)).toEqual(['volodymyr-zelensky']);
    expect(idsOf(from('source', 'meeting').roles?.parties)).toEqual(['russia', 'ukraine']);
    const brokered = from('brokered', 'talks');
    expect(idsOf(brokered.roles?.parties)).toEqual(['armenia', 'azerbaijan']);
    expect(idsOf(brokered.roles?.mediators)).toEqual(['united-states']);
    const hosted = from('host', 'talks');
    expect(idsOf(hosted.roles?.parties)).toEqual(['israel', 'egypt']);
    expect(idsOf(hosted.roles?.mediators)).toEqual(['qatar']);
  });

  it('reads a venue in a town written with it as the town, one with no town as a place of its own, and a country as the place when no town is named', () => {
    const estate = from('estate', 'meeting');
    expect(estate.place?.name).toMatch(/^Florian[oó]polis$/);
    expect(idsOf(estate.roles?.parties)).toEqual(['brazil', 'argentina']);
    const town = timeline.entities.find((e) => e.id === estate.place?.id);
    expect(town).toMatchObject({ type: 'place', country: { id: 'brazil' }, discovered: true });
    expect(town?.coordinates).toBeDefined();
    // With no town written, the venue stands in the town the wire dateline files from.
    expect(from('filed', 'meeting').place?.id).toBe('rome');
    // A venue whose name begins with its town is in that town.
    expect(from('castle', 'meeting').place?.id).toBe('prague');
    const abroad = timeline.events.filter((e) => e.sources.some((s) => s.article === 'abroad'));
    expect(abroad.find((e) => e.status === 'planned')?.place?.id).toBe('belgium');
    expect(abroad.find((e) => e.status === 'occurred')?.place?.id).toBe('jeddah');
  });

  it('finds a person called by surname alone, and their side, in a sentence that reports nothing', () => {
    const met = from('introduced', 'meeting');
    expect(idsOf(met.roles?.present)).toEqual(['kofi-mensah']);
    expect(idsOf(met.roles?.parties)).toEqual(['ghana', 'togo']);
    // "Sato's team" sits at the table for Sato's side.
    expect(idsOf(from('team', 'meeting').roles?.parties)).toEqual(['japan', 'indonesia']);
  });

  it('reads a town with a word for a region as the region around it, in the town\'s country', () => {
    const [odesa, lviv] = timeline.events.filter((e) => e.sources.some((s) => s.article === 'oblast')).sort((a, b) => (a.date.start < b.date.start ? -1 : 1));
    expect(odesa!.place?.id).toBe('odesa-region');
    expect(lviv!.place?.id).toBe('lviv-region');
    const region = timeline.entities.find((e) => e.id === 'odesa-region');
    expect(region).toMatchObject({ type: 'place', country: { id: 'ukraine' } });
    expect(region?.coordinates).toBeUndefined();
  });

  it('reads a name after "at" that nothing else reads as a venue, and a time of year as none', () => {
    const places = timeline.events.filter((e) => e.sources.some((s) => s.article === 'bare-venue')).map((e) => e.place?.id);
    expect(places.sort()).toEqual(['asuncion', 'quinta-rosales']);
  });

  it('reads a state whose adjective is its name as the state, here where talks are held', () => {
    const talks = from('city-state', 'talks');
    expect(talks.place?.id).toBe('djibouti');
    expect(idsOf(talks.roles?.parties)).toEqual(['eritrea', 'somalia']);
  });

  it('reads a broker written onto the talks a meeting is for', () => {
    const met = from('for-brokered', 'meeting');
    expect(idsOf(met.roles?.parties)).toEqual(['chad', 'sudan']);
    expect(idsOf(met.roles?.mediators)).toEqual(['qatar']);
  });

  it('takes a list of sides whole when one of it stands by the event', () => {
    expect(idsOf(from('list', 'meeting').roles?.parties).sort()).toEqual(['chad', 'mali', 'mauritania', 'niger']);
  });

  it('reads a host of others as a broker, initials as a country, and an office as no name', () => {
    const hosted = from('hosted', 'talks');
    expect(idsOf(hosted.roles?.present)).toEqual(['marco-rubio', 'sergei-lavrov', 'mohammed-bin-salman']);
    expect(idsOf(hosted.roles?.parties)).toEqual(['united-states', 'russia']);
    expect(idsOf(hosted.roles?.mediators)).toEqual(['mohammed-bin-salman', 'saudi-arabia']);
    const sidelines = from('sidelines', 'meeting');
    expect(idsOf(sidelines.roles?.present)).toEqual(['marek-nowak', 'jana-dvorak']);
    expect(idsOf(sidelines.roles?.parties)).toEqual(['poland', 'czechia']);
  });

  it('carries the sides of a round on to its resumption, and reads capitals and envoys for their states', () => {
    const resumed = timeline.events.find((e) => e.sources.some((s) => s.article === 'resumed') && e.status === 'planned')!;
    expect(idsOf(resumed.roles?.parties).sort()).toEqual(['armenia', 'azerbaijan']);
    expect(resumed.place?.id).toBe('almaty');
    // A saying that closes the sentence attributes what its comma follows: the place and people before it are the meeting's.
    const attributed = from('attributed', 'meeting');
    expect(attributed.place?.id).toBe('budapest');
    expect(idsOf(attributed.roles?.present)).toEqual(['jan-kral', 'bela-szabo']);
    // A funeral is no table with sides (the kinds table's peopleOnly, per trigger): the countries of those who came are no parties.
    expect(idsOf(from('funeral', 'other').roles?.parties)).toEqual([]);
    // Naming its sides, a session "again" is held where those sides last met, not where others did.
    const again = timeline.events.find((e) => e.sources.some((s) => s.article === 'again') && e.status === 'planned')!;
    expect(idsOf(again.roles?.parties).sort()).toEqual(['chile', 'peru']);
    expect(again.place?.id).toBe('lima');
    const swap = from('swap', 'exchange');
    expect(idsOf(swap.roles?.parties)).toEqual(['russia', 'ukraine']);
    expect(idsOf(swap.roles?.mediators)).toEqual(['united-arab-emirates']);
    expect(idsOf(from('weimar', 'meeting').roles?.parties).sort()).toEqual(['france', 'germany', 'poland']);
    expect(idsOf(from('envoy', 'talks').roles?.parties)).toEqual(['china', 'ukraine']);
  });

  it('reads brokers named by auspices or as mediators, a speaker telling of his own talks, and a list of sides whole', () => {
    const auspices = from('auspices', 'meeting');
    expect(idsOf(auspices.roles?.parties).sort()).toEqual(['armenia', 'azerbaijan']);
    expect(idsOf(auspices.roles?.mediators)).toEqual(['switzerland']);
    const under = from('under', 'talks');
    expect(idsOf(under.roles?.parties)).toEqual(['sudan', 'chad']);
    expect(idsOf(under.roles?.mediators)).toEqual(['egypt']);
    const mediated = from('mediators', 'talks');
    expect(idsOf(mediated.roles?.parties)).toEqual(['israel', 'jordan']);
    expect(idsOf(mediated.roles?.mediators)).toEqual(['egypt', 'qatar']);
    const after = from('after', 'talks');
    expect(idsOf(after.roles?.present)).toEqual(['nikol-pashinyan', 'ilham-aliyev']);
    expect(idsOf(after.roles?.parties)).toEqual(['armenia', 'azerbaijan']);
    const attended = from('attended', 'talks');
    expect(idsOf(attended.roles?.parties)).toEqual(['russia', 'ukraine']);
    expect(idsOf(attended.roles?.mentioned)).toEqual(['abdullah-bin-zayed']);
    expect(idsOf(from('of', 'meeting').roles?.parties)).toEqual(['argentina', 'chile']);
  });

  it('puts an aide who gives the account of a meeting in the next sentence at it', () => {
    const reported = timeline.events.filter((e) => e.sources.some((s) => s.article === 'readout'));
    const hosted = reported.find((e) => e.place?.id === 'beijing');
    const met = reported.find((e) => e.place?.id === 'lima');
    expect(idsOf(hosted?.roles?.present)).toEqual(['wei-zhang', 'lucia-prado', 'liu-ming']);
    expect(idsOf(met?.roles?.present)).toEqual(['rosa-varela', 'tomas-ibarra']);
  });

  it('reads a hyphenated compound of countries, and a later "trilateral meeting" as the same three', () => {
    const held = timeline.events.find((e) => e.sources.some((s) => s.article === 'trilateral') && e.status === 'occurred')!;
    expect(idsOf(held.roles?.parties)).toEqual(['armenia', 'georgia', 'azerbaijan']);
    const next = timeline.events.find((e) => e.sources.some((s) => s.article === 'trilateral') && e.status === 'planned')!;
    expect(idsOf(next.roles?.parties)).toEqual(['armenia', 'georgia', 'azerbaijan']);
    expect(next.place?.id).toBe('yerevan');
  });

  it('finds a capital GeoNames knows by a former name, under the name written', () => {
    expect(findTown('Astana')).toMatchObject({ id: 'astana', name: 'Astana', country: 'KZ' });
  });

  it('reads a state as a region of its country, and a town written with it as lying there', () => {
    const reported = timeline.events.filter((e) => e.sources.some((s) => s.article === 'region'));
    expect(reported.map((e) => e.place?.id).sort()).toEqual(['florida', 'palm-beach-us']);
    const florida = timeline.entities.find((e) => e.id === 'florida');
    expect(florida).toMatchObject({ type: 'place', country: { id: 'united-states' } });
    expect(florida?.coordinates).toBeUndefined();
    expect(timeline.entities.find((e) => e.id === 'palm-beach-us')?.country?.id).toBe('united-states');
  });

  it('gives an agreement signed its parties, and its broker apart', () => {
    const signed = from('signed', 'other');
    expect(idsOf(signed.roles?.parties)).toEqual(['georgia', 'armenia']);
    expect(idsOf(signed.roles?.mediators)).toEqual(['turkiye']);
  });

  it('puts the people of a reported clause at the event it tells of, the speaker at the saying', () => {
    const met = from('told-that', 'meeting');
    expect(idsOf(met.roles?.present)).toEqual(['lars-holm', 'kaja-tamm']);
    expect(idsOf(met.roles?.parties)).toEqual(['denmark', 'estonia']);
  });
});
