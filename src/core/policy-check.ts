// Checks a policy document: the schema (through the precompiled validator, no eval), then the
// checks a schema cannot say well, then merged onto the strict default. The CLI's `policy check`,
// `scan --policy` and the add-in's loader all come through here, so a file the CLI accepts is a
// file the add-in accepts. Every problem names its JSON path.

import { mergePolicy, PolicyProblem, semanticProblems, SemanticOptions } from "./policy-merge";
import { Policy } from "./policy";
import { validatePolicy } from "./policy-validator.generated";

interface ValidatorError {
  instancePath: string;
  keyword: string;
  params: { [key: string]: unknown };
  /** Set on an error about an object's key (propertyNames); the propertyNames error says it. */
  propertyName?: string;
}

type Validator = ((doc: unknown) => boolean) & { errors?: ValidatorError[] | null };

/** The validator is generated without messages (it rides in the size-limited event bundle). */
function describe(e: ValidatorError): string {
  const p = e.params;
  const limit = String(p.limit);
  switch (e.keyword) {
    case "additionalProperties":
      return `unknown key '${String(p.additionalProperty)}'`;
    case "enum":
      return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "type":
      return `must be ${String(p.type)}`;
    case "required":
      return `must have required property '${String(p.missingProperty)}'`;
    case "minLength":
    case "minItems":
      return `must NOT have fewer than ${limit} ${e.keyword === "minLength" ? "characters" : "items"}`;
    case "maxLength":
    case "maxItems":
      return `must NOT have more than ${limit} ${e.keyword === "maxLength" ? "characters" : "items"}`;
    case "minimum":
    case "maximum":
      return `must be ${String(p.comparison)} ${limit}`;
    case "uniqueItems":
      return `must NOT have duplicate items (items ${String(p.j)} and ${String(p.i)} are the same)`;
    case "pattern":
      return `must match pattern "${String(p.pattern)}"`;
    case "propertyNames":
      return `key '${String(p.propertyName)}' is not a finding type name (such as dk-cpr, sensitive:health, sensitive:* or *)`;
    default:
      return `must satisfy ${e.keyword}`;
  }
}

export type PolicyCheck = { ok: true; policy: Policy } | { ok: false; problems: PolicyProblem[] };

/** Every problem of a parsed document, schema and semantic, each at its path. */
export function policyProblems(doc: unknown, opts: SemanticOptions): PolicyProblem[] {
  const validate = validatePolicy as Validator;
  const semantic = semanticProblems(doc, opts);
  const schema: PolicyProblem[] = validate(doc)
    ? []
    : (validate.errors || []).filter((e) => e.propertyName === undefined).map((e) => ({ path: e.instancePath || "/", message: describe(e) }));
  // Where a semantic check spoke about a value, its message says more than the schema's pattern.
  const said: { [path: string]: boolean } = {};
  for (const s of semantic) said[s.path] = true;
  return schema.filter((p) => !said[p.path]).concat(semantic);
}

export function checkPolicyDocument(doc: unknown, opts: SemanticOptions): PolicyCheck {
  const problems = policyProblems(doc, opts);
  if (problems.length) return { ok: false, problems };
  return { ok: true, policy: mergePolicy(doc as Partial<Policy>) };
}

/** The same from text: JSON first (a parse error is a problem at `/`, never an exception). */
export function checkPolicyText(text: string, opts: SemanticOptions): PolicyCheck {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ path: "/", message: `not JSON: ${e instanceof Error ? e.message : "parse error"}` }] };
  }
  return checkPolicyDocument(doc, opts);
}
