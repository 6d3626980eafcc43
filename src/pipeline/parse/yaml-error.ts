import type { LineCounter, YAMLError } from 'yaml';
import { ContentError } from '../content-error.ts';

/**
 * A YAML parse error as an editor's error: the file, the line, and for the mistakes editors
 * make (a field written twice) the field and the fix. `firstLine` is the file's line of the
 * YAML's first line (2 for frontmatter, after its opening "---").
 */
export function yamlContentError(error: YAMLError, yaml: string, lines: LineCounter, file: string, firstLine = 1): ContentError {
  const line = lines.linePos(error.pos[0]).line + firstLine - 1;
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^["']?([^"':\n]*)/.exec(yaml.slice(error.pos[0]))?.[1]?.trim() ?? '';
    return new ContentError({ file, line, field: key }, 'is written twice; an earlier line already sets it.', `Keep one "${key}:" line, with the right value, and delete the other.`);
  }
  return new ContentError({ file, line }, `is not valid YAML (${error.code}: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}).`, 'Check quotes and indentation; quote any value that contains a colon.');
}
