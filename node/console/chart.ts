import { html } from 'htm/preact';
import { duration, when } from './format.js';
import type { Run } from './types.js';

// Run durations (bars) and records received (line) over time, as inline SVG: no chart library for two series.
const W = 800;
const H = 180;
const PAD = { left: 56, right: 56, top: 12, bottom: 28 };

export function RunChart({ runs }: { runs: Run[] }) {
  const points = runs.filter((r) => r.status !== 'running').slice(0, 120).reverse();
  if (points.length === 0) return html`<p class="muted">No runs to chart.</p>`;
  const t0 = new Date(points[0].started).getTime();
  const t1 = new Date(points[points.length - 1].started).getTime();
  const span = Math.max(t1 - t0, 1);
  const maxMs = Math.max(...points.map((r) => r.durationMs), 1);
  const maxRecords = Math.max(...points.map((r) => r.received ?? 0), 1);
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (r: Run) => PAD.left + (points.length === 1 ? innerW / 2 : ((new Date(r.started).getTime() - t0) / span) * innerW);
  const barW = Math.max(3, Math.min(14, innerW / points.length / 1.5));
  const yMs = (ms: number) => PAD.top + innerH - (ms / maxMs) * innerH;
  const yRec = (n: number) => PAD.top + innerH - (n / maxRecords) * innerH;
  const line = points.map((r) => `${x(r).toFixed(1)},${yRec(r.received ?? 0).toFixed(1)}`).join(' ');
  return html`
    <figure class="chart" data-testid="run-chart">
      <svg viewBox=${`0 0 ${W} ${H}`} role="img" aria-label="run durations and records over time">
        <line x1=${PAD.left} y1=${PAD.top + innerH} x2=${W - PAD.right} y2=${PAD.top + innerH} class="axis" />
        <text x=${PAD.left - 6} y=${PAD.top + 8} class="label end">${duration(maxMs)}</text>
        <text x=${PAD.left - 6} y=${PAD.top + innerH} class="label end">0</text>
        <text x=${W - PAD.right + 6} y=${PAD.top + 8} class="label rec">${maxRecords} rec</text>
        <text x=${PAD.left} y=${H - 8} class="label">${when(points[0].started)}</text>
        <text x=${W - PAD.right} y=${H - 8} class="label end">${when(points[points.length - 1].started)}</text>
        ${points.map((r) => html`
          <rect x=${x(r) - barW / 2} y=${yMs(r.durationMs)} width=${barW} height=${Math.max(1, PAD.top + innerH - yMs(r.durationMs))} class=${r.status === 'ok' ? 'bar' : 'bar failed'}>
            <title>${`${r.child ?? 'this node'} ${r.rule} ${r.status}: ${duration(r.durationMs)}, ${r.received ?? 0} records, ${when(r.started)}`}</title>
          </rect>`)}
        <polyline points=${line} class="records" />
      </svg>
      <figcaption><span class="key bar"></span> duration <span class="key records"></span> records received <span class="key failed"></span> failed run</figcaption>
    </figure>`;
}
