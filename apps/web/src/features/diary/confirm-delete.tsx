import Link from "next/link";

import { deleteDiaryEntryAction } from "./delete-diary-entry-action";

/** "Delete this …?" with a Delete button and a way back; works without JavaScript. */
export const ConfirmDelete = ({
  kind,
  id,
  description,
}: {
  kind: "session" | "check-in";
  id: string;
  description: string;
}) => (
  <section className="stack">
    <h1>Delete this {kind}?</h1>
    <p>{description}</p>
    <p>
      {kind === "session"
        ? "Check-ins after it stay in your diary and are linked to the session before it."
        : "This cannot be undone."}
    </p>
    <form action={deleteDiaryEntryAction}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <button type="submit">Yes, delete this {kind}</button>
    </form>
    <p>
      <Link href="/diary">No, keep it</Link>
    </p>
  </section>
);
