// CLI commands over the catalog: sources and imports, bulletins, staging and
// its jobs, custom severity, managed languages and exclusions.
import { Option, type Command } from 'commander';
import { PatchtreeError } from '../protocol/index.js';
import { ApiError } from './cli-client.js';
import { CLI_CODES, integer } from './cli-args.js';
import { clientCommand, yesOption, type CliContext } from './cli-kit.js';
import { followJob } from './cli-progress-bar.js';
import { formatBytes, out, table } from './cli-output.js';

/** "2 documents, 1 line" of an import report's skips ('' when none, or from a node that does not report them). */
function skippedCount(skipped: { documents: number; lines: number } | undefined): string {
  if (!skipped || (skipped.documents === 0 && skipped.lines === 0)) return '';
  return `${skipped.documents} document(s), ${skipped.lines} line(s)`;
}

/** What an import left out and why, as its report lists it (the report lists the first ones; the counts are whole). */
function showSkipped(skipped: { documents: number; lines: number; items: Array<{ url: string; line?: number; reason: string }> } | undefined): void {
  const count = skippedCount(skipped);
  if (!skipped || !count) return;
  out(`skipped: ${count}`);
  for (const s of skipped.items) out(`  ${s.url}${s.line === undefined ? '' : ` line ${s.line}`}: ${s.reason}`);
  const more = skipped.documents + skipped.lines - skipped.items.length;
  if (more > 0) out(`  … and ${more} more`);
}

export function catalogCommands(program: Command): void {
  const sources = clientCommand(program, 'sources', 'list catalog sources', async ({ client, show }) => {
    const { sources: list } = await client.call('GET', '/sources');
    show(list, () => table(list.map((s: any) => ({ name: s.name, type: s.type, schedule: s.schedule ?? '', enabled: s.enabled, urls: s.urls.length }))));
  });
  clientCommand(sources, 'add <name> <type> <url...>', 'add or replace a source (type: native, msrc-cvrf, nuget-v2, wsusoffline)', async ({ client, show, opts }, name: string, type: string, urls: string[]) => {
    const source = await client.call('PUT', `/sources/${encodeURIComponent(name)}`, { type, urls, schedule: opts.schedule });
    show(source, () => out(`source ${source.name} saved`));
  }).option('--schedule <cron>', 'import on this cron schedule');
  yesOption(clientCommand(sources, 'remove <name>', 'remove a source and the records it imported', async ({ client, show, confirm }, name: string) => {
    await confirm(`Remove source "${name}" and every bulletin and update it imported?`);
    const r = await client.call('DELETE', `/sources/${encodeURIComponent(name)}`);
    show(r, () => out(`source ${name} removed${r?.removed ? ` (${r.removed.bulletins} bulletins, ${r.removed.updates} updates)` : ''}`));
  }));

  clientCommand(program, 'import <source>', 'import a source now', async ({ client, show, json, opts }, name: string) => {
    if (!json) out(`importing ${name}…`);
    const r = await client.call('POST', `/sources/${encodeURIComponent(name)}/import`, { force: opts.force === true });
    show(r, () => {
      if (r.status === 'not-modified') return out('not modified since the last import: nothing downloaded');
      out(`${r.documents} document(s) in ${r.durationMs} ms, last sequence ${r.lastSeq}`);
      for (const kind of ['bulletins', 'updates'] as const) out(`${kind}: ${r[kind].added} added, ${r[kind].changed} changed, ${r[kind].removed} removed, ${r[kind].unchanged} unchanged`);
      if (r.relinked) out(`${r.relinked} record(s) of other sources relinked (supersedence)`);
      showSkipped(r.skipped);
    });
  }).option('--force', 'download even if not modified since the last import');

  clientCommand(program, 'imports', 'recent imports and failures', async ({ client, show }) => {
    const { imports } = await client.call('GET', '/imports');
    show(imports, () => table(imports.map((i: any) => ({ at: i.at, source: i.source, status: i.status, code: i.code ?? '', lastSeq: i.lastSeq ?? '', skipped: skippedCount(i.skipped) }))));
  });

  clientCommand(program, 'bulletins', 'list bulletins with Updates / Downloaded / Staged', async ({ client, show, opts }) => {
    const q = new URLSearchParams();
    if (opts.search !== undefined) q.set('search', opts.search);
    if (opts.limit !== undefined) q.set('limit', String(opts.limit));
    if (opts.offset !== undefined) q.set('offset', String(opts.offset));
    if (opts.staged) q.set('staged', 'true');
    if (opts.unstaged) q.set('staged', 'false');
    const r = await client.call('GET', `/bulletins?${q}`);
    show(r, () => {
      table(r.items.map((b: any) => ({ id: b.id, vendor: b.vendor, severity: b.customSeverity || b.vendorSeverity, released: (b.released ?? '').slice(0, 10), updates: b.updates, downloaded: b.downloaded, staged: b.staged ? 'yes' : 'no', title: b.title.slice(0, 50) })));
      out(`${r.items.length} of ${r.total}`);
    });
  })
    .option('--search <text>', 'only bulletins whose id, title or vendor holds this')
    .addOption(new Option('--staged', 'only fully staged bulletins').conflicts('unstaged'))
    .option('--unstaged', 'only bulletins not fully staged')
    .option('--limit <n>', 'at most this many (1-1000)', integer(1, 1000))
    .option('--offset <n>', 'skip this many', integer(0, Number.MAX_SAFE_INTEGER));

  clientCommand(program, 'bulletin <id>', 'one bulletin and its updates', async ({ client, show }, id: string) => {
    const b = await client.call('GET', `/bulletins/${encodeURIComponent(id)}`);
    show(b, () => {
      out(`${b.id}  ${b.title}`);
      out(`vendor ${b.vendor}  severity ${b.vendorSeverity || '-'}${b.customSeverity ? ` (custom: ${b.customSeverity})` : ''}  released ${b.released || '-'}`);
      out(`updates ${b.updates.length}, in managed languages ${b.updates.filter((u: any) => u.managed).length}, downloaded ${b.downloaded}, staged ${b.staged ? 'yes' : 'no'}`);
      if (b.supersedes?.length) out(`supersedes ${b.supersedes.join(', ')}`);
      if (b.supersededBy?.length) out(`superseded by ${b.supersededBy.join(', ')}`);
      table(b.updates.map((u: any) => ({ id: u.id, language: u.language, product: u.product, managed: u.managed ? 'yes' : '', staged: u.staged ? 'yes' : '', superseded: u.superseded ? 'yes' : '' })));
    });
  });

  clientCommand(program, 'stage <bulletin>', 'stage a bulletin: download and verify its files (progress bar on a terminal)', async (ctx, id: string) => {
    const job = await ctx.client.call('POST', `/bulletins/${encodeURIComponent(id)}/stage`);
    return finishStaging(ctx, await followJob(ctx.client, job, { draw: !ctx.json }));
  });

  const jobs = clientCommand(program, 'jobs', 'jobs (staging) and their progress', async ({ client, show }) => {
    const { jobs: list } = await client.call('GET', '/jobs');
    show(list, () => table(list.map((j: any) => ({ id: j.id, kind: j.kind, subject: j.subject, status: j.status, progress: progressText(j.progress), started: j.started, finished: j.finished ?? '' }))));
  });
  clientCommand(jobs, 'show <id>', 'one job: its progress, result or error', async ({ client, show }, id: string) => {
    const j = await client.call('GET', `/jobs/${encodeURIComponent(id)}`);
    show(j, () => {
      out(`${j.id}  ${j.kind} ${j.subject}  ${j.status}  started ${j.started}${j.finished ? `  finished ${j.finished}` : ''}`);
      if (j.progress) out(`progress: ${progressText(j.progress)}`);
      for (const r of j.progress?.retrying ?? []) out(`retrying ${r.update}: attempt ${r.attempt} after ${r.code}: ${r.message}`);
      if (j.error) out(`error ${j.error.code}: ${j.error.message}`);
      if (j.result) out(`result: ${JSON.stringify(j.result)}`);
    });
  });
  clientCommand(jobs, 'watch <id>', 'follow a running job to its end (progress bar on a terminal)', async (ctx, id: string) => {
    const job = await followJob(ctx.client, await ctx.client.call('GET', `/jobs/${encodeURIComponent(id)}`), { draw: !ctx.json });
    return job.kind === 'stage' ? finishStaging(ctx, job) : (ctx.show(job, () => out(`${job.id} ${job.status}`)), job.status === 'failed' ? 1 : 0);
  });

  const severity = clientCommand(program, 'severity', 'custom severity levels', async ({ client, show }) => {
    const r = await client.call('GET', '/severity-levels');
    show(r, () => out(r.levels.length ? `levels: ${r.levels.join(' > ')}` : 'no custom severity levels'));
  });
  yesOption(clientCommand(severity, 'levels [level...]', 'set the levels, most severe first (--clear for none)', async ({ client, show, opts, confirm }, levels: string[]) => {
    if (levels.length === 0 && !opts.clear) throw missing('give the levels, most severe first, or --clear to remove them all', 'patchtree severity levels');
    if (levels.length && opts.clear) throw new PatchtreeError(CLI_CODES.invalidArgument, 'give levels or --clear, not both');
    const current: string[] = (await client.call('GET', '/severity-levels')).own ?? [];
    const dropped = current.filter((l) => !levels.includes(l));
    if (dropped.length) await confirm(`Drop the custom severity level(s) ${dropped.join(', ')}?`);
    const r = await client.call('PUT', '/severity-levels', { levels });
    show(r, () => out(`levels: ${r.levels.join(' > ') || '(none)'}`));
  }).option('--clear', 'remove every level'));
  clientCommand(severity, 'set <bulletin> <level>', "give a bulletin a custom severity ('' clears it)", async ({ client, show }, id: string, level: string) => {
    const b = await client.call('PUT', `/bulletins/${encodeURIComponent(id)}/severity`, { severity: level });
    show(b, () => out(`${b.id}: custom severity ${b.customSeverity || '(none)'}`));
  });

  const languages = clientCommand(program, 'languages', 'managed languages', async ({ client, show }) => {
    const r = await client.call('GET', '/languages');
    show(r, () => out(`languages: ${r.languages.join(', ') || '(none)'}`));
  });
  yesOption(clientCommand(languages, 'set <language...>', 'set the managed languages (BCP 47 tags; neutral is implied)', async ({ client, show, confirm }, wanted: string[]) => {
    const { languages: current } = await client.call('GET', '/languages');
    const dropped = (current as string[]).filter((l) => !wanted.some((w) => w.toLowerCase() === l.toLowerCase()));
    if (dropped.length) await confirm(`Stop managing ${dropped.join(', ')}? Their staged files are removed and children stop receiving them.`);
    const r = await client.call('PUT', '/languages', { languages: wanted });
    show(r, () => out(`languages: ${r.languages.join(', ') || '(none)'}`));
  }));

  const exclusions = clientCommand(program, 'exclusions', 'excluded products and releases', async ({ client, show }) => {
    const r = await client.call('GET', '/exclusions');
    show(r, () => out(`exclusions: ${r.exclusions.join(', ') || '(none)'}`));
  });
  yesOption(clientCommand(exclusions, 'set [pattern...]', 'set the exclusion patterns (* wildcard; --clear for none)', async ({ client, show, opts, confirm }, patterns: string[]) => {
    if (patterns.length === 0 && !opts.clear) throw missing('give the patterns, or --clear to remove them all', 'patchtree exclusions set');
    if (patterns.length && opts.clear) throw new PatchtreeError(CLI_CODES.invalidArgument, 'give patterns or --clear, not both');
    const { exclusions: current } = await client.call('GET', '/exclusions');
    const added = patterns.filter((p) => !(current as string[]).includes(p));
    if (added.length) await confirm(`Exclude ${added.join(', ')}? What matches is removed at the next import and never downloaded nor replicated.`);
    const r = await client.call('PUT', '/exclusions', { exclusions: patterns });
    show(r, () => out(`exclusions: ${r.exclusions.join(', ') || '(none)'}`));
  }).option('--clear', 'remove every pattern'));
}

/** A staging job's end: its report (exit 1 when a file failed), or its error. */
function finishStaging({ json }: CliContext, job: any): number {
  if (job.status === 'failed') throw new ApiError(0, job.error.code, job.error.message, { job: job.id });
  if (json) out(JSON.stringify(job, null, 2));
  const r = job.result;
  if (!json) {
    out(`${r.bulletinId}: ${r.downloaded}/${r.updates} downloaded, ${r.staged ? 'staged' : 'not staged'}`);
    for (const f of r.failures) out(`  ${f.update}: ${f.code} ${f.message}`);
  }
  return r.failures.length ? 1 : 0;
}

function progressText(p: any): string {
  if (!p) return '';
  if (typeof p.files !== 'number') return JSON.stringify(p).slice(0, 60); // a kind of job other than staging
  const bytes = p.totalBytes ? `${formatBytes(p.bytes)} of ${formatBytes(p.totalBytes)}` : formatBytes(p.bytes ?? 0);
  return `${p.done}/${p.files} files, ${bytes}${p.failed ? `, ${p.failed} failed` : ''}${p.retrying?.length ? `, ${p.retrying.length} retrying` : ''}`;
}

const missing = (message: string, path: string) => new PatchtreeError(CLI_CODES.missingArgument, `${message}; see \`${path} --help\``);
