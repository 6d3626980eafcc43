const LINE_OCTETS = 74;

/**
 * RFC 5545 line folding (3.1): a content line longer than 75 octets continues on the next
 * line after CRLF + space, never inside a UTF-8 sequence. The same output as
 * ical-generator's foldLines (74 octets before each break) in one pass over the text: the
 * library encodes every character on its own and took seconds for a large feed.
 */
export function foldLines(text: string): string {
  return text.split('\r\n').map(foldLine).join('\r\n');
}

function foldLine(line: string): string {
  if (line.length <= LINE_OCTETS / 4) return line;
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; ) {
    const code = line.codePointAt(i)!;
    const width = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    octets += width;
    if (octets > LINE_OCTETS) {
      parts.push(line.slice(start, i));
      start = i;
      octets = width;
    }
    i += code < 0x10000 ? 1 : 2;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}
