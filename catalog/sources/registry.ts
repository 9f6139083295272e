import type { DocumentParser } from './model.js';
import { parseNative } from './native.js';
import { parseMsrcCvrf } from './msrc-cvrf.js';
import { parseNugetV2 } from './nuget-v2.js';
import { parseWsusOffline } from './wsusoffline.js';

export const SOURCE_TYPES = ['native', 'msrc-cvrf', 'nuget-v2', 'wsusoffline'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const PARSERS: Readonly<Record<SourceType, DocumentParser>> = {
  native: parseNative,
  'msrc-cvrf': parseMsrcCvrf,
  'nuget-v2': parseNugetV2,
  wsusoffline: parseWsusOffline,
};

/** A catalog source as the admin configures it. */
export interface SourceConfig {
  name: string;
  type: SourceType;
  /** One or more documents; all are imported together, atomically. NuGet pages are followed from each. */
  urls: string[];
  /** croner expression for scheduled imports; none = on demand only. */
  schedule?: string;
  enabled: boolean;
}
