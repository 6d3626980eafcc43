/** Which of a sentence's people, places and countries belong to which of its triggers. */
import { BROADCAST, BROADCAST_ROLE_BEFORE, CLAUSE_BREAK, CRAFT_LAUNCHED_AFTER, COORDINATED_PREDICATE_BETWEEN, DEAL_MADE_AT, DESTINATION_BEFORE, GOAL_AFTER_DESTINATION, TRAVEL_FOR_BEFORE, MEDIATOR_AFTER, MEDIATOR_BEFORE, TAKEN_BY_FORCE, WELCOMED_TO } from '../entities/lexicon.ts';
import { findCountry, stateOfPlace } from '../entities/places.ts';
import type { EntityMention } from '../entities/recognise.ts';
import { hostCountry, placeInReach } from '../entities/venue.ts';
import { kindFamily, peopleOnlyOf } from './kinds.ts';
import { ASIDE_CLOSED_BEFORE_ITS_ACT, ASIDE_ON_THE_SUBJECT, ASIDE_OPENED, ASKED_ABOUT_BEFORE, ASKER_AFTER, AT_PERSON, CALLED_BY_A_NAME_AFTER, CALLED_BY_A_NAME_BEFORE, CAME_FROM_WHERE, HOST_AFTER, HOST_WHERE, JOINED_PREDICATE, JOINT_MAKERS_BETWEEN, PRONOUN_GUEST_AFTER, SAID_AFTER_OWN, SPEAKER_LABEL_AFTER, SPEAKER_LABEL_HEAD, SPEAKER_SUBJECT_AFTER_SAYING, NOT_A_SIDE_BEFORE, OFFICE_HANDED_TO_BEFORE, PLACE_BEFORE, POSSESSOR_AFTER, SPOKESPERSON_BEFORE, STRIKE_PLACE_BEFORE, TOPIC_BEFORE, VISITED_WHERE, VISITOR_WHO } from './lexicon.ts';
import type { Mention } from './mention.ts';
import { inOtherClause, outsideTriggersWhereClause, ownerOfName, segmentClauses } from './sentence-clauses.ts';
import { gap } from './span.ts';

/** How far (characters) a journey's verb may stand from where it goes ("flew to the", "fly on to "). */
const JOURNEY_TO_DESTINATION = 5;
/** How far (characters) a country or place may stand from its trigger and still belong to it. */
const PARTY_REACH = 70;

/** The people a sentence names who may take part (not its spokespeople and possessors). */
export function persons(entities: EntityMention[], text: string): string[] {
  return entities
    .filter((e) => e.entity.type === 'person' && !isBystander(e, text))
    .map((e) => e.entity.id);
}

/** A strike's target is a place or a country; one "on" or "against" a person is a verbal attack. */
export function aimedAtPerson(m: Mention, named: EntityMention[], text: string): boolean {
  return named.some((e) => e.entity.type === 'person' && e.start >= m.end && AT_PERSON.test(text.slice(m.end, e.start)));
}

/**
 * A spokesperson named as such ("Ramaphosa's spokesman Vincent Magwenya"), or the speaker a label
 * heads the sentence with ("Ms Castell: European leaders will meet in Brussels on Thursday"): no
 * part in the events told, but the speaker of their own saying.
 */
export function isSpokesperson(e: EntityMention, text: string): boolean {
  return SPOKESPERSON_BEFORE.test(text.slice(Math.max(0, e.start - 20), e.start)) || (SPEAKER_LABEL_HEAD.test(text.slice(0, e.start)) && SPEAKER_LABEL_AFTER.test(text.slice(e.end)));
}

/** Spokespeople, possessors ("Trump adviser Jared Kushner") and a broadcast's host and guests are named, but do not take part. */
export function isBystander(e: EntityMention, text: string): boolean {
  if (isSpokesperson(e, text) || POSSESSOR_AFTER.test(text.slice(e.end, e.end + 30))) return true;
  // A broadcast's host and guests discuss the events they name ("host Clara Jensen and her guest, the analyst Tomas Berg, discussed …").
  return e.entity.type === 'person' && BROADCAST.test(text) && BROADCAST_ROLE_BEFORE.test(text.slice(Math.max(0, e.start - 40), e.start));
}

/**
 * The subject of a journey told in an aside on it ("Ana Marr, who had landed in Lusk on Monday, met Lund on Wednesday": ARRIVAL_ASIDE_OF_ITS_OWN_DAY)
 * is the subject of the sentence's act after the aside too, though assignEntities gave its name to the journey, nearer it: when the aside is on the
 * sentence's subject (ASIDE_ON_THE_SUBJECT) and the act follows it with no doer of its own (ASIDE_CLOSED_BEFORE_ITS_ACT).
 */
export function subjectsOfAJourneyAside(found: Mention[], text: string): void {
  for (const journey of found) {
    if (journey.rule.travel !== true || !ASIDE_ON_THE_SUBJECT.test(text.slice(0, journey.start))) continue;
    const act = found.find((m) => m.start >= journey.end && m.rule.kind !== 'statement');
    if (act && ASIDE_CLOSED_BEFORE_ITS_ACT.test(text.slice(journey.end, act.start))) for (const id of journey.persons) if (!act.persons.includes(id)) act.persons.push(id);
  }
}

/**
 * A journey told in an aside on a person named as another act's object, whose name went to that act ("King Oskar received Ana Marr, who had arrived in
 * Lusk on Monday, …"): left with no traveller, a trip nobody made.
 */
export function asideJourneysOfNoOne(found: Mention[], named: EntityMention[], text: string): Mention[] {
  return found.filter((m) => {
    if (m.rule.travel !== true || m.persons.length > 0) return false;
    const aside = ASIDE_OPENED.exec(text.slice(0, m.start));
    return aside !== null && named.some((e) => e.entity.type === 'person' && e.end === aside.index);
  });
}

/**
 * Gives each of a sentence's triggers its people, sides and place; returns the mentions it reads
 * in words that name something else (the state a delegation travels to, named by its town; the
 * state a strike hit, named by its capital's adjective), for the caller to add to the sentence's.
 */
export function assignEntities(found: Mention[], entities: EntityMention[], text: string): EntityMention[] {
  const placedInCountry = new Set<Mention>();
  // Events placed by where another act of their subject was done ("was announced in Doha and entered into force in Gaza"): a place of their own still wins.
  const placedByOtherAct = new Set<Mention>();
  const clauses = segmentClauses(text);
  // A round a relative clause ends takes no name of its own: its people and place are its gathering's (extractEvents).
  const owners = found.filter((m) => m.asideEnd === undefined);
  const struckStates: EntityMention[] = [];
  for (const e of entities) {
    if (e.byAdjective) continue;
    const { owner } = ownerOfName(clauses, e, owners, (m) => m.rule.kind === 'statement', { place: e.entity.type === 'place' });
    // A spokesperson takes part in no event but the statement they make ("spokesman Liu Wei told reporters").
    if (isBystander(e, text) && !(owner?.rule.kind === 'statement' && isSpokesperson(e, text))) continue;
    // Who sets a deadline "shortly before" a meeting is not at the meeting.
    if (!owner || inOtherClause(clauses, e, owner)) continue;
    if (e.entity.type === 'place' && e.inInstitutionName) continue;
    const id = e.entity.id;
    if (e.entity.type === 'person') {
      // Strikes are reported by place; the people near them condemn or order them, as they tell of a happening no one does (noDoer). A place's happening told after ", where" is the place's, not its visitor's.
      // A saying's people are its speakers: one it calls by a name is spoken of ("Trump … called Powell "too late""); a joint statement told by its noun is its
      // possessors' alone ("Lund welcomed the joint communiqué released yesterday": not Lund's).
      if (owner.rule.kind === 'statement' && (calledByAName(e, text) || askedAtTheOccasion(e, text, owner, entities))) continue;
      if (owner.rule.joint && !JOINT_MAKERS_BETWEEN.test(text.slice(e.end, owner.start))) continue;
      if (owner.rule.kind !== 'strike' && !owner.rule.noDoer && !owner.persons.includes(id) && !outsideTriggersWhereClause(clauses, e, owner)) owner.persons.push(id);
    } else if (placeInReach(text, e, owner, PARTY_REACH)) {
      const lead = text.slice(Math.max(0, e.start - 24), e.start);
      const strike = owner.rule.kind === 'strike';
      // A gathering "in the United States" with no town named is held in the country; a town named with it says more.
      // A journey is placed where its own words take it ("flies to Beirut", "arrived in Türkiye"), not where it set out from
      // ("joins the Patriarch at the Phanar, and in the afternoon flies to Beirut"); a country so reached is its place when no town is named.
      const toward = journeysEnd(text, e, owner);
      const hosting = !strike && e.entity.type === 'country' && !e.inInstitutionName && ((kindFamily(owner.rule.kind) === 'gathering' && hostCountry(text, e, owner)) || toward);
      const struckCountry = strike && e.entity.type === 'country' && STRIKE_PLACE_BEFORE.test(lead);
      if (e.entity.type === 'place' || hosting || struckCountry) {
        // The state a strike hits is a side of it when the sentence writes that state: by its name as what it hit ("struck Qatar",
        // "strikes on Iran") or by the adjective of its capital ("in the Qatari capital"); a town alone, a capital too
        // ("an attack on Kyiv"), names none.
        const struck = struckCountry && findCountry(e.text)?.id === id ? e : strike && e.capitalByAdjective ? struckStateOfCapital(e) : undefined;
        if (struck && !owner.parties.includes(struck.entity.id)) {
          owner.parties.push(struck.entity.id);
          if (struck !== e) struckStates.push(struck);
        }
        // A place belongs to an event when the event is "in" it, set for it, hosts it, names it ("Geneva talks") or is "there";
        // a welcome is where the guest is welcomed to ("welcomed the Tuvaluan prime minister to Nuku'alofa", "was welcomed to Castries").
        const welcomedTo = !strike && WELCOMED_TO.test(text.slice(Math.max(0, e.start - 160), e.start));
        // A place taken is the capture's ("said it had taken Goma", "took the town of Minova").
        const taken = owner.rule.noun === 'Capture' && TAKEN_BY_FORCE.test(text.slice(Math.max(0, e.start - 60), e.start));
        const named = hosting || welcomedTo || taken || (strike ? STRIKE_PLACE_BEFORE : PLACE_BEFORE).test(lead) || (!strike && HOST_AFTER.test(text.slice(e.end, e.end + 40)));
        const otherAct = !hosting && !welcomedTo && !taken && placeOfAnotherAct(text, e, owner);
        const replaceable = toward || placedInCountry.has(owner) || (placedByOtherAct.has(owner) && !otherAct);
        if (!(named || e.refersBack || (e.end <= owner.start && owner.start - e.end <= 2)) || (owner.place !== null && !replaceable)) continue;
        owner.place = id;
        if (hosting) placedInCountry.add(owner);
        else placedInCountry.delete(owner);
        if (otherAct) placedByOtherAct.add(owner);
        else placedByOtherAct.delete(owner);
      } else if (
        gap(owner, e) <= PARTY_REACH &&
        !peopleOnlyOf(owner.rule.kind, owner.rule.noun) &&
        (!NOT_A_SIDE_BEFORE.test(lead) || MEDIATOR_BEFORE.test(text.slice(0, e.start)) || MEDIATOR_AFTER.test(text.slice(e.end)) || (e.start >= owner.end && OFFICE_HANDED_TO_BEFORE.test(text.slice(owner.end, e.start)))) &&
        // Whose plan or draft is talked about is no side at the table ("met … to discuss a U.S. plan", "talks over a French draft").
        !TOPIC_BEFORE.test(lead) &&
        // A craft's name before its launch verb ("the Soyuz blasted off") is what went up, no side of its launch.
        !CRAFT_LAUNCHED_AFTER.test(text.slice(e.end, e.end + 40)) &&
        !isTownsCountry(e, entities, text) &&
        !owner.parties.includes(id)
      ) {
        owner.parties.push(id);
      }
    }
  }
  speakersAtTheirGathering(found, text);
  speakersOfTheirOwnEvent(found, text);
  travellersAtTheirGatherings(found, entities, text);
  return [...struckStates, ...goalsOfTravel(found, entities, text)];
}

/** Someone a sentence calls by a name ("called Powell "too late""): CALLED_BY_A_NAME_BEFORE, CALLED_BY_A_NAME_AFTER. */
function calledByAName(e: EntityMention, text: string): boolean {
  return CALLED_BY_A_NAME_BEFORE.test(text.slice(Math.max(0, e.start - 12), e.start)) && CALLED_BY_A_NAME_AFTER.test(text.slice(e.end, e.end + 20));
}

/**
 * Someone named in a saying's clause who only asks or is asked about ("Ilse Varga asked Omar Daler about the harvest at his press conference on Monday", "Reporters
 * asked Daler about Ilse Varga at the news conference, but he declined to comment"): ASKED_ABOUT_BEFORE for any saying, ASKER_AFTER (asking another person
 * named) for one read from its occasion (a setting or a readout trigger), whose speaker is the one who answers.
 */
function askedAtTheOccasion(e: EntityMention, text: string, owner: Mention, entities: EntityMention[]): boolean {
  if (ASKED_ABOUT_BEFORE.test(text.slice(Math.max(0, e.start - 8), e.start))) return true;
  return (owner.rule.setting === true || owner.rule.readout === true) && entities.some((o) => o.entity.type === 'person' && o.start > e.end && ASKER_AFTER.test(text.slice(e.end, o.start)));
}

/** The state of a capital named by its adjective ("the Qatari capital"): its mention is the capital's words. */
function struckStateOfCapital(capital: EntityMention): EntityMention | undefined {
  const state = stateOfPlace(capital.entity);
  return state ? { entity: state, text: capital.text, start: capital.start, end: capital.end, byRole: false } : undefined;
}

/** A town or country a journey's own words take it to ("flies to Beirut", "arrived in Türkiye", "left for the Netherlands"): the trigger ends on its "in", "to" or "for". */
function journeysEnd(text: string, country: EntityMention, trip: Mention): boolean {
  return trip.rule.noun === 'Trip' && country.start >= trip.end && /^\s*(?:the\s+)?$/i.test(text.slice(trip.end, country.start));
}

/**
 * A country written after a town and a comma says where the town lies, not who took part ("met in Geneva,
 * Switzerland, on Monday"); one owning the town's description ("Vilnius, Lithuania's capital") is read as before.
 */
function isTownsCountry(country: EntityMention, entities: EntityMention[], text: string): boolean {
  if (/^['’]s\b/.test(text.slice(country.end))) return false;
  return entities.some((town) => town.entity.type === 'place' && town.end < country.start && /^\s*,\s*$/.test(text.slice(town.end, country.start)));
}

/**
 * Whether a place is where another act of the event's subject was done, not where the event
 * happened: a deal made there, told between the event's noun and the place ("The truce, agreed in
 * Cairo last week, took effect in Khartoum", "The truce was announced in Doha … and entered into
 * force in Gaza"), or a predicate before the event's own verb, joined to it by "and" ("… was
 * announced in Doha on 15 January and entered into force").
 */
function placeOfAnotherAct(text: string, place: EntityMention, owner: Mention): boolean {
  if (place.start >= owner.end) return DEAL_MADE_AT.test(text.slice(owner.end, place.start));
  return DEAL_MADE_AT.test(text.slice(Math.max(0, place.start - 80), place.start)) && COORDINATED_PREDICATE_BETWEEN.test(text.slice(place.end, owner.start));
}

/**
 * "Albers and Medved told reporters after their meeting in Vienna that …": who speak after a
 * gathering of their own were at it. The names fall to the saying, nearest them; the gathering
 * takes them too, for its roles to read (the saying, only the attribution of a dated event, is no
 * event of its own).
 */
function speakersAtTheirGathering(found: Mention[], text: string): void {
  for (const saying of found) {
    if (saying.rule.kind !== 'statement' || saying.persons.length === 0) continue;
    const gathering = found.find((m) => m.start > saying.end && kindFamily(m.rule.kind) === 'gathering' && SAID_AFTER_OWN.test(text.slice(saying.start, m.start)));
    for (const id of gathering ? saying.persons : []) if (!gathering!.persons.includes(id)) gathering!.persons.push(id);
  }
}

/**
 * "Oda Ferrand told reporters she planned to call Viktor Lanne": one who tells of an event as their
 * own, their pronoun its subject, takes part in it. The name falls to the saying, nearest it; the
 * event it reports takes it too (the reported clause's other people are the event's already).
 */
function speakersOfTheirOwnEvent(found: Mention[], text: string): void {
  for (const saying of found) {
    if (saying.rule.kind !== 'statement' || saying.persons.length !== 1) continue;
    const told = found.find((m) => m.start > saying.end && m.rule.kind !== 'statement' && SPEAKER_SUBJECT_AFTER_SAYING.test(text.slice(saying.start, m.start)));
    const [speaker] = saying.persons;
    if (told && speaker !== undefined && !told.persons.includes(speaker)) told.persons.push(speaker);
  }
}

/**
 * How a gathering told after a journey in one sentence is the travellers': the words between them, which journeys, and
 * where it was held when its clause names no place. At the journey's last stop, its subject a pronoun ("Milei arrived in
 * Ankara on Tuesday evening from Rome, where he met Pope Leo XIV"); or where the journey went, told by the predicate joined
 * to it ("The Pope landed in Ankara on Thursday and met the president") or by the visitor's relative clause ("the visit to
 * Minsk of the envoy, John Coale, who met with Lukashenko"), only when that place is named; or by the host's reception where it went, the traveller
 * its pronoun guest ("flew to Lusk on Monday, where Chancellor Lind received her").
 */
const TRAVELLERS_GATHERINGS: { between: RegExp; journey: (trip: Mention) => boolean; heldAt: (place: EntityMention, trip: Mention, text: string) => boolean; placeNeeded: boolean; onlyThere?: boolean; guestAfter?: RegExp }[] = [
  { between: CAME_FROM_WHERE, journey: (trip) => trip.persons.length > 0, heldAt: (place, trip, text) => place.start > trip.end && text.startsWith(', where', place.end), placeNeeded: false },
  { between: VISITED_WHERE, journey: (trip) => (trip.rule.noun === 'Visit' || trip.rule.noun === 'Trip') && trip.persons.length > 0, heldAt: (place, trip) => place.start >= trip.end, placeNeeded: true },
  { between: JOINED_PREDICATE, journey: (trip) => trip.rule.noun === 'Trip', heldAt: (place, trip) => place.start >= trip.end, placeNeeded: true },
  { between: VISITOR_WHO, journey: (trip) => trip.rule.noun === 'Visit', heldAt: (place, trip) => place.start >= trip.end, placeNeeded: true },
  // A reception where the journey went is held there alone: a place told before the journey ("met Macron at the Élysée and then flew here, where Tusk received
  // him") is where it set out from. Only the traveller's reception, its guest the pronoun after the verb: a meeting of two others there ("…, where President
  // Ruiz met Premier Lind") seats no traveller.
  { between: HOST_WHERE, journey: (trip) => trip.persons.length > 0, heldAt: (place, trip) => place.start >= trip.end, placeNeeded: false, onlyThere: true, guestAfter: PRONOUN_GUEST_AFTER },
];

/** The first gathering told after a journey with these words between them, and these right after its verb when asked (its guest). */
function gatheringAfter(found: Mention[], trip: Mention, text: string, between: RegExp, guestAfter?: RegExp): Mention | undefined {
  return found.find((m) => m.start > trip.end && kindFamily(m.rule.kind) === 'gathering' && between.test(text.slice(trip.end, m.start)) && (guestAfter?.test(text.slice(m.end)) ?? true));
}

/**
 * A reception where a journey went whose traveller its clause does not name ("met Premier Kessel in Orsk and then flew to Lusk, where Chancellor Lind
 * received her": the traveller fell to the meeting before): its guest is no one the sentence seats, so it is no meeting of its own, and would take the
 * meeting before it into the host's alone. Only after a gathering: a traveller told by a journey before ("landed … and was driven to the Palace,
 * where Vance greeted him") is the guest.
 */
export function receptionsOfAnUnnamedTraveller(found: Mention[], text: string): Mention[] {
  const metBefore = (trip: Mention): boolean => found.some((m) => m.end <= trip.start && kindFamily(m.rule.kind) === 'gathering');
  const received = found.filter((trip) => trip.rule.travel === true && trip.persons.length === 0 && metBefore(trip)).map((trip) => gatheringAfter(found, trip, text, HOST_WHERE, PRONOUN_GUEST_AFTER));
  return found.filter((m) => received.includes(m));
}

/** The names and the place fall to the journey, nearest them; the gathering it tells of takes them too (TRAVELLERS_GATHERINGS). */
function travellersAtTheirGatherings(found: Mention[], entities: EntityMention[], text: string): void {
  for (const { between, journey, heldAt, placeNeeded, onlyThere, guestAfter } of TRAVELLERS_GATHERINGS) {
    for (const trip of found) {
      if (trip.rule.travel !== true || !journey(trip)) continue;
      const gathering = gatheringAfter(found, trip, text, between, guestAfter);
      const place = gathering && entities.find((e) => e.entity.type === 'place' && heldAt(e, trip, text) && e.end <= gathering.start);
      if (!gathering || (placeNeeded && !place)) continue;
      for (const id of trip.persons) if (!gathering.persons.includes(id)) gathering.persons.push(id);
      if (onlyThere) gathering.place = place?.entity.id ?? null;
      else if (place) gathering.place ??= place.entity.id;
    }
  }
}

/**
 * "flew to Dhaka on Tuesday for talks", "was travelling to the US for talks at the weekend": the
 * gathering a journey is for is held where the travellers go (unless it says where, "left
 * Bratislava for talks in Vienna"), with the travellers. A state gone to, or its seat, is the other
 * side of talks that name no other ("the Jordanian delegation flew to Beirut for talks"); a town
 * that is no seat of government is where sides meet ("travelled to Geneva"), so is none.
 */
function goalsOfTravel(found: Mention[], entities: EntityMention[], text: string): EntityMention[] {
  const journeys: { goal: Mention; destination: EntityMention }[] = [];
  const states: EntityMention[] = [];
  for (const destination of entities) {
    if (destination.byAdjective || (destination.entity.type !== 'place' && destination.entity.type !== 'country')) continue;
    // "flew to Dhaka … for talks": the destination, then the gathering; or a delegation's journey
    // told as the gathering itself ("the US delegation was due to fly on to Moscow").
    const goal = DESTINATION_BEFORE.test(text.slice(Math.max(0, destination.start - 40), destination.start))
      ? (found.find((m) => m.start >= destination.end && kindFamily(m.rule.kind) === 'gathering' && GOAL_AFTER_DESTINATION.test(text.slice(destination.end, m.start))) ??
        found.find((m) => m.rule.journey === true && m.end <= destination.start && destination.start - m.end <= JOURNEY_TO_DESTINATION))
      : // "left Bratislava on Monday for talks in Vienna": the gathering, then where it is held.
        found.find((m) => m.end <= destination.start && m.place === destination.entity.id && kindFamily(m.rule.kind) === 'gathering' && TRAVEL_FOR_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start)));
    if (goal) journeys.push({ goal, destination });
  }
  for (const { goal, destination } of journeys) {
    goal.place ??= destination.entity.id;
    const sameClause = (e: EntityMention): boolean => !CLAUSE_BREAK.test(e.end <= destination.start ? text.slice(e.end, destination.start) : text.slice(destination.end, e.start));
    const trip = found.find((m) => m.rule.travel === true && m.end <= destination.start && destination.start - m.end <= JOURNEY_TO_DESTINATION);
    for (const id of trip?.persons ?? []) if (!goal.persons.includes(id)) goal.persons.push(id);
    // The travellers' side ("The Jordanian delegation flew to …") sits at the table they go to.
    for (const side of entities) {
      if (side.entity.type === 'country' && side.end <= destination.start && sameClause(side) && !goal.parties.includes(side.entity.id)) goal.parties.push(side.entity.id);
    }
    const state = stateOfPlace(goal.place === destination.entity.id ? destination.entity : entities.find((e) => e.entity.id === goal.place)?.entity);
    const sidesNamed = new Set(entities.filter((e) => e.entity.type === 'country' && e !== destination && sameClause(e)).map((e) => e.entity.id));
    if (!state || sidesNamed.has(state.id) || sidesNamed.size > 1) continue;
    // The state is named by where the travellers go: its mention is the destination's words.
    states.push({ entity: state, text: destination.text, start: destination.start, end: destination.end, byRole: false });
    goal.parties.push(state.id);
  }
  return states;
}
