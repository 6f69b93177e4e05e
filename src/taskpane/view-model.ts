// What the taskpane shows, computed from an inspection with the same decideSend the send handler
// uses. Pure, so it is tested without a browser.

import { decideSend, SendVerdict } from "../core/decision";
import { changeText, describeState, describeVerdict, Lang, locationName, typeName } from "../core/i18n";
import { Inspection } from "../office/inspect";

export type StateKind = "not-armed" | "armed" | "lapsed" | "unknown";

export interface FindingRow {
  kind: string;
  place: string;
  masked: string;
  confidence: string;
}

export interface ViewModel {
  stateKind: StateKind;
  stateText: string;
  verdict: SendVerdict;
  verdictText: string;
  findings: FindingRow[];
  unreadable: string[];
  /** Set while secure post has lapsed or could not be checked: shown with role="alert". */
  alert: string | null;
  /** Arming is offered unless the message is already armed. */
  canArm: boolean;
}

export function viewModel(insp: Inspection, lang: Lang, timeOf: (iso: string) => string): ViewModel {
  const da = lang === "da";
  const verdict = decideSend(insp.ctx);
  const state = insp.ctx.state;
  const scan = insp.ctx.scan;
  const stateKind: StateKind = state ? state.kind : "unknown";
  let alert: string | null = null;
  if (state && state.kind === "lapsed") {
    alert =
      (da ? "Sikker post er faldet bort: " : "Secure post has lapsed: ") +
      state.changes.map((c) => changeText(c, lang)).join("; ") +
      (da ? ". Mailen sendes ikke, før den er markeret igen." : ". The message will not be sent until it is marked again.");
  } else if (verdict.action === "block" && verdict.reason === "fault") {
    alert = describeVerdict(verdict, lang);
  }
  return {
    stateKind,
    stateText: describeState(state, lang, timeOf),
    verdict,
    verdictText: describeVerdict(verdict, lang),
    findings: (scan ? scan.findings : []).map((f) => ({
      kind: typeName(f.type, 1, lang),
      place: locationName(f.location, lang),
      masked: f.masked,
      confidence: `${Math.round(f.confidence * 100)} %`,
    })),
    unreadable: (scan ? scan.unreadable : []).map((u) => locationName(u.location, lang)),
    alert,
    canArm: stateKind !== "armed",
  };
}
