/** `npm run ingest -- FILE [options]`: see src/ingest/cli.ts for the options. */
import { runIngestCli } from '../src/ingest/cli.ts';

process.exitCode = runIngestCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
