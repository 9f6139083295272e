import got, { type Response } from 'got';
import type { Readable } from 'node:stream';
import {
  decode, FetchRequest, FetchResponse, PatchtreeError, PROTOCOL_VERSION, rawRepeatedBytes, readReceivedFrames, SyncError, SyncRequest, LanguageReport, LanguageAck, RunReport, ContentListRequest, ContentListResponse, VerifyRequest, VerifyResponse, Mode,
  type ReceivedFrame,
} from '../protocol/index.js';
import type { SyncTransport } from './child-run.js';
import { RULE_BY_NAME, type SessionRequest } from './parent-session.js';
import { MAX_KEYS_PER_CALL } from './parent-verify.js';
import type { SyncScope } from './scope.js';
import { RULE_NAMES, type RuleSet, type RuleSettingName } from './rules.js';
import type { RunRecord } from './child-replicator.js';
import type { ContentFileInfo } from './content-run.js';

export interface ParentLink {
  /** Base URL of the parent node, e.g. https://hq.example:8470 */
  url: string;
  childId: string;
  credential: string;
  timeoutMs?: number;
  /** PEM certificate(s) to trust for an https parent with its own CA. */
  ca?: string;
  /** Keys per page of a whole (100%) verification sample; MAX_KEYS_PER_CALL unless set. */
  samplePageLimit?: number;
}

/** got options for an https parent with its own CA. */
const tlsOf = (parent: ParentLink) => (parent.ca ? { https: { certificateAuthority: parent.ca } } : {});

const CONTENT_TYPE = 'application/x-protobuf';

/**
 * One protobuf call to the parent: POST the body, answer the response body
 * when the status is `expect`, else the parent's SyncError as a PatchtreeError;
 * a parent that cannot be reached is REPL_PARENT_UNREACHABLE.
 */
async function postProto(parent: ParentLink, path: string, body: Uint8Array, expect = 200): Promise<Buffer> {
  const response = await got.post(`${parent.url.replace(/\/$/, '')}${path}`, {
    body: Buffer.from(body),
    headers: { authorization: `Bearer ${parent.credential}`, 'content-type': CONTENT_TYPE, accept: CONTENT_TYPE },
    timeout: { connect: 10_000, response: parent.timeoutMs ?? 60_000 },
    retry: { limit: 0 },
    throwHttpErrors: false,
    responseType: 'buffer',
    ...tlsOf(parent),
  }).catch((cause) => { throw unreachable(parent.url, cause); });
  if (response.statusCode !== expect) throw syncError(response.statusCode, response.body, response.headers['x-patchtree-error']);
  return response.body;
}

/** The child's side of the sync API over HTTP(S) with got: protobuf bodies, streamed sessions. */
export function httpTransport(parent: ParentLink): SyncTransport {
  const base = parent.url.replace(/\/$/, '');
  const headers = { authorization: `Bearer ${parent.credential}`, 'content-type': CONTENT_TYPE, accept: CONTENT_TYPE };
  const post = (path: string, body: Uint8Array) => postProto(parent, path, body);
  return {
    async *session(request: SessionRequest): AsyncIterable<ReceivedFrame> {
      const body = SyncRequest.encode({
        protocolVersion: request.protocolVersion,
        childId: request.childId,
        via: request.via,
        rule: RULE_BY_NAME[request.rule],
        mode: request.mode === 'complete' ? Mode.MODE_COMPLETE : Mode.MODE_DIFFERENTIAL,
        checkpoint: request.checkpoint,
        languages: request.languages,
        policyIds: request.policyIds,
        batchSize: request.batchSize,
      }).finish();
      const stream = got.stream.post(`${base}/sync/v1/session`, { body: Buffer.from(body), headers, timeout: { connect: 10_000 }, retry: { limit: 0 }, throwHttpErrors: false, ...tlsOf(parent) });
      const response = await new Promise<Response>((resolve, reject) => {
        stream.once('response', resolve);
        stream.once('error', reject);
      }).catch((cause) => { throw unreachable(base, cause); });
      if (response.statusCode !== 200) {
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        throw syncError(response.statusCode, Buffer.concat(chunks), response.headers['x-patchtree-error']);
      }
      try {
        yield* readReceivedFrames(stream as unknown as Readable);
      } catch (cause) {
        if (cause instanceof PatchtreeError) throw cause;
        throw unreachable(base, cause);
      } finally {
        stream.destroy();
      }
    },
    async verify({ scope, keys }) {
      const body = VerifyRequest.encode({ protocolVersion: PROTOCOL_VERSION, childId: parent.childId, rule: RULE_BY_NAME[scope.rule], languages: [...scope.languages], policyIds: [...scope.policyIds], keys }).finish();
      const response = decode(VerifyResponse, await post('/sync/v1/verify', body));
      return (response.hashes ?? []).map((h) => ({ key: h.key ?? '', hash: h.hash ?? '' }));
    },
    async *sample({ scope, percent }) {
      // A whole sample comes a page at a time: a million keys and hashes are never one message on either side.
      const pageLimit = percent >= 100 ? (parent.samplePageLimit ?? MAX_KEYS_PER_CALL) : 0;
      let pageAfter = '';
      do {
        const body = VerifyRequest.encode({ protocolVersion: PROTOCOL_VERSION, childId: parent.childId, rule: RULE_BY_NAME[scope.rule], languages: [...scope.languages], policyIds: [...scope.policyIds], samplePercent: Math.max(1, Math.round(percent)), samplePerMillion: Math.max(1, Math.round(percent * 10_000)), pageAfter, pageLimit }).finish();
        const response = decode(VerifyResponse, await post('/sync/v1/verify', body));
        yield (response.hashes ?? []).map((h) => ({ key: h.key ?? '', hash: h.hash ?? '' }));
        const next = pageLimit ? (response.nextPageAfter ?? '') : '';
        if (next && next <= pageAfter) throw new PatchtreeError('PROTO_DECODE', `sample page after ${pageAfter} names ${next} as the next: pages must move forward`);
        pageAfter = next;
      } while (pageAfter);
    },
    async fetch({ scope, keys }) {
      const body = FetchRequest.encode({ protocolVersion: PROTOCOL_VERSION, childId: parent.childId, rule: RULE_BY_NAME[scope.rule], languages: [...scope.languages], keys }).finish();
      const raw = await post('/sync/v1/fetch', body);
      decode(FetchResponse, raw); // validate the whole message before taking its parts
      return rawRepeatedBytes(raw, 1);
    },
  };
}

export interface HelloReport {
  languages: string[];
  descendants: Array<{ nodeId: string; languages: string[] }>;
}

export interface HelloAck {
  parentId: string;
  unmanaged: string[];
  rules: Partial<RuleSet>;
  runNow: Array<{ rule: string; counter: number; mode: 'differential' | 'complete' }>;
}

/** The child's report of its languages to its parent; the answer carries the rules and run-now counters. */
export async function sendHello(parent: ParentLink, report: HelloReport): Promise<HelloAck> {
  const body = LanguageReport.encode({ protocolVersion: PROTOCOL_VERSION, childId: parent.childId, languages: report.languages, descendants: report.descendants }).finish();
  const ack = decode(LanguageAck, await postProto(parent, '/sync/v1/hello', body));
  const rules: Partial<RuleSet> = {};
  for (const r of ack.rules ?? []) {
    if (!RULE_NAMES.includes(r.name as RuleSettingName)) continue;
    rules[r.name as RuleSettingName] = {
      mode: r.mode === Mode.MODE_COMPLETE ? 'complete' : 'differential',
      schedule: r.schedule ?? '',
      verification: { enabled: !!r.verify, percent: r.verifyPercent ?? 0 },
      policyIds: r.policyIds ?? [],
    };
  }
  return {
    parentId: ack.parentId ?? '',
    unmanaged: ack.unmanaged ?? [],
    rules,
    runNow: (ack.runNow ?? []).map((r) => ({ rule: r.rule ?? '', counter: Number(r.counter ?? 0), mode: r.mode === Mode.MODE_COMPLETE ? 'complete' : 'differential' })),
  };
}

/** Tells the parent how a run went (best effort: a parent that is gone learns from the next one). */
export async function sendRunReport(parent: ParentLink, run: RunRecord): Promise<void> {
  const body = RunReport.encode({
    protocolVersion: PROTOCOL_VERSION,
    childId: parent.childId,
    rule: run.rule,
    trigger: run.trigger,
    mode: run.mode === 'complete' ? Mode.MODE_COMPLETE : Mode.MODE_DIFFERENTIAL,
    reason: run.reason ?? '',
    started: run.started,
    durationMs: run.durationMs,
    received: run.received ?? 0,
    applied: run.applied ?? 0,
    deleted: run.deleted ?? 0,
    bytes: run.bytes ?? 0,
    digestEqual: run.verification?.digestEqual ?? false,
    sampled: run.verification?.sampled ?? 0,
    mismatched: run.verification?.mismatched ?? 0,
    repaired: run.verification?.repaired ?? 0,
    fellBackToComplete: run.verification?.fellBackToComplete ?? false,
    errorCode: run.error?.code ?? '',
    errorMessage: run.error?.message ?? '',
    ok: run.status === 'ok',
  }).finish();
  await postProto(parent, '/sync/v1/runs', body, 204);
}

/** The parent's content files for the child's languages. */
export async function listContent(parent: ParentLink, languages: readonly string[]): Promise<ContentFileInfo[]> {
  const body = ContentListRequest.encode({ protocolVersion: PROTOCOL_VERSION, childId: parent.childId, languages: [...languages] }).finish();
  return (decode(ContentListResponse, await postProto(parent, '/sync/v1/content', body)).files ?? []).map((f) => ({ updateKey: f.updateKey ?? '', algorithm: f.algorithm ?? '', hash: f.hash ?? '', size: Number(f.size ?? 0), verified: !!f.verified }));
}

function syncError(status: number, body: Buffer, codeHeader: string | string[] | undefined): PatchtreeError {
  try {
    const error = SyncError.decode(body);
    if (error.code) return new PatchtreeError(error.code, `parent refused (${status}): ${error.message}`, { details: { status } });
  } catch {
    // not a SyncError body: fall through
  }
  const code = Array.isArray(codeHeader) ? codeHeader[0] : codeHeader;
  return new PatchtreeError(code || 'REPL_PARENT_ERROR', `parent answered ${status}`, { details: { status } });
}

function unreachable(base: string, cause: unknown): PatchtreeError {
  return new PatchtreeError('REPL_PARENT_UNREACHABLE', `parent ${base} unreachable: ${(cause as Error).message}`, { cause });
}


export type { SyncScope };
