declare const redactedBrand: unique symbol;

/**
 * Text derived from a secret value that is safe to print: it names the shape of the value
 * (kind, length) and never any of its characters. `redact` is the only way to make one, so the
 * compiler refuses a raw value wherever a finding expects evidence.
 */
export type Redacted = string & { readonly [redactedBrand]: true };

/** Describes a secret-derived value by what it is and how long it is, never by its content. */
export function redact(value: string, what?: string): Redacted {
  const length = [...value].length;
  const label = what ? `${what}, ` : '';
  return `[redacted: ${label}${length} characters]` as Redacted;
}

