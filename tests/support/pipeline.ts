// Small hand-made inputs for the pipeline's unit tests.
import { ContentError } from '../../src/pipeline/content-error.ts';
import { parseGazetteer, type Gazetteer } from '../../src/pipeline/entities/gazetteer.ts';
import type { Article } from '../../src/pipeline/types.ts';

export const GAZETTEER: Gazetteer = parseGazetteer(
  `people:
  donald-trump: { name: Donald Trump, aliases: [Trump], roles: [{ phrase: "the U.S. president", from: "2025-01-20" }] }
  volodymyr-zelenskyy: { name: Volodymyr Zelenskyy, aliases: [Zelenskyy, Zelensky, Zelenskiy] }
  vladimir-putin: { name: Vladimir Putin, aliases: [Putin] }
  rustem-umerov: { name: Rustem Umerov, aliases: [Umerov] }
  steve-witkoff: { name: Steve Witkoff, aliases: [Witkoff] }
  dmitry-peskov: { name: Dmitry Peskov, aliases: [Peskov] }
  jared-kushner: { name: Jared Kushner, aliases: [Kushner] }
places:
  geneva: { name: Geneva, within: switzerland }
  switzerland: { name: Switzerland }
  kyiv: { name: Kyiv, stands_for: ukraine }
countries:
  ukraine: { name: Ukraine }
  russia: { name: Russia }
`,
  'test-gazetteer.yaml',
);

export function article(id: string, published: string, body: string): Article {
  return { id, file: `content/articles/${id}.md`, title: id, titleSource: 'article', outlet: 'Test Wire', published, language: 'en', body };
}

/** The message of the ContentError that `run` throws; any other outcome fails the test. */
export function contentErrorMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error('expected a ContentError');
}
