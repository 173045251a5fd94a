import type { ReactNode } from "react";

type SettingCheckboxProps = {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ReactNode;
};

/** One on/off setting as a labelled checkbox (the popup and the options page share them). */
export const SettingCheckbox = ({ checked, onChange, children }: SettingCheckboxProps) => (
  <label>
    <input
      type="checkbox"
      checked={checked}
      onChange={(event) => {
        onChange(event.target.checked);
      }}
    />
    {children}
  </label>
);
