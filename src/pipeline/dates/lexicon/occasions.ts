/**
 * What a month name before it dates, as an adjective: "the May elections", "the May figures",
 * "tickets for the May fixtures". Beside these a capital "May" is the month, not the verb or
 * a name ("the May government" is Theresa May's). Word list only; parsers/months.ts uses it.
 */
/** A month's figures: "the May figures", and after them "data for May" (no person is a month's data). */
export const MONTH_FIGURES = ['figures', 'data', 'numbers', 'statistics', 'survey', 'report', 'sales', 'payrolls', 'inflation'];

export const OCCASIONS = [
  ...MONTH_FIGURES,
  'elections?', 'polls?', 'vote', 'ballot', 'referendum', 'primary', 'primaries',
  'deadline', 'meeting', 'summit', 'session', 'talks', 'conference', 'fixtures?', 'final', 'auction',
  'budget', 'rally', 'protests?', 'riots', 'uprising', 'attacks?', 'offensive', 'ceasefire', 'truce', 'accord', 'visit',
  'trip', 'launch', 'release', 'contract', 'futures', 'delivery', 'holidays?', 'half-term', 'exams?', 'issue', 'edition', 'plenary',
];
