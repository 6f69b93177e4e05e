// The mechanism shared by identifiers that have no check digit and are only reported next to
// their label (passport and driving-licence numbers): a digit run of one exact length, standing
// on its own, with a label word nearer than any negative word. Each detector file keeps its own
// length, words and confidence table and builds its Detector with this.

import type { Detector, DetectorInput, DetectorOptions, Finding } from "../types";
import {
  digitRuns,
  findContext,
  insideCode,
  isolatedNumber,
  keywordSet,
  negativeWins,
  repeatChar,
  reusableContext,
  roundConfidence,
  spaceGroupAfter,
  spaceGroupBefore,
} from "./context";
import { insideIban } from "./iban";

export interface LabelledNumberSpec {
  type: string;
  /** Exact number of digits. */
  length: number;
  positive: ReturnType<typeof keywordSet>;
  negative: ReturnType<typeof keywordSet>;
  window: { before: number; after: number };
  /** Label before the value ("Pasnummer: n") and after it ("n (pas)"). */
  confidenceBefore: number;
  confidenceAfter: number;
  /** Subtracted when the number is one segment of a longer code. */
  penaltyInCode: number;
}

export function labelledNumberDetector(spec: LabelledNumberSpec): Detector {
  // Answers findContext for one candidate at a time (no object per candidate).
  const scratch = reusableContext();

  function evaluate(input: DetectorInput, start: number, end: number): Finding | null {
    const text = input.text;
    if (!isolatedNumber(text, start, end)) return null;
    if (spaceGroupBefore(text, start) || spaceGroupAfter(text, end)) return null;
    if (insideIban(text, start)) return null;
    const ctx = findContext(text, start, end, spec.positive, spec.negative, spec.window, undefined, scratch);
    if (ctx.positive === null || negativeWins(ctx)) return null;

    const reasons = ["format:digits", "keyword"];
    let confidence = ctx.positive.before ? spec.confidenceBefore : spec.confidenceAfter;
    reasons.push(ctx.positive.before ? "label-before" : "label-after");
    if (ctx.negative !== null) reasons.push("negative-context");
    if (insideCode(text, start, end)) {
      confidence -= spec.penaltyInCode;
      reasons.push("in-code");
    }
    return {
      type: spec.type,
      location: input.location,
      confidence: roundConfidence(confidence),
      masked: repeatChar("X", end - start),
      start,
      end,
      reasons,
    };
  }

  function detect(input: DetectorInput, _options: DetectorOptions): Finding[] {
    const findings: Finding[] = [];
    // Only the text's digit runs are visited (found once for all number detectors).
    const runs = digitRuns(input);
    for (let k = 0; k < runs.count; k++) {
      if (runs.end[k] - runs.start[k] === spec.length) {
        const f = evaluate(input, runs.start[k], runs.end[k]);
        if (f !== null) findings.push(f);
      }
    }
    return findings;
  }

  return { types: [spec.type], detect };
}
