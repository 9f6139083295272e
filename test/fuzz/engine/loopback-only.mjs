// Preloaded (NODE_OPTIONS=--import) into the node processes the fuzz suite
// starts: generated inputs put arbitrary host names and addresses into
// source URLs, feeds and links, and no test may reach anything but
// 127.0.0.1. Every lookup of another name fails as unknown and every
// connection to another address is refused, before a packet leaves, and
// each attempt is logged as one JSON line (counted by the suite, never a
// failure: the node's own fetch policy decides what it tries).
import dns from 'node:dns';
import net from 'node:net';
import { syncBuiltinESMExports } from 'node:module';

const isLoopback = (host) => {
  const bare = String(host ?? '').replace(/^\[|\]$/g, '');
  if (bare === 'localhost') return true;
  if (net.isIPv4(bare)) return bare.startsWith('127.');
  if (net.isIPv6(bare)) return bare === '::1' || /^::ffff:127\./i.test(bare);
  return false;
};

const note = (what, host) => process.stderr.write(`${JSON.stringify({ level: 40, msg: 'fuzz guard: refused an outbound attempt', what, host: String(host).slice(0, 200) })}\n`);

const lookup = dns.lookup;
dns.lookup = function guardedLookup(hostname, options, callback) {
  const cb = typeof options === 'function' ? options : callback;
  if (isLoopback(hostname)) return lookup.call(this, hostname, options, callback);
  note('lookup', hostname);
  const err = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname} (the fuzz suite lets nodes reach 127.0.0.1 only)`), { code: 'ENOTFOUND', hostname, syscall: 'getaddrinfo' });
  process.nextTick(cb, err);
  return {};
};
const promiseLookup = dns.promises.lookup;
dns.promises.lookup = async function guardedPromiseLookup(hostname, options) {
  if (isLoopback(hostname)) return promiseLookup.call(this, hostname, options);
  note('lookup', hostname);
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname} (the fuzz suite lets nodes reach 127.0.0.1 only)`), { code: 'ENOTFOUND', hostname, syscall: 'getaddrinfo' });
};

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  // Node calls it with normalised arguments ([options, callback]) or as the public API does.
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  const options = typeof first === 'object' && first !== null ? first : { port: first, host: typeof args[1] === 'string' ? args[1] : undefined };
  const host = options.host;
  if (options.path === undefined && host && net.isIP(String(host).replace(/^\[|\]$/g, '')) && !isLoopback(host)) {
    note('connect', host);
    process.nextTick(() => this.destroy(Object.assign(new Error(`connect ECONNREFUSED ${host} (the fuzz suite lets nodes reach 127.0.0.1 only)`), { code: 'ECONNREFUSED', address: host, syscall: 'connect' })));
    return this;
  }
  return connect.apply(this, args);
};

syncBuiltinESMExports();
