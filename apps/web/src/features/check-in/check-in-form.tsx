"use client";

import type { RefObject } from "react";
import { useActionState, useEffect, useRef } from "react";

import {
  BASELINE_OPTIONS,
  CHARACTER_LABELS,
  LEG_REACH_LABELS,
  LOCATION_LABELS,
  NUMBNESS_LABELS,
  OTHER_FACTS,
  PAIN_SCALE,
  PROFILE_FACTS,
  RED_FLAG_QUESTIONS,
  SESSION_TIME_OPTIONS,
  TREND_LABELS,
  WEAKNESS_LABELS,
  YES_NO,
  optionsOf,
} from "./check-in-questions";
import { ChoiceGroup } from "./choice-group";
import { errorId, fieldId } from "./field-id";
import type { CheckInFormState, FormValues } from "./form-values";
import { valueOf, valuesOf } from "./form-values";
import { NotesField } from "./notes-field";
import { submitCheckIn } from "./submit-check-in";
import { TickList } from "./tick-list";

const one = (values: FormValues, name: string): readonly string[] => {
  const value = valueOf(values, name);
  return value === "" ? [] : [value];
};

const ticked = (values: FormValues, names: readonly string[]) =>
  names.filter((name) => valueOf(values, name) === "yes");

const ErrorSummary = ({
  state,
  summaryRef,
}: {
  state: CheckInFormState;
  summaryRef: RefObject<HTMLDivElement | null>;
}) => {
  const entries = Object.entries(state.errors);
  if (entries.length === 0 && state.formError === undefined) return null;
  return (
    <div className="form-errors" role="alert" tabIndex={-1} ref={summaryRef}>
      <h2>Please check {entries.length === 1 ? "this answer" : "these answers"}</h2>
      {state.formError === undefined ? null : <p>{state.formError}</p>}
      <ul>
        {entries.map(([field, message]) => {
          const question = RED_FLAG_QUESTIONS.find((q) => `redFlags.${q.field}` === field);
          return (
            <li key={field}>
              <a href={`#${fieldId(field)}`}>
                {question === undefined ? message : `${question.question} ${message}`}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
};

const RedFlagStep = ({ state }: { state: CheckInFormState }) => (
  <>
    <p>
      These questions check for rare signs that need help straight away. Please answer each one
      about how you are now.
    </p>
    {RED_FLAG_QUESTIONS.map(({ field, question, hint }) => (
      <ChoiceGroup
        key={field}
        name={`redFlags.${field}`}
        legend={question}
        hint={hint}
        options={YES_NO}
        chosen={one(state.values, `redFlags.${field}`)}
        error={state.errors[`redFlags.${field}`]}
      />
    ))}
  </>
);

const DetailsStep = ({ state }: { state: CheckInFormState }) => {
  const { values, errors } = state;
  const saidYes = RED_FLAG_QUESTIONS.filter(
    ({ field }) => valueOf(values, `redFlags.${field}`) === "yes",
  );
  return (
    <>
      {RED_FLAG_QUESTIONS.map(({ field }) => (
        <input
          key={field}
          type="hidden"
          name={`redFlags.${field}`}
          value={valueOf(values, `redFlags.${field}`)}
        />
      ))}
      <p>
        {saidYes.length === 0
          ? "You answered no to all the urgent questions. Now tell us how you are feeling."
          : `You answered yes to: ${saidYes.map((q) => q.question).join(" ")} Your result will take this into account. Now tell us how you are feeling.`}
      </p>
      <ChoiceGroup
        name="hoursSinceSession"
        legend="When was your last physical therapy session?"
        options={SESSION_TIME_OPTIONS}
        chosen={one(values, "hoursSinceSession")}
        error={errors.hoursSinceSession}
      />
      <ChoiceGroup
        name="painNow"
        legend="How bad is your pain right now?"
        hint="0 means no pain. 10 means the worst pain you can imagine."
        options={PAIN_SCALE}
        chosen={one(values, "painNow")}
        error={errors.painNow}
        scale
      />
      <ChoiceGroup
        name="painDuringExercise"
        legend="How bad was it during your exercises?"
        hint="0 means no pain. 10 means the worst pain you can imagine."
        options={[...PAIN_SCALE, { value: "none", label: "I didn't exercise" }]}
        chosen={one(values, "painDuringExercise")}
        error={errors.painDuringExercise}
        scale
      />
      <ChoiceGroup
        name="backToBaselineByMorning"
        legend="The morning after your last session, was your pain back to its usual level?"
        options={BASELINE_OPTIONS}
        chosen={one(values, "backToBaselineByMorning")}
        error={errors.backToBaselineByMorning}
      />
      <ChoiceGroup
        name="character"
        legend="What does it feel like?"
        hint="Tick all that fit, or none."
        options={optionsOf(CHARACTER_LABELS)}
        chosen={valuesOf(values, "character")}
        error={errors.character}
        multiple
      />
      <ChoiceGroup
        name="location"
        legend="Where do you feel it?"
        options={optionsOf(LOCATION_LABELS)}
        chosen={one(values, "location")}
        error={errors.location}
      />
      <ChoiceGroup
        name="legReach"
        legend="How far down your leg does it go?"
        options={optionsOf(LEG_REACH_LABELS)}
        chosen={one(values, "legReach")}
        error={errors.legReach}
      />
      <ChoiceGroup
        name="numbness"
        legend="Do you have numbness or tingling?"
        options={optionsOf(NUMBNESS_LABELS)}
        chosen={one(values, "numbness")}
        error={errors.numbness}
      />
      <ChoiceGroup
        name="weakness"
        legend="Does either leg feel weak?"
        options={optionsOf(WEAKNESS_LABELS)}
        chosen={one(values, "weakness")}
        error={errors.weakness}
      />
      <ChoiceGroup
        name="trend"
        legend="Since yesterday, is it better, the same or worse?"
        options={optionsOf(TREND_LABELS)}
        chosen={one(values, "trend")}
        error={errors.trend}
      />
      <TickList
        legend="Tick any that are true"
        items={OTHER_FACTS.map(({ field, label }) => ({ name: field, label }))}
        ticked={ticked(
          values,
          OTHER_FACTS.map(({ field }) => field),
        )}
      />
      <TickList
        legend="About you (optional)"
        hint="Some health facts change what a symptom means. Tick any that apply."
        items={PROFILE_FACTS.map(({ field, label }) => ({ name: `profile.${field}`, label }))}
        ticked={ticked(
          values,
          PROFILE_FACTS.map(({ field }) => `profile.${field}`),
        )}
      />
      <div
        className="field"
        id={fieldId("profile.age")}
        tabIndex={-1}
        data-invalid={errors["profile.age"] === undefined ? undefined : true}
      >
        <label htmlFor="profile-age-input">Your age (optional)</label>
        {errors["profile.age"] === undefined ? null : (
          <span className="error" id={errorId("profile.age")}>
            {errors["profile.age"]}
          </span>
        )}
        <input
          id="profile-age-input"
          name="profile.age"
          type="number"
          inputMode="numeric"
          min={0}
          max={120}
          defaultValue={valueOf(values, "profile.age")}
          aria-describedby={
            errors["profile.age"] === undefined ? undefined : errorId("profile.age")
          }
          aria-invalid={errors["profile.age"] === undefined ? undefined : true}
        />
      </div>
      <NotesField initial={valueOf(values, "notes")} error={errors.notes} />
    </>
  );
};

/**
 * The check-in: the urgent (red-flag) questions first, then the details. A real form posting to a server
 * action, so it works before (or without) JavaScript; with JavaScript the steps change without a page load and
 * focus moves to the new step or to the list of answers to fix.
 */
export const CheckInForm = ({ initialState }: { initialState: CheckInFormState }) => {
  const [state, formAction, isPending] = useActionState(submitCheckIn, initialState, "/check-in");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const isFirstRender = useRef(true);

  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    (summaryRef.current ?? headingRef.current)?.focus();
  }, [state]);

  const isRedFlagStep = state.step === "red-flags";
  return (
    <form action={formAction} noValidate aria-labelledby="check-in-step-heading">
      <input type="hidden" name="idempotencyKey" value={state.idempotencyKey} />
      <input type="hidden" name="step" value={state.step} />
      <p className="hint">Step {isRedFlagStep ? 1 : 2} of 2</p>
      <h1 id="check-in-step-heading" tabIndex={-1} ref={headingRef}>
        {isRedFlagStep ? "First, a few urgent questions" : "How are you feeling?"}
      </h1>
      <ErrorSummary state={state} summaryRef={summaryRef} />
      {isRedFlagStep ? <RedFlagStep state={state} /> : <DetailsStep state={state} />}
      <button type="submit" disabled={isPending}>
        {isPending ? "Checking…" : isRedFlagStep ? "Next" : "See my result"}
      </button>
    </form>
  );
};
