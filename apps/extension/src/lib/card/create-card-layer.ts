import { CARD_CSS } from "./card-css";
import { placeCard } from "./place-card";
import { renderCard } from "./render-card";
import type { CardActions, CardContent } from "./render-card";

export type CardLayer = {
  show: (content: CardContent, anchor: DOMRect) => void;
  hide: () => void;
  isOpen: () => boolean;
  /** The layer's host element (the only node the extension ever adds to a page). */
  isHost: (node: Node) => boolean;
  detach: () => void;
};

/** The host's own style: out of the page's flow, above everything, and immune to the page's CSS. */
const HOST_STYLE =
  "all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; " +
  "width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important;";

/**
 * The card's layer: one host element appended to <html> (position: fixed, so no box on the page moves), created
 * the first time a card opens, with a closed shadow root that keeps the page and the card apart.
 */
export const createCardLayer = (doc: Document, actions: CardActions): CardLayer => {
  let host: HTMLElement | null = null;
  let container: HTMLElement | null = null;
  let isShown = false;

  const ensureContainer = (): HTMLElement => {
    if (host?.isConnected && container) return container;
    host = doc.createElement("backsure-card");
    host.setAttribute("style", HOST_STYLE);
    const shadow = host.attachShadow({ mode: "closed" });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    shadow.adoptedStyleSheets = [sheet];
    container = doc.createElement("div");
    container.setAttribute("aria-live", "polite");
    shadow.append(container);
    doc.documentElement.append(host);
    return container;
  };

  const hide = (): void => {
    if (!isShown) return;
    isShown = false;
    container?.replaceChildren();
  };

  return {
    show: (content, anchor) => {
      const target = ensureContainer();
      const card = renderCard(doc, content, actions);
      card.style.visibility = "hidden";
      target.replaceChildren(card);
      const view = doc.defaultView;
      const placement = placeCard(
        anchor,
        { width: card.offsetWidth, height: card.offsetHeight },
        { width: view?.innerWidth ?? 0, height: view?.innerHeight ?? 0 },
      );
      card.style.top = `${placement.top}px`;
      card.style.left = `${placement.left}px`;
      card.dataset.side = placement.side;
      card.style.visibility = "";
      isShown = true;
    },
    hide,
    isOpen: () => isShown,
    isHost: (node) => host !== null && node === host,
    detach: () => {
      hide();
      host?.remove();
      host = null;
      container = null;
    },
  };
};
