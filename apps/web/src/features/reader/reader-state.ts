import type { GuidanceContext, Mention, PageSummary } from "@backsure/core";

import type { Article } from "./article";

/** What the patient typed, kept exactly as sent so the form can be shown again with it after a failure. */
export type ReaderFormValues = {
  /** A link, or the text of a page. */
  input: string;
  hoursSinceSession: string;
  recentSpinalSurgery: boolean;
  cancerHistory: boolean;
  age: string;
};

export type ReadResult = {
  article: Article;
  mentions: readonly Mention[];
  summary: PageSummary;
  /** The patient's details for this reading only: passed to `getGuidance`, never stored. */
  context: GuidanceContext;
};

export type ReaderFailure = {
  /** Which part of the form the message is about. */
  field: "input" | "hoursSinceSession" | "age";
  message: string;
};

export type ReaderState =
  | { status: "idle"; revision: number; values: ReaderFormValues }
  | { status: "failed"; revision: number; values: ReaderFormValues; failure: ReaderFailure }
  | { status: "read"; revision: number; values: ReaderFormValues; result: ReadResult };

export const EMPTY_READER_VALUES: ReaderFormValues = {
  input: "",
  hoursSinceSession: "",
  recentSpinalSurgery: false,
  cancerHistory: false,
  age: "",
};

export const INITIAL_READER_STATE: ReaderState = {
  status: "idle",
  revision: 0,
  values: EMPTY_READER_VALUES,
};
