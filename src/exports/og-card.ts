import type { TimelineEvent } from '../pipeline/types.ts';
import { participantsText, sourcesText } from './event-text.ts';

/**
 * Share cards (Open Graph / Twitter, 1200×630) as satori element trees: plain
 * `{ type, props }` objects, so no JSX or React is needed. Pure layout; rendering to PNG
 * is in og-render.ts. Satori lays out with flexbox only: every element with more than one
 * child says `display: flex`.
 */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const CARD_FONT = 'Inter';

export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardNode | CardNode[] };
}

/** What a card shows, taken from an event or written for the site. */
export interface CardText {
  eyebrow: string;
  date: string;
  headline: string;
  detail: string;
  footer: string;
}

const INK = '#14213d';
const MUTED = '#46536b';
const ACCENT = '#b3261e';
const PAPER = '#fbf8f1';
const HEADLINE_MAX = 120;

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

export function card(text: CardText): CardNode {
  const headline = shorten(text.headline, HEADLINE_MAX);
  return element(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      // Satori's boxes are content-box by default: padding would grow the card past 1200×630.
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      backgroundColor: PAPER,
      borderTop: `16px solid ${ACCENT}`,
      color: INK,
      fontFamily: CARD_FONT,
    },
    [
      element({ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline', fontSize: 34 }, [
        element({ fontWeight: 700, letterSpacing: -0.5 }, 'Dateline'),
        element({ color: MUTED, textTransform: 'uppercase', fontSize: 26, letterSpacing: 2 }, text.eyebrow),
      ]),
      element({ display: 'flex', flexDirection: 'column' }, [
        ...(text.date ? [element({ color: ACCENT, fontSize: 40, fontWeight: 700, marginBottom: 20 }, text.date)] : []),
        element({ fontSize: headline.length > 70 ? 54 : 66, fontWeight: 700, lineHeight: 1.15, letterSpacing: -1 }, headline),
        ...(text.detail ? [element({ color: MUTED, fontSize: 32, marginTop: 28, lineHeight: 1.3 }, shorten(text.detail, 110))] : []),
      ]),
      element({ color: MUTED, fontSize: 26 }, text.footer),
    ],
  );
}

function element(style: Record<string, string | number>, children: string | CardNode[]): CardNode {
  return { type: 'div', props: { style, children } };
}

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
