/**
 * Rewrites the bundled sample catalog from DEFAULT_SAMPLE:
 * `npx tsx catalog/sample/write-sample.ts`. A test checks that the committed
 * file still equals the generator's output, so run this after changing the
 * generator.
 */
import { DEFAULT_SAMPLE, SAMPLE_CATALOG_FILE, writeCatalog } from './generate.js';

const counts = await writeCatalog(SAMPLE_CATALOG_FILE, DEFAULT_SAMPLE);
process.stdout.write(`${SAMPLE_CATALOG_FILE}: ${counts.bulletins} bulletins, ${counts.updates} updates\n`);
