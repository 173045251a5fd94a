/** Where to go after signing in: a path on this site only (never another site), else the diary. */
export const safeNextPath = (value: unknown): string =>
  typeof value === "string" && /^\/(?![/\\])[\w\-/?=&%.]*$/.test(value) ? value : "/diary";
