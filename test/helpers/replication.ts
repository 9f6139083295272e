import { fileURLToPath } from 'node:url';
export { RecordStore, inLanguages, type Catalog } from '../../catalog/index.js';

export const SAMPLE = fileURLToPath(new URL('../../catalog/sample/sample-catalog.ndjson.gz', import.meta.url));
