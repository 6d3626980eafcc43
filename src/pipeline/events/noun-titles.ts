/**
 * Titles an event of kind `other` takes from its sentence when its noun is one a trigger carries a
 * title for (Trigger.title in kinds.ts): who did what, as the sentence tells it, where the noun
 * alone ("Rate decision", "Accession", "Hearing") would say nothing of it. Each gives undefined when its
 * sentence does not tell enough, and the noun keeps its own title.
 */
import { shortName } from '../entities/person-names.ts';
import { DANGLING, ENDS_OBJECT, NAME_BEFORE_ITS_ACT, TAKER_OPENER, TIME_NAME } from './headline-lexicon.ts';
import type { NamedForTitle } from './headline-people.ts';
import { capitalise } from './phrase.ts';
import { ADMITTED_MEMBER_OF, AGREEMENT_IN_EFFECT, AGREEMENT_NAMED, APPROVAL_TOLD, BLOC_ADMITS, COURT_HEARD, DISASTER_PRESENT, DISASTER_TOLD, GOVERNMENT_THAT_SHUT, JOINS_AS_MEMBER, FINAL_TOLD, PROCESSION_WAY, RATE_DECIDED, SEAT_TOLD, RATING_TOLD, RATE_LOWERED, RATE_RAISED, RECORD_CLOSE_TOLD, RULING_PRESENT, RUN_OFF_TOLD, VEHICLE_CRASHED, VEHICLE_NAMED } from './lexicon.ts';

/** A title stays a line. */
export const MOST_CHARACTERS = 100;

/**
 * "The Federal Reserve cuts its rate by a quarter point to 3.75%–4%": a rate decision titled by its bank, what it did to its rate in the
 * present, by how much and to what level, as the sentence tells them; a rate held stays "at" its level ("The Bank of Estmark holds its rate
 * at 4%"). A sentence that tells no bank before its verb keeps the noun's title.
 */
export function rateTitle(sentence: string): string | undefined {
  const found = RATE_DECIDED.exec(sentence);
  if (!found) return undefined;
  const { bank, verb, way, by, to, at } = found.groups!;
  const did = way === 'down' || RATE_LOWERED.test(verb!) ? 'cuts' : way === 'up' || RATE_RAISED.test(verb!) ? 'raises' : 'holds';
  const range = (percent: string) => percent.replace(/\s*(?:to|-|–)\s*/, '–').replace(/\s+%/g, '%');
  const title = [`${bank!.replace(/^the\b/, 'The')} ${did} its rate`, by?.replace(/\s+of\s+a\s+percentage\s+point\b/, ' point'), to && `to ${range(to)}`, at && `at ${range(at)}`].filter(Boolean).join(' ');
  return title.length <= MOST_CHARACTERS ? title : undefined;
}

/** A name as a sentence writes it, without the words that only open the sentence ("On Sunday | Velsland"); a day alone is no name. */
export function withoutOpeners(words: string | undefined): string | undefined {
  const kept = (words ?? '').split(/\s+/);
  while (kept.length > 1 && (TAKER_OPENER.test(kept[0]!) || TIME_NAME.test(kept[0]!))) kept.shift();
  const joined = kept.join(' ');
  return joined === '' || TIME_NAME.test(joined) ? undefined : joined;
}

/**
 * "ASEAN admits Timor-Leste as its eleventh member", "Finland joins NATO as its 31st member": an accession titled by the bloc and the
 * state, told the way the sentence tells it (the bloc admits, the state joins), with how the member is counted. Words that only open
 * the sentence ("On Sunday | Velsland joined …") are no name's; a sentence that names no bloc keeps the noun's title.
 */
export function accessionTitle(sentence: string): string | undefined {
  const as = (count: string) => (/^(?:new|newest|latest|full)$/.test(count) ? `as a ${count} member` : `as its ${count} member`);
  const admits = BLOC_ADMITS.exec(sentence) ?? ADMITTED_MEMBER_OF.exec(sentence);
  const joins = admits ? null : JOINS_AS_MEMBER.exec(sentence);
  const found = (admits ?? joins)?.groups;
  const bloc = withoutOpeners(found?.bloc ?? found?.blocAfter);
  const member = withoutOpeners(found?.member);
  if (!found || !bloc || !member) return undefined;
  const title = admits ? `${bloc.replace(/^the\b/, 'The')} admits ${member} ${as(found.count!)}` : `${member} joins ${bloc} ${as(found.count!)}`;
  return title.length <= MOST_CHARACTERS ? title : undefined;
}

/** A title of one line, else none. */
const aLine = (title: string): string | undefined => (title.length <= MOST_CHARACTERS ? title : undefined);

/**
 * "Henri abdicates", "Guillaume takes the oath": an act of one person titled by who does it, as the sentence names them right before its
 * words (TOLD, the trigger's own; an age or an auxiliary between: "Henri, 70, succeeded his father", "Grand Duke Henri has signed the act of
 * abdication"), the way a title calls a person, and the act in the present. The name must be one of the event's people (a place or a body
 * before the words is no doer); a sentence that names no one there ("The abdication ceremony begins at 11:00") keeps the noun's title.
 */
export function actOfTheNamed(told: string, act: string): (sentence: string, people: readonly NamedForTitle[]) => string | undefined {
  const words = new RegExp(told);
  return (sentence, people) => {
    const found = words.exec(sentence);
    const doer = found ? withoutOpeners(NAME_BEFORE_ITS_ACT.exec(sentence.slice(0, found.index))?.groups!.name) : undefined;
    if (!doer || !people.some((p) => p.type === 'person' && (p.name.includes(doer) || doer.includes(p.name)))) return undefined;
    return aLine(`${shortName({ name: doer })} ${act}`);
  };
}

/**
 * "Strong earthquake strikes central Vell", "Hotel tower in Brell collapses": a disaster titled as its sentence tells it, the noun with
 * its place or size, its verb in the present and what it struck, up to a time, a place of another clause or a clause's end ("central
 * Vell | on Friday"). Towers that fell fall: a plural noun takes the verb's plain form.
 */
export function disasterTitle(sentence: string): string | undefined {
  const found = DISASTER_TOLD.exec(sentence);
  if (!found) return undefined;
  const { what, noun, verb, rest } = found.groups!;
  const present = DISASTER_PRESENT[verb!.replace(/\s+/g, ' ')] ?? verb!;
  // "blocks of flats" are many, a "block of flats" one.
  const plural = /s$/.test(noun!.replace(/\s+of\s+flats$/, ''));
  const told: string[] = [];
  for (const word of rest!.trim().split(/\s+/).filter(Boolean)) {
    if (ENDS_OBJECT.test(word) || TIME_NAME.test(word)) break;
    told.push(word);
  }
  while (told.length > 0 && DANGLING.test(told.at(-1)!)) told.pop();
  return aLine([capitalise(what!.trim()), plural ? present.replace(/^(\S+)s\b/, '$1') : present, ...told].join(' '));
}

/** "Crash of the Glória funicular": a vehicle's crash titled by the vehicle its sentence names last before the crash's verb (VEHICLE_NAMED), not one it hit. */
export function crashTitle(sentence: string): string | undefined {
  const verb = new RegExp(VEHICLE_CRASHED).exec(sentence);
  if (!verb) return undefined;
  const vehicle = [...sentence.slice(0, verb.index).matchAll(new RegExp(VEHICLE_NAMED.source, 'g'))].at(-1);
  // An article opening its sentence is the title's article: "A passenger train derailed" is the "Crash of a passenger train".
  return vehicle ? aLine(`Crash of ${vehicle[0].replace(/^(?:The|An?)\s/, (article) => article.toLowerCase())}`) : undefined;
}

/** "The Supreme Court hears the case", "Judges hear Ruiz's challenge": a hearing titled by its court and the case; a pronoun's case is the case. */
export function hearingTitle(sentence: string): string | undefined {
  const found = COURT_HEARD.exec(sentence);
  if (!found) return undefined;
  const court = found.groups!.court!;
  const heard = found.groups!.heard!.replace(/^(?:her|his|its|their)\b/, 'the');
  return aLine(`${capitalise(court)} ${/(?:judges|justices)$/i.test(court) ? 'hear' : 'hears'} ${heard}`);
}

/** "The Fed stops shrinking its balance sheet", "The ECB ends quantitative tightening": the end of a run-off titled by its bank and what it ends. */
export function runOffTitle(sentence: string): string | undefined {
  const found = RUN_OFF_TOLD.exec(sentence);
  if (!found) return undefined;
  const { bank, verb, what } = found.groups!;
  return aLine(`${capitalise(bank!)} ${/^stop/.test(verb!) ? 'stops' : /^halt/.test(verb!) ? 'halts' : 'ends'} ${what}`);
}

/** "The government shuts down", "The Kessian government shuts down": a shutdown told by its verb titled by whose government it is; one told by its start, as beginning. */
export function shutdownTitle(sentence: string): string | undefined {
  const found = GOVERNMENT_THAT_SHUT.exec(sentence);
  return aLine(found ? `${capitalise(`${found.groups!.whose}${found.groups!.body}`)} shuts down` : 'Government shutdown begins');
}

/** "Lusk City beat Orsk United 3-1", "Final against Orsk": a final titled by its winner, loser and score, or by whom it is against; a win named by its competition alone keeps the noun's title. */
export function finalTitle(sentence: string): string | undefined {
  const found = FINAL_TOLD.exec(sentence)?.groups;
  if (!found) return undefined;
  const { winner, loser, margin, opponent } = found;
  if (winner && loser && margin) return aLine(`${winner} beat ${loser} ${margin.replace(/\s*[-–]\s*/, '-')}`);
  return opponent ? aLine(`Final against ${opponent}`) : undefined;
}

/** "Procession up the Champs-Élysées", "Procession through Lusk": a procession titled by the way it went, as its sentence names it. */
export function processionTitle(sentence: string): string | undefined {
  const found = PROCESSION_WAY.exec(sentence)?.groups;
  return found ? aLine(`Procession ${found.way} ${found.where}`) : undefined;
}

/**
 * "Bruce Fanjoy takes Carleton from Pierre Poilievre": a seat won titled by its winner, the seat and its holder, the holder the person the sentence
 * names where it tells who lost it (else the name as written there) and the winner its other person; with no winner named ("The Liberal candidate
 * took Carleton from …"), "Carleton taken from Pierre Poilievre"; with no seat or holder, the noun's title.
 */
export function seatTitle(sentence: string, people: readonly NamedForTitle[]): string | undefined {
  const told = SEAT_TOLD.exec(sentence)?.groups;
  if (!told?.seat || !told.holder) return undefined;
  const persons = people.filter((p) => p.type === 'person');
  const lost = (p: NamedForTitle) => told.holder!.includes(shortName(p));
  const holder = persons.find(lost)?.name ?? told.holder;
  const winner = persons.find((p) => !lost(p));
  return aLine(winner ? `${winner.name} takes ${told.seat} from ${holder}` : `${told.seat} taken from ${holder}`);
}

/** "Fitch's rating decision on France": a rating agency's decision titled by the agency and whose rating it is; with no state named, the noun's title. */
export function ratingTitle(sentence: string): string | undefined {
  const found = RATING_TOLD.exec(sentence)?.groups;
  return found?.rated ? aLine(`${found.agency}${/['’]s$/.test(found.agency!) ? '' : '’s'} rating decision on ${found.rated}`) : undefined;
}

/** "The World Health Organization recommends lenacapavir", "Regulators approve the new malaria vaccine": an approval titled by its body, its act in the present and what it ruled on. */
export function approvalTitle(sentence: string): string | undefined {
  const found = APPROVAL_TOLD.exec(sentence)?.groups;
  if (!found) return undefined;
  const plural = /s$/.test(found.body!);
  const present = RULING_PRESENT[found.verb!] ?? found.verb!;
  // Regulators approve: a plural body takes the verb's plain form.
  return aLine(`${capitalise(found.body!)} ${plural ? present.replace(/s$/, '') : present} ${found.what}`);
}

/** "The Estmark 40 closes at record high", "Shares in Lusk close at all-time high": a market's record close titled by the market and its record. */
export function recordCloseTitle(sentence: string): string | undefined {
  const found = RECORD_CLOSE_TOLD.exec(sentence)?.groups;
  if (!found) return undefined;
  // Shares close: a plural market takes the verb's plain form; "the Estmark 40" is one index.
  const plural = /[a-z]s$/i.test(found.head!);
  const record = found.record === 'record' ? 'record' : 'all-time';
  return aLine(`${capitalise(found.market!)} ${plural ? 'close' : 'closes'} at ${found.extreme!.toLowerCase() === 'close' ? `a ${record}` : `${record} ${found.extreme!.toLowerCase()}`}`);
}

/** "Trade deal takes effect", "Accords take effect": an agreement in effect titled by the agreement its sentence names last, up to where it is put into effect. */
export function agreementInEffectTitle(sentence: string): string | undefined {
  const inEffect = new RegExp(AGREEMENT_IN_EFFECT, 'i').exec(sentence);
  if (!inEffect) return undefined;
  const agreement = [...sentence.slice(0, inEffect.index + inEffect[0].length).matchAll(AGREEMENT_NAMED)].at(-1)?.[0];
  if (!agreement) return undefined;
  return aLine(`${capitalise(agreement)} ${/s$/i.test(agreement) ? 'take' : 'takes'} effect`);
}
