import type { Guidance } from "@backsure/core/guidance";
import { LEVEL_COPY, LEVEL_STYLE } from "@backsure/core/guidance";
import { describe, expect, it, vi } from "vitest";

import { renderCard } from "./render-card";

const guidance: Guidance = {
  concept: "saddle-anesthesia",
  level: "emergency",
  name: "Numbness in the saddle area",
  meaning: "It can mean the nerves at the bottom of the spine are squeezed.",
  doNow: "Go to the emergency department now.",
  moreUrgentIf: ["You also cannot pee"],
  forYou: [],
  sources: [
    {
      key: "R12",
      title: "NHS. Cauda equina syndrome",
      url: "https://www.nhs.uk/conditions/cauda-equina-syndrome/",
    },
  ],
};

const render = (overrides: Partial<Guidance> = {}, quote = "numbness in the groin") => {
  const actions = { onClose: vi.fn(), onCheckOwnSymptoms: vi.fn() };
  const card = renderCard(
    document,
    { guidance: { ...guidance, ...overrides }, quote, isNegated: false, palette: "standard" },
    actions,
  );
  return { card, actions };
};

const headings = (card: HTMLElement): string[] =>
  [...card.querySelectorAll("h3")].map((h) => h.textContent);

describe("renderCard", () => {
  it("has the portal reader's structure: level, meaning, what to do, more urgent if, sources, check", () => {
    const { card } = render();
    expect(card.querySelector("header")?.textContent).toContain(LEVEL_STYLE.emergency.icon);
    expect(card.querySelector(".level")?.textContent).toBe(LEVEL_COPY.emergency.label);
    expect(card.querySelector(".name")?.textContent).toContain(guidance.name);
    expect(headings(card)).toEqual([
      "What it usually means after PT",
      "What to do",
      "It is more urgent if",
      "Sources",
    ]);
    expect(card.textContent).toContain(guidance.meaning);
    expect(card.textContent).toContain(guidance.doNow);
    const link = card.querySelector("a");
    expect(link?.href).toBe(guidance.sources[0]?.url);
    expect(link?.rel).toBe("noopener noreferrer");
    expect(card.querySelector(".check")?.textContent).toBe("Check my own symptoms");
  });

  it("adds 'For you' only when there is something personal to say", () => {
    expect(
      headings(render({ forYou: ["You had surgery recently: call your surgeon's team."] }).card),
    ).toContain("For you");
  });

  it("shows page words as text, never as markup", () => {
    const { card } = render({}, "<img src=x onerror=alert(1)>");
    expect(card.querySelector("img")).toBeNull();
    expect(card.querySelector(".quote")?.textContent).toContain("<img src=x onerror=alert(1)>");
  });

  it("wires the close and check buttons", () => {
    const { card, actions } = render();
    card.querySelector<HTMLButtonElement>(".close")?.click();
    card.querySelector<HTMLButtonElement>(".check")?.click();
    expect(actions.onClose).toHaveBeenCalledOnce();
    expect(actions.onCheckOwnSymptoms).toHaveBeenCalledOnce();
  });
});
