// Countries as sides in one sentence: which country words act, capitals named for their
// governments, and compounds of countries (article-names.ts reads the sentence).
import type { Entity } from './gazetteer.ts';
import { CAPITAL_BROKERS_AFTER, LOCATIVE_BEFORE, SEAT_ACTS_AFTER, seatOfVenue, SIDE_GROUP, STATE_FORM_BEFORE } from './lexicon.ts';
import { type CountryWord, nationalWord, nationalWords, sideGroups } from './national-sides.ts';
import { capitalOf, countryByCode, type Country, findCountry, findTown } from './places.ts';
import type { EntityMention } from './recognise.ts';

/**
 * Marks the countries a sentence names as sides that act ("US negotiators") and adds the
 * national adjectives among them as mentions of their country ("American and Russian
 * negotiators"), and the capitals named for their governments ("talks between Kyiv and
 * Moscow"), which then are no longer places.
 */
export function markSides(text: string, mentions: EntityMention[], covered: (start: number, end: number) => boolean, mentionOf: (c: Country, start: number, end: number) => EntityMention): string[][] {
  const named = mentions.filter((m) => m.entity.type === 'country' && !m.byRole);
  const seats = mentions.flatMap((m) => {
    // An institution stands for its state before a group of its people ("the Kremlin's envoy") or doing the state's act ("the White House
    // paused deliveries"); as a voice ("the Kremlin said") it stays itself.
    const after = text.slice(m.end);
    const state = m.entity.type === 'place' || SIDE_GROUP.test(after) || SEAT_ACTS_AFTER.test(after) ? seatOf(m.entity) : undefined;
    return state ? [{ start: m.start, end: m.end, country: state, capital: true }] : [];
  });
  // "talks between the Islamic Republic of Iran and the United States": a state written with its long form is a word from the form on, so
  // that the words before the form tell the group it is in and an "and" before it joins it to a list. A named state's word is found by its end.
  const fromForm = (m: EntityMention): number => m.start - (STATE_FORM_BEFORE.exec(text.slice(Math.max(0, m.start - 80), m.start))?.[0].length ?? 0);
  const words: CountryWord[] = [...named.map((m) => ({ start: fromForm(m), end: m.end })), ...seats, ...nationalWords(text, covered)].sort((a, b) => a.start - b.start);
  // "Ankara hosted talks between …": the town is where they are held, its state the broker; unless its own people are one of
  // the sides after it ("Port Louis hosted talks between Mauritian and Seychellois officials"): then its state is a party.
  const countryOfWord = (w: CountryWord): string | undefined => w.country?.id ?? named.find((m) => m.end === w.end)?.entity.id;
  for (const seat of seats) {
    if (!CAPITAL_BROKERS_AFTER.test(text.slice(seat.end)) || LOCATIVE_BEFORE.test(text.slice(Math.max(0, seat.start - 24), seat.start))) continue;
    if (words.some((w) => w.start >= seat.end && !w.capital && countryOfWord(w) === seat.country.id)) continue;
    const broker = mentionOf(seat.country, seat.start, seat.end);
    broker.asSide = true;
    broker.asMediator = true;
  }
  const groups = sideGroups(text, words).map((group) =>
    group.flatMap((side) => {
      const seat = side.capital ? mentions.findIndex((m) => m.start === side.start && m.entity.type !== 'country') : -1;
      if (seat >= 0) mentions.splice(seat, 1);
      const mention = side.country ? mentionOf(side.country, side.start, side.end) : named.find((m) => m.end === side.end);
      if (!mention) return [];
      mention.asSide = true;
      if (side.mediator) mention.asMediator = true;
      // Brokers are no group of sides at a table.
      return side.mediator ? [] : [mention.entity.id];
    }),
  );
  mentions.sort((a, b) => a.start - b.start);
  return groups.filter((group) => group.length > 0);
}

/**
 * The country whose seat of government a place is, as GeoNames marks it (Kyiv, Abu Dhabi), if it
 * is one; or whose seat an institution is named by ("the Kremlin's envoy", "Washington's team",
 * which the tagger takes for organisations).
 */
export function seatOf(place: Entity | undefined): Country | undefined {
  if (place?.type !== 'place' && place?.type !== 'organization') return undefined;
  // Every sentence naming a place asks: GeoNames is asked once per name.
  const key = `${place.type} ${place.name}`;
  let seat = seats.get(key);
  if (seat === undefined) {
    const government = place.type === 'organization' ? seatOfVenue(place.name) : undefined;
    const town = government ? undefined : findTown(place.name);
    const capital = town ? capitalOf(town.country) : undefined;
    seat = (government ? countryByCode(government) : capital && town && capital.id === town.id ? countryByCode(town.country) : undefined) ?? null;
    seats.set(key, seat);
  }
  return seat ?? undefined;
}
const seats = new Map<string, Country | null>();

/**
 * The countries a hyphenated compound names ("Ukraine-Russia-US", "U.S.-Russian" gives the US,
 * "U.S.-brokered"), or none when a capitalised part is no country ("Mar-a-Lago", "Rolls-Royce").
 */
export function countriesOfCompound(token: string): { country: Country; start: number; end: number }[] {
  const parts = [...token.matchAll(/[^-]+/g)];
  const capitalised = parts.filter((p) => /^\p{Lu}/u.test(p[0]));
  if (parts.length < 2 || capitalised.length === 0 || !capitalised.every((p) => findCountry(p[0]) ?? nationalWord(p[0]))) return [];
  // Adjectives among the parts are read as adjectives (nationalWords), names here.
  return parts.flatMap((p) => {
    const named = findCountry(p[0]);
    return named ? [{ country: named, start: p.index, end: p.index + p[0].length }] : [];
  });
}
