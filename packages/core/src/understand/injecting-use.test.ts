import { describe, expect, it } from "vitest";
import { assess } from "../triage/assess";

const ivDrugUse = (text: string) =>
  assess(text).findings.filter(
    (finding) => finding.detail === "iv-drug-use" && finding.status === "present",
  );

describe("injecting drugs told without the drug", () => {
  it("reads using with how, and injecting with nothing injected, as drug use", () => {
    for (const text of [
      "I'll be honest, I still use (inject). Back is different this week.",
      "I still inject, back pain is deep and constant",
      "been injecting again since the summer and my back hurts",
      "Using again - IV. Back is bad.",
    ])
      expect(ivDrugUse(text), text).not.toEqual([]);
  });

  it("is no drug use with a medicine, someone else or the past", () => {
    for (const text of [
      "I inject my methotrexate on Mondays, back sore after PT",
      "I inject insulin twice a day, back a bit achy after PT",
      "My physio uses needles on my back (dry needling), a bit sore after",
      "My brother still injects. My back is achy after PT.",
    ])
      expect(ivDrugUse(text), text).toEqual([]);
  });
});
