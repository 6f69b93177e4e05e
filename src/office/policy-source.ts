// Where the add-in's policy comes from. For now the built-in strict default; loading the
// organisation's policy.json (with its last good copy) plugs in here.

import { DEFAULT_POLICY, Policy } from "../core/policy";

export function currentPolicy(): Policy {
  return DEFAULT_POLICY;
}
