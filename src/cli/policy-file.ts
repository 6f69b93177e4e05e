// Loads a policy file for the CLI: JSON, then the schema (ajv), then the semantic checks, then
// merged onto the strict default. Every problem names its JSON path.

import Ajv from "ajv";
import { readFileSync } from "fs";
import { mergePolicy, PolicyProblem, semanticProblems } from "../core/policy-merge";
import { Policy } from "../core/policy";
import schema from "../core/policy.schema.json";

export class PolicyError extends Error {
  constructor(
    readonly file: string,
    readonly problems: PolicyProblem[],
  ) {
    super(`${file}: invalid policy: ${problems.map((p) => `${p.path || "/"} ${p.message}`).join("; ")}`);
  }
}

let validate: ReturnType<Ajv["compile"]> | null = null;

export function checkPolicyDocument(doc: unknown): PolicyProblem[] {
  if (!validate) validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
  if (!validate(doc)) {
    return (validate.errors || []).map((e) => {
      const extra = e.keyword === "additionalProperties" ? ` '${(e.params as { additionalProperty: string }).additionalProperty}'` : "";
      return { path: e.instancePath || "/", message: `${e.message}${extra}` };
    });
  }
  return semanticProblems(doc as Parameters<typeof semanticProblems>[0]);
}

export function loadPolicyFile(file: string): Policy {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new PolicyError(file, [{ path: "/", message: e instanceof SyntaxError ? `not JSON: ${e.message}` : "cannot be read" }]);
  }
  const problems = checkPolicyDocument(doc);
  if (problems.length) throw new PolicyError(file, problems);
  return mergePolicy(doc as Partial<Policy>);
}
