import { describe, expect, it } from "vitest";

import { collectBlocks, createBlockCollector } from "./create-block-collector";

const render = (html: string): HTMLElement => {
  document.body.innerHTML = html;
  return document.body;
};

const texts = (html: string): string[] => collectBlocks(render(html)).map((block) => block.text);

describe("collectBlocks", () => {
  it("reads each block element as its own block, inline elements as part of it", () => {
    expect(
      texts("<h1>Back pain</h1><p>Some <b>sharp</b> pain and <a href='#'>numbness</a>.</p>"),
    ).toEqual(["Back pain", "Some sharp pain and numbness."]);
  });

  it("keeps list items apart", () => {
    expect(texts("<ul><li>Stiffness</li><li>Soreness</li></ul>")).toEqual([
      "Stiffness",
      "Soreness",
    ]);
  });

  it("skips scripts, styles, form fields, editable areas and hidden elements", () => {
    const html = `
      <p>visible</p>
      <script>var numbness = 1;</script>
      <style>.sharp { color: red }</style>
      <noscript>no script</noscript>
      <textarea>typed numbness</textarea>
      <input value="numbness">
      <select><option>fever</option></select>
      <div contenteditable="true"><p>editing fever</p></div>
      <p hidden>hidden attribute</p>
      <p style="display: none">display none</p>
      <p style="visibility: hidden">visibility hidden</p>
      <template><p>template</p></template>
      <p>also visible</p>`;
    expect(texts(html)).toEqual(["visible", "also visible"]);
  });

  it("skips what the extension owns", () => {
    const body = render("<p>page</p><aside id='own'><p>card</p></aside>");
    const blocks = collectBlocks(body, { isOwnElement: (element) => element.id === "own" });
    expect(blocks.map((block) => block.text)).toEqual(["page"]);
  });

  it("inserts a line break where a nested block or <br> interrupts a block's text", () => {
    expect(texts("<div>before<p>inside</p>after<br>last</div>")).toEqual([
      "before\nafter\nlast",
      "inside",
    ]);
  });

  it("reads source line breaks and tabs as spaces, one for one, except in <pre>", () => {
    expect(texts("<p>numbness\n\tin the groin</p><pre>a\nb</pre>")).toEqual([
      "numbness  in the groin",
      "a\nb",
    ]);
  });

  it("maps every text node to where it starts in its block", () => {
    const [block] = collectBlocks(render("<p>sharp <em>shooting</em> pain</p>"));
    expect(block?.nodes.map((node) => node.data)).toEqual(["sharp ", "shooting", " pain"]);
    expect(block?.starts).toEqual([0, 6, 14]);
    block?.nodes.forEach((node, i) => {
      const start = block.starts[i] ?? -1;
      expect(block.text.slice(start, start + node.data.length)).toBe(node.data);
    });
  });

  it("drops blocks with no visible characters", () => {
    expect(texts("<div>  </div><p>\n</p><p>text</p>")).toEqual(["text"]);
  });

  it("can stop and resume without changing the result", () => {
    const html = Array.from({ length: 300 }, (_, i) => `<p>line <b>${i}</b></p>`).join("");
    const body = render(html);
    const collector = createBlockCollector(body);
    let pauses = 0;
    while (!collector.run(() => true)) pauses += 1;
    expect(pauses).toBeGreaterThan(5);
    expect(collector.blocks().map((block) => block.text)).toEqual(
      collectBlocks(body).map((block) => block.text),
    );
  });
});
