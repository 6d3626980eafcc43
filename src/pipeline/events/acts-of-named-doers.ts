/**
 * A dated past act of a named doer that no trigger of the kinds table has words for ("Pope Leo
 * celebrated Mass at the Arena on Saturday", "Late on Monday, Ana Ruiz signed the decree"): a
 * report of kind `other`, titled by its clause, its day the sentence's own (never its scene's: an act told with no day is none). A new
 * story's acts use verbs no row has; this reads any of them where the sentence's main clause opens
 * with its doer's name (ACT_OF_A_NAMED_DOER) and its verb tells an act (not NO_ACT_VERB: being, a
 * saying, a thought, a plan, a figure's move). A doer told by what it is ("a federal judge in Lusk", "the works council":
 * DESCRIBED_DOER) acts as a named one does, and an act told in the present of a day to come ("The Lusk Museum reopens on
 * Saturday": ACT_AHEAD_OF_A_NAMED_DOER) is the plan a timetable tells, as one told with a plan's auxiliary is ("Ana Ruiz will unveil the statue
 * on Friday", "the works council is due to ratify the deal on Monday": ACT_PLANNED_OF_A_NAMED_DOER), and as a plan told in the passive with no doer
 * ("The treaty is scheduled to be signed on 3 May": ACT_PLANNED_IN_THE_PASSIVE). Only a sentence no trigger read asks: an act a row
 * reads has its event, and asking nowhere else, and only of a sentence with a word a day is told in
 * (DAY_TOLD: an act stands only with a day) or a day in figures (DAY_IN_FIGURES), keeps the cost to a lookup on most sentences.
 */
import nlp from 'compromise';
import { everyMatch, mayMatch, testPart } from '../gated-matches.ts';
import { oncePerText } from '../memo.ts';
import { carriedQuotationEnd, outsideQuotations, reportVerbIn } from './clause.ts';
import { clauseBefore } from './clause-text.ts';
import { datelineLength } from './dateline.ts';
import { objectAfter } from './headline-clause.ts';
import { A_FIGURES_MOVE_AFTER, A_SHARE_AFTER, ACCUSER_AFTER, ACT_AHEAD_OF_A_NAMED_DOER, ACT_IN_THE_DOERS_RELATIVE, ACT_OF_A_NAMED_DOER, RELATIVE_AFTER_A_DOER, MAIN_VERB_AFTER_A_RELATIVE, CLAIMED_AFTER, DAY_IN_FIGURES, DESCRIBED_DOERS_PARTICIPLE_AFTER, DAY_TOLD, NEGATED, NO_ACT_VERB_IN_THE_PRESENT, NO_ACT_VERB_WORD, PARTICIPATION, SEVERAL_NAME_WORDS, SOURCE_BEFORE_ITS_DAY, TIME_AS_A_SUBJECT, NAME_IN_THE_POSSESSIVE, ACT_PLANNED_OF_A_NAMED_DOER, ACT_PLANNED_IN_THE_PASSIVE, ACT_PLANNED_IN_A_SAYING, A_GATHERINGS_OWN, CONDITION_AFTER, SAYER, SAYING_AFTER_A_PLAN, SAYING_BEFORE_A_PLAN, WOULD, PASSIVE_BE, PLAN_AUXILIARY, PLANNED_NO_ACT, LATER_THE_SAME_DAY, MONTH_TOLD_AHEAD, DOER_AT_THE_OPENING, NEXT_CLAUSE_OPENS, NEXT_CLAUSE_WORD, NO_SUBJECT_OF_ITS_OWN, PRONOUN_OPENING, CLAUSE_OF_ITS_OWN_DOER, WOULD_OPENING, SAYING_WORD, BARE_VERB_OPENING, PLAN_WILL, CLAUSE_DAY, PASSIVE_CLAUSE_BEFORE, AUXILIARY_OPENING, SAYING_OF_ANOTHER_SUBJECT, SEVERAL_DESCRIBED_DOERS, PLAN_MOVED_TO_A_DAY, PLAN_MOVED_WORD, HELD_HAPPENING_NOUNS, DAY_BEFORE_THE_CLAUSES, CLAUSE_TIME_NO_DAY, DAY_BEFORE_A_WHEN } from './lexicon.ts';
import type { EntityMention } from '../entities/recognise.ts';
import type { Mention } from './mention.ts';
import { findTriggers, TRIGGERS, type TriggerHit, type TriggerRule } from './triggers.ts';

/**
 * One rule for each verb as written, its noun: two reports of one act tell it by one past verb, and merging joins `other` reports of one
 * noun only. No stem: cut from an irregular or a short past it is a fragment ("led" "le", "held" "hel", "fled" "fl") that an id shows.
 */
const RULES = new Map<string, TriggerRule>();

function ruleOf(noun: string, pattern: RegExp): TriggerRule {
  const key = `${noun} ${pattern === ACT_OF_A_NAMED_DOER ? 'done' : pattern === ACT_AHEAD_OF_A_NAMED_DOER ? 'ahead' : 'planned'}`;
  let rule = RULES.get(key);
  if (!rule) RULES.set(key, (rule = { kind: 'other', pattern, noun, clause: true }));
  return rule;
}

/** The nouns of the table's happenings (not a gathering's: other readers read those moved), each its row, the first that names it. */
const TABLE_HAPPENINGS = new Map<string, TriggerRule>();
for (const rule of TRIGGERS) if (rule.kind === 'other' && rule.noun && !TABLE_HAPPENINGS.has(rule.noun.toLowerCase())) TABLE_HAPPENINGS.set(rule.noun.toLowerCase(), rule);
/**
 * A happening's noun phrase opening a moved plan's subject, its head a noun of the table or of HELD_HAPPENING_NOUNS ("book fair", "wine tasting" of "wine
 * tasting with the growers' guild", "rocket launch"), what follows it a preposition's phrase or nothing: "the 9.15 train", "our pension payment" are none.
 */
const HAPPENING_NAMED = new RegExp(String.raw`^(?:[\p{L}\d’'.-]+\s+){0,3}?(?<head>${[...TABLE_HAPPENINGS.keys(), ...HELD_HAPPENING_NOUNS].join('|')})s?(?=$|\s+(?:with|of|for|at|in|on|by|between|organi[sz]ed|run)\s)`, 'iu');
/** Rows of the happenings no row names, one a noun: one plan moved and one reported elsewhere join by it. */
const HELD_RULES = new Map<string, TriggerRule>();

/** The row a moved happening is read by: the table's for its noun, else one of its own noun ("Fair", "Workshop"). */
function happeningRule(head: string): TriggerRule {
  const noun = head.toLowerCase();
  const table = TABLE_HAPPENINGS.get(noun);
  if (table) return table;
  let rule = HELD_RULES.get(noun);
  if (!rule) HELD_RULES.set(noun, (rule = { kind: 'other', pattern: PLAN_MOVED_TO_A_DAY, noun: `${noun[0]!.toUpperCase()}${noun.slice(1)}` }));
  return rule;
}

/**
 * The past of a verb told in the present ("reopens" reopened, "applies" applied, "publishes" published), as NO_ACT_VERB would know it
 * and a report of the act done would name it; none for a word NO_ACT_VERB_IN_THE_PRESENT holds.
 */
function pastOfPresent(verb: string): string | undefined {
  if (NO_ACT_VERB_IN_THE_PRESENT.test(verb)) return undefined;
  const base = verb.replace(/ies$/, 'y').replace(/(ss|sh|ch|x|z|o)es$/, '$1').replace(/s$/, '');
  return base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
}

/** compromise's conjugation, read without tagging a sentence. */
const VERB_FORMS = (nlp.methods() as { two: { transform: { verb: { conjugate(verb: string, model: unknown): { PastTense?: string } } } } }).two.transform.verb;
const MODEL = nlp.model();

/** The past of a verb's base ("visit" visited, "hold" held, "ban" banned), as a report of the act done would name it. */
function pastOfBase(verb: string): string | undefined {
  return VERB_FORMS.conjugate(verb, MODEL).PastTense;
}

/** Clauses kept by clauseOf: far more than an article's sentences, few enough to hold as nothing. */
const REMEMBERED_CLAUSES = 1_000;

/** A sentence's act clause (readClause), read once: the acts with no day (actsWithNoDay) and each act's title (actPhrase) ask it again of every act's sentence. */
const clauseOf = oncePerText(readClause, REMEMBERED_CLAUSES);

/**
 * A sentence's act clause: where its doer's name and its verb stand, whether the doer is described, and the verb's past when the act is told ahead.
 * A lede's clause opens after its wire dateline ("KESSEL, March 3 (Reuters) — The Kessel Council dissolved …"): the dateline is the filing's, no part of the clause.
 */
function readClause(text: string): { subject: [number, number]; verb: [number, number]; pattern: RegExp; described: boolean; past?: string; done?: string; moved?: { rule: TriggerRule; at: [number, number] } } | undefined {
  if (!mayMatch(DAY_TOLD, text) && !DAY_IN_FIGURES.test(text)) return undefined;
  const from = datelineLength(text);
  const clause = from > 0 ? text.slice(from) : text;
  const at = ([start, end]: [number, number]): [number, number] => [start + from, end + from];
  const done = ACT_OF_A_NAMED_DOER.exec(clause);
  // A main clause that only says may tell its doer's dated act in a relative clause after the doer ("The unions, which marched on Monday, said …");
  // one whose main verb tells no act and no saying ("Ana Ruiz, who won the seat on Monday, remained silent") is no news of that act.
  const relative = RELATIVE_AFTER_A_DOER.test(clause) ? ACT_IN_THE_DOERS_RELATIVE.exec(clause) : null;
  if (relative && saysAfter(clause, relative.indices!.groups!.close![1])) return { subject: at(relative.indices!.groups!.subject!), verb: at(relative.indices!.groups!.verb!), pattern: ACT_OF_A_NAMED_DOER, described: relative.groups!.described !== undefined };
  // A main clause that says what is planned ("The ministry said the crossing would reopen on Friday") tells the plan, its saying no act.
  const told = planInASaying(clause, at);
  if (told && (!done || reportVerbIn(clause, ...done.indices!.groups!.verb!))) return told;
  if (done) return { subject: at(done.indices!.groups!.subject!), verb: at(done.indices!.groups!.verb!), pattern: ACT_OF_A_NAMED_DOER, described: done.groups!.described !== undefined };
  // "The photo-scanning workshop has moved from Tuesday 20 May to Tuesday 27 May": the plan of its new day, when what moved is a happening.
  const moved = PLAN_MOVED_WORD.test(clause) ? PLAN_MOVED_TO_A_DAY.exec(clause) : null;
  const happening = moved && !A_GATHERINGS_OWN.test(moved.groups!.subject!) ? HAPPENING_NAMED.exec(moved.groups!.thing!) : null;
  if (happening) {
    const from = moved!.indices!.groups!.thing![0];
    const moving = { rule: happeningRule(happening.groups!.head!), at: at([from, from + happening[0].length]) };
    return { subject: at(moved!.indices!.groups!.subject!), verb: at(moved!.indices!.groups!.verb!), pattern: ACT_PLANNED_OF_A_NAMED_DOER, described: true, moved: moving };
  }
  // "Ana Ruiz will unveil the statue on Friday", "The works council is due to ratify the deal on Monday": the plan, its noun the past as for
  // the present; asked first, for a described doer's noun may be read as a name and a present ("The | works council").
  const planned = PLAN_AUXILIARY.test(clause) ? ACT_PLANNED_OF_A_NAMED_DOER.exec(clause) : null;
  // "The treaty is scheduled to be signed on 3 May": a plan in the passive, its noun the participle a report of it done tells ("signed"); its
  // subject is what the plan is done to, no doer a name must be recognised for (as a described doer's).
  const passive = (planned === null || planned.groups!.verb === 'be') && PASSIVE_BE.test(clause) && PLAN_AUXILIARY.test(clause) ? ACT_PLANNED_IN_THE_PASSIVE.exec(clause) : null;
  if (passive) {
    const participle = passive.groups!.verb!.split(/\s+/)[1]!;
    return NO_ACT_VERB_WORD.test(participle) || A_GATHERINGS_OWN.test(passive.groups!.subject!) ? undefined : { subject: at(passive.indices!.groups!.subject!), verb: at(passive.indices!.groups!.verb!), pattern: ACT_PLANNED_OF_A_NAMED_DOER, described: true, past: participle, done: `was ${passive.groups!.verb!.slice(3)}` };
  }
  const found = planned ?? ACT_AHEAD_OF_A_NAMED_DOER.exec(clause);
  const pattern = planned ? ACT_PLANNED_OF_A_NAMED_DOER : ACT_AHEAD_OF_A_NAMED_DOER;
  const past = found && !NAME_IN_THE_POSSESSIVE.test(found.groups!.subject!) ? (planned ? pastOfBase : pastOfPresent)(found.groups!.verb!) : undefined;
  return found && past && !NO_ACT_VERB_WORD.test(past)
    ? { subject: at(found.indices!.groups!.subject!), verb: at(found.indices!.groups!.verb!), pattern, described: found.groups!.described !== undefined, past }
    : undefined;
}

/**
 * A plan told inside a saying ("The ministry said the border crossing would reopen on Friday"; "The Kessel Council said it would rename the
 * square on Friday", its pronoun the sayer; "Hamas would free three hostages on Thursday, the mediators said"): the reported clause is read as a plan's own, its doer or what is done to it not asked to be a name
 * the sentence recognises, as a described doer's is not (but for a pronoun's sayer).
 */
function planInASaying(clause: string, at: (span: [number, number]) => [number, number]): ReturnType<typeof readClause> {
  if (!WOULD.test(clause)) return undefined;
  const saying = SAYING_BEFORE_A_PLAN.exec(clause);
  if (!saying && !SAYING_AFTER_A_PLAN.test(clause)) return undefined;
  const from = saying ? saying.index + saying[0].length : 0;
  const plan = ACT_PLANNED_IN_A_SAYING.exec(clause.slice(from));
  const sayer = saying && plan?.groups!.pronoun !== undefined ? SAYER.exec(clause.slice(0, saying.index)) : null;
  if (!plan || (plan.groups!.pronoun !== undefined && !sayer) || (plan.groups!.auxiliary === 'will' && !saying)) return undefined;
  const verb = plan.groups!.verb!;
  const past = verb.startsWith('be ') ? verb.split(/\s+/)[1]! : pastOfBase(verb);
  if (!past || NO_ACT_VERB_WORD.test(past)) return undefined;
  const shifted = ([start, end]: [number, number]): [number, number] => at([start + from, end + from]);
  const subject = sayer ? at(sayer.indices!.groups!.subject!) : shifted(plan.indices!.groups!.subject!);
  return { subject, verb: shifted(plan.indices!.groups!.verb!), pattern: ACT_PLANNED_OF_A_NAMED_DOER, described: sayer ? sayer.groups!.described !== undefined : true, past, done: verb.startsWith('be ') ? `was ${verb.slice(3)}` : past };
}

/** Whether the main clause's verb right after a relative clause's closing comma is a verb of saying ("…, said", "…, warned that"). */
function saysAfter(clause: string, from: number): boolean {
  const verb = MAIN_VERB_AFTER_A_RELATIVE.exec(clause.slice(from));
  return verb !== null && reportVerbIn(clause, from, from + verb[0].length) !== undefined;
}

/**
 * The act a sentence's main clause tells of its named doer, its verb the hit. A name of several capitalised words ("Border Force",
 * "Tokyo Electric Power") is one whatever the sentence recognises; one word alone ("Markets", "It") must be a name the sentence
 * recognises (TriggerHit's subjectAt).
 */
export function actOfANamedDoer(text: string, outlet: string): TriggerHit | undefined {
  const clause = clauseOf(text);
  if (!clause) return undefined;
  const [start, end] = clause.verb;
  // A plan told ahead is none when another reader's (a telling, a gathering, a departure: PLANNED_NO_ACT), or when its doer is the article's own outlet ("The Courant will publish a page of readers' memories" in The Lisbon Courant): its own page is no news.
  if (clause.pattern !== ACT_OF_A_NAMED_DOER && (PLANNED_NO_ACT.test(text.slice(start)) || ownOutlet(text.slice(...clause.subject), outlet))) return undefined;
  // "Hale never signed it", a verb inside a quotation (one carried over from the sentence before too): no act the article reports; nor a verb of saying, the verb itself or a participle
  // right after its clause ("addressed the nation, announcing …"): a telling is a statement. A saying joined on ("pardoned the guards on
  // Monday and said …") leaves the act its own: a verb that only frames the saying ("stood next to Tusk and said") is NO_ACT_VERB's.
  // Nor who took part in a gathering ("led a delegation that included …": PARTICIPATION).
  const clauseEnd = end + Math.max(0, text.slice(end).search(/[,;:]|$/));
  const participle = /^[,;]\s+\p{Ll}+ing\b/u.exec(text.slice(clauseEnd))?.[0].length ?? 0;
  // "The troops stationed in Kessel withdrew …": a described doer's participle tells which troops; the act is the clause's later verb's.
  if (clause.described && DESCRIBED_DOERS_PARTICIPLE_AFTER.test(text.slice(end, clauseEnd))) return undefined;
  if (testPart(NEGATED, clauseBefore(text, start), text) || outsideQuotations(text, -1).slice(start, end) !== text.slice(start, end) || start < carriedQuotationEnd(text)) return undefined;
  // Who takes part in a plan moved is its own ("will now be held on 12 June, so that the new counsellor can take part").
  if (reportVerbIn(text, start, end) || (participle > 0 && reportVerbIn(text, clauseEnd, clauseEnd + participle)) || (!clause.moved && PARTICIPATION.test(text)) || TIME_AS_A_SUBJECT.test(text.slice(...clause.subject))) return undefined;
  // A happening moved is read by its noun, titled and joined as the happening.
  if (clause.moved) return { rule: clause.moved.rule, start: clause.moved.at[0], end: clause.moved.at[1] };
  // "The Greens won 52 % of the vote", "Wall Street closed higher": a share the verb took or a figure's move is a figure told, as "rose 4%" is, no act;
  // "…, the opposition claimed" tells one side's word, "…, prosecutors said" a charge.
  const after = text.slice(end);
  // "will unveil the statue on Friday if the weather holds": a plan on a condition is none yet.
  if (clause.pattern === ACT_PLANNED_OF_A_NAMED_DOER && testPart(CONDITION_AFTER, after, text)) return undefined;
  if (A_SHARE_AFTER.test(after) || A_FIGURES_MOVE_AFTER.test(after) || CLAIMED_AFTER.test(after) || ACCUSER_AFTER.test(after)) return undefined;
  const reported = clause.done === undefined ? undefined : asReportedDone(text, clause.subject, clause.verb, clause.done);
  if (reported !== undefined) return reported ?? undefined;
  // One act told ahead and then done is one noun: the past a report of it would tell it by ("renames", "renamed").
  const hit: TriggerHit = { rule: ruleOf(clause.past ?? text.slice(start, end).toLowerCase(), clause.pattern), start, end, doerAt: clause.subject };
  if (!clause.described && !SEVERAL_NAME_WORDS.test(text.slice(...clause.subject))) hit.subjectAt = clause.subject;
  return hit;
}

/**
 * The acts of a sentence's later clauses that no row reads, the first clause's act read by a row or by actOfANamedDoer (which reads only the
 * first): "Ana Ruiz met Lund on Monday and will rename the square on Friday", "The Harbour Board praised the crews and will inspect the pier on
 * Friday", "… said Hamas would free three hostages on Thursday, and that the border post would reopen on Monday". Each clause is read as a
 * sentence of its own: one with no subject of its own, or only a pronoun, takes the first clause's doer; one that goes on with what a saying told
 * ("and that …") is read inside that saying. Each act stands on a day its own clause tells (CLAUSE_DAY: not a part of the first's day, "arrived on
 * Sunday and visited the Wall in the evening" is one happening; actsWithNoDay); a participle after a passive is its subject's state, no act ("was
 * closed on Thursday and reopened on Saturday"); and a verb in -s ahead is no clause's own ("Russian missiles and …"). `hits` are the rows'.
 */
export function actsOfEachClause(text: string, outlet: string, hits: readonly { start: number; end: number }[]): TriggerHit[] {
  if (!NEXT_CLAUSE_WORD.test(text) || (!mayMatch(DAY_TOLD, text) && !DAY_IN_FIGURES.test(text))) return [];
  // everyMatch, not matchAll: matchAll copies the pattern for every sentence, and V8 compiles the copy again.
  const joins = everyMatch(NEXT_CLAUSE_OPENS, text);
  if (joins.length === 0) return [];
  const from = datelineLength(text);
  const doer = DOER_AT_THE_OPENING.exec(text.slice(from));
  const subject = doer ? ([doer.indices!.groups!.subject![0] + from, doer.indices!.groups!.subject![1] + from] as [number, number]) : undefined;
  const named = subject ? text.slice(...subject) : undefined;
  const several = doer?.groups!.described !== undefined && SEVERAL_DESCRIBED_DOERS.test(named!);
  const dayBeforeAll = DAY_BEFORE_THE_CLAUSES.exec(text.slice(from))?.[0];
  const acts: TriggerHit[] = [];
  for (const [i, join] of joins.entries()) {
    const [start, end] = [join.index + join[0].length, joins[i + 1]?.index ?? text.length];
    const rest = text.slice(start, end);
    // "… since Saturday, when the Harbour Board revoked its licence": a clause after "when" tells an act of the day right before it, its own doer's
    // or its pronoun's; after a time that is no day ("in 2019, when …", "as a child, when …") it is background.
    const relative = join.groups!.when !== undefined;
    // A "when" clause ends at its comma: a row's hit after it is the main clause's going on ("…, when Tomas Vell sealed the gates, Lund told reporters").
    const comma = relative ? rest.indexOf(',') : -1;
    const ownEnd = comma >= 0 ? start + comma : end;
    if (hits.some((h) => h.start < ownEnd && h.end > start)) continue;
    const that = join.groups!.that !== undefined;
    const whenDay = relative ? DAY_BEFORE_A_WHEN.exec(text.slice(0, join.index)) : null;
    if (relative && (!whenDay || (!PRONOUN_OPENING.test(rest) && !CLAUSE_OF_ITS_OWN_DOER.test(rest)))) continue;
    // A clause with a doer of its own and no day of its own is of the day that opens the sentence before every clause, when one does, unless it
    // tells another time of its own ("and the council granted its licence years ago").
    const ofTheOpeningDay = !relative && !CLAUSE_DAY.test(rest) && !DAY_IN_FIGURES.test(rest);
    if (ofTheOpeningDay && (dayBeforeAll === undefined || that || !CLAUSE_OF_ITS_OWN_DOER.test(rest) || PRONOUN_OPENING.test(rest) || CLAUSE_TIME_NO_DAY.test(rest))) continue;
    const pronoun = that ? null : PRONOUN_OPENING.exec(rest);
    // A pronoun is the first clause's doer only if their numbers agree: else it points to someone the clause named after it.
    if (pronoun && (pronoun[0] === 'they') !== several) continue;
    // With no subject of its own the clause is its first's doer's: "would" goes on with a saying before ("said she had thanked Lund on Sunday,
    // and would visit …"), a bare verb with a plan before ("will close its pit on Friday and reopen the mine on Saturday").
    const elided = !that && !pronoun && NO_SUBJECT_OF_ITS_OWN.test(rest);
    const before = text.slice(0, join.index);
    // A verb with no auxiliary of its own, bare or past, needs a day of the clause before: else it may be an object joined on ("will question Shah
    // and three board members on Monday", "signed the accord and revised annexes on Friday").
    const dayBefore = CLAUSE_DAY.test(before.slice(joins[i - 1] ? joins[i - 1]!.index + joins[i - 1]![0].length : 0)) || DAY_IN_FIGURES.test(before);
    const carried = !elided ? '' : WOULD_OPENING.test(rest) ? (SAYING_WORD.test(before) && !SAYING_OF_ANOTHER_SUBJECT.test(before) ? 'said that ' : undefined) : !AUXILIARY_OPENING.test(rest) && !dayBefore ? undefined : BARE_VERB_OPENING.test(rest) ? (PLAN_WILL.test(before) ? 'will ' : undefined) : PASSIVE_CLAUSE_BEFORE.test(before) ? undefined : '';
    if (carried === undefined || ((pronoun || elided) && named === undefined)) continue;
    // A doer of its own needs the clause before to tell a day of its own, set off by a comma or a semicolon ("met Lund on Monday, and the council
    // will …"): "Ana Ruiz and Lund will …", "opened the bridge and the museum on Monday" join words, not clauses.
    if (!that && !pronoun && !elided && (!CLAUSE_OF_ITS_OWN_DOER.test(rest) || join[0].startsWith(' ') || (!relative && !DAY_TOLD.test(before) && !DAY_IN_FIGURES.test(before)))) continue;
    // A "when" clause is read as told of that day ("That day, the Harbour Board revoked its licence").
    const opening = (whenDay ? 'That day, ' : '') + (that ? 'said that ' : pronoun ? named! : elided ? (carried === 'said that ' ? `said that ${named} ` : `${named} ${carried}`) : ofTheOpeningDay ? dayBeforeAll! : '');
    const skip = pronoun ? pronoun[0].length : 0;
    // Read to the sentence's end, which may say whose word it is ("…, prosecutors said") or on what condition.
    const hit = actOfANamedDoer(opening + text.slice(start + skip), outlet);
    const shift = start + skip - opening.length;
    // What a day before tells is done on it: a plan or a saying's plan after "when" is none of its acts.
    if (!hit || hit.rule.pattern === ACT_AHEAD_OF_A_NAMED_DOER || (relative && hit.rule.pattern !== ACT_OF_A_NAMED_DOER) || hit.start < opening.length || hit.start + shift >= end) continue;
    const at = ([a, b]: [number, number]): [number, number] => (a < opening.length ? subject! : [a + shift, b + shift]);
    // A "when" clause's day is the phrase that names it, after the comma before it ("the cost of the night of 9 to 10 March, when …") and after the
    // sentence's doer ("Lund visited Orsk on Monday, when …").
    const from = whenDay ? Math.max(before.slice(0, whenDay.index).search(/[^,;:]*$/), subject?.[1] ?? 0) : start;
    acts.push({ ...hit, start: hit.start + shift, end: hit.end + shift, ...(hit.subjectAt ? { subjectAt: at(hit.subjectAt) } : {}), ...(hit.doerAt ? { doerAt: at(hit.doerAt) } : {}), ownClause: [from, end], ...(ofTheOpeningDay ? { ofTheOpeningDay: true } : {}) });
  }
  return acts;
}

/**
 * The names of the doer a later clause's act takes from the clause before ("Ana Ruiz met Lund on Monday and will rename the square on Friday"):
 * its people and sides too, though assignEntities gave each name to one act, the first clause's, nearer it; so a report of the act by that doer
 * alone meets it (merging).
 */
export function doersOfLaterClauses(found: Mention[], named: readonly EntityMention[]): void {
  for (const m of found) {
    if (!m.ownClause || !m.doerAt || m.doerAt[1] > m.ownClause[0]) continue;
    for (const e of named) {
      if (e.start < m.doerAt[0] || e.end > m.doerAt[1] || e.entity.type === 'place') continue;
      const of = e.entity.type === 'person' ? m.persons : m.parties;
      if (!of.includes(e.entity.id)) of.push(e.entity.id);
    }
  }
}

/**
 * A plan told in the passive or inside a saying read as the report of it done would tell it ("The treaty is scheduled to be signed" as "The
 * treaty was signed", "said Hamas would free three hostages" as "Hamas freed three hostages"): a kind row that reads the report reads the plan,
 * its hit on the plan's verb and what the row took after it, so that the plan and the later report are one event of one kind and noun; null
 * where the plan is to be left unread.
 */
function asReportedDone(text: string, subject: [number, number], [start, end]: [number, number], done: string): TriggerHit | null | undefined {
  const head = `${text.slice(...subject)} ${done}`;
  const told = head + text.slice(end);
  const hit = findTriggers(told, told).find((h) => h.start < head.length && h.end > subject[1] - subject[0]);
  if (!hit) return undefined;
  // A row of a kind of its own titles and joins its report by the doer its verb follows, which "would" or "to be" parts from it here: the plan
  // is left unread rather than told twice beside its report.
  return hit.rule.kind === 'other' ? { rule: hit.rule, start, end: Math.max(end, end + hit.end - head.length) } : null;
}

/** A doer named by the words of the article's outlet ("The Courant" of The Lisbon Courant): every capitalised word of it, "The" aside, in the outlet's name. */
function ownOutlet(subject: string, outlet: string): boolean {
  const words = subject.replace(/^the\s+/i, '').split(/\s+/);
  return words.every((w) => /^\p{Lu}/u.test(w)) && words.every((w) => outlet.split(/\s+/).includes(w));
}

/**
 * The acts left with no day once dated (their sentence's own: clauseOf asks only a sentence that tells one): none, one withheld or only a month's or a
 * year's ("won the seat in 2019" is a life's background; an act told done in a week, "last week", is as near the news as a day's), one told ahead (but for a plan of a time to come:
 * ACT_AHEAD_OF_A_NAMED_DOER, ACT_PLANNED_OF_A_NAMED_DOER), one whose day stands in an aside between the doer and the
 * verb ("Hale, who won on Monday, …"), or one whose day is its source's ("…, according to a statement on Monday").
 */
export function actsWithNoDay(found: Mention[], today: string): Mention[] {
  return found.filter((m) => {
    const clause = clauseOf(m.sentence.text);
    // A happening moved is read by its row, but stands on its new day only as a plan does ("has been moved to the cathedral on Saturday", a day read gone by, is none).
    const moved = clause?.moved?.rule === m.rule && clause.moved.at[0] === m.start;
    if (!m.rule.clause && !moved) return false;
    // A later clause's aside stands between its own doer and its verb; one that takes the first clause's doer ("…, when she ordered …") has
    // clauses between them, no aside.
    const subjectEnd = !m.ownClause ? (clause?.subject[1] ?? m.start) : m.doerAt && m.doerAt[0] >= m.ownClause[0] ? m.doerAt[1] : m.start;
    const text = m.sentence.text;
    const dayOfItsSource = m.dateAt !== undefined && m.dateAt > m.end && SOURCE_BEFORE_ITS_DAY.test(text.slice(m.end, m.dateAt));
    const done = m.rule.pattern === ACT_OF_A_NAMED_DOER;
    // An act told ahead in the present stands on a time after the news day's only ("reopens on Saturday", "reopens next week"); a present of a day gone by is a habit or a headline's.
    // One planned ("will inspect the pier next week", "is to publish its audit later this month") stands on any time not gone by, its week or month kept
    // as told (a plan is often no more precise), and on the news day's own later hours when told so ("this evening", "later today": LATER_THE_SAME_DAY).
    const planned = moved || m.rule.pattern === ACT_PLANNED_OF_A_NAMED_DOER;
    const laterToday = m.date?.start === today && m.dateAt !== undefined && LATER_THE_SAME_DAY.test(text.slice(m.dateAt));
    const told = done ? m.future || m.mood === 'plan' : m.date !== undefined && (planned ? m.date.end < today || (m.date.start <= today && m.date.precision === 'day' && !laterToday) : m.date.start <= today);
    const precise = m.date?.precision === 'day' || m.date?.precision === 'week' || (planned && m.date?.precision === 'month' && m.dateAt !== undefined && MONTH_TOLD_AHEAD.test(text.slice(m.dateAt)));
    const notItsClauses = m.ownClause !== undefined && (m.dateAt === undefined || (m.dateAt < m.ownClause[0] && !m.ofTheOpeningDay) || m.dateAt >= m.ownClause[1]);
    return !m.date || m.dateWithheld || !precise || told || dayOfItsSource || notItsClauses || (m.dateAt !== undefined && m.dateAt > subjectEnd && m.dateAt < m.start);
  });
}

/** The doer and the verb with what it takes, as a title words them ("Pope Leo celebrated Mass"): an aside between them left out. */
export function actPhrase(text: string, m: Mention): string {
  const [from, to] = m.doerAt ?? clauseOf(text)?.subject ?? [m.start, m.start];
  // A plan is titled as a headline tells one ("Ana Ruiz to unveil the statue"), whatever auxiliary told it.
  const verb = m.rule.pattern === ACT_PLANNED_OF_A_NAMED_DOER ? `to ${text.slice(m.start, m.end)}` : text.slice(m.start, m.end);
  return [text.slice(from, to), verb, objectAfter(text.slice(from, m.end), text)].filter(Boolean).join(' ');
}
