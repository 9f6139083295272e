import { readReceivedFrames, type ReceivedFrame } from '../../protocol/index.js';
import type { SyncScope } from '../../catalog/index.js';
import { callWith, type ParentService } from '../parent/service.js';
import type { ParentPort } from '../port.js';
import * as wire from '../wire.js';

/**
 * The parent port to a parent in the same process: every request and answer
 * goes through the wire codecs and the parent's service, as over HTTP, with
 * no network (Hypercore's habit of piping two real instances together). Used
 * by tests and the contract suite.
 */
export function inProcessPort(service: ParentService, child: { childId: string; credential: string; contentBase?: string; samplePageLimit?: number }): ParentPort {
  const { childId, credential } = child;
  // As over HTTP: the child id and credential come beside the body, which is read once they are accepted.
  const call = (bytes: Uint8Array) => callWith(bytes, credential, childId);
  return {
    async hello(report) {
      return wire.decodeHelloAck(await service.hello(call(wire.encodeHello(childId, report))));
    },
    async *session(request): AsyncIterable<ReceivedFrame> {
      const { frames } = await service.session(call(wire.encodeSessionRequest({ ...request, childId })));
      yield* readReceivedFrames(frames);
    },
    async verify(scope, keys) {
      return wire.decodeVerifyResponse(await service.verify(call(wire.encodeVerifyRequest(childId, { scope, keys })))).hashes;
    },
    async *sample(scope: wire.ViewScope, percent: number) {
      const pageLimit = percent >= 100 ? (child.samplePageLimit ?? wire.MAX_KEYS_PER_CALL) : 0;
      let pageAfter = '';
      do {
        const page = wire.decodeVerifyResponse(await service.verify(call(wire.encodeVerifyRequest(childId, { scope, percent, pageAfter, pageLimit }))));
        yield page.hashes;
        pageAfter = pageLimit ? page.nextPageAfter : '';
      } while (pageAfter);
    },
    async fetch(scope, keys) {
      return wire.decodeFetchResponse(await service.fetch(call(wire.encodeFetchRequest(childId, scope, keys))));
    },
    async reportRun(run) {
      await service.runReport(call(wire.encodeRunReport(childId, run)));
    },
    async contentList(languages, via) {
      return wire.decodeContentList(await service.contentList(call(wire.encodeContentListRequest(childId, languages, via))));
    },
    contentUrl: (algorithm, hash) => `${child.contentBase ?? 'http://127.0.0.1:0'}/content/${algorithm}/${hash}`,
  };
}
