import type { ConceptId } from "@backsure/core";
import { useEffect, useState } from "react";

import { PageSummaryView } from "~components/page-summary-view";
import { QuickCheck } from "~components/quick-check";
import { SettingCheckbox } from "~components/setting-checkbox";
import type { PageReport } from "~lib/messages";
import { sendToActiveTab } from "~lib/popup/send-to-active-tab";
import { useSettings } from "~lib/settings/use-settings";

import "~components/extension.css";

const Popup = () => {
  const [settings, updateSettings] = useSettings();
  const [report, setReport] = useState<PageReport | null>(null);
  const [isLoaded, setIsLoaded] = useState(false);

  useEffect(() => {
    const load = async (): Promise<void> => {
      setReport(await sendToActiveTab({ type: "get-page-report" }));
      setIsLoaded(true);
    };
    void load();
  }, [settings]);

  const reveal = async (concept: ConceptId): Promise<void> => {
    const result = await sendToActiveTab({ type: "reveal-mention", concept });
    if (result?.isRevealed) window.close();
  };

  if (!settings) return null;
  const hostname = report?.hostname ?? "";
  const site = settings.sites[hostname];
  return (
    <main style={{ width: 340 }}>
      <h1>Backsure</h1>
      {report ? (
        <PageSummaryView
          report={report}
          palette={settings.palette}
          onReveal={(concept) => void reveal(concept)}
        />
      ) : (
        isLoaded && <p className="mode">Backsure does not run on this page.</p>
      )}
      <div className="controls">
        {hostname && (
          <label>
            Highlight on {hostname}:
            <select
              value={site ?? "auto"}
              onChange={(event) => {
                const value = event.target.value;
                void updateSettings((current) => {
                  const sites = { ...current.sites };
                  if (value === "on" || value === "off") sites[hostname] = value;
                  else delete sites[hostname];
                  return { ...current, sites };
                });
              }}
            >
              <option value="auto">when the page is about back pain</option>
              <option value="on">always</option>
              <option value="off">never</option>
            </select>
          </label>
        )}
        <SettingCheckbox
          checked={settings.isPaused}
          onChange={(isPaused) => void updateSettings((current) => ({ ...current, isPaused }))}
        >
          Pause Backsure everywhere
        </SettingCheckbox>
      </div>
      <QuickCheck palette={settings.palette} portalUrl={settings.portalUrl} />
      <p>
        <a href={chrome.runtime.getURL("options.html")} target="_blank" rel="noopener noreferrer">
          Settings and personal details
        </a>
      </p>
    </main>
  );
};

export default Popup;
