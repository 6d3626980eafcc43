// A medicine or a settlement approved by its regulator or court, or a medicine recommended by a health body, is the body's act of its day.
import { describe, expect, it } from 'vitest';
import { article, kindsNounsAndDays as found, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

const approvals = (body: string) => found(body).filter(([, noun]) => noun === 'Approval' || noun === 'Recommendation' || noun === 'Opinion');

describe('an approval or a recommendation by a regulator, a health body or a court is a happening of its day', () => {
  it.each([
    ['The Velsian Medicines Agency approved the drug, sold as Zentra, on 4 March.', 'Approval', '2058-03-04'],
    ["Orsk's medicines regulator authorised the vaccine on Wednesday.", 'Approval', '2058-03-13'],
    ['Regulators approved the new malaria vaccine on Monday.', 'Approval', '2058-03-11'],
    ['The Lusk Health Authority granted conditional approval to the jab on Tuesday.', 'Approval', '2058-03-12'],
    ['The LHA announced the approval this afternoon.', 'Approval', '2058-03-13'],
    ['A federal judge approved the settlement on Monday.', 'Approval', '2058-03-11'],
    ['The Global Health Organization recommended tarovimab on 2 March, announcing new guidelines in Brell.', 'Recommendation', '2058-03-02'],
    // …and the regulator's opinion before an approval, given or due.
    ["The Velsian Medicines Agency's committee is due to give its opinion on the drug this week.", 'Opinion', '2058-W11'],
    ['The Lusk Medicines Board gave a positive opinion on the vaccine on Friday.', 'Opinion', '2058-03-08'],
    ['The Lusk Medicines Authority will issue its opinion on tarovimab on 30 March.', 'Opinion', '2058-03-30'],
  ])('%s', (body, noun, day) => {
    expect(approvals(body)).toEqual([['other', noun, day]]);
  });

  it.each([
    ['The Global Health Organization recommended tarovimab on 2 March.', 'The Global Health Organization recommends tarovimab'],
    ['Regulators approved the new malaria vaccine on Monday.', 'Regulators approve the new malaria vaccine'],
    // The words before what is ruled on are the rule's own (WORDS_BEFORE_RULED_ON), an abbreviation's stop among them.
    ["The Velsian Medicines Agency approved the U.S. firm's drug on 4 March.", "The Velsian Medicines Agency approves the U.S. firm's drug"],
  ])('titled by the body, its act and what it ruled on: %s', (body, title) => {
    const titles = timelineWithoutGazetteer([article('d1', '2058-03-13', `${body}\n`)]).events.map((e) => e.title);
    expect(titles).toEqual([title]);
  });

  it('but not one awaited, denied, only urged, of a plan or a pronoun, nor an approval rating', () => {
    for (const body of [
      'The agency is expected to approve the drug on Friday.',
      'The Alliance welcomed the decision of the Velsian Medicines Agency to approve the drug on Monday.',
      'The regulator did not approve the drug on Monday.',
      'The Global Health Organization recommended that countries offer the injection on Monday.',
      "The president's approval rating fell on Monday.",
      'The council approved of the plan on Monday.',
      'Regulators approved it on Monday.',
      'The regulator gave its approval rating on Monday.',
      'Ana Ruiz gave her opinion on the drug on Friday.',
    ]) {
      expect(approvals(body), body).toEqual([]);
    }
  });

  it('but not a state, a fund or a league approving a sale, a ban or a way: only a court rules on a sale or a settlement', () => {
    for (const body of [
      'The US approved the sale of fighter jets to Orsk on Monday.',
      'The IMF recommended the sale of state-owned banks on Monday.',
      'The Planning Authority approved the sale of the site on Monday.',
      'The VBL approved the sale of the team on Monday.',
      'The EU approved a ban on tablets on Monday.',
      'The LHA cleared the way for a vaccine on Monday.',
    ]) {
      expect(approvals(body), body).toEqual([]);
    }
    expect(approvals('A bankruptcy judge approved the sale of the airline on Monday.')).toEqual([['other', 'Approval', '2058-03-11']]);
    expect(approvals('The EU authorised the vaccine on Monday.')).toEqual([['other', 'Approval', '2058-03-11']]);
  });
});
