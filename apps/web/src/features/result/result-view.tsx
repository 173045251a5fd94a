import { LEVEL_COPY, LEVEL_STYLE } from "@backsure/core";

import type { CheckInResult } from "~/server/data/check-ins/find-check-in-result";

import { buildHighlightSpans } from "../understood/build-highlight-spans";
import { HighlightedText } from "../understood/highlighted-text";
import { UnderstoodList } from "../understood/understood-list";
import { LevelBanner } from "./level-banner";
import { SaveCheckInInvitation } from "./save-check-in-invitation";
import { shouldInviteToSave } from "./should-invite-to-save";

const DoNowList = ({ items }: { items: readonly string[] }) => (
  <ol>
    {items.map((item) => (
      <li key={item}>{item}</li>
    ))}
  </ol>
);

/**
 * A check-in's result: the level (words, icon, colour), what to do now, why (the rules that fired and the
 * patient's own words with what was understood marked), what would make it more urgent, and the sources. An
 * emergency leads with what to do and the number to call, before anything else. A full one-off check seen by
 * someone signed out invites them to keep it in a new account's diary, except in an emergency (see
 * `shouldInviteToSave`).
 */
export const ResultView = ({ result, signedIn }: { result: CheckInResult; signedIn: boolean }) => {
  const { assessment, emergencyNumber } = result;
  const invite = shouldInviteToSave(result, signedIn);
  const isEmergency = assessment.level === "emergency";
  const spans = result.notes === null ? [] : buildHighlightSpans(result.notes, assessment.findings);
  return (
    <article className="stack">
      {isEmergency ? (
        <section className="emergency-call" aria-labelledby="emergency-heading">
          <h1 id="emergency-heading">
            <span aria-hidden="true">{LEVEL_STYLE.emergency.icon} </span>
            Get help now: call {emergencyNumber}
          </h1>
          <p>{LEVEL_COPY.emergency.action}</p>
          <a className="call-number" href={`tel:${emergencyNumber}`}>
            Call {emergencyNumber}
          </a>
          <DoNowList items={assessment.doNow} />
        </section>
      ) : (
        <h1>Your result</h1>
      )}
      <LevelBanner level={assessment.level} headline={assessment.headline} />
      {isEmergency ? null : (
        <section aria-labelledby="do-now-heading">
          <h2 id="do-now-heading">What to do now</h2>
          <DoNowList items={assessment.doNow} />
        </section>
      )}
      <section aria-labelledby="why-heading">
        <h2 id="why-heading">Why</h2>
        {result.stage === "red-flags" ? (
          <p>You stopped at the urgent questions, so this result comes from those answers.</p>
        ) : null}
        {assessment.firedRules.length === 0 ? (
          <p>Nothing you told us is a warning sign.</p>
        ) : (
          <ul>
            {assessment.firedRules.map((rule) => (
              <li key={rule.id} data-rule={rule.id}>
                <span aria-hidden="true" style={{ color: LEVEL_STYLE[rule.level].color }}>
                  {LEVEL_STYLE[rule.level].icon}{" "}
                </span>
                <strong>{LEVEL_COPY[rule.level].label}:</strong> {rule.reason}
                {rule.evidence.length === 0 ? null : (
                  <ul>
                    {rule.evidence.map((evidence, index) => (
                      <li key={index}>
                        {evidence.kind === "text"
                          ? `You wrote: “${evidence.text}”`
                          : `You answered: ${evidence.text}`}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
        {result.notes === null || spans.length === 0 ? null : (
          <>
            <h3>In your own words</h3>
            <HighlightedText
              text={result.notes}
              spans={spans}
              label="Your words, with what we understood marked"
            />
            <UnderstoodList spans={spans} />
          </>
        )}
      </section>
      {assessment.escalateIf.length === 0 ? null : (
        <section aria-labelledby="escalate-heading">
          <h2 id="escalate-heading">Get help sooner if</h2>
          <ul>
            {assessment.escalateIf.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      )}
      {assessment.sources.length === 0 ? null : (
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading">Sources</h2>
          <ul>
            {assessment.sources.map((source) => (
              <li key={source.key}>
                <a href={source.url} rel="noreferrer">
                  {source.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p className="hint">{assessment.disclaimer}</p>
      <p className="hint">
        Checked on{" "}
        <time dateTime={result.createdAt.toISOString()}>{result.createdAt.toUTCString()}</time>.
        {result.inViewersDiary
          ? " Only you can open this result, signed in."
          : " This page has its own private address: bookmark it to come back to this result."}
      </p>
      {result.inViewersDiary ? (
        <p data-testid="saved-in-diary">
          This check-in is saved in your diary. <a href="/diary">Open your diary</a>
        </p>
      ) : null}
      {invite ? <SaveCheckInInvitation checkInId={result.id} /> : null}
      <p>
        <a href="/check-in">Start a new check-in</a>
      </p>
    </article>
  );
};
