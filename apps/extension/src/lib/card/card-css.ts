/** The card's look. It lives in a closed shadow root, so page styles never reach it and it never reaches them. */
export const CARD_CSS = `
:host { all: initial; }
.card {
  position: fixed;
  box-sizing: border-box;
  width: min(360px, calc(100vw - 16px));
  max-height: min(70vh, 520px);
  display: flex;
  flex-direction: column;
  overflow: hidden;
  padding: 12px 14px;
  background: #ffffff;
  color: #1f2937;
  border: 1px solid #d1d5db;
  border-top: 4px solid var(--level-color);
  border-radius: 8px;
  box-shadow: 0 8px 24px rgba(0, 0, 0, 0.18);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: left;
}
.body { overflow: auto; min-height: 0; flex: 1 1 auto; }
footer { flex: none; }
header { display: flex; align-items: baseline; gap: 6px; margin-bottom: 6px; }
.icon { color: var(--level-color); font-weight: 700; font-size: 16px; }
.level { color: var(--level-color); font-weight: 700; }
.name { font-weight: 600; }
.close { margin-left: auto; border: 0; background: none; font: inherit; font-size: 18px; cursor: pointer; color: #4b5563; }
.quote { margin: 0 0 6px; color: #4b5563; font-style: italic; }
h3 { margin: 10px 0 2px; font-size: 13px; color: #374151; }
p { margin: 0; }
ul { margin: 0; padding-left: 18px; }
a { color: #1d4ed8; }
.check { margin-top: 10px; padding: 6px 10px; border: 1px solid var(--level-color); border-radius: 6px; background: #ffffff; color: var(--level-color); font: inherit; font-weight: 600; cursor: pointer; }
.note { margin-top: 8px; font-size: 12px; color: #6b7280; }
`;
