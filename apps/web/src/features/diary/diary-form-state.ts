/** What a diary form shows after a failed submission: a message per field, or one for the whole form. */
export type DiaryFormState = { errors: Readonly<Record<string, string>> };

export const INITIAL_DIARY_FORM_STATE: DiaryFormState = { errors: {} };
