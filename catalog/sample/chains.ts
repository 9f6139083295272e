/**
 * Supersedence state of the sample generator: the last bulletin of each
 * product and the last KBs of each product/platform/language, so a new
 * release can name what it replaces. Chains break now and then (a new major
 * line, a security-only release) so they run several releases long instead
 * of spanning the whole catalog.
 */
import type { Random } from './families.js';

/** Chance that a release starts a new chain instead of replacing the previous one. */
const BREAK = 0.15;
/** Chance that an update names the last two KBs it replaces, not only the last. */
const TWO_BACK = 0.3;
/** KBs remembered per product/platform/language. */
const DEPTH = 2;

export class SupersedenceChains {
  private readonly bulletinOf = new Map<string, string>();
  private readonly kbsOf = new Map<string, string[]>();
  private readonly keysOf = new Map<string, string[]>();

  /** Now and then forgets a product's history, so the release being made starts a new chain. */
  breakSometimes(random: Random, product: string): void {
    if (random.next() >= BREAK) return;
    this.bulletinOf.delete(product);
    for (const key of this.keysOf.get(product) ?? []) this.kbsOf.delete(key);
    this.keysOf.delete(product);
  }

  /** The product's previous bulletin in the current chain. */
  lastBulletin(product: string): string | undefined {
    return this.bulletinOf.get(product);
  }

  /** Earlier KBs of the same product/platform/language that a new update replaces (oldest first). */
  replacedKbs(random: Random, key: string): string[] {
    const history = this.kbsOf.get(key);
    if (!history) return [];
    return history.length > 1 && random.next() < TWO_BACK ? [...history] : [history[history.length - 1]];
  }

  /** Remembers the KB a release gave one product/platform/language (`key`). */
  recordKb(product: string, key: string, kb: string): void {
    const history = this.kbsOf.get(key);
    if (!history) {
      this.kbsOf.set(key, [kb]);
      const keys = this.keysOf.get(product);
      if (keys) keys.push(key);
      else this.keysOf.set(product, [key]);
    } else {
      history.push(kb);
      if (history.length > DEPTH) history.shift();
    }
  }

  /** Remembers the product's latest bulletin. */
  recordBulletin(product: string, id: string): void {
    this.bulletinOf.set(product, id);
  }
}
