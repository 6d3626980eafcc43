import { isQuoted } from '../parse/quotes.ts';
import type { EntityType } from '../types.ts';
import { sideInReach } from './listed-sides.ts';
import type { EntityMention } from './recognise.ts';
import { AGENDA_BEFORE, AIDE_APPOSITION, AIDE_BEFORE, CLOCK_BEFORE_ITS_ZONE, ELSEWHERE_AFTER, GROUP_AT_TABLE, HOSTED_FOR_OTHERS, JOINED_BY, MEDIATES, ONLOOKERS_CLAUSE, MEDIATOR_AFTER, MEDIATOR_BEFORE, MOURNED_BEFORE, MULTILATERAL, ORGANISATION_ACTS, PRINCIPAL_BEFORE, SAID_AFTER_IT, SENDER_BEFORE, SPEAKER_TAG_AFTER, SPEAKER_TAG_BEFORE, SPEAKS_AFTER, SPEAKS_BEFORE, SPEAKS_OF_SELF, SUBJECT_BEFORE, ZONE_TIME_AFTER } from './lexicon.ts';
import { everyMatch } from '../gated-matches.ts';

/** An entity named in a sentence, as role reading needs it. */
export interface NamedInSentence {
  id: string;
  type: EntityType;
  start: number;
  end: number;
  /** Recognised from the text rather than the gazetteer: an organisation of unknown standing. */
  discovered?: boolean;
  /** Named as a side at the table ("the Ukrainian, Russian and American delegations"). */
  side?: boolean;
  /** Named as a side that brokers ("Qatar's mediator", "Egyptian and Qatari mediators"). */
  broker?: boolean;
}

/** Ids by the part each took, in the order the sentence names them. */
export interface Roles {
  parties: string[];
  mediators: string[];
  present: string[];
  mentioned: string[];
  /**
   * Countries named only as sides ("American and Russian negotiators", "delegations of Ukraine"):
   * parties of the event, kept apart because reports of one round name them so unevenly
   * that merging must not weigh them like the sides it was given by name.
   */
  sides: string[];
  /** People there to watch others act ("with Dorn looking on", "witnessed by Dorn"), among the present too: they sign for no side. */
  onlookers?: string[];
}

/** Roles with no one in them yet, for a rule that adds the first. */
export function noRoles(): Roles {
  return { parties: [], mediators: [], present: [], mentioned: [], sides: [] };
}

/** How far before its trigger "trilateral" or "three-way" still qualifies it ("trilateral peace talks"). */
const QUALIFIER_REACH = 40;
/** How far before its trigger a group named as meeting may stand ("Officials from both countries met"). */
const GROUP_REACH = 60;
/** How far (characters) a side may stand from the trigger it sits at ("American and Russian negotiators would open another round of talks"). */
const SIDE_REACH = 70;

/**
 * What each entity named with an event did in it, read from the sentence around its
 * trigger. States and governments are parties, unless the sentence says they brokered,
 * mediated or hosted it ("U.S.-brokered", "mediated by the UAE", "the US has mediated");
 * in a "trilateral" or "three-way" event every named side is a party, a broker too.
 * People take part, unless they only speak of it ("…, Peskov said", "according to
 * Ushakov"), are what it is about ("talks on Putin's demands") or are said to be elsewhere
 * ("…, who did not attend", "stayed in Berlin"); one who hosts a gathering
 * of others is among the brokers (their side too, see event-roles.ts). For a statement its
 * speaker is its participant. Organisations the gazetteer lacks are only mentioned (an
 * outlet or a ministry named in passing is no side), unless named as a side at the table.
 */
export function readRoles(text: string, trigger: { start: number; end: number }, named: NamedInSentence[], { statement = false, othersInSentence = false, delegations = false } = {}): Roles {
  const roles = noRoles();
  const add = (list: string[], id: string): void => {
    if (![roles.parties, roles.mediators, roles.present, roles.mentioned, roles.sides].some((l) => l.includes(id))) list.push(id);
  };
  const multilateral = MULTILATERAL.test(text.slice(Math.max(0, trigger.start - QUALIFIER_REACH), trigger.end));
  const speakers: { id: string; aide: boolean }[] = [];
  for (const e of [...named].sort((a, b) => a.start - b.start)) {
    const before = text.slice(0, e.start);
    const after = text.slice(e.end);
    // "Sales open at 13:00 Vantor time": a state or town naming the clock's zone is no side.
    if (e.type !== 'person' && ZONE_TIME_AFTER.test(after) && CLOCK_BEFORE_ITS_ZONE.test(before.slice(-30))) add(roles.mentioned, e.id);
    else if (e.type === 'person') {
      const subject = e.start > trigger.end && SUBJECT_BEFORE.test(before) && !/\bwith\s+(?:the\s+)?$/i.test(before);
      const speaks = !statement && speaksOnly(text, e);
      // The dead mourned at a funeral are what it is for, not among those at it.
      // A transcript's speaker tag is who tells of the event; of a statement, its speaker.
      if (!statement && speakerTag(text, e)) add(roles.mentioned, e.id);
      else if (subject || principal(text, e) || quotedApart(text, e.start, trigger.start) || ELSEWHERE_AFTER.test(after) || MOURNED_BEFORE.test(before.slice(-60))) add(roles.mentioned, e.id);
      // "…, hosted by Kenyan Foreign Minister Peter Wanjala": the host brokers, for their side.
      else if (watches(text, e)) {
        add(roles.present, e.id);
        (roles.onlookers ??= []).push(e.id);
      } else if (!multilateral && (hosts(text, e, trigger) || (e.start > trigger.end && MEDIATOR_BEFORE.test(before)))) add(roles.mediators, e.id);
      else if (speaks && !SAID_AFTER_IT.test(text.slice(e.end, trigger.start))) speakers.push({ id: e.id, aide: AIDE_APPOSITION.test(after) || AIDE_BEFORE.test(before.slice(-40)) });
      else add(roles.present, e.id);
    } else if ((e.type === 'country' || e.type === 'organization') && !statement && e.start > trigger.end && (speaksOnly(text, e) || AGENDA_BEFORE.test(before) || watches(text, e))) {
      // "…, the United Arab Emirates said": a state or an institution giving the news is its source, not a side;
      // "… and discussed Iran": a state talked about is the agenda, not a side; an onlooker's ("with U.S. President Dorn looking on") is none either.
      add(roles.mentioned, e.id);
    } else if (e.type === 'country' || (e.type === 'organization' && (!e.discovered || e.side || atTable(text, e, trigger, named)))) {
      const mediates = e.broker === true || MEDIATOR_AFTER.test(after) || MEDIATOR_BEFORE.test(before) || (e.end <= trigger.start && MEDIATES.test(after.slice(0, trigger.start - e.end + 1)));
      // A side whose own delegation sits at the table is a party, whoever called the meeting.
      add(mediates && !multilateral && !e.side ? roles.mediators : roles.parties, e.id);
    } else if (e.type === 'organization') {
      add(roles.mentioned, e.id);
    }
  }
  // Whoever reports talks that others held only speaks of them; a sole speaker of what happened is
  // the one source on who was there, and usually among them ("… said the talks produced progress").
  // An aide who gives the account of a meeting or call of his principal's was in it ("…, Yury Ushakov, a Kremlin aide, said").
  // Where delegations sit at the table ("Russian and Ukrainian negotiators met …, Zelensky said"), the speaker reports on them.
  // So do the sides named at the table ("Armenia and Azerbaijan held talks …, Turkish President … said") and a
  // group named as meeting ("Officials from both countries met …").
  const othersAtTable = roles.present.length > 0 || roles.parties.length > 0 || othersInSentence || delegations || GROUP_AT_TABLE.test(text.slice(Math.max(0, trigger.start - GROUP_REACH), trigger.start));
  for (const { id, aide } of speakers) add(othersAtTable && !aide ? roles.mentioned : roles.present, id);
  return roles;
}

/**
 * A body no gazetteer lists is a side when it acts in the event itself: its subject ("The African
 * Union mediated talks", "The IAEA held talks"), the one it is held with ("talks with the IAEA")
 * or listed with a country ("Iran and the IAEA held", "The EU and Ukraine"). An outlet or a
 * ministry named in passing ("…, the Saudi Press Agency reported") is none of these.
 */
function atTable(text: string, e: { start: number; end: number }, trigger: { start: number; end: number }, named: NamedInSentence[]): boolean {
  if (e.end <= trigger.start && ORGANISATION_ACTS.test(text.slice(e.end, trigger.start))) return true;
  if (e.start >= trigger.end && /^[^,;.]{0,30}\bwith\s+(?:the\s+)?$/.test(text.slice(trigger.end, e.start))) return true;
  return named.some((o) => o.type === 'country' && JOINED_BY.test(o.end <= e.start ? text.slice(o.end, e.start) : text.slice(e.end, o.start)));
}

/**
 * A person named as whose official someone is ("an adviser to President Hale"), or as who sent them
 * ("sent by President Hale", "on behalf of …"), is named for them, not there ("Hale's aide" is extraction's bystander).
 */
function principal(text: string, e: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, e.start - 60), e.start);
  return PRINCIPAL_BEFORE.test(before) || SENDER_BEFORE.test(before);
}

/** A person named in a clause of onlookers (ONLOOKERS_CLAUSE). */
function watches(text: string, e: { start: number; end: number }): boolean {
  return everyMatch(ONLOOKERS_CLAUSE, text).some((o) => o.index <= e.start && e.end <= o.index + o[0].length);
}

/** A person who hosts a gathering of others ("Erdogan will host a summit of Russian and Ukrainian leaders") is there, for the side that brokers it. */
function hosts(text: string, e: { start: number; end: number }, trigger: { start: number; end: number }): boolean {
  return e.end <= trigger.start && MEDIATES.test(text.slice(e.end, trigger.start + 1)) && HOSTED_FOR_OTHERS.test(text.slice(trigger.end));
}

/** "ISHIDA: Yesterday, Friday, another call …": the name that tags the line of a transcript. */
function speakerTag(text: string, e: { start: number; end: number }): boolean {
  return SPEAKER_TAG_BEFORE.test(text.slice(0, e.start)) && SPEAKER_TAG_AFTER.test(text.slice(e.end));
}

/** "…, Peskov said", "according to Ushakov": a speaker, unless what they say is of themselves. */
function speaksOnly(text: string, e: { start: number; end: number }): boolean {
  const after = text.slice(e.end);
  const cue = SPEAKS_BEFORE.exec(text.slice(0, e.start))?.[0];
  // "…, said Peskov." names the speaker; "the official said Trump had no plans" names whom it is about.
  const speaker = cue !== undefined && (!/\b(?:said|told)\s/i.test(cue) || /^\s*(?:[,.;:!?"”]|$)/.test(after));
  return speaker || (SPEAKS_AFTER.test(after) && !SPEAKS_OF_SELF.test(after));
}

/** True when one of the two offsets is inside quotation marks and the other is not. */
function quotedApart(text: string, a: number, b: number): boolean {
  return isQuoted(text, a) !== isQuoted(text, b);
}

/**
 * readRoles for the entities extraction gave an event (the first mention of each of `ids`),
 * and the sides the sentence names at this trigger rather than at another of its `triggers`.
 */
export function rolesFor(text: string, trigger: { start: number; end: number }, mentions: EntityMention[], ids: string[], how: { statement: boolean; triggers?: { start: number; end: number }[] }): Roles {
  const named = ids.flatMap((id) => {
    // The mention that says most: one of taking part before one as someone's principal ("an aide to Putin said Putin and Trump spoke").
    const m = mentions.find((x) => x.entity.id === id && !principal(text, x)) ?? mentions.find((x) => x.entity.id === id);
    // A side named as a broker ("mediated by Norway and Cuba") sits at no table.
    const side = mentions.some((x) => x.entity.id === id && x.asSide && !x.asMediator);
    const broker = !side && mentions.some((x) => x.entity.id === id && x.asMediator);
    return m ? [{ id, type: m.entity.type, start: m.start, end: m.end, ...(m.entity.discovered ? { discovered: true } : {}), ...(side ? { side } : {}), ...(broker ? { broker } : {}) }] : [];
  });
  // A speaker of a sentence that names others taking part (maybe at another of its triggers) only reports.
  const othersInSentence = mentions.some((m) => m.entity.type === 'person' && !ids.includes(m.entity.id) && !speaksOnly(text, m));
  const delegations = mentions.some((m) => m.asSide && gap(m, trigger) <= SIDE_REACH);
  const roles = readRoles(text, trigger, named, { statement: how.statement, othersInSentence, delegations });
  const taken = new Set([...roles.parties, ...roles.mediators]);
  for (const m of mentions) {
    if (!m.asSide) continue;
    // A list of sides is taken whole when one of it is in reach ("attended by delegations from Russia and Ukraine",
    // "Delegations from Ghana, Togo, Benin and Burkina Faso, along with observers …, met").
    if (!sideInReach(m, mentions, text, trigger, SIDE_REACH)) continue;
    if ((how.triggers ?? []).some((t) => gap(m, t) < gap(m, trigger))) continue;
    if (taken.has(m.entity.id) || roles.sides.includes(m.entity.id) || roles.mediators.includes(m.entity.id)) continue;
    (m.asMediator ? roles.mediators : roles.sides).push(m.entity.id);
  }
  return roles;
}

function gap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));
}
