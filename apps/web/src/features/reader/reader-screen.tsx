"use client";

import { useActionState, useEffect } from "react";

import { readPageAction } from "./read-page-action";
import { ReaderForm } from "./reader-form";
import { ReaderResult, SUMMARY_TITLE_ID } from "./reader-result";
import { INITIAL_READER_STATE } from "./reader-state";

/** "Read a page": the paste box, then the page read with Backsure's guidance (or a plain message). */
export const ReaderScreen = () => {
  const [state, formAction, isPending] = useActionState(readPageAction, INITIAL_READER_STATE);

  useEffect(() => {
    if (state.revision === 0) return;
    const target =
      state.status === "read"
        ? document.getElementById(SUMMARY_TITLE_ID)
        : document.getElementById(state.status === "failed" ? `reader-${state.failure.field}` : "");
    target?.focus();
  }, [state]);

  return (
    <div className="stack">
      <ReaderForm state={state} formAction={formAction} isPending={isPending} />
      {state.status === "read" ? <ReaderResult key={state.revision} result={state.result} /> : null}
    </div>
  );
};
