// CLI commands over signed publishing: this node's publisher key, and the keys a child pins.
import { Argument, type Command } from 'commander';
import { integer } from './cli-args.js';
import { clientCommand, yesOption } from './cli-kit.js';
import { out } from './cli-output.js';

export function trustCommands(program: Command): void {
  const trust = clientCommand(program, 'trust', 'publisher key, pinned keys, held signed documents', async ({ client, show }) => {
    const t = await client.call('GET', '/trust');
    show(t, () => {
      out(`publisher ${t.publisher.id}  key ${t.publisher.key.keyid}  version ${t.publisher.version}  expires ${t.publisher.expires ?? '-'}`);
      out(`keys a child registered here pins: ${t.keysForChildren.map((k: any) => k.keyid).join(', ')}`);
      if (t.asChild) {
        out(`pinned: ${t.asChild.pinned.join(', ') || '(none)'}${t.asChild.trustOnFirstUse ? ' (trust on first use)' : ''}  revoked: ${t.asChild.revoked.join(', ') || '(none)'}`);
        for (const [rule, docs] of Object.entries(t.asChild.held as Record<string, any[]>)) for (const d of docs) out(`${rule}: publisher ${d.publisher.slice(0, 16)} (${d.nodeId}) version ${d.version} expires ${d.expires}`);
      }
    });
  });
  yesOption(clientCommand(trust, 'roll-key', "roll this node's publisher key (children follow on their next run)", async ({ client, show, confirm }) => {
    await confirm('Roll the publisher key? Children follow the new root on their next run; a child that misses it must be re-pinned.');
    const r = await client.call('POST', '/trust/roll-key');
    show(r, () => out(`publisher key rolled: ${r.key.keyid}; children follow on their next run`));
  }));
  clientCommand(trust, 'raise-version', 'after a restore: sign above version N', async ({ client, show }, version: number) => {
    const r = await client.call('POST', '/trust/raise-version', { version });
    show(r, () => out(`the next signature takes a version above ${r.version}`));
  }).addArgument(new Argument('<n>', 'the highest version signed before the restore').argParser(integer(0, Number.MAX_SAFE_INTEGER)));
  yesOption(clientCommand(trust, 'revoke <keyid>', "a child's admin: stop trusting a publisher key", async ({ client, show, confirm }, keyid: string) => {
    await confirm(`Revoke publisher key ${keyid}? Nothing it signed is taken any more.`);
    const r = await client.call('POST', '/trust/revoke', { keyid });
    show(r, () => out(`revoked: ${r.revoked.join(', ')}`));
  }));
  clientCommand(trust, 'pin <public-key-hex>', "a child's admin: pin a publisher key", async ({ client, show }, key: string) => {
    const r = await client.call('POST', '/trust/pin', { key: { public: key } });
    show(r, () => out(`pinned: ${r.pinned.join(', ')}`));
  });
}
