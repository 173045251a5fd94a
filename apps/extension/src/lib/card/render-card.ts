import { LEVEL_COPY, LEVEL_STYLE } from "@backsure/core/guidance";
import type { Guidance } from "@backsure/core/guidance";

import type { Palette } from "../settings/settings-schema";

export type CardContent = {
  guidance: Guidance;
  /** The words on the page the card explains. */
  quote: string;
  /** The page says the symptom is absent ("no numbness"). */
  isNegated: boolean;
  palette: Palette;
};

export type CardActions = {
  onClose: () => void;
  onCheckOwnSymptoms: () => void;
};

const element = <K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string | null,
  text?: string,
): HTMLElementTagNameMap[K] => {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  // Text only, never markup: page words and guidance are shown exactly as written.
  if (text !== undefined) node.textContent = text;
  return node;
};

const section = (doc: Document, title: string, body: HTMLElement): HTMLElement[] => [
  element(doc, "h3", null, title),
  body,
];

const list = (doc: Document, items: readonly string[]): HTMLUListElement => {
  const ul = element(doc, "ul", null);
  for (const item of items) ul.append(element(doc, "li", null, item));
  return ul;
};

/**
 * The guidance card, built with the same structure as the portal's reader: level icon, level words and symptom
 * name; what it usually means after PT; what to do; when it is more urgent; what changes for this patient;
 * sources; and a way to check one's own symptoms.
 */
export const renderCard = (
  doc: Document,
  { guidance, quote, isNegated, palette }: CardContent,
  { onClose, onCheckOwnSymptoms }: CardActions,
): HTMLElement => {
  const style = LEVEL_STYLE[guidance.level];
  const card = element(doc, "section", "card");
  card.setAttribute("role", "dialog");
  card.setAttribute("aria-label", `${LEVEL_COPY[guidance.level].label}: ${guidance.name}`);
  card.style.setProperty(
    "--level-color",
    palette === "color-blind" ? style.colorBlind : style.color,
  );

  const header = element(doc, "header", null);
  const icon = element(doc, "span", "icon", style.icon);
  icon.setAttribute("aria-hidden", "true");
  const close = element(doc, "button", "close", "×");
  close.type = "button";
  close.setAttribute("aria-label", "Close");
  close.addEventListener("click", onClose);
  header.append(
    icon,
    element(doc, "span", "level", LEVEL_COPY[guidance.level].label),
    element(doc, "span", "name", `· ${guidance.name}`),
    close,
  );
  card.append(header);

  const body = element(doc, "div", "body");
  body.append(
    element(
      doc,
      "p",
      "quote",
      isNegated
        ? `This page mentions “${quote}” as absent. If you do have it:`
        : `This page mentions “${quote}”.`,
    ),
  );
  body.append(
    ...section(doc, "What it usually means after PT", element(doc, "p", null, guidance.meaning)),
  );
  body.append(...section(doc, "What to do", element(doc, "p", null, guidance.doNow)));
  if (guidance.moreUrgentIf.length > 0) {
    body.append(...section(doc, "It is more urgent if", list(doc, guidance.moreUrgentIf)));
  }
  if (guidance.forYou.length > 0) {
    body.append(...section(doc, "For you", list(doc, guidance.forYou)));
  }
  if (guidance.sources.length > 0) {
    const sources = element(doc, "ul", null);
    for (const source of guidance.sources) {
      const link = element(doc, "a", null, source.title);
      link.href = source.url;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      const item = element(doc, "li", null);
      item.append(link);
      sources.append(item);
    }
    body.append(...section(doc, "Sources", sources));
  }
  // The action stays in view below the scrolling body, however long the guidance is.
  const footer = element(doc, "footer", null);
  const check = element(doc, "button", "check", "Check my own symptoms");
  check.type = "button";
  check.addEventListener("click", onCheckOwnSymptoms);
  footer.append(
    check,
    element(doc, "p", "note", "Backsure supports, and never replaces, your therapist and doctor."),
  );
  card.append(body, footer);
  return card;
};
