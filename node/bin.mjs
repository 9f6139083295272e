#!/usr/bin/env -S node --max-semi-space-size=8 --no-allocation-site-pretenuring
// Entry point of the `patchtree` command: runs the compiled sources (see
// build.mjs), compiling them first when they changed.
//
// The first flag on the first line caps V8's young generation at 2 x 8 MB:
// under the allocation rate of a replication run V8 grows it to 2 x 16 MB,
// which bought nothing measurable (child CPU the same) and cost ~30 MB of
// peak RSS. The second keeps V8 from allocating straight in the old
// generation at the sites whose objects outlive a scavenge: a child keeps
// each batch's mutations until the batch is written, and once those sites
// were pretenured, the old generation grew with the strict reading of every
// received record (issue 11) by ~45 MB at the peak of a 100k complete run
// (anonymous 82-88 MB before, 120-139 with the checks, 85-90 with this flag).
// Run this file itself (npm start, npx patchtree), not `node node/bin.mjs`,
// to get them.
import { pathToFileURL } from 'node:url';
import { builtEntry } from './build.mjs';

await import(pathToFileURL(await builtEntry()).href);
