// The secure-post state of one message, and how it is judged against the markers really on the
// item. The stored state only says what was intended; the markers read back from the item say
// what the server will see. A state that says armed while a marker is gone has LAPSED: that is
// the 2012 failure (the secure tab vanished and the mail left unencrypted) and it must block.

import { Policy } from "./policy";

export type ArmedBy = "user" | "policy";

/** What the add-in stores in sessionData. Secure post is always sign + encrypt: no mode field. */
export interface StoredState {
  v: 1;
  armed: boolean;
  by: ArmedBy;
  /** ISO time of arming. */
  at: string;
  /** The markers applied, so a change can be named. */
  markers: {
    header: { name: string; value: string };
    subjectTag?: string;
    sensitivityLabelId?: string;
  };
}

/** The markers as read back from the item. `undefined` means "not read" (not needed by policy). */
export interface ObservedMarkers {
  /** Value of the policy's header on the item, or null when absent. */
  headerValue: string | null;
  subject: string;
  sensitivityLabelId?: string | null;
}

export type LapseChange =
  | "header-missing"
  | "header-changed"
  | "subject-tag-missing"
  | "label-missing"
  | "label-changed"
  | "too-old";

export type StateView =
  | { kind: "not-armed" }
  | { kind: "armed"; by: ArmedBy | "unknown"; at: string | null }
  | { kind: "lapsed"; by: ArmedBy | "unknown"; at: string | null; changes: LapseChange[] };

export const STATE_KEY = "securePostGuard.state";

/** Parses what sessionData held; anything malformed counts as no state (the markers then decide). */
export function parseStoredState(raw: string | null | undefined): StoredState | null {
  if (!raw) return null;
  try {
    const s = JSON.parse(raw);
    if (
      s &&
      s.v === 1 &&
      typeof s.armed === "boolean" &&
      (s.by === "user" || s.by === "policy") &&
      typeof s.at === "string" &&
      s.markers &&
      s.markers.header &&
      typeof s.markers.header.name === "string"
    ) {
      return s as StoredState;
    }
  } catch (e) {
    // fall through: a corrupt state is no state
  }
  return null;
}

export function newArmedState(policy: Policy, by: ArmedBy, now: Date): StoredState {
  const m = policy.markers;
  const markers: StoredState["markers"] = { header: { name: m.header.name, value: m.header.value } };
  if (m.subjectTag) markers.subjectTag = m.subjectTag;
  if (m.sensitivityLabelId) markers.sensitivityLabelId = m.sensitivityLabelId;
  return { v: 1, armed: true, by, at: now.toISOString(), markers };
}

/** Which of the policy's markers are missing or different on the item. */
export function markerChanges(policy: Policy, observed: ObservedMarkers): LapseChange[] {
  const m = policy.markers;
  const changes: LapseChange[] = [];
  if (observed.headerValue === null) changes.push("header-missing");
  else if (observed.headerValue.trim() !== m.header.value) changes.push("header-changed");
  if (m.subjectTag && observed.subject.indexOf(m.subjectTag) < 0) changes.push("subject-tag-missing");
  if (m.sensitivityLabelId) {
    if (!observed.sensitivityLabelId) changes.push("label-missing");
    else if (observed.sensitivityLabelId !== m.sensitivityLabelId) changes.push("label-changed");
  }
  return changes;
}

function markerCount(policy: Policy): number {
  return 1 + (policy.markers.subjectTag ? 1 : 0) + (policy.markers.sensitivityLabelId ? 1 : 0);
}

/**
 * Judges the state: armed only when every marker the policy needs is on the item. With no
 * stored state (sessionData missing on some builds, or a reopened draft) the markers decide;
 * some markers present but not all means something was armed and has partly gone: lapsed.
 */
export function evaluateState(
  stored: StoredState | null,
  observed: ObservedMarkers,
  policy: Policy,
  now: Date,
): StateView {
  const changes = markerChanges(policy, observed);
  if (stored && stored.armed) {
    const ageMs = now.getTime() - Date.parse(stored.at);
    if (policy.maxStateAgeMinutes > 0 && !(ageMs <= policy.maxStateAgeMinutes * 60000)) {
      changes.push("too-old");
    }
    if (changes.length === 0) return { kind: "armed", by: stored.by, at: stored.at };
    return { kind: "lapsed", by: stored.by, at: stored.at, changes };
  }
  if (changes.length === 0) return { kind: "armed", by: "unknown", at: null };
  if (changes.length < markerCount(policy)) return { kind: "lapsed", by: "unknown", at: null, changes };
  return { kind: "not-armed" };
}
