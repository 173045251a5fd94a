import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { DEV_PAGES_DIR } from "./paths";
import { textToHtml } from "./text-to-html";
import type { HtmlPage } from "./text-to-html";

export type DevPage = HtmlPage & { name: string; path: string };

/** The five real health pages of the dev set, wrapped in HTML. */
export const DEV_PAGES: readonly DevPage[] = readdirSync(DEV_PAGES_DIR)
  .filter((file) => file.endsWith(".txt"))
  .sort()
  .map((file) => {
    const name = file.replace(/\.txt$/, "");
    return {
      name,
      path: `/dev/${name}`,
      ...textToHtml(readFileSync(join(DEV_PAGES_DIR, file), "utf8"), name),
    };
  });

/** A page that mentions soreness and stiffness but is about baking, not back pain. */
export const BREAD_PAGE: HtmlPage = textToHtml(
  [
    "How to bake a crusty sourdough loaf at home",
    "Sourdough needs only flour, water, salt and a lively starter.",
    "Mix the dough and let it rest for an hour before you stretch and fold it.",
    "Kneading by hand for twenty minutes can leave you with sore muscles in your forearms, so take breaks.",
    "Shape the loaf, let it prove overnight in the fridge, and bake it in a hot covered pot.",
    "Leave the bread to cool for an hour before slicing so the crumb can set.",
  ].join("\n"),
  "Sourdough",
);

/** The first dev page, plus a script that adds and edits text after the page has loaded. */
export const dynamicPage = (base: HtmlPage): HtmlPage => {
  const script = `<script>
    setTimeout(() => {
      const main = document.querySelector("main");
      const added = document.createElement("p");
      added.textContent = "Call 999 if you have new numbness in the groin or you cannot control your bladder.";
      main.append(added);
      const heading = document.querySelector("h1");
      heading.firstChild.data = heading.firstChild.data + " and sharp shooting pain";
    }, 800);
  </script>`;
  return { html: base.html.replace("</body>", `${script}</body>`), text: base.text };
};

/** A single-page app: after load it pushes a new URL and swaps the article for another one. */
export const spaPage = (first: HtmlPage, second: HtmlPage): HtmlPage => {
  const secondMain = /<main>([\s\S]*)<\/main>/.exec(second.html)?.[1] ?? "";
  const script = `<script>
    setTimeout(() => {
      history.pushState({}, "", "/spa/next");
      document.querySelector("main").innerHTML = ${JSON.stringify(secondMain)};
    }, 800);
  </script>`;
  return { html: first.html.replace("</body>", `${script}</body>`), text: second.text };
};
