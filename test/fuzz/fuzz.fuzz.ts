import { defineFuzzSuite } from './suite.js';

// npm run test:fuzz: the whole suite, at least 10,000 inputs (see suite.ts for FUZZ_SEED and replays).
defineFuzzSuite({ counts: { sync: 4000, admin: 3000, importers: 2000, 'parent-to-child': 1200 }, minimumInputs: 10_000 });
