/**
 * Reads a TimeML (.tml) document: the raw TEXT with the TIMEX3 tags stripped, the offsets of
 * each TIMEX3 in that stripped text, and the document creation time (DCT).
 * A small tokenizer rather than a tree parser, because offsets into the text between tags are
 * what matters; entities are decoded as the text is rebuilt, so offsets are in decoded text.
 */
import { XMLValidator } from 'fast-xml-parser';

export interface GoldTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimemlDocument {
  id: string;
  /** The DCT's calendar day, YYYY-MM-DD. */
  reference: string;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string): string {
  return raw.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

function attributes(raw: string): Record<string, string> {
  return Object.fromEntries([...raw.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)].map(([, k = '', v = '']) => [k, decode(v)]));
}

export function readTimeml(id: string, xml: string): TimemlDocument {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`${id}: not well-formed XML (${valid.err.msg}, line ${valid.err.line})`);
  const dct = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const reference = dct ? attributes(dct[1] ?? '').value?.slice(0, 10) : undefined;
  if (!reference || !/^\d{4}-\d{2}-\d{2}$/.test(reference)) throw new Error(`${id}: no DCT date`);
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1];
  if (body === undefined) throw new Error(`${id}: no <TEXT>`);

  let text = '';
  const timexes: GoldTimex[] = [];
  let open: { start: number; attrs: Record<string, string> } | undefined;
  let last = 0;
  for (const tag of body.matchAll(/<(\/?)([A-Za-z0-9_]+)([^>]*?)\/?>/g)) {
    text += decode(body.slice(last, tag.index));
    last = tag.index + tag[0].length;
    if (tag[2] !== 'TIMEX3') continue;
    if (tag[1] !== '/') open = { start: text.length, attrs: attributes(tag[3] ?? '') };
    else if (open) {
      const { attrs } = open;
      if (attrs.functionInDocument !== 'CREATION_TIME') {
        timexes.push({ start: open.start, end: text.length, text: text.slice(open.start), type: attrs.type ?? '', value: attrs.value ?? '' });
      }
      open = undefined;
    }
  }
  text += decode(body.slice(last));
  return { id, reference, text, timexes };
}
