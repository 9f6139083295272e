// CLI commands over replication: children, alerts, rules, run now (and wait),
// pull, run history.
import { Argument, Option, type Command } from 'commander';
import { commaList, decimal, percentOrOff } from './cli-args.js';
import { resolvePolicy } from './cli-client.js';
import { clientCommand, yesOption } from './cli-kit.js';
import { out, printRun, table } from './cli-output.js';
import { runAndWait } from './cli-run-wait.js';

const PULL_RULES = ['catalog', 'policies', 'content'];
const MODES = ['differential', 'complete'];

export function replicationCommands(program: Command): void {
  const children = clientCommand(program, 'children', 'registered children (this node as a parent)', async ({ client, show }) => {
    const { children: list } = await client.call('GET', '/children');
    show(list, () => table(list.map((c: any) => ({ id: c.id, name: c.name, languages: c.languages.join(',') || '-', below: c.descendants.length, lastSeen: c.lastSeen ?? 'never', ...(c.health ? { health: c.health.state } : {}) }))));
  });
  clientCommand(children, 'add <id> [name]', 'register a child: prints its credential once', async ({ client, show }, id: string, name?: string) => {
    const c = await client.call('POST', '/children', { id, name });
    show(c, () => {
      out(`child ${c.id} registered. Its credential (shown once), for the child's config as parent.credential:`);
      out(`  ${c.credential}`);
    });
  });
  yesOption(clientCommand(children, 'remove <id>', 'remove a child: its credential stops working', async ({ client, show, confirm }, id: string) => {
    await confirm(`Remove child ${id}? Its credential stops working and its run history here is deleted.`);
    await client.call('DELETE', `/children/${encodeURIComponent(id)}`);
    show({ removed: id }, () => out(`child ${id} removed`));
  }));

  clientCommand(program, 'alerts', 'language and signature alerts', async ({ client, show }) => {
    const { alerts } = await client.call('GET', '/alerts');
    show(alerts, () => (alerts.length ? alerts.forEach((a: any) => out(`ALERT ${a.code ? `${a.code} (${a.rule}) ` : ''}${a.message}`)) : out('no alerts')));
  });

  const rules = clientCommand(program, 'rules', 'replication rules for the children', async ({ client, show }) => {
    const { rules: all } = await client.call('GET', '/replication/rules');
    show(all, () => table(Object.entries(all).map(([name, r]: [string, any]) => ({ rule: name, mode: r.mode, schedule: r.schedule, verification: r.verification.enabled ? `${r.verification.percent}%` : 'off', ...(r.policyIds?.length ? { policies: r.policyIds.length } : {}) }))));
  });
  clientCommand(rules, 'set', 'change a rule', async ({ client, show, opts }, rule: string) => {
    const body: Record<string, unknown> = { mode: opts.mode, schedule: opts.schedule };
    if (opts.verify !== undefined) body.verification = opts.verify === 'off' ? { enabled: false } : { enabled: true, percent: opts.verify };
    if (opts.allPolicies) body.policyIds = [];
    if (opts.policies) body.policyIds = await Promise.all((opts.policies as string[]).map(async (ref) => (await resolvePolicy(client, ref)).id));
    const r = await client.call('PUT', `/replication/rules/${encodeURIComponent(rule)}`, body);
    show(r, () => out(`${rule}: ${r.mode}, schedule ${r.schedule}, verification ${r.verification.enabled ? `${r.verification.percent}%` : 'off'}${r.policyIds?.length ? `, ${r.policyIds.length} policies` : ''}`));
  })
    .addArgument(new Argument('<rule>', 'the rule to change').choices(['language-alerting', ...PULL_RULES]))
    .addOption(new Option('--mode <mode>', 'differential or complete').choices(MODES))
    .option('--schedule <cron>', 'cron schedule (at most once a minute)')
    .option('--verify <percent|off>', 'data verification: percent of records sampled (0-100), or off', percentOrOff)
    .addOption(new Option('--policies <list>', 'policies rule: only these policies (ids or names, comma list)').argParser(commaList).conflicts('allPolicies'))
    .option('--all-policies', 'policies rule: every policy');

  clientCommand(program, 'run', 'run a rule now on all children or one', async ({ client, show, opts, json }, rule: string) => {
    const request = { rule, child: opts.child as string | undefined, mode: opts.complete ? 'complete' : undefined };
    if (!opts.wait) {
      const r = await client.call('POST', '/replication/run', request);
      return show(r, () => out(`${r.rule} will run on ${r.children.join(', ') || 'no child'} at their next report`));
    }
    if (!json) out(`asking ${request.child ?? 'every child'} to run ${rule}; waiting for the runs…`);
    const r = await runAndWait(client, request, { timeoutMs: opts.timeout * 1000, onRun: json ? undefined : (run) => printRun({ ...run, rule: `${run.child} ${run.rule}` }) });
    show(r, () => out(r.children.length ? `${r.runs.filter((x) => x.status === 'ok').length} of ${r.children.length} run(s) ok` : 'no child to run it'));
    return r.runs.every((x) => x.status === 'ok') ? 0 : 1;
  })
    .addArgument(new Argument('<rule>', 'the rule to run').choices(PULL_RULES))
    .option('--child <id>', 'only this child')
    .option('--complete', 'a complete run instead of the rule\'s mode')
    .option('--wait', 'wait until each child reported its run, and print them')
    .option('--timeout <seconds>', 'with --wait: give up after this long', decimal(1, 86_400), 300);

  clientCommand(program, 'pull', 'pull from the parent now (this node as a child); waits for the runs', async ({ client, show, opts, json }) => {
    if (!json) out('pulling from the parent…');
    const { runs } = await client.call('POST', '/replication/pull', { rules: opts.rule, mode: opts.complete ? 'complete' : undefined, verifyPercent: opts.verify });
    show(runs, () => runs.forEach(printRun));
    return runs.every((r: any) => r.status === 'ok') ? 0 : 1;
  })
    .option('--complete', 'a complete run')
    .option('--verify <percent>', 'verify this percent of records (0-100; default 5)', decimal(0, 100))
    .addOption(new Option('--rule <rule...>', 'only these rules (default catalog, policies, content)').choices(PULL_RULES));

  clientCommand(program, 'runs', 'replication run history: this node as a child, and its children\'s', async ({ client, show, opts }) => {
    const r = await client.call('GET', `/replication/runs${opts.child ? `?child=${encodeURIComponent(opts.child)}` : ''}`);
    show(r, () => {
      if (r.runs.length) { out('this node as a child:'); r.runs.slice(0, 20).forEach(printRun); }
      if (r.children.length) { out('runs reported by children:'); r.children.slice(0, 20).forEach((x: any) => printRun({ ...x, rule: `${x.child} ${x.rule}` })); }
      if (!r.runs.length && !r.children.length) out('no runs yet');
    });
  }).option('--child <id>', 'only runs this child reported');
}
