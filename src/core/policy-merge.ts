// A policy file on top of the built-in strict default. Only called with a document that already
// passed the schema (src/core/policy.schema.json); the checks here are the ones a schema cannot
// say well.

import { DEFAULT_POLICY, Policy } from "./policy";

export interface PolicyProblem {
  /** JSON pointer of the offending value, e.g. `/markers/header/value`. */
  path: string;
  message: string;
}

/** Problems a schema does not catch: a marker that would ask the server to sign only. */
export function semanticProblems(doc: { markers?: { header?: { value?: string } } }): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const value = doc.markers && doc.markers.header && doc.markers.header.value;
  if (typeof value === "string" && /sign/i.test(value) && !/encrypt/i.test(value)) {
    problems.push({
      path: "/markers/header/value",
      message: "names signing without encryption; secure post is always signed AND encrypted",
    });
  }
  return problems;
}

export function mergePolicy(doc: Partial<Policy>): Policy {
  const d = DEFAULT_POLICY;
  const markers = doc.markers
    ? {
        header: { name: doc.markers.header.name, value: doc.markers.header.value },
        subjectTag: doc.markers.subjectTag,
        sensitivityLabelId: doc.markers.sensitivityLabelId,
      }
    : d.markers;
  const actions: Policy["actions"] = {};
  for (const k in d.actions) actions[k] = d.actions[k];
  if (doc.actions) for (const k in doc.actions) actions[k] = doc.actions[k];
  return {
    version: doc.version !== undefined ? doc.version : "custom",
    markers,
    onPersonalData: doc.onPersonalData || d.onPersonalData,
    actions,
    minConfidence: doc.minConfidence !== undefined ? doc.minConfidence : d.minConfidence,
    unreadableAttachments: doc.unreadableAttachments || d.unreadableAttachments,
    maxStateAgeMinutes: doc.maxStateAgeMinutes !== undefined ? doc.maxStateAgeMinutes : d.maxStateAgeMinutes,
    watchdogMs: doc.watchdogMs !== undefined ? doc.watchdogMs : d.watchdogMs,
    armOnNewMessage: doc.armOnNewMessage !== undefined ? doc.armOnNewMessage : d.armOnNewMessage,
    cprMask: doc.cprMask || d.cprMask,
  };
}
