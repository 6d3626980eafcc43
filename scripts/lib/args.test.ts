import { describe, expect, it } from 'vitest';
import { scriptArgs, type ScriptIo } from './args.ts';

const COMMAND = { name: 'bench', usage: 'usage: npm run bench -- [--sizes 1000,10000]', config: { options: { sizes: { type: 'string', default: '1000' }, quick: { type: 'boolean', default: false } } } } as const;

/** What a script printed and how it ended, the exit a throw so that nothing after it runs. */
function run(argv: string[]): { out: string; err: string; code: number | undefined; values?: unknown } {
  let [out, err] = ['', ''];
  class Exit extends Error {
    code: number;
    constructor(code: number) {
      super(`exit ${code}`);
      this.code = code;
    }
  }
  const io: ScriptIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    exit: (code) => {
      throw new Exit(code);
    },
  };
  try {
    const { values } = scriptArgs(COMMAND, argv, io);
    return { out, err, code: undefined, values };
  } catch (error) {
    if (error instanceof Exit) return { out, err, code: error.code };
    throw error;
  }
}

describe('scriptArgs', () => {
  it('reads known options', () => {
    expect(run(['--sizes', '2000', '--quick'])).toEqual({ out: '', err: '', code: undefined, values: { sizes: '2000', quick: true } });
  });

  it('says what is wrong with the usage and exits 2 on an unknown option, a missing value or a stray argument', () => {
    for (const [argv, says] of [
      [['--size', '2000'], /Unknown option '--size'/],
      [['--sizes'], /Option '--sizes <value>' argument missing/],
      [['2000'], /Unexpected argument '2000'/],
    ] as const) {
      const { err, code, out } = run([...argv]);
      expect(code, argv.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err).toMatch(new RegExp(`^bench: ${says.source}[^\\n]*\\nusage: npm run bench -- \\[--sizes 1000,10000\\]\\n$`));
    }
  });

  it('prints the usage and exits 0 on --help or -h', () => {
    expect(run(['--help'])).toEqual({ out: `${COMMAND.usage}\n`, err: '', code: 0 });
    expect(run(['--sizes', '10', '-h'])).toEqual({ out: `${COMMAND.usage}\n`, err: '', code: 0 });
  });
});
