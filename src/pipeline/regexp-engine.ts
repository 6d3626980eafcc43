/**
 * How V8 runs the pipeline's regular expressions, set for the whole process (its worker threads
 * too) before any is first run: a regexp is compiled when first run, not when made.
 *
 * V8 by default first runs a regexp in its interpreter, compiled to bytecode, then compiles it
 * to machine code on its second run: about a thousand patterns, some of hundreds of KB of
 * bytecode, each compiled twice by every thread, though nearly all run on thousands of
 * sentences. Compiled straight to machine code, reading takes less CPU: npm run bench,
 * 2,000 articles on one thread, main-thread CPU 10.89/11.67/12.70/12.94 s → 10.34/10.12/10.71 s
 * (alternated, load 16–41, same digest). Matches are the same whichever way a pattern is run.
 * Not a Node option: NODE_OPTIONS (the site's build) allows no regexp flags.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
