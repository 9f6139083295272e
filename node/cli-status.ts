// `patchtree status`: the node's figures, then the hierarchy as a tree: its
// parent above it, its children below with their descendants, languages and,
// when the node reports it, each child's health.
import type { Command } from 'commander';
import { clientCommand } from './cli-kit.js';
import { out } from './cli-output.js';

export function statusCommand(program: Command): void {
  clientCommand(program, 'status', 'node status, counts, digest, and the hierarchy as a tree', async ({ client, json }) => {
    const s = await client.call('GET', '/status');
    if (json) return out(JSON.stringify(s, null, 2));
    // GET /children has the descendants (and health) that the status's short list of children lacks.
    printStatus(s, await client.call('GET', '/children').then((r: any) => r.children, () => s.children));
  });
}

function printStatus(s: any, children: any[]): void {
  out(`node ${s.nodeId}  v${s.version}  up ${s.uptimeSeconds}s`);
  out(`languages ${s.languages.join(', ') || '(none)'} + neutral`);
  out(`records: ${Object.entries(s.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  out(`last sequence ${s.lastSeq}  digest ${s.digest.digest.slice(0, 16)}… (${s.digest.count} records)`);
  out(`sources: ${s.sources.map((x: any) => `${x.name} (${x.type}${x.schedule ? `, ${x.schedule}` : ''})`).join(', ') || '(none)'}`);
  out();
  for (const line of hierarchyTree(s, children)) out(line);
}

/**
 * The hierarchy as lines of a tree. A child's descendants come as one flat
 * list (each node reports those below it, not how they hang together), so
 * they are drawn as one level under it.
 */
export function hierarchyTree(status: any, children: any[]): string[] {
  const lines: string[] = [];
  let indent = '';
  if (status.parent) {
    lines.push(`parent ${status.parent.url ?? `by bundles (last applied: ${status.parent.bundle?.seq ?? 0})`}`);
    indent = '   ';
  }
  const self = `${status.nodeId} (this node${status.parent ? `, child "${status.parent.childId}" there` : ''})  ${[...status.languages, 'neutral'].join(', ')}`;
  lines.push(status.parent ? `└─ ${self}` : self);
  children.forEach((c, i) => {
    const last = i === children.length - 1;
    const branch = `${indent}${last ? '└─ ' : '├─ '}`;
    const under = `${indent}${last ? '   ' : '│  '}`;
    const name = c.name && c.name !== c.id ? ` "${c.name}"` : '';
    lines.push(`${branch}${c.id}${name}  ${c.languages?.length ? c.languages.join(', ') : '(no languages reported)'}  ${c.lastSeen ? `seen ${c.lastSeen}` : 'never seen'}${c.health ? `  ${healthText(c.health)}` : ''}`);
    const below: string[] = [
      ...ruleHealthLines(c.health),
      ...(c.descendants ?? []).map((d: any) => `${d.nodeId}  ${d.languages?.length ? d.languages.join(', ') : '(no languages)'}`),
    ];
    below.forEach((text, j) => lines.push(`${under}${j === below.length - 1 ? '└─ ' : '├─ '}${text}`));
  });
  if (children.length === 0) lines.push(`${indent}   (no children)`);
  return lines;
}

function healthText(health: any): string {
  const state = String(health.state ?? 'unknown').toUpperCase();
  return `health ${state}${health.offlineSince ? ` (offline since ${health.offlineSince})` : ''}`;
}

/** One line per rule of a child's health (GET /children: replication/parent/child-health.ts): lag, last success, last error. */
function ruleHealthLines(health: any): string[] {
  const rules = health?.rules;
  if (!rules || typeof rules !== 'object') return [];
  return Object.entries(rules as Record<string, any>).map(([rule, r]) => {
    const parts = [`rule ${rule}`];
    if (typeof r?.lagSequences === 'number') parts.push(`lag ${r.lagSequences} seq`);
    if (typeof r?.lagSeconds === 'number') parts.push(`${r.lagSeconds} s behind`);
    if (r?.lastSuccessAt) parts.push(`last ok ${r.lastSuccessAt}`);
    if (r?.lastError) parts.push(`error ${`${r.lastError.code ?? ''} ${r.lastError.message ?? ''}`.trim()}`);
    return parts.join(', ');
  });
}
