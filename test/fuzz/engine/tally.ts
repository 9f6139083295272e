import type { Verdict } from './oracle.js';

export interface FailureRecord {
  row: string;
  target: string;
  seed: string;
  index: number;
  label: string;
  reason: string;
  input: string;
}

interface Row {
  inputs: number;
  accepted: number;
  refused: Map<string, number>;
  failures: number;
}

/** Counts per row (a target or a part of one): inputs, accepted, refusals by code, failures; and the failures themselves. */
export class Tally {
  readonly rows = new Map<string, Row>();
  readonly failures: FailureRecord[] = [];
  readonly notes: string[] = [];
  /** Inputs whose hostile part never went out (the call it was for did not come): counted, and said. */
  readonly undelivered = new Map<string, number>();

  add(row: string, verdict: Verdict): void {
    const r = this.rows.get(row) ?? { inputs: 0, accepted: 0, refused: new Map(), failures: 0 };
    this.rows.set(row, r);
    r.inputs++;
    if (verdict.kind === 'accepted') r.accepted++;
    else if (verdict.kind === 'refused') r.refused.set(verdict.code, (r.refused.get(verdict.code) ?? 0) + 1);
    else r.failures++;
  }

  fail(record: FailureRecord): void {
    this.failures.push(record);
  }

  get inputs(): number {
    return [...this.rows.values()].reduce((n, r) => n + r.inputs, 0);
  }

  /** The table, as `npm run test:fuzz` prints it. */
  table(seed: string): string {
    const header = ['target', 'inputs', 'accepted', 'refused', 'failures', 'refusals by code'];
    const lines: string[][] = [];
    const total = { inputs: 0, accepted: 0, refused: 0, failures: 0 };
    const allCodes = new Map<string, number>();
    for (const [name, r] of [...this.rows].sort(([a], [b]) => a.localeCompare(b))) {
      const refused = [...r.refused.values()].reduce((n, v) => n + v, 0);
      total.inputs += r.inputs;
      total.accepted += r.accepted;
      total.refused += refused;
      total.failures += r.failures;
      for (const [code, n] of r.refused) allCodes.set(code, (allCodes.get(code) ?? 0) + n);
      lines.push([name, String(r.inputs), String(r.accepted), String(refused), String(r.failures), codes(r.refused)]);
    }
    lines.push(['total', String(total.inputs), String(total.accepted), String(total.refused), String(total.failures), codes(allCodes)]);
    const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (i === 5 ? 0 : l[i].length))));
    const fmt = (cells: string[]) => cells.map((c, i) => (i === 5 ? c : i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
    const out = [`fuzz tally (FUZZ_SEED=${seed})`, fmt(header), ...lines.map(fmt)];
    for (const [row, n] of this.undelivered) out.push(`note: ${row}: ${n} input(s) whose hostile answer was never asked for (the call did not come); counted as they ended`);
    for (const note of this.notes) out.push(`note: ${note}`);
    for (const f of this.failures) {
      out.push('', `FAILURE ${f.row} #${f.index} [${f.label}]: ${f.reason}`, `  replay: FUZZ_SEED=${f.seed} FUZZ_TARGETS=${f.target} FUZZ_ONLY=${f.index} npm run test:fuzz   (or FUZZ_UPTO=${f.index} to replay the inputs before it too)`, `  input: ${f.input}`);
    }
    return out.join('\n');
  }
}

const codes = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ');
