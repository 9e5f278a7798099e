/** A YAML mapping as Kubernetes reads it: a plain object. */
export type Obj = Record<string, unknown>;

/** True when a value is a mapping (not a list, not a scalar). */
export function isObj(v: unknown): v is Obj {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** The value as a mapping, or undefined when it is not one. */
export function obj(v: unknown): Obj | undefined {
  return isObj(v) ? v : undefined;
}
