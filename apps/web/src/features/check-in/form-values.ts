/**
 * What the patient typed or chose, by form field name, kept exactly as sent so a form with an error can be shown
 * again without losing anything. Field names are the dotted paths of the CheckIn (`redFlags.fever`, `painNow`).
 */
export type FormValues = Readonly<Record<string, string | readonly string[]>>;

/** The check-in form's state between steps: shown again as it was, with any errors beside their fields. */
export type CheckInFormState = {
  step: "red-flags" | "details";
  /** One per interview: a replayed submission returns the result already stored. */
  idempotencyKey: string;
  values: FormValues;
  /** Field name → a plain message shown next to that field. */
  errors: Readonly<Record<string, string>>;
  /** A problem with the whole form rather than one field. */
  formError?: string;
};

/** Fields that may hold several values (checkbox groups). */
const MULTI_VALUE_FIELDS = new Set(["character"]);

/** Longest value kept from any one field, so a hostile post can't make the state huge. */
const MAX_KEPT_LENGTH = 100_000;

/** Reads the form's own fields (Next's `$ACTION_…` fields and anything unknown to `isKnown` are dropped). */
export const readFormValues = (
  formData: FormData,
  isKnown: (name: string) => boolean,
): Record<string, string | string[]> => {
  const values: Record<string, string | string[]> = {};
  for (const name of new Set(formData.keys())) {
    if (!isKnown(name)) continue;
    const texts = formData
      .getAll(name)
      .filter((entry): entry is string => typeof entry === "string")
      .map((entry) => entry.slice(0, MAX_KEPT_LENGTH));
    if (MULTI_VALUE_FIELDS.has(name)) values[name] = texts;
    else if (texts[0] !== undefined) values[name] = texts[0];
  }
  return values;
};

/** The single value of a field ("" when absent or when several were sent). */
export const valueOf = (values: FormValues, name: string): string => {
  const value = values[name];
  return typeof value === "string" ? value : "";
};

/** All values of a multi-value field. */
export const valuesOf = (values: FormValues, name: string): readonly string[] => {
  const value = values[name];
  if (value === undefined) return [];
  return typeof value === "string" ? [value] : value;
};
