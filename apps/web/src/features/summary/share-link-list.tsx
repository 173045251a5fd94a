import { formatDate, formatDateTime } from "~/features/diary/time-zone";
import type { ShareLink } from "~/server/data/share-links/share-link";

import { revokeShareLinkAction } from "./share-link-actions";

/** The patient's active share links, each with a Revoke button. */
export const ShareLinkList = ({
  links,
  timeZone,
  now,
}: {
  links: readonly ShareLink[];
  timeZone: string;
  now: Date;
}) => {
  const active = links.filter((link) => link.revokedAt === null && link.expiresAt > now);
  if (active.length === 0) return <p>You have no active share links.</p>;
  return (
    <ul className="stack" data-testid="share-links">
      {active.map((link) => (
        <li key={link.id}>
          <p>
            Summary {formatDate(link.periodFrom, timeZone)} to {formatDate(link.periodTo, timeZone)}
            , works until {formatDateTime(link.expiresAt, timeZone)}.
          </p>
          <form action={revokeShareLinkAction}>
            <input type="hidden" name="id" value={link.id} />
            <button type="submit">Revoke this link</button>
          </form>
        </li>
      ))}
    </ul>
  );
};
