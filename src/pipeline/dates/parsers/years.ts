/**
 * Rules for years written alone: "the 1994 Budapest Memorandum", "pre-2014 borders",
 * "mid-1998", "fiscal 1999", and decades ("the 1990s", "the late '80s").
 */
import { utcDay } from '../calendar.ts';
import { between, inYear } from '../resolved.ts';
import type { Rule } from './rule.ts';

const PART_MOD: Record<string, string> = { early: 'START', mid: 'MID', late: 'END' };

// Not a year: part of a larger number, an amount, a score or a measure ("2,000", "1998 troops" is rare enough).
const NOT_A_YEAR_AFTER = /^(?:[\d%]|[.,:]\d|\s*(?:percent|per\s*cent|%|-point|points?|[a-z]*-?(?:meter|metre|mile|kilometer|ton|pound|foot|feet)s?\b))/i;
const NOT_A_YEAR_BEFORE = /(?:[\d$£€#@.,:/]|No\.\s*|\bNumber\s+)$/;

export const yearAlone: Rule = {
  name: 'year-alone',
  pattern: /(?:(early|mid|late)[\s-]+|(pre|post)-)?((?:1[6-9]|20)\d\d)(?!['’]?s\b)/,
  read: ({ groups, before, after }) => {
    if (NOT_A_YEAR_BEFORE.test(before) || NOT_A_YEAR_AFTER.test(after)) return null;
    const [, part, side, yearText = ''] = groups;
    const year = Number(yearText);
    const mod = part ? PART_MOD[part.toLowerCase()] : side ? (side.toLowerCase() === 'pre' ? 'BEFORE' : 'AFTER') : undefined;
    const qualifier = part ? part.toLowerCase() : side ? (side.toLowerCase() === 'pre' ? 'before' : 'after') : undefined;
    const date = inYear(year, false);
    return {
      type: 'DATE',
      value: String(year),
      ...(mod ? { mod } : {}),
      date: qualifier ? { ...date, qualifier } : date,
    };
  },
};

export const fiscalYear: Rule = {
  name: 'fiscal-year',
  pattern: /fiscal(?:\s+year)?\s+((?:19|20)\d\d)/,
  read: ({ groups }) => ({ type: 'DATE', value: groups[1] ?? '', date: inYear(Number(groups[1]), false) }),
};

export const decade: Rule = {
  name: 'decade',
  pattern: /(?:the\s+)?(?:(early|mid|late)[\s-]+)?(?:((?:1[5-9]|20)\d)0|['’](\d)0)['’]?s/,
  read: ({ groups }) => {
    const [, part, fullDecade, shortDecade] = groups;
    const prefix = fullDecade ?? (shortDecade === undefined ? undefined : `19${shortDecade}`);
    if (!prefix) return null;
    const first = Number(prefix) * 10;
    const mod = part ? PART_MOD[part.toLowerCase()] : undefined;
    const span = between(utcDay(first, 1, 1), utcDay(first + 9, 12, 31), false);
    return {
      type: 'DATE',
      value: prefix,
      ...(mod ? { mod } : {}),
      date: { ...span, value: `${prefix}X`, precision: 'span', ...(part ? { qualifier: part.toLowerCase() } : {}) },
    };
  },
};
