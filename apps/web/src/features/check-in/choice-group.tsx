import type { Option } from "./check-in-questions";
import { errorId, fieldId } from "./field-id";

type ChoiceGroupProps = {
  name: string;
  legend: string;
  hint?: string | undefined;
  options: readonly Option[];
  /** The values chosen so far (one for radios, any number for checkboxes). */
  chosen: readonly string[];
  error?: string | undefined;
  multiple?: boolean;
  /** Lay the options out as a compact scale (0–10). */
  scale?: boolean;
};

/** A question with a set of answers: radio buttons (one answer) or checkboxes (any number), in a fieldset. */
export const ChoiceGroup = ({
  name,
  legend,
  hint,
  options,
  chosen,
  error,
  multiple = false,
  scale = false,
}: ChoiceGroupProps) => {
  const id = fieldId(name);
  const hintId = `${id}-hint`;
  const describedBy = [
    hint === undefined ? null : hintId,
    error === undefined ? null : errorId(name),
  ]
    .filter((part) => part !== null)
    .join(" ");
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy === "" ? undefined : describedBy}
      aria-invalid={error === undefined ? undefined : true}
    >
      <legend>{legend}</legend>
      {hint === undefined ? null : (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      )}
      {error === undefined ? null : (
        <span className="error" id={errorId(name)}>
          {error}
        </span>
      )}
      <div className={scale ? "choices choices-scale" : "choices"}>
        {options.map((option) => (
          <label className="choice" key={option.value}>
            <input
              type={multiple ? "checkbox" : "radio"}
              name={name}
              value={option.value}
              defaultChecked={chosen.includes(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
};
