// Where each character of normalised text came from in the original. Stored as runs: within a
// run, consecutive output characters come from consecutive source characters, so ordinary text
// is one run and an HTML body one run per stretch between tags. A per-character array cost a
// 4-byte write and, on a 10 MB body, 40 MB of fresh memory per scan (page faults dominated).

import { SourceMap } from "../types";

export class OffsetMap implements SourceMap {
  private readonly outStart: number[] = [];
  private readonly srcStart: number[] = [];
  private nextOut = 0;
  private nextSrc = -1;
  length = 0;

  /** Output character `out` comes from source offset `src`. Calls come in output order. */
  add(out: number, src: number): void {
    if (out !== this.nextOut || src !== this.nextSrc) {
      this.outStart.push(out);
      this.srcStart.push(src);
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
    if (starts.length === 0 || i < 0) return 0;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return this.srcStart[lo] + (i - starts[lo]);
  }
}
