/**
 * The outbound fetch allow policy: the one place that decides whether the
 * node may fetch a URL (a catalog document, a redirect hop, a NuGet `next`
 * page, an update package when staging).
 *
 * - Schemes: http and https; `file:` only for the URLs the node's config file
 *   names (its sources, the bundled sample, mirror folders), never one that
 *   came from the admin API or from a document.
 * - Addresses: loopback, link-local, private, unspecified, multicast and the
 *   other special-purpose ranges are refused, checked on the addresses a host
 *   name *resolves to* at connect time (a lookup of our own handed to the
 *   socket), so a name that resolves, or later re-resolves, to 127.0.0.1 is
 *   refused too. The admin opens a way to an internal mirror with
 *   `allowHosts` (names fetched whatever they resolve to) or `allowRanges`
 *   (CIDR ranges whose addresses may be fetched).
 *
 * A refusal is FETCH_FORBIDDEN. Each policy has its own connection agents, so
 * a socket opened under a looser policy (the parent link) is never reused by
 * a request under a stricter one.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions } from 'node:dns';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { BlockList, isIP } from 'node:net';
import { PatchtreeError } from '../../protocol/index.js';
import { redactUrl } from './redact.js';

export const FETCH_FORBIDDEN = 'FETCH_FORBIDDEN';

export interface FetchPolicyOptions {
  /** Host names fetched whatever they resolve to: exact ("mirror.corp.example", case-insensitive) or "*.corp.example" for any name under it. */
  allowHosts?: readonly string[];
  /** CIDR ranges ("10.1.0.0/16", "fd00::/8", "127.0.0.1/32") whose addresses may be fetched although private, loopback or otherwise special. */
  allowRanges?: readonly string[];
  /** file: URLs a fetch may read: exact, or everything under one ending in "/". Only what the node's config file names. */
  localFiles?: readonly string[];
}

/** Special-purpose ranges (IANA registries): never the address of a public feed or vendor download. */
const FORBIDDEN_V4 = [
  '0.0.0.0/8', // "this network", unspecified
  '10.0.0.0/8', // private
  '100.64.0.0/10', // carrier-grade NAT
  '127.0.0.0/8', // loopback
  '169.254.0.0/16', // link-local (cloud metadata services live here)
  '172.16.0.0/12', // private
  '192.0.0.0/24', // IETF protocol assignments
  '192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', // documentation
  '192.168.0.0/16', // private
  '198.18.0.0/15', // benchmarking
  '224.0.0.0/4', // multicast
  '240.0.0.0/4', // reserved, broadcast
];
const FORBIDDEN_V6 = [
  '::/128', // unspecified
  '::1/128', // loopback
  '100::/64', // discard
  '2001:db8::/32', // documentation
  'fc00::/7', // unique local (private)
  'fe80::/10', // link-local
  'fec0::/10', // site-local (deprecated)
  'ff00::/8', // multicast
];

const FORBIDDEN = (() => {
  const list = new BlockList();
  for (const range of FORBIDDEN_V4) addRange(list, range);
  for (const range of FORBIDDEN_V6) addRange(list, range);
  return list;
})();

const WEB_PROTOCOLS = new Set(['http:', 'https:']);
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f]/;

/** An absolute http(s) URL: the one rule, kept with the record rules (a child applies it to what its parent sends). */
export { isHttpUrl } from '../record-rules.js';

/** Parses "a.b.c.d/n" or "v6::/n" (a bare address is a /32 or /128); throws a plain Error saying what is wrong. */
export function parseRange(text: string): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } {
  if (typeof text !== 'string') throw new Error('a range must be a string such as "10.1.0.0/16"');
  const [address, bits, ...rest] = text.trim().split('/');
  const version = isIP(address);
  if (version === 0 || rest.length) throw new Error(`${JSON.stringify(text)} is not an address or CIDR range such as "10.1.0.0/16" or "fd00::/8"`);
  const max = version === 4 ? 32 : 128;
  const prefix = bits === undefined ? max : Number(bits);
  if (!/^\d{1,3}$/.test(bits ?? String(max)) || prefix > max) throw new Error(`${JSON.stringify(text)}: the prefix length must be 0-${max}`);
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
}

function addRange(list: BlockList, text: string): void {
  const { address, prefix, family } = parseRange(text);
  list.addSubnet(address, prefix, family);
}

/** "[::1]" -> "::1": URL host names keep IPv6 brackets. */
const bare = (hostname: string) => (hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname);

export function forbidden(message: string, details: Record<string, unknown> = {}): PatchtreeError {
  return new PatchtreeError(FETCH_FORBIDDEN, `${message} (see the fetch policy: config "fetch.allowHosts" / "fetch.allowRanges")`, { details });
}

/**
 * The FETCH_FORBIDDEN a policy raised, when `err` is one or got wrapped one (a
 * refused lookup or redirect); got's own refusal of a redirect to another
 * scheme (file:, ftp:) is one too.
 */
export function forbiddenCause(err: unknown): PatchtreeError | undefined {
  for (let e = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof PatchtreeError && e.code === FETCH_FORBIDDEN) return e;
    if ((e as { code?: unknown }).code === 'ERR_UNSUPPORTED_PROTOCOL') return forbidden('a redirect to a scheme other than http or https');
  }
  return undefined;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address?: string | LookupAddress[], family?: number) => void;

export class FetchPolicy {
  private readonly hosts: ReadonlySet<string>;
  private readonly suffixes: readonly string[];
  private readonly allowed = new BlockList();
  private readonly files: readonly string[];
  private readonly checksAddresses: boolean;
  private agents?: { http: HttpAgent; https: HttpsAgent };

  constructor(options: FetchPolicyOptions = {}, mode: 'checked' | 'unrestricted' = 'checked') {
    this.checksAddresses = mode === 'checked';
    const names = (options.allowHosts ?? []).map((h) => bare(h.trim().toLowerCase()));
    this.hosts = new Set(names.filter((h) => !h.startsWith('*.')));
    this.suffixes = names.filter((h) => h.startsWith('*.')).map((h) => h.slice(1));
    for (const range of options.allowRanges ?? []) addRange(this.allowed, range);
    this.files = (options.localFiles ?? []).map((f) => new URL(f).href);
  }

  /** No address check at all: only for the parent link the admin configured (content replication), never for feeds. */
  static unrestricted(): FetchPolicy {
    return new FetchPolicy({}, 'unrestricted');
  }

  /** True when the admin allowed this host name whatever it resolves to. */
  allowsHost(hostname: string): boolean {
    const host = bare(hostname.toLowerCase());
    return this.hosts.has(host) || this.suffixes.some((s) => host.endsWith(s));
  }

  /** True when a connection to this address is allowed (public, or in an allowed range). */
  allowsAddress(address: string): boolean {
    if (!this.checksAddresses) return true;
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    return this.allowed.check(address, family) || !FORBIDDEN.check(address, family);
  }

  /** True when `url` is a file: URL the config file named (or one under a named folder). */
  allowsFile(url: string): boolean {
    let href: string;
    try {
      href = new URL(url).href; // resolves "..", so a folder entry cannot be left
    } catch {
      return false;
    }
    return this.files.some((f) => href === f || (f.endsWith('/') && href.startsWith(f)));
  }

  /**
   * Checks what can be checked before connecting: the scheme, and the
   * address when the host is a literal IP (a socket never looks those up).
   * Host names are checked when they resolve (see `lookup`).
   */
  checkUrl(url: string, what = 'URL'): void {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw forbidden(`${what} is not a URL`);
    }
    const shown = redactUrl(url);
    if (parsed.protocol === 'file:') {
      if (!this.allowsFile(url)) throw forbidden(`${what} ${shown}: a file: URL is read only when the node's config file names it`, { url: shown });
      return;
    }
    if (!WEB_PROTOCOLS.has(parsed.protocol)) throw forbidden(`${what} ${shown}: only http and https are fetched`, { url: shown });
    const host = bare(parsed.hostname);
    if (isIP(host) && !this.allowsHost(host) && !this.allowsAddress(host)) {
      throw forbidden(`${what} ${shown}: ${host} is a loopback, private, link-local or otherwise special address`, { url: shown, address: host });
    }
  }

  /**
   * A dns.lookup that keeps only the addresses this policy allows (all of
   * them for an allowed host name) and fails with FETCH_FORBIDDEN when none
   * is left: handed to the socket, it checks the address actually connected to.
   */
  readonly lookup = (hostname: string, options: number | LookupAllOptions | { family?: number; all?: boolean }, callback: LookupCallback): void => {
    const opts = typeof options === 'number' ? { family: options } : options ?? {};
    dnsLookup(hostname, { ...opts, all: true } as LookupAllOptions, (err, addresses) => {
      if (err) return callback(err);
      const usable = this.allowsHost(hostname) ? addresses : addresses.filter((a) => this.allowsAddress(a.address));
      if (usable.length === 0) {
        const error = forbidden(`${hostname} resolves to ${addresses.map((a) => a.address).join(', ')}: a loopback, private, link-local or otherwise special address`, { host: hostname, addresses: addresses.map((a) => a.address) });
        return callback(error as unknown as NodeJS.ErrnoException);
      }
      if ((opts as { all?: boolean }).all) return callback(null, usable);
      callback(null, usable[0].address, usable[0].family);
    });
  };

  /**
   * got options that apply this policy: the checking lookup, agents of this
   * policy's own, and a check of every redirect hop before it is followed.
   */
  gotOptions() {
    if (!this.checksAddresses) return { hooks: { beforeRedirect: [(options: { url?: URL | string }) => this.checkUrl(String(options.url), 'redirect to')] } };
    this.agents ??= { http: new HttpAgent({ lookup: this.lookup } as never), https: new HttpsAgent({ lookup: this.lookup } as never) };
    return {
      dnsLookup: this.lookup as never,
      agent: this.agents,
      hooks: { beforeRedirect: [(options: { url?: URL | string }) => this.checkUrl(String(options.url), 'redirect to')] },
    };
  }
}
