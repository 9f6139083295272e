#!/usr/bin/env node
// Entry point of the `patchtree` command: runs the compiled sources (see
// build.mjs), compiling them first when they changed.
import { pathToFileURL } from 'node:url';
import { builtEntry } from './build.mjs';

await import(pathToFileURL(await builtEntry()).href);
