import { QuickCheck } from "~components/quick-check";
import { useSettings } from "~lib/settings/use-settings";

import "~components/extension.css";

/** The "check my own symptoms" page a card opens: the popup's quick check, full size. */
const CheckPage = () => {
  const [settings] = useSettings();
  if (!settings) return null;
  return (
    <main style={{ maxWidth: 640, margin: "0 auto" }}>
      <h1>Backsure: check my own symptoms</h1>
      <p className="note">Your words are checked on this device and never sent anywhere.</p>
      <QuickCheck palette={settings.palette} portalUrl={settings.portalUrl} />
    </main>
  );
};

export default CheckPage;
