import { fieldId } from "./field-id";

type TickListProps = {
  legend: string;
  hint?: string;
  items: readonly { name: string; label: string }[];
  /** Names of the items ticked so far. */
  ticked: readonly string[];
};

/** "Tick any that are true": one checkbox per statement, each its own field sent as "yes" when ticked. */
export const TickList = ({ legend, hint, items, ticked }: TickListProps) => (
  <fieldset>
    <legend>{legend}</legend>
    {hint === undefined ? null : <span className="hint">{hint}</span>}
    <div className="choices">
      {items.map((item) => (
        <label className="choice" key={item.name} id={fieldId(item.name)}>
          <input
            type="checkbox"
            name={item.name}
            value="yes"
            defaultChecked={ticked.includes(item.name)}
          />
          {item.label}
        </label>
      ))}
    </div>
  </fieldset>
);
