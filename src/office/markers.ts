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
  writeHeader,
  writeSensitivityLabel,
  writeSessionValue,
  writeSubject,
} from "./item";
import { OfficeCallError } from "./office-call";

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
