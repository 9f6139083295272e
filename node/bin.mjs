#!/usr/bin/env node
// Entry point of the `patchtree` command: loads TypeScript through tsx's
// loader (a runtime dependency), so there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
await import('./cli.ts');
