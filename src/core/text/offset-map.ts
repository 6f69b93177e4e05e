// Where each character of normalised text came from in the original. Stored as runs: within a
// run, consecutive output characters come from consecutive source characters, so ordinary text
// is one run and an HTML body one run per stretch between tags. A per-character array cost a
// 4-byte write and, on a 10 MB body, 40 MB of fresh memory per scan (page faults dominated).
// The runs live in typed arrays: a large HTML body has hundreds of thousands of them, and growing
// plain arrays to that size cost more than scanning the HTML.

import { SourceMap } from "../types";

export class OffsetMap implements SourceMap {
  private outStart: Int32Array;
  private srcStart: Int32Array;
  private runs = 0;
  private nextOut = 0;
  private nextSrc = -1;
  length = 0;

  /**
   * Room for `expected` runs to start with, so a large body seldom has to copy them into a
   * bigger array (memory the runs never reach is never touched).
   */
  constructor(expected = 16) {
    this.outStart = new Int32Array(expected);
    this.srcStart = new Int32Array(expected);
  }

  /** Output character `out` comes from source offset `src`. Calls come in output order. */
  add(out: number, src: number): void {
    if (out !== this.nextOut || src !== this.nextSrc) {
      if (this.runs === this.outStart.length) {
        const o = new Int32Array(this.runs * 2);
        const s = new Int32Array(this.runs * 2);
        o.set(this.outStart);
        s.set(this.srcStart);
        this.outStart = o;
        this.srcStart = s;
      }
      this.outStart[this.runs] = out;
      this.srcStart[this.runs] = src;
      this.runs++;
    }
    this.nextOut = out + 1;
    this.nextSrc = src + 1;
    this.length = out + 1;
  }

  /** Output characters out.. come from the unchanged source run [from, to). */
  addRun(out: number, from: number, to: number): void {
    if (to <= from) return;
    this.add(out, from);
    this.nextOut = out + (to - from);
    this.nextSrc = to;
    this.length = this.nextOut;
  }

  toSource(i: number): number {
    const starts = this.outStart;
    if (this.runs === 0 || i < 0) return 0;
    let lo = 0;
    let hi = this.runs - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return this.srcStart[lo] + (i - starts[lo]);
  }
}
