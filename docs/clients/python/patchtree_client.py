#!/usr/bin/env python3
"""A patchtree child written from protocol/patchtree.proto and the README alone.

It proves the sync protocol is open: nothing here imports or mirrors the
project's TypeScript. It registers as a child of a parent, says hello with a
signed statement, replicates the catalog rule (complete, then differential),
checks the whole-set digest, reports its runs, and dumps what it holds.

    patchtree_client.py --state DIR register --parent URL --admin-token-file F --child-id ID --languages en-US,de-DE
    patchtree_client.py --state DIR hello
    patchtree_client.py --state DIR sync [--mode differential|complete] [--rule catalog|policies] [--batch-size N] [--stop-after-batches N]
    patchtree_client.py --state DIR languages en-US,fr-FR
    patchtree_client.py --state DIR records [--rule catalog] [--decoded]

Every command prints one JSON document on stdout; failures print
{"error": {"code", "message"}} and exit 1 (2 when the digest differs).

Needs python3, Debian's python3-protobuf and python3-cryptography (ed25519),
and protoc (protobuf-compiler): the message module is generated from the
.proto at start into a temporary folder (see README "Other clients").

What it skips (a patchtree child does all of it): TUF checks (root chains,
targets signatures and expiry, listings against targets, each change against
its publisher's listing), sampled verification with verify/fetch repairs,
the fall-back complete run after a digest mismatch, per-record field rules,
content, descendants, the served_through bucket rule. It keeps listings by
their hash only, refuses a key outside the run's rule, and otherwise trusts
the parent: it is a protocol demonstration, not a hardened child.
"""

import argparse
import hashlib
import http.client
import importlib
import json
import os
import secrets
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
from datetime import datetime, timezone

PB = None  # the patchtree_pb2 module, generated at start
PROTOCOL_VERSION = 1
DEFAULT_PROTO = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'protocol', 'patchtree.proto')
# Which record keys each rule replicates (README "What a child checks": key forms).
RULE_PREFIXES = {'catalog': ('b/', 'u/', 's/'), 'policies': ('p/', 'e/')}
TIMEOUT_SECONDS = 30


class ClientError(Exception):
    def __init__(self, code, message, exit_code=1):
        super().__init__(message)
        self.code = code
        self.exit_code = exit_code


def load_messages(proto_path):
    """Generates patchtree_pb2 from the .proto with protoc (nothing generated is kept)."""
    out = tempfile.mkdtemp(prefix='patchtree-pb2-')
    try:
        proto_path = os.path.abspath(proto_path)
        subprocess.run(['protoc', f'--proto_path={os.path.dirname(proto_path)}', f'--python_out={out}', proto_path], check=True)
        sys.path.insert(0, out)
        return importlib.import_module(os.path.splitext(os.path.basename(proto_path))[0] + '_pb2')
    finally:
        if out in sys.path:
            sys.path.remove(out)
        shutil.rmtree(out, ignore_errors=True)  # the module is loaded: its file is not needed any more


# --- wire format: varints and length-delimited fields, read by hand so that
# each change is hashed and kept as the exact bytes the parent sent ---------

def read_varint(data, pos):
    result = shift = 0
    while True:
        if pos >= len(data):
            raise ClientError('PROTO_DECODE', 'varint runs past the end')
        b = data[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, pos
        shift += 7
        if shift > 63:
            raise ClientError('PROTO_DECODE', 'varint too long')


def fields(data):
    """Yields (field number, wire type, value) of one encoded message; value is bytes for length-delimited fields."""
    pos = 0
    while pos < len(data):
        tag, pos = read_varint(data, pos)
        number, wire = tag >> 3, tag & 7
        if wire == 0:
            value, pos = read_varint(data, pos)
        elif wire == 2:
            length, pos = read_varint(data, pos)
            if pos + length > len(data):
                raise ClientError('PROTO_DECODE', 'field runs past its message')
            value, pos = data[pos:pos + length], pos + length
        elif wire == 1:
            value, pos = data[pos:pos + 8], pos + 8
        elif wire == 5:
            value, pos = data[pos:pos + 4], pos + 4
        else:
            raise ClientError('PROTO_DECODE', f'wire type {wire}')
        yield number, wire, value


def decode(message_class, data):
    """A message of the parent's, or PROTO_DECODE: nothing of a malformed answer is used."""
    try:
        return message_class.FromString(data)
    except Exception as err:  # google.protobuf.message.DecodeError and what the runtime raises for bad UTF-8
        raise ClientError('PROTO_DECODE', f'not a {message_class.DESCRIPTOR.name}: {err}')


def raw_changes(batch_bytes):
    """The encoded Change messages of a SyncBatch (field 1), as sent."""
    return [value for number, wire, value in fields(batch_bytes) if number == 1 and wire == 2]


# --- the two digests the README defines --------------------------------------

def set_digest(change_bytes_list):
    """README: sum of sha256(change bytes) mod 2^256 as 64 lowercase hex digits, with the count."""
    total = 0
    count = 0
    for b in change_bytes_list:
        total = (total + int.from_bytes(hashlib.sha256(b).digest(), 'big')) % (1 << 256)
        count += 1
    return {'count': count, 'digest': format(total, '064x')}


def tuf_keyid(public_hex):
    """README Identities: sha256 of the key's canonical JSON (sorted keys, no spaces)."""
    canonical = json.dumps({'keytype': 'ed25519', 'keyval': {'public': public_hex}, 'scheme': 'ed25519'}, sort_keys=True, separators=(',', ':'))
    return hashlib.sha256(canonical.encode()).hexdigest()


# --- local state: one SQLite file; a batch and its checkpoint are one transaction

class Store:
    def __init__(self, state_dir):
        os.makedirs(state_dir, mode=0o700, exist_ok=True)
        self.db = sqlite3.connect(os.path.join(state_dir, 'records.sqlite'), isolation_level=None)
        self.db.execute('CREATE TABLE IF NOT EXISTS records (rule TEXT, key TEXT, bytes BLOB, PRIMARY KEY (rule, key))')
        self.db.execute('CREATE TABLE IF NOT EXISTS checkpoints (rule TEXT PRIMARY KEY, store_id TEXT, seq INTEGER, filter TEXT, complete_after_key TEXT, complete_upto INTEGER)')
        self.db.execute('CREATE TABLE IF NOT EXISTS settings (name TEXT PRIMARY KEY, value TEXT)')

    def setting(self, name, default=None):
        row = self.db.execute('SELECT value FROM settings WHERE name = ?', (name,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, name, value):
        self.db.execute('INSERT OR REPLACE INTO settings VALUES (?, ?)', (name, json.dumps(value)))

    def checkpoint(self, rule):
        row = self.db.execute('SELECT store_id, seq, filter, complete_after_key, complete_upto FROM checkpoints WHERE rule = ?', (rule,)).fetchone()
        return None if row is None else dict(zip(('store_id', 'seq', 'filter', 'complete_after_key', 'complete_upto'), row))

    def records(self, rule):
        return self.db.execute('SELECT key, bytes FROM records WHERE rule = ? ORDER BY key', (rule,)).fetchall()


def apply_batch(store, rule, changes, checkpoint, keep, walked=None):
    """Applies one batch and writes its checkpoint in one transaction. Returns (applied, deleted)."""
    applied = deleted = 0
    db = store.db
    db.execute('BEGIN')
    try:
        carried = set()
        for raw, change in changes:
            carried.add(change.key)
            if change.deleted or not keep(change):
                # A tombstone, or a live record outside this child's languages (it left them): drop our copy.
                deleted += db.execute('DELETE FROM records WHERE rule = ? AND key = ?', (rule, change.key)).rowcount
            else:
                db.execute('INSERT OR REPLACE INTO records VALUES (?, ?, ?)', (rule, change.key, raw))
                applied += 1
        if walked is not None:
            # Complete batch: what we hold in (from_key, last_key] that the batch does not carry is gone on the parent.
            from_key, last_key = walked
            held = [k for (k,) in db.execute('SELECT key FROM records WHERE rule = ? AND key > ? AND key <= ?', (rule, from_key, last_key))]
            for k in held:
                if k not in carried:
                    db.execute('DELETE FROM records WHERE rule = ? AND key = ?', (rule, k))
                    deleted += 1
        db.execute('INSERT OR REPLACE INTO checkpoints VALUES (?, ?, ?, ?, ?, ?)', (rule, checkpoint['store_id'], checkpoint['seq'], checkpoint['filter'], checkpoint.get('complete_after_key', ''), checkpoint.get('complete_upto', 0)))
        db.execute('COMMIT')
    except BaseException:
        db.execute('ROLLBACK')
        raise
    return applied, deleted


# --- HTTP ---------------------------------------------------------------------

def connect(url):
    u = urllib.parse.urlsplit(url)
    cls = http.client.HTTPSConnection if u.scheme == 'https' else http.client.HTTPConnection
    return cls(u.hostname, u.port, timeout=TIMEOUT_SECONDS), u.path.rstrip('/')


def sync_post(conf, path, message):
    """POST /sync/v1/PATH with the child's headers; returns the open response (status 2xx) or raises the parent's SyncError."""
    conn, base = connect(conf['parent'])
    body = message.SerializeToString()
    try:
        conn.request('POST', f'{base}/sync/v1/{path}', body=body, headers={
            'Content-Type': 'application/x-protobuf',
            'Authorization': f"Bearer {conf['credential']}",
            'x-patchtree-child': conf['childId'],
        })
        res = conn.getresponse()
    except OSError as err:
        raise ClientError('REPL_PARENT_UNREACHABLE', f'{path}: {err}')
    if res.status >= 300:
        data = res.read()
        code = res.getheader('x-patchtree-error') or 'REPL_PARENT_ERROR'
        try:
            err = PB.SyncError.FromString(data)
            code, message_text = err.code or code, err.message
        except Exception:
            message_text = data[:200].decode('utf-8', 'replace')
        raise ClientError(code, f'{path}: HTTP {res.status}: {message_text}')
    return res


def admin_post(parent, token, path, body):
    conn, base = connect(parent)
    conn.request('POST', f'{base}/api/v1{path}', body=json.dumps(body), headers={'Authorization': f'Bearer {token}', 'Content-Type': 'application/json'})
    res = conn.getresponse()
    answer = json.loads(res.read() or b'{}')
    if res.status >= 300:
        err = answer.get('error', {})
        raise ClientError(err.get('code', 'HTTP_%d' % res.status), err.get('message', ''))
    return answer


def read_frames(res):
    """The session's frames: each a varint byte length, then the encoded SyncFrame."""
    buf = bytearray()
    while True:
        chunk = res.read1(65536)  # what has arrived: frames are handled as they come
        buf += chunk
        pos = 0
        while True:
            header = frame_length(buf, pos)
            if header is None or header[1] + header[0] > len(buf):
                break  # the rest of this frame has not arrived yet
            length, start = header
            yield bytes(buf[start:start + length])
            pos = start + length
        del buf[:pos]
        if not chunk:
            if buf:
                raise ClientError('REPL_INTERRUPTED', 'the session ended inside a frame')
            return


def frame_length(buf, pos):
    """(length, offset of the frame) of the frame at pos, or None while its varint is not all here."""
    for end in range(pos, min(len(buf), pos + 10)):
        if not buf[end] & 0x80:
            return read_varint(buf, pos)
    if len(buf) - pos >= 10:
        raise ClientError('PROTO_DECODE', 'a frame length longer than a varint can be')
    return None


# --- commands -------------------------------------------------------------------

def load_conf(store):
    conf = store.setting('client')
    if conf is None:
        raise ClientError('CLIENT_NOT_REGISTERED', 'run register first')
    return conf


def cmd_register(store, args):
    with open(args.admin_token_file) as f:
        token = f.read().strip()
    answer = admin_post(args.parent, token, '/children', {'id': args.child_id})
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives import serialization
    key = Ed25519PrivateKey.generate()
    seed = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    conf = {
        'parent': args.parent.rstrip('/'),
        'childId': args.child_id,
        'credential': answer['credential'],
        'publisherKeys': answer.get('publisherKeys', []),
        'languages': sorted(set(args.languages.split(','))),
        # Our own node id, generated: the child id is the parent admin's name for us, not our id.
        'nodeId': 'py-' + secrets.token_hex(4),
        'identitySeed': seed.hex(),
    }
    store.set_setting('client', conf)
    print(json.dumps({'registered': conf['childId'], 'nodeId': conf['nodeId'], 'identity': identity_of(conf)[1], 'publisherKeys': len(conf['publisherKeys'])}))


def iso_utc(moment):
    """ISO 8601 in UTC with milliseconds and a Z, as the node writes its own times."""
    return moment.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % (moment.microsecond // 1000)


def identity_of(conf):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives import serialization
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(conf['identitySeed']))
    public_hex = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
    return key, tuf_keyid(public_hex), public_hex


def cmd_hello(store, args):
    conf = load_conf(store)
    key, identity, public_hex = identity_of(conf)
    statement = PB.NodeStatement(
        public_key=public_hex,
        parent_identity=store.setting('parentIdentity', ''),
        node_id=conf['nodeId'],
        languages=conf['languages'],
        issued=iso_utc(datetime.now(timezone.utc)),
    ).SerializeToString()
    report = PB.LanguageReport(
        protocol_version=PROTOCOL_VERSION, child_id=conf['childId'], languages=conf['languages'],
        identity=identity, node_id=conf['nodeId'],
        statement=PB.SignedStatement(statement=statement, signature=key.sign(statement)),
    )
    ack = decode(PB.LanguageAck, sync_post(conf, 'hello', report).read())
    store.set_setting('parentIdentity', ack.parent_identity)
    print(json.dumps({'parentId': ack.parent_id, 'parentIdentity': ack.parent_identity, 'unmanaged': list(ack.unmanaged),
                      'rules': [r.name for r in ack.rules], 'identity': identity, 'nodeId': conf['nodeId']}))


def cmd_sync(store, args):
    conf = load_conf(store)
    rule = args.rule
    rule_enum = {'catalog': PB.RULE_CATALOG, 'policies': PB.RULE_POLICIES}[rule]
    mode_enum = {'differential': PB.MODE_DIFFERENTIAL, 'complete': PB.MODE_COMPLETE}[args.mode]
    _, identity, _ = identity_of(conf)
    wanted = set(conf['languages']) | {'neutral'}
    keep = lambda change: bool(wanted.intersection(change.languages))
    held = store.checkpoint(rule)
    # Listings we hold already (sha256 hex of their bytes): the parent sends only the others.
    held_listings = store.setting('heldListings', [])
    request = PB.SyncRequest(protocol_version=PROTOCOL_VERSION, child_id=conf['childId'], via=[identity], rule=rule_enum,
                             mode=mode_enum, languages=conf['languages'], batch_size=args.batch_size, held_listings=held_listings)
    if held:
        request.checkpoint.CopyFrom(PB.Checkpoint(**held))
    started = datetime.now(timezone.utc)
    t0 = time.monotonic()
    counts = {'rule': rule, 'requestedMode': args.mode, 'mode': None, 'reason': '', 'batches': 0, 'listings': 0,
              'received': 0, 'applied': 0, 'deleted': 0, 'bytes': 0}
    run_id = store.setting('runId', 0) + 1
    store.set_setting('runId', run_id)
    start = end = None
    try:
        res = sync_post(conf, 'session', request)
        for frame_bytes in read_frames(res):
            counts['bytes'] += len(frame_bytes)
            frame = decode(PB.SyncFrame, frame_bytes)
            kind = frame.WhichOneof('frame')
            if kind == 'error':
                raise ClientError(frame.error.code or 'REPL_PARENT_ERROR', frame.error.message)
            if kind == 'start':
                start = frame.start
                counts['mode'] = 'complete' if start.mode == PB.MODE_COMPLETE else 'differential'
                counts['reason'] = start.reason
                continue
            if kind is None:
                raise ClientError('PROTO_DECODE', 'a frame of no kind this protocol defines (or not a frame: is the framing a varint length?)')
            if start is None:
                raise ClientError('PROTO_DECODE', f'a {kind} frame before the start frame')
            if kind == 'listing':
                counts['listings'] += 1  # kept by its hash only, not checked: see the module docstring
                held_listings.append(hashlib.sha256(frame.listing.data).hexdigest())
            elif kind == 'batch':
                batch = frame.batch
                # Keep each change as the bytes the parent sent, not as protobuf would re-encode it.
                batch_raw = next(v for n, w, v in fields(frame_bytes) if n == 2 and w == 2)
                changes = [(raw, decode(PB.Change, raw)) for raw in raw_changes(batch_raw)]
                for _, change in changes:
                    if not change.key.startswith(RULE_PREFIXES[rule]):
                        raise ClientError('REPL_BAD_RECORD', f'the parent sent {change.key!r} in a {rule} run')
                counts['batches'] += 1
                counts['received'] += len(changes)
                if batch.last_key:
                    # A complete batch walking key order: its resume point goes with it (seq is not read
                    # while a resume point is set; the end frame sets it).
                    cp = {'store_id': start.store_id, 'seq': 0, 'filter': start.filter,
                          'complete_after_key': batch.last_key, 'complete_upto': start.upto_seq}
                    applied, deleted = apply_batch(store, rule, changes, cp, keep, walked=(batch.from_key, batch.last_key))
                else:
                    # Differential batches (and a resumed complete run's catch-up): the sequence moves, a resume point stays.
                    cp = {'store_id': start.store_id, 'seq': batch.last_seq, 'filter': start.filter}
                    current = store.checkpoint(rule)
                    if counts['mode'] == 'complete' and current and current.get('complete_after_key'):
                        cp.update(complete_after_key=current['complete_after_key'], complete_upto=current['complete_upto'], seq=current['seq'])
                    applied, deleted = apply_batch(store, rule, changes, cp, keep)
                counts['applied'] += applied
                counts['deleted'] += deleted
                if args.stop_after_batches and counts['batches'] >= args.stop_after_batches:
                    res.close()
                    raise ClientError('REPL_INTERRUPTED', f'stopped after {counts["batches"]} batches (--stop-after-batches): the next run resumes')
            elif kind == 'end':
                end = frame.end
                apply_batch(store, rule, [], {'store_id': start.store_id, 'seq': end.upto_seq, 'filter': start.filter}, keep)
                break
        if end is None:
            raise ClientError('REPL_INTERRUPTED', 'the session ended before its end frame')
        mine = set_digest(b for _, b in store.records(rule))
        theirs = {'count': end.digest.count, 'digest': end.digest.digest}
        counts.update(uptoSeq=end.upto_seq, records=mine['count'], digest=mine, parentDigest=theirs, digestEqual=mine == theirs)
        if mine != theirs:
            raise ClientError('REPL_DIGEST_MISMATCH', f'our digest {mine} differs from the parent\'s {theirs}', exit_code=2)
        store.set_setting('heldListings', sorted(set(held_listings)))
        report_run(conf, run_id, rule, counts, started, t0, None)
        print(json.dumps(counts))
    except ClientError as err:
        report_run(conf, run_id, rule, counts, started, t0, err)
        raise


def report_run(conf, run_id, rule, counts, started, t0, err):
    """POST /sync/v1/runs: the parent's view of this child (its health) comes from these."""
    status = 'ok' if err is None else 'failed'
    report = PB.RunReport(
        protocol_version=PROTOCOL_VERSION, child_id=conf['childId'], rule=rule, trigger='manual',
        mode=PB.MODE_COMPLETE if counts['mode'] == 'complete' else PB.MODE_DIFFERENTIAL, reason=counts['reason'],
        started=iso_utc(started),
        duration_ms=int((time.monotonic() - t0) * 1000), received=counts['received'], applied=counts['applied'],
        deleted=counts['deleted'], bytes=counts['bytes'], digest_equal=bool(counts.get('digestEqual')),
        error_code='' if err is None else err.code, error_message='' if err is None else str(err)[:1024],
        ok=err is None, status=status, run_id=run_id, upto_seq=counts.get('uptoSeq', 0) if err is None else 0,
    )
    try:
        sync_post(conf, 'runs', report).read()
    except ClientError as report_err:
        print(json.dumps({'warning': {'code': report_err.code, 'message': f'run report not taken: {report_err}'}}), file=sys.stderr)


def cmd_languages(store, args):
    """Changes the languages this child holds: the next hello reports them, the next sync runs complete (another filter)."""
    conf = load_conf(store)
    conf['languages'] = sorted(set(args.languages.split(',')))
    store.set_setting('client', conf)
    print(json.dumps({'languages': conf['languages']}))


def cmd_records(store, args):
    out = {}
    for key, raw in store.records(args.rule):
        if args.decoded:
            change = PB.Change.FromString(raw)
            body = change.record.WhichOneof('body')
            record = getattr(change.record, body) if body else None
            out[key] = {'languages': list(change.languages), 'kind': body,
                        'id': getattr(record, 'id', '') if record is not None else '',
                        'customSeverity': getattr(record, 'custom_severity', '') if body == 'bulletin' else None}
        else:
            out[key] = hashlib.sha256(raw).hexdigest()
    print(json.dumps(out, sort_keys=True))


def main(argv):
    global PB
    parser = argparse.ArgumentParser(description='A patchtree child in Python, from the protocol and the README alone.')
    parser.add_argument('--state', required=True, help='folder of this client\'s registration, identity key, records and checkpoints')
    parser.add_argument('--proto', default=DEFAULT_PROTO, help='path of patchtree.proto (compiled with protoc at start)')
    sub = parser.add_subparsers(dest='command', required=True)
    reg = sub.add_parser('register')
    reg.add_argument('--parent', required=True)
    reg.add_argument('--admin-token-file', required=True)
    reg.add_argument('--child-id', required=True)
    reg.add_argument('--languages', required=True, help='comma list of BCP 47 tags this child holds (neutral is implied)')
    sub.add_parser('hello')
    syn = sub.add_parser('sync')
    syn.add_argument('--rule', choices=['catalog', 'policies'], default='catalog')
    syn.add_argument('--mode', choices=['differential', 'complete'], default='differential')
    syn.add_argument('--batch-size', type=int, default=0, help='0: the parent\'s default (1,000)')
    syn.add_argument('--stop-after-batches', type=int, default=0, help='hang up after this many batches, as a cut connection would (to see a run resume)')
    lang = sub.add_parser('languages')
    lang.add_argument('languages', help='comma list of BCP 47 tags')
    rec = sub.add_parser('records')
    rec.add_argument('--rule', choices=['catalog', 'policies'], default='catalog')
    rec.add_argument('--decoded', action='store_true')
    args = parser.parse_args(argv)
    os.umask(0o077)  # the state holds the credential and the identity key: this user's alone
    PB = load_messages(args.proto)
    store = Store(args.state)
    try:
        {'register': cmd_register, 'hello': cmd_hello, 'sync': cmd_sync, 'languages': cmd_languages, 'records': cmd_records}[args.command](store, args)
    except ClientError as err:
        print(json.dumps({'error': {'code': err.code, 'message': str(err)}}))
        return err.exit_code
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
