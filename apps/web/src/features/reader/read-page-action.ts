"use server";

import { env } from "~/env";
import { READER_ERROR_MESSAGES, isReaderError } from "~/server/reader/reader-error";
import { readPage } from "~/server/reader/read-page";

import { parseReaderForm, readReaderForm } from "./parse-reader-form";
import type { ReaderState } from "./reader-state";

const UNEXPECTED_MESSAGE =
  "Something went wrong while reading. Try again, or paste the page's text instead.";

/**
 * The reader form's action: read the link or the pasted text, annotate it and answer with the article to show.
 * Whatever was typed comes back with a failure, so the paste box keeps it. Nothing is written anywhere.
 */
export const readPageAction = async (
  previous: ReaderState,
  formData: FormData,
): Promise<ReaderState> => {
  const values = readReaderForm(formData);
  const revision = previous.revision + 1;
  const parsed = parseReaderForm(values);
  if (!parsed.ok) return { status: "failed", revision, values, failure: parsed.failure };
  try {
    const result = await readPage(parsed.input, parsed.context, {
      policy: { allowLoopback: env.READER_ALLOW_LOOPBACK !== "0" },
    });
    // A pasted page is on the screen below the form: don't send it back a second time in the paste box.
    const shownValues = result.article.source.kind === "paste" ? { ...values, input: "" } : values;
    return { status: "read", revision, values: shownValues, result };
  } catch (error) {
    const message = isReaderError(error) ? READER_ERROR_MESSAGES[error.code] : UNEXPECTED_MESSAGE;
    if (!isReaderError(error)) console.error("Reader failed unexpectedly", error);
    return { status: "failed", revision, values, failure: { field: "input", message } };
  }
};
