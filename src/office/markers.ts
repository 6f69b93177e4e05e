// Arming: put the policy's markers on the item, read them back, and only then record the state.
// The server (transport rule or gateway) signs and encrypts what carries the markers, so a marker
// that did not stick is a failed arm, never a success.

import { Policy } from "../core/policy";
import {
  ArmedBy,
  markerChanges,
  newArmedState,
  ObservedMarkers,
  STATE_KEY,
  StoredState,
} from "../core/secure-state";
import {
  ComposeItem,
  hasSessionData,
  readHeader,
  readSensitivityLabel,
  readSubject,
  removeHeader,
  writeHeader,
  writeSensitivityLabel,
  writeSessionValue,
  writeSubject,
} from "./item";
import { OfficeCallError } from "./office-call";

/** Why secure post cannot be turned off by the add-in under this policy, or null when it can. */
export function disarmBlockedBy(policy: Policy): "policy-arms-every-message" | "sensitivity-label" | null {
  if (policy.armOnNewMessage) return "policy-arms-every-message";
  // A label cannot be taken back to what it was before; a label left alone would read as a lapse.
  if (policy.markers.sensitivityLabelId) return "sensitivity-label";
  return null;
}

/** Reads the policy's markers from the item. `subject` may be passed when already read. */
export function readMarkers(item: ComposeItem, policy: Policy, ms: number, subject?: Promise<string>): Promise<ObservedMarkers> {
  const m = policy.markers;
  return Promise.all([
    readHeader(item, m.header.name, ms),
    m.subjectTag ? subject || readSubject(item, ms) : Promise.resolve(""),
    m.sensitivityLabelId ? readSensitivityLabel(item, ms) : Promise.resolve(undefined),
  ]).then(([headerValue, subj, label]) => {
    const observed: ObservedMarkers = { headerValue, subject: subj };
    if (m.sensitivityLabelId) observed.sensitivityLabelId = label;
    return observed;
  });
}

function applyMarkers(item: ComposeItem, policy: Policy, ms: number): Promise<void> {
  const m = policy.markers;
  let p: Promise<void> = writeHeader(item, m.header.name, m.header.value, ms);
  const tag = m.subjectTag;
  if (tag) {
    p = p
      .then(() => readSubject(item, ms))
      .then((s) => (s.indexOf(tag) >= 0 ? undefined : writeSubject(item, s ? `${tag} ${s}` : tag, ms)));
  }
  const label = m.sensitivityLabelId;
  if (label) p = p.then(() => writeSensitivityLabel(item, label, ms));
  return p;
}

/**
 * Arms secure post (signed AND encrypted): applies every marker, verifies each by reading it
 * back, then stores the state. Rejects with an `arm` fault if any marker is not there after.
 * A state that cannot be stored does not undo a verified arm: the markers on the item decide.
 */
export function armSecurePost(item: ComposeItem, policy: Policy, by: ArmedBy, now: Date, ms: number): Promise<StoredState> {
  return applyMarkers(item, policy, ms)
    .then(() => readMarkers(item, policy, ms))
    .then((observed) => {
      if (markerChanges(policy, observed).length > 0) throw new OfficeCallError("arm", "failed", "did-not-stick");
      const state = newArmedState(policy, by, now);
      if (!hasSessionData(item)) return state;
      return writeSessionValue(item, STATE_KEY, JSON.stringify(state), ms).then(
        () => state,
        () => state,
      );
    })
    .then(null, (e: unknown) => {
      // Whatever step failed, the caller learns one thing: arming did not happen.
      throw e instanceof OfficeCallError && e.fault === "arm" ? e : new OfficeCallError("arm", "failed");
    });
}

/**
 * Turns secure post off: removes the header and the subject code, records the state as not armed,
 * and reads the markers back (none may be left, or it rejects). Only for a message that holds no
 * personal data: the caller (the taskpane) checks that on a fresh inspection right before, and
 * Send checks it again in any case, so a message that gets personal data later is stopped and
 * marked again. Never offered where the policy arms every message or marks with a label.
 */
export function disarmSecurePost(item: ComposeItem, policy: Policy, now: Date, ms: number): Promise<void> {
  if (disarmBlockedBy(policy)) return Promise.reject(new OfficeCallError("arm", "unsupported"));
  const m = policy.markers;
  const tag = m.subjectTag;
  let p: Promise<void> = removeHeader(item, m.header.name, ms);
  if (tag) {
    p = p
      .then(() => readSubject(item, ms))
      .then((s) => {
        if (s.indexOf(tag) < 0) return undefined;
        return writeSubject(item, s.split(tag).join("").replace(/\s{2,}/g, " ").replace(/^\s+/, ""), ms);
      });
  }
  return p
    .then(() => readMarkers(item, policy, ms))
    .then((observed) => {
      const left = observed.headerValue !== null || (!!tag && observed.subject.indexOf(tag) >= 0);
      if (left) throw new OfficeCallError("arm", "failed", "did-not-stick");
      if (!hasSessionData(item)) return undefined;
      const off: StoredState = { ...newArmedState(policy, "user", now), armed: false };
      // If this write fails, the stored state still says armed while the markers are gone: that
      // reads as a lapse (Send blocks and marks it again), so the caller is told it failed.
      return writeSessionValue(item, STATE_KEY, JSON.stringify(off), ms);
    })
    .then(null, (e: unknown) => {
      throw e instanceof OfficeCallError && e.fault === "arm" ? e : new OfficeCallError("arm", "failed");
    });
}
