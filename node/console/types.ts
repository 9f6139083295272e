// What the admin API answers, as far as the console reads it (see node/routes/*.ts).
export type RuleName = 'catalog' | 'policies' | 'content';
export const RECORD_RULES: RuleName[] = ['catalog', 'policies', 'content'];

export interface Status {
  nodeId: string;
  version: string;
  languages: string[];
  lastSeq: number;
  counts: Record<string, number>;
  uptimeSeconds: number;
  parent: { url: string; childId: string } | null;
  jobsRunning: number;
}

export interface Verification { digestEqual: boolean; sampled: number; mismatched: number; repaired: number; fellBackToComplete: boolean }

export interface Run {
  child?: string;
  id: number;
  rule: string;
  trigger: string;
  started: string;
  durationMs: number;
  status: 'ok' | 'failed' | 'running' | 'interrupted';
  mode?: string;
  requestedMode?: string;
  reason?: string;
  received?: number;
  applied?: number;
  deleted?: number;
  bytes?: number;
  verification?: Verification;
  error?: { code: string; message: string } | null;
}

export interface RuleHealth { lastAttemptAt: string | null; lastSuccessAt: string | null; lagSequences: number | null; lagSeconds: number | null; lastError: { code: string; message: string } | null }
export interface ChildHealth { state: 'ok' | 'failing' | 'offline' | 'unknown'; offlineSince: string | null; rules: Partial<Record<RuleName, RuleHealth>> }

export interface Child {
  id: string;
  name?: string;
  registered?: string;
  languages: string[];
  descendants: Array<{ nodeId: string; languages: string[] }>;
  lastSeen?: string | null;
  nodeId?: string;
  /** Present once the parent tracks per-child health (issue 12); older nodes leave it out. */
  health?: ChildHealth;
}

export interface Alert { kind: string; child?: string; node?: string; message: string }

export interface RuleSettings { mode: 'differential' | 'complete'; schedule: string; verification: { enabled: boolean; percent: number }; policyIds: string[] }

export interface Bulletin {
  id: string;
  vendor: string;
  title: string;
  vendorSeverity: string;
  customSeverity: string;
  released: string;
  revised: string;
  description: string;
  supersedes: string[];
  supersededBy: string[];
  languages: string[];
  source?: string;
  updates: number;
  downloaded: number;
  staged: boolean;
}

export interface Update {
  key: string;
  id: string;
  kb: string;
  fileName: string;
  language: string;
  product: string;
  platform: string;
  size: number;
  hashAlgorithm: string;
  hash: string;
  superseded: boolean;
  restartRequired: boolean;
  managed: boolean;
  staged: { verified: boolean; stagedAt: string } | null;
}

export type BulletinDetail = Omit<Bulletin, 'updates'> & { updateCount: number; updates: Update[] };

export interface StageProgress { files: number; done: number; failed: number; bytes: number; totalBytes: number }
export interface Job {
  id: string;
  kind: string;
  subject: string;
  status: 'running' | 'done' | 'failed';
  progress: StageProgress | null;
  result?: { failures?: Array<{ update: string; code: string; message: string }> };
  error?: { code: string; message: string };
  started: string;
}

export interface Policy {
  id: string;
  name: string;
  bulletinIds: string[];
  target: string;
  schedule: string;
  overrideMaintenanceWindow: boolean;
  enabled: boolean;
  created: string;
  modified: string;
  origin: string;
  entries?: Array<{ updateKey: string; enabled: boolean; commandLine: string; language: string }>;
}

export interface Source { name: string; type: string; urls: string[]; schedule?: string; enabled: boolean }
export interface ImportEntry {
  at: string;
  source: string;
  status: string;
  bulletins?: { added: number; changed: number; removed: number };
  updates?: { added: number; changed: number; removed: number };
  durationMs?: number;
  code?: string;
  message?: string;
  /** What the import left out on purpose and why (the first 50 items; the counts are whole). */
  skipped?: { documents: number; lines: number; items: Array<{ url: string; line?: number; reason: string }> };
}
