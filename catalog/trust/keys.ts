import { createPrivateKey, createPublicKey, generateKeyPairSync, hash, sign, verify, type KeyObject } from 'node:crypto';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { canonicalize } from '@tufjs/canonical-json';
import { PatchtreeError } from '../../protocol/index.js';

/**
 * A public key as TUF writes it (keytype, scheme, keyval.public in hex) with
 * its TUF key id: the sha256 of the key's canonical JSON. This is the form
 * a child pins (`parent.publisherKeys`) and the form roots list.
 */
export interface PublicKeyInfo {
  keyid: string;
  keytype: 'ed25519';
  scheme: 'ed25519';
  public: string;
}

/** The TUF JSON of a key (what its key id hashes). */
export const tufKeyJson = (publicHex: string) => ({ keytype: 'ed25519', scheme: 'ed25519', keyval: { public: publicHex } });

/** TUF key id of an ed25519 public key given as 64 hex digits. */
export function keyIdOf(publicHex: string): string {
  return hash('sha256', canonicalize(tufKeyJson(publicHex)), 'hex');
}

/** Checks and normalises a public key a config, a registration answer or a peer gives. */
export function parsePublicKey(value: unknown, where: string): PublicKeyInfo {
  const v = value as Partial<PublicKeyInfo> | undefined;
  const publicHex = typeof v?.public === 'string' ? v.public.toLowerCase() : '';
  if (!/^[0-9a-f]{64}$/.test(publicHex)) throw new PatchtreeError('SETTINGS_INVALID', `${where}: a publisher key needs "public", an ed25519 public key as 64 hex digits`);
  if ((v?.keytype ?? 'ed25519') !== 'ed25519' || (v?.scheme ?? 'ed25519') !== 'ed25519') throw new PatchtreeError('SETTINGS_INVALID', `${where}: only ed25519 keys are supported`);
  const keyid = keyIdOf(publicHex);
  if (v?.keyid !== undefined && v.keyid !== keyid) throw new PatchtreeError('SETTINGS_INVALID', `${where}: keyid ${String(v.keyid).slice(0, 80)} is not the id of that public key (${keyid})`);
  return { keyid, keytype: 'ed25519', scheme: 'ed25519', public: publicHex };
}

/** An ed25519 key pair of this node, kept as PKCS#8 PEM in a 0600 file. */
export class NodeKey {
  readonly info: PublicKeyInfo;

  private constructor(private readonly privateKey: KeyObject) {
    const publicHex = Buffer.from(createPublicKey(privateKey).export({ format: 'jwk' }).x!, 'base64url').toString('hex');
    this.info = { keyid: keyIdOf(publicHex), keytype: 'ed25519', scheme: 'ed25519', public: publicHex };
  }

  get keyid(): string {
    return this.info.keyid;
  }

  static generate(): NodeKey {
    return new NodeKey(generateKeyPairSync('ed25519').privateKey);
  }

  /** Reads the key at `path`, or makes one there on first start. */
  static async loadOrCreate(path: string): Promise<NodeKey> {
    try {
      return NodeKey.fromPem(await readFile(path, 'utf8'));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      const key = NodeKey.generate();
      await key.save(path);
      return key;
    }
  }

  static fromPem(pem: string): NodeKey {
    const key = createPrivateKey(pem);
    if (key.asymmetricKeyType !== 'ed25519') throw new PatchtreeError('SETTINGS_INVALID', 'a node key must be an ed25519 key');
    return new NodeKey(key);
  }

  /** Writes the key (0600, in a 0700 folder) through a temporary file, so a crash never leaves half a key. */
  async save(path: string): Promise<void> {
    const dir = join(path, '..');
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await chmod(dir, 0o700);
    const temp = `${path}.${process.pid}.tmp`;
    await writeFile(temp, this.privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
    await rename(temp, path);
  }

  sign(data: Uint8Array): Buffer {
    return sign(null, data, this.privateKey);
  }
}

/** True when `signature` is `key`'s ed25519 signature of `data`. */
export function verifySignature(key: PublicKeyInfo, data: Uint8Array, signature: Uint8Array): boolean {
  try {
    const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(key.public, 'hex').toString('base64url') }, format: 'jwk' });
    return verify(null, data, publicKey, signature);
  } catch {
    return false;
  }
}
