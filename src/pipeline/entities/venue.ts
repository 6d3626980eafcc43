import { ACCORDING_TO_BEFORE, CLAUSE_BREAK, SAYING_BEFORE, THAT_AFTER_PLACE, COUNTRY_HOSTS_BEFORE, NAME_ASIDE, NAME_LISTED, SPEAKERS_IN_AFTER, SPEAKERS_IN_BEFORE } from './lexicon.ts';

interface Span {
  start: number;
  end: number;
}

/**
 * Whether a place stands near enough to an event to be where it happens: within `reach`
 * characters, or further on when it closes the event's own clause ("talks between the
 * Ukrainian, Russian and American delegations were held on January 23-24 in Abu Dhabi"), whose
 * guests may be described on the way ("met Paul Keane, a senior adviser to the president, and
 * Amy Sato, who is his chief of staff, in Muscat").
 * The town of those who speak of it is not where it happens ("…, officials in Kyiv said").
 */
export function placeInReach(text: string, place: Span, trigger: Span, reach: number): boolean {
  if (speakersTown(text, place) || whereSaid(text, place, trigger)) return false;
  const gap = Math.max(0, Math.max(place.start, trigger.start) - Math.min(place.end, trigger.end));
  if (gap <= reach) return true;
  return place.start >= trigger.end && gap <= 2 * reach && !CLAUSE_BREAK.test(text.slice(trigger.end, place.start).replace(NAME_ASIDE, ' ').replace(NAME_LISTED, ' '));
}

/**
 * How far after its trigger a country may still say where a gathering is held: far enough for the level it is held at, its verb
 * and its day, all in its own clause ("technical talks at the level of experts will begin on Wednesday in Oman").
 */
const HOST_COUNTRY_REACH = 80;

/**
 * A country as where a gathering is held, when the clause names no town: "we expect a meeting
 * on Saturday in the United States", "talks will take place in Turkey". Not "talks on ending
 * the war in Ukraine" (the country of what the talks are about), nor a country named before,
 * nor one after a break of the gathering's clause (COUNTRY_HOSTS_BEFORE).
 */
export function hostCountry(text: string, country: Span, trigger: Span): boolean {
  return country.start > trigger.end && country.start - trigger.end <= HOST_COUNTRY_REACH && COUNTRY_HOSTS_BEFORE.test(text.slice(trigger.end, country.start));
}

/**
 * A place right before the "that" of what someone says, the event in what they say: where it was said ("he
 * announced, sitting beside the prime minister in the Oval Office, that the United States was holding talks",
 * "the minister said in Nairobi that talks would resume"), not where the event is.
 */
function whereSaid(text: string, place: Span, trigger: Span): boolean {
  return place.end <= trigger.start && THAT_AFTER_PLACE.test(text.slice(place.end, trigger.start)) && SAYING_BEFORE.test(text.slice(0, place.start));
}

/** A town or country named as where those who speak are: "…, officials in Kyiv said", "according to diplomats in Brussels". */
function speakersTown(text: string, place: Span): boolean {
  const before = text.slice(Math.max(0, place.start - 60), place.start);
  if (!SPEAKERS_IN_BEFORE.test(before)) return false;
  return SPEAKERS_IN_AFTER.test(text.slice(place.end, place.end + 30)) || ACCORDING_TO_BEFORE.test(before.replace(SPEAKERS_IN_BEFORE, ''));
}
