/** Counters exposed at /metrics in Prometheus text format. */
export class Metrics {
  private readonly counters = new Map<string, { help: string; values: Map<string, number> }>();

  count(name: string, help: string, labels: Record<string, string> = {}, by = 1): void {
    let metric = this.counters.get(name);
    if (!metric) this.counters.set(name, (metric = { help, values: new Map() }));
    const key = Object.entries(labels).map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, '_')}"`).join(',');
    metric.values.set(key, (metric.values.get(key) ?? 0) + by);
  }

  /** Renders the counters plus the given gauges. */
  render(gauges: Array<{ name: string; help: string; value: number; labels?: Record<string, string> }>): string {
    const lines: string[] = [];
    for (const [name, metric] of this.counters) {
      lines.push(`# HELP ${name} ${metric.help}`, `# TYPE ${name} counter`);
      for (const [labels, value] of metric.values) lines.push(`${name}${labels ? `{${labels}}` : ''} ${value}`);
    }
    const seen = new Set<string>();
    for (const g of gauges) {
      if (!seen.has(g.name)) lines.push(`# HELP ${g.name} ${g.help}`, `# TYPE ${g.name} gauge`);
      seen.add(g.name);
      const labels = Object.entries(g.labels ?? {}).map(([k, v]) => `${k}="${v}"`).join(',');
      lines.push(`${g.name}${labels ? `{${labels}}` : ''} ${g.value}`);
    }
    return `${lines.join('\n')}\n`;
  }
}
