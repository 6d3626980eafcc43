import { describe, expect, it, vi } from 'vitest';
import { readOne } from '../../../tests/support/pipeline.ts';
import type { Article, Sentence } from '../types.ts';
import type { ArticleEvents } from './candidate.ts';
import { PLAN_MARKER } from './lexicon.ts';
import { withPlansPutOff } from './plans-put-off.ts';

// Short reports of our own: plans put off to a horizon too vague to place, told by verbs no trigger knows.
// Wednesday 12 March 2053.
const undated = (body: string) => readOne('2053-03-12', `${body}\n`).undated.map((u) => `${u.status} ${u.evidence.text}`);
const LEAD = 'KESSEL, March 12 — The border talks ended on Tuesday.\n\n';

describe('a plan put off to a vague horizon', () => {
  it('is an undated mention whatever its verb', () => {
    expect(undated(`${LEAD}The Estmark government says it will table a bill on river trade in the coming weeks.`)).toEqual([
      'planned The Estmark government says it will table a bill on river trade in the coming weeks.',
    ]);
    expect(undated(`${LEAD}The next stages of the handover are expected in the coming days.`)).toEqual(['planned The next stages of the handover are expected in the coming days.']);
    expect(undated(`${LEAD}Officials in Lusk said the eighteen fishermen would be sent home soon.`)).toEqual(['planned Officials in Lusk said the eighteen fishermen would be sent home soon.']);
  });

  it('is one with a horizon of hours, of one unit or of a count, or a range of them', () => {
    expect(undated(`${LEAD}The grid operator said it expected to restore supply fully "within the next six to ten hours".`)).toHaveLength(1);
    expect(undated(`${LEAD}The mayor said the water would be back within a day.`)).toHaveLength(1);
    expect(undated(`${LEAD}A statement is "expected in the coming hours", his office says.`)).toHaveLength(1);
    expect(undated(`${LEAD}The council decided to set up a commission of three judges, which would report within 60 days.`)).toHaveLength(1);
  });

  it('is one when a span is given or needed for what is to be done', () => {
    expect(undated(`${LEAD}An inquiry into the flooding could take months, an engineer said.`)).toHaveLength(1);
    expect(undated(`${LEAD}The ferry line says it will take seven to ten days to get back to a full timetable.`)).toHaveLength(1);
    expect(undated(`${LEAD}The ministry gave the panel seven days to report.`)).toHaveLength(1);
  });

  it('is one when its sentence says no day is set', () => {
    expect(undated(`${LEAD}No return date has been fixed.`)).toHaveLength(1);
    expect(undated(`${LEAD}The council wants a second ferry. No date for it has been set.`)).toHaveLength(1);
    expect(undated(`${LEAD}Two more hearings are planned, but no day for them was named.`)).toHaveLength(1);
    expect(undated(`${LEAD}A treaty text is to follow, officials said, without giving a date.`)).toHaveLength(1);
    expect(undated(`${LEAD}The handover would take place in Lusk, on a date still to be agreed.`)).toHaveLength(1);
    expect(undated(`${LEAD}We expect names by the end of summer, though neither side has given a date.`)).toHaveLength(1);
    expect(undated(`${LEAD}A parade would be held once the family sets a date.`)).toHaveLength(1);
    expect(undated(`${LEAD}The port authority will build a second pier at Lusk, its chairman says, though he has given no date.`)).toHaveLength(1);
    expect(undated(`${LEAD}The two ministries will sign the river accord in Orsk but have set no day for it.`)).toHaveLength(1);
  });

  it('is one when its sentence says no one has told its day, or that its day is still to be given', () => {
    expect(undated(`${LEAD}Vell has not said when he will stand.`)).toHaveLength(1);
    expect(undated(`${LEAD}Nobody in the guild will say when that might happen.`)).toHaveLength(1);
    expect(undated(`${LEAD}"They told us he comes home. Nobody has said which day," his mother said.`)).toHaveLength(1);
    expect(undated(`${LEAD}A launch of the ferry in Orsk, where the piers are still shut, has still not been given a date.`)).toHaveLength(1);
    expect(undated(`${LEAD}Pupils are invited to a viewing of the probe's first pictures, to be scheduled later.`)).toHaveLength(1);
    expect(undated(`${LEAD}The harbour master would not say when asked about the pier.`)).toEqual([]);
    expect(undated(`${LEAD}The mayor did not say much when she visited the pier.`)).toEqual([]);
  });

  it('quotes the sentence before a note of no day told alone, which tells the happening it is about', () => {
    expect(undated(`${LEAD}The mayor said the guild would ask the council for a new survey. He did not say when.`)).toEqual([
      'planned The mayor said the guild would ask the council for a new survey. He did not say when.',
    ]);
    expect(undated(`${LEAD}"They told us he comes home. Nobody has said which day," his mother said.`)).toEqual([
      'planned "They told us he comes home. Nobody has said which day," his mother said.',
    ]);
    expect(undated(`${LEAD}The mayor met the guild.\n\nHe did not say when.`)).toEqual(['planned He did not say when.']);
  });

  it('is one bounded only by the earliest it may come, a season or a year', () => {
    expect(undated(`${LEAD}A new vote in Estmark cannot be held before the autumn, officials said, and the council will propose a date.`)).toHaveLength(1);
    expect(undated(`${LEAD}The Lusk bridge can't reopen until the end of next year.`)).toHaveLength(1);
    expect(undated(`${LEAD}The new ferry line is not expected to run before 2056 at the earliest.`)).toHaveLength(1);
    expect(undated(`${LEAD}The crews could not reach the village until the spring.`)).toEqual([]);
    expect(undated(`${LEAD}The herds cannot be moved before the autumn rains.`)).toEqual([]);
    expect(undated(`${LEAD}Prices are not expected to fall before 2060.`)).toEqual([]);
    expect(undated(`${LEAD}Inflation will not return to target until next year.`)).toEqual([]);
    expect(undated(`${LEAD}Rents in Orsk will not come down before the spring.`)).toEqual([]);
  });

  it('is one told only with a year or a season still to come, a deadline or a guess, or as a duty or a promise', () => {
    expect(undated(`${LEAD}The premier said he would run in a by-election in Orsk later this summer.`)).toHaveLength(1);
    expect(undated(`${LEAD}The ministry has said its river strategy will be published before the end of the year.`)).toHaveLength(1);
    expect(undated(`${LEAD}Lund must put a budget before parliament by mid-October.`)).toHaveLength(1);
    expect(undated(`${LEAD}He will go to Orsk with the two premiers, perhaps at the weekend, though nobody has confirmed it.`)).toHaveLength(1);
    expect(undated(`${LEAD}A joint text is promised "in the coming weeks".`)).toHaveLength(1);
  });

  it('is one told with the rest of the present year', () => {
    expect(undated(`${LEAD}The new ferry line is due to open later this year.`)).toHaveLength(1);
    expect(undated(`${LEAD}Its survey of the river bed, the board said, will begin later in the year.`)).toHaveLength(1);
    expect(undated(`${LEAD}The old ferry line closed earlier this year.`)).toEqual([]);
  });

  it('is one told as likely or as what should be, with such a time or a vague horizon', () => {
    expect(undated(`${LEAD}Another flood is likely in the coming months, the river board said.`)).toHaveLength(1);
    expect(undated(`${LEAD}The first ferries should reach Lusk early next year.`)).toHaveLength(1);
    expect(undated(`${LEAD}The road should have been closed within hours, residents said.`)).toEqual([]);
    expect(undated(`${LEAD}The bridge is likely to stay shut.`)).toEqual([]);
  });

  it('is none told as likely or as what should be when it is a forecast, a state or an opinion', () => {
    expect(undated(`${LEAD}Inflation is likely to rise in the coming months, economists said.`)).toEqual([]);
    expect(undated(`${LEAD}Shares are likely to stay volatile until the spring.`)).toEqual([]);
    expect(undated(`${LEAD}Rents in Lusk are likely to slow in the coming months.`)).toEqual([]);
    expect(undated(`${LEAD}Critics say the minister should resign next year.`)).toEqual([]);
    expect(undated(`${LEAD}Taxes should be cut next year, the opposition argues.`)).toEqual([]);
    expect(undated(`${LEAD}The guild should vote on the harbour plan in the coming weeks, its rivals argue.`)).toEqual([]);
    expect(undated(`${LEAD}The Orsk ferry should be ready in the coming weeks.`)).toHaveLength(1);
    expect(undated(`${LEAD}A summit in Orsk could still happen in the coming months, a diplomat said.`)).toHaveLength(1);
  });

  it('is one hung on another happening still to come', () => {
    expect(undated(`${LEAD}The court must now publish its ruling, and the appeals will follow.`)).toHaveLength(1);
    expect(undated(`${LEAD}She said the school had asked the agency for a visit once he is back on the ground.`)).toHaveLength(1);
    expect(undated(`${LEAD}The fishermen would be freed once both navies had pulled back.`)).toEqual([]);
    expect(undated(`${LEAD}The crews will follow the rules of the river.`)).toEqual([]);
  });

  it('is one told with such a time in its own clause, whatever day a clause before it gives', () => {
    expect(undated(`${LEAD}The governor's term runs out in May, and the premier has said he will name a successor early next year.`)).toHaveLength(1);
    expect(undated(`${LEAD}Lund hosts the river board in Orsk from June 15 to 17, and a budget is expected in the autumn.`)).toHaveLength(1);
    expect(undated(`${LEAD}In May the premier said he will name a successor on Friday.`)).toEqual([]);
  });

  it('is none told with a season gone by, the present year, a period in the possessive, as a mere possibility, or in a link to another story', () => {
    expect(undated(`${LEAD}The firm had put off a new press line last spring.`)).toEqual([]);
    expect(undated(`${LEAD}His plan to find savings in next year's budget was praised.`)).toEqual([]);
    expect(undated(`${LEAD}Lund, who chairs the river board this year, said the sides had agreed to share the water.`)).toEqual([]);
    expect(undated(`${LEAD}Diplomats say a summit could take place in Lima before the winter.`)).toEqual([]);
    expect(undated(`${LEAD}Related coverage: what Estmark must offer by 1 August`)).toEqual([]);
  });

  it('is one in a sentence that tells a dated happening of another sort too', () => {
    const read = readOne('2053-03-12', `${LEAD}President Ana Ruiz told reporters on Tuesday that the bridge would reopen "in the coming months".\n`);
    expect(read.candidates.map((c) => `${c.kind} ${c.date.value}`)).toEqual(['talks 2053-03-11', 'statement 2053-03-11']);
    expect(read.undated.map((u) => `${u.status} ${u.evidence.text}`)).toEqual(['planned President Ana Ruiz told reporters on Tuesday that the bridge would reopen "in the coming months".']);
  });

  it('is none for a span spent or waited, a habit gone by, a rule, a past\'s future, a horizon beside another clause\'s plan, or a forecast', () => {
    expect(undated(`${LEAD}Residents have waited three days to get clean water.`)).toEqual([]);
    expect(undated(`${LEAD}Rescue teams have had 48 hours to search the rubble.`)).toEqual([]);
    expect(undated(`${LEAD}The drive from Kessel to Lusk used to take eight hours.`)).toEqual([]);
    expect(undated(`${LEAD}Once a bill is passed by both chambers, it goes to the president.`)).toEqual([]);
    expect(undated(`${LEAD}He was the first to defect; many would follow.`)).toEqual([]);
    expect(undated(`${LEAD}In the following years, he built a business empire that he would later sell.`)).toEqual([]);
    expect(undated(`${LEAD}Within hours, the fire had reached the town, which officials said would be evacuated.`)).toEqual([]);
    expect(undated(`${LEAD}He soon became the party's leader, a post he would hold for a decade.`)).toEqual([]);
    expect(undated(`${LEAD}The central bank expects inflation to fall to 2% next year.`)).toEqual([]);
    expect(undated(`${LEAD}The city's population will reach 10 million by 2050.`)).toEqual([]);
    expect(undated(`${LEAD}The panel has only two months to decide.`)).toHaveLength(1);
  });

  it('is none when the horizon is denied, or when nothing is planned', () => {
    expect(undated(`${LEAD}The quarrel has lasted for years and will not end soon, a farmer said.`)).toEqual([]);
    expect(undated(`${LEAD}The river rose within days of the storm.`)).toEqual([]);
    expect(undated(`${LEAD}The rescue would have failed within hours of the storm.`)).toEqual([]);
    expect(undated(`${LEAD}The crossing took three days to repair.`)).toEqual([]);
  });
});

describe('the sentences read for a plan told with an open time', () => {
  // Every sentence no trigger read is asked whether it puts a plan off; its plan words are scanned for only when it has a word an open time is
  // written with (OPEN_TIME_WORD), as a plan told with none cannot be one (issue #8 throughput).
  const sentence = (text: string): Sentence => ({ index: 0, text, start: 0, end: text.length, block: 'paragraph', blockIndex: 0 });
  const article = { id: 'a', published: '2053-03-12' } as Article;
  const none: ArticleEvents = { candidates: [], phrases: new Map(), undated: [], warnings: [] };
  /** How many times the sentence's plan words were looked for, and the undated mentions it gives. */
  function planWordScans(text: string): [number, number] {
    const scans = [vi.spyOn(PLAN_MARKER, 'exec'), vi.spyOn(PLAN_MARKER, Symbol.matchAll)];
    const undated = withPlansPutOff(article, [sentence(text)], none).undated.length;
    const count = scans.reduce((n, spy) => n + spy.mock.calls.length, 0);
    for (const spy of scans) spy.mockRestore();
    return [count > 0 ? 1 : 0, undated];
  }

  it('looks for no plan word in a sentence with no such time, and still for one in a sentence with it', () => {
    expect(planWordScans('The minister will visit the port and meet the harbour master.')).toEqual([0, 0]);
    expect(planWordScans('The minister has said he will visit the port.')).toEqual([0, 0]);
    expect(planWordScans('The minister will visit the port early next year.')).toEqual([1, 1]);
    expect(planWordScans('The minister will visit the port, perhaps at the weekend.')).toEqual([1, 1]);
  });
});
