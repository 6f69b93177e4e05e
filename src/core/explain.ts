// The short context shown with a finding: `…personnummer 010185-XXXX er…`. Built from the
// normalised text around the finding, with the finding replaced by its masked value and every
// other digit replaced by X, so a context can never carry a second identifier in full.
// Special-category findings get no text context at all: the words around them are the
// sensitive phrase itself, and findings reach CLI output and stored state. For the same reason a
// special-category term in the context of another finding is replaced by "[…]".

import { redactSensitiveTerms } from "./detectors/sensitive";
import { Finding } from "./types";

/** Characters of context on each side, cut at line ends. */
export const CONTEXT_CHARS = 32;

function maskDigits(s: string): string {
  return redactSensitiveTerms(s.replace(/[0-9]/g, "X").replace(/\s+/g, " "));
}

/** `start`/`end` of the finding are offsets in `text` (before mapping back to the source). */
export function maskedContext(text: string, f: Pick<Finding, "type" | "masked" | "start" | "end">): string | undefined {
  if (f.type.indexOf("sensitive:") === 0) return undefined;
  let from = Math.max(0, f.start - CONTEXT_CHARS);
  const lineStart = text.lastIndexOf("\n", f.start - 1);
  if (lineStart >= from) from = lineStart + 1;
  let to = Math.min(text.length, f.end + CONTEXT_CHARS);
  const lineEnd = text.indexOf("\n", f.end);
  if (lineEnd >= 0 && lineEnd < to) to = lineEnd;
  // Do not cut a word in half at either edge.
  while (from > 0 && from < f.start && /\S/.test(text.charAt(from - 1)) && text.charAt(from - 1) !== "\n") from++;
  while (to < text.length && to > f.end && /\S/.test(text.charAt(to))) to--;
  const left = maskDigits(text.slice(from, f.start)).replace(/^\s+/, "");
  const right = maskDigits(text.slice(f.end, to)).replace(/\s+$/, "");
  const before = from > 0 && text.charAt(from - 1) !== "\n" ? "…" : "";
  const after = to < text.length && text.charAt(to) !== "\n" ? "…" : "";
  return before + left + f.masked + right + after;
}
