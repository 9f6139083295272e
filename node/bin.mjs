#!/usr/bin/env -S node --max-semi-space-size=8
// Entry point of the `patchtree` command: runs the compiled sources (see
// build.mjs), compiling them first when they changed.
//
// The flag on the first line caps V8's young generation at 2 x 8 MB: under
// the allocation rate of a replication run V8 grows it to 2 x 16 MB, which
// bought nothing measurable (child CPU the same) and cost ~30 MB of peak RSS.
// Run this file itself (npm start, npx patchtree), not `node node/bin.mjs`,
// to get it.
import { pathToFileURL } from 'node:url';
import { builtEntry } from './build.mjs';

await import(pathToFileURL(await builtEntry()).href);
