import type { FindingStatus } from "@backsure/core";

const NEGATION = /^(no|not|never|without|none|nothing)\b/i;

/**
 * How a finding in the patient's words is read back to them: present ones as they wrote them, the ones set
 * aside with the reason ("You said: no numbness").
 */
export const describeFinding = (text: string, status: FindingStatus): string => {
  const quoted = `“${text}”`;
  switch (status) {
    case "present":
      return quoted;
    case "denied":
      return NEGATION.test(text) ? `You said: ${quoted}` : `You said: no ${quoted}`;
    case "someone-else":
      return `About someone else, not you: ${quoted}`;
    case "past":
      return `In the past, not now: ${quoted}`;
    case "long-standing":
      return `Long-standing, not new: ${quoted}`;
    case "hypothetical":
      return `A question, not something happening: ${quoted}`;
  }
};
