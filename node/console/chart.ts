import { html } from 'htm/preact';
import { duration, when } from './format.js';
import type { Run } from './types.js';

// Run durations (bars) and records received (line), oldest to newest, as inline SVG: no chart library for two series.
const W = 800;
const H = 180;
const PAD = { left: 56, right: 56, top: 12, bottom: 28 };

export function RunChart({ runs }: { runs: Run[] }) {
  const points = runs.filter((r) => r.status !== 'running').slice(0, 120).reverse();
  if (points.length === 0) return html`<p class="muted">No runs to chart.</p>`;
  const maxMs = Math.max(...points.map((r) => r.durationMs), 1);
  const maxRecords = Math.max(...points.map((r) => r.received ?? 0), 1);
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  // Runs side by side in the order they started (times at both ends): bursts of runs stay readable.
  const slot = innerW / points.length;
  const x = (i: number) => PAD.left + slot * (i + 0.5);
  const barW = Math.max(2, Math.min(18, slot * 0.6));
  const yMs = (ms: number) => PAD.top + innerH - (ms / maxMs) * innerH;
  const yRec = (n: number) => PAD.top + innerH - (n / maxRecords) * innerH;
  const line = points.map((r, i) => `${x(i).toFixed(1)},${yRec(r.received ?? 0).toFixed(1)}`).join(' ');
  return html`
    <figure class="chart" data-testid="run-chart">
      <svg viewBox=${`0 0 ${W} ${H}`} role="img" aria-label="run durations and records over time">
        <line x1=${PAD.left} y1=${PAD.top + innerH} x2=${W - PAD.right} y2=${PAD.top + innerH} class="axis" />
        <text x=${PAD.left - 6} y=${PAD.top + 8} class="label end">${duration(maxMs)}</text>
        <text x=${PAD.left - 6} y=${PAD.top + innerH} class="label end">0</text>
        <text x=${W - PAD.right + 6} y=${PAD.top + 8} class="label rec">${maxRecords} rec</text>
        <text x=${PAD.left} y=${H - 8} class="label">${when(points[0].started)}</text>
        <text x=${W - PAD.right} y=${H - 8} class="label end">${when(points[points.length - 1].started)}</text>
        ${points.map((r, i) => html`
          <rect x=${x(i) - barW / 2} y=${yMs(r.durationMs)} width=${barW} height=${Math.max(1, PAD.top + innerH - yMs(r.durationMs))} class=${r.status === 'ok' ? 'bar' : 'bar failed'}>
            <title>${`${r.child ?? 'this node'} ${r.rule} ${r.status}: ${duration(r.durationMs)}, ${r.received ?? 0} records, ${when(r.started)}`}</title>
          </rect>`)}
        <polyline points=${line} class="records" />
        ${points.map((r, i) => html`<circle cx=${x(i)} cy=${yRec(r.received ?? 0)} r="2.5" class="dot" />`)}
      </svg>
      <figcaption><span class="key bar"></span> duration <span class="key records"></span> records received <span class="key failed"></span> failed run</figcaption>
    </figure>`;
}
