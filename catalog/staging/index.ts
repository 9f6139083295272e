export {
  ContentStore,
  HEX_LENGTH,
  assertHash,
  isHashAlgorithm,
  isValidHash,
  type ByteRange,
  type HashAlgorithm,
  type StoredContent,
} from './content-store.js';
export { downloadVerified, type DownloadOptions, type DownloadProgress, type DownloadResult } from './download.js';
export { runLimited } from './limit.js';
