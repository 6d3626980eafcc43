/**
 * What the chronology is about, in the editors' words: the home page's headline and
 * standfirst, and the about page's first line. One place, so a new subject is one edit.
 */
export const SUBJECT = {
  title: 'Trump, Zelenskyy and Putin: the calls and the peace talks',
  standfirst:
    'Every phone call, meeting and round of talks the news reported, from the first Trump–Putin call of February 2025 to the talks in Geneva: dated as precisely as the reports allow, each citing the sentences that report it.',
} as const;
