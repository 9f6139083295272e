import { readReceivedFrames, type ReceivedFrame } from '../../protocol/index.js';
import type { SyncScope } from '../../catalog/index.js';
import type { ParentService } from '../parent/service.js';
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
  return {
    async hello(report) {
      return wire.decodeHelloAck(await service.hello(wire.encodeHello(childId, report), credential));
    },
    async *session(request): AsyncIterable<ReceivedFrame> {
      const { frames } = await service.session(wire.encodeSessionRequest({ ...request, childId }), credential);
      yield* readReceivedFrames(frames);
    },
    async verify(scope, keys) {
      return wire.decodeVerifyResponse(await service.verify(wire.encodeVerifyRequest(childId, { scope, keys }), credential)).hashes;
    },
    async *sample(scope: wire.ViewScope, percent: number) {
      const pageLimit = percent >= 100 ? (child.samplePageLimit ?? wire.MAX_KEYS_PER_CALL) : 0;
      let pageAfter = '';
      do {
        const page = wire.decodeVerifyResponse(await service.verify(wire.encodeVerifyRequest(childId, { scope, percent, pageAfter, pageLimit }), credential));
        yield page.hashes;
        pageAfter = pageLimit ? page.nextPageAfter : '';
      } while (pageAfter);
    },
    async fetch(scope, keys) {
      return wire.decodeFetchResponse(await service.fetch(wire.encodeFetchRequest(childId, scope, keys), credential));
    },
    async reportRun(run) {
      await service.runReport(wire.encodeRunReport(childId, run), credential);
    },
    async contentList(languages, via) {
      return wire.decodeContentList(await service.contentList(wire.encodeContentListRequest(childId, languages, via), credential));
    },
    contentUrl: (algorithm, hash) => `${child.contentBase ?? 'http://127.0.0.1:0'}/content/${algorithm}/${hash}`,
  };
}
