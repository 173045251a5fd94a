"use client";

/** Opens the browser's print dialog (the page has a print stylesheet). */
export const PrintButton = () => (
  <button type="button" onClick={() => window.print()}>
    Print
  </button>
);
