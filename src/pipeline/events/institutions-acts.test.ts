// What a state's institutions do on a day, told by the institution and its act: a government shutdown, a central bank's end to the
// run-off of its balance sheet, a court's hearing of a case. Each is a happening of its day, done or ahead.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058.
describe('a government that shuts down', () => {
  it.each([
    ['Then the government shut down on 1 March.', '2058-03-01'],
    ['The shutdown, which began on March 1, has cut off most official data.', '2058-03-01'],
    ['The federal government partially shut down on Monday.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['other', 'Government shutdown', day]]);
  });

  it('but not an office or a programme it shut down, nor a shutdown only spoken of', () => {
    expect(found('The government shut down the agency on Monday.')).toEqual([]);
    expect(found('Ilse Varga spoke on Monday about the shutdown.').filter(([kind]) => kind === 'other')).toEqual([]);
  });
});

describe('a central bank that ends the run-off of its balance sheet', () => {
  it.each([
    'The statement also says the Bank of Kessia will stop shrinking its balance sheet on 1 April.',
    'Besides the cut, the central bank said it would end on 1 April the run-off of its bond holdings that began in June 2054.',
    'The Reserve Bank of Kessia will end quantitative tightening on 1 April.',
  ])('%s', (body) => {
    expect(found(body).filter(([kind]) => kind === 'other')).toEqual([['other', 'End of balance-sheet run-off', '2058-04-01']]);
  });

  it('but not one named by no bank, nor one it will not end', () => {
    expect(found('The company will stop shrinking its balance sheet on 1 April.')).toEqual([]);
    expect(found('The Bank of Kessia will not stop shrinking its balance sheet on 1 April.').filter(([kind]) => kind === 'other')).toEqual([]);
  });
});

describe('a court that hears a case', () => {
  it.each([
    ['The Supreme Court will hear her case in May.', '2058-05'],
    ['The tribunal heard the appeal on Monday.', '2058-03-11'],
    ["Judges are due to hear Ruiz's challenge on Friday.", '2058-03-15'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['other', 'Hearing', day]]);
  });

  it('but not one that will not hear it, nor anyone else who hears something', () => {
    expect(found('The Supreme Court will not hear her case in May.')).toEqual([]);
    expect(found('The minister went to Lusk on Monday to hear their concerns about the case.').filter(([, noun]) => noun === 'Hearing')).toEqual([]);
  });

  it.each([
    ['A hearing in a separate case, over remarks she made about the judges, is set for 11 April.', '2058-04-11'],
    ['The next hearing in the appeal has been scheduled for Friday.', '2058-03-15'],
    ["A hearing on Ruiz's challenge is listed for 2 May.", '2058-05-02'],
  ])('or whose hearing is set for a day: %s', (body, day) => {
    expect(found(body)).toEqual([['other', 'Hearing', day]]);
  });

  it('but not a hearing of no case, nor one only sought', () => {
    for (const body of ['A hearing on the nomination is set for Tuesday.', 'His lawyers asked for a hearing in the case on Monday.', 'The committee hearing into the fire was held on Monday.']) {
      expect(found(body).filter(([, noun]) => noun === 'Hearing'), body).toEqual([]);
    }
  });

  it('nor one whose setting its main clause undoes', () => {
    for (const body of [
      'A hearing in the case that had been set for Monday was postponed.',
      'A hearing in the appeal, which had been scheduled for Friday, was adjourned.',
      "The hearing on Ruiz's petition, set for 2 April, has been cancelled.",
      'A hearing in her challenge that was listed for Tuesday was later moved to May.',
    ]) {
      expect(found(body).filter(([, noun]) => noun === 'Hearing'), body).toEqual([]);
    }
  });
});
