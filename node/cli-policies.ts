// CLI commands over Software Update policies, addressed by id or by name.
import type { Command } from 'commander';
import { resolvePolicy } from './cli-client.js';
import { clientCommand, yesOption } from './cli-kit.js';
import { out, table } from './cli-output.js';

export function policyCommands(program: Command): void {
  const policies = clientCommand(program, 'policies', 'list policies', async ({ client, show }) => {
    const { policies: list } = await client.call('GET', '/policies');
    show(list, () => table(list.map((p: any) => ({ id: p.id, name: p.name, enabled: p.enabled, bulletins: p.bulletinIds.length, target: p.target }))));
  });

  clientCommand(policies, 'create <name> <bulletin...>', 'create a policy from fully staged bulletins', async ({ client, show, opts }, name: string, bulletinIds: string[]) => {
    const p = await client.call('POST', '/policies', {
      name,
      bulletinIds,
      target: opts.target,
      schedule: opts.schedule,
      overrideMaintenanceWindow: opts.overrideMw === true,
      enabled: opts.disabled !== true,
    });
    show(p, () => out(`policy ${p.id} "${p.name}" created with ${p.entries.length} update(s)`));
  })
    .option('--target <filter>', 'the named computer filter (default All Computers)')
    .option('--schedule <cron>', 'when the policy applies')
    .option('--override-mw', 'override the maintenance window')
    .option('--disabled', 'create it disabled');

  const detail = (p: any) => () => {
    out(`${p.id}  "${p.name}"  ${p.enabled ? 'enabled' : 'disabled'}  target ${p.target}  schedule ${p.schedule || '-'}${p.overrideMaintenanceWindow ? '  overrides maintenance window' : ''}`);
    out(`bulletins ${p.bulletinIds.join(', ')}`);
    table(p.entries.map((e: any) => ({ update: e.updateKey, language: e.language, enabled: e.enabled, commandLine: e.commandLine })));
  };
  clientCommand(policies, 'show <policy>', 'one policy (by id or name) and its per-update entries', async ({ client, show }, ref: string) => {
    const p = await client.call('GET', `/policies/${encodeURIComponent((await resolvePolicy(client, ref)).id)}`);
    show(p, detail(p));
  });
  for (const action of ['enable', 'disable'] as const) {
    clientCommand(policies, `${action} <policy>`, `${action} a policy (by id or name)`, async ({ client, show }, ref: string) => {
      const p = await client.call('PATCH', `/policies/${encodeURIComponent((await resolvePolicy(client, ref)).id)}`, { enabled: action === 'enable' });
      show(p, detail(p));
    });
  }
  yesOption(clientCommand(policies, 'delete <policy>', 'delete a policy (by id or name); children lose it at their next run', async ({ client, show, confirm }, ref: string) => {
    const policy = await resolvePolicy(client, ref);
    await confirm(`Delete policy "${policy.name}" (${policy.id})? Children remove it at their next run.`);
    await client.call('DELETE', `/policies/${encodeURIComponent(policy.id)}`);
    show({ deleted: policy }, () => out(`policy ${policy.id} deleted`));
  }));
}
