// Shared bits for the extractor tests.
import { DEFAULT_BUDGET, ExtractBudget, ExtractOptions, Extractors, extractAttachment } from "../../../src/core/extract";
import { extractMsg } from "../../../src/core/extract/msg";
import { AttachmentInput } from "../../../src/core/types";

export const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

export function options(budget: Partial<ExtractBudget> = {}, extractors: Extractors = { msg: extractMsg }): ExtractOptions {
  return { budget: Object.assign({}, DEFAULT_BUDGET, budget), extractors };
}

export function extract(name: string, bytes: Uint8Array, opts: ExtractOptions = options(), contentType = ""): Promise<AttachmentInput> {
  return extractAttachment(name, contentType, bytes, opts);
}

/** part → text, for assertions. */
export function parts(a: AttachmentInput): { [part: string]: string } {
  const out: { [part: string]: string } = {};
  for (const s of a.segments || []) out[s.part] = s.text;
  return out;
}

/** Deterministic bytes that do not compress (xorshift). */
export function noise(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}
