import type { TimelineEvent } from '../pipeline/types.ts';
import { participantsText, sourcesText } from './event-text.ts';

/**
 * Share cards (Open Graph / Twitter, 1200×630): what a card says and how its text is laid
 * out, as pure data; og-draw.ts paints it. Names and sizes are those of the card's first
 * design in CSS terms (px, line heights), so the look stays the same whatever draws it.
 */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const CARD_FONT = 'Inter';

/** What a card shows, taken from an event or written for the site. */
export interface CardText {
  eyebrow: string;
  date: string;
  headline: string;
  detail: string;
  footer: string;
}

export const CARD_LAYOUT = {
  ink: '#14213d',
  muted: '#46536b',
  accent: '#b3261e',
  paper: '#fbf8f1',
  /** The red rule across the top. */
  rule: 16,
  padX: 72,
  padY: 64,
} as const;

const HEADLINE_MAX = 120;
const DETAIL_MAX = 110;

/** A block of the card's middle: its lines already wrapped to the card's width. */
export interface CardBlock {
  lines: string[];
  weight: 400 | 700;
  size: number;
  /** Letter spacing, px. */
  spacing: number;
  lineHeight: number;
  marginTop: number;
  color: string;
}

/** Width in px of a line in a font weight, size and letter spacing. */
export type MeasureText = (line: string, weight: 400 | 700, size: number, spacing: number) => number;

/** The middle of the card: date, headline (smaller when long) and detail, wrapped at words. */
export function cardLines(text: CardText, measure: MeasureText, width: number): CardBlock[] {
  const headline = shorten(text.headline, HEADLINE_MAX);
  const headlineSize = headline.length > 70 ? 54 : 66;
  const block = (content: string, style: Omit<CardBlock, 'lines'>): CardBlock => ({
    ...style,
    lines: wrap(content, (line) => measure(line, style.weight, style.size, style.spacing), width),
  });
  return [
    ...(text.date ? [block(text.date, { weight: 700, size: 40, spacing: 0, lineHeight: 48, marginTop: 0, color: CARD_LAYOUT.accent })] : []),
    block(headline, { weight: 700, size: headlineSize, spacing: -1, lineHeight: headlineSize * 1.15, marginTop: text.date ? 20 : 0, color: CARD_LAYOUT.ink }),
    ...(text.detail ? [block(shorten(text.detail, DETAIL_MAX), { weight: 400, size: 32, spacing: 0, lineHeight: 32 * 1.3, marginTop: 28, color: CARD_LAYOUT.muted })] : []),
  ];
}

/** Greedy word wrap; a word wider than the line gets a line of its own. */
export function wrap(text: string, measure: (line: string) => number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

export function eventCardText(event: TimelineEvent): CardText {
  return {
    eyebrow: event.status === 'planned' ? `Planned ${event.kind}` : capitalise(event.kind),
    date: event.date.text,
    headline: event.title,
    detail: [participantsText(event), event.place?.name ?? ''].filter(Boolean).join(' · '),
    footer: `${sourcesText(event.sources.length)} cited`,
  };
}

export const siteCardText: CardText = {
  eyebrow: 'News timeline',
  date: '',
  headline: 'What happened, when, and who reported it',
  detail: 'Events found in news articles, dated as precisely as the sources allow.',
  footer: 'Every event cites the sentences that report it',
};

/** Cuts at a word boundary with an ellipsis so a long headline never overflows the card. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
