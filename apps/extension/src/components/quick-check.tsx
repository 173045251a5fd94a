import { assess } from "@backsure/core";
import type { Assessment } from "@backsure/core";
import { useState } from "react";

import type { Palette } from "~lib/settings/settings-schema";

import { LevelTag } from "./level-tag";

type QuickCheckProps = { palette: Palette; portalUrl: string };

/** "Is this normal?": the patient's own words, assessed on the device by core. Nothing is sent anywhere. */
export const QuickCheck = ({ palette, portalUrl }: QuickCheckProps) => {
  const [text, setText] = useState("");
  const [result, setResult] = useState<Assessment | null>(null);
  return (
    <section className="quick-check" aria-labelledby="quick-check-title">
      <h2 id="quick-check-title">Is this normal?</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setResult(text.trim() ? assess(text) : null);
        }}
      >
        <label htmlFor="quick-check-text">How do you feel since your last session?</label>
        <textarea
          id="quick-check-text"
          rows={3}
          value={text}
          placeholder="e.g. my lower back is sore and stiff since yesterday's session"
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit">Check</button>
      </form>
      {result && (
        <div className="result" role="status">
          <p>
            <LevelTag level={result.level} palette={palette} />
          </p>
          <p className="headline">{result.headline}</p>
          {result.firedRules.length > 0 && (
            <>
              <h3>Why</h3>
              <ul>
                {result.firedRules.map((rule) => (
                  <li key={rule.id}>{rule.reason}</li>
                ))}
              </ul>
            </>
          )}
          {result.doNow.length > 0 && (
            <>
              <h3>What to do</h3>
              <ul>
                {result.doNow.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </>
          )}
          {result.escalateIf.length > 0 && (
            <>
              <h3>It is more urgent if</h3>
              <ul>
                {result.escalateIf.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </>
          )}
          <p className="note">{result.disclaimer}</p>
        </div>
      )}
      <p>
        <a href={portalUrl} target="_blank" rel="noopener noreferrer">
          Open the Backsure portal
        </a>{" "}
        for a full check-in and your diary.
      </p>
    </section>
  );
};
