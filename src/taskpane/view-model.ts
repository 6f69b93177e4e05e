// What the taskpane shows, computed from an inspection with the same decideSend the send handler
// uses. Pure, so it is tested without a browser.

import { decideSend, SendVerdict } from "../core/decision";
import { changeText, describePolicy, describeState, describeVerdict, Lang, locationName, typeName } from "../core/i18n";
import { isMaskableFinding } from "../core/mask";
import { Policy, PolicyInForce } from "../core/policy";
import { Finding } from "../core/types";
import { Inspection } from "../office/inspect";

export type StateKind = "not-armed" | "armed" | "lapsed" | "unknown";

export interface FindingRow {
  kind: string;
  place: string;
  /** `DDMMYY-XXXX` for an identifier; the category's name for a special-category finding. */
  masked: string;
  confidence: string;
  /** The short masked context; none for special categories (the words would be the sensitive phrase). */
  context: string | null;
  /** Where inside an attachment (`page 3`, `sheet Ark1`), when known. */
  part: string | null;
  /** A special category (GDPR art. 9/10): `masked` is the category's name. */
  special: boolean;
}

/** Findings of one type in one place. */
export interface FindingGroup {
  /** `type|location`: stable across beats. */
  key: string;
  /** "2 CPR-numre i brødteksten". */
  title: string;
  rows: FindingRow[];
}

export interface ViewModel {
  stateKind: StateKind;
  stateText: string;
  verdict: SendVerdict;
  verdictText: string;
  /** Every finding, flat, in scan order. */
  findings: FindingRow[];
  /** The same findings grouped by type and place. */
  groups: FindingGroup[];
  unreadable: string[];
  /** Set while secure post has lapsed or could not be checked: shown with role="alert". */
  alert: string | null;
  /** The lapse card's one button: mark it again. Only while lapsed. */
  canRearm: boolean;
  /** Arming is offered when the message is neither armed nor lapsed (a lapse has its own button). */
  canArm: boolean;
  /** "Mask CPR numbers": there are CPR numbers in the body. */
  canMask: boolean;
  /**
   * "Turn secure post off": only while armed, when everything could be read and the message holds
   * no personal data at all (no finding, weak or not, and no unreadable attachment), the policy
   * does not arm every message, and its markers can all be taken off again (no sensitivity label).
   */
  canTurnOff: boolean;
}

function isSpecialCategory(type: string): boolean {
  return type.indexOf("sensitive:") === 0;
}

function row(f: Finding, lang: Lang): FindingRow {
  const special = isSpecialCategory(f.type);
  return {
    kind: typeName(f.type, 1, lang),
    place: locationName(f.location, lang),
    masked: special ? typeName(f.type, 1, lang) : f.masked,
    confidence: lang === "da" ? `${Math.round(f.confidence * 100)} %` : `${Math.round(f.confidence * 100)}%`,
    context: special || !f.context ? null : f.context,
    part: f.part || null,
    special,
  };
}

function groupFindings(findings: Finding[], lang: Lang): FindingGroup[] {
  const groups: FindingGroup[] = [];
  const byKey: { [key: string]: { group: FindingGroup; type: string; location: string } } = {};
  for (const f of findings) {
    const key = `${f.type}|${f.location}`;
    let g = byKey[key];
    if (!g) {
      g = { group: { key, title: "", rows: [] }, type: f.type, location: f.location };
      byKey[key] = g;
      groups.push(g.group);
    }
    g.group.rows.push(row(f, lang));
  }
  for (const key in byKey) {
    const g = byKey[key];
    const n = g.group.rows.length;
    g.group.title = `${n} ${typeName(g.type, n, lang)} ${lang === "da" ? "i" : "in"} ${locationName(g.location, lang)}`;
  }
  return groups;
}

/** Whether "Turn secure post off" may be offered for this inspection (see ViewModel.canTurnOff). */
export function mayTurnOff(insp: Inspection, policy: Policy): boolean {
  const { scan, state, faults } = insp.ctx;
  if (faults.length > 0 || !scan || !state || state.kind !== "armed") return false;
  if (policy.armOnNewMessage || policy.markers.sensitivityLabelId) return false;
  return !scan.requiresSecure && scan.findings.length === 0 && scan.weakFindings.length === 0 && scan.unreadable.length === 0;
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
  const findings = scan ? scan.findings : [];
  return {
    stateKind,
    stateText: describeState(state, lang, timeOf),
    verdict,
    verdictText: describeVerdict(verdict, lang),
    findings: findings.map((f) => row(f, lang)),
    groups: groupFindings(findings, lang),
    unreadable: (scan ? scan.unreadable : []).map((u) => locationName(u.location, lang)),
    alert,
    canRearm: stateKind === "lapsed",
    canArm: stateKind === "not-armed" || stateKind === "unknown",
    canMask: findings.some(isMaskableFinding),
    canTurnOff: mayTurnOff(insp, insp.ctx.policy),
  };
}

function two(n: number): string {
  return n < 10 ? "0" + n : String(n);
}

/** "10:42" today, "27.11. 10:42" on another day: a last good copy can be days old. */
export function whenOf(iso: string, now: Date): string {
  const d = new Date(iso);
  if (isNaN(d.getTime())) return "?";
  const time = `${two(d.getHours())}:${two(d.getMinutes())}`;
  const sameDay = d.getFullYear() === now.getFullYear() && d.getMonth() === now.getMonth() && d.getDate() === now.getDate();
  return sameDay ? time : `${two(d.getDate())}.${two(d.getMonth() + 1)}.${d.getFullYear() === now.getFullYear() ? "" : d.getFullYear()} ${time}`;
}

/**
 * The policy line in the pane's footer: version and source, so a user (and the helpdesk on the
 * phone) can see which policy is in force and whether it is the organisation's fresh copy, an
 * older copy kept while the policy could not be fetched, or the built-in strict default.
 */
export function policyText(p: PolicyInForce | { version: string }, lang: Lang, now: Date): string {
  return describePolicy(p, lang, (iso) => whenOf(iso, now));
}
