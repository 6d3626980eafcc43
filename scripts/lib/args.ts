/**
 * The command line of every script in scripts/: node:util's parseArgs, with what it throws on
 * an unknown option, a missing value or a stray argument (ERR_PARSE_ARGS_*) said as one line
 * and the script's usage, exit code 2, instead of a stack trace; `--help` or `-h` prints the
 * usage and exits 0.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Where a script writes and how it ends: the process's own, or a test's. */
export interface ScriptIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  exit: (code: number) => never;
}

const PROCESS_IO: ScriptIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  exit: (code) => process.exit(code),
};

export interface ScriptCommand<T extends ParseArgsConfig> {
  /** The script's name as its messages begin: "bench", "dates". */
  name: string;
  /** One or more lines, "usage: npm run … -- [--option value]". */
  usage: string;
  config: T;
}

/**
 * The options of `argv` (the process's arguments by default), and `fail`, which says what is
 * wrong with one of them, with the usage, and exits 2.
 */
export function scriptArgs<const T extends ParseArgsConfig>(
  { name, usage, config }: ScriptCommand<T>,
  argv: string[] = process.argv.slice(2),
  io: ScriptIo = PROCESS_IO,
): ReturnType<typeof parseArgs<T>> & { fail: (message: string) => never } {
  const fail = (message: string): never => {
    io.stderr(`${name}: ${message}\n${usage}\n`);
    return io.exit(2);
  };
  try {
    // The same options read from `argv`: the results are those of `config`.
    return { ...(parseArgs({ ...config, args: argv }) as ReturnType<typeof parseArgs<T>>), fail };
  } catch (error) {
    if (!(error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) throw error;
    if (argv.includes('--help') || argv.includes('-h')) {
      io.stdout(`${usage}\n`);
      return io.exit(0);
    }
    return fail(error.message);
  }
}
