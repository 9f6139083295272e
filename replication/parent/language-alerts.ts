import { NEUTRAL } from '../../protocol/index.js';
import type { ChildView } from './children.js';

export interface LanguageAlert {
  kind: 'language';
  /** The registered child that reported it. */
  child: string;
  /** The node that needs the languages: the child itself or one of its descendants. */
  node: string;
  languages: string[];
  message: string;
}

/** Languages in `needed` that a parent managing `managed` cannot serve (neutral always replicates). */
export function unmanagedLanguages(needed: Iterable<string>, managed: readonly string[]): string[] {
  const have = new Set(managed);
  return [...new Set(needed)].filter((l) => l !== NEUTRAL && !have.has(l)).sort();
}

/** Every child or descendant that needs a language this node does not manage: one alert each. */
export function languageAlerts(managed: readonly string[], children: readonly ChildView[]): LanguageAlert[] {
  const alerts: LanguageAlert[] = [];
  for (const child of children) {
    for (const node of [{ nodeId: child.id, languages: child.languages }, ...child.descendants]) {
      const missing = unmanagedLanguages(node.languages, managed);
      if (missing.length === 0) continue;
      alerts.push({
        kind: 'language',
        child: child.id,
        node: node.nodeId,
        languages: missing,
        message: `${node.nodeId === child.id ? `child ${child.id}` : `node ${node.nodeId} (below child ${child.id})`} needs ${missing.join(', ')}, which this node does not manage: add them to its languages`,
      });
    }
  }
  return alerts;
}
